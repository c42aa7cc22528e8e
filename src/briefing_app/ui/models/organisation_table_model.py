"""Organisations as table rows, read page by page, sorted in SQL."""

from typing_extensions import override

from briefing_app.ui import labels
from briefing_app.ui.models.paged_table_model import Column, PagedTableModel


class OrganisationTableModel(PagedTableModel):
    DEFAULT_SORT = "name"

    @override
    def make_columns(self) -> list[Column]:
        return [
            Column("name", self.tr("Name"), lambda r: r.name, tooltip=True),
            Column("native", self.tr("Native name"), lambda r: r.name_native or ""),
            Column("kind", self.tr("Kind"), lambda r: labels.label(r.kind)),
            Column("country", self.tr("Country"), lambda r: labels.label(r.country)),
            Column("locality", self.tr("Locality"), lambda r: r.locality or ""),
        ]
