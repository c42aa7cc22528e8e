"""One global search over every kind of record (issue 5).

What the user types is folded (DESIGN §5) and split into words; every word must match. Words
of three characters or more go to the FTS5 trigram index as quoted strings (so quotes, AND, OR,
NEAR, `*` are plain text); shorter words are matched with LIKE (escaped) on the same table,
since trigrams cannot match them. On databases without the index (PostgreSQL) the same words are
matched with LIKE on the folded columns. A query made only of one- and two-character words has
no trigram to look up, so its LIKE scan covers the SHORT_QUERY_SCAN most recent records of each
kind (every record of the small kinds); from the third character everything is searched.

Ranking, within each kind: the whole query equal to or a prefix of a name, a name containing
every word, then the same for titles, then body text; more recent records break ties. Groups
come in the order of their best hit.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from briefing_app.domain import models as m
from briefing_app.services.search_terms import LIKE_ESCAPE, escape_like, folded_terms, matches_all
from briefing_app.store import search_index as index
from briefing_app.store.unit_of_work import reading

#: At most this many matches per kind are ranked (the most recent ones when there are more).
CANDIDATES_PER_KIND = 300
#: Queries whose words are all shorter than three characters look at most at this many of the
#: most recent records of each kind (ids are dense enough for a rowid bound).
SHORT_QUERY_SCAN = 10_000
KIND_ORDER = tuple(k.kind for k in index.KINDS)

# Rank tiers (lower is better).
NAME_EXACT, NAME_PREFIX, NAME_CONTAINS, TITLE_PREFIX, TITLE_CONTAINS, BODY = range(6)


@dataclass(frozen=True)
class SearchHit:
    kind: str
    id: int
    title: str
    subtitle: str
    rank: int


@dataclass(frozen=True)
class SearchGroup:
    kind: str
    hits: tuple[SearchHit, ...]


@dataclass(frozen=True)
class _Candidate:
    id: int
    name: str
    title: str
    body: str
    recency: str | None


def search_terms(text: str | None) -> list[str]:
    """The folded words of `text` (at most MAX_TERMS), without characters SQLite cannot take."""
    if not text:
        return []
    clean = "".join(ch for ch in text if not 0xD800 <= ord(ch) <= 0xDFFF and ch != "\x00")
    return folded_terms(clean)


def fts_phrase(term: str) -> str:
    """One word as an FTS5 string: always quoted, inner quotes doubled, so it is never syntax."""
    return '"' + term.replace('"', '""') + '"'


def _fts_where(terms: Sequence[str], kind: index.IndexedKind) -> tuple[str, list[Any]]:
    """SQL condition and parameters on `search_index` for one kind and the given words."""
    clauses = ["rowid BETWEEN ? AND ?"]
    params: list[Any] = [kind.low, kind.high]
    long_terms = [t for t in terms if len(t) >= 3]
    if long_terms:
        clauses.append(f"{index.TABLE} MATCH ?")
        params.append(" ".join(fts_phrase(t) for t in long_terms))
    for term in (t for t in terms if len(t) < 3):
        pattern = f"%{escape_like(term)}%"
        clauses.append(
            "(name LIKE ? ESCAPE '\\' OR title LIKE ? ESCAPE '\\' OR body LIKE ? ESCAPE '\\')"
        )
        params += [pattern, pattern, pattern]
    return " AND ".join(clauses), params


_FTS = sa.table(
    index.TABLE, sa.column("rowid"), sa.column("name"), sa.column("title"), sa.column("body")
)


def indexed_match(
    engine: Engine,
    kind: str,
    text: str | None,
    id_column: Any,
    *fallback_columns: Any,
) -> sa.ColumnElement[bool]:
    """The list views' search condition through the same engine as `search_all`: on SQLite,
    `id_column` is among the ids the index finds for `kind`; elsewhere, LIKE on the folded
    `fallback_columns` (every word in at least one of them)."""
    terms = search_terms(text)
    if not terms:
        return sa.true()
    if engine.dialect.name != "sqlite":
        return matches_all(" ".join(terms), *fallback_columns)
    spec = index.BY_KIND[kind]
    conditions: list[sa.ColumnElement[bool]] = [_FTS.c.rowid.between(spec.low, spec.high)]
    long_terms = [t for t in terms if len(t) >= 3]
    if long_terms:
        phrases = " ".join(fts_phrase(t) for t in long_terms)
        conditions.append(sa.literal_column(index.TABLE).op("MATCH")(sa.literal(phrases)))
    for term in (t for t in terms if len(t) < 3):
        pattern = f"%{escape_like(term)}%"
        conditions.append(
            sa.or_(
                *(
                    c.like(pattern, escape=LIKE_ESCAPE)
                    for c in (_FTS.c.name, _FTS.c.title, _FTS.c.body)
                )
            )
        )
    ids = sa.select(_FTS.c.rowid - spec.low).where(*conditions)
    return id_column.in_(ids)  # type: ignore[no-any-return]


def _fts_candidates(
    connection: Connection, terms: Sequence[str], kind: index.IndexedKind, cap: int
) -> list[_Candidate]:
    where, params = _fts_where(terms, kind)
    if all(len(t) < 3 for t in terms):
        # No trigram to look up: LIKE scans the rows. Bound the scan to the most recent
        # SHORT_QUERY_SCAN records of the kind so a keystroke stays fast on 200,000 actions;
        # the third character searches everything.
        newest = connection.exec_driver_sql(
            f"SELECT rowid FROM {index.TABLE} WHERE rowid BETWEEN ? AND ? "
            "ORDER BY rowid DESC LIMIT 1",
            (kind.low, kind.high),
        ).scalar()
        if newest is None:
            return []
        where += " AND rowid >= ?"
        params.append(max(kind.low, int(newest) - SHORT_QUERY_SCAN))
    rows = connection.exec_driver_sql(
        f"SELECT rowid, name, title, body, recency FROM {index.TABLE} WHERE {where} "
        "ORDER BY rowid DESC LIMIT ?",
        (*params, cap),
    ).all()
    return [
        _Candidate(int(r[0]) - kind.low, r[1] or "", r[2] or "", r[3] or "", _text(r[4]))
        for r in rows
    ]


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _column(model: type[m.Record], column: str | None) -> sa.ColumnElement[Any]:
    return sa.literal("") if column is None else sa.func.coalesce(getattr(model, column), "")


def _like_candidates(
    connection: Connection, text: str, kind: index.IndexedKind, cap: int
) -> list[_Candidate]:
    """The same candidates without the index: LIKE on the folded columns."""
    model = kind.model
    name, title, body = (_column(model, e) for e in (kind.name, kind.title, kind.body))
    recency = sa.null() if kind.recency is None else getattr(model, kind.recency)
    columns = [c for c in (name, title, body) if not isinstance(c, sa.sql.elements.Null)]
    query = (
        sa.select(model.id, name, title, body, recency)
        .where(matches_all(text, *columns))
        .order_by(model.id.desc())
        .limit(cap)
    )
    return [
        _Candidate(int(r[0]), r[1] or "", r[2] or "", r[3] or "", _text(r[4]))
        for r in connection.execute(query)
    ]


def rank(candidate: _Candidate, query: str, terms: Sequence[str]) -> int:
    if candidate.name:
        if candidate.name == query:
            return NAME_EXACT
        if candidate.name.startswith(query):
            return NAME_PREFIX
        if all(t in candidate.name for t in terms):
            return NAME_CONTAINS
    if candidate.title:
        if candidate.title.startswith(query):
            return TITLE_PREFIX
        if all(t in candidate.title for t in terms):
            return TITLE_CONTAINS
    return BODY


def _ordered(candidates: list[_Candidate], query: str, terms: Sequence[str]) -> list[Any]:
    ranked = [(rank(c, query, terms), c) for c in candidates]
    ranked.sort(key=lambda rc: rc[1].id, reverse=True)
    ranked.sort(key=lambda rc: rc[1].recency or "", reverse=True)
    ranked.sort(key=lambda rc: rc[0])
    return ranked


# --- what a hit shows ---------------------------------------------------------------------------


def _join(*parts: object) -> str:
    return " · ".join(str(p) for p in parts if p not in (None, ""))


def _value(enum: object) -> str:
    return str(getattr(enum, "value", enum)).replace("_", " ")


_DISPLAY: dict[str, Callable[[Any], tuple[str, str]]] = {
    "locality": lambda r: (r.name, _join(r.name_native, _value(r.kind), _value(r.country))),
    "organisation": lambda r: (r.name, _join(r.name_native, _value(r.kind))),
    "person": lambda r: (r.full_name, _join(r.name_native, r.position)),
    "delegation": lambda r: (r.name, _value(r.side)),
    "meeting": lambda r: (r.title, _join(r.held_on, _value(r.kind))),
    "action": lambda r: (r.title, _join(_value(r.status), r.due_date)),
    "agreement": lambda r: (r.title, _join(_value(r.kind), _value(r.status))),
    "source": lambda r: (r.title, _join(r.publisher, r.published_on)),
}


def search_all(engine: Engine, text: str | None, *, limit_per_kind: int = 5) -> list[SearchGroup]:
    """Records of every kind matching every word of `text`, best first, grouped by kind.
    Never raises on what was typed: an empty or unmatched query gives []."""
    terms = search_terms(text)
    if not terms:
        return []
    query = " ".join(terms)
    groups: list[tuple[int, int, SearchGroup]] = []
    with reading(engine) as session:
        connection = session.connection()
        use_index = index.has_index(connection)
        for position, kind in enumerate(index.KINDS):
            cap = max(CANDIDATES_PER_KIND, limit_per_kind)
            candidates = (
                _fts_candidates(connection, terms, kind, cap)
                if use_index
                else _like_candidates(connection, query, kind, cap)
            )
            best = _ordered(candidates, query, terms)[:limit_per_kind]
            if not best:
                continue
            records = {
                r.id: r
                for r in session.scalars(
                    sa.select(kind.model).where(kind.model.id.in_([c.id for _, c in best]))
                )
            }
            display = _DISPLAY[kind.kind]
            hits = tuple(
                SearchHit(kind.kind, c.id, *display(records[c.id]), rank=tier)
                for tier, c in best
                if c.id in records
            )
            if hits:
                groups.append((hits[0].rank, position, SearchGroup(kind.kind, hits)))
    groups.sort(key=lambda g: (g[0], g[1]))
    return [g for _, _, g in groups]
