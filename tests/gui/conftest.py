"""GUI fixtures: a real main window on a fresh seeded SQLite copy, with scripted prompts and a
private settings file."""

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from gui_fakes import FakePrompts
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from briefing_app.app import build_main_window
from briefing_app.store.database import OpenedDatabase
from briefing_app.ui.main_window import MainWindow

#: "Today" for GUI tests: the seeded actions due in 2026 are open and not yet overdue.
TODAY = date(2026, 3, 16)


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


def make_window(
    qtbot: QtBot, url: str, prompts: FakePrompts, settings_file: Path, today: date = TODAY
) -> MainWindow:
    window = build_main_window(
        url,
        prompts=prompts,
        settings=QSettings(str(settings_file), QSettings.Format.IniFormat),
        user="tester",
        today=lambda: today,
    )
    # Not qtbot.addWidget: pytest-qt would close it before this file's teardown, while a test
    # may have left unsaved edits on purpose; shut() closes it.
    window.resize(1400, 880)
    window.show()
    qtbot.waitExposed(window)
    return window


def shut(window: MainWindow) -> None:
    if window.editor.is_dirty() or window.editor.is_new:
        window.editor.clear()
        window.editor._dirty = False  # noqa: SLF001 - let the test window close unasked
    window.close()
    window.tasks.wait()
    window.database.engine.dispose()


@pytest.fixture
def window(
    qtbot: QtBot, seeded_db: OpenedDatabase, prompts: FakePrompts, settings_file: Path
) -> Iterator[MainWindow]:
    win = make_window(qtbot, seeded_db.url, prompts, settings_file)
    yield win
    shut(win)
    assert not prompts.pending(), f"scripted answers left unused: {prompts.pending()}"
