"""The Comments tab of the action, meeting and agreement editors: the record's thread, newest
last, each comment with its author and local time, "(edited)" when corrected, struck through
when taken back; a box to write a new one (Ctrl+Enter posts).

A thread only grows (services/comments.py): posting never conflicts, so two people commenting
at once both keep theirs. Its author may correct a comment within EDIT_WINDOW (the box then
holds the comment's text until it is saved or cancelled) and strike it through at any time.
Every read and write is an operation; a write announces the record on the change hub, and the
panel reads the thread again whenever the hub names its record (also a colleague's post
arriving through the hub).
"""

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.record_kind import RecordKind
from briefing_app.services.comments import (
    EDIT_WINDOW,
    add_comment,
    edit_comment,
    editable_by,
    list_comments,
    strike_comment,
)
from briefing_app.services.dto import CommentRow
from briefing_app.ui import labels
from briefing_app.ui.details.html_parts import esc
from briefing_app.ui.errors import user_message
from briefing_app.ui.operations import Engine, Operations, Written
from briefing_app.ui.prompts import Prompts
from briefing_app.ui.write_access import gate_writes

MUTED = "color: #555555;"


def utc_now() -> datetime:
    """Now as the database stores moments (naive UTC)."""
    return datetime.now(UTC).replace(tzinfo=None)


class CommentCard(QFrame):
    """One comment: who and when, its text (struck through when taken back), and for its
    author the Edit and Strike through buttons."""

    def __init__(self, comment: CommentRow, *, editable: bool, own: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self.comment = comment
        self.setObjectName(f"comment_{comment.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 6, 8, 6)
        column.setSpacing(3)
        top = QHBoxLayout()
        when = labels.format_datetime_utc(comment.written_at)
        heading = f"<b>{esc(labels.author(comment.author))}</b> · {esc(when)}"
        if comment.edited_at is not None:
            edited = self.tr("(edited)")
            heading += f" · <i>{esc(edited)}</i>"
        self.heading = QLabel(heading)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        top.addWidget(self.heading, 1)
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.setObjectName("editComment")
        self.edit_button.setVisible(editable)
        self.strike_button = QPushButton(self.tr("Strike through"))
        self.strike_button.setObjectName("strikeComment")
        self.strike_button.setVisible(own and comment.struck_at is None)
        top.addWidget(self.edit_button)
        top.addWidget(self.strike_button)
        column.addLayout(top)
        struck = comment.struck_at is not None
        body = "<s>{}</s>" if struck else "{}"
        self.text = QLabel(body.format(esc(comment.text).replace("\n", "<br/>")))
        self.text.setObjectName("commentText")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName(comment.text)
        column.addWidget(self.text)
        if struck:
            note = QLabel(
                self.tr("Struck through by {who} on {when}").format(
                    who=comment.struck_by or comment.author,
                    when=labels.format_datetime_utc(comment.struck_at),
                )
            )
            note.setObjectName("struckNote")
            note.setStyleSheet(MUTED)
            column.addWidget(note)
            self.setStyleSheet(f"QFrame#{self.objectName()} {{ background: #f2f2f2; }}")


class CommentsPanel(QWidget):
    """`count_changed(n)` after a thread was read (the tab shows the count)."""

    count_changed = Signal(int)

    def __init__(
        self,
        *,
        ops: Operations,
        prompts: Prompts,
        user: str,
        now: Callable[[], datetime] = utc_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("commentsPanel")
        self._ops = ops
        self._prompts = prompts
        self._user = user
        self._now = now
        self._kind: RecordKind | None = None
        self._record_id: int | None = None
        self._editing: CommentRow | None = None
        self.comments: list[CommentRow] = []
        self.cards: list[CommentCard] = []
        # When the first Edit button shown expires, the thread is drawn again without it.
        self._expiry = QTimer(self)
        self._expiry.setSingleShot(True)
        self._expiry.timeout.connect(lambda: self._show(self.comments))
        self._build()
        ops.hub.changed.connect(self._record_changed)

    def _build(self) -> None:
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 4, 4, 4)
        self.thread_scroll = QScrollArea()
        self.thread_scroll.setObjectName("commentThread")
        self.thread_scroll.setWidgetResizable(True)
        self.thread_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.thread_holder = QWidget()
        holder = self.thread_holder
        self.thread_layout = QVBoxLayout(holder)
        self.thread_layout.setContentsMargins(0, 0, 0, 0)
        self.thread_layout.addStretch(1)
        self.thread_scroll.setWidget(holder)
        column.addWidget(self.thread_scroll, 1)
        self.empty_label = QLabel(self.tr("No comments yet."))
        self.empty_label.setStyleSheet(MUTED)
        column.addWidget(self.empty_label)

        self.editing_label = QLabel()
        self.editing_label.setObjectName("commentEditing")
        self.editing_label.setStyleSheet(MUTED)
        self.editing_label.setVisible(False)
        column.addWidget(self.editing_label)
        self.box = QPlainTextEdit()
        self.box.setObjectName("newComment")
        self.box.setAccessibleName(self.tr("New comment"))
        self.box.setPlaceholderText(self.tr("Write a comment… (Ctrl+Enter posts it)"))
        self.box.setTabChangesFocus(True)
        self.box.setFixedHeight(self.box.fontMetrics().lineSpacing() * 4 + 12)
        column.addWidget(self.box)
        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelCommentEdit")
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.stop_editing)
        self.post_button = QPushButton(self.tr("Post comment"))
        self.post_button.setObjectName("postComment")
        self.post_button.clicked.connect(self.post)
        row.addWidget(self.cancel_button)
        row.addWidget(self.post_button)
        column.addLayout(row)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self.box)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.post)
        gate_writes(self._ops.access(), self.box, self.post_button)

    # ------------------------------------------------------------------ reading

    def show_record(self, kind: RecordKind, record_id: int | None) -> None:
        """Show the thread of a record (None: a record not saved yet has none)."""
        if (kind, record_id) != (self._kind, self._record_id):
            self.stop_editing()
            self.box.clear()
        self._kind, self._record_id = kind, record_id
        self.setEnabled(record_id is not None)
        if record_id is None:
            self._show([])
            return
        self.reload()

    def reload(self) -> None:
        kind, record_id = self._kind, self._record_id
        if kind is None or record_id is None:
            return
        self._ops.query(
            lambda engine: list_comments(engine, kind, record_id),
            success=lambda rows: self._arrived(kind, record_id, rows),
            failure=lambda _exc: None,
            owner=self,
        )

    def _arrived(self, kind: RecordKind, record_id: int, rows: Sequence[CommentRow]) -> None:
        if (kind, record_id) == (self._kind, self._record_id):
            self._show(rows)

    def _record_changed(self, kind: str, record_id: int) -> None:
        mine = self._kind is not None and kind == self._kind.value
        if mine and record_id in (0, self._record_id):
            self.reload()

    def _show(self, rows: Sequence[CommentRow]) -> None:
        self.comments = list(rows)
        for card in self.cards:
            self.thread_layout.removeWidget(card)
            card.deleteLater()
        now = self._now()
        self.cards = []
        editable = [c for c in self.comments if editable_by(c, self._user, now)]
        for comment in self.comments:
            own = comment.author == self._user
            card = CommentCard(
                comment, editable=comment in editable, own=own, parent=self.thread_holder
            )
            card.edit_button.clicked.connect(partial(self.start_editing, comment))
            card.strike_button.clicked.connect(partial(self.strike, comment))
            gate_writes(self._ops.access(), card.edit_button, card.strike_button)
            self.thread_layout.insertWidget(self.thread_layout.count() - 1, card)
            self.cards.append(card)
        self.empty_label.setVisible(not self.comments)
        self.count_changed.emit(len(self.comments))
        if editable:
            left = min(c.written_at for c in editable) + EDIT_WINDOW - now
            self._expiry.start(int(left.total_seconds() * 1000) + 1000)
        bar = self.thread_scroll.verticalScrollBar()
        bar.rangeChanged.connect(self._to_bottom, Qt.ConnectionType.SingleShotConnection)

    def _to_bottom(self, _low: int, high: int) -> None:
        self.thread_scroll.verticalScrollBar().setValue(high)  # the newest comment is the last

    # ------------------------------------------------------------------ writing

    def _write(self, fn: Callable[[Engine], CommentRow], done: Callable[[], None]) -> None:
        kind, record_id = self._kind, self._record_id
        assert kind is not None and record_id is not None
        self.post_button.setEnabled(False)

        def write(engine: Engine) -> Written[CommentRow]:
            return Written(fn(engine), ((kind, record_id),))

        def finished(_row: CommentRow) -> None:
            self.post_button.setEnabled(True)
            done()

        def failed(exc: BaseException) -> None:
            self.post_button.setEnabled(True)
            self._prompts.error(self, self.tr("Comment not saved"), user_message(exc) or str(exc))

        self._ops.write(write, success=finished, failure=failed, owner=self)

    def post(self) -> None:
        """Post the box's text as a new comment (or the correction being edited)."""
        text = self.box.toPlainText().strip()
        if not text or self._record_id is None or not self.post_button.isEnabled():
            return
        kind, record_id, user = self._kind, self._record_id, self._user
        assert kind is not None
        editing = self._editing
        if editing is not None:
            self._write(
                lambda engine: edit_comment(engine, editing.id, text, user), self.stop_editing
            )
            return
        self._write(lambda engine: add_comment(engine, kind, record_id, text, user), self.box.clear)

    def start_editing(self, comment: CommentRow) -> None:
        """Put one's own comment in the box to correct it."""
        self._editing = comment
        self.box.setPlainText(comment.text)
        self.editing_label.setText(
            self.tr(
                "Correcting your comment of {when} (possible for {minutes} minutes after "
                "writing it)."
            ).format(
                when=labels.format_datetime_utc(comment.written_at),
                minutes=int(EDIT_WINDOW.total_seconds() // 60),
            )
        )
        self.editing_label.setVisible(True)
        self.cancel_button.setVisible(True)
        self.post_button.setText(self.tr("Save correction"))
        self.box.setFocus()

    def stop_editing(self) -> None:
        if self._editing is None:
            return
        self._editing = None
        self.box.clear()
        self.editing_label.setVisible(False)
        self.cancel_button.setVisible(False)
        self.post_button.setText(self.tr("Post comment"))

    def strike(self, comment: CommentRow) -> None:
        """Strike one's own comment through, after asking: it stays in the thread."""
        if not self._prompts.confirm(
            self,
            self.tr("Strike the comment through?"),
            self.tr("“{text}” stays in the thread, struck through.").format(
                text=comment.text[:120]
            ),
            ok_text=self.tr("Strike through"),
        ):
            return
        user = self._user
        self._write(lambda engine: strike_comment(engine, comment.id, user), lambda: None)
