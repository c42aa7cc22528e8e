"""A brief as data: what it says, section by section, built once from the DTOs and rendered to
PDF (story.py) and Word (docx_render.py).

Free of ReportLab and Qt. Builders write to a `Content`, which numbers headings as they come;
`Content.document()` hands the renderers a `Document`. Every text carries `where`, the record
field it comes from ("label" for our own words), so a renderer can report characters no font
covers against that record; and `cites`, the ids of the sources it rests on, which the renderer
prints as [n] with the document's one numbering (`Document.source_numbers`).
"""

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from enum import Enum

from briefing_app.domain.enums import Classification

LABEL = "label"


class Tone(Enum):
    """How a text stands out: plain, strong (names, titles), a note (italic, muted), an alert
    (overdue), small (secondary lines under a title)."""

    PLAIN = "plain"
    STRONG = "strong"
    NOTE = "note"
    ALERT = "alert"
    SMALL = "small"


@dataclass(frozen=True)
class Text:
    text: str
    #: the record field the text comes from ("meeting 3 summary"), or LABEL
    where: str = LABEL
    #: ids of the sources this text rests on, printed after it as [n]
    cites: tuple[int, ...] = ()
    #: an address, or "#key" for a heading of this document
    link: str | None = None
    tone: Tone = Tone.PLAIN


#: A table cell: one or more lines (a title, then smaller lines under it).
Cell = tuple[Text, ...]


class Role(Enum):
    BODY = "body"
    #: a remark of ours about the document ("None recorded.", "3 items … not included")
    NOTE = "note"


@dataclass(frozen=True)
class Heading:
    text: Text
    #: 0 section, 1 subsection, 2 minor (never numbered, never in the outline or contents)
    level: int
    #: "2.3", or "" when not numbered
    number: str
    #: bookmark name other parts of the document link to ("#meeting-3")
    key: str
    outline: bool
    contents: bool

    @property
    def shown(self) -> str:
        return f"{self.number}  {self.text.text}" if self.number else self.text.text


@dataclass(frozen=True)
class Paragraph:
    text: Text
    role: Role = Role.BODY


@dataclass(frozen=True)
class Bullets:
    items: tuple[Text, ...]


@dataclass(frozen=True)
class Numbered:
    """A list numbered 1. 2. 3. in the order given."""

    items: tuple[Text, ...]


@dataclass(frozen=True)
class KeyValues:
    """Label and value pairs (a two-column table without a header)."""

    pairs: tuple[tuple[str, Text], ...]


@dataclass(frozen=True)
class Column:
    header: str
    #: a fraction of the text width (a table's widths add up to 1 at most)
    width: float
    #: figures: aligned right
    numeric: bool = False


@dataclass(frozen=True)
class Table:
    #: headers and widths; a table without headers has columns with header ""
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    #: the header row is printed (and repeated at the top of each page the table runs onto)
    header: bool = True
    striped: bool = True


@dataclass(frozen=True)
class Source:
    """A source as an official document cites it: "[n] Title. Publisher, date." and under it
    the address and the day it was read. Texts are in the brief's language already."""

    id: int
    title: str
    #: "Báo Thanh Hóa, 25 November 2025"
    details: str
    url: str | None
    #: "accessed 23 November 2026", or None
    accessed: str | None


@dataclass(frozen=True)
class SourceList:
    """Sources, each printed with its number in the document's one numbering, in number
    order."""

    sources: tuple[Source, ...]


@dataclass(frozen=True)
class Assessment:
    """The office's own reading of the facts (why a status is "agreed" …), printed apart from
    them under `label`. Each item's texts print on one line, one after the other (what it is
    about, then the remark)."""

    label: str
    items: tuple[Cell, ...]


@dataclass(frozen=True)
class Cover:
    """A title page: the kind, the title and lines under it; a page break follows."""

    kind: str
    title: Text
    lines: tuple[Text, ...]


@dataclass(frozen=True)
class Contents:
    """The table of contents goes here (the headings with `contents` set)."""


@dataclass(frozen=True)
class PageBreak:
    pass


@dataclass(frozen=True)
class Space:
    """Vertical room in points (the renderers' own spacing aside)."""

    height: float


Block = (
    Heading
    | Paragraph
    | Bullets
    | Numbered
    | KeyValues
    | Table
    | SourceList
    | Assessment
    | Cover
    | Contents
    | PageBreak
    | Space
)


@dataclass(frozen=True)
class Document:
    #: the brief's kind as printed ("Meeting brief")
    kind: str
    title: Text
    subtitle: tuple[Text, ...]
    classification: Classification
    blocks: tuple[Block, ...]
    #: print the kind, title and subtitle at the top of the first page (a cover does it instead)
    opening: bool = True
    #: open the PDF viewer's bookmarks pane (long books)
    show_outline: bool = False
    #: its tables need the page's width: printed landscape
    wide: bool = False
    #: opens the rest of a table row split across pages ("(continued)"), in the brief's language
    continued: str = ""
    #: record fields printed in another language than the brief's, for want of a version in
    #: its own (each marked; language_marks.py)
    fallbacks: int = 0

    def headings(self) -> list[Heading]:
        return [b for b in self.blocks if isinstance(b, Heading)]

    def contents_entries(self) -> list[Heading]:
        return [h for h in self.headings() if h.contents and h.outline]

    def source_numbers(self) -> dict[int, int]:
        """Source id -> its number: one numbering for the whole document, in the order the
        sources are first cited in reading order (inline marks, then source lists), so the
        numbers a reader meets go up ([1] [2] [3], never [2] [1] [3])."""
        numbers: dict[int, int] = {}

        def note(ids: Sequence[int]) -> None:
            for source_id in ids:
                numbers.setdefault(source_id, len(numbers) + 1)

        for block in self.blocks:
            for text in _texts(block):
                note(text.cites)
            if isinstance(block, SourceList):
                note([s.id for s in block.sources])
        return numbers


def _texts(block: Block) -> list[Text]:
    """Every text of a block, in reading order."""
    if isinstance(block, Heading | Paragraph):
        return [block.text]
    if isinstance(block, Bullets | Numbered):
        return list(block.items)
    if isinstance(block, Assessment):
        return [text for item in block.items for text in item]
    if isinstance(block, KeyValues):
        return [text for _, text in block.pairs]
    if isinstance(block, Table):
        return [text for row in block.rows for cell in row for text in cell]
    if isinstance(block, Cover):
        return [block.title, *block.lines]
    return []


def map_texts(block: Block, change: Callable[[Text], Text]) -> Block:
    """The block with `change` applied to each of its texts (those `_texts` lists)."""
    if isinstance(block, Heading | Paragraph):
        return replace(block, text=change(block.text))
    if isinstance(block, Bullets | Numbered):
        return replace(block, items=tuple(change(t) for t in block.items))
    if isinstance(block, Assessment):
        return replace(block, items=tuple(tuple(change(t) for t in item) for item in block.items))
    if isinstance(block, KeyValues):
        return replace(block, pairs=tuple((label, change(t)) for label, t in block.pairs))
    if isinstance(block, Table):
        rows = tuple(tuple(tuple(change(t) for t in c) for c in row) for row in block.rows)
        return replace(block, rows=rows)
    if isinstance(block, Cover):
        return replace(block, title=change(block.title), lines=tuple(map(change, block.lines)))
    return block


@dataclass
class Content:
    """The brief under construction: builders append blocks; headings are numbered here, so
    both renderers print the same numbers."""

    numbered: bool = True
    blocks: list[Block] = field(default_factory=list)
    _numbers: list[int] = field(default_factory=lambda: [0, 0])

    def add(self, *blocks: Block) -> None:
        self.blocks.extend(blocks)

    def paragraph(self, text: str, *, where: str = LABEL, role: Role = Role.BODY) -> None:
        self.add(Paragraph(Text(text, where), role))

    def note(self, text: str) -> None:
        """A remark of ours ("None recorded.")."""
        self.add(Paragraph(Text(text), Role.NOTE))

    def bullets(self, items: Sequence[Text]) -> None:
        """A bulleted list; an item typed with its own marker ("- ", "1. ") loses it, so
        none prints with two."""
        if items:
            self.add(Bullets(tuple(_unmarked(t) for t in items)))

    def numbered_items(self, items: Sequence[Text]) -> None:
        if items:
            self.add(Numbered(tuple(_unmarked(t) for t in items)))

    def key_values(self, pairs: Sequence[tuple[str, Text | None]]) -> None:
        """Label and value pairs; pairs without a value (or with an empty one) are left out."""
        kept = tuple((label, value) for label, value in pairs if value is not None and value.text)
        if kept:
            self.add(KeyValues(kept))

    def table(
        self,
        columns: Sequence[Column],
        rows: Sequence[Sequence[Cell]],
        *,
        header: bool = True,
        striped: bool = True,
    ) -> None:
        """A table; a column empty in every row is left out, its width shared by the others."""
        kept = [
            n
            for n in range(len(columns))
            if any(any(t.text or t.cites for t in r[n]) for r in rows)
        ]
        if rows and len(kept) < len(columns):
            scale = sum(columns[n].width for n in range(len(columns))) / sum(
                columns[n].width for n in kept
            )
            columns = [replace(columns[n], width=columns[n].width * scale) for n in kept]
            rows = [[row[n] for n in kept] for row in rows]
        self.add(
            Table(
                tuple(columns),
                tuple(tuple(row) for row in rows),
                header=header,
                striped=striped,
            )
        )

    def page_break(self) -> None:
        self.add(PageBreak())

    def space(self, height: float) -> None:
        self.add(Space(height))

    def contents_here(self) -> None:
        self.add(Contents())

    def heading(
        self,
        text: str,
        *,
        level: int,
        where: str = LABEL,
        key: str | None = None,
        numbered: bool = True,
        outline: bool = True,
        contents: bool = True,
    ) -> str:
        """A heading at `level` 0 (section), 1 (subsection) or 2 (minor: never numbered, nor
        in the outline or the contents). Returns its number ("3.2"), or "" if unnumbered."""
        major = level < 2
        number = self._next_number(level) if self.numbered and numbered and major else ""
        self.add(
            Heading(
                Text(text, where),
                level,
                number,
                key or f"section-{len(self.blocks)}",
                outline=outline and major,
                contents=contents and outline and major,
            )
        )
        return number

    def _next_number(self, level: int) -> str:
        self._numbers[level] += 1
        if level == 0:
            self._numbers[1] = 0
            return str(self._numbers[0])
        return f"{self._numbers[0]}.{self._numbers[1]}"


#: a list marker typed into an item: "1. ", "2) ", "a. ", "• ", "- ", "– "
_MARKER = re.compile(r"\s*(?:\d{1,3}[.)]|[a-zA-Z][.)]|[•\-–*·])\s+")


def _unmarked(text: Text) -> Text:
    match = _MARKER.match(text.text)
    if match is None or match.end() == len(text.text):
        return text
    return replace(text, text=text.text[match.end() :])


def cell(
    text: str | None, where: str = LABEL, tone: Tone = Tone.PLAIN, cites: Sequence[int] = ()
) -> Cell:
    """A one-line table cell; None prints as empty."""
    return (Text(text or "", where, tuple(cites), tone=tone),)
