"""Undo and redo of the saves made in one record editor.

Each save pushes a SaveCommand (the record's values before and after it). Undoing it is another
versioned edit that puts the values before back (redoing: the values after), run as an
operation; the stack moves only once that edit is stored (DoneCommand). When someone else saved
the record in between, the step is refused like any stale save and the editor shows the latest
version.
"""

from collections.abc import Callable
from functools import cached_property

from PySide6.QtGui import QUndoStack

from briefing_app.services.record_kinds.form_model import restoring_changes
from briefing_app.services.record_kinds.spec import RecordData
from briefing_app.ui.done_command import DoneCommand
from briefing_app.ui.errors import user_message
from briefing_app.ui.forms.editor_operations import EditorPart
from briefing_app.ui.forms.record_services import is_stale


class SaveCommand(DoneCommand):
    """A save made in the editor: the record's values before and after it."""

    def __init__(self, text: str, before: RecordData, after: RecordData) -> None:
        super().__init__(text)
        self.before = before
        self.after = after


class SaveSteps(EditorPart):
    """The editor's saves on an undo stack (`stack`); its writes go through `io`, and refusals
    are told in message boxes over `window`."""

    @cached_property
    def stack(self) -> QUndoStack:
        return QUndoStack(self)

    def push(self, before: RecordData, after: RecordData) -> None:
        """A save was stored: `before` and `after` are the record's values around it."""
        text = self.tr("Save “{title}”").format(title=after.label)
        self.stack.push(SaveCommand(text, before, after))

    def can_step(self, undo: bool) -> bool:
        return self.stack.canUndo() if undo else self.stack.canRedo()

    def step(
        self,
        undo: bool,
        *,
        record_id: int,
        version: int,
        what: Callable[[], str],
        stepped: Callable[[RecordData], None],
        stale: Callable[[], None],
    ) -> None:
        """Undo (or redo) the save next to the stack's place on the record as stored at
        `version`: `stepped(record)` once stored; `stale()` when someone else saved meanwhile
        (after telling the user, who knows the record as `what()`)."""
        stack = self.stack
        command = stack.command(stack.index() - 1 if undo else stack.index())
        assert isinstance(command, SaveCommand)
        if undo:
            values = restoring_changes(self._spec, command.before, command.after)
        else:
            values = restoring_changes(self._spec, command.after, command.before)
        services, kind, user = self._services, self._spec.kind, self._user

        def done(record: RecordData) -> None:
            if undo:
                stack.undo()
            else:
                stack.redo()
            stepped(record)

        def failed(exc: BaseException) -> None:
            if is_stale(exc):
                self._prompts.error(
                    self._window,
                    self.tr("Not undone") if undo else self.tr("Not redone"),
                    self.tr(
                        "Someone else saved “{what}” after your save, so it was left as they "
                        "saved it. The latest version is shown."
                    ).format(what=what()),
                )
                stale()
                return
            self._prompts.error(
                self._window,
                self.tr("Not undone") if undo else self.tr("Not redone"),
                user_message(exc) or str(exc),
            )

        self._io.write(
            lambda engine: services.edit_record(
                engine, kind, record_id, values, changed_by=user, if_version=version
            ),
            done,
            failed,
        )
