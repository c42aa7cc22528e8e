"""The shipped fonts and per-run glyph fallback.

ReportLab draws each run of text in one font and silently leaves out any character that font
lacks (DESIGN §8). So every text that reaches a PDF passes through `GlyphFallback`: it is
normalised to NFC, cut into runs, and each run is tagged with the first font of the chain that
has a glyph for every character in it (Noto Sans first for Latin and Vietnamese, IPAexGothic
for Japanese). A character no shipped font covers is printed as U+FFFD and reported with the
record it came from, never dropped in silence.

Each font is registered with ReportLab as a chain (chain_font.py): itself, then the fallbacks.
Paragraph markup tags a run with its font only where the chain would draw it in another, so
a paragraph of Vietnamese and kanji stays one run, which ReportLab lays out fastest.
"""

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from briefing_app.briefing.chain_font import ChainFont
from briefing_app.resources import data_dir

REGULAR = "NotoSans"
BOLD = "NotoSans-Bold"
ITALIC = "NotoSans-Italic"
BOLD_ITALIC = "NotoSans-BoldItalic"
JAPANESE = "IPAexGothic"
#: Liberation Serif: metric-compatible with Times New Roman, with Vietnamese; the face of
#: documents in the Vietnamese official format (Decree 30/2020/NĐ-CP), loaded only for them.
SERIF = "LiberationSerif"
SERIF_BOLD = "LiberationSerif-Bold"
SERIF_ITALIC = "LiberationSerif-Italic"
SERIF_BOLD_ITALIC = "LiberationSerif-BoldItalic"

#: ReportLab font name -> file in resources/fonts, in fallback order after the style's own font.
FONT_FILES: dict[str, str] = {
    REGULAR: "NotoSans-Regular.ttf",
    BOLD: "NotoSans-Bold.ttf",
    ITALIC: "NotoSans-Italic.ttf",
    BOLD_ITALIC: "NotoSans-BoldItalic.ttf",
    JAPANESE: "ipaexg.ttf",
}
SERIF_FILES: dict[str, str] = {
    SERIF: "LiberationSerif-Regular.ttf",
    SERIF_BOLD: "LiberationSerif-Bold.ttf",
    SERIF_ITALIC: "LiberationSerif-Italic.ttf",
    SERIF_BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}
#: Tried, in order, after the font a style asks for. IPAexGothic has no bold or italic face.
FALLBACKS: tuple[str, ...] = (REGULAR, JAPANESE)
#: What an uncovered character prints as (Noto Sans has it): visible, and never a silent gap.
REPLACEMENT = "\ufffd"

Run = tuple[str, str]


def font_dir() -> Path:
    return data_dir("resources") / "fonts"


@dataclass(frozen=True)
class UncoveredCharacter:
    """A character no shipped font can draw, and the record field it came from."""

    char: str
    where: str

    def __str__(self) -> str:
        name = unicodedata.name(self.char, "unnamed character")
        return (
            f"{self.where}: U+{ord(self.char):04X} {name} ({self.char}) is in no shipped font; "
            f"printed as {REPLACEMENT}"
        )


class FontSet:
    """The shipped TrueType fonts, registered with ReportLab once per process, each under its
    name as the chain of itself and the fallbacks."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        #: font name -> the characters it has glyphs for
        self.cmaps: dict[str, frozenset[str]] = {}
        #: font name -> a pattern matching runs of those characters
        self.spans: dict[str, re.Pattern[str]] = {}
        #: font name -> its file's glyphs, embedded under the file's own face name
        self.files: dict[str, TTFont] = {}
        #: font name -> the characters some font of its chain has
        self.reach: dict[str, frozenset[str]] = {}
        self._load(FONT_FILES)
        self._register_families()

    def _load(self, files: dict[str, str]) -> None:
        """Read each file, then register each font under its name as a chain (chain_font.py):
        the font, then the fallbacks, so a paragraph mixing scripts is one font to ReportLab."""
        new = [name for name in files if name not in self.cmaps]
        for name in new:
            path = self.directory / files[name]
            if not path.is_file():
                raise FileNotFoundError(f"Briefing desk is incomplete: font {path} is missing")
            font = TTFont(path.stem, str(path))
            self.files[name] = font
            self.cmaps[name] = frozenset(map(chr, font.face.charToGlyph))
            self.spans[name] = re.compile(_char_class(font.face.charToGlyph) + "+")
        for name in new:
            chain = self.chain(name)
            pdfmetrics.registerFont(
                ChainFont(name, [self.files[f] for f in chain], self.spans[name])
            )
            self.reach[name] = frozenset().union(*(self.cmaps[f] for f in chain))

    def load_serif(self) -> None:
        """Register Liberation Serif (the official format's face), once; <b> and <i> in a
        serif paragraph pick its faces."""
        self._load(SERIF_FILES)
        for bold, italic, name in (
            (0, 0, SERIF),
            (1, 0, SERIF_BOLD),
            (0, 1, SERIF_ITALIC),
            (1, 1, SERIF_BOLD_ITALIC),
        ):
            addMapping(SERIF, bold, italic, name)

    @staticmethod
    def _register_families() -> None:
        """Let <b> and <i> in paragraph markup pick the right Noto face, and keep Japanese
        runs in IPAexGothic whatever the weight (it has one face only)."""
        for bold, italic, name in (
            (0, 0, REGULAR),
            (1, 0, BOLD),
            (0, 1, ITALIC),
            (1, 1, BOLD_ITALIC),
        ):
            addMapping(REGULAR, bold, italic, name)
            addMapping(JAPANESE, bold, italic, JAPANESE)

    def chain(self, font: str) -> tuple[str, ...]:
        """The fonts tried for text set in `font`: that font first, then the fallbacks."""
        if font not in self.cmaps:
            raise KeyError(f"not a shipped font: {font}")
        return (font, *(f for f in FALLBACKS if f != font))

    def covers(self, font: str, text: str) -> bool:
        return self.cmaps[font].issuperset(text)

    def chain_draws(self, font: str, text: str) -> bool:
        """Whether `font`'s chain draws `text` as the glyph fallback would cut it: each
        character is in a font of the chain, and none is a combining mark (which goes with
        its base, not with the first font that has the mark)."""
        return self.reach[font].issuperset(text) and _combining_marks().isdisjoint(text)


def _char_class(codepoints: Iterable[int]) -> str:
    """A regular-expression character class of `codepoints`, as ranges."""
    ranges: list[list[int]] = []
    for cp in sorted(codepoints):
        if ranges and cp == ranges[-1][1] + 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    parts = (f"\\U{a:08x}" if a == b else f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges)
    return "[" + "".join(parts) + "]"


@cache
def _combining_marks() -> frozenset[str]:
    """Every combining mark (canonical combining class other than 0): a set, as testing a text
    against it is many times faster than matching a pattern of their ranges."""
    return frozenset(ch for ch in map(chr, range(0x110000)) if unicodedata.combining(ch))


@cache
def shipped_fonts() -> FontSet:
    """The fonts from resources/fonts, loaded and registered the first time they are needed."""
    return FontSet(font_dir())


def escape(text: str) -> str:
    """Escape text for ReportLab's paragraph markup, so `<`, `>` and `&` print as typed."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def escape_attribute(text: str) -> str:
    return escape(text).replace('"', "&quot;")


def _append(runs: list[Run], run: Run) -> None:
    """Add a run, merging it into the last one when both are in the same font."""
    if runs and runs[-1][0] == run[0]:
        runs[-1] = (run[0], runs[-1][1] + run[1])
    else:
        runs.append(run)


def _clusters(text: str) -> list[str]:
    """Base characters with the combining marks that follow them: a mark must be drawn in the
    same font as its base, or it lands on the wrong glyph."""
    clusters: list[str] = []
    for ch in text:
        if clusters and unicodedata.combining(ch):
            clusters[-1] += ch
        else:
            clusters.append(ch)
    return clusters


class GlyphFallback:
    """Cuts one document's texts into font runs and collects the characters nothing covers."""

    def __init__(self, fonts: FontSet) -> None:
        self.fonts = fonts
        self._uncovered: dict[UncoveredCharacter, None] = {}
        self._choice: dict[tuple[str, str], str | None] = {}

    @property
    def uncovered(self) -> list[UncoveredCharacter]:
        """Each uncovered character once per record field, in the order they were met."""
        return list(self._uncovered)

    def split_runs(self, text: str, *, where: str, font: str = REGULAR) -> list[Run]:
        """`text` (NFC) as (font name, text) runs; `where` names the record for reports.
        A tab (allowed in notes, in no font) is a space, as it would be in a paragraph."""
        text = unicodedata.normalize("NFC", text).replace("\t", " ")
        if self.fonts.covers(font, text):
            return [(font, text)] if text else []
        chain = self.fonts.chain(font)
        if not _combining_marks().isdisjoint(text):
            return self._split_clusters(text, chain, where)
        # Most text is in the style's font: find its spans at C speed and look at the gaps
        # between them (Japanese, mostly) character by character.
        runs: list[Run] = []
        position = 0
        for match in self.fonts.spans[font].finditer(text):
            for ch in text[position : match.start()]:
                _append(runs, self._single(chain, ch, where))
            self._add_span(runs, match.group(), font)
            position = match.end()
        for ch in text[position:]:
            _append(runs, self._single(chain, ch, where))
        return runs

    def _add_span(self, runs: list[Run], span: str, font: str) -> None:
        """Add text `font` covers; leading spaces stay in the current run if it has them."""
        lead = len(span) - len(span.lstrip())
        if lead and runs and self.fonts.covers(runs[-1][0], span[:lead]):
            _append(runs, (runs[-1][0], span[:lead]))
            span = span[lead:]
        if span:
            _append(runs, (font, span))

    def _split_clusters(self, text: str, chain: tuple[str, ...], where: str) -> list[Run]:
        """The careful path for text with combining marks: each base character with its
        marks goes to the first font that has them all."""
        runs: list[Run] = []
        for cluster in _clusters(text):
            chosen = self._font_for(chain, cluster)
            if chosen is None:
                for ch in cluster:
                    _append(runs, self._single(chain, ch, where))
            elif cluster.isspace() and runs and self.fonts.covers(runs[-1][0], cluster):
                _append(runs, (runs[-1][0], cluster))  # spaces stay in the current run
            else:
                _append(runs, (chosen, cluster))
        return runs

    def _single(self, chain: tuple[str, ...], ch: str, where: str) -> Run:
        """One character of a cluster no font draws whole: its own font, or the replacement."""
        chosen = self._font_for(chain, ch)
        if chosen is not None:
            return chosen, ch
        self._uncovered[UncoveredCharacter(ch, where)] = None
        return chain[0], REPLACEMENT

    def _font_for(self, chain: tuple[str, ...], cluster: str) -> str | None:
        key = (chain[0], cluster)
        if key not in self._choice:
            self._choice[key] = next((f for f in chain if self.fonts.covers(f, cluster)), None)
        return self._choice[key]

    def markup(self, text: str, *, where: str, font: str = REGULAR) -> str:
        """Paragraph markup for `text` in a paragraph whose style is set in `font`: line breaks
        become <br/>, markup characters are escaped, and a run in another font gets a <font>
        tag unless `font`'s chain draws it in that font anyway (chain_font.py): so a paragraph
        of Vietnamese and kanji is one run of one font, and only an odd cluster is tagged."""
        lines = []
        for line in text.split("\n"):
            line = unicodedata.normalize("NFC", line).replace("\t", " ")
            if self.fonts.chain_draws(font, line):  # most text: no run needs a tag
                lines.append(escape(line))
                continue
            parts = []
            for run_font, run_text in self.split_runs(line, where=where, font=font):
                escaped = escape(run_text)
                parts.append(
                    escaped
                    if run_font == font or self._drawn_in(font, run_font, run_text)
                    else f'<font name="{run_font}">{escaped}</font>'
                )
            lines.append("".join(parts))
        return "<br/>".join(lines)

    def _drawn_in(self, font: str, run_font: str, text: str) -> bool:
        """Whether `font`'s chain draws each character of `text` in `run_font` (a space may
        be drawn in any font: each has one)."""
        chain = self.fonts.chain(font)
        return all(ch == " " or self._font_for(chain, ch) == run_font for ch in text)
