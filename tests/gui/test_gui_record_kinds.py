"""Record editing for every kind in the main window, through the real widgets: New… (Ctrl+N on
the kind's page), Edit… (Enter), Delete (the Delete key), restore from the trash; a refused
field shown inline with nothing saved; undo of a save; the trash dialog; New event like this…;
and the commands in the Edit menu."""

from collections.abc import Iterator
from typing import Any

import pytest
from gui_fakes import FakePrompts
from gui_helpers import replace_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from record_helpers import (
    activate,
    close,
    create,
    field,
    fill,
    newest_editor,
    page,
    save,
    select,
    settle,
)
from sqlalchemy.engine import Engine

from briefing_app.domain.record_kind import RecordKind
from briefing_app.services.record_kinds import editing, trash
from briefing_app.services.record_kinds.registry import SPECS
from briefing_app.store.database import OpenedDatabase
from briefing_app.store.engine import make_engine
from briefing_app.ui.event_copy_dialog import EventCopyDialog
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.trash_dialog import TrashDialog

#: What a new record of each kind needs, typed or picked in its editor.
NEW: dict[RecordKind, dict[str, Any]] = {
    RecordKind.EVENT: {"name": "Hội nghị xúc tiến đầu tư 2026", "kind": "other"},
    RecordKind.MEETING: {"title": "Tiếp xã giao Đại sứ", "event_id": 1, "kind": "courtesy_call"},
    RecordKind.DELEGATION: {"name": "Đoàn tỉnh Nghệ An", "event_id": 1, "side": "VN"},
    RecordKind.PERSON: {"full_name": "Suzuki Hanako", "country": "JP"},
    RecordKind.ORGANISATION: {"name": "JETRO Hà Nội", "kind": "agency", "country": "JP"},
    RecordKind.LOCALITY: {"name": "Tỉnh Thử Nghiệm", "country": "VN", "kind": "province"},
    RecordKind.AGREEMENT: {"title": "Thỏa thuận hợp tác du lịch", "kind": "agreement"},
    RecordKind.SOURCE: {
        "title": "Thông cáo báo chí",
        "kind": "article",
        "publisher": "UBND tỉnh",
        "language": "vi",
    },
    RecordKind.FACT: {"event_id": 1, "label": "Số đại biểu", "value": "khoảng 500"},
}


@pytest.fixture
def colleague(seeded_db: OpenedDatabase) -> Iterator[Engine]:
    """The test's own reads and writes of the same file (not the window's engine)."""
    engine = make_engine(seeded_db.url)
    yield engine
    engine.dispose()


def restore_from_trash(
    qtbot: QtBot, window: MainWindow, prompts: FakePrompts, kind: RecordKind, record_id: int
) -> None:
    def restore(dialog: TrashDialog) -> None:
        qtbot.waitUntil(lambda: not dialog.busy and dialog.model.rowCount() > 0)
        assert dialog.select(kind, record_id)
        dialog.view.setFocus()
        qtbot.keyClick(dialog.view, Qt.Key.Key_Return)  # Enter restores the selected entry
        qtbot.waitUntil(lambda: not dialog.busy and not dialog.select(kind, record_id))
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)

    prompts.answer("run_dialog", restore)
    activate(qtbot, window)
    qtbot.keyClick(
        window.navigation,
        Qt.Key.Key_T,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    settle(qtbot, window)


@pytest.mark.parametrize("kind", list(NEW), ids=[k.value for k in NEW])
def test_create_edit_delete_and_restore(
    qtbot: QtBot,
    window: MainWindow,
    prompts: FakePrompts,
    colleague: Engine,
    kind: RecordKind,
) -> None:
    spec = SPECS[kind]
    record_id = create(qtbot, window, kind, NEW[kind])
    stored = editing.read_record(colleague, kind, record_id)
    for key, value in NEW[kind].items():
        assert stored.values[key] == value, key
    list_page = page(window, kind)
    qtbot.waitUntil(lambda: list_page.model.row_of_id(record_id) is not None)

    # Edit… by Enter on the row; the list and the detail pane show the saved name
    select(qtbot, window, kind, record_id)
    list_page.view.setFocus()
    qtbot.keyClick(list_page.view, Qt.Key.Key_Return)
    editor = newest_editor(qtbot, window, kind)
    assert editor.record_id == record_id
    renamed = f"{NEW[kind][spec.title_key]} (sửa)"
    replace_text(qtbot, field(editor, spec.title_key), renamed)
    save(qtbot, window, editor)
    history = editor.history_model
    assert spec.title_key in [history.entry_at(r).field for r in range(history.rowCount())]
    close(qtbot, window, editor)
    assert editing.read_record(colleague, kind, record_id).values[spec.title_key] == renamed
    qtbot.waitUntil(lambda: renamed in list_page.detail.browser.toPlainText(), timeout=5000)

    # Delete (asks; goes to the trash; the status bar says how to restore)
    select(qtbot, window, kind, record_id)
    list_page.view.setFocus()
    prompts.answer("confirm", True)
    qtbot.keyClick(list_page.view, Qt.Key.Key_Delete)
    settle(qtbot, window)
    assert prompts.asked("confirm")[-1][0] == "Delete"
    assert "Edit ▸ Trash…" in window.statusBar().currentMessage()
    assert [(e.kind, e.record_id) for e in trash.list_trash(colleague)] == [(kind, record_id)]
    qtbot.waitUntil(lambda: list_page.model.row_of_id(record_id) is None)
    assert list_page.detail.record_id is None, "the deleted record's details are cleared"

    # Restore (Edit ▸ Trash…, Ctrl+Shift+T)
    restore_from_trash(qtbot, window, prompts, kind, record_id)
    assert editing.read_record(colleague, kind, record_id).values[spec.title_key] == renamed
    qtbot.waitUntil(lambda: list_page.model.row_of_id(record_id) is not None)
    assert not prompts.asked("error"), prompts.asked("error")


def test_a_refused_field_is_shown_inline_and_nothing_is_saved(
    qtbot: QtBot, window: MainWindow, colleague: Engine
) -> None:
    before = len(editing.list_records(colleague, RecordKind.MEETING))
    window.go(RecordKind.MEETING.value)
    settle(qtbot, window)
    activate(qtbot, window)
    window.commands.new_action.trigger()  # Ctrl+N on the meetings page: a new meeting
    editor = newest_editor(qtbot, window, RecordKind.MEETING)
    fill(qtbot, editor, {"kind": "bilateral", "held_on": "11/25/2025"})  # month first: no date
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window, editor)
    for key in ("title", "event_id", "held_on"):
        label = editor.findChild(QLabel, f"error_{key}")
        assert label is not None and label.isVisible() and label.text().startswith("⚠"), key
    assert editor.model.is_new
    assert len(editing.list_records(colleague, RecordKind.MEETING)) == before
    editor.model.revert()
    close(qtbot, window, editor)


def test_new_on_a_meeting_page_starts_in_the_selected_meetings_event(
    qtbot: QtBot, window: MainWindow
) -> None:
    meetings = select(qtbot, window, RecordKind.MEETING, 1)
    event_id = meetings.current_row().event_id  # type: ignore[union-attr]
    qtbot.mouseClick(meetings.new_button, Qt.MouseButton.LeftButton)
    editor = newest_editor(qtbot, window, RecordKind.MEETING)
    assert editor.model.value("event_id") == event_id and editor.model.is_new
    close(qtbot, window, editor)


def test_undo_of_a_save(qtbot: QtBot, window: MainWindow, colleague: Engine) -> None:
    person = editing.list_records(colleague, RecordKind.PERSON)[0]
    before = editing.read_record(colleague, RecordKind.PERSON, person.id).values["position"]
    select(qtbot, window, RecordKind.PERSON, person.id)
    qtbot.keyClick(window.navigation, Qt.Key.Key_F2)  # Edit ▸ Edit record…
    editor = newest_editor(qtbot, window, RecordKind.PERSON)
    replace_text(qtbot, field(editor, "position"), "Cố vấn đặc biệt")
    save(qtbot, window, editor)
    stored = editing.read_record(colleague, RecordKind.PERSON, person.id)
    assert stored.values["position"] == "Cố vấn đặc biệt"
    qtbot.mouseClick(editor.undo_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window, editor)
    undone = editing.read_record(colleague, RecordKind.PERSON, person.id)
    assert undone.values["position"] == before and undone.version == stored.version + 1
    assert editor.model.value("position") == before
    close(qtbot, window, editor)


def test_the_trash_dialog_restores_and_empty_asks_first(
    qtbot: QtBot, window: MainWindow, prompts: FakePrompts, colleague: Engine
) -> None:
    people = editing.list_records(colleague, RecordKind.PERSON)[:2]
    for person in people:
        trash.delete_record(colleague, RecordKind.PERSON, person.id, changed_by="colleague")
    prompts.answer("confirm", False, True)

    def use(dialog: TrashDialog) -> None:
        qtbot.waitUntil(lambda: not dialog.busy and dialog.model.rowCount() == 2)
        assert dialog.model.entry_at(0).deleted_by == "colleague"
        assert dialog.select(RecordKind.PERSON, people[0].id)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.busy and dialog.model.rowCount() == 1)
        qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)  # asked: no
        assert dialog.model.rowCount() == 1
        qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)  # asked: yes
        qtbot.waitUntil(lambda: not dialog.busy and dialog.model.rowCount() == 0)
        assert not dialog.empty_button.isEnabled()
        assert dialog.note.text() == "The trash is empty."
        dialog.accept()

    prompts.answer("run_dialog", use)
    window.records.trash_action.trigger()
    settle(qtbot, window)
    titles = [title for title, _text, _ok in prompts.asked("confirm")]
    assert titles == ["Empty the trash?", "Empty the trash?"]
    assert trash.list_trash(colleague) == []
    editing.read_record(colleague, RecordKind.PERSON, people[0].id)  # restored
    assert "Restored person" in window.statusBar().currentMessage()


def test_a_delete_that_would_orphan_records_is_refused(
    qtbot: QtBot, window: MainWindow, prompts: FakePrompts, colleague: Engine
) -> None:
    events = select(qtbot, window, RecordKind.EVENT, 1)  # the forum: it has meetings
    prompts.answer("confirm", True)
    events.view.setFocus()
    qtbot.keyClick(events.view, Qt.Key.Key_Delete)
    settle(qtbot, window)
    title, text, _details = prompts.asked("error")[-1]
    assert title == "Not deleted" and "meeting(s) belong to it" in text
    editing.read_record(colleague, RecordKind.EVENT, 1)
    assert trash.list_trash(colleague) == []


def test_new_event_like_this_copies_the_programme_and_opens_the_new_event(
    qtbot: QtBot, window: MainWindow, prompts: FakePrompts, colleague: Engine
) -> None:
    old_parts = [e for e in editing.list_records(colleague, RecordKind.EVENT) if e.id != 1]
    select(qtbot, window, RecordKind.EVENT, 1)

    def answer(dialog: EventCopyDialog) -> None:
        dialog.show()  # as exec() would
        qtbot.waitExposed(dialog)
        replace_text(qtbot, dialog.name_input.editor, "")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # refused: no name
        assert dialog.isVisible() and dialog.error.isVisible()
        replace_text(qtbot, dialog.name_input.editor, "Diễn đàn lần thứ hai")
        replace_text(qtbot, dialog.date_input.editor, "2026-11-24")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    prompts.answer("run_dialog", answer)
    qtbot.keyClick(
        window.navigation,
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    editor = newest_editor(qtbot, window, RecordKind.EVENT)
    assert editor.model.value("name") == "Diễn đàn lần thứ hai"
    assert editor.model.value("starts_on") == "2026-11-24"
    new_id = editor.record_id
    assert new_id is not None
    sheet_parts = [
        e for e in editing.list_records(colleague, RecordKind.EVENT) if e.id not in (1, new_id)
    ]
    assert len(sheet_parts) == 2 * len(old_parts), "its programme was copied"
    assert page(window, RecordKind.EVENT).detail.record_id == new_id
    assert "programme" in window.statusBar().currentMessage()
    close(qtbot, window, editor)


def test_the_edit_menu_has_every_record_command(window: MainWindow) -> None:
    records = window.records
    names = [a.objectName() for a in records.new_menu.actions()]
    assert {f"new_{kind.value}" for kind in RecordKind} <= set(names)
    assert {"newEventPart", "newEventMeeting"} <= set(names)
    edit_menu = window.commands.edit_menu
    entries = [a.objectName() for a in edit_menu.actions()]
    for name in ("editRecord", "deleteRecord", "newEventLikeThis", "showTrash"):
        assert name in entries, name
    assert records.edit_action.shortcut().toString() == "F2"
    assert records.trash_action.shortcut().toString() == "Ctrl+Shift+T"
    for action in (*records.new_actions.values(), records.trash_action, records.edit_action):
        assert action.text(), action.objectName()
    window.go(RecordKind.SOURCE.value)
    assert window.commands.new_action.text() == "&New source…"
    window.go(RecordKind.ACTION.value)
    assert window.commands.new_action.text() == "&New follow-up action"
    for kind in NEW:
        list_page = page(window, kind)
        for button in (list_page.new_button, list_page.edit_button, list_page.delete_button):
            assert button.text() and button.toolTip(), (kind, button.objectName())


def test_the_overview_and_the_status_bar_follow_a_create_and_a_delete(
    qtbot: QtBot, window: MainWindow, prompts: FakePrompts
) -> None:
    window.go("overview")
    settle(qtbot, window)
    people = window.overview.count_buttons["people"]
    before = int(people.text().split("\n")[0])
    person = create(qtbot, window, RecordKind.PERSON, NEW[RecordKind.PERSON])
    window.go("overview")  # marked stale by the change hub: read again when shown
    settle(qtbot, window)
    assert people.text().startswith(f"{before + 1}\n")
    meetings_before = window.counts_label.text()
    meeting = create(qtbot, window, RecordKind.MEETING, NEW[RecordKind.MEETING])
    qtbot.waitUntil(lambda: window.counts_label.text() != meetings_before)
    select(qtbot, window, RecordKind.PERSON, person)
    prompts.answer("confirm", True)
    window.records.delete_record_action.trigger()  # Edit ▸ Delete record…
    settle(qtbot, window)
    window.go("overview")
    settle(qtbot, window)
    assert people.text().startswith(f"{before}\n")
    assert meeting


def test_the_search_filters_and_counts_the_new_pages(qtbot: QtBot, window: MainWindow) -> None:
    window.go(RecordKind.EVENT.value)
    settle(qtbot, window)
    events = page(window, RecordKind.EVENT)
    qtbot.keyClicks(window.search_field, "ha long")  # no accents typed
    qtbot.waitUntil(lambda: events.model.total == 1, timeout=5000)

    def titles() -> list[str]:
        return [window.navigation.item(i).text() for i in range(window.navigation.count())]

    qtbot.waitUntil(lambda: "Events (1)" in titles(), timeout=5000)
    assert any(t.startswith("Key facts (") for t in titles())
