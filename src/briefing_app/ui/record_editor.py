"""Create or edit one record of any kind: a form (ui/forms/form_view.py over the kind's
FormModel), its field-level history, and the same guarantees as the action editor.

- Save (Ctrl+S) sends only the changed fields with the version the form started from; Revert
  throws the changes away (asks first); Close and Esc ask about unsaved changes (save, discard,
  cancel) through ui/prompts.py.
- A refused field is shown under its input (⚠ + reason); nothing is written.
- A save that loses an optimistic-lock race reads the stored version and opens the merge
  dialog (ui/forms/merge_dialog.py) driven by the form model's three-way merge. Saving and
  the merge are ui/record_saving.py.
- Comments (actions, meetings, agreements) and Attachments have their tabs beside the History
  (ui/conversation_tabs.py); they write at once, never through the form.
- Undo / Redo (Ctrl+Z / Ctrl+Shift+Z outside text fields, and the buttons) step through the
  saves made here: undoing a save is another versioned edit that puts the old values back,
  refused like any stale save when someone else saved in between.

Every read and write runs as an operation (ui/operations.py) off the GUI thread; the services
it calls are a collaborator (`services`, by default AppRecordServices over
services/record_kinds/editing.py and trash.py), so the editor never touches the database itself.

Opening one from the main window (keep a reference; it is a non-modal window):

    editor = RecordEditor(
        spec=SPECS[RecordKind.MEETING],   # services/record_kinds/registry.py
        operations=self.ops,              # the window's Operations
        prompts=self.prompts,
        user=self.user,
        record_id=meeting_id,             # None for a new record (defaults={"event_id": …})
        parent=self,
    )
    editor.saved.connect(…); editor.deleted.connect(…); editor.closed.connect(…)
    editor.show()

Views need not listen to `saved`: every write is announced on the change hub as (kind, id).
"""

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from briefing_app.services.record_kinds.form_model import FormModel
from briefing_app.services.record_kinds.spec import HistoryEntry, KindSpec, RecordData
from briefing_app.ui import labels
from briefing_app.ui.colleague_note import ColleagueNote
from briefing_app.ui.conversation_tabs import ConversationTabs
from briefing_app.ui.forms.editor_operations import EditorOperations, EditorPart
from briefing_app.ui.forms.form_choices import FormChoices
from briefing_app.ui.forms.form_view import FormView
from briefing_app.ui.forms.record_services import AppRecordServices, RecordServices
from briefing_app.ui.forms.versions import caption_of
from briefing_app.ui.operations import Operations
from briefing_app.ui.prompts import Prompts
from briefing_app.ui.record_deletion import RecordDeletion
from briefing_app.ui.record_editor_buttons import RecordEditorButtons
from briefing_app.ui.record_heading import RecordHeading
from briefing_app.ui.record_history_view import RecordHistoryView
from briefing_app.ui.record_saving import RecordSaving
from briefing_app.ui.save_steps import SaveSteps
from briefing_app.ui.write_access import editor_follows

_Part = TypeVar("_Part", bound=EditorPart)


class RecordEditor(QDialog):
    """`saved(record_id)` after each successful write, `deleted(record_id)` after the record
    went to the trash, `closed()` when the editor closed."""

    saved = Signal(int)
    closed = Signal()
    deleted = Signal(int)
    message = Signal(str)

    def __init__(
        self,
        *,
        spec: KindSpec,
        operations: Operations,
        prompts: Prompts,
        user: str,
        record_id: int | None = None,
        defaults: Mapping[str, Any] | None = None,
        services: RecordServices | None = None,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"recordEditor_{spec.kind.value}")
        self.spec = spec
        self._ops = operations
        self._prompts = prompts
        self._user = user
        self._services: RecordServices = services or AppRecordServices()
        self._today = today
        self.model = FormModel(spec, defaults=defaults, check=self._services.check_values)
        self._io = EditorOperations(
            operations, kind=spec.kind, owner=self, prompts=prompts, on_state=self._update_state
        )
        self._may_close = False
        self.choices = FormChoices(spec, self._services, self._io)
        self.display = self.choices.display
        self.steps = self._part(SaveSteps)
        self.undo_stack = self.steps.stack
        self.deletion = self._part(RecordDeletion)
        self._saving = RecordSaving(
            editor=self,
            services=self._services,
            user=user,
            io=self._io,
            prompts=prompts,
            update_state=self._update_state,
            load_history=self._load_history,
            close=self._close_now,
        )
        self._build()
        self.colleague_note = ColleagueNote(
            kind=spec.kind,
            model=self.model,
            heading=self.header,
            ops=operations,
            read_version=lambda engine, i: self._services.read_record(engine, spec.kind, i).version,
            parent=self,
        )
        self.choices.load(self.view)
        buttons = self.buttons
        editor_follows(
            operations.access(),
            self.view,
            buttons.save_button,
            buttons.delete_button,
            buttons.revert_button,
            buttons.undo_button,
            buttons.redo_button,
        )
        if record_id is not None:
            self.load(record_id)
        self._update_state()
        operations.hub.changed.connect(self._record_changed)

    def _part(self, part: type[_Part]) -> _Part:
        return part(
            spec=self.spec,
            services=self._services,
            user=self._user,
            io=self._io,
            prompts=self._prompts,
            window=self,
        )

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        column = QVBoxLayout(self)
        self.header = RecordHeading()
        self.heading, self.meta = self.header.heading, self.header.meta
        self.dirty_label = self.header.dirty_label
        column.addWidget(self.header)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("editorTabs")
        self.tabs.setDocumentMode(True)
        column.addWidget(self.tabs, 1)
        self.view = FormView(model=self.model, today=self._today())
        self.view.dirty_changed.connect(lambda _dirty: self._update_state())
        self.view.edited.connect(lambda _key: self._update_state())
        self.tabs.addTab(self.view, self.tr("Details"))
        self.history = RecordHistoryView(caption=self._field_caption)
        self.history_model = self.history.history_model
        self.tabs.addTab(self.history, self.tr("History"))
        self.conversation = ConversationTabs(
            self.tabs, kind=self.spec.kind, ops=self._ops, prompts=self._prompts, user=self._user
        )
        self.conversation.show_record(None)
        self.conversation.attachments.message.connect(self.message)

        self.buttons = RecordEditorButtons(
            undo=self.undo_save,
            redo=self.redo_save,
            delete=self.delete,
            revert=self.revert,
            close=self.request_close,
            save=self.save,
        )
        buttons = self.buttons  # and by the names the tests know them by:
        self.undo_button, self.redo_button = buttons.undo_button, buttons.redo_button
        self.delete_button, self.revert_button = buttons.delete_button, buttons.revert_button
        self.close_button, self.save_button = buttons.close_button, buttons.save_button
        column.addWidget(buttons)

        buttons.add_shortcuts(self)
        self.undo_stack.indexChanged.connect(lambda _index: self._update_state())
        self.resize(900, 680)

    # ------------------------------------------------------------------ state

    @property
    def busy(self) -> bool:
        """True while a read or write of this editor runs."""
        return self._io.busy

    @property
    def record_id(self) -> int | None:
        return self.model.record_id

    def is_dirty(self) -> bool:
        return self.model.is_dirty

    def what(self) -> str:
        """How to name the record in a question."""
        return self.model.title or self.tr("the new {kind}").format(kind=self._kind_label())

    def _kind_label(self) -> str:
        return labels_fields(self.spec.label).lower()

    def _update_state(self) -> None:
        if not shiboken6.isValid(self.undo_stack):
            return  # the editor is being destroyed
        dirty = self.model.is_dirty
        new = self.model.is_new
        self.header.set_dirty(dirty)
        self.colleague_note.update()
        self.buttons.update_state(
            dirty=dirty,
            new=new,
            writing=self._io.writing,
            can_undo=self.undo_stack.canUndo(),
            can_redo=self.undo_stack.canRedo(),
        )
        self.tabs.setTabEnabled(1, not new)
        record = self.model.record
        if new or record is None:
            self.header.show_new(self._kind_label())
        else:
            self.header.show_record(self.model.title, labels_fields(self.spec.label), record)
        self.setWindowTitle(("* " if dirty else "") + (self.model.title or self.heading.text()))

    # ------------------------------------------------------------------ showing records

    def load(self, record_id: int) -> None:
        """Show `record_id` as stored now (no guard: callers guard first)."""
        services, kind = self._services, self.spec.kind
        self._io.query(
            lambda engine: services.read_record(engine, kind, record_id), self.show_record
        )

    def show_record(self, record: RecordData, *, typed: Mapping[str, Any] | None = None) -> None:
        """Show `record`; with `typed` (the form's values when a save started), what the user
        typed while the save ran is kept on top, unsaved."""
        later = {}
        if typed is not None:
            later = {
                f.key: self.model.value(f.key)
                for f in self.spec.writable
                if self.model.value(f.key) != typed.get(f.key)
            }
        self.model.load(record)
        self.model.set_values(later)
        self.view.refresh()
        self.view.show_banner("")
        self._update_state()
        self._load_history()
        self.conversation.show_record(record.id)

    def _load_history(self) -> None:
        record_id = self.model.record_id
        if record_id is None:
            self.history_model.set_entries([])
            return
        services, kind = self._services, self.spec.kind
        self._io.query(
            lambda engine: services.record_history(engine, kind, record_id), self._show_history
        )

    def _show_history(self, entries: Sequence[HistoryEntry]) -> None:
        self.history_model.set_entries(entries)
        self.tabs.setTabText(1, self.tr("History ({count})").format(count=len(entries)))

    def _field_caption(self, key: str) -> str:
        """A history entry's field: the kind's label, else created/deleted/restored …"""
        if key in self.spec.keys:
            return caption_of(self.spec, key)
        return labels.field_label(key)

    def _record_changed(self, kind: str, record_id: int) -> None:
        """Someone (another view, an undo) wrote this record: show it if nothing is unsaved."""
        if kind != self.spec.kind.value or record_id not in (0, self.model.record_id):
            return
        if self.model.is_new or self.busy or self.model.is_dirty:
            return
        version = self.model.version
        services, kind_, current = self._services, self.spec.kind, self.model.record_id
        assert current is not None

        def arrived(record: RecordData) -> None:
            if not self.model.is_dirty and record.version != version:
                self.show_record(record)

        self._io.query(lambda engine: services.read_record(engine, kind_, current), arrived)

    # ------------------------------------------------------------------ saving

    def save(self) -> None:
        """Save the form (Ctrl+S): RecordSaving.save."""
        self._saving.save()

    # ------------------------------------------------------------------ undo / redo of saves

    def _step(self, undo: bool) -> None:
        if self._io.writing or not self.steps.can_step(undo):
            return
        if self.model.is_dirty and not self._confirm_discard():
            return
        self.model.revert()
        record_id, version = self.model.record_id, self.model.version
        assert record_id is not None and version is not None
        self.steps.step(
            undo,
            record_id=record_id,
            version=version,
            what=self.what,
            stepped=self._stepped,
            stale=lambda: self.load(record_id),
        )

    def _stepped(self, record: RecordData) -> None:
        self.show_record(record)
        self.saved.emit(record.id)

    def undo_save(self) -> None:
        self._step(undo=True)

    def redo_save(self) -> None:
        self._step(undo=False)

    # ------------------------------------------------------------------ deleting

    def delete(self) -> None:
        """Move the record to the trash (asks first), then close the editor."""
        record = self.model.record
        if record is None or self._io.writing:
            return

        def deleted() -> None:
            self.message.emit(self.tr("Moved “{what}” to the trash.").format(what=record.label))
            self.deleted.emit(record.id)
            self._close_now()

        self.deletion.delete(
            record,
            what=self.what(),
            dirty=lambda: self.model.is_dirty,
            deleted=deleted,
            reload=lambda: self.load(record.id),
        )

    # ------------------------------------------------------------------ reverting, closing

    def revert(self) -> None:
        """Throw unsaved changes away, after confirming."""
        if not self.model.is_dirty:
            return
        if self._confirm_discard():
            self.model.revert()
            self.view.refresh()
            self.view.show_banner("")
            self._update_state()

    def _confirm_discard(self) -> bool:
        return self._prompts.confirm(
            self,
            self.tr("Discard changes?"),
            self.tr("Throw away your unsaved changes to “{what}”?").format(what=self.what()),
            ok_text=self.tr("Discard changes"),
        )

    def maybe_leave(self) -> bool | None:
        """Ask about unsaved changes. True: nothing is left unsaved (discarded or clean);
        False: the user stays; None: a save was started (the editor closes when it works)."""
        if not self.model.is_dirty:
            return True
        choice = self._prompts.unsaved_changes(self, self.what())
        if choice == "discard":
            self.model.revert()
            self.view.refresh()
            self._update_state()
            return True
        if choice == "save":
            self._saving.save_then_close()
            return None
        return False

    def request_close(self) -> None:
        """Close (Esc, the Close button, the window's close box), guarding unsaved changes."""
        if self.maybe_leave():
            self._close_now()

    def _close_now(self) -> None:
        self._may_close = True
        self.done(QDialog.DialogCode.Rejected)
        self.closed.emit()

    @override
    def reject(self) -> None:
        if self._may_close:
            super().reject()
        else:
            self.request_close()

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_close:
            super().closeEvent(event)
            return
        event.ignore()
        self.request_close()


def labels_fields(text: str) -> str:
    """A text of the "Fields" context (kind and field labels) in the interface language."""
    return QCoreApplication.translate("Fields", text)
