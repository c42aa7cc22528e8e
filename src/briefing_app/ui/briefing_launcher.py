"""File ▸ Print briefing… and the panes' "Print briefing…" buttons: which briefing the window's
state asks for (the page on show, its selected record, the action list's filters), then the
briefing dialog on it."""

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from briefing_app.domain.record_kind import RecordKind
from briefing_app.ui import labels
from briefing_app.ui.briefing_dialog import BriefingDialog
from briefing_app.ui.briefing_scope_picker import (
    ACTIONS,
    DELEGATION,
    FORUM,
    LOCALITY,
    MEETING,
    BriefingScope,
)
from briefing_app.ui.operations import Operations
from briefing_app.ui.prompts import Prompts
from briefing_app.ui.record_pages import OVERVIEW
from briefing_app.ui.settings import AppSettings
from briefing_app.ui.workspace import Workspace

#: The page on show -> the briefing File ▸ Print briefing… writes.
KIND_VALUES = frozenset(k.value for k in RecordKind)
PAGE_BRIEFINGS = {
    RecordKind.MEETING.value: "meeting",
    RecordKind.DELEGATION.value: "delegation",
    RecordKind.LOCALITY.value: "locality",
    RecordKind.ACTION.value: "actions",
    OVERVIEW: "forum",
}


class BriefingLauncher(QObject):
    def __init__(
        self,
        *,
        ops: Operations,
        workspace: Workspace,
        prompts: Prompts,
        settings: AppSettings,
        today: Callable[[], date],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self._workspace = workspace
        self._prompts = prompts
        self._settings = settings
        self._today = today
        self._window = parent
        self.dialog: BriefingDialog | None = None

    def close_dialog(self) -> None:
        """Close the dialog (it reads the database the window no longer shows)."""
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    def print_briefing(self, kind: str | None = None, record_id: int | None = None) -> None:
        """Open the briefing export on `kind` and `record_id`, or on what the window shows."""
        previous = self.dialog
        if previous is not None and previous.running:
            previous.raise_()
            previous.activateWindow()
            return
        if not self._workspace.ready:
            return
        space = self._workspace
        if kind is None:  # from the menu: the shown page and its selected record
            kind = PAGE_BRIEFINGS.get(space.current_kind() or "", "meeting")
            pane = space.pane(RecordKind(kind)) if kind in KIND_VALUES else None
            record_id = pane.record_id if pane is not None else None
        meeting_pane = space.pane(RecordKind.MEETING)
        meeting_id = meeting_pane.record_id if meeting_pane is not None else None
        if kind == "meeting":
            scope = BriefingScope(kind=MEETING, meeting_id=record_id or meeting_id)
        elif kind == "delegation":
            scope = BriefingScope(kind=DELEGATION, delegation_id=record_id, meeting_id=meeting_id)
        elif kind == "locality":
            locality_ids = (record_id,) if record_id is not None else ()
            scope = BriefingScope(kind=LOCALITY, locality_ids=locality_ids, meeting_id=meeting_id)
        elif kind == "actions":
            scope = self._tracker_scope(meeting_id)
        else:
            scope = BriefingScope(kind=FORUM, meeting_id=meeting_id)
        self._open(scope)

    def _open(self, scope: BriefingScope) -> None:
        previous = self.dialog
        if previous is not None:
            if previous.running:
                return
            previous.close()
            previous.deleteLater()
        dialog = BriefingDialog(
            ops=self._ops,
            prompts=self._prompts,
            settings=self._settings,
            scope=scope,
            today=self._today,
            on_unexpected=self._ops.on_unexpected,
            parent=self._window,
        )
        self.dialog = dialog
        dialog.show()

    def _tracker_scope(self, meeting_id: int | None) -> BriefingScope:
        """The action list's filter, all of it: the tracker holds the actions the list shows."""
        filters = self._workspace.actions_page.filters
        query = filters.query(self._workspace.search_text() or None)
        parts = []
        if query.search:
            parts.append(self.tr("matching “{text}”").format(text=query.search))
        if query.statuses:
            parts.append(", ".join(labels.label(s) for s in query.statuses))
        if query.overdue_only:
            parts.append(self.tr("overdue"))
        if query.meeting_id is not None:
            parts.append(self.tr("of meeting {id}").format(id=query.meeting_id))
        if query.owner is not None:
            parts.append(self.tr("owned by {owner}").format(owner=query.owner.name))
        if query.area_id is not None:
            area = filters.area_name(query.area_id)
            parts.append(self.tr("cooperation area: {area}").format(area=area))
        start, end = (labels.format_date(d) for d in (query.due_from, query.due_to))
        if query.due_from is not None and query.due_to is not None:
            parts.append(self.tr("due from {start} to {end}").format(start=start, end=end))
        elif query.due_from is not None:
            parts.append(self.tr("due from {start}").format(start=start))
        elif query.due_to is not None:
            parts.append(self.tr("due until {end}").format(end=end))
        if query.classifications:
            levels = ", ".join(labels.label(c) for c in query.classifications)
            parts.append(self.tr("classification: {levels}").format(levels=levels))
        description = (
            self.tr("The actions the list shows: {filters}.").format(filters="; ".join(parts))
            if parts
            else self.tr("All follow-up actions.")
        )
        return BriefingScope(
            kind=ACTIONS,
            meeting_id=meeting_id,
            action_filter=query,
            filter_description=description,
        )
