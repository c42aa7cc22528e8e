"""A record's attached files (name, type, size, official document, added by and when), in the
order they were attached."""

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QLocale, QObject, Qt
from typing_extensions import override

from briefing_app.domain.file_types import extension_of
from briefing_app.services.dto import AttachmentRow, OfficialDocument
from briefing_app.ui import labels
from briefing_app.ui.models.read_only_table_model import Index, ReadOnlyTableModel

NAME, TYPE, SIZE, DOCUMENT, ADDED = range(5)


def document_text(document: OfficialDocument) -> str:
    """ "1234/UBND-NgV, 20/12/2025, UBND tỉnh Thanh Hóa": what is known of it."""
    parts = (document.number, labels.format_date(document.issued_on), document.issuer)
    return ", ".join(part for part in parts if part)


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


class AttachmentTableModel(ReadOnlyTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AttachmentRow] = []
        self._headers = [
            self.tr("File"),
            self.tr("Type"),
            self.tr("Size"),
            self.tr("Official document (number, date, issuer)"),
            self.tr("Added"),
        ]

    def set_attachments(self, rows: Sequence[AttachmentRow]) -> None:
        self._set_rows(rows)

    def attachment_at(self, row: int) -> AttachmentRow:
        return self._rows[row]

    def _text(self, row: AttachmentRow, column: int) -> str:
        if column == NAME:
            return row.file_name
        if column == TYPE:
            return extension_of(row.file_name).upper()
        if column == SIZE:
            return size_text(row.size)
        if column == DOCUMENT:
            return document_text(row.document)
        return self.tr("{who}, {when}").format(
            who=row.added_by, when=labels.format_datetime_utc(row.added_at)
        )

    @override
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._holds(index):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == TYPE:
                return row.media_type
            return self._text(row, index.column()) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
