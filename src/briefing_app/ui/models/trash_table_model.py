"""What the trash holds (kind, name, when deleted, by whom, how many links come back with it),
most recently deleted first: the trash dialog's list. A thin read-only model over TrashEntry
DTOs."""

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from typing_extensions import override

from briefing_app.services.record_kinds.registry import SPECS
from briefing_app.services.record_kinds.spec import TrashEntry
from briefing_app.ui import labels
from briefing_app.ui.models.read_only_table_model import Index, ReadOnlyTableModel

KIND, NAME, WHEN, WHO, LINKS = range(5)


def kind_label(entry: TrashEntry) -> str:
    return QCoreApplication.translate("Fields", SPECS[entry.kind].label)


class TrashTableModel(ReadOnlyTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[TrashEntry] = []
        self._headers = [
            self.tr("Kind"),
            self.tr("Name"),
            self.tr("Deleted"),
            self.tr("By"),
            self.tr("Links"),
        ]

    def set_entries(self, entries: Sequence[TrashEntry]) -> None:
        self._set_rows(entries)

    def entry_at(self, row: int) -> TrashEntry:
        return self._rows[row]

    def entries(self) -> list[TrashEntry]:
        return list(self._rows)

    def text(self, row: int, column: int) -> str:
        entry = self._rows[row]
        if column == KIND:
            return kind_label(entry)
        if column == NAME:
            return entry.label
        if column == WHEN:
            return labels.format_datetime_utc(entry.deleted_at)
        if column == WHO:
            return entry.deleted_by
        return labels.format_number(entry.references)

    @override
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._holds(index):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == NAME:
            return self._rows[index.row()].label
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == LINKS:
            return self.tr("Links to other records that a restore puts back")
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == LINKS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
