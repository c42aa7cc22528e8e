"""GUI fixtures: a real main window on a fresh seeded SQLite copy, with scripted prompts and a
private settings file; and the guard that fails a test in which the interface touched the
database on the GUI thread."""

import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
from gui_fakes import FakePrompts
from gui_helpers import make_window, shut
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import event
from sqlalchemy.engine import Engine

from briefing_app.i18n import Language
from briefing_app.store.database import OpenedDatabase
from briefing_app.store.engine import make_engine
from briefing_app.ui.language import install_language
from briefing_app.ui.main_thread_gc import MainThreadCollector
from briefing_app.ui.main_window import MainWindow
from pg_databases import PgDatabases


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def window(
    qtbot: QtBot, seeded_db: OpenedDatabase, prompts: FakePrompts, settings_file: Path
) -> Iterator[MainWindow]:
    win = make_window(qtbot, seeded_db.url, prompts, settings_file)
    yield win
    shut(win)
    assert not prompts.pending(), f"scripted answers left unused: {prompts.pending()}"


@pytest.fixture
def server_url(pg_databases: PgDatabases) -> Iterator[str]:
    """A seeded database of its own on the PostgreSQL test server (issue 17; the test is
    skipped without one)."""
    url = pg_databases.create()
    yield url
    pg_databases.release(url)


@pytest.fixture
def pg_window(
    qtbot: QtBot, server_url: str, prompts: FakePrompts, settings_file: Path
) -> Iterator[MainWindow]:
    """The main window on `server_url`, once it hears its colleagues' saves."""
    window = make_window(qtbot, server_url, prompts, settings_file)
    listener = window.live.listener
    assert listener is not None and listener.listening.wait(10)
    yield window
    shut(window)
    assert not prompts.pending(), f"scripted answers left unused: {prompts.pending()}"


@pytest.fixture
def colleague(server_url: str) -> Iterator[Engine]:
    """Another instance's engine on the same database."""
    engine = make_engine(server_url)
    yield engine
    engine.dispose()


#: UI modules still allowed to read and write on the GUI thread, until they move onto
#: ui/operations.py. None is left: every read and write of the interface is an operation.
GUI_THREAD_EXEMPT: tuple[str, ...] = ()


def _ui_caller(frame: FrameType | None) -> str | None:
    """The nearest UI code (`ui/….py:line in function`) on the stack, or None when the
    statement does not come from the interface (a test seeding its database, app.py opening it)
    or when an exempt module is on the way."""
    found: str | None = None
    while frame is not None:
        path = frame.f_code.co_filename.replace("\\", "/")
        if "/briefing_app/ui/" in path:
            module = "ui/" + path.rsplit("/briefing_app/ui/", 1)[1]
            if module in GUI_THREAD_EXEMPT:
                return None
            if found is None:
                found = f"{module}:{frame.f_lineno} in {frame.f_code.co_name}"
        frame = frame.f_back
    return found


@pytest.fixture(autouse=True)
def collect_on_the_gui_thread(qapp: QApplication) -> Iterator[MainThreadCollector]:
    """As the app does (app.run): cycles holding Qt objects are freed on the GUI thread, not in
    a task-runner thread that happened to allocate (a segmentation fault in the suite)."""
    collector = MainThreadCollector(qapp)
    yield collector
    collector.stop()
    collector.deleteLater()


@pytest.fixture(autouse=True)
def database_off_the_gui_thread() -> Iterator[list[str]]:
    """Fail the test if the interface runs a statement on the GUI thread (DESIGN §9).

    A listener on every Engine sees each statement; one issued on the main thread while a
    QApplication exists, with interface code (briefing_app/ui/) on the stack, is recorded and
    fails the test at teardown with the statement and the UI line that caused it. The test's
    own statements (seeding, checking what was stored) and app.py opening the database before
    the window exists have no UI frame and pass; so do the modules in GUI_THREAD_EXEMPT.
    A test of the guard itself empties the returned list.
    """
    caught: list[str] = []

    def before_cursor_execute(*args: Any) -> None:
        if threading.current_thread() is not threading.main_thread():
            return
        if QApplication.instance() is None:
            return
        caller = _ui_caller(sys._getframe(1))
        if caller is not None:
            statement = " ".join(str(args[2]).split())[:80]
            caught.append(f"{caller}: {statement}")

    event.listen(Engine, "before_cursor_execute", before_cursor_execute)
    try:
        yield caught
    finally:
        event.remove(Engine, "before_cursor_execute", before_cursor_execute)
    if caught:
        pytest.fail(
            "the database was used on the GUI thread (run it as a QueryOp or CollectionOp, "
            "ui/operations.py):\n" + "\n".join(caught),
            pytrace=False,
        )


@pytest.fixture(params=[Language.EN, Language.VI], ids=["en", "vi"])
def any_window(
    request: pytest.FixtureRequest,
    qapp: QApplication,
    qtbot: QtBot,
    seeded_db: OpenedDatabase,
    prompts: FakePrompts,
    settings_file: Path,
) -> Iterator[MainWindow]:
    """The main window in English, then in Vietnamese (the test runs once in each)."""
    language: Language = request.param
    install_language(qapp, language)
    win = make_window(qtbot, seeded_db.url, prompts, settings_file, language=language)
    try:
        yield win
    finally:
        shut(win)
        install_language(qapp, Language.EN)
