"""The action list past its count bound (issue 16): it says "more than", and counts every
match when asked. On a generated database of 400 actions, with the bound lowered to 250."""

from pathlib import Path

import pytest
from gui_fakes import FakePrompts
from gui_helpers import make_window, shut, wait_idle
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from briefing_app.services import listing


@pytest.fixture
def generated(generated_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "generated.sqlite3"
    path.write_bytes(generated_template.read_bytes())  # 400 actions and the seeded forum's
    return path


def test_a_long_list_says_more_than_and_counts_all_on_demand(
    qtbot: QtBot,
    generated: Path,
    prompts: FakePrompts,
    settings_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(listing, "COUNT_BOUND", 250)
    window = make_window(qtbot, f"sqlite:///{generated}", prompts, settings_file)
    try:
        everything = listing.count_actions(window.engine)
        assert everything > 400
        page = window.actions_page
        window.go("actions")
        wait_idle(qtbot, window)
        assert page.count_label.text() == "more than 250 in all"
        assert page.count_button.isVisibleTo(page)
        qtbot.mouseClick(page.count_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not page.count_button.isVisibleTo(page), timeout=5000)
        assert page.count_label.text() == f"{everything} in all"
        page.set_search("lam dong")  # fewer than a page: counted as read
        wait_idle(qtbot, window)
        shown = len(page.model.rows())
        assert 0 < shown < 200
        assert page.count_label.text() == f"{shown} match the search and filters"
        assert not page.count_button.isVisibleTo(page)
    finally:
        shut(window)
