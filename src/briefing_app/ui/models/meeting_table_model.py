"""Meetings as table rows, read page by page, sorted in SQL."""

from typing_extensions import override

from briefing_app.domain.shown_text import joined
from briefing_app.ui import labels
from briefing_app.ui.models.paged_table_model import Column, PagedTableModel


class MeetingTableModel(PagedTableModel):
    DEFAULT_SORT = "date"

    @override
    def make_columns(self) -> list[Column]:
        return [
            Column("date", self.tr("Date"), lambda r: labels.format_date(r.starts_at)),
            Column("kind", self.tr("Kind"), lambda r: labels.label(r.kind)),
            Column("title", self.tr("Title"), lambda r: r.title, tooltip=True),
            Column("parties", self.tr("Parties"), lambda r: joined("; ", r.parties), tooltip=True),
            Column("actions", self.tr("Actions"), lambda r: str(r.action_count), True),
        ]
