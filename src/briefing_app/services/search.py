"""One global search over every kind of record (issue 5).

What the user types is folded (DESIGN §5) and split into words. Where some records of a kind
hold the words side by side as typed (a phrase), those are that kind's matches; otherwise every
record holding every word, anywhere, matches. Vietnamese words are syllables, and folded text is
full of them: typed without marks, "thanh hoa" would otherwise also find every text with
"thành công" and "văn hóa" far apart, while the province is what was meant. On
SQLite, words of three characters or more go to the FTS5 trigram index as quoted strings (so
quotes, AND, OR, NEAR, `*` are plain text); shorter words are matched with LIKE (escaped) on the
same table, since trigrams cannot match them. On PostgreSQL every word is matched with LIKE
(escaped) on the index table's text, which its GIN trigram index answers for words of three
characters or more (store.search_index): the same rows. A query made only of one- and
two-character words has no trigram to look up, so its LIKE scan covers the SHORT_QUERY_SCAN most
recent records of each kind (every record of the small kinds); from the third character
everything is searched.

The list views and the CLI's `--search` filter with `indexed_match`: the same index, the same
words, the same related names (a meeting's parties, an action's owner and counterpart …), so a
list shows what the global search finds, without its short-query bound.

Ranking, within each kind: the whole query equal to or a prefix of a name, a name containing
every word, then the same for titles, then body text; more recent records break ties. Groups
come in the order of their best hit.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.visitors import InternalTraversal

from briefing_app.domain.shown_text import shown
from briefing_app.services.search_terms import LIKE_ESCAPE, escape_like, folded_terms
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
    #: what a hit shows under its title, as stored: native-script names, stored values (enums,
    #: which the interface names in its language), dates; empty ones left out
    details: tuple[Any, ...]
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
    recency: str | None


def fts_phrase(term: str) -> str:
    """One word as an FTS5 string: always quoted, inner quotes doubled, so it is never syntax."""
    return '"' + term.replace('"', '""') + '"'


_FTS = sa.table(
    index.TABLE,
    sa.column("rowid"),
    sa.column("name"),
    sa.column("title"),
    sa.column("body"),
    sa.column("recency"),
)
#: The text the index holds, as FTS5 stores it (a plain table, columns c0… in the order of the
#: virtual table's), under the virtual table's column names. A LIKE scan reads it about twice as
#: fast as through the virtual table, which fetches each row's text separately.
_CONTENT = sa.table(
    index.TABLE + "_content", *(sa.column(c) for c in ("id", "c0", "c1", "c2", "c3"))
)
_STORED = sa.select(
    _CONTENT.c.id.label("rowid"),
    _CONTENT.c.c0.label("name"),
    _CONTENT.c.c1.label("title"),
    _CONTENT.c.c2.label("body"),
    _CONTENT.c.c3.label("recency"),
).subquery("stored")


def _short(terms: Sequence[str]) -> bool:
    """No word is long enough for a trigram."""
    return all(len(t) < 3 for t in terms)


def _source(terms: Sequence[str], database: str) -> sa.FromClause:
    """Where to look: the index table; on SQLite, the FTS5 table when a word is long enough
    for its trigrams, else (one- and two-character words, matched with LIKE row by row) the
    text it stores."""
    return _STORED if database == "sqlite" and _short(terms) else _FTS


def _index_conditions(
    spec: index.IndexedKind,
    terms: Sequence[str],
    source: sa.FromClause,
    database: str,
    first: int | None = None,
) -> list[sa.ColumnElement[bool]]:
    """Conditions on `source`: a row of `spec` (from rowid `first` on, if given) holding every
    word (on SQLite, three characters or more through the trigram index, shorter ones with
    LIKE; on PostgreSQL, LIKE, which the trigram index answers). One rowid range, so that the
    scan is bounded by both ends."""
    rows = source.c
    conditions: list[sa.ColumnElement[bool]] = [
        rows.rowid.between(spec.low if first is None else first, spec.high)
    ]
    if database != "sqlite":
        text = sa.literal_column(index.POSTGRESQL_TEXT, sa.Text())
        patterns = (sa.literal(f"%{escape_like(t)}%", sa.Text()) for t in terms)
        return conditions + [text.like(p, escape=LIKE_ESCAPE) for p in patterns]
    long_terms = [t for t in terms if len(t) >= 3]
    if long_terms:
        phrases = " ".join(fts_phrase(t) for t in long_terms)
        conditions.append(sa.literal_column(index.TABLE).op("MATCH")(sa.literal(phrases)))
    for term in (t for t in terms if len(t) < 3):
        pattern = f"%{escape_like(term)}%"
        conditions.append(
            sa.or_(
                *(c.like(pattern, escape=LIKE_ESCAPE) for c in (rows.name, rows.title, rows.body))
            )
        )
    return conditions


class _PerDatabase(sa.ColumnElement[bool]):
    """A search condition chosen when its statement is compiled: through SQLite's FTS5 index
    or PostgreSQL's trigram index. Queries using it need no engine to be built (the CLI's, the
    exporter's and the briefings' action queries are built without one)."""

    type = sa.Boolean()
    #: a condition in itself: without this, SQLite (no native boolean) gets "(…) = 1", which
    #: hides the `id IN (…)` from its planner and scans every row
    _is_implicitly_boolean = True
    inherit_cache = True
    _traverse_internals = [
        ("sqlite", InternalTraversal.dp_clauseelement),
        ("postgresql", InternalTraversal.dp_clauseelement),
    ]

    def __init__(self, sqlite: sa.ColumnElement[bool], postgresql: sa.ColumnElement[bool]):
        self.sqlite = sqlite
        self.postgresql = postgresql


@compiles(_PerDatabase)
def _compile_postgresql(element: _PerDatabase, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.postgresql, **kw)


@compiles(_PerDatabase, "sqlite")
def _compile_sqlite(element: _PerDatabase, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.sqlite, **kw)


def _index_ids(spec: index.IndexedKind, terms: Sequence[str], database: str) -> sa.Select[Any]:
    """The ids of the records of `spec` whose index row holds every word."""
    source = _source(terms, database)
    conditions = _index_conditions(spec, terms, source, database)
    return sa.select(source.c.rowid - spec.low).where(*conditions)


def _matching_ids(spec: index.IndexedKind, terms: Sequence[str], database: str) -> Any:
    """The ids of the records of `spec` holding the words as typed, side by side, if any
    does; else those holding every word (see the module docstring)."""
    every_word = _index_ids(spec, terms, database)
    if len(terms) < 2:
        return every_word
    phrase = _index_ids(spec, [" ".join(terms)], database)
    return sa.union_all(phrase, every_word.where(~phrase.exists()))


def indexed_match(kind: str, text: str | None) -> sa.ColumnElement[bool]:
    """The list views' and the CLI's search condition, through the same index as
    `search_all`: the record (of `kind`'s model, not aliased) holds the words of `text` (as
    a phrase where some record does, see the module docstring), in its own text or its
    related names (its id is among those the index finds)."""
    terms = folded_terms(text)
    if not terms:
        return sa.true()
    spec = index.BY_KIND[kind]
    ids = spec.model.id.in_
    return _PerDatabase(
        ids(_matching_ids(spec, terms, "sqlite")), ids(_matching_ids(spec, terms, "postgresql"))
    )


def _fts_candidates(
    connection: Connection, terms: Sequence[str], kind: index.IndexedKind, cap: int
) -> list[_Candidate]:
    database = connection.dialect.name
    source = _source(terms, database)
    rowid = source.c.rowid
    first = None
    if _short(terms):
        # No trigram to look up: LIKE scans the rows. Bound the scan to the most recent
        # SHORT_QUERY_SCAN records of the kind so a keystroke stays fast on 200,000 actions;
        # the third character searches everything.
        newest = connection.execute(
            sa.select(rowid)
            .where(rowid.between(kind.low, kind.high))
            .order_by(rowid.desc())
            .limit(1)
        ).scalar()
        if newest is None:
            return []
        first = max(kind.low, int(newest) - SHORT_QUERY_SCAN)
    conditions = _index_conditions(kind, terms, source, database, first)
    rows = connection.execute(
        sa.select(rowid, source.c.name, source.c.title, source.c.recency)
        .where(*conditions)
        .order_by(rowid.desc())
        .limit(cap)
    ).all()
    return [_Candidate(int(r[0]) - kind.low, r[1] or "", r[2] or "", _text(r[3])) for r in rows]


def _text(value: object) -> str | None:
    return None if value is None else str(value)


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


def _details(*parts: object) -> tuple[Any, ...]:
    return tuple(p for p in parts if p not in (None, ""))


#: A hit's title (in the reading language, a fallback tagged: domain.shown_text) and details.
_DISPLAY: dict[str, Callable[[Any], tuple[str, tuple[Any, ...]]]] = {
    "locality": lambda r: (shown(r, "name"), _details(r.name_native, r.kind, r.country)),
    "organisation": lambda r: (shown(r, "name"), _details(r.name_native, r.kind)),
    "person": lambda r: (r.full_name, _details(r.name_native, shown(r, "position"))),
    "delegation": lambda r: (shown(r, "name"), _details(r.side)),
    "meeting": lambda r: (shown(r, "title"), _details(r.held_on, r.kind)),
    "action": lambda r: (shown(r, "title"), _details(r.status, r.due_date)),
    "agreement": lambda r: (shown(r, "title"), _details(r.kind, r.status)),
    "source": lambda r: (r.title, _details(r.publisher, r.published_on)),
}


def search_all(engine: Engine, text: str | None, *, limit_per_kind: int = 5) -> list[SearchGroup]:
    """Records of every kind matching `text` (its words side by side where some record of
    the kind holds them so, else every word anywhere), best first, grouped by kind.
    Never raises on what was typed: an empty or unmatched query gives []."""
    terms = folded_terms(text)
    if not terms:
        return []
    query = " ".join(terms)
    groups: list[tuple[int, int, SearchGroup]] = []
    with reading(engine) as session:
        connection = session.connection()
        for position, kind in enumerate(index.KINDS):
            cap = max(CANDIDATES_PER_KIND, limit_per_kind)
            candidates = _fts_candidates(connection, [query], kind, cap) if len(terms) > 1 else []
            if not candidates:  # no record holds the words side by side: each anywhere
                candidates = _fts_candidates(connection, terms, kind, cap)
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
