"""Localities (provinces, cities, prefectures) as table rows, read page by page, sorted in SQL."""

from typing_extensions import override

from briefing_app.ui import labels
from briefing_app.ui.models.paged_table_model import Column, PagedTableModel


class LocalityTableModel(PagedTableModel):
    @override
    def make_columns(self) -> list[Column]:
        return [
            Column("name", self.tr("Name"), lambda r: r.name),
            Column("native", self.tr("Native name"), lambda r: r.name_native or ""),
            Column("country", self.tr("Country"), lambda r: labels.label(r.country)),
            Column("kind", self.tr("Kind"), lambda r: labels.label(r.kind)),
        ]
