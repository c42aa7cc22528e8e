"""The reminders window: the user's follow-up actions that are overdue or due within their
horizon (Preferences), in two groups. Not modal: the user keeps working beside it; an action
opens in the main window on double-click or Enter, and My work opens the whole list (and closes
this window, which would otherwise stand in front of the same list)."""

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from briefing_app.services.dto import ActionRow
from briefing_app.ui.views.action_groups_view import ActionGroupsView


class RemindersDialog(QDialog):
    """`action_requested(id)` to open an action, `my_work_requested()` for the whole list."""

    action_requested = Signal(int)
    my_work_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("remindersDialog")
        self.setWindowTitle(self.tr("Reminders"))
        self.setModal(False)
        self.summary = QLabel()
        self.summary.setObjectName("remindersSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.groups = ActionGroupsView()
        self.groups.setObjectName("remindersView")
        self.groups.setAccessibleName(self.tr("Follow-up actions that need you"))
        self.groups.action_requested.connect(self.action_requested)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.my_work_button = buttons.addButton(
            self.tr("Open My work"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.my_work_button.setObjectName("openMyWork")
        self.my_work_button.clicked.connect(self.my_work_requested)
        self.my_work_button.clicked.connect(self.close)
        buttons.rejected.connect(self.close)
        column = QVBoxLayout(self)
        column.addWidget(self.summary)
        column.addWidget(self.groups, 1)
        column.addWidget(buttons)
        self.resize(640, 360)

    def show_due(self, rows: Sequence[ActionRow], within: int) -> None:
        """Show what is due: overdue first, then due within `within` days."""
        overdue = [r for r in rows if r.overdue]
        soon = [r for r in rows if not r.overdue]
        self.summary.setText(
            self.tr(
                "{overdue} overdue and {soon} due within {days} days are assigned to you."
            ).format(overdue=len(overdue), soon=len(soon), days=within)
        )
        self.groups.show_groups(
            [
                (self.tr("Overdue"), overdue),
                (self.tr("Due within {days} days").format(days=within), soon),
            ]
        )
