"""Event facts as table rows, read page by page, sorted in SQL; two values for one label
stay side by side."""

from typing_extensions import override

from briefing_app.ui.models.paged_table_model import Column, PagedTableModel


class FactTableModel(PagedTableModel):
    DEFAULT_SORT = "label"

    @override
    def make_columns(self) -> list[Column]:
        return [
            Column("label", self.tr("Label"), lambda r: r.label, tooltip=True),
            Column("value", self.tr("Value"), lambda r: r.value, tooltip=True),
            Column("event", self.tr("Event"), lambda r: r.event, tooltip=True),
            Column("sources", self.tr("Sources"), lambda r: str(r.sources), True),
        ]
