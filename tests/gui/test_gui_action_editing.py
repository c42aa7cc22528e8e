"""Editing follow-up actions with real widgets on a real seeded SQLite file, by keyboard: the
edit persists (fresh session and CLI), bad input is refused beside its field and stores nothing,
undo/redo work through the service, the unsaved-changes guard fires, the history lists the
change (lost optimistic-lock races: test_gui_conflict.py)."""

import json
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa
from gui_fakes import FakePrompts
from gui_helpers import (
    append_text,
    click_row,
    make_window,
    replace_text,
    shut,
    type_text,
    wait_idle,
)
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from briefing_app import cli
from briefing_app.domain import models as m
from briefing_app.domain.enums import ActionStatus, DuePrecision
from briefing_app.domain.errors import NotFoundError
from briefing_app.domain.record_kind import RecordKind
from briefing_app.services import queries
from briefing_app.services.actions import ActionEdit, update_action
from briefing_app.store.database import OpenedDatabase
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.models.record_history_model import FIELD, NEW, OLD

CTRL = Qt.KeyboardModifier.ControlModifier


def stored(db: OpenedDatabase, action_id: int) -> m.FollowUpAction:
    """The action as a fresh session reads it from the file (no cache shared with the app)."""
    engine = sa.create_engine(db.url)
    try:
        with Session(engine) as session:
            action = session.get(m.FollowUpAction, action_id)
            assert action is not None
            session.expunge_all()
            return action
    finally:
        engine.dispose()


def stored_owner(db: OpenedDatabase, action_id: int) -> str | None:
    engine = sa.create_engine(db.url)
    try:
        with Session(engine) as session:
            action = session.get(m.FollowUpAction, action_id)
            assert action is not None
            owner = action.owner_locality or action.owner_organisation or action.owner_person
            return getattr(owner, "name", None) or getattr(owner, "full_name", None)
    finally:
        engine.dispose()


def open_meeting_action(qtbot: QtBot, window: MainWindow, action_id: int) -> None:
    """Navigate like a user: Meetings in the navigation, the Thanh Hóa–Yamanashi meeting in the
    list, then the action in the meeting's action table with Enter."""
    nav = window.navigation
    item = nav.item(3)
    assert item.text() == "Meetings"
    qtbot.mouseClick(
        nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(item).center()
    )
    assert window.current_kind() == RecordKind.MEETING
    meetings = window.pages[RecordKind.MEETING]
    wait_idle(qtbot, window)
    row = meetings.model.row_of_id(1)
    assert row is not None
    click_row(qtbot, meetings.view, row, column=2)
    wait_idle(qtbot, window)
    pane = window.meeting_pane
    assert "Thanh Hóa – Yamanashi bilateral meeting" in pane.browser.toPlainText()
    actions = pane.actions_view
    target = actions.table_model().row_of_id(action_id)
    assert target is not None
    click_row(qtbot, actions, target)
    qtbot.keyClick(actions, Qt.Key.Key_Return)
    assert window.current_kind() == RecordKind.ACTION
    wait_idle(qtbot, window)  # the action is read in the background
    assert window.editor.action_id == action_id


def choose_owner(qtbot: QtBot, window: MainWindow, typed: str) -> None:
    """Type into the owner field, then take the first completion with Down and Enter."""
    picker = window.editor.owner_picker
    line = picker.lineEdit()
    assert line is not None
    replace_text(qtbot, line, typed)
    popup = picker.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def test_keyboard_edit_persists_and_is_listed_in_history(
    qtbot: QtBot,
    window: MainWindow,
    seeded_db: OpenedDatabase,
    capsys: pytest.CaptureFixture[str],
) -> None:
    open_meeting_action(qtbot, window, 1)
    editor = window.editor
    assert window.actions_page.filters.meeting_id == 1  # the list shows that meeting's actions
    assert window.actions_page.model.total == 5

    editor.status_box.setFocus()
    qtbot.keyClick(editor.status_box, Qt.Key.Key_Down)  # Proposed -> Agreed
    qtbot.keyClick(editor.status_box, Qt.Key.Key_Down)  # -> In progress
    assert editor.status_box.currentText() == "In progress"
    replace_text(qtbot, editor.due_edit.text_field, "2026-Q2")
    assert editor.due_edit.precision_box.currentText() == "Quarter"
    choose_owner(qtbot, window, "yamanashi")  # lower case, no accents needed
    assert editor.owner_picker.text() == "Yamanashi (山梨県)"
    assert editor.is_dirty() and editor.dirty_label.isVisible()
    assert window.isWindowModified()

    qtbot.keyClick(editor.title_edit, Qt.Key.Key_S, CTRL)
    wait_idle(qtbot, window)  # the save runs in the background

    assert not editor.is_dirty()
    action = stored(seeded_db, 1)
    assert action.status is ActionStatus.IN_PROGRESS
    assert (action.due_date, action.due_precision) == (date(2026, 4, 1), DuePrecision.QUARTER)
    assert stored_owner(seeded_db, 1) == "Yamanashi"
    assert action.version > 1

    assert cli.main(["--db", str(seeded_db.path), "show", "action", "1", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["status"] == "in_progress"
    assert (shown["due_date"], shown["due_precision"]) == ("2026-04-01", "quarter")
    assert shown["owner"] == "Yamanashi"
    assert shown["version"] == action.version

    history = editor.history_model
    rows = {
        history.index(r, FIELD).data(): (history.index(r, OLD).data(), history.index(r, NEW).data())
        for r in range(history.rowCount())
    }
    assert rows["Status"] == ("Proposed", "In progress")
    assert rows["Due date"] == ("", "2026-Q2")
    assert rows["Owner"] == ("Thanh Hóa", "Yamanashi")
    assert "Comment" in rows  # the thread's entries too: the old Notes became a comment
    assert editor.tabs.tabText(1) == "History (4)"
    # The list shows the saved values too (once it has read them again).
    wait_idle(qtbot, window)
    row = window.actions_page.model.row_at(window.actions_page.model.row_of_id(1))
    assert row.status is ActionStatus.IN_PROGRESS and row.due_label == "2026-Q2"


def test_invalid_input_is_refused_beside_the_field_and_stores_nothing(
    qtbot: QtBot, window: MainWindow, seeded_db: OpenedDatabase, prompts: FakePrompts
) -> None:
    window.open_record("action", 2)
    wait_idle(qtbot, window)
    editor = window.editor
    before = stored(seeded_db, 2)

    replace_text(qtbot, editor.title_edit, "")
    replace_text(qtbot, editor.due_edit.text_field, "2026-13")
    assert "Not a date" in editor.due_edit.hint.text()
    qtbot.keyClick(editor.description_edit, Qt.Key.Key_S, CTRL)

    title_error = editor.findChild(type(editor.heading), "error_title")
    due_error = editor.findChild(type(editor.heading), "error_due")
    assert title_error.isVisible() and "required" in title_error.text()
    assert due_error.isVisible() and "not a real date" in due_error.text()
    assert editor.banner.isVisible()
    assert editor.is_dirty()  # the typed text is still there
    after = stored(seeded_db, 2)
    assert (after.title, after.due_date, after.version) == (
        before.title,
        before.due_date,
        before.version,
    )

    # Fixing the fields clears the messages on the next save.
    replace_text(qtbot, editor.title_edit, "Work programme for the 2026 trip")
    replace_text(qtbot, editor.due_edit.text_field, "2026-12")
    assert editor.save()
    wait_idle(qtbot, window)
    assert not title_error.isVisible() and not due_error.isVisible()
    saved = stored(seeded_db, 2)
    assert saved.title == "Work programme for the 2026 trip"
    assert (saved.due_date, saved.due_precision) == (date(2026, 12, 1), DuePrecision.MONTH)


def test_guard_fires_when_moving_to_another_action(
    qtbot: QtBot, window: MainWindow, seeded_db: OpenedDatabase, prompts: FakePrompts
) -> None:
    window.open_record("action", 1)
    wait_idle(qtbot, window)
    editor = window.editor
    append_text(qtbot, editor.title_edit, " — bản nháp")  # Vietnamese, key event per character
    assert editor.is_dirty()
    view = window.actions_page.view
    other = window.actions_page.model.row_of_id(3)
    assert other is not None

    prompts.answer("unsaved_changes", "cancel")
    click_row(qtbot, view, other)
    assert editor.action_id == 1 and editor.is_dirty()
    assert editor.title_edit.text().endswith("— bản nháp")
    assert view.current_id() == 1  # the selection went back to the edited action

    prompts.answer("unsaved_changes", "discard")
    click_row(qtbot, view, other)
    wait_idle(qtbot, window)
    assert editor.action_id == 3 and not editor.is_dirty()
    assert stored(seeded_db, 1).title.endswith("Yamanashi")  # nothing was saved

    append_text(qtbot, editor.description_edit, "Hẹn gặp lại tại 山梨")
    prompts.answer("unsaved_changes", "save")
    click_row(qtbot, view, window.actions_page.model.row_of_id(1))
    wait_idle(qtbot, window)  # saves action 3, then opens action 1
    assert editor.action_id == 1
    assert stored(seeded_db, 3).description.endswith("Hẹn gặp lại tại 山梨")
    first = "Sign an official cooperation document between Thanh Hóa and Yamanashi"
    assert [d[0] for d in prompts.asked("unsaved_changes")] == [
        first,
        first,
        stored(seeded_db, 3).title,
    ]


def test_guard_fires_on_close(qtbot: QtBot, window: MainWindow, prompts: FakePrompts) -> None:
    window.open_record("action", 4)
    wait_idle(qtbot, window)
    append_text(qtbot, window.editor.title_edit, "!")
    prompts.answer("unsaved_changes", "cancel")
    window.close()
    assert window.isVisible()  # quitting was cancelled, the text is still there
    assert window.editor.title_edit.text().endswith("!")


def test_escape_cancels_after_asking(
    qtbot: QtBot, window: MainWindow, prompts: FakePrompts
) -> None:
    window.open_record("action", 4)
    wait_idle(qtbot, window)
    editor = window.editor
    original = editor.title_edit.text()
    append_text(qtbot, editor.title_edit, " extra")
    prompts.answer("confirm", False)
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Escape)
    assert editor.title_edit.text() == original + " extra"
    prompts.answer("confirm", True)
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Escape)
    assert editor.title_edit.text() == original and not editor.is_dirty()


def test_undo_and_redo_of_a_saved_edit(
    qtbot: QtBot, window: MainWindow, seeded_db: OpenedDatabase
) -> None:
    window.open_record("action", 2)
    wait_idle(qtbot, window)
    editor = window.editor
    replace_text(qtbot, editor.due_edit.text_field, "2026-09")
    replace_text(qtbot, editor.title_edit, "Work programme agreed")
    assert editor.save()
    wait_idle(qtbot, window)
    assert stored(seeded_db, 2).title == "Work programme agreed"
    assert window.undo_action.isEnabled()
    assert "Work programme agreed" in window.undo_action.text()

    qtbot.keyClick(window.actions_page.view, Qt.Key.Key_Z, CTRL)
    wait_idle(qtbot, window)
    undone = stored(seeded_db, 2)
    assert undone.title.startswith("Yamanashi coordinates")
    assert (undone.due_date, undone.due_precision) == (date(2026, 1, 1), DuePrecision.YEAR)
    assert editor.title_edit.text().startswith("Yamanashi coordinates")  # the editor follows
    assert window.redo_action.isEnabled()

    qtbot.keyClick(window.actions_page.view, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    wait_idle(qtbot, window)
    redone = stored(seeded_db, 2)
    assert redone.title == "Work programme agreed"
    assert (redone.due_date, redone.due_precision) == (date(2026, 9, 1), DuePrecision.MONTH)
    history = queries.get_action(seeded_db.engine, 2).history
    assert [h.comment for h in history if h.field == "title"] == [None, "undo", "redo"]


def test_an_undo_that_would_overwrite_someone_elses_save_is_refused(
    qtbot: QtBot, window: MainWindow, seeded_db: OpenedDatabase, prompts: FakePrompts
) -> None:
    window.open_record("action", 3)
    wait_idle(qtbot, window)
    replace_text(qtbot, window.editor.title_edit, "Mine")
    assert window.editor.save()
    wait_idle(qtbot, window)
    update_action(seeded_db.engine, 3, ActionEdit(title="Theirs"), changed_by="colleague")
    window.undo()
    wait_idle(qtbot, window)
    title, text, _details = prompts.asked("error")[-1]
    assert title == "Cannot undo" and "someone else saved the action since" in text
    assert stored(seeded_db, 3).title == "Theirs"
    assert window.undo_action.isEnabled()  # the command is still there, not lost


def test_create_duplicate_delete_and_undo_the_delete(
    qtbot: QtBot, window: MainWindow, seeded_db: OpenedDatabase, prompts: FakePrompts
) -> None:
    window.open_record("meeting", 1)
    wait_idle(qtbot, window)
    qtbot.mouseClick(window.meeting_pane.new_button, Qt.MouseButton.LeftButton)
    editor = window.editor
    assert editor.is_new and window.current_kind() == RecordKind.ACTION
    assert editor.meeting_box.currentData() == 1  # the meeting in view is preselected
    type_text(qtbot, editor.title_edit, "Gửi thư mời tới tỉnh 山梨県")
    replace_text(qtbot, editor.due_edit.text_field, "2026-05-20")
    assert editor.save()
    wait_idle(qtbot, window)
    new_id = editor.action_id
    assert new_id is not None
    assert stored(seeded_db, new_id).title == "Gửi thư mời tới tỉnh 山梨県"
    wait_idle(qtbot, window)
    assert window.actions_page.model.row_of_id(new_id) is not None
    assert [h.field for h in editor.detail.history] == ["created"]

    assert editor.duplicate()
    wait_idle(qtbot, window)
    copy_id = editor.action_id
    assert copy_id not in (None, new_id)
    assert stored(seeded_db, copy_id).title == "Gửi thư mời tới tỉnh 山梨県 (copy)"

    prompts.answer("confirm", True)
    assert editor.delete()
    wait_idle(qtbot, window)
    assert editor.action_id is None
    with pytest.raises(NotFoundError):
        queries.get_action(seeded_db.engine, copy_id)
    wait_idle(qtbot, window)
    assert window.actions_page.model.row_of_id(copy_id) is None

    window.undo()  # brings the copy back, with its history
    wait_idle(qtbot, window)
    restored = queries.get_action(seeded_db.engine, copy_id)
    assert [h.field for h in restored.history] == ["created", "restored"]
    assert editor.action_id == copy_id

    window.undo()  # undoes the duplicate
    wait_idle(qtbot, window)
    window.undo()  # undoes the creation
    wait_idle(qtbot, window)
    assert window.actions_page.model.row_of_id(new_id) is None
    assert not window.undo_action.isEnabled()


def test_cancelled_delete_keeps_the_action(
    qtbot: QtBot, window: MainWindow, seeded_db: OpenedDatabase, prompts: FakePrompts
) -> None:
    window.open_record("action", 4)
    wait_idle(qtbot, window)
    prompts.answer("confirm", False)
    assert not window.editor.delete()
    assert stored(seeded_db, 4).title


def test_quick_status_change_from_the_context_menu(
    qtbot: QtBot, window: MainWindow, seeded_db: OpenedDatabase
) -> None:
    window.go(RecordKind.ACTION)
    page = window.actions_page
    wait_idle(qtbot, window)
    index = page.model.index(page.model.row_of_id(5), 0)
    menu = page.context_menu(index)
    status_menu = menu.findChild(type(menu), "statusMenu")
    entries = {a.objectName(): a for a in status_menu.actions()}
    assert not entries["status_done"].isEnabled()  # proposed -> done is not allowed
    assert entries["status_proposed"].isChecked()
    entries["status_agreed"].trigger()
    wait_idle(qtbot, window)
    assert stored(seeded_db, 5).status is ActionStatus.AGREED
    wait_idle(qtbot, window)
    assert page.model.row_at(page.model.row_of_id(5)).status is ActionStatus.AGREED
    assert "Change status" in window.undo_action.text()
    window.undo()
    wait_idle(qtbot, window)
    assert stored(seeded_db, 5).status is ActionStatus.PROPOSED


def test_forbidden_status_is_not_offered_and_service_refusals_show_inline(
    qtbot: QtBot, window: MainWindow, seeded_db: OpenedDatabase
) -> None:
    window.open_record("action", 5)  # proposed: "done" is not reachable directly
    wait_idle(qtbot, window)
    editor = window.editor
    model = editor.status_box.model()
    done_row = editor.status_box.findData(ActionStatus.DONE.value)
    assert not model.item(done_row).isEnabled()
    # The title field stops at the column's length (300 characters).
    replace_text(qtbot, editor.title_edit, "x" * 320)
    assert len(editor.title_edit.text()) == 300
    # A typed owner that names no party is refused by the service while saving (off the GUI
    # thread), shown beside the owner.
    line = editor.owner_picker.lineEdit()
    replace_text(qtbot, line, "Atlantis")
    editor.save()
    wait_idle(qtbot, window)  # refused by the service
    error = editor.findChild(type(editor.heading), "error_owner_ref")
    assert error.isVisible() and "Atlantis" in error.text()
    assert stored(seeded_db, 5).title.startswith("Thanh Hóa takes part")


def test_delete_key_and_ctrl_d_in_the_list(
    qtbot: QtBot, window: MainWindow, seeded_db: OpenedDatabase, prompts: FakePrompts
) -> None:
    window.go(RecordKind.ACTION)
    page = window.actions_page
    wait_idle(qtbot, window)
    click_row(qtbot, page.view, page.model.row_of_id(4))
    wait_idle(qtbot, window)
    assert window.editor.action_id == 4
    qtbot.keyClick(page.view, Qt.Key.Key_D, CTRL)
    wait_idle(qtbot, window)
    copy_id = window.editor.action_id
    assert copy_id not in (None, 4)
    assert stored(seeded_db, copy_id).title.endswith("(copy)")
    wait_idle(qtbot, window)
    click_row(qtbot, page.view, page.model.row_of_id(copy_id))
    prompts.answer("confirm", True)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    wait_idle(qtbot, window)
    assert prompts.asked("confirm")[-1][2] == "Delete"
    with pytest.raises(NotFoundError):
        queries.get_action(seeded_db.engine, copy_id)


def test_an_edit_and_its_history_survive_a_restart(
    qtbot: QtBot, seeded_db: OpenedDatabase, prompts: FakePrompts, settings_file: Path
) -> None:
    first = make_window(qtbot, seeded_db.url, prompts, settings_file)
    try:
        first.open_record("action", 4)
        wait_idle(qtbot, first)
        replace_text(qtbot, first.editor.due_edit.text_field, "2026-11")
        qtbot.keyClick(first.editor.title_edit, Qt.Key.Key_S, CTRL)
        wait_idle(qtbot, first)
        assert not first.editor.is_dirty()
    finally:
        shut(first)
    second = make_window(qtbot, seeded_db.url, prompts, settings_file)
    try:
        assert second.current_kind() == RecordKind.ACTION  # where the user left off
        second.open_record("action", 4)
        wait_idle(qtbot, second)
        assert second.editor.due_edit.text() == "November 2026"  # as the app shows it
        changes = [(c.field, c.new_value) for c in second.editor.detail.history]
        assert changes == [("due", "2026-11")]
    finally:
        shut(second)
