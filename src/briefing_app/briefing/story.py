"""The story builder: turns record text into flowables, always through the glyph fallback.

Builders never write paragraph markup by hand: every text that comes from a record goes
through `Story.markup` with `where` naming that record, so uncovered characters are reported
against it and markup characters print as typed.
"""

from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from briefing_app.briefing.flowables import ContentsEntry, Heading, RowKeepingTable
from briefing_app.briefing.fonts import GlyphFallback, escape_attribute
from briefing_app.briefing.labels import Labels
from briefing_app.briefing.styles import LINK, BriefingStyles

#: A piece of text and the record field it comes from ("label" for our own words).
Text = tuple[str, str]
LABEL = "label"
#: Room a heading needs below it on the same page (a few lines of what follows).
KEEP_WITH_HEADING = 60.0


class Story:
    """Collects a briefing's flowables; numbers headings and keeps the contents entries."""

    def __init__(
        self,
        fallback: GlyphFallback,
        styles: BriefingStyles,
        labels: Labels,
        frame_width: float,
        *,
        numbered: bool = True,
    ) -> None:
        self.fallback = fallback
        self.styles = styles
        self.labels = labels
        self.frame_width = frame_width
        self.numbered = numbered
        self.flowables: list[Flowable] = []
        self._numbers = [0, 0]
        self._contents: list[tuple[int, str, str, str]] = []
        self._contents_at: int | None = None

    # text

    def markup(self, text: str, *, where: str, style: ParagraphStyle) -> str:
        """Markup for `text` inside a paragraph of `style`."""
        return self.fallback.markup(text, where=where, font=self.styles.font_of(style))

    def link(self, text: str, url: str | None, *, where: str, style: ParagraphStyle) -> str:
        """`text` as a link to `url` (an address, or "#key" for a heading of this document)."""
        inner = self.markup(text, where=where, style=style)
        if not url:
            return inner
        return f'<a href="{escape_attribute(url)}" color="{LINK.hexval()}">{inner}</a>'

    def cell(
        self, text: str | None, *, where: str, style: ParagraphStyle | None = None
    ) -> Paragraph:
        style = style or self.styles.cell
        return Paragraph(self.markup(text or "", where=where, style=style), style)

    # flowables

    def add(self, *flowables: Flowable) -> None:
        self.flowables.extend(flowables)

    def paragraph(self, text: str, *, where: str, style: ParagraphStyle | None = None) -> None:
        style = style or self.styles.body
        self.add(Paragraph(self.markup(text, where=where, style=style), style))

    def bullets(self, items: Sequence[Text]) -> None:
        style = self.styles.bullet
        for text, where in items:
            self.add(Paragraph(self.markup(text, where=where, style=style), style, bulletText="•"))

    def numbered_items(self, items: Sequence[Text]) -> None:
        """A numbered list, 1. 2. 3. in the order given."""
        style = self.styles.numbered
        for number, (text, where) in enumerate(items, start=1):
            markup = self.markup(text, where=where, style=style)
            self.add(Paragraph(markup, style, bulletText=f"{number}."))

    def spacer(self, height: float) -> None:
        self.add(Spacer(1, height))

    def page_break(self) -> None:
        self.add(PageBreak())

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
        key = key or f"section-{len(self.flowables)}"
        shown = f"{number}  {text}" if number else text
        style = (self.styles.h1, self.styles.h2, self.styles.h3)[level]
        # never leave a heading alone at the foot of a page (keepWithNext would instead push
        # a long table whole onto the next page, leaving this one empty)
        self.add(CondPageBreak(style.spaceBefore + style.leading + KEEP_WITH_HEADING))
        in_outline = outline and major
        self.add(
            Heading(
                self.markup(shown, where=where, style=style),
                style,
                key=key,
                plain=shown,
                outline_level=level if in_outline else None,
            )
        )
        if contents and in_outline:
            self._contents.append((level, shown, where, key))
        return number

    def _next_number(self, level: int) -> str:
        self._numbers[level] += 1
        if level == 0:
            self._numbers[1] = 0
            return str(self._numbers[0])
        return f"{self._numbers[0]}.{self._numbers[1]}"

    def table(
        self,
        header: Sequence[str] | None,
        rows: Sequence[Sequence[Flowable]],
        widths: Sequence[float],
        *,
        striped: bool = True,
        keep_rows: bool = False,
    ) -> None:
        """A table; `widths` are fractions of the frame width. The header row (labels) repeats
        on every page the table runs onto. With `keep_rows` a row moves whole to the next page
        rather than split, unless it is taller than a page."""
        data: list[Sequence[Flowable]] = []
        if header is not None:
            head = self.styles.cell_head
            data.append([Paragraph(self.markup(h, where=LABEL, style=head), head) for h in header])
        data.extend(rows)
        table = (RowKeepingTable if keep_rows else Table)(
            data,
            colWidths=[w * self.frame_width for w in widths],
            repeatRows=1 if header is not None else 0,
            hAlign="LEFT",
            # a description may run to 20,000 characters: let a row continue on the next page
            splitInRow=1,
        )
        table.setStyle(self.styles.table(striped=striped, header=header is not None))
        self.add(table)

    # contents

    def contents_here(self) -> None:
        """Put the table of contents here; it is filled in by `finish`."""
        self._contents_at = len(self.flowables)

    def finish(self) -> list[Flowable]:
        """The flowables, with the table of contents inserted where it was asked for."""
        if self._contents_at is None:
            return self.flowables
        entries: list[Flowable] = []
        for level, text, where, key in self._contents:
            style = self.styles.toc_0 if level == 0 else self.styles.toc_1
            entries.append(ContentsEntry(self.markup(text, where=where, style=style), style, key))
        at = self._contents_at
        return [*self.flowables[:at], *entries, *self.flowables[at:]]
