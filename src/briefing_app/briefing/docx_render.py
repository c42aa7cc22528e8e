"""The Word renderer: a brief's content (content.py) as a .docx an officer edits in Word or
LibreOffice: real headings (Heading 1–3, so the navigation pane and a contents field work),
real tables with a repeated header row, the classification in the header and the footer, and
the fonts named, not embedded."""

import re
from io import BytesIO

import docx
from docx.document import Document as WordDocument
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Emu, Mm, Pt, RGBColor
from docx.styles.style import ParagraphStyle
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from briefing_app.briefing import content as c
from briefing_app.briefing import official_parts as parts
from briefing_app.briefing.docx_official import BODY_STYLE, OfficialWord
from briefing_app.briefing.docx_parts import (
    bookmark,
    field,
    hyperlink,
    internal_link,
    keep_whole,
    name_fonts,
    repeat_as_header,
    set_widths,
    shade,
)
from briefing_app.briefing.labels import Labels
from briefing_app.briefing.options import BriefingOptions

MARGIN = Mm(20)
NAVY = RGBColor(0x1F, 0x3A, 0x5F)
MUTED = RGBColor(0x55, 0x5F, 0x6D)
ALERT = RGBColor(0xB3, 0x26, 0x1E)
LINK = RGBColor(0x1A, 0x5F, 0xB4)
HEADER_FILL = "1F3A5F"
ASIDE_FILL = "F2F5F9"
_PLACEHOLDER = re.compile(r"\{(page|total)\}")


def render_docx(document: c.Document, options: BriefingOptions, labels: Labels) -> bytes:
    """The brief as the bytes of a .docx file."""
    return WordRenderer(document, options, labels).render()


class WordRenderer:
    def __init__(self, document: c.Document, options: BriefingOptions, labels: Labels) -> None:
        self.document = document
        self.options = options
        self.labels = labels
        self.numbers = document.source_numbers()
        #: heading key -> its bookmark, for the contents' links and page references
        self.anchors = {h.key: f"_Toc{n}" for n, h in enumerate(document.contents_entries(), 1)}
        self.word: WordDocument = docx.Document()
        self.official = (
            None
            if options.official is None
            else OfficialWord(self.word, options.official, document, options, labels)
        )
        #: body paragraphs' style, and the size of text in table cells (None: the style's)
        self.body_style = "Normal" if self.official is None else BODY_STYLE
        self.cell_size: float | None = None if self.official is None else parts.CELL_SIZE

    def render(self) -> bytes:
        self._set_up()
        document = self.document
        if self.official is not None:
            self.official.heading_block()
        elif document.opening:
            self._line(document.kind.upper(), size=9, bold=True, colour=MUTED)
            self._text(self.word.add_paragraph(style="Title"), document.title)
            for line in document.subtitle:
                self._text(self.word.add_paragraph(style="Subtitle"), line)
        for block in document.blocks:
            self.block(block)
        if self.official is not None:
            self.official.closing_block()
        buffer = BytesIO()
        self.word.save(buffer)
        return buffer.getvalue()

    # page and styles

    def _set_up(self) -> None:
        word = self.word
        options = self.options
        width, height = (Mm(x / 72 * 25.4) for x in options.paper.size)
        section = word.sections[0]
        if self.document.wide and self.official is None:  # official documents are upright
            section.orientation = WD_ORIENT.LANDSCAPE
            width, height = height, width
        section.page_width, section.page_height = width, height
        properties = word.core_properties
        title = self.document.title.text
        properties.title = title
        properties.subject = f"{self.document.kind}: {title}"
        properties.author = options.prepared_by or options.office
        properties.language = options.language.value
        if self.official is not None:
            self.official.set_up()
            return
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, MARGIN)
        for name in ("Normal", "Title", "Subtitle", "Header", "Footer", "List Bullet"):
            name_fonts(word.styles[name])
        for level in (1, 2, 3):
            style = word.styles[f"Heading {level}"]
            name_fonts(style)
            style.font.color.rgb = NAVY
        word.styles["Normal"].font.size = Pt(10)
        self._furniture()

    def _furniture(self) -> None:
        """Header: the office and the classification. Footer: who prepared it and when, the
        page number, the classification again."""
        labels = self.labels
        options = self.options
        marking = labels.marking(options.classification)
        section = self.word.sections[0]
        head = section.header.paragraphs[0]
        head.text = " · ".join(x for x in (options.office, marking) if x)
        foot = section.footer.paragraphs[0]
        parts = [labels.text("prepared_on", date=labels.date(options.prepared_on))]
        if options.prepared_by:
            parts.insert(0, labels.text("prepared_by", name=options.prepared_by))
        foot.add_run("  ·  ".join(parts) + "  ·  ")
        # "Page {page} of {total}" with the numbers as fields
        for n, piece in enumerate(_PLACEHOLDER.split(labels["page"])):
            if n % 2 == 0:
                foot.add_run(piece)
            else:
                field(foot, "PAGE" if piece == "page" else "NUMPAGES", "1")
        if marking:
            section.footer.add_paragraph(marking).alignment = WD_ALIGN_PARAGRAPH.CENTER

    # text

    def _text(self, paragraph: Paragraph, text: c.Text, *, size: float | None = None) -> None:
        """`text` appended to `paragraph` in its tone, a link if it has one, then its sources'
        numbers."""
        if text.link and not text.link.startswith("#"):
            run = hyperlink(paragraph, text.text, text.link)
            run.font.color.rgb = LINK
        else:
            run = paragraph.add_run(text.text)
        run.bold = text.tone in (c.Tone.STRONG, c.Tone.ALERT) or None
        run.italic = text.tone is c.Tone.NOTE or None
        if text.tone is c.Tone.ALERT:
            run.font.color.rgb = ALERT
        elif text.tone in (c.Tone.NOTE, c.Tone.SMALL):
            run.font.color.rgb = MUTED
        if size is not None:
            run.font.size = Pt(size)
        marks = " ".join(f"[{n}]" for n in sorted({self.numbers[i] for i in text.cites}))
        if marks:
            paragraph.add_run(f" {marks}" if text.text else marks)

    def _line(self, text: str, *, size: float, bold: bool = False, colour: RGBColor) -> None:
        run = self.word.add_paragraph().add_run(text)
        run.bold = bold
        run.font.size = Pt(size)
        run.font.color.rgb = colour

    # blocks

    def block(self, block: c.Block) -> None:  # noqa: PLR0911, C901 (one case per kind)
        word = self.word
        if isinstance(block, c.Heading):
            paragraph = word.add_heading(level=block.level + 1)
            self._text(paragraph, c.Text(block.shown))
            if block.key in self.anchors:
                anchor = self.anchors[block.key]
                bookmark(paragraph, anchor, int(anchor.removeprefix("_Toc")))
        elif isinstance(block, c.Paragraph):
            if block.role is c.Role.NOTE:
                self._text(word.add_paragraph(), _toned(block.text, c.Tone.NOTE))
            else:
                self._text(word.add_paragraph(style=self.body_style), block.text)
        elif isinstance(block, c.Bullets):
            for item in block.items:
                self._text(word.add_paragraph(style="List Bullet"), item)
        elif isinstance(block, c.Numbered):
            self.numbered(block)
        elif isinstance(block, c.KeyValues):
            self.key_values(block)
        elif isinstance(block, c.Table):
            self.table(block)
        elif isinstance(block, c.SourceList):
            self.sources(block)
        elif isinstance(block, c.Assessment):
            self.assessment(block)
        elif isinstance(block, c.Cover):
            self.cover(block)
        elif isinstance(block, c.Contents):
            self.contents()
        elif isinstance(block, c.PageBreak):
            word.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def numbered(self, block: c.Numbered) -> None:
        """1. 2. 3. written out, so each list starts at 1 (Word's List Number style runs on
        through the whole document)."""
        for number, item in enumerate(block.items, start=1):
            paragraph = self.word.add_paragraph()
            paragraph.paragraph_format.left_indent = Mm(7)
            paragraph.paragraph_format.first_line_indent = Mm(-7)
            paragraph.add_run(f"{number}.\t")
            self._text(paragraph, item)

    def key_values(self, block: c.KeyValues) -> None:
        table = self.word.add_table(rows=0, cols=2)
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        for label, value in block.pairs:
            cells = table.add_row().cells
            self._text(
                cells[0].paragraphs[0], c.Text(label, tone=c.Tone.STRONG), size=self.cell_size
            )
            self._text(cells[1].paragraphs[0], value, size=self.cell_size)
        for row in table.rows:
            keep_whole(row)
        self._widths(table, [0.26, 0.74])

    def table(self, block: c.Table) -> None:
        columns = block.columns
        table = self.word.add_table(rows=0, cols=len(columns))
        table.style = self.word.styles["Table Grid"]
        if block.header:
            row = table.add_row()
            repeat_as_header(row)
            keep_whole(row)
            for cell, column in zip(row.cells, columns, strict=True):
                # never alone at the foot of a page: the header keeps with the first row
                cell.paragraphs[0].paragraph_format.keep_with_next = True
                run = cell.paragraphs[0].add_run(column.header)
                run.bold = True
                if self.official is None:  # the official format's tables are black on white
                    shade(cell, HEADER_FILL)
                    run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
                else:
                    run.font.size = Pt(parts.CELL_SIZE)
        for values in block.rows:
            row = table.add_row()
            keep_whole(row)
            for cell, value, column in zip(row.cells, values, columns, strict=True):
                self._cell(cell, value, numeric=column.numeric)
        self._widths(table, [col.width for col in columns])
        self.word.add_paragraph()

    def _cell(self, cell: _Cell, value: c.Cell, *, numeric: bool) -> None:
        for n, text in enumerate(value):
            paragraph = cell.paragraphs[0] if n == 0 else cell.add_paragraph()
            if numeric:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            small = text.tone is c.Tone.SMALL and self.official is None
            self._text(paragraph, text, size=8.5 if small else self.cell_size)

    def _text_width(self) -> int:
        section = self.word.sections[0]
        parts = (section.page_width, section.left_margin, section.right_margin)
        width, left, right = (int(x or 0) for x in parts)
        return width - left - right

    def _widths(self, table: Table, fractions: list[float]) -> None:
        set_widths(table, fractions, self._text_width())

    def sources(self, block: c.SourceList) -> None:
        """ "[n] Title. Publisher, date." then the address and the day it was read."""
        for source in sorted(block.sources, key=lambda s: self.numbers[s.id]):
            paragraph = self.word.add_paragraph()
            paragraph.paragraph_format.left_indent = Mm(9)
            paragraph.paragraph_format.first_line_indent = Mm(-9)
            paragraph.add_run(f"[{self.numbers[source.id]}]\t")
            self._text(paragraph, c.Text(source.title))
            paragraph.add_run(f". {source.details}.")
            if source.url or source.accessed:
                line = paragraph.add_run()
                line.add_break()
                if source.url:
                    self._text(paragraph, c.Text(source.url, link=source.url), size=8.5)
                if source.accessed:
                    paragraph.add_run(f" ({source.accessed})").font.size = Pt(8.5)

    def assessment(self, block: c.Assessment) -> None:
        """Apart from the facts: a shaded box headed by its label, one row per item, so a page
        breaks between items, never inside one, and the label stays with the first."""
        table = self.word.add_table(rows=0, cols=1)
        label = table.add_row()
        self._text(label.cells[0].paragraphs[0], c.Text(block.label, tone=c.Tone.STRONG))
        label.cells[0].paragraphs[0].paragraph_format.keep_with_next = True
        for item in block.items:
            paragraph = table.add_row().cells[0].paragraphs[0]
            for n, text in enumerate(item):
                if n:
                    paragraph.add_run(" ")
                self._text(
                    paragraph, text if text.tone is c.Tone.STRONG else _toned(text, c.Tone.NOTE)
                )
        for row in table.rows:
            shade(row.cells[0], ASIDE_FILL)
            keep_whole(row)
        self._widths(table, [1.0])
        self.word.add_paragraph()

    def cover(self, block: c.Cover) -> None:
        for _ in range(6):
            self.word.add_paragraph()
        kind = self.word.add_paragraph()
        self._text(kind, c.Text(block.kind.upper(), tone=c.Tone.SMALL), size=12)
        title = self.word.add_paragraph(style="Title")
        self._text(title, block.title)
        for line in block.lines:
            self._text(self.word.add_paragraph(), line, size=12)
        for paragraph in self.word.paragraphs[-(len(block.lines) + 2) :]:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        self.word.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def contents(self) -> None:
        """The contents written out: each entry a link to its heading, a dot leader and its page
        number as a PAGEREF field to the heading's bookmark. Not a TOC field: Word shows a TOC
        field's page numbers only once it updates the field, and a field marked to be updated
        on opening makes Word ask whether to update the document's fields; LibreOffice keeps a
        TOC field's text as written. Written out like this, LibreOffice fills in the page
        numbers as it lays out the pages; Word opens it without a question and fills them in
        when its fields are updated (F9), since only the program that sets the pages knows
        where they break."""
        width = self._text_width()
        for level in (1, 2):
            style = self._contents_style(level)
            style.paragraph_format.tab_stops.add_tab_stop(
                Emu(width), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
            )
        for heading in self.document.contents_entries():
            paragraph = self.word.add_paragraph(style=f"toc {min(heading.level, 1) + 1}")
            anchor = self.anchors[heading.key]
            internal_link(paragraph, heading.shown, anchor)
            paragraph.add_run("\t")
            field(paragraph, f"PAGEREF {anchor} \\h")

    def _contents_style(self, level: int) -> ParagraphStyle:
        """Word's built-in "toc 1" and "toc 2" (python-docx's template lacks them)."""
        name = f"toc {level}"
        styles = self.word.styles
        if name in [s.name for s in styles]:
            existing: ParagraphStyle = styles[name]
            return existing
        style: ParagraphStyle = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles["Normal"]
        style.paragraph_format.left_indent = Mm(6 * (level - 1))
        style.paragraph_format.space_after = Pt(2)
        style.font.bold = level == 1 or None
        return style


def _toned(text: c.Text, tone: c.Tone) -> c.Text:
    return c.Text(text.text, text.where, text.cites, text.link, tone)
