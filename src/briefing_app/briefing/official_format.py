"""The Vietnamese official format (Decree 30/2020/NĐ-CP) in PDF: a page layout for any brief's
content, not a second builder. What the heading and closing blocks print, and the margins, are
official_parts.py's; here they are drawn. The content follows in Liberation Serif 13 pt (Times
New Roman's metrics), justified. Pages from the second on carry their number, centred at the
top; there are no banners.
"""

from dataclasses import replace
from io import BytesIO
from typing import IO

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from briefing_app.briefing import official_parts as parts
from briefing_app.briefing.canvas_text import runs_width
from briefing_app.briefing.content import Document
from briefing_app.briefing.fonts import (
    SERIF,
    SERIF_BOLD,
    SERIF_BOLD_ITALIC,
    SERIF_ITALIC,
    GlyphFallback,
    Run,
    shipped_fonts,
)
from briefing_app.briefing.labels import Labels
from briefing_app.briefing.numbered_canvas import PageNumbering
from briefing_app.briefing.options import BriefingOptions, OfficialHeading
from briefing_app.briefing.page_template import (
    PRODUCER,
    BriefingDocument,
    RenderedBriefing,
)
from briefing_app.briefing.story import PdfStory
from briefing_app.briefing.styles import INK, OVERDUE, BriefingStyles, serif_style

mm = 72 / 25.4
TOP = parts.TOP_MM * mm
BOTTOM = parts.BOTTOM_MM * mm
LEFT = parts.LEFT_MM * mm
RIGHT = parts.RIGHT_MM * mm
#: Room between the body and the closing block.
CLOSING_GAP = 14
#: Lines of body text, at the least, printed on the page of the closing block.
TAIL_LINES = 2
#: Taller than any page: measuring a flowable's own height.
PAGE_HEIGHT = 10_000.0


def _font(face: parts.Face) -> str:
    if face.bold:
        return SERIF_BOLD_ITALIC if face.italic else SERIF_BOLD
    return SERIF_ITALIC if face.italic else SERIF


class CentredRule(Flowable):  # type: ignore[misc]  # ReportLab is untyped
    """A thin horizontal rule of `length`, centred in the width it is given."""

    def __init__(self, length: float, *, space: float = 3) -> None:
        super().__init__()
        self.length = length
        self.space = space

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.space * 2

    def draw(self) -> None:
        start = (self.width - self.length) / 2
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.6)
        self.canv.line(start, self.space, start + self.length, self.space)


class OfficialLayout:
    """Draws the heading and closing blocks of one document (official_parts) as flowables."""

    def __init__(
        self,
        heading: OfficialHeading,
        document: Document,
        options: BriefingOptions,
        labels: Labels,
        fallback: GlyphFallback,
        frame_width: float,
    ) -> None:
        self.heading = heading
        self.document = document
        self.options = options
        self.labels = labels
        self.fallback = fallback
        self.frame_width = frame_width

    def _width(self, text: str, face: parts.Face) -> float:
        runs = self.fallback.split_runs(text, where="official heading", font=_font(face))
        return runs_width(runs, face.size)

    def _flowables(self, items: tuple[parts.Part, ...], width: float) -> list[Flowable]:
        flowables: list[Flowable] = []
        for item in items:
            if isinstance(item, parts.Gap):
                flowables.append(Spacer(1, item.points))
            elif isinstance(item, parts.Rule):
                widest = max((self._width(x, item.face) for x in item.under), default=width)
                space = 3 if item.under else 4
                flowables.append(CentredRule(min(widest, width) * item.share, space=space))
            else:
                face = item.face
                style = serif_style(
                    f"{face.size}{face.bold}{face.italic}{item.flush}",
                    _font(face),
                    face.size,
                    face.leading,
                    alignment=0 if item.flush else 1,
                    textColor=OVERDUE if face.stamp else INK,
                )
                markup = self.fallback.markup(item.text, where=item.where, font=_font(face))
                flowables.append(Paragraph(markup, style))
        return flowables

    def _columns(self, columns: parts.Columns) -> Table:
        left_width = self.frame_width * parts.LEFT_SHARE
        right_width = self.frame_width - left_width
        cells = [
            self._flowables(columns.left, left_width),
            self._flowables(columns.right, right_width),
        ]
        block = Table([cells], colWidths=[left_width, right_width])
        block.setStyle(_bare_table())
        return block

    def heading_block(self) -> list[Flowable]:
        columns, below = parts.heading_block(self.heading, self.document, self.options, self.labels)
        return [self._columns(columns), *self._flowables(below, self.frame_width)]

    def closing_block(self) -> Table:
        return self._columns(parts.closing_block(self.heading))


class WithClosing(Flowable):  # type: ignore[misc]  # ReportLab is untyped
    """The body's last flowables (`tail`: at least TAIL_LINES lines of text) and the closing
    block (recipients beside the signer), which never stands alone on a page: when they do not
    all fit in what is left of the page, the tail goes on to the next page with the closing,
    or, when its first flowable can be split (a paragraph's lines, its widow control keeping
    two; a table's rows), only the end of it does. Like KeepWithNext it is always laid out
    through split()."""

    def __init__(self, tail: list[Flowable], closing: Table, gap: float = CLOSING_GAP) -> None:
        super().__init__()
        self.tail = tail
        self.closing = closing
        self.gap = gap

    def getSpaceBefore(self) -> float:  # noqa: N802 (ReportLab's name)
        return float(self.tail[0].getSpaceBefore())

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        # always "too tall": the frame then asks for a split, which decides
        return available_width, available_height + 1

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        together = [*self.tail, Spacer(1, self.gap), self.closing]
        needed = _height(together, available_width, available_height)
        if needed <= available_height:
            return together
        first, *others = self.tail
        _, height = first.wrap(available_width, available_height)
        # split short of the first flowable's end: its end moves on with the rest
        pieces = first.split(available_width, min(available_height, height - 1))
        if len(pieces) >= 2:
            return [*pieces[:-1], WithClosing([pieces[-1], *others], self.closing, self.gap)]
        frame = getattr(self, "_frame", None)
        if frame is None or getattr(frame, "_atTop", False):
            return together  # a fresh page, and still no room: as it comes
        return []  # to the next page, together

    def draw(self) -> None:  # never drawn: always split into its parts
        raise AssertionError("WithClosing is laid out through split()")


def _height(flowables: list[Flowable], width: float, height: float) -> float:
    """The height of `flowables` one after the other, with the room around each."""
    total = 0.0
    for flowable in flowables:
        _, own = flowable.wrap(width, height)
        total += own + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def with_closing(body: list[Flowable], closing: Table, width: float) -> list[Flowable]:
    """`body` ending with the closing block, tied to the body's last flowables, as many as
    hold TAIL_LINES lines of body text (trailing spacers dropped: the closing keeps its own
    distance)."""
    while body and isinstance(body[-1], Spacer):
        body = body[:-1]
    least = TAIL_LINES * parts.BODY_SIZE * 1.2
    start = len(body)
    while start > 0 and _height(body[start:], width, PAGE_HEIGHT) < least:
        start -= 1
    if start == len(body):
        return [closing]
    return [*body[:start], WithClosing(body[start:], closing)]


def _bare_table() -> TableStyle:
    return TableStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ("FONTNAME", (0, 0), (-1, -1), SERIF),
        ]
    )


class OfficialPages:
    """The page furniture of the official format: only the page number, from page 2 on,
    centred at the top."""

    def __init__(self, width: float, height: float) -> None:
        self.width = width
        self.height = height

    def page_numbering(self) -> PageNumbering:
        def runs(page: int, total: int) -> list[Run]:
            return [] if page == 1 else [(SERIF, str(page))]

        return PageNumbering(
            runs=runs,
            x=self.width / 2,
            y=self.height - parts.PAGE_NUMBER_MM * mm,
            size=13,
            colour=INK,
            align="centre",
        )


class OfficialDocument(BriefingDocument):
    """One frame inside the decree's margins on every page; outline and page references as in
    the ordinary layout."""

    def __init__(
        self, stream: IO[bytes], options: BriefingOptions, document: Document, author: str
    ) -> None:
        width, height = options.paper.size
        BaseDocTemplate.__init__(
            self,
            stream,
            pagesize=(width, height),
            leftMargin=LEFT,
            rightMargin=RIGHT,
            topMargin=TOP,
            bottomMargin=BOTTOM,
            title=document.title.text,
            author=author,
            subject=f"{parts.DOCUMENT_TYPE}: {document.title.text}",
            creator=PRODUCER,
            producer=PRODUCER,
            lang="vi",
            initialFontName=SERIF,
        )
        self.pages = OfficialPages(width, height)
        self.show_outline = document.show_outline
        frame = Frame(
            LEFT,
            BOTTOM,
            width - LEFT - RIGHT,
            height - TOP - BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate("official", [frame], onPage=_nothing)])

    def page_numbering(self) -> PageNumbering:
        return self.pages.page_numbering()


def _nothing(canvas: Canvas, doc: BaseDocTemplate) -> None:
    """No banners, header or footer: the page number is drawn by the canvas."""


def render_official(
    document: Document, options: BriefingOptions, labels: Labels, heading: OfficialHeading
) -> RenderedBriefing:
    """`document` in the official format: the heading block, the content, the closing."""
    fonts = shipped_fonts()
    fonts.load_serif()
    fallback = GlyphFallback(fonts)
    width = options.paper.size[0] - LEFT - RIGHT
    layout = OfficialLayout(heading, document, options, labels, fallback, width)
    styles = BriefingStyles.build_official()
    story = PdfStory(replace(document, opening=False), fallback, styles, width)
    flowables = [
        *layout.heading_block(),
        *with_closing(story.render(), layout.closing_block(), width),
    ]
    buffer = BytesIO()
    author = options.prepared_by or heading.signer_name or options.office
    pages = OfficialDocument(buffer, options, document, author).render(flowables)
    return RenderedBriefing(buffer.getvalue(), pages, fallback.uncovered)
