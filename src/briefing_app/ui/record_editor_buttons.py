"""The record editor's row of buttons: Delete…, Undo save and Redo save on the left; Revert,
Close and Save on the right; and the keys of Save, Undo save and Redo save. None of the buttons
is pressed by Enter (no auto-default): Enter belongs to the form's inputs."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from briefing_app.ui.widgets.form_widgets import push_button

Slot = Callable[[], object]


def _button(text: str, name: str, slot: Slot) -> QPushButton:
    return push_button(text, name, slot, auto_default=False)


class RecordEditorButtons(QWidget):
    def __init__(
        self,
        *,
        undo: Slot,
        redo: Slot,
        delete: Slot,
        revert: Slot,
        close: Slot,
        save: Slot,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._keys = (
            ((QKeySequence(QKeySequence.StandardKey.Save),), save),
            ((QKeySequence(QKeySequence.StandardKey.Undo),), undo),
            ((QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)), redo),
        )
        self.undo_button = _button(self.tr("Undo save"), "undoButton", undo)
        self.redo_button = _button(self.tr("Redo save"), "redoButton", redo)
        self.delete_button = _button(self.tr("Delete…"), "deleteButton", delete)
        self.delete_button.setToolTip(self.tr("Move this record to the trash"))
        self.revert_button = _button(self.tr("Revert"), "revertButton", revert)
        self.close_button = _button(self.tr("Close"), "closeButton", close)
        self.save_button = _button(self.tr("Save"), "saveButton", save)
        self.undo_button.setToolTip(self.tr("Put the values before your last save back"))
        self.revert_button.setToolTip(self.tr("Throw away unsaved changes"))
        self.close_button.setToolTip(self.tr("Close the editor (Esc)"))
        self.save_button.setToolTip(self.tr("Save changes (Ctrl+S)"))
        self.save_button.setDefault(False)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for button in (self.delete_button, self.undo_button, self.redo_button):
            row.addWidget(button)
        row.addStretch(1)
        for button in (self.revert_button, self.close_button, self.save_button):
            row.addWidget(button)

    def add_shortcuts(self, window: QWidget) -> None:
        """Ctrl+S saves, Ctrl+Z and Ctrl+Shift+Z undo and redo saves anywhere in `window`; in a
        text field only once the field has nothing of its own to undo (as right after a save:
        FormView watches its fields with TextUndoKeys)."""
        for keys, slot in self._keys:
            action = QAction(window)
            action.setShortcuts(list(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            window.addAction(action)

    def update_state(
        self, *, dirty: bool, new: bool, writing: bool, can_undo: bool, can_redo: bool
    ) -> None:
        self.save_button.setEnabled((dirty or new) and not writing)
        self.revert_button.setEnabled(dirty)
        self.delete_button.setEnabled(not new and not writing)
        self.undo_button.setEnabled(can_undo and not writing)
        self.redo_button.setEnabled(can_redo and not writing)
