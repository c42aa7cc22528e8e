"""People as table rows, read page by page, sorted in SQL."""

from typing_extensions import override

from briefing_app.ui import labels
from briefing_app.ui.models.paged_table_model import Column, PagedTableModel


class PersonTableModel(PagedTableModel):
    DEFAULT_SORT = "name"

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
