"""Page furniture and the document template every briefing is laid out in.

Every page carries the classification banner at top and bottom, the office name, the document
title, who prepared it and when, and "page X of Y". The first page opens with a letterhead; the
later pages carry a one-line running header. Drawing is split into one method per element, in
the manner of pretix's invoice renderer.
"""

from dataclasses import dataclass
from datetime import date
from functools import partial
from io import BytesIO
from typing import IO

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from briefing_app import __version__
from briefing_app.briefing.canvas_text import draw_runs, fit_lines, runs_width
from briefing_app.briefing.content import Document
from briefing_app.briefing.flowables import Heading, keep_headings_with_next
from briefing_app.briefing.fonts import (
    BOLD,
    REGULAR,
    GlyphFallback,
    Run,
    UncoveredCharacter,
    shipped_fonts,
)
from briefing_app.briefing.labels import Labels
from briefing_app.briefing.numbered_canvas import NumberedCanvas, PageNumbering
from briefing_app.briefing.options import BriefingOptions, Paper
from briefing_app.briefing.story import PdfStory
from briefing_app.briefing.styles import BANNER_COLOURS, MUTED, NAVY, RULE, BriefingStyles
from briefing_app.domain.enums import Classification
from briefing_app.i18n import Language

PRODUCER = f"Briefing desk {__version__}"  # the PDF's Creator and Producer


mm = 72 / 25.4  # one millimetre in points
MARGIN_X = 20 * mm
BANNER_HEIGHT = 6 * mm
BANNER_GAP = 8 * mm  # from the paper edge: clear of printers' unprintable margins
FIRST_FRAME_TOP = 36 * mm
LATER_FRAME_TOP = 28 * mm
FRAME_BOTTOM = 26 * mm
HEADER_GAP = 6 * mm  # between the office and the title in the running header


@dataclass(frozen=True)
class PageSetup:
    """What the furniture prints; `title` and `kind` are plain text (not markup). `landscape`
    turns the paper for documents made of wide tables (the action tracker)."""

    paper: Paper
    classification: Classification
    kind: str
    title: str
    subject: str
    office: str
    prepared_by: str
    prepared_on: date
    labels: Labels
    landscape: bool = False

    @property
    def size(self) -> tuple[float, float]:
        width, height = self.paper.size
        return (height, width) if self.landscape else (width, height)

    @property
    def width(self) -> float:
        return self.size[0]

    @property
    def height(self) -> float:
        return self.size[1]

    @property
    def frame_width(self) -> float:
        return self.width - 2 * MARGIN_X

    @property
    def marked(self) -> bool:
        """Whether pages carry the classification. Vietnamese practice marks classified
        documents only: a public one has no stamp (no "CÔNG KHAI")."""
        return self.classification is not Classification.PUBLIC or (
            self.labels.language is not Language.VI
        )


#: Smallest size a line of page furniture is set at to fit whole.
MIN_FURNITURE_SIZE = 6.5
#: The later pages' furniture, the same on each: drawn once per document as a form (a PDF
#: XObject) that every later page shows; the page number is drawn on each by the canvas.
LATER_PAGE_FORM = "later_page_furniture"


class PageFurniture:
    """Draws the banners, letterhead, running header and footer of each page. A text too long
    for its place wraps at spaces or is set a little smaller, and is never cut."""

    def __init__(self, setup: PageSetup, fallback: GlyphFallback) -> None:
        self.setup = setup
        self.fallback = fallback
        self._runs_of: dict[tuple[str, str], list[Run]] = {}
        self._fits: dict[tuple[str, str, float, float, int], tuple[float, list[list[Run]]]] = {}

    def _runs(self, text: str, font: str, where: str) -> list[Run]:
        """`text` as font runs; the same lines recur on every page, so each is worked out once
        per document."""
        key = (text, font)
        if key not in self._runs_of:
            self._runs_of[key] = self.fallback.split_runs(text, where=where, font=font)
        return self._runs_of[key]

    def _fit(
        self, text: str, font: str, where: str, size: float, width: float, max_lines: int
    ) -> tuple[float, list[list[Run]]] | None:
        """`text` wrapped into at most `max_lines` lines of `width`, at `size` or a little
        smaller: (size, lines), or None when it does not fit."""
        key = (text, font, size, width, max_lines)
        if key not in self._fits:
            fitted = fit_lines(
                self._runs(text, font, where),
                size,
                width,
                max_lines=max_lines,
                min_size=MIN_FURNITURE_SIZE,
            )
            if fitted is None:
                return None
            self._fits[key] = fitted
        return self._fits[key]

    def first_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        self.draw_banners(canvas)
        self.draw_letterhead(canvas)
        self.draw_footer(canvas)
        canvas.restoreState()

    def later_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        if not canvas.hasForm(LATER_PAGE_FORM):
            canvas.beginForm(LATER_PAGE_FORM)  # a graphics state of its own
            self.draw_banners(canvas)
            self.draw_running_header(canvas)
            self.draw_footer(canvas)
            canvas.endForm()
        canvas.doForm(LATER_PAGE_FORM)

    def draw_banners(self, canvas: Canvas) -> None:
        """The classification level, centred in a coloured band at the top and bottom."""
        setup = self.setup
        if not setup.marked:
            return
        text = setup.labels.enum(setup.classification)
        runs = self._runs(text, BOLD, "classification banner")
        for bottom in (setup.height - BANNER_GAP - BANNER_HEIGHT, BANNER_GAP):
            canvas.setFillColor(BANNER_COLOURS[setup.classification])
            canvas.rect(MARGIN_X, bottom, setup.frame_width, BANNER_HEIGHT, stroke=0, fill=1)
            canvas.setFillColorRGB(1, 1, 1)
            draw_runs(canvas, runs, setup.width / 2, bottom + 1.9 * mm, 8.5, align="centre")

    def draw_letterhead(self, canvas: Canvas) -> None:
        """Office name and document kind on the left, the classification line on the right.
        A long office name is set smaller, then over two lines."""
        setup = self.setup
        top = setup.height - BANNER_GAP - BANNER_HEIGHT
        canvas.setFillColor(NAVY)
        office = self._fit(setup.office, BOLD, "office name", 11, setup.frame_width, 1) or (
            self._fit(setup.office, BOLD, "office name", 8, setup.frame_width, 2)
        )
        if office is not None:
            size, lines = office
            first = top - (8 if len(lines) == 1 else 5.5) * mm
            for i, line in enumerate(lines):
                draw_runs(canvas, line, MARGIN_X, first - i * size * 1.2, size)
        canvas.setFillColor(MUTED)
        draw_runs(
            canvas, self._runs(setup.kind, REGULAR, "document kind"), MARGIN_X, top - 13 * mm, 9
        )
        if setup.marked:
            level = setup.labels.text(
                "classification", level=setup.labels.enum(setup.classification)
            )
            right = setup.width - MARGIN_X
            runs = self._runs(level, REGULAR, "classification")
            draw_runs(canvas, runs, right, top - 13 * mm, 9, align="right")
        self._rule(canvas, top - 16 * mm, width=0.8)

    def draw_running_header(self, canvas: Canvas) -> None:
        """Office name on the left and the document title on the right, above a rule. When the
        two do not fit on one line, the title takes up to two lines beside the office, else the
        whole width without it; a title longer than that is replaced by the document kind."""
        setup = self.setup
        top = setup.height - BANNER_GAP - BANNER_HEIGHT
        baseline = top - 6 * mm
        width = setup.frame_width
        office = self._runs(setup.office, BOLD, "office name") if setup.office else []
        office_width = runs_width(office, 8)
        beside = width - office_width - HEADER_GAP if office else width
        title = None
        if office_width <= width * 0.45:
            title = self._fit(setup.title, REGULAR, "document title", 8, beside, 2)
        if title is None:
            office = []
            title = self._fit(setup.title, REGULAR, "document title", 8, width, 2) or (
                8,
                [self._runs(setup.kind, REGULAR, "document kind")],
            )
        size, lines = title
        if office:
            canvas.setFillColor(NAVY)
            draw_runs(canvas, office, MARGIN_X, baseline, 8)
        canvas.setFillColor(MUTED)
        right = setup.width - MARGIN_X
        for i, line in enumerate(lines):
            draw_runs(canvas, line, right, baseline - i * size * 1.2, size, align="right")
        self._rule(canvas, baseline - (len(lines) - 1) * size * 1.2 - 2.5 * mm, width=0.5)

    def draw_footer(self, canvas: Canvas) -> None:
        """A rule, then who prepared the document and when; the page number is added by the
        NumberedCanvas at the right end of the same line once the page count is known."""
        setup = self.setup
        labels = setup.labels
        self._rule(canvas, FRAME_BOTTOM - 4 * mm, width=0.5)
        parts = [labels.text("prepared_on", date=labels.date(setup.prepared_on))]
        if setup.prepared_by:
            parts.insert(0, labels.text("prepared_by", name=setup.prepared_by))
        text = "  ·  ".join(parts)
        room = setup.frame_width * 0.75
        fitted = self._fit(text, REGULAR, "prepared by", 7.5, room, 1) or self._fit(
            text, REGULAR, "prepared by", 7, room, 2
        )
        if fitted is None:  # a name of hundreds of characters: the date alone
            fitted = 7.5, [self._runs(parts[-1], REGULAR, "prepared by")]
        size, lines = fitted
        canvas.setFillColor(MUTED)
        for i, line in enumerate(lines):
            draw_runs(canvas, line, MARGIN_X, self.footer_baseline - i * size * 1.15, size)

    @property
    def footer_baseline(self) -> float:
        return FRAME_BOTTOM - 8.5 * mm

    def page_numbering(self) -> PageNumbering:
        labels = self.setup.labels

        def runs(page: int, total: int) -> list[Run]:
            text = labels.text("page", page=page, total=total)
            return self.fallback.split_runs(text, where="page number")

        return PageNumbering(
            runs=runs,
            x=self.setup.width - MARGIN_X,
            y=self.footer_baseline,
            size=7.5,
            colour=MUTED,
        )

    def _rule(self, canvas: Canvas, y: float, *, width: float) -> None:
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(width)
        canvas.line(MARGIN_X, y, self.setup.width - MARGIN_X, y)


@dataclass(frozen=True)
class RenderedBriefing:
    pdf: bytes
    page_count: int
    #: characters printed as U+FFFD because no shipped font has them, with their record
    uncovered: list[UncoveredCharacter]


def render_pdf(document: Document, options: BriefingOptions, labels: Labels) -> RenderedBriefing:
    """A brief's content as a PDF, in the page layout it calls for: portrait, landscape for a
    document of wide tables (the action tracker), or the Vietnamese official format."""
    if options.official is not None:
        # the official format builds on this module's document, hence imported here
        from briefing_app.briefing.official_format import render_official

        return render_official(document, options, labels, options.official)
    fallback = GlyphFallback(shipped_fonts())
    title = document.title.text
    setup = PageSetup(
        paper=options.paper,
        classification=options.classification,
        kind=document.kind,
        title=title,
        subject=f"{document.kind}: {title}",
        office=options.office,
        prepared_by=options.prepared_by,
        prepared_on=options.prepared_on,
        labels=labels,
        landscape=document.wide,
    )
    story = PdfStory(document, fallback, BriefingStyles.build(), setup.frame_width)
    buffer = BytesIO()
    pdf = BriefingDocument(
        buffer,
        setup,
        PageFurniture(setup, fallback),
        language=options.language.value,
        show_outline=document.show_outline,
    )
    pages = pdf.render(story.render())
    return RenderedBriefing(buffer.getvalue(), pages, fallback.uncovered)


class BriefingDocument(BaseDocTemplate):  # type: ignore[misc]  # ReportLab is untyped
    """A4 or Letter pages: a first-page template with the letterhead, later pages with the
    running header; headings with an outline level become PDF bookmarks."""

    def __init__(
        self,
        stream: IO[bytes],
        setup: PageSetup,
        furniture: PageFurniture,
        *,
        language: str,
        show_outline: bool,
    ) -> None:
        super().__init__(
            stream,
            pagesize=setup.size,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=LATER_FRAME_TOP,
            bottomMargin=FRAME_BOTTOM,
            title=setup.title,
            author=setup.prepared_by or setup.office,  # the person, as Preferences name them
            subject=setup.subject,
            creator=PRODUCER,
            producer=PRODUCER,
            lang=language,
            initialFontName=REGULAR,
        )
        self.setup = setup
        self.furniture = furniture
        self.show_outline = show_outline
        self.addPageTemplates(
            [
                PageTemplate(
                    "first",
                    [self._frame(FIRST_FRAME_TOP)],
                    onPage=furniture.first_page,
                    autoNextPageTemplate="later",
                    pagesize=setup.size,
                ),
                PageTemplate(
                    "later",
                    [self._frame(LATER_FRAME_TOP)],
                    onPage=furniture.later_page,
                    pagesize=setup.size,
                ),
            ]
        )

    def _frame(self, top: float) -> Frame:
        setup = self.setup
        return Frame(
            MARGIN_X,
            FRAME_BOTTOM,
            setup.frame_width,
            setup.height - top - FRAME_BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (ReportLab's name)
        if isinstance(flowable, Heading) and flowable.outline_level is not None:
            self.canv.addOutlineEntry(flowable.plain, flowable.key, flowable.outline_level)
            if self.show_outline:
                self.canv.showOutline()

    def page_numbering(self) -> PageNumbering:
        return self.furniture.page_numbering()

    def render(self, story: list[Flowable]) -> int:
        """Lay out `story` in one pass, each heading kept with what follows it; returns the
        number of pages. The list is consumed, as ReportLab's build consumes its own: each
        flowable is let go once laid out. (Kept to the end, the 15,000 laid-out paragraphs
        of a forum book made Python's garbage collector walk them once more: a tenth of the
        build.)"""
        canvasmaker = partial(NumberedCanvas, numbering=self.page_numbering())
        flowables = keep_headings_with_next(story)
        story.clear()
        self.build(flowables, canvasmaker=canvasmaker)
        return int(self.page)
