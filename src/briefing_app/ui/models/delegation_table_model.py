"""Delegations as table rows, read page by page, sorted in SQL."""

from typing_extensions import override

from briefing_app.ui import labels
from briefing_app.ui.models.paged_table_model import Column, PagedTableModel


class DelegationTableModel(PagedTableModel):
    DEFAULT_SORT = "side"

    @override
    def make_columns(self) -> list[Column]:
        return [
            Column("name", self.tr("Delegation"), lambda r: r.name, tooltip=True),
            Column("side", self.tr("Side"), lambda r: labels.label(r.side)),
            Column("locality", self.tr("Locality"), lambda r: r.locality or ""),
            Column("head", self.tr("Head"), lambda r: r.head or ""),
            Column("members", self.tr("Members"), lambda r: str(r.member_count), True),
        ]
