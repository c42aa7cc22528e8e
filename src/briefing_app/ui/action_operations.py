"""Every write to follow-up actions the GUI makes, with undo and redo, as operations.

Each write runs as a CollectionOp (ui/operations.py): the services are called on the task
runner, the result comes back on the GUI thread, and the action written is announced on the
change hub as (action, id). Nothing here touches the database on the GUI thread.

The work is done before a command (ui/action_commands.py) is pushed (and, on undo/redo, before
the stack moves), so a refused undo leaves the stack where it was. Saves and undo take the
action's fields in the JSON form of its FormModel and go through
services/record_kinds/editing.py (edit_record, which applies the action services' status rules
and history); undoing an edit is another edit with check_status=False and the version this
window last saw: if someone else saved the action in between, the undo is refused like any
stale save, and nothing is overwritten.

Callers pass `success` (on the GUI thread, with the result) and `failure` (with the error a
user can act on: ValidationError, StaleVersionError …, which the caller words).
"""

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from briefing_app.domain.enums import ActionStatus
from briefing_app.domain.errors import FieldError, ValidationError
from briefing_app.domain.record_kind import RecordKind
from briefing_app.services import queries
from briefing_app.services.action_lifecycle import (
    DeletedAction,
    delete_action,
    duplicate_action,
    next_occurrence,
    restore_action,
)
from briefing_app.services.dto import ActionDetail, ActionRow
from briefing_app.services.parties import resolve_party
from briefing_app.services.record_kinds.editing import create_record, edit_record
from briefing_app.services.record_kinds.form_model import restoring_changes
from briefing_app.services.record_kinds.registry import SPECS
from briefing_app.services.record_kinds.spec import RecordData
from briefing_app.ui import labels
from briefing_app.ui.action_commands import (
    ActionCommand,
    CreateActionCommand,
    DeleteActionCommand,
    Done,
    EditActionCommand,
)
from briefing_app.ui.action_form import PARTY_KEYS
from briefing_app.ui.operations import Engine, Failure, Operations, Written

TITLE_IN_TEXT = 40
SPEC = SPECS[RecordKind.ACTION]
# What a save or create hands back: the action as the form shows it, and its detail.
Saved = tuple[RecordData, ActionDetail]


def _short(title: str) -> str:
    return title if len(title) <= TITLE_IN_TEXT else title[: TITLE_IN_TEXT - 1] + "…"


def resolve_typed_parties(engine: Engine, values: Mapping[str, Any]) -> dict[str, Any]:
    """`values` (an action's fields in JSON form) with each owner or counterpart typed as a
    name (not picked from the list) turned into the party it names (services/parties.py);
    runs off the GUI thread. A name that matches none or several is refused as a
    ValidationError naming the field."""
    resolved = dict(values)
    errors: list[FieldError] = []
    for key in PARTY_KEYS:
        typed = resolved.get(key)
        if isinstance(typed, str):
            try:
                ref = resolve_party(engine, typed, field=key)
            except FieldError as exc:
                errors.append(exc)
                continue
            resolved[key] = {"kind": ref.kind, "id": ref.id}
    if errors:
        raise ValidationError(errors)
    return resolved


def _followed_by(
    engine: Engine, before: RecordData, after: RecordData, today: date
) -> ActionRow | None:
    """The next occurrence a save created: the action became done and it repeats."""
    became_done = (
        after.values.get("status") == ActionStatus.DONE.value
        and before.values.get("status") != ActionStatus.DONE.value
    )
    return next_occurrence(engine, after.id, today) if became_done else None


def _saved(detail: ActionDetail) -> Done:
    return Done(detail.action.id, detail.action.version)


def _restored(detail: ActionDetail, snapshot: DeletedAction) -> Done:
    moved = snapshot.id if detail.action.id != snapshot.id else None
    return Done(detail.action.id, detail.action.version, moved_from=moved)


class ActionOperations(QObject):
    """Writes follow-up actions through the services, as operations, and keeps the undo
    stack. `writing` is True while a write runs (commands wait for it); `message` says what a
    write did beyond the action itself (a recurring action's next occurrence)."""

    message = Signal(str)

    def __init__(
        self,
        *,
        ops: Operations,
        undo_stack: QUndoStack,
        user: str,
        today: Callable[[], date],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.stack = undo_stack
        self.user = user
        self.today = today
        self._versions: dict[int, int] = {}
        self._moved: dict[int, int] = {}
        self._writes = 0

    @property
    def writing(self) -> bool:
        return self._writes > 0

    def _announce(self, following: list[ActionRow | None]) -> None:
        """Says that marking a recurring action done created its next occurrence."""
        for row in following:
            if row is not None:
                self.message.emit(
                    QCoreApplication.translate(
                        "ActionOperations",
                        "Done. It repeats: the next occurrence (#{id}) is due {due}.",
                    ).format(id=row.id, due=labels.format_due(row.due_date, row.due_precision))
                )

    # --- bookkeeping (GUI thread) ------------------------------------------------------------

    def current_id(self, action_id: int) -> int:
        """An action restored under a new id (its old one was taken) is followed there."""
        while action_id in self._moved:
            action_id = self._moved[action_id]
        return action_id

    def known_version(self, action_id: int) -> int | None:
        return self._versions.get(self.current_id(action_id))

    def _note(self, done: Done) -> None:
        if done.moved_from is not None:
            self._moved[done.moved_from] = done.action_id
        if done.version is None:
            self._versions.pop(done.action_id, None)
        else:
            self._versions[done.action_id] = done.version

    def _run(
        self,
        work: Callable[[Engine], Any],
        changed: Callable[[Any], tuple[int, ...]],
        success: Callable[[Any], None],
        failure: Failure,
    ) -> None:
        """Run `work` as a CollectionOp announcing the actions `changed(result)` names."""
        self._writes += 1

        def write(engine: Engine) -> Written[Any]:
            result = work(engine)
            return Written(result, tuple((RecordKind.ACTION, i) for i in changed(result)))

        def done(result: Any) -> None:
            self._writes -= 1
            success(result)

        def failed(exc: BaseException) -> None:
            self._writes -= 1
            failure(exc)

        self.ops.write(write, success=done, failure=failed)

    # --- what the editor and the lists call -------------------------------------------------

    def save(
        self,
        before: RecordData,
        values: Mapping[str, Any],
        *,
        success: Callable[[Saved], None],
        failure: Failure,
    ) -> None:
        """Save `values` (changed fields in JSON form; an owner or counterpart may be a typed
        name) as an edit of `before`, refused if the action moved on since."""
        user, today = self.user, self.today()
        action_id, version = before.id, before.version

        following: list[ActionRow | None] = []

        def work(engine: Engine) -> Saved:
            after = edit_record(
                engine,
                RecordKind.ACTION,
                action_id,
                resolve_typed_parties(engine, values),
                changed_by=user,
                if_version=version,
            )
            following.append(_followed_by(engine, before, after, today))
            return after, queries.get_action(engine, action_id, today)

        def saved(result: Saved) -> None:
            after, _detail = result
            self._note(Done(after.id, after.version))
            undo = restoring_changes(SPEC, before, after)
            if after.version != version and undo:
                text = (
                    QCoreApplication.translate("ActionOperations", "Change status of “{title}”")
                    if list(undo) == ["status"]
                    else QCoreApplication.translate("ActionOperations", "Edit “{title}”")
                ).format(title=_short(after.label))
                self.stack.push(
                    EditActionCommand(
                        self,
                        text,
                        action_id=after.id,
                        undo_values=undo,
                        redo_values=restoring_changes(SPEC, after, before),
                    )
                )
            success(result)
            self._announce(following)  # after the editor's "Saved …", which would hide it

        self._run(work, lambda result: (result[0].id,), saved, failure)

    def set_status(
        self,
        row: ActionRow,
        status: ActionStatus,
        *,
        success: Callable[[RecordData], None],
        failure: Failure,
    ) -> None:
        """The list's quick status change, based on the version the list shows."""
        user, today = self.user, self.today()
        following: list[ActionRow | None] = []

        def work(engine: Engine) -> RecordData:
            after = edit_record(
                engine,
                RecordKind.ACTION,
                row.id,
                {"status": status.value},
                changed_by=user,
                if_version=row.version,
            )
            previous = ActionStatus(row.status)
            if status is ActionStatus.DONE and previous is not ActionStatus.DONE:
                following.append(next_occurrence(engine, row.id, today))
            return after

        def saved(after: RecordData) -> None:
            self._note(Done(after.id, after.version))
            self._announce(following)
            if after.version != row.version:
                self.stack.push(
                    EditActionCommand(
                        self,
                        QCoreApplication.translate(
                            "ActionOperations", "Change status of “{title}”"
                        ).format(title=_short(row.title)),
                        action_id=row.id,
                        undo_values={"status": row.status.value},
                        redo_values={"status": status.value},
                    )
                )
            success(after)

        self._run(work, lambda _after: (row.id,), saved, failure)

    def create(
        self,
        values: Mapping[str, Any],
        *,
        success: Callable[[Saved], None],
        failure: Failure,
    ) -> None:
        """Create an action from `values` (every field in JSON form; an owner or counterpart
        may be a typed name)."""
        user, today = self.user, self.today()

        def work(engine: Engine) -> Saved:
            record = create_record(
                engine, RecordKind.ACTION, resolve_typed_parties(engine, values), changed_by=user
            )
            return record, queries.get_action(engine, record.id, today)

        def created(result: Saved) -> None:
            self._push_created(
                QCoreApplication.translate("ActionOperations", "Create “{title}”"), result[1]
            )
            success(result)

        self._run(work, lambda result: (result[0].id,), created, failure)

    def duplicate(
        self,
        action_id: int,
        *,
        success: Callable[[ActionDetail], None],
        failure: Failure,
    ) -> None:
        """Duplicate the action, its title marked as a copy in each language."""
        user, today = self.user, self.today()

        def work(engine: Engine) -> ActionDetail:
            return duplicate_action(engine, action_id, changed_by=user, today=today)

        def created(detail: ActionDetail) -> None:
            self._push_created(
                QCoreApplication.translate("ActionOperations", "Duplicate “{title}”"), detail
            )
            success(detail)

        self._run(work, lambda d: (d.action.id,), created, failure)

    def _push_created(self, text: str, detail: ActionDetail) -> None:
        self._note(_saved(detail))
        self.stack.push(
            CreateActionCommand(
                self, text.format(title=_short(detail.action.title)), action_id=detail.action.id
            )
        )

    def delete(
        self,
        action_id: int,
        *,
        expected_version: int,
        success: Callable[[DeletedAction], None],
        failure: Failure,
    ) -> None:
        def work(engine: Engine) -> DeletedAction:
            return delete_action(engine, action_id, expected_version=expected_version)

        def deleted(snapshot: DeletedAction) -> None:
            self._versions.pop(action_id, None)
            self.stack.push(
                DeleteActionCommand(
                    self,
                    QCoreApplication.translate("ActionOperations", "Delete “{title}”").format(
                        title=_short(snapshot.title)
                    ),
                    snapshot=snapshot,
                )
            )
            success(snapshot)

        self._run(work, lambda _snapshot: (action_id,), deleted, failure)

    def undo(self, *, success: Callable[[int], None], failure: Failure) -> bool:
        """Undo the last operation in the background; `success(id of the action it touched)`
        after the stack moved. A refused undo calls `failure` and leaves the stack alone.
        False when there is nothing to undo (or a write still runs)."""
        return self._step(undo=True, success=success, failure=failure)

    def redo(self, *, success: Callable[[int], None], failure: Failure) -> bool:
        return self._step(undo=False, success=success, failure=failure)

    def _step(self, *, undo: bool, success: Callable[[int], None], failure: Failure) -> bool:
        stack = self.stack
        if self.writing or not (stack.canUndo() if undo else stack.canRedo()):
            return False
        index = stack.index() - 1 if undo else stack.index()
        command = stack.command(index)
        assert isinstance(command, ActionCommand)

        def stepped(done: Done) -> None:
            self._note(done)
            command.finished(undo, done)
            if stack.index() == (index + 1 if undo else index):  # nothing moved it meanwhile
                if undo:
                    stack.undo()
                else:
                    stack.redo()
            success(done.action_id)

        self._run(command.work(undo), lambda done: (done.action_id,), stepped, failure)
        return True

    # --- the work behind undo and redo (built on the GUI thread, run off it) -----------------

    def edit_work(
        self, action_id: int, values: Mapping[str, Any], *, comment: str
    ) -> Callable[[Engine], Done]:
        current = self.current_id(action_id)
        version = self.known_version(current)
        user = self.user

        def work(engine: Engine) -> Done:
            after = edit_record(
                engine,
                RecordKind.ACTION,
                current,
                values,
                changed_by=user,
                if_version=version,
                comment=comment,
                check_status=False,
            )
            return Done(after.id, after.version)

        return work

    def remove_work(self, action_id: int) -> Callable[[Engine], Done]:
        current = self.current_id(action_id)
        version = self.known_version(current)

        def work(engine: Engine) -> Done:
            snapshot = delete_action(engine, current, expected_version=version)
            return Done(current, None, snapshot=snapshot)

        return work

    def put_back_work(self, snapshot: DeletedAction) -> Callable[[Engine], Done]:
        user, today = self.user, self.today()

        def work(engine: Engine) -> Done:
            detail = restore_action(engine, snapshot, changed_by=user, today=today)
            return _restored(detail, snapshot)

        return work
