"""The window a start paints first (issue 16): the app's title, File ▸ Quit, the other menus
greyed until the main window is built, the page saying the database is being opened; placed
where the app was last closed, and replaced by the main window at the same place."""

import sqlite3
import sys
import threading
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from gui_fakes import FakePrompts
from gui_helpers import TODAY, make_window, shut
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from briefing_app import app as app_module
from briefing_app.domain.translations import reading_language, set_reading_language
from briefing_app.i18n import Language
from briefing_app.services import overview as overview_service
from briefing_app.services.actions import ActionEdit, update_action
from briefing_app.services.overview import forum_overview, remembered_forum_overview
from briefing_app.services.overview_snapshot import remembered_overview
from briefing_app.store import database as database_module
from briefing_app.store.database import OpenedDatabase
from briefing_app.ui import main_window as main_window_module
from briefing_app.ui import prompts as prompts_module
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.settings import AppSettings
from briefing_app.ui.start_window import StartWindow
from briefing_app.ui.views.overview_page import OverviewPage


def _scripted_start(
    monkeypatch: pytest.MonkeyPatch, settings_file: Path, *, quit_at_once: bool = True
) -> None:
    """app.run as these tests run it: scripted prompts, the settings in `settings_file`, the
    crash hook put back afterwards, and (`quit_at_once`) the main window closed once up."""
    monkeypatch.setattr(prompts_module, "Prompts", FakePrompts)
    monkeypatch.setattr(
        app_module,
        "default_settings",
        lambda: QSettings(str(settings_file), QSettings.Format.IniFormat),
    )
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    if quit_at_once:
        monkeypatch.setenv(app_module.QUIT_AFTER_START, "1")


def test_the_first_window_paints_once_with_its_menus(qtbot: QtBot, qapp: QApplication) -> None:
    app_module.name_application(qapp)
    shell = StartWindow(None)
    qtbot.addWidget(shell)
    painted: list[bool] = []
    shell.painted.connect(lambda: painted.append(True))
    shell.show()
    qtbot.waitUntil(lambda: bool(painted))
    shell.update()
    qtbot.wait(50)
    assert painted == [True]  # the start goes on once, at the first paint
    assert shell.windowTitle() == "Briefing desk"
    menus = [(a.text(), a.isEnabled()) for a in shell.menuBar().actions()]
    assert menus == [("&File", True), ("&Edit", False), ("&View", False), ("&Help", False)]
    page = shell.centralWidget()
    assert isinstance(page, QLabel) and page.text() == "Opening the database…"
    assert page.alignment() == page.alignment().AlignCenter
    quit_action = shell.menuBar().actions()[0].menu().actions()[0]
    quit_action.trigger()
    assert not shell.isVisible()


def test_the_main_window_takes_the_first_windows_place(
    qtbot: QtBot, seeded_db: OpenedDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings_file = tmp_path / "settings.ini"
    placed = StartWindow(None)
    placed.setGeometry(40, 30, 900, 600)
    saved = AppSettings(store=QSettings(str(settings_file), QSettings.Format.IniFormat))
    saved.save_window(placed.saveGeometry(), placed.saveState())
    saved.sync()
    placed.deleteLater()
    seen: list[tuple[tuple[int, int], tuple[int, int]]] = []

    def window(**kwargs: object) -> MainWindow:
        built = MainWindow(**kwargs)  # type: ignore[arg-type]
        shells = [w for w in QApplication.topLevelWidgets() if isinstance(w, StartWindow)]
        for shell in shells:
            if shell.isVisible():
                seen.append(((shell.width(), shell.height()), (built.width(), built.height())))
        QTimer.singleShot(0, built.close)
        return built

    monkeypatch.setattr(main_window_module, "MainWindow", window)
    _scripted_start(monkeypatch, settings_file)
    assert app_module.run(str(seeded_db.path)) == 0
    [(first, main)] = seen
    assert first == main and first[1] == 600  # the saved size (fitted to the offscreen screen)


@pytest.mark.parametrize("changed_since", [False, True])
def test_a_start_shows_the_overview_the_file_remembers(
    qtbot: QtBot,
    seeded_db: OpenedDatabase,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    changed_since: bool,
) -> None:
    """The first window shows the figures kept in the file, and the main window shows them
    without reading them again; after a change the start reads them once, before the main
    window's code is loaded, and both show what it read."""
    set_reading_language("en")
    remembered_forum_overview(seeded_db.engine, today=date.today())
    if changed_since:
        update_action(seeded_db.engine, 1, ActionEdit(description="later"), changed_by="t")
    seeded_db.engine.dispose()
    seen: list[tuple[object, object]] = []
    reads: list[object] = []
    read = overview_service.remembered_forum_overview

    def counted_read(engine: object, **kwargs: object) -> object:
        reads.append(engine)
        return read(engine, **kwargs)  # type: ignore[arg-type]

    def window(**kwargs: object) -> MainWindow:
        [shell] = [w for w in QApplication.topLevelWidgets() if isinstance(w, StartWindow)]
        built = MainWindow(**kwargs)  # type: ignore[arg-type]
        seen.append((shell.centralWidget(), kwargs["overview"]))
        QTimer.singleShot(0, built.close)
        return built

    monkeypatch.setattr(overview_service, "remembered_forum_overview", counted_read)
    monkeypatch.setattr(main_window_module, "MainWindow", window)
    settings_file = tmp_path / "settings.ini"
    _scripted_start(monkeypatch, settings_file)

    assert app_module.run(str(seeded_db.path), Language.EN) == 0

    [(page, given)] = seen
    assert isinstance(page, OverviewPage) and given is not None and page.overview == given
    assert page.count_buttons["actions"].text() == "7\nFollow-up actions"
    assert page.event_title.text() == "Vietnam–Japan Local Cooperation Forum"
    # the main window showed the figures it was given
    assert len(reads) == (1 if changed_since else 0)


def test_a_start_that_opens_on_another_page_shows_no_overview_first(
    qtbot: QtBot, seeded_db: OpenedDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Closed on the meetings: the first window says the database is being opened rather than
    show the overview for a second before the meetings; the main window still has the
    figures for when the overview is opened."""
    set_reading_language("en")
    remembered_forum_overview(seeded_db.engine, today=date.today())
    seeded_db.engine.dispose()
    settings_file = tmp_path / "settings.ini"
    saved = AppSettings(store=QSettings(str(settings_file), QSettings.Format.IniFormat))
    saved.save_last_view("meetings")
    saved.sync()
    seen: list[tuple[object, object]] = []

    def window(**kwargs: object) -> MainWindow:
        [shell] = [w for w in QApplication.topLevelWidgets() if isinstance(w, StartWindow)]
        seen.append((shell.centralWidget(), kwargs["overview"]))
        built = MainWindow(**kwargs)  # type: ignore[arg-type]
        QTimer.singleShot(0, built.close)
        return built

    monkeypatch.setattr(main_window_module, "MainWindow", window)
    _scripted_start(monkeypatch, settings_file)

    assert app_module.run(str(seeded_db.path), Language.EN) == 0

    [(page, given)] = seen
    assert isinstance(page, QLabel) and page.text() == "Opening the database…"
    assert given is not None


def test_the_overview_says_nothing_is_due_only_once_it_has_read_so(
    qtbot: QtBot, seeded_db: OpenedDatabase
) -> None:
    """While a start reads the figures (seconds on a large file) the overview's lists are
    empty: they do not say that nothing is overdue or due soon before the figures say so."""
    page = OverviewPage(ops=None, prompts=None, today=date.today)
    qtbot.addWidget(page)
    page.show()
    assert not page.overdue_empty.isVisible() and not page.soon_empty.isVisible()
    overview = forum_overview(seeded_db.engine, today=TODAY)
    page.present(overview)
    assert page.overdue_empty.isVisible() == (not overview.overdue)
    assert page.soon_empty.isVisible() == (not overview.due_soon)


def test_closing_keeps_the_overview_for_the_next_start(
    qtbot: QtBot, seeded_db: OpenedDatabase, prompts: FakePrompts, settings_file: Path
) -> None:
    """After a change the figures kept are stale; the window reads them again as it closes,
    so the next start shows them at once."""
    window = make_window(qtbot, seeded_db.url, prompts, settings_file)
    qtbot.waitUntil(lambda: window.overview.overview is not None)
    language = reading_language()
    assert remembered_overview(seeded_db.url, today=TODAY, language=language) is not None
    update_action(seeded_db.engine, 1, ActionEdit(description="later"), changed_by="t")
    assert remembered_overview(seeded_db.url, today=TODAY, language=language) is None

    shut(window)

    kept = remembered_overview(seeded_db.url, today=TODAY, language=language)
    assert kept is not None and kept == forum_overview(seeded_db.engine, today=TODAY)


def test_the_database_is_opened_and_backed_up_off_the_gui_thread(
    qtbot: QtBot, seeded_db: OpenedDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeded_db.engine.dispose()
    threads: dict[str, str] = {}
    open_database, daily_backup = database_module.open_database, app_module.daily_backup

    def opening(*args: Any, **kwargs: Any) -> OpenedDatabase:
        threads["open"] = threading.current_thread().name
        return open_database(*args, **kwargs)

    def backing_up(*args: Any, **kwargs: Any) -> Path | None:
        threads["backup"] = threading.current_thread().name
        return daily_backup(*args, **kwargs)

    monkeypatch.setattr(database_module, "open_database", opening)
    monkeypatch.setattr(app_module, "daily_backup", backing_up)
    settings_file = tmp_path / "settings.ini"
    _scripted_start(monkeypatch, settings_file)

    assert app_module.run(str(seeded_db.path), Language.EN) == 0

    gui_thread = threading.current_thread().name
    assert set(threads) == {"open", "backup"}
    assert gui_thread not in threads.values()


def test_a_start_that_upgrades_the_file_says_so(
    qtbot: QtBot, seeded_db: OpenedDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from alembic import command

    from briefing_app.store import migrations

    command.downgrade(migrations.alembic_config(seeded_db.engine), "0011")
    seeded_db.engine.dispose()
    told: list[str] = []
    start_main_window = app_module._start_main_window

    def shell_text() -> str:
        [shell] = [w for w in QApplication.topLevelWidgets() if isinstance(w, StartWindow)]
        return shell.page.text()

    def starting(*args: Any) -> MainWindow | None:
        told.append(shell_text())  # before the rest of the app is imported (a second)
        return start_main_window(*args)

    def window(**kwargs: object) -> MainWindow:
        told.append(shell_text())
        built = MainWindow(**kwargs)  # type: ignore[arg-type]
        QTimer.singleShot(0, built.close)
        return built

    monkeypatch.setattr(app_module, "_start_main_window", starting)
    monkeypatch.setattr(main_window_module, "MainWindow", window)
    settings_file = tmp_path / "settings.ini"
    _scripted_start(monkeypatch, settings_file)

    assert app_module.run(str(seeded_db.path), Language.EN) == 0

    upgrading = (
        "Upgrading the database for this version of the app (a copy of the file is kept first)…"
    )
    assert told == [upgrading, upgrading]


def test_closing_the_first_window_during_an_upgrade_waits_for_it(
    qtbot: QtBot, seeded_db: OpenedDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Closed while the file is upgraded, the first window stays, says it closes once the
    database is ready, and the start ends there: the upgrade whole, no main window."""
    from alembic import command

    from briefing_app.store import migrations
    from briefing_app.store.schema_head import head_revision

    command.downgrade(migrations.alembic_config(seeded_db.engine), "0011")
    seeded_db.engine.dispose()
    open_database = database_module.open_database
    said: list[str] = []
    built: list[object] = []

    def slow_open(*args: Any, **kwargs: Any) -> OpenedDatabase:
        time.sleep(0.5)  # the user closes the window meanwhile
        return open_database(*args, **kwargs)

    def close_while_busy() -> None:
        for shell in QApplication.topLevelWidgets():
            if isinstance(shell, StartWindow) and shell.busy and not shell.quit_asked:
                shell.close()
                said.append(shell.statusBar().currentMessage())
                assert shell.isVisible()

    closer = QTimer()
    closer.timeout.connect(close_while_busy)
    closer.start(50)
    monkeypatch.setattr(database_module, "open_database", slow_open)
    monkeypatch.setattr(main_window_module, "MainWindow", lambda **kw: built.append(kw))
    settings_file = tmp_path / "settings.ini"
    _scripted_start(monkeypatch, settings_file, quit_at_once=False)
    try:
        assert app_module.run(str(seeded_db.path), Language.EN) == 0
    finally:
        closer.stop()

    assert said == ["Briefing desk closes as soon as the database is ready…"]
    assert built == []
    with sqlite3.connect(seeded_db.path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (head_revision(),)
        ]
