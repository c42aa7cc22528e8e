"""The follow-up actions: a filter bar, the list (paged, sorted in SQL) and the action editor.

Moving to another row asks the editor's unsaved-changes guard first; if the user stays, the
selection goes back to the action being edited. The context menu changes a status quickly.
"""

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.enums import ActionStatus
from briefing_app.domain.errors import ValidationError
from briefing_app.domain.status_rules import allowed_next
from briefing_app.services import listing
from briefing_app.services.dto import ActionRow
from briefing_app.services.pages import Page, PageRequest
from briefing_app.services.queries import ActionFilter
from briefing_app.ui import labels
from briefing_app.ui.action_editor import ActionEditor
from briefing_app.ui.action_operations import ActionOperations
from briefing_app.ui.errors import user_message
from briefing_app.ui.forms.record_services import is_stale
from briefing_app.ui.models.action_table_model import ActionTableModel
from briefing_app.ui.models.paged_table_model import Fetch, RowRole, RunRead
from briefing_app.ui.operations import Engine
from briefing_app.ui.prompts import Prompts
from briefing_app.ui.settings import AppSettings
from briefing_app.ui.views.action_filter_bar import ActionFilterBar
from briefing_app.ui.views.record_table_view import RecordTableView
from briefing_app.ui.widgets.elided_label import ElidedLabel
from briefing_app.ui.write_access import gate_writes


class ActionsPage(QWidget):
    kind = "actions"

    #: a PDF action tracker of what the list shows was asked for
    briefing_requested = Signal()
    #: an export of the actions the list shows was asked for
    export_requested = Signal()

    def __init__(
        self,
        *,
        engine: Engine,
        operations: ActionOperations,
        editor: ActionEditor,
        filters: ActionFilterBar,
        prompts: Prompts,
        settings: AppSettings,
        today: Callable[[], date],
        on_error: Callable[[BaseException], None],
        run: RunRead | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.title = self.tr("Follow-up actions")
        self._engine = engine
        self._ops = operations
        self.editor = editor
        self.filters = filters
        self._prompts = prompts
        self._settings = settings
        self._today = today
        self._search: str | None = None
        self.model = ActionTableModel(
            fetch=self._fetch_for(self.filters.query(None)),
            on_error=on_error,
            run=run,
            parent=self,
        )
        self.view = RecordTableView(
            object_name="actionsView", accessible_name=self.tr("Follow-up actions")
        )
        self.view.set_table_model(
            self.model,
            widths={
                "id": 40,
                "meeting": 150,
                "owner": 110,
                "counterpart": 110,
                "due": 120,
                "status": 95,
                "priority": 80,
                "classification": 100,
            },
        )
        self.view.enable_column_menu(
            hidden=("meeting", "counterpart", "priority", "classification")
        )
        self.view.restore_header_state(settings.header(self.kind))
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu_requested)
        self.view.current_record_changed.connect(self._current_changed)
        self.view.record_activated.connect(self._activated)
        self.editor.current_changed.connect(self._editor_moved)
        self.filters.changed.connect(self.reload)

        self.heading = QLabel(self.title)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.heading.setBuddy(self.view)
        self.count_label = ElidedLabel()  # gives way, cut short with a tooltip
        self.count_label.setObjectName("actionsCount")
        self.count_label.setStyleSheet("color: #555555;")
        # the count gives way (cut short) before the page makes the window wider
        self.count_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        # past listing.COUNT_BOUND the list says "more than 10,000"; this counts them all
        self.count_button = QPushButton(self.tr("Count all"))
        self.count_button.setObjectName("actionsCountAll")
        self.count_button.setFlat(True)
        self.count_button.setToolTip(self.tr("Count every action the search and filters match"))
        self.count_button.clicked.connect(self.count_all)
        self.count_button.setVisible(False)
        self._counted: int | None = None  # the exact count asked for, until the next reload
        head = QHBoxLayout()
        head.addWidget(self.heading)
        head.addWidget(self.count_label, 1)
        head.addWidget(self.count_button)
        self.briefing_button = QPushButton(self.tr("Print tracker…"))
        self.briefing_button.setObjectName("actionsPrintBriefing")
        self.briefing_button.setToolTip(
            self.tr("Write a PDF action tracker of the actions the list shows")
        )
        self.briefing_button.clicked.connect(self.briefing_requested)
        head.addWidget(self.briefing_button)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("actionsExport")
        self.export_button.setToolTip(
            self.tr("Export the actions the list shows (its search and filters) to a file")
        )
        self.export_button.clicked.connect(self.export_requested)
        head.addWidget(self.export_button)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(head)
        left_layout.addWidget(self.filters)  # it reflows to two columns when narrow
        left_layout.addWidget(self.view, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("actionsSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(editor)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([640, 560])
        state = settings.splitter(self.kind)
        if state is not None:
            self.splitter.restoreState(state)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)
        self.model.modelReset.connect(self._forget_count)
        self.model.rowsInserted.connect(self._update_count)

    # --- list ---------------------------------------------------------------------------------

    def _fetch_for(self, query: ActionFilter) -> Fetch:
        """A read of the list's pages with the filter of the moment (it runs off the GUI
        thread, so it takes the filter and the date with it instead of asking the widgets)."""
        engine = self._engine
        today = self._today()

        def fetch(request: PageRequest) -> Page[ActionRow]:
            return listing.page_actions(engine, query, request, today=today)

        return fetch

    def current_query(self) -> ActionFilter:
        """The search and filters the list shows now."""
        return self.filters.query(self._search)

    def activate(self) -> None:
        self.model.ensure_loaded()
        self._update_count()

    def reload(self) -> None:
        """Read the list again from its first page with the current search and filters."""
        self.model.set_fetch(self._fetch_for(self.current_query()), then=self._reselect)

    def refresh(self) -> None:
        self.model.set_fetch(
            self._fetch_for(self.current_query()), keep_loaded=True, then=self._reselect
        )

    def set_search(self, text: str | None) -> None:
        text = (text or "").strip() or None
        if text == self._search and self.model.rows():
            return
        self._search = text
        self.reload()

    def _reselect(self) -> None:
        editing = self.editor.action_id
        if editing is None or not self.view.select_id(editing, quiet=True):
            self.view.clear_current()

    def _forget_count(self) -> None:
        self._counted = None
        self._update_count()

    def _update_count(self) -> None:
        exact = self.model.total_exact or self._counted is not None
        counted = self._counted if self._counted is not None else self.model.total
        # a bounded count is one past the bound: "more than 10,000"
        total = labels.format_number(counted if exact else counted - 1)
        filtered = bool(self._search or self.filters.is_filtering())
        if exact and filtered:
            text = self.tr("{count} match the search and filters").format(count=total)
        elif exact:
            text = self.tr("{count} in all").format(count=total)
        elif filtered:
            text = self.tr("more than {count} match the search and filters").format(count=total)
        else:
            text = self.tr("more than {count} in all").format(count=total)
        self.count_label.setText(text)
        self.count_button.setVisible(not exact)

    def count_all(self) -> None:
        """Count every match in the background (the list's own count stops at the bound)."""
        query, today = self.current_query(), self._today()

        def counted(number: int) -> None:
            if self.current_query() == query:  # still the list it was counted for
                self._counted = number
                self._update_count()

        self._ops.ops.query(
            lambda engine: listing.count_actions(engine, query, today=today),
            success=counted,
            owner=self,
        )

    def save_state(self) -> None:
        self._settings.save_splitter(self.kind, self.splitter.saveState())
        self._settings.save_header(self.kind, self.view.header_state())

    # --- list <-> editor ---------------------------------------------------------------------

    def _current_changed(self, record_id: int) -> None:
        if not record_id or record_id == self.editor.action_id:
            return
        if not self.editor.open_action(record_id):
            self._reselect()  # the user chose to stay with unsaved changes

    def _activated(self, record_id: int) -> None:
        if self.editor.open_action(record_id):
            self.editor.title_edit.setFocus()

    def _editor_moved(self, action_id: int) -> None:
        if action_id and self.view.current_id() != action_id:
            self.view.select_id(action_id, quiet=True)
        elif not action_id:
            self.view.clear_current()

    def show_action(self, action_id: int, then: Callable[[], object] | None = None) -> bool:
        """Open `action_id` in the editor (guarded) and select it when it is listed (once
        the list's rows are in); `then` runs once the editor shows it."""
        if not self.editor.open_action(action_id, then):
            return False

        def select() -> None:
            if self.editor.action_id == action_id:
                self.view.select_id(action_id, quiet=True)

        self.model.when_loaded(select)
        return True

    def show_meeting(self, meeting_id: int | None, title: str) -> None:
        self.filters.set_meeting(meeting_id, title)

    # --- context menu ------------------------------------------------------------------------

    def _context_menu_requested(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        menu = self.context_menu(index)
        menu.exec(self.view.viewport().mapToGlobal(pos))

    def context_menu(self, index: QModelIndex) -> QMenu:
        """The menu for one row (built separately so tests can trigger its actions)."""
        row = index.data(RowRole)
        assert isinstance(row, ActionRow)
        menu = QMenu(self.view)
        open_action = QAction(self.tr("Open"), menu)
        open_action.triggered.connect(lambda: self.show_action(row.id))
        menu.addAction(open_action)
        status_menu = menu.addMenu(self.tr("Set status"))
        status_menu.setObjectName("statusMenu")
        allowed = allowed_next(row.status)
        for status in ActionStatus:
            item = QAction(labels.label(status), status_menu)
            item.setObjectName(f"status_{status.value}")
            item.setCheckable(True)
            item.setChecked(status == row.status)
            item.setEnabled(status != row.status and status in allowed)
            item.triggered.connect(lambda _=False, s=status: self.quick_status(row, s))
            status_menu.addAction(item)
        menu.addSeparator()
        duplicate = QAction(self.tr("Duplicate"), menu)
        duplicate.triggered.connect(lambda: self.show_action(row.id, then=self.editor.duplicate))
        menu.addAction(duplicate)
        delete = QAction(self.tr("Delete…"), menu)
        delete.triggered.connect(lambda: self.show_action(row.id, then=self.editor.delete))
        menu.addAction(delete)
        gate_writes(self._ops.ops.access(), status_menu.menuAction(), duplicate, delete)
        return menu

    def quick_status(self, row: ActionRow, status: ActionStatus) -> bool:
        """Change the status of a listed action (a write in the background); False when the
        user stayed with unsaved changes to it, or chose to save them first (the status
        changes once they are stored)."""
        if self.editor.action_id == row.id and self.editor.is_dirty():
            if not self.editor.maybe_leave(then=lambda: self._quick_status_after_save(row, status)):
                return False
            refreshed = self.model.row_of_id(row.id)
            row = self.model.row_at(refreshed) if refreshed is not None else row
        self._ops.set_status(
            row,
            status,
            success=lambda _detail: self.editor.reload_if_clean(row.id),
            failure=lambda exc: self._status_refused(row, exc),
        )
        return True

    def _quick_status_after_save(self, row: ActionRow, status: ActionStatus) -> None:
        detail = self.editor.detail
        if detail is not None and detail.action.id == row.id:
            row = detail.action
        self.quick_status(row, status)

    def _status_refused(self, row: ActionRow, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self._prompts.error(
                self, self.tr("Status not changed"), "\n".join(str(e) for e in exc.errors)
            )
        elif is_stale(exc):
            self._prompts.error(
                self,
                self.tr("Status not changed"),
                self.tr(
                    "Someone else saved “{title}” since this list was read. The list now "
                    "shows the latest version; try again."
                ).format(title=row.title),
            )
            self.refresh()
            self.editor.reload_if_clean(row.id)
        else:
            self._prompts.error(self, self.tr("Status not changed"), user_message(exc) or "")
