"""Where File ▸ Export…, Backup…, Import… and Restore… start (issue 12, item 4): the last
folder used, else the documents folder when it exists, else home; never a folder that does not
exist, and none is created. The suggested names are safe on every system."""

from pathlib import Path
from typing import Any

import pytest
from gui_fakes import FakePrompts
from pytestqt.qtbot import QtBot

from briefing_app.ui.main_window import MainWindow


class FolderPrompts(FakePrompts):
    def exchange_file(self, parent: Any, title: str, suggested: str, filters: str, *, save: bool):
        return self._next("exchange_file", suggested, save)

    def choose(self, parent: Any, title: str, label: str, items: list[str], current: int = 0):
        return self._next("choose", title)


@pytest.fixture
def prompts() -> FakePrompts:
    return FolderPrompts()


def _export(qtbot: QtBot, window: MainWindow, prompts: FakePrompts, answer: str | None) -> Path:
    prompts.answer("choose", "Public")
    prompts.answer("exchange_file", answer)
    window.export_action.trigger()
    qtbot.waitUntil(lambda: window.tasks.busy == 0, timeout=15000)
    return Path(prompts.asked("exchange_file")[-1][0])


def test_exports_start_in_documents_when_it_exists_else_home_then_the_last_folder(
    qtbot: QtBot, window: MainWindow, prompts: FakePrompts, tmp_path: Path
) -> None:
    documents = Path.home() / "Documents"
    assert not documents.exists()
    assert _export(qtbot, window, prompts, None) == Path.home() / "actions.xlsx"
    assert not documents.exists()  # not created

    documents.mkdir()
    assert _export(qtbot, window, prompts, None) == documents / "actions.xlsx"

    chosen = tmp_path / "exports"
    chosen.mkdir()
    _export(qtbot, window, prompts, str(chosen / "week 48.csv"))
    assert (chosen / "week 48.csv").is_file()
    assert _export(qtbot, window, prompts, None) == chosen / "actions.xlsx"

    chosen.joinpath("week 48.csv").unlink()
    chosen.rmdir()  # the last folder is gone: back to documents
    assert _export(qtbot, window, prompts, None) == documents / "actions.xlsx"


def test_the_backup_name_is_safe_and_starts_where_exports_do(
    window: MainWindow, prompts: FakePrompts
) -> None:
    prompts.answer("exchange_file", None)
    window.backup_action.trigger()
    (suggested, save) = prompts.asked("exchange_file")[0]
    assert save and Path(suggested).parent == Path.home()
    assert Path(suggested).name == "briefing-backup-2026-03-16.sqlite3"
