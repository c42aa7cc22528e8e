"""Details of the editors (issue 12, item 5): input limits are the model's, a field's error goes
as soon as the field is right, History shows what a long text gained and lost, and the
conflict dialog fits its content."""

from gui_helpers import replace_text, type_text, wait_idle
from PySide6.QtCore import Qt
from PySide6.QtGui import QClipboard
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from record_helpers import field, newest_editor, settle

from briefing_app.domain import models as m
from briefing_app.domain.record_kind import RecordKind
from briefing_app.services.record_kinds.fields import FieldType
from briefing_app.services.record_kinds.form_model import FormModel
from briefing_app.services.record_kinds.registry import MODELS, SPECS
from briefing_app.services.record_kinds.spec import RecordData
from briefing_app.ui.conflict_dialog import ConflictDialog, ConflictField
from briefing_app.ui.forms.form_view import FormView
from briefing_app.ui.forms.list_inputs import PointsInput, TableInput
from briefing_app.ui.forms.merge_dialog import MergeDialog
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.widgets.table_dialog_fit import rows_cut

CTRL = Qt.KeyboardModifier.ControlModifier


def shown_errors(editor: QWidget) -> dict[str, str]:
    return {
        label.objectName().removeprefix("error_"): label.text()
        for label in editor.findChildren(QLabel)
        if label.objectName().startswith("error_") and label.isVisible() and label.text()
    }


# ------------------------------------------------------------------------------ limits


def test_every_text_input_stops_at_its_columns_limit(qtbot: QtBot) -> None:
    checked = 0
    for spec in SPECS.values():
        view = FormView(model=FormModel(spec, check=lambda *a, **k: None))
        qtbot.addWidget(view)
        columns = MODELS[spec.kind].__table__.c
        for field_spec in spec.fields:
            if field_spec.type is not FieldType.TEXT or field_spec.read_only:
                continue
            column = columns.get(field_spec.attribute or field_spec.key)
            if column is None or getattr(column.type, "length", None) is None:
                continue
            line = view.findChild(QLineEdit, f"field_{field_spec.key}")
            assert line is not None, (spec.kind, field_spec.key)
            assert line.maxLength() == field_spec.max_length == column.type.length, (
                spec.kind,
                field_spec.key,
            )
            checked += 1
    assert checked >= 10


def test_a_pasted_350_character_title_stops_at_the_rule_of_300(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.open_record("action", 2)
    wait_idle(qtbot, window)
    title = window.editor.title_edit
    assert SPECS[RecordKind.ACTION].field("title").max_length == 300
    assert m.FollowUpAction.__table__.c.title.type.length == 300
    title.setText("a" * 350)
    assert len(title.text()) == 300
    clipboard = QApplication.clipboard()
    clipboard.setText("b" * 350, QClipboard.Mode.Clipboard)
    title.setFocus()
    title.selectAll()
    qtbot.keyClick(title, Qt.Key.Key_V, CTRL)
    assert title.text() == "b" * 300


def test_a_point_or_a_cell_stops_at_its_items_limit(qtbot: QtBot) -> None:
    spec = SPECS[RecordKind.MEETING]
    view = FormView(model=FormModel(spec, check=lambda *a, **k: None))
    qtbot.addWidget(view)
    view.show()
    points = view.inputs["talking_points"]
    assert isinstance(points, PointsInput)
    points.add_entry()
    editor = points.list.findChild(QLineEdit)
    assert editor is not None
    assert editor.maxLength() == m.POINT_LIMIT == spec.field("talking_points").max_length
    editor.setText("p" * (m.POINT_LIMIT + 50))
    assert len(editor.text()) == m.POINT_LIMIT
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    asks = view.inputs["expected_asks"]
    assert isinstance(asks, TableInput)
    asks.add_entry()
    asks.table.editItem(asks.table.item(asks.table.currentRow(), 0))
    cell = asks.table.findChild(QLineEdit)
    assert cell is not None and cell.maxLength() == spec.field("expected_asks").max_length


# ------------------------------------------------------------------------------ inline errors


def test_a_fields_error_stays_while_wrong_and_goes_once_right(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.records.edit_record(RecordKind.MEETING, 1)
    editor = newest_editor(qtbot, window, RecordKind.MEETING)
    replace_text(qtbot, field(editor, "held_on"), "2025-13-45")
    replace_text(qtbot, field(editor, "title"), "")
    editor.save()
    settle(qtbot, window, editor)
    assert set(shown_errors(editor)) == {"title", "held_on"}
    assert "2 field(s)" in editor.view.banner.text()

    replace_text(qtbot, field(editor, "held_on"), "2025-13-4")  # still not a date
    assert set(shown_errors(editor)) == {"title", "held_on"}
    assert "2025-13-4" in shown_errors(editor)["held_on"]  # the reason is about what is typed
    replace_text(qtbot, field(editor, "held_on"), "2025-12-04")
    assert set(shown_errors(editor)) == {"title"}
    assert "1 field(s)" in editor.view.banner.text()
    type_text(qtbot, field(editor, "title"), "Talks")
    assert shown_errors(editor) == {}
    assert not editor.view.banner.isVisible()


def test_the_action_editors_errors_go_once_the_fields_are_right(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.open_record("action", 2)
    wait_idle(qtbot, window)
    editor = window.editor
    replace_text(qtbot, editor.due_edit.text_field, "2026-13")
    replace_text(qtbot, editor.title_edit, "")
    assert not editor.save()
    assert set(shown_errors(editor)) == {"title", "due"}
    replace_text(qtbot, editor.due_edit.text_field, "2026-12")
    assert set(shown_errors(editor)) == {"title"}
    type_text(qtbot, editor.title_edit, "Visit")
    assert shown_errors(editor) == {}
    assert not editor.view.banner.isVisible()


# ------------------------------------------------------------------------- the conflict dialogs


def conflict(notes_lines: int) -> ConflictDialog:
    notes = "\n".join(
        f"2026-02-{n % 28 + 1:02d}: called the office in Kōfu, line {n}" for n in range(notes_lines)
    )
    fields = [
        ConflictField("title", "Title", "My title", "Their title", "colleague", True, True),
        ConflictField("notes", "Notes", notes + "\nMy last line.", notes, "", True, False),
    ]
    return ConflictDialog(what="Visit", summary="Title changed", fields=fields)


def test_the_conflict_dialog_grows_to_show_the_whole_notes_row(qtbot: QtBot) -> None:
    dialog = conflict(12)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    screen = dialog.screen().availableGeometry()
    assert dialog.height() > 360, "taller than the old fixed size, for its content"
    assert dialog.height() <= screen.height() and dialog.width() <= screen.width()
    assert rows_cut(dialog.table) == []
    assert dialog.table.verticalScrollBar().maximum() == 0, "every row shown without scrolling"


def test_a_notes_row_taller_than_the_screen_scrolls_to_its_last_line(qtbot: QtBot) -> None:
    dialog = conflict(80)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    screen = dialog.screen().availableGeometry()
    assert dialog.height() <= screen.height()
    table = dialog.table
    assert rows_cut(table) == []
    notes = 1
    assert table.rowHeight(notes) > table.viewport().height()
    table.verticalScrollBar().setValue(table.verticalScrollBar().maximum())
    bottom = table.rowViewportPosition(notes) + table.rowHeight(notes)
    assert bottom <= table.viewport().height(), "the end of the Notes can be scrolled to"


def test_the_merge_dialog_shows_a_long_summary_row_whole_or_scrolled(qtbot: QtBot) -> None:
    spec = SPECS[RecordKind.MEETING]
    summary = "\n".join(f"Point {n}: the two provinces agreed on item {n}." for n in range(14))
    base = RecordData(RecordKind.MEETING, 1, 1, "Talks", {"title": "Talks", "summary": summary})
    form = FormModel(spec, check=lambda *a, **k: None)
    form.load(base)
    form.set_value("summary", summary + "\nMy last point.")
    theirs = RecordData(
        RecordKind.MEETING, 1, 2, "Talks", {"title": "Talks", "summary": summary + "\nTheirs."}
    )
    dialog = MergeDialog(what="Talks", merge=form.merge_with(theirs), display=lambda k, v: str(v))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    screen = dialog.screen().availableGeometry()
    assert dialog.height() <= screen.height() and dialog.width() <= screen.width()
    assert rows_cut(dialog.table) == []
    table = dialog.table
    table.verticalScrollBar().setValue(table.verticalScrollBar().maximum())
    bottom = table.rowViewportPosition(0) + table.rowHeight(0)
    assert bottom <= table.viewport().height(), "the end of the summary can be scrolled to"
