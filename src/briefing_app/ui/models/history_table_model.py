"""An action's history (when, who, field, old → new, comment): a small fixed list, newest first."""

from typing import Any

from PySide6.QtCore import QObject, Qt
from typing_extensions import override

from briefing_app.services.dto import ChangeRow
from briefing_app.ui import labels
from briefing_app.ui.models.read_only_table_model import Index, ReadOnlyTableModel

WHEN, WHO, FIELD, OLD, NEW, COMMENT = range(6)


class HistoryTableModel(ReadOnlyTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ChangeRow] = []
        self._headers = [
            self.tr("When"),
            self.tr("Who"),
            self.tr("Field"),
            self.tr("Old value"),
            self.tr("New value"),
            self.tr("Comment"),
        ]

    def set_changes(self, changes: list[ChangeRow]) -> None:
        self._set_rows(sorted(changes, key=lambda c: (c.changed_at, c.id), reverse=True))

    def change_at(self, row: int) -> ChangeRow:
        return self._rows[row]

    def _text(self, change: ChangeRow, column: int) -> str:
        if column == WHEN:
            return labels.format_datetime_utc(change.changed_at)
        if column == WHO:
            return change.changed_by
        if column == FIELD:
            return labels.field_label(change.field)
        if column == OLD:
            return labels.history_value(change.field, change.old_value)
        if column == NEW:
            return labels.history_value(change.field, change.new_value)
        return change.comment or ""

    @override
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._holds(index):
            return None
        change = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(change, index.column())
            if role == Qt.ItemDataRole.DisplayRole and index.column() in (OLD, NEW):
                return text.replace("\n", " ⏎ ")
            return text or None if role == Qt.ItemDataRole.ToolTipRole else text
        return None
