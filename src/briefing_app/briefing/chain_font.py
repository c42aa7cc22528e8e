"""A ReportLab font made of a chain of TrueType fonts: each character is drawn in the first font
of the chain that has a glyph for it (issue 16).

ReportLab lays a paragraph out in one font about three times as fast as one whose text changes
font: a paragraph with a <font> run takes its multi-fragment line breaking and drawing. Set in
a chain, Vietnamese text naming 山梨県 is one font to ReportLab: widths come from the chain's
merged width table (measured in C by rl_accel), and on the page the text is cut into pieces
per font and subset, each font embedded from its own file as before.

`GlyphFallback.markup` stays the one authority on coverage (DESIGN §4): it leaves untagged only
the runs the chain draws in the font it chose, and tags the others (a combining mark kept in
the font of its base), so a chain changes how fast a brief is laid out, not what it prints.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.rl_accel import instanceStringWidthTTF
from reportlab.pdfbase.ttfonts import TTFont

#: What a piece of drawn text is in: (index of its font in the chain, that font's subset).
Subset = tuple[int, int]


@dataclass(frozen=True)
class ChainFace:
    """What ReportLab reads of a font's face: its name (unique among registered faces), the
    first font's ascent and descent, and every character's width in the font that draws it."""

    name: bytes
    ascent: float
    descent: float
    charWidths: dict[int, float]  # noqa: N815 (ReportLab's names)
    defaultWidth: float  # noqa: N815


class ChainFont:
    """Registered with ReportLab under `name` in place of the chain's first font."""

    # what ReportLab asks of a TrueType font: its own widths, subsets chosen while drawing
    _multiByte = 1  # noqa: N815 (ReportLab's names)
    _dynamicFont = 1  # noqa: N815
    shapable = False

    def __init__(self, name: str, fonts: Sequence[TTFont], first: re.Pattern[str]) -> None:
        """`fonts` in order of preference; `first` matches runs of characters fonts[0] has."""
        self.fontName = name
        self.fonts = tuple(fonts)
        self.encoding = fonts[0].encoding
        self._first = first
        #: character -> index of the first font that has it; characters of fonts[0] left out
        self._owner: dict[str, int] = {}
        widths: dict[int, float] = {}
        for index in reversed(range(len(fonts))):
            face = fonts[index].face
            for code in face.charToGlyph:
                widths[code] = face.charWidths.get(code, face.defaultWidth)
                self._owner[chr(code)] = index
        first_face = fonts[0].face
        self._owner = {ch: i for ch, i in self._owner.items() if i}
        self.face = ChainFace(
            name=f"{name} chain".encode(),
            ascent=first_face.ascent,
            descent=first_face.descent,
            charWidths=widths,
            defaultWidth=first_face.defaultWidth,
        )

    def stringWidth(self, text: str, size: float, encoding: str = "utf8") -> float:  # noqa: N802
        return float(instanceStringWidthTTF(self, text, size, encoding))

    def pieces(self, text: str) -> list[tuple[int, str]]:
        """`text` cut where the font that draws it changes: (index in the chain, text)."""
        if self._first.fullmatch(text) or not text:
            return [(0, text)]
        result: list[tuple[int, str]] = []
        position = 0
        for match in self._first.finditer(text):
            self._add_others(result, text[position : match.start()])
            result.append((0, match.group()))
            position = match.end()
        self._add_others(result, text[position:])
        return result

    def _add_others(self, result: list[tuple[int, str]], gap: str) -> None:
        """Characters the first font lacks: each in the first font of the chain that has it
        (none has it: the first font, whose notdef glyph shows the gap)."""
        for ch in gap:
            index = self._owner.get(ch, 0)
            if result and result[-1][0] == index:
                result[-1] = (index, result[-1][1] + ch)
            else:
                result.append((index, ch))

    def splitString(  # noqa: N802
        self, text: str, doc: object, encoding: str = "utf-8"
    ) -> list[tuple[Subset, bytes]]:
        """As TTFont.splitString: the text's pieces as (subset, codes), subsets now per font."""
        return [
            ((index, subset), codes)
            for index, piece in self.pieces(text)
            for subset, codes in self.fonts[index].splitString(piece, doc)
        ]

    def getSubsetInternalName(self, subset: Subset, doc: object) -> str:  # noqa: N802
        index, number = subset
        return str(self.fonts[index].getSubsetInternalName(number, doc))
