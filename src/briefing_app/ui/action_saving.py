"""Saving the follow-up action an editor shows, and the conflict of a stale save.

A save checks the form, asks about unusual years, and goes through ActionOperations (so it is a
step of the window's undo stack); what was typed while it ran stays on top, unsaved. A save that
lost the race with someone else's reads the stored version and offers the conflict dialog: keep
mine (rebased on theirs, saved at once), take theirs, or merge by hand (rebased, not saved).

Works on the editor through its public interface, plus `show` (show a stored action) and
`update_dirty`, which the editor hands over. Its texts keep the "ActionEditor" translation
context: to a user (and a translator) they are the editor's.
"""

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject

from briefing_app.domain.errors import FieldError, NotFoundError, ValidationError
from briefing_app.services.dto import ActionDetail
from briefing_app.services.record_kinds.form_model import Merge
from briefing_app.services.record_kinds.spec import RecordData
from briefing_app.ui.action_form import as_form_error, check_form, conflict_summary, merge_marks
from briefing_app.ui.action_operations import ActionOperations, Saved
from briefing_app.ui.action_reader import ActionReader
from briefing_app.ui.conflict_dialog import conflict_fields
from briefing_app.ui.errors import user_message
from briefing_app.ui.forms.record_services import is_stale
from briefing_app.ui.forms.unusual_years import confirm_years
from briefing_app.ui.prompts import Prompts

if TYPE_CHECKING:
    from briefing_app.ui.action_editor import ActionEditor


class ActionSaving(QObject):
    """Saves `editor`'s form through `ops`; reads the stored version through `reader`."""

    def __init__(
        self,
        *,
        editor: "ActionEditor",
        ops: ActionOperations,
        prompts: Prompts,
        reader: ActionReader,
        show: Callable[[RecordData, ActionDetail], None],
        update_dirty: Callable[[], None],
    ) -> None:
        super().__init__(editor)
        self._editor = editor
        self._ops = ops
        self._prompts = prompts
        self._reader = reader
        self._show = show
        self._update_dirty = update_dirty
        self._after_save: Callable[[], object] | None = None

    def _validate(self) -> bool:
        editor = self._editor
        editor.view.commit_pending()
        return check_form(editor.model, editor.due_edit)

    def _refused(self, errors: Sequence[FieldError] | None = None) -> None:
        editor = self._editor
        if errors is not None:
            editor.model.set_errors([as_form_error(e) for e in errors])
        editor.tabs.setCurrentIndex(0)
        editor.view.show_errors()
        count = len(editor.model.errors) + len(editor.model.general_errors)
        editor.message.emit(
            QCoreApplication.translate(
                "ActionEditor", "Not saved: {count} field(s) need attention."
            ).format(count=count)
        )

    def save(self, then: Callable[[], object] | None = None) -> bool:
        """Start saving the form (Ctrl+S). False when it was refused before anything was sent
        (the reasons are shown beside the fields) or a write still runs; True when a save
        started or nothing needed saving. The result arrives later: `saved` and `then()` once
        stored, else inline errors, the conflict dialog or a message."""
        editor = self._editor
        if self._ops.writing:
            return False
        if not editor.is_new and (editor.detail is None or not editor.is_dirty()):
            if then is not None:
                then()
            return True
        if not self._validate():
            self._refused()
            return False
        if not confirm_years(self._prompts, editor, editor.view.inputs, editor.model.dirty_keys):
            return False
        values, typed = editor.model.changes(), editor.model.values
        self._after_save = then
        if editor.is_new:
            self._ops.create(
                values,
                success=lambda result: self._stored(
                    result, typed, QCoreApplication.translate("ActionEditor", "Created “{title}”.")
                ),
                failure=self._save_failed,
            )
        else:
            before = editor.model.record
            assert before is not None
            self._ops.save(
                before,
                values,
                success=lambda result: self._stored(
                    result, typed, QCoreApplication.translate("ActionEditor", "Saved “{title}”.")
                ),
                failure=self._save_failed,
            )
        self._update_dirty()
        return True

    def _stored(self, result: Saved, typed: dict[str, Any], message: str) -> None:
        """A save is stored: show it, keeping on top (unsaved) what was typed meanwhile."""
        editor = self._editor
        later = {k: v for k, v in editor.model.values.items() if typed.get(k) != v}
        self._show(*result)
        if later:
            editor.model.set_values(later)
            editor.view.refresh()
            self._update_dirty()
        editor.message.emit(message.format(title=result[1].action.title))
        editor.saved.emit(result[0].id)
        then, self._after_save = self._after_save, None
        if then is not None:
            then()

    def _save_failed(self, exc: BaseException) -> None:
        editor = self._editor
        self._update_dirty()
        record = editor.model.record
        if is_stale(exc) and record is not None:
            self._reader.read(
                record.id,
                self._conflict,
                self._reader.failed(QCoreApplication.translate("ActionEditor", "Cannot reload")),
            )
            return
        self._after_save = None
        if isinstance(exc, ValidationError):
            self._refused(exc.errors)
        elif isinstance(exc, NotFoundError) and record is not None:
            on_file = self._ops.ops.access().user is None
            # On a team server a record raised above the clearance is gone as if deleted.
            self._prompts.error(
                editor,
                QCoreApplication.translate("ActionEditor", "The action no longer exists")
                if on_file
                else QCoreApplication.translate("ActionEditor", "The action is no longer there"),
                (
                    QCoreApplication.translate(
                        "ActionEditor",
                        "“{title}” was deleted by someone else. Your text is still in the form: "
                        "copy what you need, or use Duplicate on another action.",
                    )
                    if on_file
                    else QCoreApplication.translate(
                        "ActionEditor",
                        "“{title}” is no longer there for you: someone deleted it, or classified "
                        "it (or its meeting) above your clearance. Your text is still in the "
                        "form: copy what you need, or use Duplicate on another action.",
                    )
                ).format(title=record.label),
            )
        else:
            self._prompts.error(
                editor,
                QCoreApplication.translate("ActionEditor", "Not saved"),
                user_message(exc) or str(exc),
            )

    # ------------------------------------------------------------------ conflicts

    def _conflict(self, latest: Saved) -> None:
        """Show both versions (the stored one read just now) and do what the user chooses."""
        editor = self._editor
        theirs, detail = latest
        before = editor.detail
        if before is None or before.action.id != theirs.id:
            self._after_save = None
            return
        merge = editor.model.merge_with(theirs)
        summary, saved_by = conflict_summary(before, detail)
        rows = conflict_fields(merge, editor.display, saved_by)
        choice = self._prompts.save_conflict(editor, before.action.title, summary, rows)
        if choice == "mine":  # rebased on theirs with every change of mine, saved at once
            self._rebase(merge, detail)
            self.save(then=self._after_save)
            return
        then, self._after_save = self._after_save, None
        if choice == "theirs":
            self._show(theirs, detail)
            editor.message.emit(
                QCoreApplication.translate(
                    "ActionEditor", "Your changes were discarded; showing version {version}."
                ).format(version=theirs.version)
            )
            if then is not None:
                then()
        elif choice == "merge":
            self._rebase(merge, detail)
        else:
            editor.view.show_banner(
                QCoreApplication.translate(
                    "ActionEditor",
                    "Not saved: someone else saved this action meanwhile. Your text is kept; "
                    "save again to choose between your version and theirs.",
                )
            )

    def _rebase(self, merge: Merge, detail: ActionDetail) -> None:
        """Load the latest stored version and put the user's changed fields back on top, each
        marked; fields the other person changed too say what they have. Nothing is saved."""
        editor = self._editor
        self._show(merge.theirs, detail)
        editor.model.apply_merge(merge)
        editor.view.refresh()
        notices, banner = merge_marks(editor.model, merge, editor.display)
        editor.tabs.setCurrentIndex(0)
        editor.view.show_notices(notices)
        editor.view.show_banner(banner)
        self._update_dirty()
