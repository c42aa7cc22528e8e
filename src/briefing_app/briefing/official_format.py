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
    KeepTogether,
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

    def closing_block(self) -> list[Flowable]:
        return [Spacer(1, 14), KeepTogether([self._columns(parts.closing_block(self.heading))])]


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
    body = replace(document, opening=False)
    story = PdfStory(body, fallback, BriefingStyles.build_official(), width)
    flowables = [*layout.heading_block(), *story.render(), *layout.closing_block()]
    buffer = BytesIO()
    author = options.prepared_by or heading.signer_name or options.office
    pages = OfficialDocument(buffer, options, document, author).render(flowables)
    return RenderedBriefing(buffer.getvalue(), pages, fallback.uncovered)
