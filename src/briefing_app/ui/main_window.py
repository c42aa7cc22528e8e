"""The main window, the shell: navigation on the left and the page on show (ui/workspace.py),
menus and toolbar (ui/main_actions.py) with the search field (ui/search_controller.py), a
status bar naming the database, who the user is on a team server and the record counts, and the
reminders (ui/reminders.py). It opens and switches databases and closes cleanly; everything it
reads runs as an operation (ui/operations.py). What the user may do on the database (their
office role and clearance on a team server, store/team_access.py) is read before its pages are
built, and the interface follows it (ui/write_access.py); on a team server the user is their
login name, not the name typed at the first start."""

import logging
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import sqlalchemy as sa
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QSizePolicy, QSplitter, QWidget
from typing_extensions import override

from briefing_app.config import to_url
from briefing_app.domain.access import FULL_ACCESS, Access
from briefing_app.domain.record_kind import RecordKind
from briefing_app.services import listing, queries
from briefing_app.services.overview import keep_overview_current
from briefing_app.services.overview_figures import ForumOverview
from briefing_app.store.database import OpenedDatabase, open_as_member
from briefing_app.store.team_access import read_access
from briefing_app.ui import labels
from briefing_app.ui.action_editor import ActionEditor
from briefing_app.ui.briefing_dialog import BriefingDialog
from briefing_app.ui.briefing_launcher import BriefingLauncher
from briefing_app.ui.changes import ChangeHub
from briefing_app.ui.details.meeting_pane import MeetingPane
from briefing_app.ui.errors import user_message
from briefing_app.ui.import_export import ImportExport
from briefing_app.ui.live_updates import LiveUpdates
from briefing_app.ui.main_actions import MainActions
from briefing_app.ui.members_dialog import MembersCommand
from briefing_app.ui.operations import Engine, Operations
from briefing_app.ui.prompts import Prompts
from briefing_app.ui.record_commands import RecordCommands
from briefing_app.ui.record_pages import MY_WORK, OVERVIEW, SLUGS, page_key
from briefing_app.ui.reminders import Reminders
from briefing_app.ui.search_controller import SearchController
from briefing_app.ui.settings import AppSettings
from briefing_app.ui.start_window import place_window
from briefing_app.ui.tasks import TaskRunner
from briefing_app.ui.views.actions_page import ActionsPage
from briefing_app.ui.views.overview_page import OverviewPage
from briefing_app.ui.widgets.elided_label import ElidedLabel
from briefing_app.ui.widgets.menu_keys import clear_of_menu_bar
from briefing_app.ui.widgets.search_popup import SearchPopup
from briefing_app.ui.workspace import Workspace
from briefing_app.ui.write_access import describe_access

MESSAGE_MS = 8000
# How long closing waits for the overview's figures to be kept for the next start.
KEEP_OVERVIEW_MS = 3000

log = logging.getLogger(__name__)


def describe_database(opened: OpenedDatabase) -> str:
    if opened.path is not None:
        return str(opened.path)
    return sa.make_url(opened.url).render_as_string(hide_password=True)


class MainWindow(QMainWindow):
    def __init__(
        self,
        *,
        database: OpenedDatabase,
        prompts: Prompts,
        settings: AppSettings,
        user: str,
        today: Callable[[], date] = date.today,
        overview: ForumOverview | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`overview`: the figures the start showed already (services/overview_snapshot.py),
        shown by the overview page instead of reading them again."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.prompts = prompts
        self.settings = settings
        # the name the user gave (first start, Preferences); on a team server the login's
        self.named_user = user
        self.access = FULL_ACCESS  # until read for the database (_install_database)
        self.today = today
        self.database = database
        self._opening = False
        self.tasks = TaskRunner(on_unexpected=self.report_unexpected, parent=self)
        self.changes = ChangeHub(self)
        self.live = LiveUpdates(hub=self.changes, parent=self)
        self.ops = Operations(
            tasks=self.tasks,
            hub=self.changes,
            engine=lambda: self.database.engine,
            prompts=prompts,
            parent_widget=self,
            on_unexpected=self.report_unexpected,
            access=lambda: self.access,
        )
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(200)

        app_icon = QApplication.windowIcon()
        if not app_icon.isNull():
            self.setWindowIcon(app_icon)
        self.workspace = Workspace(
            ops=self.ops,
            prompts=prompts,
            settings=settings,
            user=user,
            today=today,
            undo_stack=self.undo_stack,
            parent=self,
        )
        self.workspace.message.connect(self.show_message)
        self.workspace.export_requested.connect(self.export_listed_actions)
        self.search = SearchController(
            ops=self.ops, workspace=self.workspace, today=today, parent=self
        )
        self.briefings = BriefingLauncher(
            ops=self.ops,
            workspace=self.workspace,
            prompts=prompts,
            settings=settings,
            today=today,
            parent=self,
        )
        self.workspace.briefing_requested.connect(self.briefings.print_briefing)
        self._build_frame()
        self.exchange = ImportExport(
            parent_widget=self,
            prompts=prompts,
            tasks=self.tasks,
            database=lambda: self.database,
            settings=settings,
            status=lambda text: self.statusBar().showMessage(text, 10000),
            changed=self.refresh,
            reopen=self.switch_database,
            user=lambda: self.user,
            today=today,
        )
        self.statusBar().addPermanentWidget(self.exchange.progress_widget)
        self.commands = MainActions(
            window=self, workspace=self.workspace, undo_stack=self.undo_stack
        )
        self.records = RecordCommands(window=self, workspace=self.workspace, commands=self.commands)
        self.members = MembersCommand(window=self)
        # The commands tests and scripts reach through the window.
        commands = self.commands
        self.new_database_action: QAction = commands.new_database_action
        self.open_database_action: QAction = commands.open_database_action
        self.undo_action: QAction = commands.undo_action
        self.redo_action: QAction = commands.redo_action
        self.save_action: QAction = commands.save_action
        self.import_action: QAction = commands.import_action
        self.export_action: QAction = commands.export_action
        self.backup_action: QAction = commands.backup_action
        self.restore_action: QAction = commands.restore_action
        self.preferences_action: QAction = commands.preferences_action
        self.about_action: QAction = commands.about_action
        self.changes.changed.connect(
            lambda _kind, _id: None if self.changes.in_batch else self.update_counts()
        )
        self.changes.colleagues_announced.connect(self.update_counts)
        # Tab reads the window as laid out: the toolbar's search field, the navigation, the page
        # (again each time the pages are built for a database).
        self.workspace.ready_changed.connect(self._order_tabs)
        self.workspace.ready_changed.connect(self._keys_clear_of_menus)
        self.reminders = Reminders(
            ops=self.ops,
            settings=settings,
            user=lambda: self.user,
            today=today,
            window=self,
            open_action=self._open_reminded,
            open_my_work=lambda: self.go(MY_WORK),
        )
        self.workspace.ready_changed.connect(self._remind)
        if database.path is not None:  # a file: its one user may do everything
            self._install_database(database, FULL_ACCESS, overview)
        else:  # a team server says what the login may do: pages are built once it is read
            self.ops.query(
                read_access,
                success=lambda access: self._install_database(database, access),
                failure=self._not_a_member,
            )
        self._restore_window()

    def _build_frame(self) -> None:
        navigation = self.workspace.navigation
        width = max(navigation.sizeHintForColumn(0) + 48, 170)
        navigation.setMinimumWidth(width)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(navigation)
        self.splitter.addWidget(self.workspace.stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([width, 1200])
        self.setCentralWidget(self.splitter)
        self.database_label = ElidedLabel()  # a long path or server gives way, "…"
        self.database_label.setObjectName("databaseLabel")
        policy = QSizePolicy.Policy
        self.database_label.setSizePolicy(policy.Preferred, policy.Preferred)  # room if any
        self.counts_label = QLabel()
        self.counts_label.setObjectName("countsLabel")
        self.access_label = QLabel()
        self.access_label.setObjectName("accessLabel")
        self.access_label.setContentsMargins(12, 0, 12, 0)
        self.access_label.setToolTip(
            self.tr("Who you are on the team server: your login, office role and clearance")
        )
        self.statusBar().addPermanentWidget(self.counts_label)
        self.statusBar().addPermanentWidget(self.access_label)
        self.statusBar().addPermanentWidget(self.database_label)

    # ================================================================== what tests and
    # collaborators reach through the window

    def _order_tabs(self, ready: bool) -> None:
        if ready:
            QWidget.setTabOrder(self.search_field, self.navigation)

    def _keys_clear_of_menus(self, ready: bool) -> None:
        """The pages' labels and buttons leave the menu bar's Alt+letters to its menus."""
        if ready:
            clear_of_menu_bar(self)

    def _remind(self, ready: bool) -> None:
        """On start and for every database opened: what is due, then every hour."""
        if ready:
            self.reminders.start()

    def _open_reminded(self, action_id: int) -> None:
        self.open_record("action", action_id)
        self.raise_()
        self.activateWindow()

    @property
    def user(self) -> str:
        """Who the history records as making the window's changes: on a team server the
        login (the server records it too), else the name the user gave."""
        return self.access.user or self.named_user

    @property
    def engine(self) -> Engine:
        return self.database.engine

    @property
    def navigation(self) -> QWidget:
        return self.workspace.navigation

    @property
    def stack(self) -> QWidget:
        return self.workspace.stack

    @property
    def pages(self) -> dict[str, QWidget]:
        return self.workspace.pages

    @property
    def editor(self) -> ActionEditor:
        return self.workspace.editor

    @property
    def actions_page(self) -> ActionsPage:
        return self.workspace.actions_page

    @property
    def overview(self) -> OverviewPage:
        return self.workspace.overview

    @property
    def meeting_pane(self) -> MeetingPane:
        pane = self.workspace.panes[RecordKind.MEETING]
        assert isinstance(pane, MeetingPane)
        return pane

    @property
    def search_field(self) -> QWidget:
        return self.search.field

    @property
    def search_popup(self) -> SearchPopup:
        return self.search.popup

    @property
    def briefing_dialog(self) -> BriefingDialog | None:
        return self.briefings.dialog

    def go(self, name: str) -> None:
        self.workspace.go(name)

    def current_kind(self) -> str | None:
        return self.workspace.current_kind()

    def current_page(self) -> QWidget | None:
        return self.workspace.current_page()

    def open_record(self, kind: str, record_id: int) -> None:
        self.workspace.open_record(kind, record_id)

    def show_actions_with_status(self, status: str) -> None:
        self.workspace.show_actions_with_status(status)

    def print_briefing(self, kind: str | None = None, record_id: int | None = None) -> None:
        self.briefings.print_briefing(kind, record_id)

    def undo(self) -> None:
        self.commands.undo()

    def redo(self) -> None:
        self.commands.redo()

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, MESSAGE_MS)

    # ================================================================== database

    def describe_database(self) -> str:
        return describe_database(self.database)

    def _install_database(
        self, database: OpenedDatabase, access: Access, overview: ForumOverview | None = None
    ) -> None:
        """Build every page for `database`, as far as `access` lets the user (also used when
        another database is opened); `overview`: its figures, read already."""
        self.database = database
        self.access = access
        self.workspace.user = self.user
        self.commands.follow_access(access)
        self.records.follow_access(access)
        self.members.follow_access(access)
        self.access_label.setText(describe_access(access))
        self.access_label.setVisible(bool(self.access_label.text()))
        self.live.follow(database.engine)  # colleagues' saves, on a server
        self.undo_stack.clear()  # its commands act on the previous database
        self.briefings.close_dialog()  # it reads the previous database
        self.workspace.install(overview)
        where = describe_database(database)
        self.database_label.setText(self.tr("Database: {where}").format(where=where))
        self.setWindowTitle(
            self.tr("{name}[*] — Briefing desk").format(
                name=database.path.name if database.path else where
            )
        )
        self.commands.dirty_changed(False)
        self.update_counts()

    def _restore_window(self) -> None:
        place_window(self, self.settings.geometry())  # where the start's first window was
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)
        last = self.settings.last_view()
        self.go(page_key(last or "") or OVERVIEW)

    def refresh(self) -> None:
        """F5: read the current page again; the editor too, unless it holds unsaved changes."""
        self.workspace.refresh_all()
        if self.workspace.ready:
            editor = self.editor
            if editor.action_id is not None and not editor.is_dirty():
                editor.reload_if_clean(editor.action_id)
            elif editor.is_dirty():
                self.show_message(
                    self.tr("Refreshed. The action being edited keeps your unsaved changes.")
                )
        self.update_counts()

    def update_counts(self) -> None:
        today = self.today()

        def count(engine: Engine) -> tuple[dict[str, int], int]:
            totals = listing.search_counts(engine, None, today=today)
            # every one (the overview's figure), not a page's count bounded at 10,000
            overdue = listing.count_actions(
                engine, queries.ActionFilter(overdue_only=True), today=today
            )
            return totals, overdue

        self.ops.query(count, success=self._show_counts, failure=lambda _exc: None, owner=self)

    def _show_counts(self, result: tuple[dict[str, int], int]) -> None:
        totals, overdue = result
        self.counts_label.setText(
            self.tr(
                "{delegations} delegations · {meetings} meetings · {actions} follow-up actions "
                "({overdue} overdue)"
            ).format(
                overdue=labels.format_number(overdue),
                **{kind: labels.format_number(number) for kind, number in totals.items()},
            )
        )

    def _start_directory(self) -> str:
        last = self.settings.last_directory()
        if last and Path(last).is_dir():
            return last
        return str(self.database.path.parent if self.database.path else Path.home())

    def _may_leave_editor(self, then: Callable[[], object]) -> bool:
        """True when the action editor holds nothing unsaved (or the user discarded it);
        when the user chose to save first, `then` runs once the save is stored."""
        return not self.workspace.ready or self.editor.maybe_leave(then=then)

    def open_database_file(self) -> None:
        if not self._may_leave_editor(self.open_database_file):
            return
        path = self.prompts.open_database_file(self, self._start_directory())
        if path:
            self.switch_database(to_url(path))

    def new_database(self) -> None:
        if not self._may_leave_editor(self.new_database):
            return
        path = self.prompts.new_database_file(self, self._start_directory())
        if not path:
            return
        if Path(path).exists():
            self.prompts.error(
                self,
                self.tr("File exists"),
                self.tr("{path} already exists. Use File ▸ Open database to open it.").format(
                    path=path
                ),
            )
            return
        self.switch_database(to_url(path))

    def switch_database(self, url: str) -> None:
        """Open `url` in the background (it may migrate and seed), then show it."""
        if self._opening or not self.records.may_leave():
            return
        self._opening = True
        for action in (self.commands.open_database_action, self.commands.new_database_action):
            action.setEnabled(False)
        self.statusBar().showMessage(self.tr("Opening the database…"))
        self.splitter.setEnabled(False)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self.tasks.submit(
            lambda _control: open_as_member(url),
            on_done=self._database_opened,
            on_error=self._database_failed,
        )

    def _opening_done(self) -> None:
        self._opening = False
        for action in (self.commands.open_database_action, self.commands.new_database_action):
            action.setEnabled(True)
        QApplication.restoreOverrideCursor()
        self.splitter.setEnabled(True)

    def _not_a_member(self, exc: BaseException) -> None:
        """The database opened at the start says the login may not use it: say why, close."""
        self.prompts.error(self, self.tr("Cannot open the database"), user_message(exc) or "")
        QTimer.singleShot(0, self.close)

    def _database_opened(self, result: tuple[OpenedDatabase, Access]) -> None:
        self._opening_done()
        old = self.database
        opened, access = result
        if opened.path is not None:
            self.settings.save_last_directory(str(opened.path.parent))
        self._install_database(opened, access)
        old.engine.dispose()
        self.show_message(self.tr("Opened {where}").format(where=describe_database(opened)))

    def _database_failed(self, exc: BaseException) -> None:
        self._opening_done()
        self.statusBar().clearMessage()
        message = user_message(exc)
        if message is None:
            self.report_unexpected(exc)
            return
        self.prompts.error(self, self.tr("Cannot open the database"), message)

    def export_listed_actions(self) -> None:
        """File ▸ Export actions… and the list's Export button: the actions the list shows."""
        if self.workspace.ready:
            self.exchange.export_actions(self.actions_page.current_query())

    # ================================================================== errors, closing

    def report_unexpected(self, exc: BaseException) -> None:
        """A bug: hand it to the excepthook (the app logs it and tells the user once)."""
        sys.excepthook(type(exc), exc, exc.__traceback__)

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_leave_editor(self.close):
            event.ignore()
            return
        if not self.records.may_leave():
            event.ignore()
            return
        self.settings.save_window(self.saveGeometry(), self.saveState())
        kind = self.current_kind()
        if kind:
            self.settings.save_last_view(SLUGS[kind])
        self.workspace.save_state()
        self.settings.sync()
        self.reminders.timer.stop()
        self.live.stop()
        self.tasks.cancel_all()
        self.tasks.wait()
        if self.database.path is not None:
            self._keep_overview_for_next_start()
        event.accept()

    def _keep_overview_for_next_start(self) -> None:
        """A file keeps the overview's figures for the next start to show at once; after a
        change they are read again here, the window hidden (a second at most on 200,000
        actions; the next start reads them if this takes longer)."""
        self.hide()
        engine, today = self.database.engine, self.today()
        self.tasks.submit(
            lambda _control: keep_overview_current(engine, today=today),
            on_done=lambda _result: None,
            on_error=lambda exc: log.warning("the overview was not kept: %s", exc),
        )
        self.tasks.wait(KEEP_OVERVIEW_MS)
