"""The attachments' table model, without a view: three two-line columns, the media type as
the file's tooltip, an official document with what is known of it."""

from datetime import date, datetime

from PySide6.QtCore import QModelIndex, Qt

from briefing_app.domain.record_kind import RecordKind
from briefing_app.services.dto import AttachmentRow, OfficialDocument
from briefing_app.ui.models.attachment_table_model import (
    ADDED,
    DOCUMENT,
    FILE,
    AttachmentTableModel,
)


def attachment(document: OfficialDocument) -> AttachmentRow:
    return AttachmentRow(
        id=4,
        kind=RecordKind.ACTION,
        record_id=2,
        file_name="Công văn 1234.pdf",
        media_type="application/pdf",
        size=1536,
        sha256="0" * 64,
        added_by="Nguyễn Thị Lan",
        added_at=datetime(2026, 3, 16, 2, 30),
        document=document,
    )


def test_columns_and_lines() -> None:
    model = AttachmentTableModel()
    letter = OfficialDocument("1234/UBND-NgV", date(2025, 12, 20), "UBND tỉnh Thanh Hóa")
    model.set_attachments([attachment(letter), attachment(OfficialDocument(issuer="JETRO"))])
    assert (model.rowCount(QModelIndex()), model.columnCount(QModelIndex())) == (2, 3)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["File", "Official document", "Added"]
    name, kind_size = model.index(0, FILE).data().split("\n")
    assert name == "Công văn 1234.pdf" and kind_size.startswith("PDF · 1")
    assert model.index(0, FILE).data(Qt.ItemDataRole.ToolTipRole).endswith("application/pdf")
    number, issuer = model.index(0, DOCUMENT).data().split("\n")
    assert number.startswith("1234/UBND-NgV, ") and "2025" in number
    assert issuer == "UBND tỉnh Thanh Hóa"
    assert model.index(1, DOCUMENT).data() == "JETRO"  # only what is known
    assert model.index(0, ADDED).data().startswith("Nguyễn Thị Lan\n")
    assert model.attachment_at(1).document.issuer == "JETRO"
    assert model.index(2, FILE).data() is None
