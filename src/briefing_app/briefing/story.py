"""The PDF renderer: a brief's content (content.py) as ReportLab flowables, every text through
the glyph fallback.

Builders never write paragraph markup: every text comes with `where` naming its record, so
uncovered characters are reported against it and markup characters print as typed.
"""

from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak, Spacer, Table

from briefing_app.briefing import content as c
from briefing_app.briefing.flowables import (
    ContentsEntry,
    Heading,
    LaidOutParagraph,
    RowKeepingTable,
)
from briefing_app.briefing.fonts import GlyphFallback, escape_attribute
from briefing_app.briefing.styles import LINK, BriefingStyles

COVER_TOP = 150.0
#: the label column of a key-value block
KEY_WIDTH = 0.26


class PdfStory:
    """Turns one document's blocks into flowables."""

    def __init__(
        self,
        document: c.Document,
        fallback: GlyphFallback,
        styles: BriefingStyles,
        frame_width: float,
    ) -> None:
        self.document = document
        self.fallback = fallback
        self.styles = styles
        self.frame_width = frame_width
        self.numbers = document.source_numbers()

    # text

    def markup(self, text: c.Text, style: ParagraphStyle) -> str:
        """Markup for `text` inside a paragraph of `style`: its link, then its source marks."""
        inner = self.fallback.markup(text.text, where=text.where, font=self.styles.font_of(style))
        if text.link:
            inner = f'<a href="{escape_attribute(text.link)}" color="{LINK.hexval()}">{inner}</a>'
        marks = self.marks(text.cites)
        return f"{inner} {marks}" if marks and text.text else inner + marks

    def marks(self, cites: Sequence[int]) -> str:
        """ "[1] [3]": the numbers of the cited sources, in order."""
        return " ".join(f"[{n}]" for n in sorted({self.numbers[i] for i in cites}))

    def _cell_style(self, text: c.Text, numeric: bool = False) -> ParagraphStyle:
        styles = self.styles
        if numeric:
            return styles.cell_right
        return {
            c.Tone.PLAIN: styles.cell,
            c.Tone.STRONG: styles.cell_bold,
            c.Tone.NOTE: styles.cell_note,
            c.Tone.ALERT: styles.cell_overdue,
            c.Tone.SMALL: styles.small,
        }[text.tone]

    def _cell(self, cell: c.Cell, numeric: bool = False) -> list[Flowable]:
        return [
            LaidOutParagraph(self.markup(t, style := self._cell_style(t, numeric)), style)
            for t in cell
        ]

    # blocks

    def render(self) -> list[Flowable]:
        document = self.document
        styles = self.styles
        flowables: list[Flowable] = []
        if document.opening:
            flowables += [
                self._paragraph(c.Text(document.kind.upper()), styles.kind),
                self._paragraph(document.title, styles.title),
                *(self._paragraph(line, styles.subtitle) for line in document.subtitle),
            ]
        for block in document.blocks:
            flowables += self.block(block)
        return flowables

    def _paragraph(
        self, text: c.Text, style: ParagraphStyle, bullet: str | None = None
    ) -> Flowable:
        return LaidOutParagraph(self.markup(text, style), style, bulletText=bullet)

    def block(self, block: c.Block) -> list[Flowable]:  # noqa: PLR0911 (one case per kind)
        styles = self.styles
        if isinstance(block, c.Heading):
            return self.heading(block)
        if isinstance(block, c.Paragraph):
            style = styles.note if block.role is c.Role.NOTE else styles.body
            return [self._paragraph(block.text, style)]
        if isinstance(block, c.Bullets):
            return [self._paragraph(t, styles.bullet, "•") for t in block.items]
        if isinstance(block, c.Numbered):
            return [
                self._paragraph(t, styles.numbered, f"{n}.")
                for n, t in enumerate(block.items, start=1)
            ]
        if isinstance(block, c.KeyValues):
            return self.key_values(block)
        if isinstance(block, c.Table):
            return self.table(block)
        if isinstance(block, c.SourceList):
            return self.sources(block)
        if isinstance(block, c.Assessment):
            return self.assessment(block)
        if isinstance(block, c.Cover):
            return self.cover(block)
        if isinstance(block, c.Contents):
            return self.contents()
        if isinstance(block, c.PageBreak):
            return [PageBreak()]
        return [Spacer(1, block.height)]

    def heading(self, heading: c.Heading) -> list[Flowable]:
        style = (self.styles.h1, self.styles.h2, self.styles.h3)[heading.level]
        shown = c.Text(heading.shown, heading.text.where)
        return [
            Heading(
                self.markup(shown, style),
                style,
                key=heading.key,
                plain=heading.shown,
                outline_level=heading.level if heading.outline else None,
            ),
        ]

    def key_values(self, block: c.KeyValues) -> list[Flowable]:
        bold = self.styles.cell_bold
        rows = [
            [LaidOutParagraph(self.markup(c.Text(label), bold), bold), self._cell((value,))]
            for label, value in block.pairs
        ]
        widths = [KEY_WIDTH, 1 - KEY_WIDTH]
        return [self._table(None, rows, widths, striped=False), Spacer(1, 4)]

    def table(self, block: c.Table) -> list[Flowable]:
        head = self.styles.cell_head
        header = (
            [LaidOutParagraph(self.markup(c.Text(col.header), head), head) for col in block.columns]
            if block.header
            else None
        )
        rows = [
            [self._cell(cell, col.numeric) for cell, col in zip(row, block.columns, strict=True)]
            for row in block.rows
        ]
        widths = [col.width for col in block.columns]
        table = self._table(header, rows, widths, striped=block.striped)
        return [table, Spacer(1, 6)]

    def _table(
        self,
        header: list[Flowable] | None,
        rows: Sequence[Sequence[object]],
        widths: Sequence[float],
        *,
        striped: bool,
    ) -> Table:
        """The header row (labels) repeats at the top of every page the table runs onto. A row
        moves whole to the next page rather than split, unless taller than a page: then its
        second part opens with "(continued)"."""
        data = [header, *rows] if header is not None else list(rows)
        table = RowKeepingTable(
            data,
            colWidths=[w * self.frame_width for w in widths],
            repeatRows=1 if header is not None else 0,
            hAlign="LEFT",
            # a description may run to 20,000 characters: let a row continue on the next page
            splitInRow=1,
            continued=self._continued if self.document.continued else None,
        )
        table.setStyle(self.styles.table(striped=striped, header=header is not None))
        return table

    def _continued(self) -> Flowable:
        note = self.styles.cell_note
        return LaidOutParagraph(self.markup(c.Text(self.document.continued), note), note)

    def sources(self, block: c.SourceList) -> list[Flowable]:
        """ "[n] Title. Publisher, date." with the title linked, the address and the day it was
        read under it; in number order."""
        styles = self.styles
        flowables: list[Flowable] = []
        for source in sorted(block.sources, key=lambda s: self.numbers[s.id]):
            where = f"source {source.id}"
            text = self.markup(c.Text(source.title, where, link=source.url), styles.body)
            text += self.markup(c.Text(f". {source.details}.", where), styles.body)
            number = f"[{self.numbers[source.id]}]"
            flowables.append(LaidOutParagraph(text, styles.bullet, bulletText=number))
            address = [
                self.markup(c.Text(source.url, where, link=source.url), styles.link_line)
                if source.url
                else "",
                self.markup(c.Text(f"({source.accessed})"), styles.link_line)
                if source.accessed
                else "",
            ]
            if any(address):
                flowables.append(
                    LaidOutParagraph(" ".join(filter(None, address)), styles.link_line)
                )
        return flowables

    def assessment(self, block: c.Assessment) -> list[Flowable]:
        """Set apart: the label, then each item in the note style."""
        styles = self.styles
        note = styles.note
        return [
            self._paragraph(c.Text(block.label), styles.h3),
            *(
                LaidOutParagraph(" ".join(self.markup(t, note) for t in item if t.text), note)
                for item in block.items
            ),
        ]

    def cover(self, block: c.Cover) -> list[Flowable]:
        styles = self.styles
        return [
            Spacer(1, COVER_TOP),
            self._paragraph(c.Text(block.kind.upper()), styles.cover_line),
            self._paragraph(block.title, styles.cover_title),
            *(
                self._paragraph(line, styles.cover_line) if line.text else Spacer(1, 18)
                for line in block.lines
            ),
            PageBreak(),
        ]

    def contents(self) -> list[Flowable]:
        entries: list[Flowable] = []
        for heading in self.document.contents_entries():
            style = self.styles.toc_0 if heading.level == 0 else self.styles.toc_1
            markup = self.markup(c.Text(heading.shown, heading.text.where), style)
            entries.append(ContentsEntry(markup, style, heading.key))
        return entries
