"""What a long text gained and lost in one change (a History row of the Notes or a summary).

Qt-free: the history models show `removed` in the Old value column and `added` in the New value
column instead of two whole texts that a column cuts short; the full texts stay in the tooltips.
Texts of several lines are compared line by line, one long line word by word (words and
punctuation apart).
"""

import difflib
import re
from dataclasses import dataclass

#: A text longer than this is shown as its changes (a shorter one fits its cell whole).
LONG_TEXT = 80
_WORDS = re.compile(r"\s+|\w+|[^\w\s]")


@dataclass(frozen=True)
class TextChange:
    """The parts of the old text that are gone and the parts of the new one that are new, in
    order (each a line, or a run of words)."""

    removed: tuple[str, ...]
    added: tuple[str, ...]
    by_lines: bool = False

    def shown(self, *, old: bool, nothing: str) -> str:
        """One line for a table cell: "− gone ⏎ − gone too" (old) or "+ new … + new too",
        `nothing` when no part was removed (or added)."""
        sign, parts = ("−", self.removed) if old else ("+", self.added)
        separator = " ⏎ " if self.by_lines else " … "
        return separator.join(f"{sign} {part}" for part in parts) or nothing


def is_long(text: str) -> bool:
    return len(text) > LONG_TEXT


def text_change(old: str, new: str) -> TextChange | None:
    """The change from `old` to `new` when either is long and neither is empty; None when the
    two texts are short enough to be shown whole (or one is empty: then it is shown whole)."""
    if not old or not new or old == new or not (is_long(old) or is_long(new)):
        return None
    by_lines = "\n" in old or "\n" in new
    a = old.splitlines() if by_lines else _WORDS.findall(old)
    b = new.splitlines() if by_lines else _WORDS.findall(new)
    removed: list[str] = []
    added: list[str] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag in ("replace", "delete"):
            removed.extend(_parts(a[i1:i2], by_lines))
        if tag in ("replace", "insert"):
            added.extend(_parts(b[j1:j2], by_lines))
    return TextChange(tuple(removed), tuple(added), by_lines)


def _parts(tokens: list[str], by_lines: bool) -> list[str]:
    if by_lines:
        return [line.strip() for line in tokens if line.strip()]
    text = "".join(tokens).strip()
    return [text] if text else []
