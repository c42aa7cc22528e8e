"""The undo-stack commands of follow-up action writes (ActionOperations keeps the stack).

A command holds what it needs to undo or redo one write (the values before and after an edit,
the snapshot of a deleted action) and builds that write through ActionOperations's
`edit_work`, `remove_work` and `put_back_work`. The write runs before the stack moves
(DoneCommand), so a refused undo leaves the stack where it was.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from typing_extensions import override

from briefing_app.services.action_lifecycle import DeletedAction
from briefing_app.ui.done_command import DoneCommand
from briefing_app.ui.operations import Engine

if TYPE_CHECKING:
    from briefing_app.ui.action_operations import ActionOperations


@dataclass(frozen=True)
class Done:
    """What one write did to one action: the id it has now, its version (None once deleted),
    the snapshot taken when it was deleted, and the id it had before a restore moved it."""

    action_id: int
    version: int | None = None
    snapshot: DeletedAction | None = None
    moved_from: int | None = None


class ActionCommand(DoneCommand):
    """A done operation. `work(undo)` builds, on the GUI thread, the write that undoes or
    redoes it (run on the task runner; it may raise); `finished(undo, done)` keeps what the
    write returned. undo()/redo() only move the stack (the first redo() happens on push,
    after the work was done)."""

    def __init__(self, operations: "ActionOperations", text: str) -> None:
        super().__init__(text)
        self.ops = operations

    def work(self, undo: bool) -> Callable[[Engine], Done]:
        raise NotImplementedError

    def finished(self, undo: bool, done: Done) -> None:
        """Keep what the work returned (a snapshot to restore from)."""


class EditActionCommand(ActionCommand):
    def __init__(
        self,
        operations: "ActionOperations",
        text: str,
        *,
        action_id: int,
        undo_values: Mapping[str, Any],
        redo_values: Mapping[str, Any],
    ) -> None:
        super().__init__(operations, text)
        self.action_id = action_id
        self.undo_values = dict(undo_values)
        self.redo_values = dict(redo_values)

    @override
    def work(self, undo: bool) -> Callable[[Engine], Done]:
        values = self.undo_values if undo else self.redo_values
        return self.ops.edit_work(self.action_id, values, comment="undo" if undo else "redo")


class CreateActionCommand(ActionCommand):
    """Undo deletes the created action (keeping a snapshot); redo restores it."""

    def __init__(self, operations: "ActionOperations", text: str, *, action_id: int) -> None:
        super().__init__(operations, text)
        self.action_id = action_id
        self.snapshot: DeletedAction | None = None

    @override
    def work(self, undo: bool) -> Callable[[Engine], Done]:
        if undo:
            return self.ops.remove_work(self.action_id)
        assert self.snapshot is not None
        return self.ops.put_back_work(self.snapshot)

    @override
    def finished(self, undo: bool, done: Done) -> None:
        if undo:
            self.snapshot = done.snapshot


class DeleteActionCommand(ActionCommand):
    """Undo restores the deleted action from its snapshot; redo deletes it again."""

    def __init__(
        self, operations: "ActionOperations", text: str, *, snapshot: DeletedAction
    ) -> None:
        super().__init__(operations, text)
        self.snapshot = snapshot

    @override
    def work(self, undo: bool) -> Callable[[Engine], Done]:
        if undo:
            return self.ops.put_back_work(self.snapshot)
        return self.ops.remove_work(self.snapshot.id)

    @override
    def finished(self, undo: bool, done: Done) -> None:
        if not undo and done.snapshot is not None:
            self.snapshot = done.snapshot
