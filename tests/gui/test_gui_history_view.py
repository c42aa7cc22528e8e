"""The History tab on a laptop screen: one view (ui/record_history_view.py) in the action editor
and in the other record editors, whose old and new values keep the room to be read at 1024×700
and 1366×768 (a new-user trial found them shrunk to a few letters), with the whole change in a
pane below the row the keyboard selects."""

from datetime import datetime

import pytest
from gui_helpers import wait_idle
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from record_helpers import newest_editor, settle

from briefing_app.domain.record_kind import RecordKind
from briefing_app.services.record_kinds.spec import HistoryEntry
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.models.record_history_model import COMMENT, FIELD, NEW, OLD
from briefing_app.ui.record_history_view import RecordHistoryView

SIZES = [(1024, 700), (1366, 768)]
SUMMARY = (
    "The two sides agreed to open a direct flight between Narita and Thọ Xuân in the autumn "
    "of 2026 and to exchange trainees in agriculture, health care and tourism."
)


def value_widths(view: RecordHistoryView) -> list[int]:
    return [view.table.columnWidth(OLD), view.table.columnWidth(NEW)]


@pytest.mark.parametrize(("width", "height"), SIZES, ids=["1024x700", "1366x768"])
def test_the_action_history_leaves_the_values_room(
    qtbot: QtBot, any_window: MainWindow, width: int, height: int
) -> None:
    any_window.resize(width, height)
    any_window.open_record("action", 2)
    wait_idle(qtbot, any_window)
    tabs = any_window.editor.tabs
    view = tabs.history_view
    tabs.setCurrentWidget(view)
    model = view.history_model
    fields = lambda: [model.entry_at(r).field for r in range(model.rowCount())]  # noqa: E731
    qtbot.waitUntil(lambda: "comment" in fields(), timeout=5000)  # the thread's entries
    qtbot.wait(10)
    table = view.table
    fixed = sum(table.columnWidth(c) for c in range(model.columnCount()) if c not in (OLD, NEW))
    # beside the list of actions the editor has some 430 px: the values had 55 px each
    assert min(value_widths(view)) >= 95, (value_widths(view), fixed)
    assert sum(value_widths(view)) > fixed, "the values take most of the width"
    comment = fields().index("comment")
    # the comment's field reads as labels.py names it, in the interface language
    assert model.data(model.index(comment, FIELD)) in ("Comment", "Bình luận")
    assert table.isColumnHidden(COMMENT) != model.has_comments()
    # by the keyboard: the table takes focus, arrows select a row, its whole change shows below
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_End)
    assert table.currentIndex().row() == model.rowCount() - 1
    for _ in range(model.rowCount() - 1 - comment):
        qtbot.keyClick(table, Qt.Key.Key_Up)
    assert table.currentIndex().row() == comment
    assert model.text(comment, NEW) in view.detail.toPlainText()
    assert table.accessibleName() and view.detail.accessibleName()


@pytest.mark.parametrize(("width", "height"), SIZES, ids=["1024x700", "1366x768"])
def test_a_meeting_history_wraps_long_values_and_shows_them_whole(
    qtbot: QtBot, any_window: MainWindow, width: int, height: int
) -> None:
    any_window.resize(width, height)
    any_window.records.edit_record(RecordKind.MEETING, 1)
    editor = newest_editor(qtbot, any_window, RecordKind.MEETING)
    editor.resize(min(editor.width(), width), min(editor.height(), height))
    settle(qtbot, any_window, editor)
    view = editor.history
    editor.tabs.setCurrentWidget(view)
    at = datetime(2026, 3, 16, 10)
    view.history_model.set_entries(
        [
            HistoryEntry(at, "Nguyễn Thị Minh Khai", "summary", None, SUMMARY),
            HistoryEntry(at, "Nguyễn Thị Minh Khai", "title", "Talks", "Talks on flights"),
        ]
    )
    qtbot.wait(10)
    assert min(value_widths(view)) >= 160, value_widths(view)
    assert view.table.isColumnHidden(COMMENT), "no change of a meeting has a comment"
    summary = 1  # newest first, the later of two at the same time first
    line = view.table.fontMetrics().lineSpacing()
    assert view.table.rowHeight(summary) >= 2 * line, "a long value wraps"
    assert view.table.rowHeight(summary) <= 4 * line, "… to a few lines"
    view.table.selectRow(summary)
    assert SUMMARY in view.detail.toPlainText().replace("\n", " ")


def test_every_record_editor_has_the_same_history_view(
    qtbot: QtBot, any_window: MainWindow
) -> None:
    any_window.open_record("action", 2)
    wait_idle(qtbot, any_window)
    any_window.records.edit_record(RecordKind.MEETING, 1)
    meeting = newest_editor(qtbot, any_window, RecordKind.MEETING)
    action_view, meeting_view = any_window.editor.tabs.history_view, meeting.history
    assert type(action_view) is type(meeting_view) is RecordHistoryView
    assert type(action_view.history_model) is type(meeting_view.history_model)
