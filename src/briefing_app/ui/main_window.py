"""The main window: navigation on the left, the current page (overview, a list with its detail
pane, or the follow-up actions with their editor), menus, toolbar with the search field, and a
status bar naming the database and its record counts."""

import functools
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolBar,
    QWidget,
)
from typing_extensions import override

from briefing_app.config import to_url
from briefing_app.domain.enums import ActionStatus
from briefing_app.domain.errors import StaleVersionError
from briefing_app.services import briefing_data, catalogue, listing, queries
from briefing_app.services.parties import resolve_party
from briefing_app.services.search import search_all
from briefing_app.store.database import OpenedDatabase, open_database
from briefing_app.ui import about, labels
from briefing_app.ui.action_editor import ActionEditor
from briefing_app.ui.action_operations import ActionOperations
from briefing_app.ui.briefing_dialog import (
    ACTIONS,
    FORUM,
    LOCALITY,
    MEETING,
    BriefingDialog,
    BriefingScope,
)
from briefing_app.ui.details.agreement_pane import AgreementPane
from briefing_app.ui.details.delegation_pane import DelegationPane
from briefing_app.ui.details.locality_pane import LocalityPane
from briefing_app.ui.details.meeting_pane import MeetingPane
from briefing_app.ui.details.person_pane import PersonPane
from briefing_app.ui.details.source_pane import SourcePane
from briefing_app.ui.errors import EXPECTED_ERRORS, user_message
from briefing_app.ui.import_export import ImportExport
from briefing_app.ui.models.agreement_table_model import AgreementTableModel
from briefing_app.ui.models.delegation_table_model import DelegationTableModel
from briefing_app.ui.models.locality_table_model import LocalityTableModel
from briefing_app.ui.models.meeting_table_model import MeetingTableModel
from briefing_app.ui.models.person_table_model import PersonTableModel
from briefing_app.ui.models.source_table_model import SourceTableModel
from briefing_app.ui.preferences_dialog import PreferencesDialog
from briefing_app.ui.prompts import Prompts
from briefing_app.ui.settings import AppSettings
from briefing_app.ui.tasks import TaskRunner
from briefing_app.ui.views.action_filter_bar import ActionFilterBar
from briefing_app.ui.views.actions_page import ActionsPage
from briefing_app.ui.views.list_page import ListPage
from briefing_app.ui.views.overview_page import OverviewPage
from briefing_app.ui.widgets.search_popup import SearchPopup

#: Navigation entries, in order: page kind.
PAGES = (
    "overview",
    "delegations",
    "meetings",
    "actions",
    "agreements",
    "localities",
    "people",
    "sources",
)
#: A record kind (in links) -> the page that shows it.
RECORD_PAGES = {
    "delegation": "delegations",
    "meeting": "meetings",
    "action": "actions",
    "agreement": "agreements",
    "locality": "localities",
    "person": "people",
    "source": "sources",
}
SEARCH_DELAY_MS = 200
KindRole = Qt.ItemDataRole.UserRole + 30


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
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.prompts = prompts
        self.settings = settings
        self.user = user
        self.today = today
        self.database = database
        self.tasks = TaskRunner(on_unexpected=self.report_unexpected, parent=self)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(200)
        self.pages: dict[str, QWidget] = {}
        self._stale: set[str] = set()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self._counts_request = 0
        self.match_counts: dict[str, int] | None = None
        self._opening = False
        self.briefing_dialog: BriefingDialog | None = None

        app_icon = QApplication.windowIcon()
        if not app_icon.isNull():
            self.setWindowIcon(app_icon)
        self._build_frame()
        self._build_actions()
        self._install_database(database)
        self._restore_window()

    # ================================================================== frame

    def _build_frame(self) -> None:
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.navigation.setStyleSheet("QListWidget::item { padding: 5px 8px; }")
        titles = {
            "overview": self.tr("Forum overview"),
            "delegations": self.tr("Delegations"),
            "meetings": self.tr("Meetings"),
            "actions": self.tr("Follow-up actions"),
            "agreements": self.tr("Agreements"),
            "localities": self.tr("Localities"),
            "people": self.tr("People"),
            "sources": self.tr("Sources"),
        }
        self.page_titles = titles
        for number, kind in enumerate(PAGES, start=1):
            item = QListWidgetItem(titles[kind])
            item.setData(KindRole, kind)
            item.setToolTip(self.tr("{title} (Ctrl+{n})").format(title=titles[kind], n=number))
            self.navigation.addItem(item)
        width = max(self.navigation.sizeHintForColumn(0) + 48, 170)
        self.navigation.setMinimumWidth(width)
        self.navigation.currentRowChanged.connect(self._navigated)

        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([width, 1200])
        self.setCentralWidget(self.splitter)

        self.search_field = QLineEdit()
        self.search_field.setObjectName("searchField")
        self.search_field.setAccessibleName(self.tr("Search all records"))
        self.search_field.setPlaceholderText(
            self.tr("Search (Ctrl+K): names, titles, places — accents optional")
        )
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMinimumWidth(340)
        self.search_field.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_field.returnPressed.connect(self._search_entered)
        clear_search = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search_field)
        clear_search.setContext(Qt.ShortcutContext.WidgetShortcut)
        clear_search.activated.connect(self.search_field.clear)
        self.search_popup = SearchPopup(
            field=self.search_field, search=lambda text: search_all(self.engine, text)
        )
        self.search_popup.record_chosen.connect(self.open_record)

        self.database_label = QLabel()
        self.database_label.setObjectName("databaseLabel")
        self.counts_label = QLabel()
        self.counts_label.setObjectName("countsLabel")
        self.statusBar().addPermanentWidget(self.counts_label)
        self.statusBar().addPermanentWidget(self.database_label)

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        *,
        shortcuts: list[QKeySequence] | None = None,
        icon: QStyle.StandardPixmap | None = None,
        name: str = "",
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if name:
            action.setObjectName(name)
        if shortcuts:
            action.setShortcuts(shortcuts)
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    @staticmethod
    def _with(standard: QKeySequence.StandardKey, *extra: str) -> list[QKeySequence]:
        """The platform's keys for `standard` plus `extra`, each once."""
        keys = list(QKeySequence.keyBindings(standard))
        for text in extra:
            sequence = QKeySequence(text)
            if sequence not in keys:
                keys.append(sequence)
        return keys

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        key = QKeySequence
        self.new_database_action = self._action(
            self.tr("&New database…"),
            self.new_database,
            name="newDatabase",
            tip=self.tr("Create a new database file (with the shipped forum data)"),
        )
        self.open_database_action = self._action(
            self.tr("&Open database…"),
            self.open_database_file,
            shortcuts=[key(key.StandardKey.Open)],
            icon=sp.SP_DialogOpenButton,
            name="openDatabase",
            tip=self.tr("Open another database file"),
        )
        self.quit_action = self._action(
            self.tr("&Quit"),
            self.close,
            shortcuts=[key("Ctrl+Q")],
            name="quit",
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.undo_action = self._action(
            self.tr("&Undo"),
            self.undo,
            shortcuts=[key(key.StandardKey.Undo)],
            icon=sp.SP_ArrowBack,
            name="undo",
        )
        self.redo_action = self._action(
            self.tr("&Redo"),
            self.redo,
            shortcuts=self._with(key.StandardKey.Redo, "Ctrl+Shift+Z", "Ctrl+Y"),
            icon=sp.SP_ArrowForward,
            name="redo",
        )
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_stack.undoTextChanged.connect(self._undo_text)
        self.undo_stack.redoTextChanged.connect(self._redo_text)
        self._undo_text("")
        self._redo_text("")
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)

        self.new_action = self._action(
            self.tr("&New follow-up action"),
            self.new_follow_up,
            shortcuts=[key(key.StandardKey.New)],
            icon=sp.SP_FileIcon,
            name="newAction",
            tip=self.tr("Create a follow-up action (Ctrl+N)"),
        )
        self.save_action = self._action(
            self.tr("&Save"),
            self.save_editor,
            shortcuts=[key(key.StandardKey.Save)],
            icon=sp.SP_DialogSaveButton,
            name="save",
            tip=self.tr("Save the action being edited (Ctrl+S)"),
        )
        self.duplicate_action = self._action(
            self.tr("D&uplicate action"),
            self.duplicate_current,
            shortcuts=[key("Ctrl+D")],
            name="duplicateAction",
        )
        self.delete_action = self._action(
            self.tr("&Delete action…"),
            self.delete_current,
            icon=sp.SP_TrashIcon,
            name="deleteAction",
        )
        self.find_action = self._action(
            self.tr("&Find…"),
            self.focus_search,
            shortcuts=self._with(key.StandardKey.Find, "Ctrl+K"),
            name="find",
        )
        self.refresh_action = self._action(
            self.tr("&Refresh"),
            self.refresh,
            shortcuts=self._with(key.StandardKey.Refresh, "F5"),
            icon=sp.SP_BrowserReload,
            name="refresh",
            tip=self.tr("Read everything again from the database (F5)"),
        )
        self.print_briefing_action = self._action(
            self.tr("&Print briefing…"),
            self.print_briefing,
            shortcuts=self._with(key.StandardKey.Print, "Ctrl+P"),
            name="printBriefing",
            tip=self.tr("Write a PDF briefing on what is shown, preview and print it (Ctrl+P)"),
        )
        self.exchange = ImportExport(
            parent_widget=self,
            prompts=self.prompts,
            tasks=self.tasks,
            database=lambda: self.database,
            start_directory=self._start_directory,
            status=lambda text: self.statusBar().showMessage(text, 10000),
            changed=self.refresh,
            reopen=self.switch_database,
            user=self.user,
            today=self.today,
        )
        self.statusBar().addPermanentWidget(self.exchange.progress_widget)
        self.backup_action = self._action(
            self.tr("&Backup…"), self.exchange.backup, name="backupDatabase"
        )
        self.restore_action = self._action(
            self.tr("&Restore from backup…"), self.exchange.restore, name="restoreDatabase"
        )
        self.import_action = self._action(
            self.tr("&Import actions…"), self.exchange.import_actions, name="importActions"
        )
        self.export_action = self._action(
            self.tr("&Export actions…"),
            self.export_listed_actions,
            name="exportActions",
            tip=self.tr("Export the actions the action list shows (its search and filters)"),
        )
        self.preferences_action = self._action(
            self.tr("&Preferences…"),
            self.show_preferences,
            shortcuts=self._with(key.StandardKey.Preferences, "Ctrl+,"),
            name="preferences",
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.about_action = self._action(self.tr("&About Briefing desk"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_database_action)
        file_menu.addAction(self.open_database_action)
        file_menu.addSeparator()
        file_menu.addAction(self.print_briefing_action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menu.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.new_action)
        edit_menu.addAction(self.save_action)
        edit_menu.addAction(self.duplicate_action)
        edit_menu.addAction(self.delete_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)
        view_menu = menu.addMenu(self.tr("&View"))
        self.page_actions: dict[str, QAction] = {}
        for number, kind in enumerate(PAGES, start=1):
            page_action = self._action(
                self.page_titles[kind],
                functools.partial(self.go, kind),
                shortcuts=[key(f"Ctrl+{number}")],
                name=f"show_{kind}",
            )
            self.page_actions[kind] = page_action
            view_menu.addAction(page_action)
        view_menu.addSeparator()
        view_menu.addAction(self.refresh_action)
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(18, 18))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.save_action)
        toolbar.addSeparator()
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        toolbar.addAction(self.refresh_action)
        spacer = QWidget()
        spacer.setSizePolicy(
            spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred
        )
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.search_field)
        self.addToolBar(toolbar)
        self.toolbar = toolbar
        view_menu.addAction(toolbar.toggleViewAction())

    def _undo_text(self, text: str) -> None:
        self.undo_action.setText(
            self.tr("&Undo {what}").format(what=text) if text else self.tr("&Undo")
        )
        self.undo_action.setToolTip(
            self.tr("Undo {what} (Ctrl+Z)").format(what=text) if text else self.tr("Undo (Ctrl+Z)")
        )

    def _redo_text(self, text: str) -> None:
        self.redo_action.setText(
            self.tr("&Redo {what}").format(what=text) if text else self.tr("&Redo")
        )
        self.redo_action.setToolTip(
            self.tr("Redo {what} (Ctrl+Shift+Z)").format(what=text)
            if text
            else self.tr("Redo (Ctrl+Shift+Z)")
        )

    # ================================================================== database and pages

    @property
    def engine(self) -> sa.Engine:
        return self.database.engine

    def _install_database(self, database: OpenedDatabase) -> None:
        """Build every page for `database` (also used when another database is opened)."""
        self.database = database
        engine = database.engine
        self.undo_stack.clear()  # its commands act on the previous database
        if self.briefing_dialog is not None:  # it reads the previous database
            self.briefing_dialog.close()
            self.briefing_dialog.deleteLater()
            self.briefing_dialog = None
        previous = getattr(self, "operations", None)
        if previous is not None:
            previous.deleteLater()
        for page in list(self.pages.values()):
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages = {}
        self._stale = set()

        areas = catalogue.list_areas(engine)
        parties = catalogue.list_parties(engine)
        meetings = queries.list_meetings(engine)
        self.operations = ActionOperations(
            engine=engine, undo_stack=self.undo_stack, user=self.user, today=self.today, parent=self
        )
        self.operations.changed.connect(self._action_changed)
        self.operations.removed.connect(self._action_changed)
        self.editor = ActionEditor(
            engine=engine,
            operations=self.operations,
            prompts=self.prompts,
            areas=areas,
            parties=parties,
            meetings=meetings,
            today=self.today,
        )
        self.editor.dirty_changed.connect(self._dirty_changed)
        self.editor.record_requested.connect(self.open_record)
        self.editor.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        filters = ActionFilterBar(
            areas=areas,
            parties=parties,
            resolve_party=lambda text: resolve_party(engine, text),
        )
        actions = ActionsPage(
            engine=engine,
            operations=self.operations,
            editor=self.editor,
            filters=filters,
            prompts=self.prompts,
            settings=self.settings,
            today=self.today,
            on_error=self._read_failed,
        )
        self.actions_page = actions
        actions.briefing_requested.connect(lambda: self.print_briefing("actions"))
        actions.export_requested.connect(self.export_listed_actions)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), actions.view)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self._delete_current_row)

        overview = OverviewPage(engine=engine, prompts=self.prompts, today=self.today)
        overview.record_requested.connect(self.open_record)
        overview.list_requested.connect(self.go)
        overview.status_requested.connect(self.show_actions_with_status)
        self.overview = overview

        self.meeting_pane = MeetingPane(engine=engine, prompts=self.prompts)
        self.meeting_pane.action_requested.connect(self._open_meeting_action)
        self.meeting_pane.new_action_requested.connect(self.new_follow_up)
        self.delegation_pane = DelegationPane(engine=engine, prompts=self.prompts)
        self.locality_pane = LocalityPane(engine=engine, prompts=self.prompts)
        for pane in (self.meeting_pane, self.delegation_pane, self.locality_pane):
            pane.briefing_requested.connect(self.print_briefing)

        def list_page(
            kind: str,
            model_type: type,
            fetcher: Callable[..., listing.Page[Any]],
            detail: QWidget,
            view: str,
            widths: dict[str, int],
            stretch: str = "title",
        ) -> ListPage:
            def fetch_for(search: str | None) -> Callable[[listing.PageRequest], listing.Page[Any]]:
                return lambda request: fetcher(engine, search, request)

            model = model_type(fetch=fetch_for(None), on_error=self._read_failed)
            result = ListPage(
                kind=kind,
                title=self.page_titles[kind],
                model=model,
                fetch_for=fetch_for,
                detail=detail,  # type: ignore[arg-type]
                view_name=view,
                settings=self.settings,
                widths=widths,
                stretch=stretch,
            )
            result.record_requested.connect(self.open_record)
            return result

        pages: dict[str, QWidget] = {
            "overview": overview,
            "delegations": list_page(
                "delegations",
                DelegationTableModel,
                listing.page_delegations,
                self.delegation_pane,
                "delegationsView",
                {"side": 70, "locality": 110, "head": 130, "members": 70},
                "name",
            ),
            "meetings": list_page(
                "meetings",
                MeetingTableModel,
                listing.page_meetings,
                self.meeting_pane,
                "meetingsView",
                {"date": 88, "kind": 105, "parties": 150, "actions": 58},
            ),
            "actions": actions,
            "agreements": list_page(
                "agreements",
                AgreementTableModel,
                listing.page_agreements,
                AgreementPane(engine=engine, prompts=self.prompts),
                "agreementsView",
                {"kind": 140, "status": 120, "signed": 90, "meeting": 180},
            ),
            "localities": list_page(
                "localities",
                LocalityTableModel,
                listing.page_localities,
                self.locality_pane,
                "localitiesView",
                {"native": 140, "country": 90, "kind": 120},
                "name",
            ),
            "people": list_page(
                "people",
                PersonTableModel,
                listing.page_people,
                PersonPane(engine=engine, prompts=self.prompts),
                "peopleView",
                {"name": 160, "native": 100, "organisation": 200, "country": 80},
                "position",
            ),
            "sources": list_page(
                "sources",
                SourceTableModel,
                listing.page_sources,
                SourcePane(engine=engine, prompts=self.prompts),
                "sourcesView",
                {"publisher": 150, "published": 90, "language": 70, "kind": 80},
            ),
        }
        for kind in PAGES:
            self.pages[kind] = pages[kind]
            self.stack.addWidget(pages[kind])
        self.database_label.setText(
            self.tr("Database: {where}").format(where=describe_database(database))
        )
        self.database_label.setToolTip(describe_database(database))
        self.setWindowTitle(
            self.tr("Briefing desk — {name}[*]").format(
                name=database.path.name if database.path else describe_database(database)
            )
        )
        self._dirty_changed(False)
        self.update_counts()
        current = self.current_kind()
        if current:
            self._show_page(current)

    def _restore_window(self) -> None:
        geometry = self.settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            width, height = 1400, 880
            screen = self.screen()
            if screen is not None:  # first start: fit a small screen too
                room = screen.availableGeometry()
                width = min(width, int(room.width() * 0.95))
                height = min(height, int(room.height() * 0.92))
            self.resize(width, height)
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)
        last = self.settings.last_view()
        self.go(last if last in PAGES else "overview")

    # ================================================================== navigation

    def current_kind(self) -> str | None:
        item = self.navigation.currentItem()
        return str(item.data(KindRole)) if item is not None else None

    def go(self, kind: str) -> None:
        if kind not in PAGES:
            return
        row = PAGES.index(kind)
        if self.navigation.currentRow() == row:
            self._show_page(kind)
        else:
            self.navigation.setCurrentRow(row)

    def _navigated(self, row: int) -> None:
        if 0 <= row < len(PAGES):
            self._show_page(PAGES[row])

    def _show_page(self, kind: str) -> None:
        page = self.pages.get(kind)
        if page is None:
            return
        self.stack.setCurrentWidget(page)
        if isinstance(page, ListPage | ActionsPage):
            page.set_search(self.search_field.text())
        if not isinstance(page, OverviewPage | ListPage | ActionsPage):
            return
        if kind in self._stale:
            self._stale.discard(kind)
            page.refresh()
        else:
            page.activate()

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def open_record(self, kind: str, record_id: int) -> None:
        """Show a record from a link: its page, with it selected and its details."""
        target = RECORD_PAGES.get(kind)
        if target is None:
            self.statusBar().showMessage(self.tr("That record has no page of its own."), 5000)
            return
        if kind == "action":
            if self.editor.action_id != record_id and not self.editor.maybe_leave():
                return
            self.go("actions")
            self.actions_page.show_action(record_id)
            return
        self.go(target)
        page = self.pages[target]
        assert isinstance(page, ListPage)
        page.show_record(record_id)

    def _open_meeting_action(self, action_id: int) -> None:
        if self.editor.action_id != action_id and not self.editor.maybe_leave():
            return
        detail = self.meeting_pane.detail
        if detail is not None:
            self.actions_page.show_meeting(detail.meeting.id, detail.meeting.title)
        self.go("actions")
        self.actions_page.show_action(action_id)

    def show_actions_with_status(self, status: str) -> None:
        filters = self.actions_page.filters
        filters.clear()
        if status == "overdue":
            filters.set_overdue(True)
        else:
            filters.set_status(ActionStatus(status))
        self.search_field.clear()
        self.go("actions")

    # ================================================================== search

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def apply_search(self) -> None:
        """Filter the shown list now, and count matches of every list in the background."""
        self._search_timer.stop()
        text = self.search_field.text().strip()
        page = self.current_page()
        if isinstance(page, ListPage | ActionsPage):
            page.set_search(text)
        self._count_matches(text)

    def _count_matches(self, text: str) -> None:
        self._counts_request += 1
        request = self._counts_request
        engine = self.engine
        today = self.today()
        if not text:
            self._show_match_counts(request, None)
            return
        self.tasks.submit(
            lambda _control: listing.search_counts(engine, text, today=today),
            on_done=lambda counts: self._show_match_counts(request, counts),
            on_error=lambda _exc: self._show_match_counts(request, None),
        )

    def _show_match_counts(self, request: int, counts: dict[str, int] | None) -> None:
        if request != self._counts_request:
            return  # an older search finished late
        self.match_counts = counts
        for row, kind in enumerate(PAGES):
            item = self.navigation.item(row)
            title = self.page_titles[kind]
            if counts is not None and kind in counts:
                item.setText(self.tr("{title} ({count})").format(title=title, count=counts[kind]))
            else:
                item.setText(title)

    def _search_entered(self) -> None:
        self.apply_search()
        if isinstance(self.current_page(), OverviewPage):
            counts = self.match_counts
            text = self.search_field.text().strip()
            if text:
                counts = counts or listing.search_counts(self.engine, text, today=self.today())
                for kind in PAGES:
                    if counts.get(kind):
                        self.go(kind)
                        break

    # ================================================================== editing

    def new_follow_up(self, meeting_id: int | None = None) -> None:
        if meeting_id is None:
            meeting_id = self.actions_page.filters.meeting_id
        if meeting_id is None and self.editor.detail is not None:
            meeting_id = self.editor.detail.action.meeting_id
        if meeting_id is None and self.meeting_pane.detail is not None:
            meeting_id = self.meeting_pane.detail.meeting.id
        self.go("actions")
        self.editor.start_new(meeting_id)

    def duplicate_current(self) -> None:
        self.go("actions")
        self.editor.duplicate()

    def delete_current(self) -> None:
        self.go("actions")
        self.editor.delete()

    def save_editor(self) -> None:
        if self.editor.is_dirty() or self.editor.is_new:
            self.editor.save()

    def _delete_current_row(self) -> None:
        current = self.actions_page.view.current_id()
        if current is not None and self.actions_page.show_action(current):
            self.editor.delete()

    def undo(self) -> None:
        self._undo_or_redo(redo=False)

    def redo(self) -> None:
        self._undo_or_redo(redo=True)

    def _undo_or_redo(self, *, redo: bool) -> None:
        stack = self.undo_stack
        if not (stack.canRedo() if redo else stack.canUndo()):
            return
        if not self.editor.maybe_leave():
            return
        what = stack.redoText() if redo else stack.undoText()
        try:
            touched = self.operations.redo() if redo else self.operations.undo()
        except StaleVersionError:
            self.prompts.error(
                self,
                self.tr("Cannot redo") if redo else self.tr("Cannot undo"),
                (
                    self.tr("“{what}” was not redone: someone else saved the action since.")
                    if redo
                    else self.tr("“{what}” was not undone: someone else saved the action since.")
                ).format(what=what)
                + "\n"
                + self.tr("Doing it would overwrite their change, so nothing was changed."),
            )
            return
        except EXPECTED_ERRORS as exc:
            self.prompts.error(
                self,
                self.tr("Cannot redo") if redo else self.tr("Cannot undo"),
                (
                    self.tr("“{what}” was not redone: {reason}")
                    if redo
                    else self.tr("“{what}” was not undone: {reason}")
                ).format(what=what, reason=user_message(exc)),
            )
            return
        done = self.tr("Redone: {what}") if redo else self.tr("Undone: {what}")
        self.statusBar().showMessage(done.format(what=what), 8000)
        if touched is not None and (self.editor.action_id == touched or self.editor.detail is None):
            try:
                queries.get_action(self.engine, touched)
            except EXPECTED_ERRORS:
                if self.editor.action_id == touched:
                    self.editor.clear()
            else:
                self.editor.load(touched)

    def _action_changed(self, action_id: int) -> None:
        """An action was saved, created, deleted or restored: refresh what shows actions."""
        self.actions_page.refresh()
        if self.editor.action_id == action_id and not self.editor.is_dirty():
            self.editor.reload_if_clean(action_id)
        current = self.current_page()
        for kind, page in self.pages.items():
            if kind == "actions":
                continue
            if page is current and isinstance(page, ListPage | OverviewPage):
                page.refresh()
            else:
                self._stale.add(kind)
        self.update_counts()

    def _dirty_changed(self, dirty: bool) -> None:
        self.setWindowModified(dirty)
        self.save_action.setEnabled(dirty)

    # ================================================================== refresh, counts

    def refresh(self) -> None:
        """F5: read the current page again; the editor too, unless it holds unsaved changes."""
        self._stale = set(PAGES)
        current = self.current_kind()
        if current:
            self._show_page(current)
        if self.editor.action_id is not None and not self.editor.is_dirty():
            self.editor.reload_if_clean(self.editor.action_id)
        elif self.editor.is_dirty():
            self.statusBar().showMessage(
                self.tr("Refreshed. The action being edited keeps your unsaved changes."), 8000
            )
        self.update_counts()

    def update_counts(self) -> None:
        engine = self.engine
        today = self.today()

        def count(_control: object) -> tuple[dict[str, int], int]:
            totals = listing.search_counts(engine, None, today=today)
            overdue = listing.page_actions(
                engine,
                queries.ActionFilter(overdue_only=True),
                listing.PageRequest(limit=1),
                today=today,
            ).total
            return totals, overdue

        self.tasks.submit(count, on_done=self._show_counts, on_error=lambda _exc: None)

    def _show_counts(self, result: tuple[dict[str, int], int]) -> None:
        totals, overdue = result
        self.counts_label.setText(
            self.tr(
                "{delegations} delegations · {meetings} meetings · {actions} follow-up actions "
                "({overdue} overdue)"
            ).format(overdue=overdue, **totals)
        )

    # ================================================================== files

    def _start_directory(self) -> str:
        last = self.settings.last_directory()
        if last and Path(last).is_dir():
            return last
        return str(self.database.path.parent if self.database.path else Path.home())

    def open_database_file(self) -> None:
        if not self.editor.maybe_leave():
            return
        path = self.prompts.open_database_file(self, self._start_directory())
        if path:
            self.switch_database(to_url(path))

    def new_database(self) -> None:
        if not self.editor.maybe_leave():
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
        if self._opening:
            return
        self._opening = True
        for action in (self.open_database_action, self.new_database_action):
            action.setEnabled(False)
        self.statusBar().showMessage(self.tr("Opening the database…"))
        self.splitter.setEnabled(False)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self.tasks.submit(
            lambda _control: open_database(url),
            on_done=self._database_opened,
            on_error=self._database_failed,
        )

    def _opening_done(self) -> None:
        self._opening = False
        for action in (self.open_database_action, self.new_database_action):
            action.setEnabled(True)
        QApplication.restoreOverrideCursor()

    def _database_opened(self, opened: OpenedDatabase) -> None:
        self._opening_done()
        self.splitter.setEnabled(True)
        old = self.database
        if opened.path is not None:
            self.settings.save_last_directory(str(opened.path.parent))
        self._install_database(opened)
        old.engine.dispose()
        self.statusBar().showMessage(
            self.tr("Opened {where}").format(where=describe_database(opened)), 8000
        )

    def _database_failed(self, exc: BaseException) -> None:
        self._opening_done()
        self.splitter.setEnabled(True)
        self.statusBar().clearMessage()
        message = user_message(exc)
        if message is None:
            self.report_unexpected(exc)
            return
        self.prompts.error(self, self.tr("Cannot open the database"), message)

    # ================================================================== briefings

    def show_preferences(self) -> None:
        """Edit ▸ Preferences…: saved to the settings when the user presses OK."""
        dialog = PreferencesDialog(settings=self.settings, user=self.user, parent=self)
        if self.prompts.run_dialog(dialog):
            message = (
                self.tr("Preferences saved. The new language applies when Briefing desk restarts.")
                if dialog.language_changed
                else self.tr("Preferences saved.")
            )
            self.statusBar().showMessage(message, 8000)
        dialog.deleteLater()

    def export_listed_actions(self) -> None:
        """File ▸ Export actions… and the list's Export button: the actions the list shows."""
        self.exchange.export_actions(self.actions_page.current_query())

    def print_briefing(self, kind: str | None = None, record_id: int | None = None) -> None:
        """Open the briefing export on `kind` and `record_id`, or on what the window shows."""
        previous = self.briefing_dialog
        if previous is not None and previous.running:
            previous.raise_()
            previous.activateWindow()
            return
        try:
            scope = self._briefing_scope(kind, record_id)
        except EXPECTED_ERRORS as exc:
            self.prompts.error(self, self.tr("Cannot print a briefing"), user_message(exc) or "")
            return
        if previous is not None:
            previous.close()
            previous.deleteLater()
        dialog = BriefingDialog(
            engine=self.engine,
            prompts=self.prompts,
            settings=self.settings,
            tasks=self.tasks,
            user=self.user,
            scope=scope,
            today=self.today,
            on_unexpected=self.report_unexpected,
            parent=self,
        )
        self.briefing_dialog = dialog
        dialog.show()

    def _briefing_scope(self, kind: str | None, record_id: int | None) -> BriefingScope:
        if kind is None:  # from the menu: the shown page and its selected record
            kind = {
                "meetings": "meeting",
                "delegations": "delegation",
                "localities": "locality",
                "actions": "actions",
                "overview": "forum",
            }.get(self.current_kind() or "", "meeting")
            panes = {
                "meeting": self.meeting_pane,
                "delegation": self.delegation_pane,
                "locality": self.locality_pane,
            }
            pane = panes.get(kind)
            record_id = pane.record_id if pane is not None else None
        meeting_id = self.meeting_pane.record_id
        if kind == "meeting":
            return BriefingScope(kind=MEETING, meeting_id=record_id or meeting_id)
        if kind == "delegation":
            locality_ids = (
                (briefing_data.delegation_locality_id(self.engine, record_id),)
                if record_id is not None
                else ()
            )
            return BriefingScope(kind=LOCALITY, locality_ids=locality_ids, meeting_id=meeting_id)
        if kind == "locality":
            locality_ids = (record_id,) if record_id is not None else ()
            return BriefingScope(kind=LOCALITY, locality_ids=locality_ids, meeting_id=meeting_id)
        if kind == "actions":
            return self._tracker_scope(meeting_id)
        return BriefingScope(kind=FORUM, meeting_id=meeting_id)

    def _tracker_scope(self, meeting_id: int | None) -> BriefingScope:
        """The action list's filter, all of it: the tracker holds the actions the list shows."""
        filters = self.actions_page.filters
        query = filters.query(self.search_field.text().strip() or None)
        parts = []
        if query.search:
            parts.append(self.tr("matching “{text}”").format(text=query.search))
        if query.statuses:
            parts.append(", ".join(labels.label(s) for s in query.statuses))
        if query.overdue_only:
            parts.append(self.tr("overdue"))
        if query.meeting_id is not None:
            parts.append(self.tr("of meeting {id}").format(id=query.meeting_id))
        if query.owner is not None:
            parts.append(self.tr("owned by {owner}").format(owner=query.owner.name))
        if query.area_id is not None:
            area = filters.area_name(query.area_id)
            parts.append(self.tr("cooperation area: {area}").format(area=area))
        start, end = (labels.format_date(d) for d in (query.due_from, query.due_to))
        if query.due_from is not None and query.due_to is not None:
            parts.append(self.tr("due from {start} to {end}").format(start=start, end=end))
        elif query.due_from is not None:
            parts.append(self.tr("due from {start}").format(start=start))
        elif query.due_to is not None:
            parts.append(self.tr("due until {end}").format(end=end))
        if query.classifications:
            levels = ", ".join(labels.label(c) for c in query.classifications)
            parts.append(self.tr("classification: {levels}").format(levels=levels))
        description = (
            self.tr("The actions the list shows: {filters}.").format(filters="; ".join(parts))
            if parts
            else self.tr("All follow-up actions.")
        )
        return BriefingScope(
            kind=ACTIONS,
            meeting_id=meeting_id,
            action_filter=query,
            filter_description=description,
        )

    # ================================================================== errors, about, closing

    def report_unexpected(self, exc: BaseException) -> None:
        """A bug: hand it to the excepthook (the app logs it and tells the user once)."""
        sys.excepthook(type(exc), exc, exc.__traceback__)

    def _read_failed(self, exc: BaseException) -> None:
        self.prompts.error(self, self.tr("Cannot read the list"), user_message(exc) or str(exc))

    def show_about(self) -> None:
        self.prompts.about(
            self,
            self.tr("About Briefing desk"),
            about.about_html(describe_database(self.database)),
        )

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.editor.maybe_leave():
            event.ignore()
            return
        self.settings.save_window(self.saveGeometry(), self.saveState())
        kind = self.current_kind()
        if kind:
            self.settings.save_last_view(kind)
        for page in self.pages.values():
            if isinstance(page, ListPage | ActionsPage):
                page.save_state()
        self.settings.sync()
        self.tasks.cancel_all()
        self.tasks.wait()
        event.accept()
