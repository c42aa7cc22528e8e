"""The flowables briefings need beyond ReportLab's: headings that feed the PDF outline and the
table of contents, contents lines whose page numbers the canvas fills in at the end, and tables
that keep each row on one page."""

from typing import Any

from reportlab.platypus import Flowable, Paragraph, Table

from briefing_app.briefing.numbered_canvas import NumberedCanvas, PageRef

#: Room kept at the right of a contents line for its page number.
NUMBER_WIDTH = 28.0


class Heading(Paragraph):  # type: ignore[misc]  # ReportLab is untyped
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
        self.plain = plain
        self.outline_level = outline_level


class ContentsEntry(Flowable):  # type: ignore[misc]  # ReportLab is untyped
    """One line of a table of contents: a link to the heading `key`, and its page number,
    which only the NumberedCanvas knows once every page is laid out."""

    def __init__(self, markup: str, style: Any, key: str) -> None:
        super().__init__()
        self.key = key
        self.style = style
        self.paragraph = Paragraph(f'<a href="#{key}">{markup}</a>', style)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        _, self.height = self.paragraph.wrap(available_width - NUMBER_WIDTH, available_height)
        return self.width, self.height

    def getSpaceBefore(self) -> float:  # noqa: N802 (ReportLab's name)
        return float(self.style.spaceBefore)

    def draw(self) -> None:
        self.paragraph.drawOn(self.canv, 0, 0)
        # the page number sits on the baseline of the entry's last line
        x, y = self.canv.absolutePosition(self.width, self.style.leading - self.style.fontSize)
        canvas = self.canv
        if isinstance(canvas, NumberedCanvas):
            canvas.add_page_ref(PageRef(self.key, x, y, self.style.fontName, self.style.fontSize))


class RowKeepingTable(Table):  # type: ignore[misc]  # ReportLab is untyped
    """A table that breaks across pages between rows only: a row that does not fit in what is
    left of a page moves whole to the next. Only a row taller than a whole frame is split inside
    (it could not be printed otherwise). The header row repeats as usual."""

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self._calc(available_width, available_height)
        parts: list[Flowable] = self._splitRows(available_height, doInRowSplit=False)
        if parts:
            return parts
        frame = getattr(self, "_frame", None)
        if frame is not None and getattr(frame, "_atTop", False):
            # at the top of a fresh frame and still no whole row fits: split inside it
            return list(self._splitRows(available_height, doInRowSplit=True))
        return []  # the table moves to the next frame
