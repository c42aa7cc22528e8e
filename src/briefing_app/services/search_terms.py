"""Turn what a user typed into SQL conditions that treat it as data, never as syntax."""

import sqlalchemy as sa
from sqlalchemy.orm import InstrumentedAttribute

from briefing_app.domain.text import fold

MAX_QUERY_LENGTH = 500
#: Words past this many are ignored (a long paste would otherwise build a too-deep SQL tree).
MAX_TERMS = 16
LIKE_ESCAPE = "\\"
_LIKE_ESCAPE = LIKE_ESCAPE


def escape_like(term: str) -> str:
    return (
        term.replace(_LIKE_ESCAPE, _LIKE_ESCAPE * 2)
        .replace("%", _LIKE_ESCAPE + "%")
        .replace("_", _LIKE_ESCAPE + "_")
    )


def _storable(ch: str) -> bool:
    """SQLite cannot take NUL in a pattern, and a lone surrogate (a broken paste) cannot be
    encoded to UTF-8 at all."""
    return ch != "\x00" and not 0xD800 <= ord(ch) <= 0xDFFF


def folded_terms(text: str | None) -> list[str]:
    """The folded words of a query (at most MAX_TERMS), without characters SQLite cannot
    take; long pastes are cut, not refused."""
    if not text:
        return []
    clean = "".join(ch for ch in text[:MAX_QUERY_LENGTH] if _storable(ch))
    return fold(clean).split()[:MAX_TERMS]


def matches_all(
    text: str | None, *columns: sa.ColumnElement[str] | InstrumentedAttribute[str]
) -> sa.ColumnElement[bool]:
    """Every word of `text` occurs (folded) in at least one of `columns` (already folded)."""
    conditions = []
    for term in folded_terms(text):
        pattern = f"%{escape_like(term)}%"
        conditions.append(sa.or_(*(c.like(pattern, escape=_LIKE_ESCAPE) for c in columns)))
    return sa.and_(sa.true(), *conditions)
