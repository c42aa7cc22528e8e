"""Every write to follow-up actions the GUI makes, with undo and redo.

The work is done before a command is pushed (and, on undo/redo, before the stack moves), so
a refused undo leaves the stack where it was. Undoing an edit is another update_action with
check_status=False and the version this window last saw: if someone else saved the action in
between, the undo is refused like any stale save, and nothing is overwritten.
"""

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlalchemy.engine import Engine
from typing_extensions import override

from briefing_app.domain.enums import ActionStatus
from briefing_app.services.action_lifecycle import (
    DeletedAction,
    NewAction,
    create_action,
    delete_action,
    duplicate_action,
    restore_action,
)
from briefing_app.services.actions import ActionEdit, update_action
from briefing_app.services.dto import ActionDetail, ActionRow

TITLE_IN_TEXT = 40


def _short(title: str) -> str:
    return title if len(title) <= TITLE_IN_TEXT else title[: TITLE_IN_TEXT - 1] + "…"


def restoring_edit(
    before: ActionDetail, fields: Iterable[str], area_ids_before: tuple[int, ...]
) -> ActionEdit:
    """The edit that puts `fields` back to their values in `before`."""
    row = before.action
    values: dict[str, Any] = {
        "title": row.title,
        "description": before.description,
        "status": row.status,
        "priority": row.priority,
        "classification": row.classification,
        "due": (row.due_date, row.due_precision) if row.due_date and row.due_precision else None,
        "owner": before.owner_ref,
        "counterpart": before.counterpart_ref,
        "notes": before.notes,
        "area_ids": area_ids_before,
    }
    return ActionEdit(**{name: values[name] for name in fields})


class ActionCommand(QUndoCommand):
    """A done operation. perform_undo/perform_redo do the work and may raise; undo()/redo()
    only move the stack (the first redo() happens on push, after the work was done)."""

    def __init__(self, operations: "ActionOperations", text: str) -> None:
        super().__init__(text)
        self.ops = operations

    def perform_undo(self) -> int:
        raise NotImplementedError

    def perform_redo(self) -> int:
        raise NotImplementedError

    @override
    def undo(self) -> None:
        pass

    @override
    def redo(self) -> None:
        pass


class EditActionCommand(ActionCommand):
    def __init__(
        self,
        operations: "ActionOperations",
        text: str,
        *,
        action_id: int,
        undo_edit: ActionEdit,
        redo_edit: ActionEdit,
    ) -> None:
        super().__init__(operations, text)
        self.action_id = action_id
        self.undo_edit = undo_edit
        self.redo_edit = redo_edit

    @override
    def perform_undo(self) -> int:
        return self.ops.apply_edit(self.action_id, self.undo_edit, comment="undo")

    @override
    def perform_redo(self) -> int:
        return self.ops.apply_edit(self.action_id, self.redo_edit, comment="redo")


class CreateActionCommand(ActionCommand):
    """Undo deletes the created action (keeping a snapshot); redo restores it."""

    def __init__(self, operations: "ActionOperations", text: str, *, action_id: int) -> None:
        super().__init__(operations, text)
        self.action_id = action_id
        self.snapshot: DeletedAction | None = None

    @override
    def perform_undo(self) -> int:
        self.snapshot = self.ops.remove(self.action_id)
        return self.snapshot.id

    @override
    def perform_redo(self) -> int:
        assert self.snapshot is not None
        return self.ops.put_back(self.snapshot)


class DeleteActionCommand(ActionCommand):
    """Undo restores the deleted action from its snapshot; redo deletes it again."""

    def __init__(
        self, operations: "ActionOperations", text: str, *, snapshot: DeletedAction
    ) -> None:
        super().__init__(operations, text)
        self.snapshot = snapshot

    @override
    def perform_undo(self) -> int:
        return self.ops.put_back(self.snapshot)

    @override
    def perform_redo(self) -> int:
        self.snapshot = self.ops.remove(self.snapshot.id)
        return self.snapshot.id


class ActionOperations(QObject):
    """Writes follow-up actions through the services and keeps the undo stack.

    Signals tell views what changed: `changed(id)` after a save, create or restore;
    `removed(id)` after a delete. Errors (ValidationError, StaleVersionError …) propagate to
    the caller, which words them; nothing is pushed or moved when an operation fails.
    """

    changed = Signal(int)
    removed = Signal(int)

    def __init__(
        self,
        *,
        engine: Engine,
        undo_stack: QUndoStack,
        user: str,
        today: Callable[[], date],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self.stack = undo_stack
        self.user = user
        self.today = today
        self._versions: dict[int, int] = {}
        self._moved: dict[int, int] = {}

    # --- bookkeeping -------------------------------------------------------------------------

    def current_id(self, action_id: int) -> int:
        """An action restored under a new id (its old one was taken) is followed there."""
        while action_id in self._moved:
            action_id = self._moved[action_id]
        return action_id

    def known_version(self, action_id: int) -> int | None:
        return self._versions.get(self.current_id(action_id))

    def _note(self, detail: ActionDetail) -> None:
        self._versions[detail.action.id] = detail.action.version

    # --- what the editor and the lists call -------------------------------------------------

    def save(
        self, before: ActionDetail, edit: ActionEdit, *, area_ids_before: tuple[int, ...]
    ) -> ActionDetail:
        """Save an edit made from `before` (refused if the action moved on since)."""
        after = update_action(
            self.engine,
            before.action.id,
            edit,
            changed_by=self.user,
            expected_version=before.action.version,
            today=self.today(),
        )
        self._note(after)
        if after.action.version != before.action.version:
            fields = list(edit.changed())
            text = (
                QCoreApplication.translate("ActionOperations", "Change status of “{title}”")
                if fields == ["status"]
                else QCoreApplication.translate("ActionOperations", "Edit “{title}”")
            ).format(title=_short(after.action.title))
            self.stack.push(
                EditActionCommand(
                    self,
                    text,
                    action_id=after.action.id,
                    undo_edit=restoring_edit(before, fields, area_ids_before),
                    redo_edit=edit,
                )
            )
        self.changed.emit(after.action.id)
        return after

    def set_status(self, row: ActionRow, status: ActionStatus) -> ActionDetail:
        """The list's quick status change, based on the version the list shows."""
        after = update_action(
            self.engine,
            row.id,
            ActionEdit(status=status),
            changed_by=self.user,
            expected_version=row.version,
            today=self.today(),
        )
        self._note(after)
        if after.action.version != row.version:
            self.stack.push(
                EditActionCommand(
                    self,
                    QCoreApplication.translate(
                        "ActionOperations", "Change status of “{title}”"
                    ).format(title=_short(row.title)),
                    action_id=row.id,
                    undo_edit=ActionEdit(status=row.status),
                    redo_edit=ActionEdit(status=status),
                )
            )
        self.changed.emit(row.id)
        return after

    def create(self, new: NewAction) -> ActionDetail:
        detail = create_action(self.engine, new, changed_by=self.user, today=self.today())
        self._note(detail)
        self.stack.push(
            CreateActionCommand(
                self,
                QCoreApplication.translate("ActionOperations", "Create “{title}”").format(
                    title=_short(detail.action.title)
                ),
                action_id=detail.action.id,
            )
        )
        self.changed.emit(detail.action.id)
        return detail

    def duplicate(self, action_id: int, title: str) -> ActionDetail:
        detail = duplicate_action(
            self.engine, action_id, changed_by=self.user, title=title, today=self.today()
        )
        self._note(detail)
        self.stack.push(
            CreateActionCommand(
                self,
                QCoreApplication.translate("ActionOperations", "Duplicate “{title}”").format(
                    title=_short(detail.action.title)
                ),
                action_id=detail.action.id,
            )
        )
        self.changed.emit(detail.action.id)
        return detail

    def delete(self, action_id: int, *, expected_version: int) -> DeletedAction:
        snapshot = delete_action(self.engine, action_id, expected_version=expected_version)
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
        self.removed.emit(action_id)
        return snapshot

    def undo(self) -> int | None:
        """Undo the last operation; returns the action it touched. Raises (and leaves the
        stack alone) when the undo is refused."""
        if not self.stack.canUndo():
            return None
        command = self.stack.command(self.stack.index() - 1)
        assert isinstance(command, ActionCommand)
        touched = command.perform_undo()
        self.stack.undo()
        return touched

    def redo(self) -> int | None:
        if not self.stack.canRedo():
            return None
        command = self.stack.command(self.stack.index())
        assert isinstance(command, ActionCommand)
        touched = command.perform_redo()
        self.stack.redo()
        return touched

    # --- the work behind undo and redo -------------------------------------------------------

    def apply_edit(self, action_id: int, edit: ActionEdit, *, comment: str) -> int:
        current = self.current_id(action_id)
        after = update_action(
            self.engine,
            current,
            edit,
            changed_by=self.user,
            expected_version=self.known_version(current),
            comment=comment,
            check_status=False,
            today=self.today(),
        )
        self._note(after)
        self.changed.emit(current)
        return current

    def remove(self, action_id: int) -> DeletedAction:
        current = self.current_id(action_id)
        snapshot = delete_action(self.engine, current, expected_version=self.known_version(current))
        self._versions.pop(current, None)
        self.removed.emit(current)
        return snapshot

    def put_back(self, snapshot: DeletedAction) -> int:
        detail = restore_action(self.engine, snapshot, changed_by=self.user, today=self.today())
        if detail.action.id != snapshot.id:
            self._moved[snapshot.id] = detail.action.id
        self._note(detail)
        self.changed.emit(detail.action.id)
        return detail.action.id
