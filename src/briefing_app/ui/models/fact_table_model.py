"""Event facts as table rows, read page by page, sorted in SQL; two values for one label
stay side by side."""

from collections.abc import Callable

from PySide6.QtCore import QObject
from typing_extensions import override

from briefing_app.ui.models.paged_table_model import Column, Fetch, PagedTableModel, RunRead

OnError = Callable[[BaseException], None] | None


class FactTableModel(PagedTableModel):
    def __init__(
        self,
        *,
        fetch: Fetch,
        on_error: OnError = None,
        run: RunRead | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(
            fetch=fetch, default_sort="label", on_error=on_error, run=run, parent=parent
        )

    @override
    def make_columns(self) -> list[Column]:
        return [
            Column("label", self.tr("Label"), lambda r: r.label, tooltip=True),
            Column("value", self.tr("Value"), lambda r: r.value, tooltip=True),
            Column("event", self.tr("Event"), lambda r: r.event, tooltip=True),
            Column("sources", self.tr("Sources"), lambda r: str(r.sources), True),
        ]
