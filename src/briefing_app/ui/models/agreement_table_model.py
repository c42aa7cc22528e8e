"""Agreements between localities as table rows, read page by page, sorted in SQL."""

from typing_extensions import override

from briefing_app.domain.shown_text import joined
from briefing_app.ui import labels
from briefing_app.ui.models.paged_table_model import Column, PagedTableModel


class AgreementTableModel(PagedTableModel):
    DEFAULT_SORT = "title"

    @override
    def make_columns(self) -> list[Column]:
        return [
            Column("title", self.tr("Title"), lambda r: r.title, tooltip=True),
            Column("kind", self.tr("Kind"), lambda r: labels.label(r.kind)),
            Column("status", self.tr("Status"), lambda r: labels.label(r.status)),
            Column("signed", self.tr("Signed"), lambda r: labels.format_date(r.signed_on)),
            Column("parties", self.tr("Parties"), lambda r: joined(", ", r.parties)),
            Column("meeting", self.tr("Meeting"), lambda r: r.meeting_title or ""),
        ]
