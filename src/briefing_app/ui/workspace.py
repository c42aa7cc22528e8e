"""The navigation list and the page stack of the main window, with the pages of the database of
the moment, built from the table of record kinds in ui/record_pages.py (the forum overview and
My work first). Pages are rebuilt for each database (`install`); their reads run as operations, and
after a write the change hub's `(kind, id)` refreshes the page on show and marks the others
stale, read again when shown. Navigation (`go`, `open_record`) and the search counts beside the
titles live here too."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QWidget,
)

from briefing_app.domain.enums import ActionStatus
from briefing_app.domain.record_kind import RecordKind
from briefing_app.services import catalogue
from briefing_app.services.dto import PartyRef
from briefing_app.services.overview_figures import ForumOverview
from briefing_app.services.pages import Page, PageRequest
from briefing_app.services.parties import resolve_party
from briefing_app.ui.action_editor import ActionEditor
from briefing_app.ui.action_operations import ActionOperations
from briefing_app.ui.changes import SEVERAL
from briefing_app.ui.details.detail_pane import DetailPane
from briefing_app.ui.details.meeting_pane import MeetingPane
from briefing_app.ui.errors import user_message
from briefing_app.ui.models.paged_table_model import Fetch, PagedTableModel, RunRead
from briefing_app.ui.operations import Engine, Operations
from briefing_app.ui.prompts import Prompts
from briefing_app.ui.record_pages import (
    CONTEXT,
    MY_WORK,
    OVERVIEW,
    PAGE_KEYS,
    RECORD_PAGES,
    SLUGS,
    SPECS,
    RecordPage,
    page_key,
    page_title,
)
from briefing_app.ui.settings import AppSettings
from briefing_app.ui.views.action_filter_bar import ActionFilterBar
from briefing_app.ui.views.actions_page import ActionsPage
from briefing_app.ui.views.list_page import ListPage
from briefing_app.ui.views.my_work_page import MyWorkPage
from briefing_app.ui.views.overview_page import OverviewPage
from briefing_app.ui.widgets.party_picker import PartyList

KindRole = Qt.ItemDataRole.UserRole + 30


@dataclass(frozen=True)
class Catalogue:
    """What the editor and the filters offer in their choice lists, read once per database."""

    areas: Sequence[Any]
    parties: Sequence[Any]
    meetings: Sequence[Any]


def read_catalogue(engine: Engine) -> Catalogue:
    return Catalogue(
        catalogue.list_areas(engine),
        # one list, so the pickers offering it share one list model (PartyList)
        PartyList(catalogue.list_parties(engine)),
        catalogue.list_meeting_choices(engine),
    )


class Workspace(QObject):
    """The navigation list and the page stack, and the pages of the database of the moment."""

    #: pages were built for a database (its catalogue read): the editor and pages exist
    ready_changed = Signal(bool)
    #: the overview page was built for a database (it reads its figures when shown)
    overview_added = Signal(object)
    dirty_changed = Signal(bool)
    message = Signal(str)
    #: a PDF briefing was asked for: (what, record id or None)
    briefing_requested = Signal(str, object)
    export_requested = Signal()
    new_action_requested = Signal(object)  # meeting id or None
    delete_row_requested = Signal()

    def __init__(
        self,
        *,
        ops: Operations,
        prompts: Prompts,
        settings: AppSettings,
        user: str,
        today: Callable[[], date],
        undo_stack: QUndoStack,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.prompts = prompts
        self.settings = settings
        self.user = user
        self.today = today
        self.undo_stack = undo_stack
        self.pages: dict[str, QWidget] = {}
        self.panes: dict[RecordKind, DetailPane] = {}
        self.ready = False
        self._stale: set[str] = set()
        self._install_request = 0
        #: the catalogue's read of the latest install, until it is started
        self._pending_read: Callable[[], None] | None = None
        #: the toolbar's search text, and how to empty it (the window sets both)
        self.search_text: Callable[[], str] = lambda: ""
        self.clear_search: Callable[[], None] = lambda: None

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.navigation.setStyleSheet("QListWidget::item { padding: 5px 8px; }")
        for number, key in enumerate(PAGE_KEYS, start=1):
            item = QListWidgetItem(page_title(key))
            item.setData(KindRole, key)
            if number <= 9:
                item.setToolTip(
                    self.tr("{title} (Ctrl+{n})").format(title=page_title(key), n=number)
                )
            self.navigation.addItem(item)
        self.navigation.currentRowChanged.connect(self._navigated)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        ops.hub.changed.connect(self.record_changed)
        ops.hub.colleagues_announced.connect(self.batch_announced)

    # ================================================================== building

    def install(self, overview: ForumOverview | None = None) -> None:
        """Build every page for the database of the moment: the overview at once (it reads its
        own figures, or shows `overview`, read already), the others once the catalogue their
        pick lists offer is read (on a large database that takes seconds: the overview does
        not wait for it, issue 16)."""
        self.ready = False
        self.ready_changed.emit(False)
        for page in list(self.pages.values()):
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages = {}
        self.panes = {}
        self._stale = set()
        previous = getattr(self, "operations", None)
        if previous is not None:
            previous.deleteLater()
        self._install_request += 1
        request = self._install_request
        self._add_overview()

        def read() -> None:
            self.ops.query(
                read_catalogue,
                success=lambda found: self._build(request, found),
                title=self.tr("Cannot read the database"),
            )

        # On the overview, its figures come first and the catalogue after them; another page
        # (or a page asked for before they came) has the catalogue read at once.
        self._pending_read = read
        self.overview.shown.connect(self._read_catalogue)
        if overview is not None:
            self.overview.present(overview)
        current = self.current_kind()
        if current == OVERVIEW:
            self._show_page(OVERVIEW)
        elif current is not None:
            self._read_catalogue()

    def _read_catalogue(self) -> None:
        """Start the catalogue's read for the pages beyond the overview, once per install."""
        read, self._pending_read = self._pending_read, None
        if read is not None:
            read()

    def _build(self, request: int, found: Catalogue) -> None:
        if request != self._install_request:
            return
        self.operations = ActionOperations(
            ops=self.ops, undo_stack=self.undo_stack, user=self.user, today=self.today, parent=self
        )
        self.editor = ActionEditor(
            ops=self.ops,
            operations=self.operations,
            prompts=self.prompts,
            areas=found.areas,
            parties=found.parties,
            meetings=found.meetings,
            today=self.today,
        )
        self.editor.dirty_changed.connect(self.dirty_changed.emit)
        self.editor.record_requested.connect(self.open_record)
        self.editor.message.connect(self.message.emit)
        self.operations.message.connect(self.message.emit)

        self._catalogue = found
        self.my_work = MyWorkPage(ops=self.ops, user=self.user, today=self.today)
        self.my_work.action_requested.connect(
            lambda action_id: self.open_record("action", action_id)
        )
        self.pages[MY_WORK] = self.my_work
        for spec in RECORD_PAGES:
            self.pages[spec.kind.value] = spec.build(self, spec)
        for key in PAGE_KEYS:
            if key != OVERVIEW:  # in the stack since install()
                self.stack.addWidget(self.pages[key])
        self.ready = True
        self.ready_changed.emit(True)
        current = self.current_kind()
        if current:
            self._show_page(current)

    def _add_overview(self) -> None:
        overview = OverviewPage(ops=self.ops, prompts=self.prompts, today=self.today)
        overview.record_requested.connect(self.open_record)
        overview.list_requested.connect(self.go)
        overview.status_requested.connect(self.show_actions_with_status)
        self.overview = overview
        self.pages[OVERVIEW] = overview
        self.stack.addWidget(overview)
        self.overview_added.emit(overview)

    def run_read(self) -> RunRead:
        """How a paged model reads its pages: as QueryOps (the model drops what arrives after
        it was deleted or reloaded)."""

        def run(
            read: Callable[[], Page[Any]],
            done: Callable[[Page[Any]], None],
            failed: Callable[[BaseException], None],
        ) -> None:
            self.ops.query(lambda _engine: read(), success=done, failure=failed)

        return run

    def read_failed(self, exc: BaseException) -> None:
        parent = self.parent()
        assert isinstance(parent, QWidget)
        self.prompts.error(parent, self.tr("Cannot read the list"), user_message(exc) or str(exc))

    def build_list_page(
        self,
        spec: RecordPage,
        model_type: type[PagedTableModel],
        fetcher: Callable[[Engine, str | None, PageRequest], Page[Any]],
        pane_type: type[DetailPane],
        widths: dict[str, int],
        stretch: str,
    ) -> ListPage:
        engine = self.ops.engine()

        def fetch_for(search: str | None) -> Fetch:
            return lambda request: fetcher(engine, search, request)

        pane = pane_type(ops=self.ops, prompts=self.prompts)
        pane.briefing_requested.connect(
            lambda kind, record_id: self.briefing_requested.emit(kind, record_id)
        )
        self.panes[spec.kind] = pane
        if isinstance(pane, MeetingPane):
            pane.action_requested.connect(self._open_meeting_action)
            pane.new_action_requested.connect(self.new_action_requested.emit)
        model = model_type(fetch=fetch_for(None), on_error=self.read_failed, run=self.run_read())
        page = ListPage(
            kind=spec.slug,
            title=QCoreApplication.translate(CONTEXT, spec.title),
            model=model,
            fetch_for=fetch_for,
            detail=pane,
            view_name=f"{spec.slug}View",
            settings=self.settings,
            widths=widths,
            stretch=stretch,
        )
        model.setParent(page)
        page.record_requested.connect(self.open_record)
        return page

    def build_actions_page(self) -> ActionsPage:
        engine = self.ops.engine()
        found = self._catalogue

        def resolve(
            text: str, found_: Callable[[PartyRef], None], refused: Callable[[BaseException], None]
        ) -> None:
            self.ops.query(
                lambda db: resolve_party(db, text), success=found_, failure=refused, owner=self
            )

        filters = ActionFilterBar(areas=found.areas, parties=found.parties, resolve_party=resolve)
        page = ActionsPage(
            engine=engine,
            operations=self.operations,
            editor=self.editor,
            filters=filters,
            prompts=self.prompts,
            settings=self.settings,
            today=self.today,
            on_error=self.read_failed,
            run=self.run_read(),
        )
        self.actions_page = page
        page.briefing_requested.connect(lambda: self.briefing_requested.emit("actions", None))
        page.export_requested.connect(self.export_requested.emit)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), page.view)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_row_requested.emit)
        return page

    # ================================================================== navigation

    def pane(self, kind: RecordKind) -> DetailPane | None:
        return self.panes.get(kind)

    def current_kind(self) -> str | None:
        """The page on show: OVERVIEW or a RecordKind value."""
        item = self.navigation.currentItem()
        return str(item.data(KindRole)) if item is not None else None

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def go(self, name: str) -> None:
        """Show a page: OVERVIEW, a RecordKind value or a slug ("meetings")."""
        key = page_key(name)
        if key is None:
            return
        row = PAGE_KEYS.index(key)
        if self.navigation.currentRow() == row:
            self._show_page(key)
        else:
            self.navigation.setCurrentRow(row)

    def _navigated(self, row: int) -> None:
        if 0 <= row < len(PAGE_KEYS):
            self._show_page(PAGE_KEYS[row])

    def _show_page(self, key: str) -> None:
        page: Any = self.pages.get(key)
        if page is None:  # built once the catalogue is read: read it now
            self._read_catalogue()
            return
        self.stack.setCurrentWidget(page)
        page.set_search(self.search_text())
        if key in self._stale:
            self._stale.discard(key)
            page.refresh()
        else:
            page.activate()

    def open_record(self, kind: str, record_id: int) -> None:
        """Show a record from a link: its page, with it selected and its details."""
        if not self.ready:
            return
        if kind not in SPECS:
            self.message.emit(self.tr("That record has no page of its own."))
            return
        if kind == RecordKind.ACTION:
            if self.editor.action_id != record_id and not self.editor.maybe_leave():
                return
            self.go(kind)
            self.actions_page.show_action(record_id)
            return
        self.go(kind)
        page = self.pages[kind]
        assert isinstance(page, ListPage)
        page.show_record(record_id)

    def _open_meeting_action(self, action_id: int) -> None:
        if self.editor.action_id != action_id and not self.editor.maybe_leave():
            return
        pane = self.panes.get(RecordKind.MEETING)
        detail = pane.detail if isinstance(pane, MeetingPane) else None
        if detail is not None:
            self.actions_page.show_meeting(detail.meeting.id, detail.meeting.title)
        self.go(RecordKind.ACTION)
        self.actions_page.show_action(action_id)

    def show_actions_with_status(self, status: str) -> None:
        filters = self.actions_page.filters
        filters.clear()
        if status == "overdue":
            filters.set_overdue(True)
        else:
            filters.set_status(ActionStatus(status))
        self.clear_search()
        self.go(RecordKind.ACTION)

    # ================================================================== refreshing

    def record_changed(self, kind: str, record_id: int) -> None:
        """A write changed `(kind, id)`: the page on show reads again, the others are marked
        stale and read again when shown; an action also reaches the list and the editor.
        Within a batch of colleagues' changes the page on show is marked stale too, and reads
        again once the batch is in (batch_announced)."""
        if not self.ready:
            return
        batch = self.ops.hub.in_batch
        if kind == RecordKind.ACTION:
            if batch:
                self._stale.add(RecordKind.ACTION.value)
            else:
                self.actions_page.refresh()
            shown = self.editor.action_id
            if shown is not None and record_id in (SEVERAL, shown) and not self.editor.is_dirty():
                self.editor.reload_if_clean(shown)
        current = self.current_page()
        for key, page in self.pages.items():
            if kind == RecordKind.ACTION and page is self.actions_page:
                continue
            if page is current and not batch:
                page.refresh()  # type: ignore[attr-defined]
            else:
                self._stale.add(key)

    def batch_announced(self) -> None:
        """A batch of colleagues' changes is in: the page on show reads again, once."""
        key = self.current_kind()
        if self.ready and key in self._stale:
            self._stale.discard(key)
            self.pages[key].refresh()  # type: ignore[attr-defined]

    def refresh_all(self) -> None:
        """F5: every page is read again (the one on show now, the others when shown)."""
        self._stale = set(PAGE_KEYS)
        current = self.current_kind()
        if current:
            self._show_page(current)

    def save_state(self) -> None:
        for page in self.pages.values():
            page.save_state()  # type: ignore[attr-defined]

    def set_match_counts(self, counts: dict[str, int] | None) -> None:
        """Show each page's number of search matches beside its title (None: none)."""
        for row, key in enumerate(PAGE_KEYS):
            item = self.navigation.item(row)
            title = page_title(key)
            slug = SLUGS[key]
            if counts is not None and slug in counts:
                item.setText(self.tr("{title} ({count})").format(title=title, count=counts[slug]))
            else:
                item.setText(title)
