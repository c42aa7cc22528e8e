"""View and edit one follow-up action, or create a new one, without ever losing an edit.

A thin shell over the record-editor framework (DESIGN §9): the fields, dirty state, inline
refusals and the three-way merge live in the action kind's FormModel, rendered by the shared
FormView. The shell adds what only actions have: the heading, the statuses the stored one may
move to, the History, Comments, Attachments and Sources tabs (ui/action_record_tabs.py),
Duplicate and Delete (ui/action_copy_delete.py), and saving (ui/action_saving.py): through
ActionOperations, so each write is a step of the window's undo stack, with the conflict dialog
of a stale save (keep mine, take theirs, merge by hand).

Save (Ctrl+S), Cancel (Esc, asks first); `maybe_leave()` guards closing, navigating away and
quitting. Every read is a QueryOp and every write a CollectionOp, off the GUI thread: `load`,
`save`, `duplicate` and `delete` return at once and the result arrives later (`busy` is True
meanwhile); what must follow a save or a load is handed over as `then`.
"""

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.errors import NotFoundError
from briefing_app.domain.record_kind import RecordKind
from briefing_app.services.catalogue import AreaRow, PartyChoice
from briefing_app.services.dto import ActionDetail
from briefing_app.services.record_kinds.editing import read_record
from briefing_app.services.record_kinds.form_model import FormModel
from briefing_app.services.record_kinds.registry import SPECS
from briefing_app.services.record_kinds.spec import RecordData, RecordRow
from briefing_app.ui.action_choices import ActionChoices
from briefing_app.ui.action_copy_delete import ActionCopyDelete
from briefing_app.ui.action_editor_buttons import ActionEditorButtons
from briefing_app.ui.action_form import offer_statuses
from briefing_app.ui.action_heading import ActionHeading
from briefing_app.ui.action_operations import ActionOperations, Saved
from briefing_app.ui.action_reader import ActionReader
from briefing_app.ui.action_record_tabs import ActionRecordTabs
from briefing_app.ui.action_saving import ActionSaving
from briefing_app.ui.colleague_note import ColleagueNote
from briefing_app.ui.forms.form_view import FormView
from briefing_app.ui.operations import Operations
from briefing_app.ui.prompts import Prompts
from briefing_app.ui.write_access import editor_follows

SPEC = SPECS[RecordKind.ACTION]


class ActionEditor(QWidget):
    saved = Signal(int)
    dirty_changed = Signal(bool)
    current_changed = Signal(int)  # the action shown; 0 for none or a new one
    record_requested = Signal(str, int)
    message = Signal(str)  # a short status-bar message

    def __init__(
        self,
        *,
        ops: Operations,
        operations: ActionOperations,
        prompts: Prompts,
        areas: Sequence[AreaRow],
        parties: Sequence[PartyChoice],
        meetings: Sequence[RecordRow],
        today: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("actionEditor")
        self.setAccessibleName(self.tr("Follow-up action editor"))
        self._ops = operations
        self._window_ops = ops
        self._prompts = prompts
        self._today = today
        self._detail: ActionDetail | None = None
        self._new = False
        self._dirty = False
        self._reader = ActionReader(ops=ops, prompts=prompts, today=today, window=self)
        self._copy_delete = ActionCopyDelete(
            editor=self, ops=operations, prompts=prompts, reader=self._reader
        )
        self._saving = ActionSaving(
            editor=self,
            ops=operations,
            prompts=prompts,
            reader=self._reader,
            show=self._show,
            update_dirty=self._update_dirty,
        )
        self.model = FormModel(SPEC)
        self.choices = ActionChoices(
            ops=ops,
            areas=areas,
            parties=parties,
            meetings=meetings,
            me=operations.user,
            parent=self,
        )
        self.display = self.choices.display
        self._build()
        self.colleague_note = ColleagueNote(
            kind=RecordKind.ACTION,
            model=self.model,
            heading=self.header,
            ops=ops,
            read_version=lambda engine, i: read_record(engine, RecordKind.ACTION, i).version,
            parent=self,
        )
        self.choices.offer(self.view)
        buttons = self.buttons
        editor_follows(
            ops.access(),
            self.view,
            buttons.delete_button,
            buttons.duplicate_button,
            buttons.cancel_button,
            buttons.save_button,
        )
        self.clear()

    # ------------------------------------------------------------------ building the widget

    def _build(self) -> None:
        self.stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.empty_label = QLabel(
            self.tr(
                "Select a follow-up action to see and edit it,\n"
                "or press Ctrl+N to create a new one."
            )
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #666666;")
        self.stack.addWidget(self.empty_label)
        page = QWidget()
        self.stack.addWidget(page)
        column = QVBoxLayout(page)
        column.setContentsMargins(6, 4, 6, 4)

        self.header = ActionHeading()
        self.heading, self.meta = self.header.heading, self.header.meta
        self.dirty_label = self.header.dirty_label
        column.addWidget(self.header)

        self.view = FormView(model=self.model, today=self._today(), named=("assignee",))
        self.view.dirty_changed.connect(lambda _dirty: self._update_dirty())
        self.view.edited.connect(lambda _key: self._update_dirty())
        self.tabs = ActionRecordTabs(
            details=self.view, prompts=self._prompts, ops=self._window_ops, user=self._ops.user
        )
        self.tabs.record_requested.connect(self.record_requested)
        self.tabs.attachments.message.connect(self.message)
        self.history_model = self.tabs.history_model
        column.addWidget(self.tabs, 1)
        self.banner = self.view.banner
        inputs = self.view.inputs
        # The inputs by the names the rest of the window and its tests know them by.
        self.title_edit = self.view.editor("title")
        self.description_edit = self.view.editor("description")
        self.assignee_box = self.view.editor("assignee")
        self.status_box = inputs["status"].box  # type: ignore[attr-defined]
        self.meeting_box = self.view.editor("meeting_id")
        self.due_edit = inputs["due"].due  # type: ignore[attr-defined]
        self.owner_picker = inputs["owner_ref"].picker  # type: ignore[attr-defined]
        self.counterpart_picker = inputs["counterpart_ref"].picker  # type: ignore[attr-defined]

        self.buttons = ActionEditorButtons(
            delete=self.delete,
            duplicate=self.duplicate,
            open_meeting=self._open_meeting,
            cancel=self.cancel,
            save=self.save,
        )
        self.delete_button, self.save_button = self.buttons.delete_button, self.buttons.save_button
        column.addWidget(self.buttons)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.cancel)

    # ------------------------------------------------------------------ state

    @property
    def action_id(self) -> int | None:
        return self._detail.action.id if self._detail is not None and not self._new else None

    @property
    def detail(self) -> ActionDetail | None:
        return self._detail

    @property
    def is_new(self) -> bool:
        return self._new

    def is_dirty(self) -> bool:
        return self._dirty

    @property
    def busy(self) -> bool:
        """True while a read or write of this editor runs."""
        return self._reader.reading or self._ops.writing

    def what(self) -> str:
        """How to name what is being edited in a question."""
        if self._new:
            return self.model.title or self.tr("the new follow-up action")
        return self._detail.action.title if self._detail else ""

    def _update_dirty(self) -> None:
        dirty = (self._new or self._detail is not None) and self.model.is_dirty
        self.header.set_dirty(dirty)
        self.colleague_note.update()
        self.buttons.update_state(dirty=dirty, new=self._new, writing=self._ops.writing)
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    # ------------------------------------------------------------------ reading

    def load(self, action_id: int, then: Callable[[], object] | None = None) -> None:
        """Show `action_id` as stored now, once read (no guard: callers guard first); `then`
        runs after it is shown."""

        def arrived(result: Saved) -> None:
            self._show(*result)
            if then is not None:
                then()

        self._reader.read(
            action_id, arrived, self._reader.failed(self.tr("Cannot open the action"))
        )

    def open_action(self, action_id: int, then: Callable[[], object] | None = None) -> bool:
        """Show another action, asking first about unsaved changes. False when the user
        stays (or chose to save first: the action opens once the save is stored); `then` runs
        once the action is shown."""
        if self.action_id == action_id and not self._new:
            if then is not None:
                then()
            return True
        if not self.maybe_leave(then=lambda: self.open_action(action_id, then)):
            return False
        self.load(action_id, then)
        return True

    def reload_if_clean(self, action_id: int) -> None:
        """After a change made elsewhere (undo, quick status change), show the stored state."""
        if self.action_id != action_id or self._dirty:
            return

        def arrived(result: Saved) -> None:
            if self.action_id == action_id and not self._dirty and not self._ops.writing:
                self._show(*result)

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, NotFoundError):
                self._reader.failed(self.tr("Cannot open the action"))(exc)
            elif self.action_id == action_id and not self._dirty:
                self.clear()

        self._reader.read(action_id, arrived, failed)

    # ------------------------------------------------------------------ showing

    def clear(self) -> None:
        """Show nothing (no guard: callers guard first)."""
        self._detail = None
        self._new = False
        self.model.load(None)
        self.view.refresh()
        self.stack.setCurrentWidget(self.empty_label)
        self._update_dirty()
        self.current_changed.emit(0)

    def _show(self, record: RecordData, detail: ActionDetail) -> None:
        # Another action starts at the top of the form; the same one (saved, reloaded) stays.
        another = self._detail is None or self._detail.action.id != detail.action.id
        self._detail = detail
        self._new = False
        self.model.load(record)
        self.view.refresh()
        self.view.show_banner("")
        offer_statuses(self.status_box, detail.action.status)
        self.view.inputs["meeting_id"].set_read_only(True)
        self.tabs.show_detail(detail)
        self._show_page()
        if another:
            self.view.form_scroll.verticalScrollBar().setValue(0)
        self.current_changed.emit(detail.action.id)

    def _show_page(self) -> None:
        new = self._new
        self.buttons.show_new(new)
        if new or self._detail is None:
            self.header.show_new()
        else:
            self.header.show_detail(self._detail)
        self.stack.setCurrentIndex(1)
        self._update_dirty()

    def start_new(self, meeting_id: int | None = None) -> bool:
        """Begin a new action (asking first about unsaved changes)."""
        if not self.maybe_leave(then=lambda: self.start_new(meeting_id)):
            return False
        meetings = self.choices.meetings
        if not meetings:
            self._prompts.error(
                self,
                self.tr("No meeting yet"),
                self.tr("A follow-up action belongs to a meeting, and this database has none."),
            )
            return False
        known = {m.id for m in meetings}
        self._detail = None
        self._new = True
        self.model = FormModel(
            SPEC, defaults={"meeting_id": meeting_id if meeting_id in known else meetings[0].id}
        )
        self.view.set_model(self.model)
        self.view.show_banner("")
        self.view.inputs["meeting_id"].set_read_only(False)
        offer_statuses(self.status_box, None)
        self.tabs.show_new()
        self._show_page()
        self.current_changed.emit(0)
        self.view.form_scroll.verticalScrollBar().setValue(0)
        self.title_edit.setFocus()
        return True

    # ------------------------------------------------------------------ saving

    def save(self, then: Callable[[], object] | None = None) -> bool:
        """Start saving the form (Ctrl+S): ActionSaving.save."""
        return self._saving.save(then)

    # ------------------------------------------------------------------ leaving, cancelling

    def maybe_leave(self, then: Callable[[], object] | None = None) -> bool:
        """True when the editor's content may be replaced now: nothing unsaved, or the user
        chose to discard. When the user chooses to save, the save starts and False is
        returned: `then` runs once it is stored (and not at all when it is refused)."""
        if not self._dirty:
            return True
        choice = self._prompts.unsaved_changes(self, self.what())
        if choice == "save":
            self.save(then=then)
            return False
        if choice == "discard":
            self.revert()
            return True
        return False

    def revert(self) -> None:
        """Throw away unsaved changes (no question asked: callers ask)."""
        if self._new:
            self.clear()
            return
        self.model.revert()
        self.view.refresh()
        self.view.show_banner("")
        self._update_dirty()

    def cancel(self) -> None:
        """Esc / Cancel: after confirming, drop unsaved changes."""
        if not self._dirty:
            if self._new:
                self.clear()
            else:
                self.model.clear_errors()
                self.view.refresh()
            return
        if self._prompts.confirm(
            self,
            self.tr("Discard changes?"),
            self.tr("Throw away your unsaved changes to “{what}”?").format(what=self.what()),
            ok_text=self.tr("Discard changes"),
        ):
            self.revert()

    # ------------------------------------------------------------------ duplicate, delete

    def duplicate(self) -> bool:
        """Start duplicating the action shown (after the unsaved-changes guard)."""
        return self._copy_delete.duplicate()

    def delete(self) -> bool:
        """Ask, then start deleting the action shown (undoable)."""
        return self._copy_delete.delete()

    def _open_meeting(self) -> None:
        if self._detail is not None:
            self.record_requested.emit("meeting", self._detail.action.meeting_id)
