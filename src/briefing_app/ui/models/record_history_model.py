"""A record's history (when, who, field, old value, new value, comment), newest first: the
History tab of every record editor, the action editor's too (ui/record_history_view.py). A thin
read-only model over the services' rows: HistoryEntry (a record kind's changes, its comments
and files) or ChangeRow (an action's changes, with the comment "undo", "imported from …").
Statuses and other coded values read by their names; a long text's change shows what it lost
and gained (text_changes.py), the whole texts being the tooltips."""

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt
from typing_extensions import override

from briefing_app.services.dto import ChangeRow
from briefing_app.services.record_kinds.spec import HistoryEntry
from briefing_app.ui import labels
from briefing_app.ui.models.read_only_table_model import Index, ReadOnlyTableModel
from briefing_app.ui.models.text_changes import text_change

WHEN, WHO, FIELD, OLD, NEW, COMMENT = range(6)
HistoryRow = HistoryEntry | ChangeRow


class RecordHistoryModel(ReadOnlyTableModel):
    """`caption(field_key)` names a field (the kind's label; created/deleted/comment …)."""

    def __init__(
        self, caption: Callable[[str], str] = labels.field_label, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._caption = caption
        self._rows: list[HistoryRow] = []
        self._headers = [
            self.tr("When"),
            self.tr("Who"),
            self.tr("Field"),
            self.tr("Old value"),
            self.tr("New value"),
            self.tr("Comment"),
        ]

    def set_entries(self, entries: Sequence[HistoryRow]) -> None:
        # newest first: the services list oldest first
        indexed = sorted(enumerate(entries), key=lambda pair: (pair[1].changed_at, pair[0]))
        self._set_rows(entry for _, entry in reversed(indexed))

    def entry_at(self, row: int) -> HistoryRow:
        return self._rows[row]

    def has_comments(self) -> bool:
        """Some change has a comment (only an action's changes can)."""
        return any(isinstance(row, ChangeRow) and row.comment for row in self._rows)

    def text(self, row: int, column: int) -> str:
        """The whole text of a cell (what its tooltip and the detail pane show)."""
        entry = self._rows[row]
        if column == WHEN:
            return labels.format_datetime_utc(entry.changed_at)
        if column == WHO:
            return labels.author(entry.changed_by)
        if column == FIELD:
            return self._caption(entry.field)
        if column == COMMENT:
            return labels.history_comment(entry.comment if isinstance(entry, ChangeRow) else None)
        value = entry.old_value if column == OLD else entry.new_value
        return labels.history_value(entry.field, value)

    def shown(self, row: int, column: int) -> str:
        """What the Old value or New value cell shows: a long text (a summary, the notes) as
        what it lost (old) and gained (new)."""
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
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.shown(row, column) if column in (OLD, NEW) else self.text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.text(row, column) or None
        return None
