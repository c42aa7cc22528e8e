"""A record's field-level history (when, who, field, old value, new value), newest first: the
History tab of the record editor. A thin read-only model over HistoryEntry DTOs; a long text's
change shows what it lost and gained (text_changes.py)."""

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt
from typing_extensions import override

from briefing_app.services.record_kinds.spec import HistoryEntry
from briefing_app.ui import labels
from briefing_app.ui.models.read_only_table_model import Index, ReadOnlyTableModel
from briefing_app.ui.models.text_changes import text_change

WHEN, WHO, FIELD, OLD, NEW = range(5)


class RecordHistoryModel(ReadOnlyTableModel):
    """`caption(field_key)` names a field (the kind's label; created/deleted/restored …)."""

    def __init__(self, caption: Callable[[str], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._caption = caption
        self._rows: list[HistoryEntry] = []
        self._headers = [
            self.tr("When"),
            self.tr("Who"),
            self.tr("Field"),
            self.tr("Old value"),
            self.tr("New value"),
        ]

    def set_entries(self, entries: Sequence[HistoryEntry]) -> None:
        # newest first: the services list oldest first
        indexed = sorted(enumerate(entries), key=lambda pair: (pair[1].changed_at, pair[0]))
        self._set_rows(entry for _, entry in reversed(indexed))

    def entry_at(self, row: int) -> HistoryEntry:
        return self._rows[row]

    def text(self, row: int, column: int) -> str:
        entry = self._rows[row]
        if column == WHEN:
            return labels.format_datetime_utc(entry.changed_at)
        if column == WHO:
            return entry.changed_by
        if column == FIELD:
            return self._caption(entry.field)
        value = entry.old_value if column == OLD else entry.new_value
        return value or ""

    def shown(self, row: int, column: int) -> str:
        """What the Old value or New value cell shows: a long text (a summary, the notes) as
        what it lost (old) and gained (new), the whole texts being the tooltips."""
        text = self.text(row, column)
        edit = text_change(self.text(row, OLD), self.text(row, NEW))
        if edit is None:
            return text.replace("\n", " ⏎ ")
        if column == OLD:
            return edit.shown(old=True, nothing=self.tr("(nothing removed)"))
        return edit.shown(old=False, nothing=self.tr("(nothing added)"))

    @override
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._holds(index):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            text = self.text(index.row(), index.column())
            return self.shown(index.row(), index.column()) if index.column() in (OLD, NEW) else text
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.text(index.row(), index.column()) or None
        return None
