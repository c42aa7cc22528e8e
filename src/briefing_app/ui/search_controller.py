"""The toolbar's search: the field (Ctrl+K), the popup of results as you type, the shown list
filtered by the text, and each page's number of matches beside its title. Every search runs
as a QueryOp; an answer for an older text is dropped."""

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QWidget

from briefing_app.services import listing
from briefing_app.services.record_kinds import pages
from briefing_app.services.search import SearchGroup, search_all
from briefing_app.ui.operations import Operations
from briefing_app.ui.record_pages import OVERVIEW, PAGE_KEYS, SLUGS
from briefing_app.ui.widgets.search_popup import SearchPopup
from briefing_app.ui.workspace import Workspace

SEARCH_DELAY_MS = 200


class SearchController(QObject):
    def __init__(
        self,
        *,
        ops: Operations,
        workspace: Workspace,
        today: Callable[[], date],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self._workspace = workspace
        self._today = today
        self._counts_request = 0
        self._go_when_counted: str | None = None
        #: each page's slug -> matches of the last search (None: no search)
        self.match_counts: dict[str, int] | None = None

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply)

        self.field = QLineEdit()
        self.field.setObjectName("searchField")
        self.field.setAccessibleName(self.tr("Search all records"))
        self.field.setPlaceholderText(
            self.tr("Search (Ctrl+K): names, titles, places — accents optional")
        )
        self.field.setClearButtonEnabled(True)
        self.field.setMinimumWidth(340)
        self.field.textChanged.connect(lambda _t: self._timer.start())
        self.field.returnPressed.connect(self.entered)
        clear_search = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.field)
        clear_search.setContext(Qt.ShortcutContext.WidgetShortcut)
        clear_search.activated.connect(self.field.clear)
        self.popup = SearchPopup(field=self.field, search=self._search_records)
        self.popup.record_chosen.connect(workspace.open_record)
        workspace.search_text = self.text
        workspace.clear_search = self.field.clear

    def text(self) -> str:
        return self.field.text().strip()

    def _search_records(self, text: str, deliver: Callable[[Sequence[SearchGroup]], None]) -> None:
        self._ops.query(lambda engine: search_all(engine, text), success=deliver, owner=self.popup)

    def focus(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def apply(self) -> None:
        """Filter the shown list now, and count matches of every list in the background."""
        self._timer.stop()
        text = self.text()
        page = self._workspace.current_page()
        if page is not None:
            page.set_search(text)  # type: ignore[attr-defined]
        self._count_matches(text)

    def _count_matches(self, text: str) -> None:
        self._counts_request += 1
        request = self._counts_request
        today = self._today()
        if not text:
            self._show_match_counts(request, text, None)
            return
        self._ops.query(
            lambda engine: {
                **listing.search_counts(engine, text, today=today),
                **pages.search_counts(engine, text),
            },
            success=lambda counts: self._show_match_counts(request, text, counts),
            failure=lambda _exc: self._show_match_counts(request, text, None),
            owner=self,
        )

    def _show_match_counts(self, request: int, text: str, counts: dict[str, int] | None) -> None:
        if request != self._counts_request:
            return  # an older search finished late
        self.match_counts = counts
        self._workspace.set_match_counts(counts)
        if self._go_when_counted == text:
            self._go_when_counted = None
            self._go_to_first_match(counts or {})

    def entered(self) -> None:
        """Enter in the field: on the overview, go to the first list with matches."""
        on_overview = self._workspace.current_kind() == OVERVIEW
        self._go_when_counted = self.text() if on_overview and self.text() else None
        self.apply()

    def _go_to_first_match(self, counts: dict[str, int]) -> None:
        if self._workspace.current_kind() != OVERVIEW:
            return
        for key in PAGE_KEYS:
            if counts.get(SLUGS[key]):
                self._workspace.go(key)
                break
