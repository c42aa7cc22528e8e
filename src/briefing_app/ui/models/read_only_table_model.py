"""The common part of the read-only table models: a flat list of rows under a fixed row of
column titles. Subclasses put their titles in `_headers` (after this __init__, so `self.tr`
works), their rows in through `_set_rows`, and answer `data`."""

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from typing_extensions import override

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


class ReadOnlyTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._headers: list[str] = []

    def _set_rows(self, rows: Iterable[Any]) -> None:
        """Replace every row (views are told by a model reset)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def _holds(self, index: Index) -> bool:
        """The index points at a row this model holds."""
        return index.isValid() and 0 <= index.row() < len(self._rows)

    @override
    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    @override
    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return super().headerData(section, orientation, role)
