"""What python-docx has no call for, written as WordprocessingML: fonts named per script, cell
shading, a header row repeated on each page, rows kept whole, fields (page numbers, contents)
and hyperlinks."""

from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Emu
from docx.styles.style import BaseStyle
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph
from docx.text.run import Run

#: The faces a brief names (Word substitutes them where missing; nothing is embedded). Japanese
#: text is set in the East Asian face, as Word chooses it for kana and kanji by itself.
LATIN_FONT = "Noto Sans"
EAST_ASIAN_FONT = "IPAexGothic"


def name_fonts(style: BaseStyle, latin: str = LATIN_FONT) -> None:
    """`style` set in `latin`, its East Asian text in the Japanese face."""
    style.font.name = latin  # type: ignore[attr-defined]
    properties = style.element.get_or_add_rPr()
    fonts = properties.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        properties.append(fonts)
    # a theme font (Word's built-in headings name one) would win over the face named here
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)
    for attribute, face in (
        ("w:ascii", latin),
        ("w:hAnsi", latin),
        ("w:cs", latin),
        ("w:eastAsia", EAST_ASIAN_FONT),
    ):
        fonts.set(qn(attribute), face)


def shade(cell: _Cell, fill: str) -> None:
    """Fill a table cell with a colour ("1F3A5F")."""
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    properties.append(shading)


def repeat_as_header(row: _Row) -> None:
    """The row is the table's header: Word repeats it at the top of each page."""
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def keep_whole(row: _Row) -> None:
    """Word does not split the row across pages (unless it is longer than one)."""
    properties = row._tr.get_or_add_trPr()
    cant_split = OxmlElement("w:cantSplit")
    cant_split.set(qn("w:val"), "true")
    properties.append(cant_split)


def field(paragraph: Paragraph, instruction: str, shown: str = "") -> None:
    """A field ("PAGE", "NUMPAGES", "PAGEREF _Toc1 \\h") showing `shown` until Word updates it.
    No field is marked dirty: Word would ask on opening whether to update the document's fields
    (it updates page numbers in headers and footers by itself as it lays out the pages)."""
    for kind, text in (("begin", None), ("instr", instruction), ("separate", None)):
        run = paragraph.add_run()
        if kind == "instr":
            code = OxmlElement("w:instrText")
            code.set(qn("xml:space"), "preserve")
            code.text = f" {text} "
            run._r.append(code)
        else:
            run._r.append(_field_char(kind))
    if shown:
        paragraph.add_run(shown)
    paragraph.add_run()._r.append(_field_char("end"))


def _field_char(kind: str) -> BaseOxmlElement:
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    return char


def bookmark(paragraph: Paragraph, name: str, number: int) -> None:
    """Mark the whole of `paragraph` as the bookmark `name` (`number`: its id, unique in the
    document)."""
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(number))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(number))
    properties = paragraph._p.pPr
    if properties is None:
        paragraph._p.insert(0, start)
    else:
        properties.addnext(start)
    paragraph._p.append(end)


def internal_link(paragraph: Paragraph, text: str, anchor: str) -> Run:
    """`text` as a link to the bookmark `anchor`; returns its run, to be styled."""
    link = OxmlElement("w:hyperlink")
    link.set(qn("w:anchor"), anchor)
    link.set(qn("w:history"), "1")
    run = paragraph.add_run(text)
    link.append(run._r)
    paragraph._p.append(link)
    return run


def set_widths(table: Table, fractions: list[float], text_width: int) -> None:
    """Column widths as fractions of `text_width` (EMU): in the table's grid (LibreOffice reads
    it) and on each cell (Word reads those)."""
    table.autofit = False
    for column, fraction in zip(table.columns, fractions, strict=True):
        width = Emu(int(text_width * fraction))
        column.width = width
        for cell in column.cells:
            cell.width = width


def hyperlink(paragraph: Paragraph, text: str, url: str) -> Run:
    """`text` as a link to `url`; returns its run, to be styled."""
    part = paragraph.part
    rel_id = part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel_id)
    run = paragraph.add_run(text)
    link.append(run._r)
    paragraph._p.append(link)
    run.font.underline = True
    return run
