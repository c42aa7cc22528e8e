"""The action list's search page by page, and the global search, against Python on a
generated database (issue 16).

The list reads a searched page in one of two ways (its matches sorted among themselves, or the
actions read in the sort's order and each looked up in the search index) and counts up to a
bound: whichever way, the pages joined end to end must be exactly the actions whose indexed
text holds the words (side by side where some action holds them so, else each anywhere: the
rule of services.search, decided here by Python's `in` on the index's text), in the order
Python sorts them, with each page's count bounded as the list promises. One- and
two-character words (Latin and kanji) take the gram index on SQLite (the scan of the index's
text on PostgreSQL), longer ones the trigram index. The global search's hits (each kind's
newest matches, ranked) likewise. On SQLite and on PostgreSQL (the generated database copied
there)."""

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from briefing_app.domain.enums import ActionStatus
from briefing_app.services import listing, search
from briefing_app.services.pages import PageRequest
from briefing_app.services.queries import ActionFilter, list_actions
from briefing_app.services.search_terms import folded_terms
from briefing_app.store import search_index
from briefing_app.store.copy import copy_database
from briefing_app.store.database import open_database
from pg_databases import PgDatabases

TODAY = date(2026, 11, 23)
PAGE = 37
BOUND = 60
ACTION = search_index.BY_KIND["action"]

#: What is typed -> how many of the 407 generated actions it finds: dense and sparse one- and
#: two-character words in Latin and kanji, a trigram word, phrases found (with a short word
#: too) and not found (each word anywhere then: with a trigram word, or only short ones), and
#: nothing.
SEARCHES = {
    "a": 407,
    "th": 146,
    "県": 218,
    "山梨": 5,
    "広": 15,
    "yamanashi": 5,
    "da nang": 29,
    "thanh h": 9,
    "nang da": 31,
    "h 県": 217,
    "th ky": 6,
    "zzzq": 0,
}


@pytest.fixture(scope="module")
def engine(
    backend: str,
    generated_template: Path,
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Engine]:
    """The generated database (407 actions, 40 meetings; read only here), on the backend
    under test."""
    path = tmp_path_factory.mktemp("copy") / "db.sqlite3"
    shutil.copyfile(generated_template, path)
    url = f"sqlite:///{path}"
    if backend == "postgresql":
        databases: PgDatabases = request.getfixturevalue("pg_databases")
        source = open_database(url).engine
        url = databases.create_blank()
        copy_database(source, url)
        source.dispose()
    opened = open_database(url)
    yield opened.engine
    opened.engine.dispose()
    if backend == "postgresql":
        databases.release(url)


def _texts(engine: Engine) -> dict[int, tuple[str, str, str]]:
    index = sa.table("search_index", *(sa.column(c) for c in ("rowid", "name", "title", "body")))
    query = sa.select(index).where(index.c.rowid.between(ACTION.low, ACTION.high))
    with engine.connect() as connection:
        return {int(r[0]) - ACTION.low: (r[1], r[2], r[3]) for r in connection.execute(query)}


def _matching(engine: Engine, typed: str) -> set[int]:
    """Python's answer: the actions whose indexed text holds the words side by side if any
    action does, else those holding each word in one of their texts."""
    texts = _texts(engine)
    terms = folded_terms(typed)

    def holds(columns: tuple[str, str, str], words: list[str]) -> bool:
        return all(any(w in c for c in columns) for w in words)

    phrase = [" ".join(terms)]
    if len(terms) > 1 and any(holds(c, phrase) for c in texts.values()):
        terms = phrase
    return {id_ for id_, columns in texts.items() if holds(columns, terms)}


def _in_order(engine: Engine, wanted: set[int], sort: str, descending: bool) -> list[int]:
    """`wanted` in the list's order, by Python: due date then precision (undated last in
    both directions), or the status in its workflow order; ties by id the same way."""
    action = sa.table(
        "follow_up_actions", *(sa.column(c) for c in ("id", "due_date", "due_precision", "status"))
    )
    with engine.connect() as connection:
        rows = [r for r in connection.execute(sa.select(action)) if r.id in wanted]
    statuses = [s.value for s in ActionStatus]

    def value(row: Any) -> tuple[Any, ...] | None:
        if sort == "status":
            return (statuses.index(row.status),)
        if sort == "due":
            due = (row.due_date, row.due_precision)
            return None if None in due else (str(row.due_date), row.due_precision)
        return (row.id,)

    filled = sorted(
        (r for r in rows if value(r) is not None),
        key=lambda r: (value(r), r.id),
        reverse=descending,
    )
    empty = sorted((r for r in rows if value(r) is None), key=lambda r: r.id, reverse=descending)
    return [r.id for r in filled + empty]


def _paged(engine: Engine, typed: str, sort: str, descending: bool, matches: int) -> list[int]:
    """Every page of the searched list; each page's count as the list promises: exact up to
    BOUND past its start, else "more than" (BOUND + 1 past its start)."""
    ids: list[int] = []
    while True:
        request = PageRequest(len(ids), PAGE, sort, descending)
        page = listing.page_actions(engine, ActionFilter(search=typed), request, today=TODAY)
        beyond = matches - len(ids)
        assert page.offset == len(ids)
        assert (page.total, page.exact) == (
            len(ids) + min(beyond, BOUND + 1),
            beyond <= BOUND,
        ), (typed, len(ids))
        ids += [row.id for row in page.rows]
        if not page.has_more:
            return ids
        assert len(page.rows) == PAGE


@pytest.fixture(params=["sorted among the matches", "read in the sort's order"])
def plan(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Both ways of reading a page, whatever the number of matches."""
    monkeypatch.setattr(listing, "COUNT_BOUND", BOUND)
    among = 1_000 if request.param.startswith("sorted") else 0
    monkeypatch.setattr(listing, "SORT_AMONG", among)
    monkeypatch.setattr(listing, "SORT_AMONG_SHORT", among)
    return str(request.param)


@pytest.mark.parametrize("typed", SEARCHES)
def test_searched_pages_are_the_matches_in_order(engine: Engine, plan: str, typed: str) -> None:
    wanted = _matching(engine, typed)
    assert len(wanted) == SEARCHES[typed], typed  # the generated data still has the case
    for sort in ("due", "status", "id"):
        for descending in (False, True):
            expected = _in_order(engine, wanted, sort, descending)
            paged = _paged(engine, typed, sort, descending, len(expected))
            assert paged == expected, (typed, plan, sort, descending)


@pytest.mark.parametrize("typed", ["県", "da nang", "nang da", "h 県"])
def test_the_command_lines_list_finds_the_same(engine: Engine, typed: str) -> None:
    """The unpaged list (one query, the phrase rule in SQL) agrees with Python too."""
    found = {row.id for row in list_actions(engine, ActionFilter(search=typed), TODAY)}
    assert found == _matching(engine, typed)


def test_a_search_with_other_filters(engine: Engine, plan: str) -> None:
    """The words and the list's other filters together, both ways of reading."""
    statuses = (ActionStatus.PROPOSED, ActionStatus.IN_PROGRESS)
    for typed in ("th", "山梨", "da nang"):
        flt = ActionFilter(search=typed, statuses=statuses)
        expected = {row.id for row in list_actions(engine, ActionFilter(statuses=statuses))}
        expected &= _matching(engine, typed)
        assert expected, typed
        ids: list[int] = []
        while True:
            request = PageRequest(len(ids), PAGE, "due")
            page = listing.page_actions(engine, flt, request, today=TODAY)
            ids += [row.id for row in page.rows]
            if not page.has_more:
                break
        assert ids == _in_order(engine, expected, "due", False), (typed, plan)


# --- the global search on the same database -----------------------------------------------

#: What is typed in the search box: one- and two-character words (the gram index; on
#: PostgreSQL the bounded scan of the newest records), trigram words, phrases found (by some
#: kinds only) and not found.
TYPED = ["山梨", "県", "a", "th", "h 県", "yamanashi", "da nang", "nang da", "hoa", "zzzq"]
TYPED += ["thanh hoa yamanashi", "thanh h", "lam dong"]


def _tier(name: str, title: str, query: str, terms: list[str]) -> int:
    """The ranking rule of services.search, spelt out again: the whole query equal to or the
    start of a name, every word in the name, then the same for titles, then the rest."""
    if name and name == query:
        return 0
    if name and name.startswith(query):
        return 1
    if name and all(t in name for t in terms):
        return 2
    if title and title.startswith(query):
        return 3
    if title and all(t in title for t in terms):
        return 4
    return 5


def _searched(engine: Engine, typed: str, limit: int) -> list[tuple[str, list[tuple[int, int]]]]:
    """Python's search_all: per kind, the CANDIDATES_PER_KIND newest records holding the
    words side by side, else each anywhere (one- and two-character words only, on PostgreSQL:
    among the SHORT_QUERY_SCAN newest), ranked, newest first in a tier; kinds by their best
    hit."""
    index = sa.table("search_index", *(sa.column(c) for c in ("rowid", "name", "title", "body")))
    recency = sa.table("search_index", sa.column("rowid"), sa.column("recency"))
    with engine.connect() as connection:
        rows = connection.execute(sa.select(index)).all()
        when = dict(connection.execute(sa.select(recency)).all())
    terms = folded_terms(typed)
    query = " ".join(terms)
    groups = []
    for position, kind in enumerate(search_index.KINDS):
        own = [r for r in rows if kind.low <= r.rowid <= kind.high]

        def holding(words: list[str], scanned: list[Any]) -> list[Any]:
            return [r for r in scanned if all(any(w in c for c in r[1:]) for w in words)]

        found = holding([query], own) if len(terms) > 1 else []
        if not found:
            scanned = own
            bounded = engine.dialect.name == "postgresql" and all(len(t) < 3 for t in terms)
            if bounded and own:
                newest = max(r.rowid for r in own)
                scanned = [r for r in own if r.rowid >= newest - search.SHORT_QUERY_SCAN]
            found = holding(terms, scanned)
        found = sorted(found, key=lambda r: -r.rowid)[: search.CANDIDATES_PER_KIND]
        found.sort(key=lambda r: -r.rowid)
        found.sort(key=lambda r: str(when[r.rowid] or ""), reverse=True)
        found.sort(key=lambda r: _tier(r.name, r.title, query, terms))
        hits = [(r.rowid - kind.low, _tier(r.name, r.title, query, terms)) for r in found]
        if hits:
            groups.append((hits[0][1], position, kind.kind, hits[:limit]))
    return [(kind, hits) for _tier_, _position, kind, hits in sorted(groups)]


@pytest.mark.parametrize("everywhere", [True, False], ids=["rare words at once", "kind by kind"])
@pytest.mark.parametrize("typed", TYPED)
def test_the_global_search_finds_what_python_finds(
    engine: Engine, monkeypatch: pytest.MonkeyPatch, everywhere: bool, typed: str
) -> None:
    """Small bounds, so that the caps and the short words' scan bound cut in."""
    monkeypatch.setattr(search, "RARE", 10**6 if everywhere else 0)
    monkeypatch.setattr(search, "SHORT_QUERY_SCAN", 50)
    monkeypatch.setattr(search, "CANDIDATES_PER_KIND", 40)
    found = [
        (g.kind, [(h.id, h.rank) for h in g.hits])
        for g in search.search_all(engine, typed, limit_per_kind=12)
    ]
    assert found == _searched(engine, typed, 12)
    assert found or typed == "zzzq"
