"""The flowables briefings need beyond ReportLab's: headings that feed the PDF outline and the
table of contents and never stay alone at the foot of a page, contents lines with dot leaders
whose page numbers the canvas fills in at the end, and tables that keep each row on one page."""

from collections.abc import Callable, Sequence
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table

from briefing_app.briefing.numbered_canvas import NumberedCanvas, PageRef

#: Room kept at the right of a contents line for its page number.
NUMBER_WIDTH = 28.0
#: Lines of a paragraph that must follow its heading on the same page.
LINES_WITH_HEADING = 2
#: Gap between a contents entry's text, its dot leader and its page number.
LEADER_GAP = 4.0


class LaidOutParagraph(Paragraph):  # type: ignore[misc]  # ReportLab is untyped
    """A paragraph that breaks its lines once per width. ReportLab breaks them again at every
    wrap, and a table cell's paragraph is wrapped whenever its table is measured: to keep it
    with its heading, to place it, to split it at the foot of a page (what is left is measured
    again on every later page) and to draw it; three to four times each in a forum book."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        laid = self.__dict__.get("_laid")
        # the lines are kept while they are still the paragraph's: split() may drop them
        if laid and laid[0] == available_width and self.__dict__.get("blPara") is laid[1]:
            self.width = available_width
            self.height = laid[2]
            return available_width, laid[2]
        width, height = super().wrap(available_width, available_height)
        self._laid = (available_width, self.__dict__.get("blPara"), height)
        return float(width), float(height)


class Heading(LaidOutParagraph):
    """A heading paragraph. With an `outline_level` it becomes a PDF outline entry (the
    document template adds it after the heading is laid out); `key` is its bookmark."""

    def __init__(
        self,
        markup: str,
        style: Any,
        *,
        key: str,
        plain: str,
        outline_level: int | None,
    ) -> None:
        super().__init__(f'<a name="{key}"/>{markup}', style)
        self.key = key
        self.plain = " ".join(plain.split())  # a bookmark title has single spaces
        self.outline_level = outline_level


class ContentsEntry(Flowable):  # type: ignore[misc]  # ReportLab is untyped
    """One line of a table of contents: a link to the heading `key`, a dot leader from the end
    of its text to its page number, which only the NumberedCanvas knows once every page is
    laid out. The text wraps short of the number's column, so the two never run together."""

    def __init__(self, markup: str, style: Any, key: str) -> None:
        super().__init__()
        self.key = key
        self.style = style
        self.paragraph = LaidOutParagraph(f'<a href="#{key}">{markup}</a>', style)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        _, self.height = self.paragraph.wrap(available_width - NUMBER_WIDTH, available_height)
        return self.width, self.height

    def getSpaceBefore(self) -> float:  # noqa: N802 (ReportLab's name)
        return float(self.style.spaceBefore)

    def draw(self) -> None:
        canvas = self.canv
        style = self.style
        self.paragraph.drawOn(canvas, 0, 0)
        # the leader and the page number sit on the baseline of the entry's last line
        baseline = style.leading - style.fontSize
        # a line's extraSpace is what is left of its width: the text ends that far short
        last_line = self.paragraph.blPara.lines[-1]
        extra = last_line[0] if isinstance(last_line, tuple) else last_line.extraSpace
        text_end = self.paragraph.width - style.rightIndent - float(extra)
        number_width = stringWidth("000", style.fontName, style.fontSize)
        self._draw_leader(text_end + LEADER_GAP, self.width - number_width - LEADER_GAP, baseline)
        x, y = canvas.absolutePosition(self.width, baseline)
        if isinstance(canvas, NumberedCanvas):
            canvas.add_page_ref(PageRef(self.key, x, y, style.fontName, style.fontSize))

    def _draw_leader(self, start: float, end: float, baseline: float) -> None:
        """Dots on a fixed pitch (so the leaders of all entries line up), from `start` to
        `end` in the entry's own coordinates."""
        style = self.style
        size = style.fontSize
        pitch = stringWidth(". ", style.fontName, size)
        first = int(start / pitch + 1) * pitch
        count = int((end - first) / pitch)
        if count < 1:
            return
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(style.textColor)
        canvas.setFont(style.fontName, size)
        for i in range(count):
            canvas.drawString(first + i * pitch, baseline, ".")
        canvas.restoreState()


class RowKeepingTable(Table):  # type: ignore[misc]  # ReportLab is untyped
    """A table that breaks across pages between rows only: a row that does not fit in what is
    left of a page moves whole to the next, so the header row (repeated) is only ever printed
    at the table's start and at the top of a page. Only a row taller than a whole frame is split
    inside (it could not be printed otherwise); its second part opens with `continued()`, a
    "(continued)" line, when one is given."""

    def __init__(
        self,
        *args: Any,
        continued: Callable[[], Flowable] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.continued = continued

    def onSplit(self, table: Table, byRow: int = 1) -> None:  # noqa: N802, N803 (ReportLab's names)
        table.continued = self.continued
        super().onSplit(table, byRow)

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self._calc(available_width, available_height)
        parts: list[Flowable] = self._splitRows(available_height, doInRowSplit=False)
        if parts:
            return parts
        frame = getattr(self, "_frame", None)
        if frame is None or not getattr(frame, "_atTop", False):
            return []  # the table moves to the next frame
        # at the top of a fresh frame and still no whole row fits: split inside it
        parts = list(self._splitRows(available_height, doInRowSplit=True))
        if len(parts) == 2 and self.continued is not None:
            self._mark_continued(parts[1])
        return parts

    def _mark_continued(self, rest: Table) -> None:
        """Open the split row's second part with the "(continued)" line; its height, fixed by
        the split, is worked out again."""
        row = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
        cell = rest._cellvalues[row][0]
        if not isinstance(cell, list | tuple):
            cell = [cell]
        rest._cellvalues[row][0] = [self.continued(), *cell]  # type: ignore[misc]
        heights = list(rest._argH)
        heights[row] = None
        rest._argH = heights


def min_height_with_heading(flowable: Flowable, width: float, height: float) -> float:
    """How much of `flowable` must share a page with the heading above it: a table's header and
    first row, a paragraph's first lines, another heading with what it keeps."""
    if isinstance(flowable, KeepWithNext):
        return flowable.least(width, height)
    _, full = flowable.wrap(width, height)
    if isinstance(flowable, Table):
        rows = flowable._rowHeights
        header = flowable.repeatRows if isinstance(flowable.repeatRows, int) else 0
        return float(sum(rows[: header + 1]))
    if isinstance(flowable, Paragraph):
        return float(min(full, LINES_WITH_HEADING * flowable.style.leading))
    return float(full)


class KeepWithNext(Flowable):  # type: ignore[misc]  # ReportLab is untyped
    """A heading and what follows it. If the heading and the start of what follows (see
    `min_height_with_heading`) do not fit in what is left of the page, both move to the next
    page; otherwise they are laid out one after the other as usual, the following flowable
    splitting as it would alone. Unlike ReportLab's keepWithNext, a long table is not moved
    whole (which would leave the page above it empty)."""

    def __init__(self, heading: Flowable, following: Flowable) -> None:
        super().__init__()
        self.heading = heading
        self.following = following

    def getSpaceBefore(self) -> float:  # noqa: N802 (ReportLab's name)
        return float(self.heading.getSpaceBefore())

    def least(self, width: float, height: float) -> float:
        _, heading = self.heading.wrap(width, height)
        gap = max(self.heading.getSpaceAfter(), self.following.getSpaceBefore())
        return float(heading + gap + min_height_with_heading(self.following, width, height))

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        # always "too tall": the frame then asks for a split, which places the two apart
        return available_width, available_height + 1

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        frame = getattr(self, "_frame", None)
        at_top = frame is None or getattr(frame, "_atTop", False)
        if not at_top and self.least(available_width, available_height) > available_height:
            return []  # to the next page, together
        return [self.heading, self.following]

    def draw(self) -> None:  # never drawn: always split into its parts
        raise AssertionError("KeepWithNext is laid out through split()")


def keep_headings_with_next(flowables: Sequence[Flowable]) -> list[Flowable]:
    """The story with each heading tied to the flowable after it (a heading followed by a
    heading ties to both, and on to what follows them)."""
    result: list[Flowable] = []
    for flowable in reversed(flowables):
        if isinstance(flowable, Heading) and result:
            result[-1] = KeepWithNext(flowable, result[-1])
        else:
            result.append(flowable)
    result.reverse()
    return result


def empty_columns(rows: Sequence[Sequence[str | None]]) -> set[int]:
    """The columns that are empty (None, "" or a dash) in every row: a table leaves them out."""
    if not rows:
        return set()
    width = max(len(r) for r in rows)
    return {
        i
        for i in range(width)
        if all(i >= len(r) or not (r[i] or "").strip() or r[i] in ("–", "-") for r in rows)
    }
