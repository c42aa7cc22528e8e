"""Events (forums and their programme items) as table rows, read page by page, sorted in
SQL."""

from typing_extensions import override

from briefing_app.ui import labels
from briefing_app.ui.models.paged_table_model import Column, PagedTableModel


class EventTableModel(PagedTableModel):
    DEFAULT_SORT = "date"

    @override
    def make_columns(self) -> list[Column]:
        return [
            Column("date", self.tr("Date"), lambda r: labels.format_date(r.starts_on)),
            Column("name", self.tr("Name"), lambda r: r.name, tooltip=True),
            Column("kind", self.tr("Kind"), lambda r: labels.label(r.kind)),
            Column("parent", self.tr("Part of"), lambda r: r.parent or "", tooltip=True),
            Column("venue", self.tr("Venue"), lambda r: r.venue or "", tooltip=True),
        ]
