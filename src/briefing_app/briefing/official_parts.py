"""The Vietnamese official format (Decree 30/2020/NĐ-CP, Appendix I) as data: what its heading
and closing blocks print, in which column, in which face, and the page's margins. The PDF
(official_format.py) and the Word renderer (docx_official.py) draw these parts; neither writes
a rule of the format itself.

The first page opens with the issuing agency (upper case, bold, a short rule under it) and the
number and symbol on the left; the national title, the motto (a rule under it as long as the
motto) and the place and date in italics on the right; then the document type and its summary
line, centred. The document closes with the recipients ("Nơi nhận") on the left and the
signer's block on the right. A classified document carries its level as a stamp under the
number. The fixed words are Vietnamese by definition of the format, so they are not translated.

Free of ReportLab and python-docx."""

from dataclasses import dataclass
from datetime import date

from briefing_app.briefing.content import Document
from briefing_app.briefing.labels import Labels
from briefing_app.briefing.options import BriefingOptions, OfficialHeading
from briefing_app.domain.enums import Classification

#: The decree's margins in millimetres (top and bottom 20–25, left 30–35, right 15–20).
TOP_MM = 20
BOTTOM_MM = 20
LEFT_MM = 30
RIGHT_MM = 15
#: Where later pages carry their number, centred: millimetres from the top edge.
PAGE_NUMBER_MM = 12
#: The left column of the heading block (agency, number) and of the closing (recipients).
LEFT_SHARE = 0.42
#: Body text, and the text in tables, in points.
BODY_SIZE = 13
CELL_SIZE = 11.5
#: First-line indent of a body paragraph, in millimetres.
INDENT_MM = 10

NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
#: A brief for a leader is a report (báo cáo); "BC" is its symbol in the number.
DOCUMENT_TYPE = "BÁO CÁO"
TYPE_SYMBOL = "BC"
RECIPIENTS_LABEL = "Nơi nhận:"
FILED = "Lưu: VT"
#: Room left in the number for the clerk's register number ("Số:     /BC-UBND").
NUMBER_GAP = "\u00a0" * 10  # no-break spaces: a paragraph keeps them
#: The Word document names the decree's face; LibreOffice and fontconfig substitute Liberation
#: Serif, which has its metrics (the PDF embeds Liberation Serif).
WORD_FONT = "Times New Roman"


@dataclass(frozen=True)
class Face:
    """How a line of the blocks is set: size in points, weight, slant; `stamp` in red."""

    size: float
    leading: float
    bold: bool = False
    italic: bool = False
    stamp: bool = False


PARENT = Face(12.5, 15)
AGENCY = Face(12.5, 15, bold=True)
NATIONAL = Face(12, 15, bold=True)
MOTTO_FACE = Face(13, 16, bold=True)
NUMBER = Face(13, 16)
DATED = Face(13, 16, italic=True)
STAMP = Face(13, 16, bold=True, stamp=True)
TYPE_FACE = Face(14, 18, bold=True)
SUMMARY = Face(14, 18, bold=True)
SUBTITLE = Face(13, 16, italic=True)
RECIPIENTS_FACE = Face(12, 14, bold=True, italic=True)
RECIPIENT = Face(11, 13)
SIGNER = Face(13, 16, bold=True)


@dataclass(frozen=True)
class Line:
    """A centred line of text (left-aligned where `flush` is set); `where` names the record it
    comes from, for the uncovered-character report."""

    text: str
    face: Face
    where: str = "official heading"
    flush: bool = False


@dataclass(frozen=True)
class Rule:
    """A thin centred rule under the lines before it: `share` of the widest of `under` set in
    `face`, or, without `under`, `share` of the width it is drawn in."""

    share: float
    under: tuple[str, ...] = ()
    face: Face = AGENCY


@dataclass(frozen=True)
class Gap:
    """Vertical room, in points."""

    points: float


Part = Line | Rule | Gap


@dataclass(frozen=True)
class Columns:
    """Two columns side by side (LEFT_SHARE of the width on the left)."""

    left: tuple[Part, ...]
    right: tuple[Part, ...]


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


def heading_block(
    heading: OfficialHeading, document: Document, options: BriefingOptions, labels: Labels
) -> tuple[Columns, tuple[Part, ...]]:
    """The first page's heading: the agency and national-title columns, then the centred
    document type, summary (the title) and subtitle lines over a short rule."""
    agency = [x.upper() for x in lines_of(heading.agency)]
    left: list[Part] = [Line(x.upper(), PARENT) for x in lines_of(heading.parent_agency)]
    left += [Line(x, AGENCY) for x in agency]
    left += [
        Rule(1 / 3, tuple(agency), AGENCY),
        Gap(4),
        Line(number_and_symbol(heading.symbol), NUMBER),
    ]
    if options.classification is not Classification.PUBLIC:
        left += [Gap(6), Line(labels.enum(options.classification), STAMP)]
    right: tuple[Part, ...] = (
        Line(NATIONAL_TITLE, NATIONAL),
        Line(MOTTO, MOTTO_FACE),
        Rule(1, (MOTTO,), MOTTO_FACE),
        Gap(6),
        Line(place_and_date(heading.place, options.prepared_on), DATED),
    )
    title = document.title
    below: tuple[Part, ...] = (
        Gap(14),
        Line(DOCUMENT_TYPE, TYPE_FACE),
        Line(title.text, SUMMARY, title.where),
        *(Line(x.text, SUBTITLE, x.where) for x in document.subtitle),
        Rule(1 / 6),
        Gap(8),
    )
    return Columns(tuple(left), right), below


def closing_block(heading: OfficialHeading) -> Columns:
    """The recipients ("Nơi nhận", each on a line ending in ";" and the last in ".", the
    office's own file copy last) beside the signer's title and name, room left to sign."""
    recipients = [
        *heading.recipients,
        f"{FILED}, {heading.symbol}" if heading.symbol else FILED,
    ]
    left: list[Part] = [Line(RECIPIENTS_LABEL, RECIPIENTS_FACE, flush=True)]
    for i, item in enumerate(recipients):
        end = "." if i == len(recipients) - 1 else ";"
        left.append(Line(f"- {item.rstrip(';.')}{end}", RECIPIENT, flush=True))
    right: list[Part] = [Line(x.upper(), SIGNER) for x in lines_of(heading.signer_title)]
    right += [Gap(62), Line(heading.signer_name, SIGNER, "signer")]
    return Columns(tuple(left), tuple(right))
