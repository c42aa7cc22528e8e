"""People as table rows, read page by page, sorted in SQL."""

from collections.abc import Callable

from PySide6.QtCore import QObject
from typing_extensions import override

from briefing_app.ui import labels
from briefing_app.ui.models.paged_table_model import Column, Fetch, PagedTableModel, RunRead

OnError = Callable[[BaseException], None] | None


class PersonTableModel(PagedTableModel):
    def __init__(
        self,
        *,
        fetch: Fetch,
        on_error: OnError = None,
        run: RunRead | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(
            fetch=fetch, default_sort="name", on_error=on_error, run=run, parent=parent
        )

    @override
    def make_columns(self) -> list[Column]:
        return [
            Column("name", self.tr("Name"), lambda r: r.full_name),
            Column("native", self.tr("Native name"), lambda r: r.name_native or ""),
            Column("position", self.tr("Position"), lambda r: r.position or "", tooltip=True),
            Column(
                "organisation",
                self.tr("Organisation"),
                lambda r: r.organisation or "",
                tooltip=True,
            ),
            Column("country", self.tr("Country"), lambda r: labels.label(r.country)),
        ]
