"""Duplicate and Delete of the follow-up action an editor shows. Both run as undoable
operations (ActionOperations); Duplicate first guards unsaved changes and then opens the copy
with its title selected, Delete asks first and clears the editor once the action is gone. A
delete of an action someone else saved after it was opened is refused."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from briefing_app.services.dto import ActionDetail
from briefing_app.ui.action_operations import ActionOperations
from briefing_app.ui.action_reader import ActionReader
from briefing_app.ui.forms.record_services import is_stale
from briefing_app.ui.prompts import Prompts

if TYPE_CHECKING:
    from briefing_app.ui.action_editor import ActionEditor


class ActionCopyDelete(QObject):
    """Works on `editor` through its public interface; writes through `ops`."""

    def __init__(
        self,
        *,
        editor: "ActionEditor",
        ops: ActionOperations,
        prompts: Prompts,
        reader: ActionReader,
    ) -> None:
        super().__init__(editor)
        self._editor = editor
        self._ops = ops
        self._prompts = prompts
        self._reader = reader

    def _shown(self) -> ActionDetail | None:
        """The stored action shown, when no write runs."""
        editor = self._editor
        if editor.detail is None or editor.is_new or self._ops.writing:
            return None
        return editor.detail

    def duplicate(self) -> bool:
        """Start duplicating the action shown (after the unsaved-changes guard)."""
        editor = self._editor
        if self._shown() is None:
            return False
        if not editor.maybe_leave(then=editor.duplicate):
            return False
        detail = editor.detail
        assert detail is not None
        source = detail.action

        def copied(copy: ActionDetail) -> None:
            editor.message.emit(
                self.tr("Created a copy: “{title}”.").format(title=copy.action.title)
            )
            editor.saved.emit(copy.action.id)
            editor.load(copy.action.id, then=self._select_title)

        self._ops.duplicate(
            source.id,
            success=copied,
            failure=self._reader.failed(self.tr("Not duplicated")),
        )
        return True

    def _select_title(self) -> None:
        title = self._editor.title_edit
        title.setFocus()
        title.selectAll()  # type: ignore[attr-defined]

    def delete(self) -> bool:
        """Ask, then start deleting the action shown (undoable)."""
        editor = self._editor
        detail = self._shown()
        if detail is None:
            return False
        row = detail.action
        informative = self.tr(
            "Its history and source links go with it. Edit ▸ Undo (Ctrl+Z) brings it back."
        )
        if editor.is_dirty():
            informative += " " + self.tr("Your unsaved changes to it are lost.")
        if not self._prompts.confirm(
            editor,
            self.tr("Delete follow-up action"),
            self.tr("Delete “{title}”?").format(title=row.title),
            ok_text=self.tr("Delete"),
            informative=informative,
        ):
            return False

        def deleted(_snapshot: object) -> None:
            if editor.action_id == row.id:
                editor.clear()
            editor.message.emit(
                self.tr("Deleted “{title}”. Ctrl+Z brings it back.").format(title=row.title)
            )

        def failed(exc: BaseException) -> None:
            if not is_stale(exc):
                self._reader.failed(self.tr("Not deleted"))(exc)
                return
            self._prompts.error(
                editor,
                self.tr("Not deleted"),
                self.tr(
                    "Someone else saved “{title}” after you opened it, so it was not "
                    "deleted. Look at the latest version first."
                ).format(title=row.title),
            )
            if not editor.is_dirty():
                editor.reload_if_clean(row.id)

        self._ops.delete(row.id, expected_version=row.version, success=deleted, failure=failed)
        return True
