"""Sources (articles and references) as table rows, read page by page, sorted in SQL."""

from typing_extensions import override

from briefing_app.ui import labels
from briefing_app.ui.models.paged_table_model import Column, PagedTableModel


class SourceTableModel(PagedTableModel):
    DEFAULT_SORT = "published"

    @override
    def make_columns(self) -> list[Column]:
        return [
            Column("title", self.tr("Title"), lambda r: r.title, tooltip=True),
            Column("publisher", self.tr("Publisher"), lambda r: r.publisher),
            Column("published", self.tr("Published"), lambda r: labels.format_date(r.published_on)),
            Column("language", self.tr("Language"), lambda r: r.language),
            Column("kind", self.tr("Kind"), lambda r: labels.label(r.kind)),
            Column("citations", self.tr("Cited"), lambda r: str(r.citation_count), True),
        ]
