"""The action editor's tabs: Details (the form view it is given), History (every change of
the action: who, when, old → new; and its comments and files as they came; the History view of
every record editor, ui/record_history_view.py), Comments (its thread: ui/comments_panel.py),
Attachments (its files: ui/attachments_panel.py) and Sources (the sources cited for it, as
links).

History and Sources show an ActionDetail the editor read through an operation, the thread's
entries of the History are read beside it; the Comments and Attachments panels read and write
their own, through operations too.
"""

from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from briefing_app.domain.record_kind import RecordKind
from briefing_app.services.dto import ActionDetail, ChangeRow
from briefing_app.services.record_kinds.editing import (
    ATTACHMENT,
    COMMENT,
    COMMENT_STRUCK,
    record_history,
)
from briefing_app.services.record_kinds.registry import SPECS
from briefing_app.ui import labels
from briefing_app.ui.conversation_tabs import ConversationTabs
from briefing_app.ui.details.html_parts import esc, section, sources_html
from briefing_app.ui.details.record_browser import RecordBrowser
from briefing_app.ui.forms import versions
from briefing_app.ui.operations import Engine, Operations
from briefing_app.ui.prompts import Prompts
from briefing_app.ui.record_history_view import RecordHistoryView

DETAILS, HISTORY, COMMENTS, ATTACHMENTS, SOURCES = range(5)
# History entries of the thread and the files, beside the action's own changes
THREAD_FIELDS = (COMMENT, COMMENT_STRUCK, ATTACHMENT)


def history_caption(key: str) -> str:
    """A History entry's field: a version of a text by its language ("Title (Tiếng Việt)"),
    any other field as the action services name it."""
    spec = SPECS[RecordKind.ACTION]
    if key in spec.keys and versions.language_of(spec, spec.field(key)):
        return versions.caption_of(spec, key)
    return labels.field_label(key)


def thread_history(engine: Engine, action_id: int) -> list[ChangeRow]:
    """The comments and files of an action as History rows (ids below 0: not a change)."""
    entries = record_history(engine, RecordKind.ACTION, action_id)
    thread = [e for e in entries if e.field in THREAD_FIELDS]
    return [
        ChangeRow(-n, e.changed_at, e.changed_by, e.field, e.old_value, e.new_value, None)
        for n, e in enumerate(thread, start=1)
    ]


class ActionRecordTabs(QTabWidget):
    """`record_requested(kind, id)` when a link in the Sources tab is followed."""

    record_requested = Signal(str, int)

    def __init__(
        self,
        *,
        details: QWidget,
        prompts: Prompts,
        ops: Operations,
        user: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._ops = ops
        self._changes: list[ChangeRow] = []
        self._action_id: int | None = None
        self.setObjectName("editorTabs")
        self.setDocumentMode(True)
        self.addTab(details, self.tr("Details"))

        self.history_view = RecordHistoryView(
            caption=history_caption, accessible_name=self.tr("History of this action")
        )
        self.history_model = self.history_view.history_model
        self.addTab(self.history_view, self.tr("History"))

        self.conversation = ConversationTabs(
            self, kind=RecordKind.ACTION, ops=ops, prompts=prompts, user=user
        )
        self.comments, self.attachments = self.conversation.comments, self.conversation.attachments

        self.sources = RecordBrowser(prompts=prompts)
        self.sources.setObjectName("actionSources")
        self.sources.setAccessibleName(self.tr("Sources of this action"))
        self.sources.record_requested.connect(self.record_requested)
        self.addTab(self.sources, self.tr("Sources"))

    def show_detail(self, detail: ActionDetail) -> None:
        """Show a stored action's history (its thread's entries once read) and sources."""
        self._action_id = action_id = detail.action.id
        self._changes = list(detail.history)
        self._show_history(self._changes)
        self._ops.query(
            partial(thread_history, action_id=action_id),
            success=partial(self._thread_arrived, action_id),
            failure=lambda _exc: None,
            owner=self,
        )
        self.sources.show_html(
            section(self.tr("Sources"), sources_html(detail.sources))
            or "<p>{}</p>".format(esc(self.tr("No sources are linked to this action.")))
        )
        count = len({s.id for s in detail.sources})
        self.setTabText(SOURCES, self.tr("Sources ({count})").format(count=count))
        self.conversation.show_record(detail.action.id)
        self.setTabEnabled(HISTORY, True)
        self.setTabEnabled(SOURCES, True)

    def show_new(self) -> None:
        """A new action has no history, comments, files or sources yet."""
        self._action_id, self._changes = None, []
        self.history_model.set_entries([])
        self.conversation.show_record(None)
        self.setTabText(HISTORY, self.tr("History"))
        self.setTabText(SOURCES, self.tr("Sources"))
        self.setTabEnabled(HISTORY, False)
        self.setTabEnabled(SOURCES, False)
        self.setCurrentIndex(DETAILS)

    def _show_history(self, rows: list[ChangeRow]) -> None:
        self.history_model.set_entries(rows)
        self.setTabText(HISTORY, self.tr("History ({count})").format(count=len(rows)))

    def _thread_arrived(self, action_id: int, thread: list[ChangeRow]) -> None:
        if action_id == self._action_id:
            self._show_history([*self._changes, *thread])
