"""The stylesheet of every briefing: one sober look, Noto Sans text, navy headings.

Paragraph styles name the Noto face they are set in; runs the face lacks (Japanese) are tagged
with IPAexGothic by `GlyphFallback.markup`, which is told the same face.
"""

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from briefing_app.briefing import official_parts
from briefing_app.briefing.fonts import (
    BOLD,
    ITALIC,
    REGULAR,
    SERIF,
    SERIF_BOLD,
    SERIF_BOLD_ITALIC,
    SERIF_ITALIC,
)
from briefing_app.domain.enums import Classification

NAVY = colors.HexColor("#1F3A5F")
INK = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#555F6D")
RULE = colors.HexColor("#B8C2CF")
HEADER_FILL = colors.HexColor("#1F3A5F")
STRIPE = colors.HexColor("#F2F5F9")
OVERDUE = colors.HexColor("#B3261E")
LINK = colors.HexColor("#1A5FB4")

#: Banner colours: public green, internal amber, confidential red.
BANNER_COLOURS: dict[Classification, colors.Color] = {
    Classification.PUBLIC: colors.HexColor("#2E6B3A"),
    Classification.INTERNAL: colors.HexColor("#9A5B00"),
    Classification.CONFIDENTIAL: colors.HexColor("#A1161B"),
}


def serif_style(
    name: str, font: str, size: float, leading: float, **extra: object
) -> ParagraphStyle:
    """A style of the official format, set in Liberation Serif."""
    return _style(f"official_{name}", font, size, leading, bulletFontName=SERIF, **extra)


def _style(name: str, font: str, size: float, leading: float, **extra: object) -> ParagraphStyle:
    # bulletFontName defaults to Helvetica, which is not embedded: every style names Noto
    # allowWidows 0: a paragraph never leaves its last line alone at the top of a page
    values: dict[str, object] = {"textColor": INK, "bulletFontName": REGULAR, "allowWidows": 0}
    values |= extra
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading, **values)


@dataclass(frozen=True)
class BriefingStyles:
    """Paragraph and table styles by role. `font_of(style)` is the face markup is built for."""

    kind: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    bullet: ParagraphStyle
    numbered: ParagraphStyle
    small: ParagraphStyle
    note: ParagraphStyle
    link_line: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_note: ParagraphStyle
    cell_head: ParagraphStyle
    cell_right: ParagraphStyle
    cell_overdue: ParagraphStyle
    toc_0: ParagraphStyle
    toc_1: ParagraphStyle
    cover_title: ParagraphStyle
    cover_line: ParagraphStyle
    #: the Vietnamese official format: black grid tables without colour
    plain_tables: bool = False

    @classmethod
    def build(cls) -> "BriefingStyles":
        return cls(
            kind=_style("kind", BOLD, 9, 12, textColor=MUTED, spaceAfter=2),
            title=_style("title", BOLD, 18, 23, textColor=NAVY, spaceAfter=4),
            subtitle=_style("subtitle", REGULAR, 10.5, 14, textColor=MUTED, spaceAfter=10),
            h1=_style("h1", BOLD, 14, 18, textColor=NAVY, spaceBefore=14, spaceAfter=6),
            h2=_style("h2", BOLD, 11.5, 15, textColor=NAVY, spaceBefore=10, spaceAfter=4),
            h3=_style("h3", BOLD, 10, 13, spaceBefore=7, spaceAfter=3),
            body=_style("body", REGULAR, 9.5, 13.5, spaceAfter=5),
            bullet=_style(
                "bullet", REGULAR, 9.5, 13.5, leftIndent=12, bulletIndent=2, spaceAfter=3
            ),
            # room for "12." before the text
            numbered=_style(
                "numbered", REGULAR, 9.5, 13.5, leftIndent=18, bulletIndent=2, spaceAfter=3
            ),
            small=_style("small", REGULAR, 8, 10.5, textColor=MUTED, spaceAfter=3),
            note=_style("note", ITALIC, 8.5, 11.5, textColor=MUTED, spaceAfter=4),
            link_line=_style("link_line", REGULAR, 7.5, 10, leftIndent=12, spaceAfter=4),
            cell=_style("cell", REGULAR, 8.5, 11),
            cell_bold=_style("cell_bold", BOLD, 8.5, 11),
            cell_note=_style("cell_note", ITALIC, 8.5, 11, textColor=MUTED),
            cell_head=_style("cell_head", BOLD, 8.5, 11, textColor=colors.white),
            cell_right=_style("cell_right", REGULAR, 8.5, 11, alignment=TA_RIGHT),
            cell_overdue=_style("cell_overdue", BOLD, 8.5, 11, textColor=OVERDUE),
            toc_0=_style("toc_0", BOLD, 10, 14, spaceBefore=4),
            toc_1=_style("toc_1", REGULAR, 9.5, 13, leftIndent=14),
            cover_title=_style(
                "cover_title", BOLD, 24, 30, textColor=NAVY, alignment=TA_CENTER, spaceAfter=12
            ),
            cover_line=_style(
                "cover_line", REGULAR, 11.5, 16, textColor=MUTED, alignment=TA_CENTER, spaceAfter=4
            ),
        )

    @classmethod
    def build_official(cls) -> "BriefingStyles":
        """The Vietnamese official format (Decree 30/2020/NĐ-CP): Liberation Serif (Times New
        Roman's metrics) in black, body 13 pt justified with a first-line indent of 1 cm and
        6 pt between paragraphs, headings bold, tables 11.5 pt."""
        cm = 72 / 2.54
        indent = official_parts.INDENT_MM / 10 * cm
        body = {"alignment": TA_JUSTIFY, "firstLineIndent": indent, "spaceAfter": 6}
        heading = {"textColor": INK, "keepWithNext": 0}
        cell = official_parts.CELL_SIZE, 14
        return cls(
            kind=serif_style("kind", SERIF_BOLD, 13, 16, alignment=TA_CENTER),
            title=serif_style("title", SERIF_BOLD, 14, 18, alignment=TA_CENTER, spaceAfter=4),
            subtitle=serif_style(
                "subtitle", SERIF_ITALIC, 13, 16, alignment=TA_CENTER, spaceAfter=10
            ),
            h1=serif_style("h1", SERIF_BOLD, 13, 17, spaceBefore=10, spaceAfter=6, **heading),
            h2=serif_style("h2", SERIF_BOLD, 13, 17, spaceBefore=8, spaceAfter=4, **heading),
            h3=serif_style("h3", SERIF_BOLD_ITALIC, 13, 17, spaceBefore=6, spaceAfter=3, **heading),
            body=serif_style("body", SERIF, official_parts.BODY_SIZE, 17, **body),
            bullet=serif_style("bullet", SERIF, 13, 17, leftIndent=1 * cm, bulletIndent=0.5 * cm),
            numbered=serif_style(
                "numbered", SERIF, 13, 17, leftIndent=1 * cm, bulletIndent=0.3 * cm
            ),
            small=serif_style("small", SERIF_ITALIC, 11, 13.5, spaceAfter=3),
            note=serif_style("note", SERIF_ITALIC, 12, 15, spaceAfter=4),
            link_line=serif_style("link_line", SERIF, 11, 13.5, leftIndent=1 * cm, spaceAfter=4),
            cell=serif_style("cell", SERIF, *cell),
            cell_bold=serif_style("cell_bold", SERIF_BOLD, *cell),
            cell_note=serif_style("cell_note", SERIF_ITALIC, *cell),
            cell_head=serif_style("cell_head", SERIF_BOLD, *cell, alignment=TA_CENTER),
            cell_right=serif_style("cell_right", SERIF, *cell, alignment=TA_RIGHT),
            cell_overdue=serif_style("cell_overdue", SERIF_BOLD, *cell, textColor=OVERDUE),
            toc_0=serif_style("toc_0", SERIF_BOLD, 13, 17, spaceBefore=4),
            toc_1=serif_style("toc_1", SERIF, 13, 17, leftIndent=14),
            cover_title=serif_style("cover_title", SERIF_BOLD, 16, 21, alignment=TA_CENTER),
            cover_line=serif_style("cover_line", SERIF, 13, 17, alignment=TA_CENTER, spaceAfter=4),
            plain_tables=True,
        )

    @staticmethod
    def _official_table() -> TableStyle:
        """Official tables: a black grid, no colour."""
        return TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SERIF),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("GRID", (0, 0), (-1, -1), 0.5, INK),
            ]
        )

    @staticmethod
    def font_of(style: ParagraphStyle) -> str:
        return str(style.fontName)

    def table(self, *, striped: bool = True, header: bool = True) -> TableStyle:
        """Grid tables: a navy header row, light stripes, thin rules, top-aligned cells (in the
        official format a plain black grid)."""
        if self.plain_tables:
            return self._official_table()
        commands: list[tuple[object, ...]] = [
            # the cell font is set even around Paragraph cells: keep it off unembedded Helvetica
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("ALIGN", (0, 0), (-1, -1), "LEFT"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ]
        if header:
            commands.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL))
        if striped:
            first = 1 if header else 0
            commands.append(("ROWBACKGROUNDS", (0, first), (-1, -1), [colors.white, STRIPE]))
        return TableStyle(commands)
