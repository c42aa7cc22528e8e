"""The Comments and Attachments tabs an editor adds beside its History: the thread for the kinds
that have one (services/comments.COMMENTED_KINDS), the files for every kind; their titles count
what they hold, and they are disabled while the record is not saved yet."""

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTabWidget, QWidget

from briefing_app.domain.record_kind import RecordKind
from briefing_app.services.comments import COMMENTED_KINDS
from briefing_app.ui.attachments_panel import AttachmentsPanel
from briefing_app.ui.comments_panel import CommentsPanel
from briefing_app.ui.operations import Operations
from briefing_app.ui.prompts import Prompts


class ConversationTabs(QObject):
    def __init__(
        self,
        tabs: QTabWidget,
        *,
        kind: RecordKind,
        ops: Operations,
        prompts: Prompts,
        user: str,
    ) -> None:
        super().__init__(tabs)
        self._tabs = tabs
        self._kind = kind
        self.comments: CommentsPanel | None = None
        if kind in COMMENTED_KINDS:
            self.comments = CommentsPanel(ops=ops, prompts=prompts, user=user)
            self.comments.count_changed.connect(self._count_comments)
            tabs.addTab(self.comments, self.tr("Comments"))
        self.attachments = AttachmentsPanel(ops=ops, prompts=prompts, user=user)
        self.attachments.model.modelReset.connect(self._count_files)
        tabs.addTab(self.attachments, self.tr("Attachments"))

    def panels(self) -> list[QWidget]:
        return [p for p in (self.comments, self.attachments) if p is not None]

    def show_record(self, record_id: int | None) -> None:
        """Show the thread and files of a saved record; None for a new one (tabs disabled)."""
        if self.comments is not None:
            self.comments.show_record(self._kind, record_id)
        self.attachments.show_record(self._kind, record_id)
        for panel in self.panels():
            self._tabs.setTabEnabled(self._tabs.indexOf(panel), record_id is not None)

    def _title(self, panel: QWidget, plain: str, counted: str, count: int) -> None:
        self._tabs.setTabText(
            self._tabs.indexOf(panel), counted.format(count=count) if count else plain
        )

    def _count_comments(self, count: int) -> None:
        assert self.comments is not None
        self._title(self.comments, self.tr("Comments"), self.tr("Comments ({count})"), count)

    def _count_files(self) -> None:
        count = self.attachments.model.rowCount()
        self._title(
            self.attachments, self.tr("Attachments"), self.tr("Attachments ({count})"), count
        )
