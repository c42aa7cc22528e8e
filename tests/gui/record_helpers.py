"""Drive the main window's record editing like a user: open editors from the pages, fill their
inputs (found by the object name `field_<key>`), save, close."""

from typing import Any

from gui_helpers import replace_text, type_text, wait_idle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from briefing_app.domain.record_kind import RecordKind
from briefing_app.ui.forms.list_inputs import PointsInput, ReferencesInput, TableInput
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.record_editor import RecordEditor
from briefing_app.ui.views.list_page import ListPage


def page(window: MainWindow, kind: RecordKind) -> ListPage:
    found = window.pages[kind.value]
    assert isinstance(found, ListPage)
    return found


def settle(qtbot: QtBot, window: MainWindow, editor: RecordEditor | None = None) -> None:
    """Wait for every operation of the window (and of the editor) to come back."""
    if editor is not None:
        qtbot.waitUntil(lambda: not editor.busy, timeout=10000)
    wait_idle(qtbot, window)


def newest_editor(qtbot: QtBot, window: MainWindow, kind: RecordKind) -> RecordEditor:
    qtbot.waitUntil(lambda: window.records.editor_of(kind) is not None, timeout=5000)
    editor = window.records.editor_of(kind)
    assert editor is not None
    qtbot.waitExposed(editor)
    settle(qtbot, window, editor)
    return editor


def field(editor: QWidget, key: str) -> QWidget:
    widget = editor.findChild(QWidget, f"field_{key}")
    assert widget is not None, key
    return widget


def fill(qtbot: QtBot, editor: RecordEditor, values: dict[str, Any]) -> None:
    """Type or pick each value in its input, as a user would."""
    for key, value in values.items():
        widget = field(editor, key)
        form_input = editor.view.inputs[key]
        if isinstance(form_input, ReferencesInput):
            for record_id in value:
                form_input.check_id(record_id)
        elif isinstance(form_input, PointsInput):
            add_points(qtbot, form_input, value)
        elif isinstance(form_input, TableInput):
            add_rows(form_input, value)
        elif isinstance(widget, QComboBox):
            index = widget.findData(value)
            assert index >= 0, (key, value)
            widget.setCurrentIndex(index)
        elif isinstance(widget, QLineEdit) and widget.text():
            replace_text(qtbot, widget, str(value))
        else:
            type_text(qtbot, widget, str(value))
        assert editor.model.value(key) is not None, key


def add_points(qtbot: QtBot, points: PointsInput, texts: list[str]) -> None:
    """Insert opens a new point after the current one; type it; Enter."""
    for text in texts:
        before = len(points.value())
        points.list.setFocus()
        qtbot.keyClick(points.list, Qt.Key.Key_Insert)
        line = points.list.findChild(QLineEdit)
        assert line is not None
        type_text(qtbot, line, text)
        qtbot.keyClick(line, Qt.Key.Key_Return)
        qtbot.waitUntil(
            lambda n=before, t=text: len(points.value()) == n + 1 and t in points.value()
        )


def add_rows(table_input: TableInput, rows: list[dict[str, Any]]) -> None:
    """Add a row per item: picks chosen in their combo boxes, text typed in the cells."""
    table: QTableWidget = table_input.table
    for item in rows:
        table_input.table.setCurrentCell(table.rowCount() - 1, 0)
        table_input.add_entry()
        row = table.currentRow()
        for index, column in enumerate(table_input.columns):
            if column.key not in item:
                continue
            if column.options is None:
                cell = table.item(row, index)
                assert cell is not None
                cell.setText(str(item[column.key]))
            else:
                box = table.cellWidget(row, index)
                assert isinstance(box, QComboBox)
                found = box.findData(item[column.key])
                assert found >= 0, (column.key, item[column.key])
                box.setCurrentIndex(found)


def save(qtbot: QtBot, window: MainWindow, editor: RecordEditor) -> int:
    """Click Save and wait for the record to be stored; its id."""
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window, editor)
    assert not editor.model.errors, editor.model.errors
    assert not editor.is_dirty()
    record_id = editor.record_id
    assert record_id is not None
    return record_id


def close(qtbot: QtBot, window: MainWindow, editor: RecordEditor) -> None:
    qtbot.mouseClick(editor.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.isVisible())
    settle(qtbot, window)


def create(qtbot: QtBot, window: MainWindow, kind: RecordKind, values: dict[str, Any]) -> int:
    """Ctrl+N on the kind's page, fill the editor, save and close it: the new record's id."""
    window.go(kind.value)
    settle(qtbot, window)
    activate(qtbot, window)
    list_page = page(window, kind)
    list_page.view.setFocus()
    qtbot.keyClick(list_page.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = newest_editor(qtbot, window, kind)
    assert editor.model.is_new
    fill(qtbot, editor, values)
    record_id = save(qtbot, window, editor)
    close(qtbot, window, editor)
    return record_id


def activate(qtbot: QtBot, window: MainWindow) -> None:
    """Shortcuts reach the active window only: make the main window active again (an editor
    window was, offscreen nothing hands activation back when it closes)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)


def select(qtbot: QtBot, window: MainWindow, kind: RecordKind, record_id: int) -> ListPage:
    """Show the kind's page with the record selected."""
    window.go(kind.value)
    list_page = page(window, kind)
    list_page.show_record(record_id)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: list_page.current_id() == record_id, timeout=5000)
    activate(qtbot, window)
    return list_page
