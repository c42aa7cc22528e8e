"""The Vietnamese official format (Decree 30/2020/NĐ-CP) in Word: official_parts.py's heading
and closing blocks as borderless two-column tables (how Word documents set two blocks side by
side), the decree's margins, Times New Roman 13 pt named (LibreOffice sets it in Liberation
Serif, which has its metrics), body paragraphs justified with a first-line indent, and from the
second page on the page number centred at the top, nothing else in the header or footer."""

from collections.abc import Callable

from docx.document import Document as WordDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.section import Section
from docx.shared import Mm, Pt, RGBColor
from docx.styles.style import ParagraphStyle
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from reportlab.pdfbase.pdfmetrics import stringWidth

from briefing_app.briefing import official_parts as parts
from briefing_app.briefing.content import Document
from briefing_app.briefing.docx_parts import field, keep_whole, name_fonts, set_widths
from briefing_app.briefing.fonts import (
    SERIF,
    SERIF_BOLD,
    SERIF_BOLD_ITALIC,
    SERIF_ITALIC,
    shipped_fonts,
)
from briefing_app.briefing.labels import Labels
from briefing_app.briefing.options import BriefingOptions, OfficialHeading

INK = RGBColor(0, 0, 0)
STAMP = RGBColor(0xB3, 0x26, 0x1E)
#: The paragraph style of body text (Normal stays plain: table cells use it).
BODY_STYLE = "Body Text"


class OfficialWord:
    """Sets up one Word document in the official format and writes its two blocks."""

    def __init__(
        self,
        word: WordDocument,
        heading: OfficialHeading,
        document: Document,
        options: BriefingOptions,
        labels: Labels,
    ) -> None:
        self.word = word
        self.heading = heading
        self.document = document
        self.options = options
        self.labels = labels

    @property
    def section(self) -> Section:
        return self.word.sections[0]

    def set_up(self) -> None:
        """Margins, faces and sizes, the page number from page 2."""
        section = self.section
        section.top_margin, section.bottom_margin = Mm(parts.TOP_MM), Mm(parts.BOTTOM_MM)
        section.left_margin, section.right_margin = Mm(parts.LEFT_MM), Mm(parts.RIGHT_MM)
        styles = self.word.styles
        for name in ("Normal", BODY_STYLE, "Header", "Footer", "List Bullet", "Title"):
            name_fonts(styles[name], parts.WORD_FONT)
            styles[name].font.color.rgb = INK
        styles["Normal"].font.size = Pt(parts.BODY_SIZE)
        _plain_title(styles["Title"])
        body = styles[BODY_STYLE].paragraph_format
        body.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        body.first_line_indent = Mm(parts.INDENT_MM)
        body.space_after = Pt(6)
        for level in (1, 2, 3):
            style = styles[f"Heading {level}"]
            name_fonts(style, parts.WORD_FONT)
            style.font.size = Pt(parts.BODY_SIZE)
            style.font.bold = True
            style.font.italic = level == 3
            style.font.color.rgb = INK
            style.paragraph_format.space_before = Pt(10 if level == 1 else 8)
            style.paragraph_format.space_after = Pt(4)
        section.header_distance = Mm(parts.PAGE_NUMBER_MM - 4)
        section.different_first_page_header_footer = True
        number = section.header.paragraphs[0]
        number.alignment = WD_ALIGN_PARAGRAPH.CENTER
        field(number, "PAGE", "2")

    def heading_block(self) -> None:
        columns, below = parts.heading_block(self.heading, self.document, self.options, self.labels)
        self._columns(columns)
        self._parts(below, self._cell_width(1.0), self.word.add_paragraph)

    def closing_block(self) -> None:
        """Recipients and signer side by side, kept on one page with the body's last lines."""
        _keep_end_with_next(self.word)
        gap = self.word.add_paragraph()
        gap.paragraph_format.keep_with_next = True
        table = self._columns(parts.closing_block(self.heading))
        keep_whole(table.rows[0])

    # drawing the parts

    def _cell_width(self, share: float) -> int:
        section = self.section
        width, left, right = (
            int(x or 0) for x in (section.page_width, section.left_margin, section.right_margin)
        )
        return int((width - left - right) * share)

    def _columns(self, columns: parts.Columns) -> Table:
        table: Table = self.word.add_table(rows=1, cols=2)
        _no_cell_margins(table)
        shares = [parts.LEFT_SHARE, 1 - parts.LEFT_SHARE]
        set_widths(table, shares, self._cell_width(1.0))
        for cell, items, share in zip(
            table.rows[0].cells, (columns.left, columns.right), shares, strict=True
        ):
            self._parts(items, self._cell_width(share), _adder(cell))
        return table

    def _parts(
        self, items: tuple[parts.Part, ...], width: int, add: Callable[[], Paragraph]
    ) -> None:
        """`items` as paragraphs made by `add()`, in a column `width` EMU wide; a gap is the
        room before the next paragraph (or after the last)."""
        shipped_fonts().load_serif()  # to measure the rules
        gap = 0.0
        last: Paragraph | None = None
        for item in items:
            if isinstance(item, parts.Gap):
                gap += item.points
                continue
            paragraph = add()
            layout = paragraph.paragraph_format
            layout.space_before, layout.space_after = Pt(gap), Pt(0)
            layout.first_line_indent = 0
            gap = 0.0
            if isinstance(item, parts.Rule):
                widest = max(
                    (_width(x, item.face) for x in item.under), default=float(width) / 12700
                )
                length = min(widest * 12700, width) * item.share
                _rule(paragraph, int((width - length) / 2))
            else:
                paragraph.alignment = (
                    WD_ALIGN_PARAGRAPH.LEFT if item.flush else WD_ALIGN_PARAGRAPH.CENTER
                )
                run = paragraph.add_run(item.text)
                face = item.face
                run.font.size = Pt(face.size)
                run.bold, run.italic = face.bold, face.italic
                run.font.color.rgb = STAMP if face.stamp else INK
            last = paragraph
        if last is not None and gap:
            last.paragraph_format.space_after = Pt(gap)


def _adder(cell: _Cell) -> Callable[[], Paragraph]:
    """Adds paragraphs to `cell`, the first being the one a new cell holds."""
    unused: list[Paragraph] = [cell.paragraphs[0]]

    def add() -> Paragraph:
        if unused:
            return unused.pop()
        paragraph: Paragraph = cell.add_paragraph()
        return paragraph

    return add


def _width(text: str, face: parts.Face) -> float:
    """`text` set in `face`, in points (Liberation Serif: Times New Roman's metrics)."""
    if face.bold:
        font = SERIF_BOLD_ITALIC if face.italic else SERIF_BOLD
    else:
        font = SERIF_ITALIC if face.italic else SERIF
    return float(stringWidth(text, font, face.size))


def _rule(paragraph: Paragraph, indent: int) -> None:
    """A thin rule: an empty, low paragraph with a bottom border, indented `indent` EMU on both
    sides so that it is centred."""
    layout = paragraph.paragraph_format
    layout.left_indent = layout.right_indent = indent
    layout.line_spacing = Pt(3)
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for name, value in (
        ("w:val", "single"),
        ("w:sz", "5"),
        ("w:space", "1"),
        ("w:color", "000000"),
    ):
        bottom.set(qn(name), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().append(borders)
    paragraph.add_run().font.size = Pt(2)


def _plain_title(style: ParagraphStyle) -> None:
    """The cover's title as the PDF sets it: bold, 16 pt, centred, without Word's rule under
    it."""
    style.font.size = Pt(16)
    style.font.bold = True
    style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    properties = style.element.pPr
    borders = None if properties is None else properties.find(qn("w:pBdr"))
    if borders is not None:
        properties.remove(borders)


def _no_cell_margins(table: Table) -> None:
    """No room inside the cells, left and right: the blocks line up with the text."""
    properties = table._tbl.tblPr
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        margin = OxmlElement(f"w:{side}")
        margin.set(qn("w:w"), "0")
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
    properties.append(margins)


def _keep_end_with_next(word: WordDocument) -> None:
    """The body's last paragraph with text (or its last table's last row), and the empty
    paragraphs after it, keep with what follows: the closing is never alone on a page."""
    body = word.element.body
    for child in reversed(list(body.iterchildren())):
        if child.tag == qn("w:tbl"):
            for paragraph in child.findall(f"{qn('w:tr')}[last()]//{qn('w:p')}"):
                Paragraph(paragraph, word).paragraph_format.keep_with_next = True
            return
        if child.tag == qn("w:p"):
            paragraph = Paragraph(child, word)
            paragraph.paragraph_format.keep_with_next = True
            if paragraph.text.strip():
                return
