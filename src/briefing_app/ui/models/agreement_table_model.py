"""Agreements between localities as table rows, read page by page, sorted in SQL."""

from collections.abc import Callable

from PySide6.QtCore import QObject
from typing_extensions import override

from briefing_app.ui import labels
from briefing_app.ui.models.paged_table_model import Column, Fetch, PagedTableModel, RunRead

OnError = Callable[[BaseException], None] | None


class AgreementTableModel(PagedTableModel):
    def __init__(
        self,
        *,
        fetch: Fetch,
        on_error: OnError = None,
        run: RunRead | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(
            fetch=fetch, default_sort="title", on_error=on_error, run=run, parent=parent
        )

    @override
    def make_columns(self) -> list[Column]:
        return [
            Column("title", self.tr("Title"), lambda r: r.title, tooltip=True),
            Column("kind", self.tr("Kind"), lambda r: labels.label(r.kind)),
            Column("status", self.tr("Status"), lambda r: labels.label(r.status)),
            Column("signed", self.tr("Signed"), lambda r: labels.format_date(r.signed_on)),
            Column("parties", self.tr("Parties"), lambda r: ", ".join(r.parties)),
            Column("meeting", self.tr("Meeting"), lambda r: r.meeting_title or ""),
        ]
