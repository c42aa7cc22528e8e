"""Sources (articles and references) as table rows, read page by page, sorted in SQL."""

from collections.abc import Callable

from PySide6.QtCore import QObject
from typing_extensions import override

from briefing_app.ui import labels
from briefing_app.ui.models.paged_table_model import Column, Fetch, PagedTableModel, RunRead

OnError = Callable[[BaseException], None] | None


class SourceTableModel(PagedTableModel):
    def __init__(
        self,
        *,
        fetch: Fetch,
        on_error: OnError = None,
        run: RunRead | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(
            fetch=fetch, default_sort="published", on_error=on_error, run=run, parent=parent
        )

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
