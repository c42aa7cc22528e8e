"""The "My work" page: the open follow-up actions assigned to the user (their name in
Preferences), grouped Overdue, Due this week, Due this month, Waiting on the counterpart and
Later (services/my_work.py); an action opens in the action editor on double-click or Enter.
Read as an operation when shown, again after any change to an action."""

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from briefing_app.i18n import QT_TRANSLATE_NOOP
from briefing_app.services.my_work import MyWork, my_work
from briefing_app.ui.details.html_parts import esc
from briefing_app.ui.errors import user_message
from briefing_app.ui.operations import Operations
from briefing_app.ui.views.action_groups_view import ActionGroupsView

# The groups of My work, in order: (MyWork attribute, title).
GROUPS = (
    ("overdue", QT_TRANSLATE_NOOP("MyWorkPage", "Overdue")),
    ("this_week", QT_TRANSLATE_NOOP("MyWorkPage", "Due this week")),
    ("this_month", QT_TRANSLATE_NOOP("MyWorkPage", "Due this month")),
    ("waiting", QT_TRANSLATE_NOOP("MyWorkPage", "Waiting on the counterpart")),
    ("later", QT_TRANSLATE_NOOP("MyWorkPage", "Later")),
)


class MyWorkPage(QWidget):
    """`action_requested(id)` when an action is opened."""

    kind = "my_work"
    action_requested = Signal(int)

    def __init__(
        self,
        *,
        ops: Operations,
        user: str,
        today: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("myWork")
        self.setAccessibleName(self.tr("My work"))
        self._ops = ops
        self._user = user
        self._today = today
        self.work: MyWork | None = None
        self.loading = False
        column = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("myWorkHeading")
        self.heading.setWordWrap(True)
        column.addWidget(self.heading)
        self.groups = ActionGroupsView()
        self.groups.setObjectName("myWorkView")
        self.groups.setAccessibleName(self.tr("Follow-up actions assigned to me"))
        self.groups.action_requested.connect(self.action_requested)
        column.addWidget(self.groups, 1)
        self.empty_label = QLabel(
            self.tr(
                "Nothing open is assigned to you. An action is yours when its Assignee is your "
                "name as Preferences give it."
            )
        )
        self.empty_label.setObjectName("myWorkEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #555555;")
        self.empty_label.setVisible(False)
        column.addWidget(self.empty_label)
        self.heading.setText(
            "<h3>{}</h3>".format(esc(self.tr("My work — {name}").format(name=user)))
        )

    def set_search(self, text: str | None) -> None:
        """My work does not filter by the search text."""

    def save_state(self) -> None:
        """Nothing to keep."""

    def activate(self) -> None:
        if self.work is None and not self.loading:
            self.refresh()

    def refresh(self) -> None:
        user, today = self._user, self._today()
        self.loading = True
        self._ops.query(
            lambda engine: my_work(engine, user, today),
            success=self._arrived,
            failure=self._failed,
            owner=self,
        )

    def _failed(self, exc: BaseException) -> None:
        self.loading = False
        message = user_message(exc) or str(exc)
        self._ops.prompts.error(self, self.tr("Cannot read My work"), message)

    def _arrived(self, work: MyWork) -> None:
        self.loading = False
        self.work = work
        self.groups.show_groups(
            [
                (QCoreApplication.translate("MyWorkPage", title), getattr(work, name))
                for name, title in GROUPS
            ]
        )
        self.empty_label.setVisible(not self.groups.topLevelItemCount())
