"""A canvas that holds every page back until the end, so each page can say "page X of Y" in one
layout pass, and page references (table of contents) can be filled in with real numbers.

Holding pages back breaks ReportLab's bookmarks (they would all point at the first page, since
the document's page counter only moves when a page is really emitted), so bookmarks are
deferred too and bound while the held pages are emitted.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas

from briefing_app.briefing.canvas_text import draw_runs
from briefing_app.briefing.fonts import Run


@dataclass(frozen=True)
class PageRef:
    """A place on a page where the number of the page holding `key` is to be printed."""

    key: str
    x: float
    y: float
    font: str
    size: float


@dataclass(frozen=True)
class PageNumbering:
    """Where the "page X of Y" line goes: `runs(page, total)` gives its text as font runs, drawn
    with its baseline at y and, by `align`, its right edge (or centre) at x."""

    runs: Callable[[int, int], list[Run]]
    x: float
    y: float
    size: float
    colour: Color
    align: str = "right"


class NumberedCanvas(Canvas):  # type: ignore[misc]  # ReportLab is untyped
    def __init__(self, *args: Any, numbering: PageNumbering, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._numbering = numbering
        self._held_pages: list[dict[str, Any]] = []
        self._page_bookmarks: list[tuple[str, dict[str, Any]]] = []
        self._page_refs: list[PageRef] = []
        #: bookmark key -> number of the page it is on
        self.anchor_pages: dict[str, int] = {}

    def bookmarkPage(self, key: str, **kwargs: Any) -> None:  # noqa: N802 (ReportLab's name)
        self.anchor_pages.setdefault(key, self.getPageNumber())
        self._page_bookmarks.append((key, kwargs))

    def add_page_ref(self, ref: PageRef) -> None:
        self._page_refs.append(ref)

    def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
        self._held_pages.append(dict(self.__dict__))
        self._page_bookmarks = []
        self._page_refs = []
        self._startPage()

    def save(self) -> None:
        total = len(self._held_pages)
        for state in self._held_pages:
            self.__dict__.update(state)
            for key, kwargs in self._page_bookmarks:
                Canvas.bookmarkPage(self, key, **kwargs)
            self.saveState()
            self._draw_page_refs()
            self._draw_page_number(total)
            self.restoreState()
            Canvas.showPage(self)
        Canvas.save(self)

    def _draw_page_refs(self) -> None:
        for ref in self._page_refs:
            page = self.anchor_pages.get(ref.key)
            if page is not None:
                self.setFont(ref.font, ref.size)
                self.drawRightString(ref.x, ref.y, str(page))

    def _draw_page_number(self, total: int) -> None:
        number = self._numbering
        runs = number.runs(self.getPageNumber(), total)
        self.setFillColor(number.colour)
        draw_runs(self, runs, number.x, number.y, number.size, align=number.align)
