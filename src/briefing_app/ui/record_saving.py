"""Saving the record a record editor shows, and the merge of a stale save.

A save sends only the changed fields with the version the form started from (a new record:
every field), after the form's checks and the question about unusual years; each edit is pushed
on the editor's undo stack (ui/save_steps.py), and what was typed while it ran stays on top,
unsaved. A save that lost the race with someone else's reads the stored version and opens the
three-way merge dialog (ui/forms/merge_dialog.py). `save_then_close()` is the save the
unsaved-changes question starts: the editor closes once it is stored, and stays when it is not.

Works on the editor through its public interface, plus `update_state`, `load_history` and
`close`, which the editor hands over. Its texts keep the "RecordEditor" translation context: to
a user (and a translator) they are the editor's.
"""

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject

from briefing_app.domain.errors import NotFoundError, ValidationError
from briefing_app.services.record_kinds.form_model import Merge, Pick
from briefing_app.services.record_kinds.spec import RecordData
from briefing_app.ui.errors import user_message
from briefing_app.ui.forms.editor_operations import EditorOperations
from briefing_app.ui.forms.merge_dialog import MergeDialog, marks_after_merge
from briefing_app.ui.forms.record_services import RecordServices, is_stale
from briefing_app.ui.forms.unusual_years import confirm_years
from briefing_app.ui.prompts import Prompts

if TYPE_CHECKING:
    from briefing_app.ui.record_editor import RecordEditor


class RecordSaving(QObject):
    """Saves `editor`'s form with `services` as `user`, through the editor's operations `io`."""

    def __init__(
        self,
        *,
        editor: "RecordEditor",
        services: RecordServices,
        user: str,
        io: EditorOperations,
        prompts: Prompts,
        update_state: Callable[[], None],
        load_history: Callable[[], None],
        close: Callable[[], None],
    ) -> None:
        super().__init__(editor)
        self._editor = editor
        self._services = services
        self._user = user
        self._io = io
        self._prompts = prompts
        self._update_state = update_state
        self._load_history = load_history
        self._close = close
        self._close_after_save = False

    def save_then_close(self) -> None:
        """Save, and close the editor once the save is stored."""
        self._close_after_save = True
        self.save()

    def save(self) -> None:
        """Save the form (Ctrl+S). The result arrives later: `saved` on success, inline
        errors, the merge dialog or a message otherwise."""
        editor = self._editor
        if self._io.writing:
            return
        editor.view.commit_pending()
        if not editor.model.is_new and not editor.model.is_dirty:
            self._after_save()
            return
        if not editor.model.validate():
            self._refused()
            return
        if not confirm_years(self._prompts, editor, editor.view.inputs, editor.model.dirty_keys):
            self._close_after_save = False
            return
        services, kind, user = self._services, editor.spec.kind, self._user
        values = editor.model.changes()
        typed = editor.model.values
        if editor.model.is_new:
            self._io.write(
                lambda engine: services.create_record(engine, kind, values, changed_by=user),
                lambda record: self._created(record, typed),
                self._save_failed,
            )
            return
        before = editor.model.record
        record_id, version = editor.model.record_id, editor.model.version
        assert before is not None and record_id is not None and version is not None
        self._io.write(
            lambda engine: services.edit_record(
                engine, kind, record_id, values, changed_by=user, if_version=version
            ),
            lambda after: self._edited(before, after, typed),
            self._save_failed,
        )

    def _refused(self) -> None:
        editor = self._editor
        editor.tabs.setCurrentIndex(0)
        editor.view.show_errors()
        self._close_after_save = False
        count = len(editor.model.errors) + len(editor.model.general_errors)
        editor.message.emit(
            QCoreApplication.translate(
                "RecordEditor", "Not saved: {count} field(s) need attention."
            ).format(count=count)
        )

    def _created(self, record: RecordData, typed: Mapping[str, Any]) -> None:
        editor = self._editor
        editor.show_record(record, typed=typed)
        editor.message.emit(
            QCoreApplication.translate("RecordEditor", "Created “{title}”.").format(
                title=record.label
            )
        )
        editor.saved.emit(record.id)
        self._after_save()

    def _edited(self, before: RecordData, after: RecordData, typed: Mapping[str, Any]) -> None:
        editor = self._editor
        editor.steps.push(before, after)
        editor.show_record(after, typed=typed)
        editor.message.emit(
            QCoreApplication.translate("RecordEditor", "Saved “{title}”.").format(title=after.label)
        )
        editor.saved.emit(after.id)
        self._after_save()

    def _after_save(self) -> None:
        if self._close_after_save:
            self._close_after_save = False
            self._close()

    def _save_failed(self, exc: BaseException) -> None:
        editor = self._editor
        if isinstance(exc, ValidationError):
            editor.model.set_errors(exc.errors)
            self._refused()
            return
        self._close_after_save = False
        if is_stale(exc) and editor.model.record_id is not None:
            services, kind, record_id = self._services, editor.spec.kind, editor.model.record_id
            self._io.query(
                lambda engine: services.read_record(engine, kind, record_id), self._conflict
            )
            return
        if isinstance(exc, NotFoundError):
            on_file = self._io.access().user is None
            # On a team server a record raised above the clearance is gone as if deleted.
            self._prompts.error(
                editor,
                QCoreApplication.translate("RecordEditor", "The record no longer exists")
                if on_file
                else QCoreApplication.translate("RecordEditor", "The record is no longer there"),
                (
                    QCoreApplication.translate(
                        "RecordEditor",
                        "“{what}” was deleted by someone else. Your text is still in the form: "
                        "copy what you need.",
                    )
                    if on_file
                    else QCoreApplication.translate(
                        "RecordEditor",
                        "“{what}” is no longer there for you: someone deleted it, or classified "
                        "it above your clearance. Your text is still in the form: copy what you "
                        "need.",
                    )
                ).format(what=editor.what()),
            )
            return
        self._prompts.error(
            editor,
            QCoreApplication.translate("RecordEditor", "Not saved"),
            user_message(exc) or str(exc),
        )

    # ------------------------------------------------------------------ conflicts

    def _conflict(self, theirs: RecordData) -> None:
        """Show the three-way merge and do what the user chooses."""
        editor = self._editor
        merge = editor.model.merge_with(theirs)
        dialog = MergeDialog(what=editor.what(), merge=merge, display=editor.display, parent=editor)
        self._prompts.run_dialog(dialog)
        outcome = dialog.choice()
        if outcome == "cancel":
            editor.view.show_banner(
                QCoreApplication.translate(
                    "RecordEditor",
                    "Not saved: someone else saved this record meanwhile. Your text is kept; "
                    "save again to choose between your version and theirs.",
                )
            )
            return
        picks = dialog.picks()
        self._apply_merge(merge, picks)
        if outcome == "save":
            self.save()

    def _apply_merge(self, merge: Merge, picks: Mapping[str, Pick]) -> None:
        """Rebase the form on the stored version with the merge on top, each field marked."""
        editor = self._editor
        editor.model.apply_merge(merge, picks)
        editor.view.refresh()
        notices, banner = marks_after_merge(editor.model, merge, editor.display)
        editor.view.show_notices(notices)
        editor.view.show_banner(banner)
        self._update_state()
        self._load_history()
