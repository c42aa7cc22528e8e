"""The action editor's row of buttons: Delete…, Duplicate and Open meeting on the left (for an
action already stored), Cancel and Save on the right."""

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QWidget

from briefing_app.ui.widgets.form_widgets import push_button

Slot = Callable[[], object]


class ActionEditorButtons(QWidget):
    def __init__(
        self,
        *,
        delete: Slot,
        duplicate: Slot,
        open_meeting: Slot,
        cancel: Slot,
        save: Slot,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.delete_button = push_button(self.tr("Delete…"), "deleteButton", delete)
        self.delete_button.setToolTip(self.tr("Delete this action (can be undone)"))
        self.duplicate_button = push_button(self.tr("Duplicate"), "duplicateButton", duplicate)
        self.duplicate_button.setToolTip(self.tr("Create a copy of this action"))
        self.open_meeting_button = push_button(
            self.tr("Open meeting"), "openMeetingButton", open_meeting
        )
        self.open_meeting_button.setAccessibleName(self.tr("Open the meeting of this action"))
        self.cancel_button = push_button(self.tr("Cancel"), "cancelButton", cancel)
        self.cancel_button.setToolTip(self.tr("Throw away unsaved changes (Esc)"))
        self.save_button = push_button(self.tr("Save"), "saveButton", save)
        self.save_button.setToolTip(self.tr("Save changes (Ctrl+S)"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for button in (self.delete_button, self.duplicate_button, self.open_meeting_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)

    def show_new(self, new: bool) -> None:
        """A new action has nothing to delete, copy or open yet."""
        for button in (self.delete_button, self.duplicate_button, self.open_meeting_button):
            button.setEnabled(not new)
        self.open_meeting_button.setVisible(not new)

    def update_state(self, *, dirty: bool, new: bool, writing: bool) -> None:
        self.save_button.setEnabled(dirty and not writing)
        self.cancel_button.setEnabled(dirty or new)
