"""Inputs of list fields edited entry by entry: points (an ordered list edited in place) and
the tables of asks, members and citations. (References, a checkable list, are in
references_input.py.)

Keys: Ins adds an entry, Del removes the current one, Alt+Up and Alt+Down move it; F2 or a
double click edits a point or a cell in place. Values are the fields' JSON form (FieldType).
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QKeyCombination,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from briefing_app.services.record_kinds.fields import FieldSpec
from briefing_app.services.record_kinds.spec import RecordRow
from briefing_app.ui.forms.inputs import (
    ROWS_AT_MOST,
    ROWS_SHOWN,
    FieldInput,
    field_caption,
    row_text,
)
from briefing_app.ui.forms.references_input import (
    ReferencesInput as ReferencesInput,  # where tests import it
)
from briefing_app.ui.forms.search_combo import SearchCombo


def _key(modifier: Qt.KeyboardModifier, key: Qt.Key) -> QKeyCombination:
    return QKeyCombination(modifier, key)


class LimitedTextDelegate(QStyledItemDelegate):
    """Text typed or pasted in a point or a cell stops at the field's limit per entry (the
    FieldSpec's `max_length`, from the column), as a text field's does."""

    def __init__(self, max_length: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.max_length = max_length

    @override
    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setMaxLength(self.max_length)
        return editor


# keys that go into a table cell's box (a pick); Tab with only these modifiers leaves it
ENTER_CELL = (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter)
KEYPAD = Qt.KeyboardModifier.KeypadModifier


class _ListInput(FieldInput):
    """A list or table with Add / Remove / Up / Down buttons beside it and their keys."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self._loading = False
        self.buttons: list[QPushButton] = []
        self._keys: dict[int, Callable[[], None]] = {}
        self._button_column = QVBoxLayout()
        self._button_column.setContentsMargins(0, 0, 0, 0)

    def _finish(self, view: QAbstractItemView) -> None:
        """Add `view` as the editor, with the buttons and keys that edit it."""
        view.setTabKeyNavigation(False)  # Tab goes to the next field; arrows move in the view
        if self.spec.max_length:
            view.setItemDelegate(LimitedTextDelegate(self.spec.max_length, view))
        self._set_editor(view)
        self._layout.addLayout(self._button_column)
        for text, tip, key, slot, name in (
            (
                self.tr("Add"),
                self.tr("Add an entry (Ins)"),
                _key(Qt.KeyboardModifier.NoModifier, Qt.Key.Key_Insert),
                self.add_entry,
                "add",
            ),
            (
                self.tr("Remove"),
                self.tr("Remove this entry (Del)"),
                _key(Qt.KeyboardModifier.NoModifier, Qt.Key.Key_Delete),
                self.remove_entry,
                "rm",
            ),
            (
                self.tr("Up"),
                self.tr("Move up (Alt+Up)"),
                _key(Qt.KeyboardModifier.AltModifier, Qt.Key.Key_Up),
                self.move_up,
                "up",
            ),
            (
                self.tr("Down"),
                self.tr("Move down (Alt+Down)"),
                _key(Qt.KeyboardModifier.AltModifier, Qt.Key.Key_Down),
                self.move_down,
                "down",
            ),
        ):
            button = QPushButton(text)
            button.setObjectName(f"{name}_{self.spec.key}")
            button.setToolTip(tip)
            button.setAccessibleName(f"{tip} · {field_caption(self.spec)}")
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(slot)
            self._button_column.addWidget(button)
            self.buttons.append(button)
            self._keys[key.toCombined()] = slot
        self._button_column.addStretch(1)
        view.installEventFilter(self)
        rows = view.sizeHintForRow(0) if view.model() and view.model().rowCount() else 0
        line = max(rows, view.fontMetrics().lineSpacing() + 8)
        view.setMinimumHeight(line * ROWS_SHOWN + 8)
        view.setMaximumHeight(line * ROWS_AT_MOST + 8)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ins, Del, Alt+Up and Alt+Down in the list (also when a cell editor passes them on)."""
        if watched is self.editor and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            slot = self._keys.get(event.keyCombination().toCombined())
            if slot is not None:
                slot()
                return True
        return super().eventFilter(watched, event)

    def _emit(self) -> None:
        if not self._loading:
            self.changed.emit()

    @override
    def commit(self) -> None:
        view = self.editor
        if not isinstance(view, QAbstractItemView):
            return
        editor = view.indexWidget(view.currentIndex())
        if isinstance(editor, QLineEdit) and view.state() == view.State.EditingState:
            view.commitData(editor)
            view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def add_entry(self) -> None:
        raise NotImplementedError

    def remove_entry(self) -> None:
        raise NotImplementedError

    def _move(self, step: int) -> None:
        raise NotImplementedError

    def move_up(self) -> None:
        self._move(-1)

    def move_down(self) -> None:
        self._move(1)

    @override
    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for button in self.buttons:
            button.setEnabled(not read_only)
        view = self.editor
        if isinstance(view, QAbstractItemView):
            view.setEditTriggers(
                QAbstractItemView.EditTrigger.NoEditTriggers
                if read_only
                else QAbstractItemView.EditTrigger.DoubleClicked
                | QAbstractItemView.EditTrigger.EditKeyPressed
                | QAbstractItemView.EditTrigger.AnyKeyPressed
            )

    def _writable(self) -> bool:
        return not getattr(self, "_read_only", False)

    @override
    def set_caption(self, caption: str) -> None:
        super().set_caption(caption)
        for button in self.buttons:
            button.setAccessibleName(f"{button.toolTip()} · {caption}")

    @override
    def focus_widgets(self) -> list[QWidget]:
        return [self.editor, *self.buttons]


class PointsInput(_ListInput):
    """An ordered list of short texts ("talking points")."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.list = QListWidget()
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setWordWrap(True)
        self.list.itemChanged.connect(lambda _item: self._emit())
        model = self.list.model()
        model.rowsMoved.connect(self._emit)
        model.rowsRemoved.connect(self._emit)
        self._finish(self.list)
        self.set_read_only(False)

    def _item(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsDragEnabled
        )
        return item

    @override
    def value(self) -> Any:
        return [self.list.item(i).text() for i in range(self.list.count())]

    @override
    def set_value(self, value: Any) -> None:
        self._loading = True
        try:
            self.list.clear()
            for text in value if isinstance(value, list) else []:
                self.list.addItem(self._item("" if text is None else str(text)))
        finally:
            self._loading = False

    @override
    def add_entry(self) -> None:
        if not self._writable():
            return
        row = self.list.currentRow() + 1 if self.list.currentRow() >= 0 else self.list.count()
        item = self._item("")
        self.list.insertItem(row, item)
        self.list.setCurrentItem(item)
        self.list.setFocus()
        self.list.editItem(item)

    @override
    def remove_entry(self) -> None:
        row = self.list.currentRow()
        if row >= 0 and self._writable():
            self.list.takeItem(row)
            self._emit()

    @override
    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count() or not self._writable():
            return
        self._loading = True
        try:
            item = self.list.takeItem(row)
            self.list.insertItem(target, item)
            self.list.setCurrentRow(target)
        finally:
            self._loading = False
        self._emit()


@dataclass
class Column:
    """A column of a table input: free text, or a pick among (value, label) options."""

    key: str
    title: str
    options: list[tuple[Any, str]] | None = None
    # many options (records): a combo box searched by typing
    search: bool = False


class _Table(QTableWidget):
    """A table whose pick cells (combo boxes) are not entered just because the current cell
    moved there: Tab into the table stays on the table (Qt gave the first cell's box the
    focus), F2 or Enter enters a pick (TableInput.eventFilter)."""

    @override
    def edit(  # type: ignore[override]
        self,
        index: QModelIndex | QPersistentModelIndex,
        trigger: QAbstractItemView.EditTrigger = QAbstractItemView.EditTrigger.AllEditTriggers,
        event: QEvent | None = None,
    ) -> bool:
        moved = trigger == QAbstractItemView.EditTrigger.CurrentChanged
        if moved and self.indexWidget(index) is not None:
            return False
        return super().edit(index, trigger, event)  # type: ignore[arg-type]  # Qt passes None


class TableInput(_ListInput):
    """A list of objects as a table: text cells edited in place, picks as combo boxes."""

    def __init__(
        self, spec: FieldSpec, columns: Sequence[Column], parent: QWidget | None = None
    ) -> None:
        super().__init__(spec, parent)
        self.columns = list(columns)
        self.table = _Table(0, len(self.columns))
        self.table.setHorizontalHeaderLabels([c.title for c in self.columns])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for index, column in enumerate(self.columns):
            # A record picked by name (a cell widget: no size hint for the column) stretches
            # like text does, so the name shows.
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column.options is None or column.search
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(index, mode)
        self.table.itemChanged.connect(lambda _item: self._emit())
        self._finish(self.table)
        self.set_read_only(False)

    def set_options(self, key: str, options: list[tuple[Any, str]]) -> None:
        """New choices for a pick column (the rows' values are kept)."""
        current = self.value()
        for column in self.columns:
            if column.key == key:
                column.options = options
        self._fill(current)

    def _combo(self, column: Column, value: Any) -> QComboBox:
        box: QComboBox
        if column.search:
            search = SearchCombo()
            search.set_options(column.options or [])
            search.set_current_value(value)
            search.editTextChanged.connect(lambda _text: self._emit())
            box = search
        else:
            box = QComboBox()
            box.addItem("", None)
            for option, label in column.options or []:
                box.addItem(label, option)
            index = box.findData(value) if value is not None else 0
            if index < 0:
                box.addItem(f"#{value}", value)
                index = box.count() - 1
            box.setCurrentIndex(index)
            box.currentIndexChanged.connect(lambda _index: self._emit())
        box.setAccessibleName(column.title)
        box.setEnabled(self._writable())
        # Out of the Tab chain (a cell's box, set in later, would sit at its end: Tab from the
        # table jumped into it and on to the other tables' boxes, skipping the fields between).
        # F2 or Enter on its cell goes into it; Tab and Shift+Tab come back out (_cell_key).
        box.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        line = box.lineEdit()
        if line is not None:
            line.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        box.installEventFilter(self)
        return box

    def _cell_key(self, box: QComboBox, event: QKeyEvent) -> bool:
        """Tab in a cell's box goes on to the table's buttons, Shift+Tab back to the table."""
        if event.key() == Qt.Key.Key_Tab and not event.modifiers() & ~KEYPAD:
            after = next((b for b in self.buttons if b.isEnabled()), self.table)
            after.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        if event.key() == Qt.Key.Key_Backtab:
            self.table.setFocus(Qt.FocusReason.BacktabFocusReason)
            return True
        return False

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if isinstance(watched, QComboBox) and watched.parentWidget() is self.table.viewport():
                return self._cell_key(watched, event)
            if watched is self.table and event.key() in ENTER_CELL:
                box = self.table.cellWidget(self.table.currentRow(), self.table.currentColumn())
                if box is not None and box.isEnabled():
                    box.setFocus(Qt.FocusReason.OtherFocusReason)
                    return True
        return super().eventFilter(watched, event)

    def _set_row(self, row: int, item: dict[str, Any]) -> None:
        for index, column in enumerate(self.columns):
            value = item.get(column.key)
            if column.options is None:
                self.table.setItem(
                    row, index, QTableWidgetItem("" if value is None else str(value))
                )
            else:
                self.table.setCellWidget(row, index, self._combo(column, value))

    def _row_value(self, row: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for index, column in enumerate(self.columns):
            if column.options is None:
                cell = self.table.item(row, index)
                result[column.key] = cell.text() if cell is not None else None
            else:
                box = self.table.cellWidget(row, index)
                if isinstance(box, SearchCombo):
                    result[column.key] = box.current_value()
                else:
                    result[column.key] = box.currentData() if isinstance(box, QComboBox) else None
        return result

    def _fill(self, items: list[dict[str, Any]]) -> None:
        self._loading = True
        try:
            self.table.setRowCount(0)
            self.table.setRowCount(len(items))
            for row, item in enumerate(items):
                self._set_row(row, item)
            self.table.resizeRowsToContents()
        finally:
            self._loading = False

    @override
    def value(self) -> Any:
        return [self._row_value(row) for row in range(self.table.rowCount())]

    @override
    def set_value(self, value: Any) -> None:
        items = [dict(v) for v in value if isinstance(v, dict)] if isinstance(value, list) else []
        self._fill(items)

    @override
    def add_entry(self) -> None:
        if not self._writable():
            return
        row = self.table.currentRow() + 1 if self.table.currentRow() >= 0 else self.table.rowCount()
        self._loading = True
        try:
            self.table.insertRow(row)
            self._set_row(row, {})
        finally:
            self._loading = False
        self.table.setCurrentCell(row, 0)
        self.table.setFocus()
        if self.columns[0].options is None:
            cell = self.table.item(row, 0)
            if cell is not None:
                self.table.editItem(cell)
        else:
            widget = self.table.cellWidget(row, 0)
            if widget is not None:
                widget.setFocus()
        self._emit()

    @override
    def remove_entry(self) -> None:
        row = self.table.currentRow()
        if row >= 0 and self._writable():
            self.table.removeRow(row)
            self._emit()

    @override
    def _move(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount() or not self._writable():
            return
        items = self.value()
        items[row], items[target] = items[target], items[row]
        self._fill(items)
        self.table.setCurrentCell(
            target, self.table.currentColumn() if self.table.currentColumn() >= 0 else 0
        )
        self._emit()

    @override
    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        for row in range(self.table.rowCount()):
            for index in range(len(self.columns)):
                widget = self.table.cellWidget(row, index)
                if widget is not None:
                    widget.setEnabled(not read_only)


def record_options(rows: Sequence[RecordRow]) -> list[tuple[Any, str]]:
    return [(row.id, row_text(row)) for row in rows]
