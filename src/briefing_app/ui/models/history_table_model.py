"""An action's history (when, who, field, old → new, comment): a small fixed list, newest first.
A long text's change shows what it lost and gained (text_changes.py)."""

from typing import Any

from PySide6.QtCore import QObject, Qt
from typing_extensions import override

from briefing_app.services.dto import ChangeRow
from briefing_app.ui import labels
from briefing_app.ui.models.read_only_table_model import Index, ReadOnlyTableModel
from briefing_app.ui.models.text_changes import text_change

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
        return labels.history_comment(change.comment)

    @override
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._holds(index):
            return None
        change = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(change, column)
            if role == Qt.ItemDataRole.DisplayRole and column in (OLD, NEW):
                return self._shown(change, column, text)
            return text or None if role == Qt.ItemDataRole.ToolTipRole else text
        return None

    def _shown(self, change: ChangeRow, column: int, text: str) -> str:
        """A long text (the Notes) as what it lost (Old value) and gained (New value); the
        whole texts are the tooltips."""
        edit = text_change(self._text(change, OLD), self._text(change, NEW))
        if edit is None:
            return text.replace("\n", " ⏎ ")
        if column == OLD:
            return edit.shown(old=True, nothing=self.tr("(nothing removed)"))
        return edit.shown(old=False, nothing=self.tr("(nothing added)"))
