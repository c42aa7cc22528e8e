"""Text rules shared by every layer: NFC storage, input checks, and folding for search.

Stored text is NFC, exactly as typed otherwise. Folding (for matching only) goes further:
NFKC (full-width Latin becomes ASCII), case-folded, Latin diacritics removed, and đ/Đ
mapped to d, because đ is a letter of its own in Unicode, not d plus a combining mark.
"""

import re
import unicodedata

from briefing_app.domain.errors import FieldError
from briefing_app.i18n import QT_TRANSLATE_NOOP

_ALLOWED_CONTROLS_MULTILINE = frozenset("\n\t")
_D_STROKE = str.maketrans({"đ": "d", "Đ": "d"})
#: The Combining Diacritical Marks block (see _is_latin_diacritic) and the forbidden controls
#: (see _is_forbidden_control) as patterns: an import folds and checks every character of
#: every cell, so these loops run in C.
_LATIN_DIACRITICS = re.compile(r"[\u0300-\u036f]+")
_FORBIDDEN = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")  # Cc and Cs, exactly
_FORBIDDEN_MULTILINE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")  # \t, \n allowed


def _is_latin_diacritic(ch: str) -> bool:
    """The Combining Diacritical Marks block: every Vietnamese tone and vowel mark is in it,
    while the Japanese voicing marks (U+3099, U+309A) are not and must survive: が is not か."""
    return "\u0300" <= ch <= "\u036f"


def fold(text: str) -> str:
    """The form used to match what a user types against what is stored."""
    compatible = unicodedata.normalize("NFKC", text).translate(_D_STROKE)
    decomposed = unicodedata.normalize("NFD", compatible.casefold())
    stripped = _LATIN_DIACRITICS.sub("", decomposed)
    return unicodedata.normalize("NFC", " ".join(stripped.split()))


def _is_forbidden_control(ch: str, *, multiline: bool) -> bool:
    if multiline and ch in _ALLOWED_CONTROLS_MULTILINE:
        return False
    # Cc: C0/C1 controls, Cs: lone surrogates, Cn would be too strict for new emoji.
    return unicodedata.category(ch) in ("Cc", "Cs")


def clean_text(
    value: str | None,
    *,
    field: str,
    max_length: int,
    required: bool = False,
    multiline: bool = False,
) -> str | None:
    """Return `value` NFC-normalised and trimmed, or raise FieldError saying why it is refused.

    Empty optional text becomes None. The length limit counts characters after NFC.
    """
    if value is None:
        if required:
            raise FieldError(field, QT_TRANSLATE_NOOP("Messages", "is required"))
        return None
    if not isinstance(value, str):
        raise FieldError(field, QT_TRANSLATE_NOOP("Messages", "must be text"))
    text = unicodedata.normalize("NFC", value)
    text = text.replace("\r\n", "\n") if multiline else text
    # Ordinary surrounding whitespace is trimmed; any other control character, even at
    # the edges (\x0b, \x1c, NEL …, which str.strip() would silently drop), is refused below.
    text = text.strip(" \t\r\n")
    found = (_FORBIDDEN_MULTILINE if multiline else _FORBIDDEN).search(text)
    if found is not None:
        ch, position = found.group(), found.start() + 1
        raise FieldError(
            field,
            QT_TRANSLATE_NOOP(
                "Messages", "contains a control character ({code}) at position {position}"
            ),
            code=f"U+{ord(ch):04X}",
            position=position,
        )
    text = text.strip()  # other Unicode spaces (no-break, ideographic) at the edges
    if not text:
        if required:
            raise FieldError(field, QT_TRANSLATE_NOOP("Messages", "is required"))
        return None
    if len(text) > max_length:
        raise FieldError(
            field,
            QT_TRANSLATE_NOOP("Messages", "is too long ({length} characters; at most {limit})"),
            length=len(text),
            limit=max_length,
        )
    return text
