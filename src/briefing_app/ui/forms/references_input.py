"""The input of a field that lists references (FieldType.REFERENCES): the records of the
field's target in a checkable list, narrowed by a filter line. Its value is the checked ids in
their stored order, then in the order they were checked."""

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget
from typing_extensions import override

from briefing_app.domain.text import fold
from briefing_app.services.record_kinds.fields import FieldSpec
from briefing_app.services.record_kinds.spec import RecordRow
from briefing_app.ui.forms.inputs import (
    ROWS_AT_MOST,
    ROWS_SHOWN,
    FieldInput,
    IdRole,
    field_caption,
    row_text,
)


class ReferencesInput(FieldInput):
    """Records of the field's target, checked in a list that a filter line narrows. The order
    of the ids is the stored order, then the order they were checked in."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self._order: list[Any] = []
        self._read_only = False
        self._loading = False
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        self.filter = QLineEdit()
        self.filter.setObjectName(f"filter_{spec.key}")
        self.filter.setPlaceholderText(self.tr("Type to filter the list"))
        self.filter.setAccessibleName(self.tr("Filter {field}").format(field=field_caption(spec)))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.list = QListWidget()
        self.list.setUniformItemSizes(True)
        self.list.itemChanged.connect(self._item_changed)
        self._layout.addLayout(column)
        column.addWidget(self.filter)
        self._set_editor(self.list, layout=column)
        line = self.list.fontMetrics().lineSpacing() + 6
        self.list.setMinimumHeight(line * ROWS_SHOWN)
        self.list.setMaximumHeight(line * ROWS_AT_MOST)
        self.set_rows([])

    def set_rows(self, rows: Sequence[RecordRow]) -> None:
        self._loading = True
        try:
            self.list.clear()
            for row in rows:
                self._add(row.id, row_text(row))
        finally:
            self._loading = False
        self._check(self._order)

    def _add(self, record_id: Any, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text, self.list)
        item.setData(IdRole, record_id)
        item.setToolTip(text)
        item.setFlags(self._flags())
        item.setCheckState(Qt.CheckState.Unchecked)
        return item

    def _items(self) -> dict[Any, QListWidgetItem]:
        return {self.list.item(i).data(IdRole): self.list.item(i) for i in range(self.list.count())}

    def _check(self, ids: Sequence[Any]) -> None:
        self._loading = True
        try:
            items = self._items()
            for record_id in ids:
                if record_id not in items:
                    items[record_id] = self._add(record_id, f"#{record_id}")
            wanted = set(ids)
            for record_id, item in items.items():
                checked = record_id in wanted
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self._order = list(ids)
        finally:
            self._loading = False

    def _item_changed(self, item: QListWidgetItem) -> None:
        if self._loading:
            return
        record_id = item.data(IdRole)
        checked = item.checkState() == Qt.CheckState.Checked
        if checked and record_id not in self._order:
            self._order.append(record_id)
        elif not checked and record_id in self._order:
            self._order.remove(record_id)
        self.changed.emit()

    def _apply_filter(self, text: str) -> None:
        wanted = fold(text.strip())
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(wanted) and wanted not in fold(item.text()))

    def check_id(self, record_id: Any, checked: bool = True) -> None:
        """Check or uncheck one record as a click would (tests, keyboard helpers)."""
        item = self._items().get(record_id)
        if item is not None:
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    @override
    def value(self) -> Any:
        return list(self._order)

    @override
    def set_value(self, value: Any) -> None:
        self._check(list(value) if isinstance(value, list) else [])

    def _flags(self) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags if self._read_only else flags | Qt.ItemFlag.ItemIsUserCheckable

    @override
    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for i in range(self.list.count()):
            self.list.item(i).setFlags(self._flags())

    @override
    def focus_widgets(self) -> list[QWidget]:
        return [self.filter, self.list]
