"""One global search over every kind of record (issue 5).

What the user types is folded (DESIGN §5) and split into words. Where some records of a kind
hold the words side by side as typed (a phrase), those are that kind's matches; otherwise every
record holding every word, anywhere, matches. Vietnamese words are syllables, and folded text is
full of them: typed without marks, "thanh hoa" would otherwise also find every text with
"thành công" and "văn hóa" far apart, while the province is what was meant. On
SQLite, words of three characters or more go to the FTS5 trigram index as quoted strings (so
quotes, AND, OR, NEAR, `*` are plain text), which cannot match shorter ones: a query made only
of one- and two-character words is answered, exactly, by the gram index (store.search_grams),
and beside a longer word they are looked for (LIKE, escaped, or instr) in the text of the
rows the trigrams find. On PostgreSQL every word is matched with LIKE (escaped) on the index
table's text, which its GIN trigram index answers for words of three characters or more
(store.search_index): the same rows. There a query made only of one- and two-character words
has no index to look up, so its scan covers the SHORT_QUERY_SCAN most recent records of each
kind (every record of the small kinds); from the third character everything is searched.

The list views and the CLI's `--search` filter with `indexed_match`: the same index, the same
words, the same related names (a meeting's parties, an action's owner and counterpart …), so a
list shows what the global search finds, without its short-query bound. A list read page by
page settles the phrase rule first (`resolve_search`), so that it can read its rows in its
sort's order and look each one up, instead of finding every match first.

Ranking, within each kind: the whole query equal to or a prefix of a name, a name containing
every word, then the same for titles, then body text; more recent records break ties. Groups
come in the order of their best hit.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.visitors import InternalTraversal

from briefing_app.domain.shown_text import shown
from briefing_app.services.search_terms import LIKE_ESCAPE, escape_like, folded_terms
from briefing_app.store import search_grams
from briefing_app.store import search_index as index
from briefing_app.store.unit_of_work import reading

#: At most this many matches per kind are ranked (the most recent ones when there are more).
CANDIDATES_PER_KIND = 300
#: A phrase found in at most this many rows of the index is looked up once for every kind (its
#: rowids, then the texts of each kind's newest): more are looked up kind by kind, newest
#: first, which stops early. On 200,000 actions the worst group's CPU p95: 27.8 ms with 500,
#: 19.6 ms with 10,000, no better above (single words gain nothing: "thanh h" reads the text
#: of every row "thanh" finds to check its "h").
RARE = 10_000
#: On PostgreSQL, queries whose words are all shorter than three characters look at most at
#: this many of the most recent records of each kind (ids are dense enough for a rowid bound).
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
#: The gram index (SQLite): the rows holding one- and two-character words.
_GRAMS = sa.table(search_grams.TABLE, sa.column("rowid"))
#: The text the index holds, as FTS5 stores it (a plain table, columns c0… in the order of the
#: virtual table's), under the virtual table's column names: read by rowid, faster than through
#: the virtual table.
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
    """Where to look: the index table; on SQLite, the trigram index when a word is long enough
    for it, else the gram index."""
    return _GRAMS if database == "sqlite" and _short(terms) else _FTS


def _index_conditions(
    spec: index.IndexedKind | None,
    terms: Sequence[str],
    source: sa.FromClause,
    database: str,
    first: int | sa.ColumnElement[int] | None = None,
    unless: sa.Select[Any] | None = None,
    newest: int | None = None,
) -> list[sa.ColumnElement[bool]]:
    """Conditions on `source` (_source's): a row of `spec` (from rowid `first` on, if given)
    holding every word (on SQLite, through the gram index when every word is shorter than three
    characters, else through the trigram index, shorter words looked for in the text of the
    rows it finds; on PostgreSQL, LIKE, which the trigram index answers). One rowid range, so
    that a lookup or scan is bounded by both ends (`spec` None: the rows of every kind); empty
    when `unless` finds a row (SQLite evaluates a range's ends once, but an uncorrelated NOT
    EXISTS beside the LIKEs on every row, after them)."""
    rows = source.c
    low, last = (spec.low, spec.high) if spec else (index.KINDS[0].low, index.KINDS[-1].high)
    high: int | sa.ColumnElement[int] = last
    if unless is not None:
        high = sa.case((unless.exists(), low - 1), else_=last)
    conditions: list[sa.ColumnElement[bool]] = [
        rows.rowid.between(low if first is None else first, high)
    ]
    if database != "sqlite":
        # found by the server's function (migration 0011), which reads the trigram index as
        # its owner and keeps what the user may read: under row-level security a LIKE here
        # would scan the whole index (LIKE is not leakproof). A caller that reads only the
        # `newest` rows says so: the function returns them all otherwise, however many.
        patterns = sa.literal([f"%{escape_like(t)}%" for t in terms], ARRAY(sa.Text()))
        found = sa.func.briefing_search_rows(patterns, low, last, newest).column_valued("found")
        return conditions + [rows.rowid.in_(sa.select(found))]
    if source is _GRAMS:
        grams = sa.literal(search_grams.query(terms))
        return conditions + [sa.literal_column(search_grams.TABLE).op("MATCH")(grams)]
    phrases = " ".join(fts_phrase(t) for t in terms if len(t) >= 3)
    conditions.append(sa.literal_column(index.TABLE).op("MATCH")(sa.literal(phrases)))
    return conditions + _held(rows, [t for t in terms if len(t) < 3])


def _held(rows: Any, terms: Sequence[str]) -> list[sa.ColumnElement[bool]]:
    """SQLite: conditions on an index row (`rows`: the columns of _FTS or _STORED) holding
    each of `terms` in its text."""
    return [sa.or_(*(_holds(c, t) for c in (rows.name, rows.title, rows.body))) for t in terms]


def _holds(column: sa.ColumnElement[str], term: str) -> sa.ColumnElement[bool]:
    """SQLite: `column` (folded text) holds `term` (folded: no capitals, so LIKE's ignoring
    ASCII case changes nothing). LIKE finds ASCII faster, instr the rest: reading 10,000
    actions' texts for "山梨" takes 40 % less CPU with instr, for "ya" 30 % more."""
    if term.isascii():
        return column.like(f"%{escape_like(term)}%", escape=LIKE_ESCAPE)
    return sa.func.instr(column, term) > 0


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


def _index_ids(
    spec: index.IndexedKind,
    terms: Sequence[str],
    database: str,
    unless: sa.Select[Any] | None = None,
    newest: int | None = None,
) -> sa.Select[Any]:
    """The ids of the records of `spec` whose index row holds every word (none when `unless`
    finds a row; on PostgreSQL only the `newest` ones, if given)."""
    source = _source(terms, database)
    conditions = _index_conditions(spec, terms, source, database, unless=unless, newest=newest)
    return sa.select(source.c.rowid - spec.low).where(*conditions)


def _matching_ids(spec: index.IndexedKind, terms: Sequence[str], database: str) -> Any:
    """The ids of the records of `spec` holding the words as typed, side by side, if any
    does; else those holding every word (see the module docstring)."""
    if len(terms) < 2:
        return _index_ids(spec, terms, database)
    phrase = _index_ids(spec, [" ".join(terms)], database)
    if database == "sqlite":  # "da na": "da" and "na" are not looked up when the phrase is found
        return sa.union_all(phrase, _index_ids(spec, terms, database, unless=phrase))
    somewhere = _index_ids(spec, [" ".join(terms)], database, newest=1).exists()
    return sa.union_all(phrase, _index_ids(spec, terms, database).where(~somewhere))


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


@dataclass(frozen=True)
class ResolvedSearch:
    """A list's search with the phrase rule settled: which records of a kind match, as their
    ids and as conditions on each row of the kind's model (not aliased)."""

    #: the ids of the matching records, in no particular order
    ids: sa.Select[Any]
    #: the record is a match: through the set of `ids` (a query driven by the matches)
    member: sa.ColumnElement[bool]
    #: the same, for a query that reads the records in an index's order and stops at a page's
    #: end: on SQLite the set is not allowed to drive it
    in_order: sa.ColumnElement[bool]
    #: on SQLite, words of one or two characters only: `in_order` reads the record's own
    #: index text instead, which costs a page of a dense word's matches far less than the set
    #: of all of them ("h", in 190,000 of 200,000 actions: 0.1 ms instead of 20 ms), but a
    #: page of a sparse word's many records
    short: bool = False


def resolve_search(connection: Connection, kind: str, text: str | None) -> ResolvedSearch | None:
    """`indexed_match`'s records as a list reads them page by page (None: no words). Whether
    the words side by side are found is asked first (one indexed query), so the query of the
    matches has a single branch."""
    terms = folded_terms(text)
    if not terms:
        return None
    database = connection.dialect.name
    spec = index.BY_KIND[kind]
    if len(terms) > 1:
        phrase = [" ".join(terms)]
        somewhere = _index_ids(spec, phrase, database, newest=1).exists()
        if connection.execute(sa.select(somewhere)).scalar():
            terms = phrase
    ids = _index_ids(spec, terms, database)
    model_id = spec.model.id
    member = model_id.in_(ids)
    if database != "sqlite":
        return ResolvedSearch(ids, member, member)
    if _short(terms):
        stored = _STORED.c
        row = sa.exists().where(stored.rowid == model_id + spec.low, *_held(stored, terms))
        return ResolvedSearch(ids, member, row, short=True)
    return ResolvedSearch(ids, member, (model_id + 0).in_(ids))  # + 0: not an index's column


def _rare_candidates(
    connection: Connection, terms: Sequence[str], cap: int
) -> dict[str, list[_Candidate]] | None:
    """Every kind's candidates (as _candidates gives them) from one query over every kind,
    when the words are found in at most RARE rows of the index; else None. A word of three
    characters or more must be among them (the index is looked up, never scanned). One pass
    over the words' trigrams instead of one per kind: a kind's newest matches, read backwards
    within its range, cost as much as all of them when there are few (a phrase of common
    trigrams, "da nang tou", found nowhere, took 6 ms in each of the three last kinds)."""
    if _short(terms):
        return None
    database = connection.dialect.name
    source = _source(terms, database)
    rowids = (
        connection.execute(
            sa.select(source.c.rowid)
            .where(*_index_conditions(None, terms, source, database, newest=RARE + 1))
            .limit(RARE + 1)
        )
        .scalars()
        .all()
    )
    if len(rowids) > RARE:
        return None
    newest: dict[str, list[int]] = {kind.kind: [] for kind in index.KINDS}
    for rowid in sorted(rowids, reverse=True):
        listed = newest[index.BY_CODE[rowid // index.KIND_STRIDE].kind]
        if len(listed) < cap:
            listed.append(rowid)
    wanted = [rowid for listed in newest.values() for rowid in listed]
    stored = _STORED if database == "sqlite" else _FTS
    texts = {}
    if wanted:
        columns = (stored.c.rowid, stored.c.name, stored.c.title, stored.c.recency)
        read = connection.execute(sa.select(*columns).where(stored.c.rowid.in_(wanted)))
        texts = {int(r[0]): r for r in read}
    return {
        kind.kind: [_candidate(kind, texts[rowid]) for rowid in newest[kind.kind]]
        for kind in index.KINDS
    }


def _candidates(
    connection: Connection, terms: Sequence[str], kinds: Sequence[index.IndexedKind], cap: int
) -> dict[str, list[_Candidate]]:
    """The `cap` newest records of each of `kinds` holding every word: one statement, a UNION
    ALL of one bounded query per kind."""
    database = connection.dialect.name
    source = _source(terms, database)
    rowid = source.c.rowid
    parts = []
    for kind in kinds:
        first: sa.ColumnElement[int] | None = None
        if database != "sqlite" and _short(terms):
            # No index to look up (PostgreSQL): the rows are scanned. Bound the scan to the
            # most recent SHORT_QUERY_SCAN records of the kind so a keystroke stays fast on
            # 200,000 actions; the third character searches everything.
            newest = (
                sa.select(sa.func.max(rowid))
                .where(rowid.between(kind.low, kind.high))
                .correlate(None)
                .scalar_subquery()
            )
            recent = newest - SHORT_QUERY_SCAN
            first = sa.case((recent > kind.low, recent), else_=kind.low)
        conditions = _index_conditions(kind, terms, source, database, first, newest=cap)
        if source is _GRAMS:  # the newest rows it finds, their texts read by rowid
            rowids = sa.select(rowid).where(*conditions).order_by(rowid.desc()).limit(cap)
            stored = _STORED.c
            part = sa.select(stored.rowid, stored.name, stored.title, stored.recency).where(
                stored.rowid.in_(rowids)
            )
        else:
            columns = (rowid, source.c.name, source.c.title, source.c.recency)
            part = sa.select(*columns).where(*conditions).order_by(rowid.desc()).limit(cap)
        parts.append(sa.select(part.subquery()))
    found: dict[str, list[_Candidate]] = {kind.kind: [] for kind in kinds}
    if parts:
        for row in connection.execute(sa.union_all(*parts)):
            kind = index.BY_CODE[int(row[0]) // index.KIND_STRIDE]
            found[kind.kind].append(_candidate(kind, row))
    return found


def _candidate(kind: index.IndexedKind, row: Any) -> _Candidate:
    """A candidate from an index row (rowid, name, title, recency)."""
    return _Candidate(int(row[0]) - kind.low, row[1] or "", row[2] or "", _text(row[3]))


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
    cap = max(CANDIDATES_PER_KIND, limit_per_kind)
    groups: list[tuple[int, int, SearchGroup]] = []
    with reading(engine) as session:
        connection = session.connection()
        found: dict[str, list[_Candidate]] = {}
        if len(terms) > 1:
            phrase = [query]
            found = _rare_candidates(connection, phrase, cap) or _candidates(
                connection, phrase, index.KINDS, cap
            )
        # where no record holds the words side by side: each anywhere
        elsewhere = [kind for kind in index.KINDS if not found.get(kind.kind)]
        found |= _candidates(connection, terms, elsewhere, cap)
        for position, kind in enumerate(index.KINDS):
            best = _ordered(found[kind.kind], query, terms)[:limit_per_kind]
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
