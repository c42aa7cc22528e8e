"""A thin read-only table model over a paged service query.

Rows arrive one page at a time (canFetchMore/fetchMore); sorting asks the service for a new
order (SQL), it never sorts Python lists. Subclasses declare their columns.

With a `run` (the window passes one that runs a QueryOp), every page is read off the GUI
thread: `reload()` and `fetchMore()` return at once and the rows are put in when they arrive
(`loaded` is emitted then); a read overtaken by a newer reload is dropped. Without one (rows
already in hand, and the model tests) the fetch runs in place.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

import shiboken6
from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from typing_extensions import override

from briefing_app.services.pages import Page, PageRequest
from briefing_app.ui import fallback_mark
from briefing_app.ui.models.read_only_table_model import Index, ReadOnlyTableModel

#: The DTO of a row, for views and tests.
RowRole = Qt.ItemDataRole.UserRole + 1
#: The record id of a row.
IdRole = Qt.ItemDataRole.UserRole + 2

Fetch = Callable[[PageRequest], Page[Any]]
#: Runs `read` in the background, then `done(page)` or `failed(error a user can act on)` on the
#: GUI thread (see ui.operations).
RunRead = Callable[
    [Callable[[], Page[Any]], Callable[[Page[Any]], None], Callable[[BaseException], None]],
    None,
]


@dataclass(frozen=True)
class Column:
    """One column: its service sort key (None: not sortable), header and cell text."""

    key: str | None
    title: str
    text: Callable[[Any], str]
    align_right: bool = False
    tooltip: bool = False


class PagedTableModel(ReadOnlyTableModel):
    """Rows are DTOs with an `id`. Fetch errors a user can understand go to `on_error`.

    `fetch` runs off the GUI thread when a `run` is given: it must only use what it captured.
    """

    PAGE_SIZE = 200
    #: the column key a fresh list sorts by (None: the service's order); subclasses set it
    DEFAULT_SORT: ClassVar[str | None] = None

    #: a reload or a further page arrived (and was put in)
    loaded = Signal()

    def __init__(
        self,
        *,
        fetch: Fetch,
        columns: Sequence[Column] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        page_size: int | None = None,
        run: RunRead | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._run = run
        self._generation = 0  # bumped by each reload: older reads are dropped
        self._reloading = False
        self._fetching = False
        self._waiting: list[Callable[[], None]] = []
        self._columns = list(columns) if columns is not None else self.make_columns()
        self._headers = [column.title for column in self._columns]
        self._total = 0
        self._exact = True
        self._last: tuple[Any, ...] | None = None  # the sort key the next page starts after
        self._sort: str | None = None
        self._descending = False
        self._on_error = on_error
        self._page_size = page_size or self.PAGE_SIZE
        self._loaded_once = False

    def make_columns(self) -> list[Column]:
        """Subclasses declare their columns here (called once the QObject exists, so self.tr
        works)."""
        raise NotImplementedError

    # --- what views and tests use --------------------------------------------------------

    @property
    def columns(self) -> list[Column]:
        return list(self._columns)

    def column_of(self, key: str) -> int:
        return next(i for i, c in enumerate(self._columns) if c.key == key)

    @property
    def default_sort(self) -> str | None:
        return self.DEFAULT_SORT

    @property
    def total(self) -> int:
        """How many rows match in the database (loaded or not); with `total_exact` False, a
        lower bound (the service counts up to listing.COUNT_BOUND past the last page read)."""
        return self._total

    @property
    def total_exact(self) -> bool:
        return self._exact

    @property
    def sort_key(self) -> str | None:
        return self._sort

    @property
    def descending(self) -> bool:
        return self._descending

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_of_id(self, record_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == record_id), None)

    def set_order(self, column: int, order: Qt.SortOrder) -> None:
        """Choose the order for the next read without reading now (a restored header)."""
        key = self._columns[column].key if 0 <= column < len(self._columns) else None
        self._sort = key
        self._descending = order == Qt.SortOrder.DescendingOrder and key is not None

    def set_fetch(
        self, fetch: Fetch, *, keep_loaded: bool = False, then: Callable[[], None] | None = None
    ) -> None:
        """New filters: read the rows again (`then` runs once they are in)."""
        self._fetch = fetch
        self.reload(keep_loaded=keep_loaded, then=then)

    @property
    def loading(self) -> bool:
        """A reload or a further page is being read."""
        return self._reloading or self._fetching

    def reload(self, *, keep_loaded: bool = False, then: Callable[[], None] | None = None) -> None:
        """Read the rows again from the start (keeping as many rows loaded as before if asked,
        so a refresh does not collapse a long scrolled list). `then` runs once they are in."""
        self._generation += 1
        self._fetching = False
        self._reloading = True
        if then is not None:
            self._waiting.append(then)
        wanted = max(self._page_size, len(self._rows)) if keep_loaded else self._page_size
        self._read(PageRequest(0, wanted, self._sort, self._descending), self._reset_to)

    def ensure_loaded(self) -> None:
        if not self._loaded_once and not self._reloading:
            self.reload()

    def when_loaded(self, then: Callable[[], None]) -> None:
        """Run `then` now if the rows are in, else once the pending reload has put them in."""
        if self._reloading or not self._loaded_once:
            self._waiting.append(then)
            self.ensure_loaded()
        else:
            then()

    def _reset_to(self, page: Page[Any] | None) -> None:
        self.beginResetModel()
        self._rows = list(page.rows) if page else []
        self._total = page.total if page else 0
        self._exact = page.exact if page else True
        self._last = page.last if page else None
        self._loaded_once = True
        self._reloading = False
        self.endResetModel()
        self._arrived()

    def _arrived(self) -> None:
        self.loaded.emit()
        waiting, self._waiting = self._waiting, []
        for then in waiting:
            then()

    # --- Qt ------------------------------------------------------------------------------

    @override
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._holds(index):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == RowRole:
            return row
        if role == IdRole:
            return row.id
        extra = self.extra_data(row, column, role)
        if extra is not None:
            return extra
        # text in another language than the interface's (its version missing) is marked
        marked = fallback_mark.cell_data(column.text(row), role)
        if marked is not None:
            return marked
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.text(row) or None
        return None

    def extra_data(self, row: Any, column: Column, role: int) -> Any:
        """Subclasses add colours, icons and accessible text here."""
        return None

    @override
    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    @override
    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or len(self._rows) >= self._total or self.loading:
            return
        self._fetching = True
        self._read(
            PageRequest(
                len(self._rows), self._page_size, self._sort, self._descending, after=self._last
            ),
            self._append,
        )

    def _append(self, page: Page[Any] | None) -> None:
        self._fetching = False
        if page is None or not page.rows:
            self._total = len(self._rows)
        else:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self._total = page.total
            self._exact = page.exact
            self._last = page.last
            self.endInsertRows()
        self._arrived()

    @override
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self._columns[column].key if 0 <= column < len(self._columns) else None
        if column >= 0 and key is None:
            return  # not sortable: keep the current order
        self._sort = key
        self._descending = order == Qt.SortOrder.DescendingOrder and key is not None
        self.reload()

    def _read(self, request: PageRequest, deliver: Callable[[Page[Any] | None], None]) -> None:
        """Read one page (in the background when the model has a `run`), then `deliver` it,
        or None after an error, unless a newer reload came in between."""
        generation = self._generation
        fetch = self._fetch

        def arrived(page: Page[Any]) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                deliver(page)

        def failed(exc: BaseException) -> None:
            if not shiboken6.isValid(self) or generation != self._generation:
                return
            deliver(None)
            if self._on_error is None:
                raise exc
            self._on_error(exc)

        if self._run is not None:
            self._run(lambda: fetch(request), arrived, failed)
            return
        try:
            page = fetch(request)
        except Exception as exc:
            # Here, not at the top: a model over rows in hand (a remembered overview) is built
            # before the database code is loaded (issue 16).
            from briefing_app.ui.errors import EXPECTED_ERRORS

            if not isinstance(exc, EXPECTED_ERRORS):
                raise
            failed(exc)
        else:
            arrived(page)


def static_fetch(rows: Sequence[Any]) -> Fetch:
    """A fetch over rows already in hand (a meeting's few actions): pages of a fixed list.
    Views over it do not offer sorting."""
    fixed = list(rows)

    def fetch(request: PageRequest) -> Page[Any]:
        chunk = fixed[request.offset : request.offset + request.limit]
        return Page(rows=chunk, total=len(fixed), offset=request.offset)

    return fetch
