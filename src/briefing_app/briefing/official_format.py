"""The Vietnamese official format (Decree 30/2020/NĐ-CP, Appendix I): a page layout for any
brief's content, not a second builder.

The first page opens with the heading block: the issuing agency (upper case, bold, a short rule
under it) and the number and symbol on the left; the national title, the motto (a rule under it
as long as the motto) and the place and date in italics on the right; then the document type and
its summary line, centred. The content follows in Liberation Serif 13 pt (Times New Roman's
metrics), justified. The document closes with the recipients ("Nơi nhận") on the left and the
signer's block on the right. Margins: top and bottom 20 mm, left 30 mm, right 15 mm. Pages from
the second on carry their number, centred at the top; there are no banners: a classified
document carries its level as a stamp under the number.

The fixed words here are Vietnamese by definition of the format, so they are not translated.
"""

from dataclasses import replace
from datetime import date
from io import BytesIO
from typing import IO

from reportlab.lib.styles import ParagraphStyle
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
from briefing_app.domain.enums import Classification

mm = 72 / 25.4
TOP = 20 * mm
BOTTOM = 20 * mm
LEFT = 30 * mm
RIGHT = 15 * mm
#: the left column of the heading block (agency, number) and of the closing (recipients)
LEFT_SHARE = 0.42

NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
#: A brief for a leader is a report (báo cáo); "BC" is its symbol in the number.
DOCUMENT_TYPE = "BÁO CÁO"
TYPE_SYMBOL = "BC"
RECIPIENTS_LABEL = "Nơi nhận:"
FILED = "Lưu: VT"
#: Room left in the number for the clerk's register number ("Số:     /BC-UBND").
NUMBER_GAP = "\u00a0" * 10  # no-break spaces: a paragraph keeps them


def place_and_date(place: str, day: date) -> str:
    """ "Thanh Hóa, ngày 20 tháng 11 năm 2025": days below 10 and the months January and
    February written with a leading zero, as the decree asks."""
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    when = f"ngày {day.day:02d} tháng {month} năm {day.year}"
    return f"{place}, {when}" if place else when


def number_and_symbol(symbol: str) -> str:
    """ "Số:      /BC-UBND" (the number is given when the document is registered)."""
    tail = f"{TYPE_SYMBOL}-{symbol}" if symbol else TYPE_SYMBOL
    return f"Số:{NUMBER_GAP}/{tail}"


def lines_of(text: str) -> list[str]:
    """A Preferences field where " / " marks a line break."""
    return [part.strip() for part in text.split("/") if part.strip()]


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
    """Builds the heading and closing blocks of one document in the official format."""

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

    def _para(self, text: str, style: ParagraphStyle, where: str = "official heading") -> Paragraph:
        markup = self.fallback.markup(text, where=where, font=str(style.fontName))
        return Paragraph(markup, style)

    def _width(self, text: str, style: ParagraphStyle) -> float:
        font = str(style.fontName)
        runs = self.fallback.split_runs(text, where="official heading", font=font)
        return runs_width(runs, style.fontSize)

    def heading_block(self) -> list[Flowable]:
        heading = self.heading
        centre = {"alignment": 1}
        parent = serif_style("parent", SERIF, 12.5, 15, **centre)
        agency = serif_style("agency", SERIF_BOLD, 12.5, 15, **centre)
        national = serif_style("national", SERIF_BOLD, 12, 15, **centre)
        motto = serif_style("motto", SERIF_BOLD, 13, 16, **centre)
        plain = serif_style("number", SERIF, 13, 16, **centre)
        dated = serif_style("dated", SERIF_ITALIC, 13, 16, **centre)
        stamp = serif_style("stamp", SERIF_BOLD, 13, 16, textColor=OVERDUE, **centre)
        left_width = self.frame_width * LEFT_SHARE
        right_width = self.frame_width - left_width
        agency_lines = lines_of(heading.agency)
        left: list[Flowable] = []
        if heading.parent_agency:
            left += [self._para(x.upper(), parent) for x in lines_of(heading.parent_agency)]
        left += [self._para(x.upper(), agency) for x in agency_lines]
        longest = max((self._width(x.upper(), agency) for x in agency_lines), default=0.0)
        left += [CentredRule(min(longest, left_width) / 3), Spacer(1, 4)]
        left.append(self._para(number_and_symbol(heading.symbol), plain))
        if self.options.classification is not Classification.PUBLIC:
            left += [Spacer(1, 6), self._para(self.labels.enum(self.options.classification), stamp)]
        right: list[Flowable] = [
            self._para(NATIONAL_TITLE, national),
            self._para(MOTTO, motto),
            CentredRule(self._width(MOTTO, motto)),
            Spacer(1, 6),
            self._para(place_and_date(heading.place, self.options.prepared_on), dated),
        ]
        block = Table([[left, right]], colWidths=[left_width, right_width])
        block.setStyle(_bare_table())
        kind = serif_style("type", SERIF_BOLD, 14, 18, spaceBefore=14, **centre)
        summary = serif_style("summary", SERIF_BOLD, 14, 18, **centre)
        subtitle = serif_style("subtitle", SERIF_ITALIC, 13, 16, **centre)
        title = self.document.title
        return [
            block,
            self._para(DOCUMENT_TYPE, kind),
            self._para(title.text, summary, where=title.where),
            *(self._para(x.text, subtitle, where=x.where) for x in self.document.subtitle),
            CentredRule(self.frame_width / 6, space=4),
            Spacer(1, 8),
        ]

    def closing_block(self) -> list[Flowable]:
        heading = self.heading
        centre = {"alignment": 1}
        label = serif_style("recipients_label", SERIF_BOLD_ITALIC, 12, 14)
        recipient = serif_style("recipient", SERIF, 11, 13)
        title = serif_style("signer_title", SERIF_BOLD, 13, 16, **centre)
        name = serif_style("signer_name", SERIF_BOLD, 13, 16, **centre)
        recipients = [
            *heading.recipients,
            f"{FILED}, {heading.symbol}" if heading.symbol else FILED,
        ]
        left: list[Flowable] = [self._para(RECIPIENTS_LABEL, label)]
        for i, item in enumerate(recipients):
            end = "." if i == len(recipients) - 1 else ";"
            left.append(self._para(f"- {item.rstrip(';.')}{end}", recipient))
        right: list[Flowable] = [
            self._para(x.upper(), title) for x in lines_of(heading.signer_title)
        ]
        right += [Spacer(1, 62), self._para(heading.signer_name, name, where="signer")]
        width = self.frame_width * LEFT_SHARE
        block = Table([[left, right]], colWidths=[width, self.frame_width - width])
        block.setStyle(_bare_table())
        return [Spacer(1, 14), KeepTogether([block])]


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
            y=self.height - 12 * mm,
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
            subject=f"{DOCUMENT_TYPE}: {document.title.text}",
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
