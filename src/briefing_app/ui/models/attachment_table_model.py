"""A record's attached files in the order they were attached, in three columns of two lines
each, so the list fits the editor's narrow tab: the file (its name; its type and size), the
official document (number and date; issuer) and who added it when."""

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QLocale, QObject, Qt
from typing_extensions import override

from briefing_app.domain.file_types import extension_of
from briefing_app.services.dto import AttachmentRow, OfficialDocument
from briefing_app.ui import labels
from briefing_app.ui.models.read_only_table_model import Index, ReadOnlyTableModel

FILE, DOCUMENT, ADDED = range(3)


def document_text(document: OfficialDocument) -> str:
    """What is known of it: "1234/UBND-NgV, 20/12/2025" over "UBND tỉnh Thanh Hóa"."""
    first = ", ".join(p for p in (document.number, labels.format_date(document.issued_on)) if p)
    return "\n".join(line for line in (first, document.issuer or "") if line)


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


class AttachmentTableModel(ReadOnlyTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AttachmentRow] = []
        self._headers = [
            self.tr("File"),
            self.tr("Official document"),
            self.tr("Added"),
        ]

    def set_attachments(self, rows: Sequence[AttachmentRow]) -> None:
        self._set_rows(rows)

    def attachment_at(self, row: int) -> AttachmentRow:
        return self._rows[row]

    def _text(self, row: AttachmentRow, column: int) -> str:
        if column == FILE:
            kind = extension_of(row.file_name).upper()
            return f"{row.file_name}\n{kind} · {size_text(row.size)}"
        if column == DOCUMENT:
            return document_text(row.document)
        return f"{row.added_by}\n{labels.format_datetime_utc(row.added_at)}"

    @override
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._holds(index):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self._text(row, index.column())
            return f"{text}\n{row.media_type}" if index.column() == FILE else text or None
        return None
