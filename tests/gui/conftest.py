"""GUI fixtures: a real main window on a fresh seeded SQLite copy, with scripted prompts and a
private settings file."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_fakes import FakePrompts
from gui_helpers import make_window, shut
from pytestqt.qtbot import QtBot

from briefing_app.store.database import OpenedDatabase
from briefing_app.ui.main_window import MainWindow


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
