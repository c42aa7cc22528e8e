"""Reminders: on start (once the pages are built for a database) and every hour while the app
runs, the follow-up actions assigned to the user that are overdue or due within their horizon
(Preferences) are read as an operation; when there are any, the reminders window shows them
(not modal; opened again or brought up to date) and, where the desktop has a system tray, a
notification says how many. The interval is a constructor argument, so a test need not wait
an hour."""

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from briefing_app.services.dto import ActionRow
from briefing_app.services.my_work import due_actions
from briefing_app.ui.operations import Operations
from briefing_app.ui.reminders_dialog import RemindersDialog
from briefing_app.ui.settings import AppSettings

HOUR_MS = 60 * 60 * 1000


class Reminders(QObject):
    def __init__(
        self,
        *,
        ops: Operations,
        settings: AppSettings,
        user: Callable[[], str],
        today: Callable[[], date],
        window: QWidget,
        open_action: Callable[[int], None],
        open_my_work: Callable[[], None],
        interval_ms: int = HOUR_MS,
    ) -> None:
        super().__init__(window)
        self._ops = ops
        self._settings = settings
        self._user = user
        self._today = today
        self._window = window
        self._open_action = open_action
        self._open_my_work = open_my_work
        self.dialog: RemindersDialog | None = None
        self.tray: QSystemTrayIcon | None = None
        self.timer = QTimer(self)
        self.timer.setObjectName("remindersTimer")
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        """Look now, and again every interval."""
        self.check()
        self.timer.start()

    def check(self) -> None:
        """Read what is due for the user (off the GUI thread), then remind if anything is."""
        within, today, user = self._settings.remind_within(), self._today(), self._user()
        self._ops.query(
            lambda engine: due_actions(engine, within_days=within, today=today, assignee=user),
            success=lambda rows: self._remind(rows, within),
            failure=lambda _exc: None,  # a reminder that cannot be read waits for the next
            owner=self,
        )

    def _remind(self, rows: Sequence[ActionRow], within: int) -> None:
        if not rows:
            if self.dialog is not None and self.dialog.isVisible():
                self.dialog.show_due(rows, within)
            return
        if self.dialog is None:
            self.dialog = RemindersDialog(parent=self._window)
            self.dialog.action_requested.connect(self._open_action)
            self.dialog.my_work_requested.connect(self._open_my_work)
        self.dialog.show_due(rows, within)
        self.dialog.show()
        self.dialog.raise_()
        self._notify(rows, within)

    def _notify(self, rows: Sequence[ActionRow], within: int) -> None:
        """The desktop's notification, where there is a system tray to send it through."""
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if self.tray is None:
            self.tray = QSystemTrayIcon(self._window.windowIcon(), self)
            self.tray.setToolTip(self.tr("Briefing desk"))
            self.tray.messageClicked.connect(self._show_dialog)
            self.tray.show()
        overdue = sum(1 for r in rows if r.overdue)
        self.tray.showMessage(
            self.tr("Follow-up actions need you"),
            self.tr("{overdue} overdue, {soon} due within {days} days.").format(
                overdue=overdue, soon=len(rows) - overdue, days=within
            ),
            QSystemTrayIcon.MessageIcon.Information,
        )

    def _show_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.show()
            self.dialog.raise_()
            self.dialog.activateWindow()
