"""The action list's pages against a brute-force order on a generated database (issue 16).

Every sort key, both directions, with filters, page after page across page boundaries, and
again after edits: the pages joined end to end are exactly the matches, in the order Python
gives them (empty values last in both directions, ties by id in the same direction). The
matches come from the command line's unpaged list; the counts are bounded past a page's start
and exact on demand."""

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import Engine

from briefing_app.domain.enums import (
    ActionStatus,
    Classification,
    DuePrecision,
    Priority,
)
from briefing_app.services import listing
from briefing_app.services.actions import ActionEdit, update_action
from briefing_app.services.pages import PageRequest
from briefing_app.services.queries import ActionFilter, list_actions
from briefing_app.store.database import open_database

TODAY = date(2026, 11, 23)
PAGE = 37

#: sort key -> the brute-force query's columns it orders by
_COLUMNS = {
    "id": ["id"],
    "title": ["title"],
    "meeting": ["meeting"],
    "owner": ["owner"],
    "counterpart": ["counterpart"],
    "due": ["due_date", "due_precision"],
    "status": ["status"],
    "priority": ["priority"],
    "classification": ["classification"],
}
_RANKS = {
    "status": [s.value for s in ActionStatus],
    "priority": [p.value for p in Priority],
    "classification": [c.value for c in Classification],
}
_ALL = """
SELECT a.id, a.title_folded AS title, m.search_folded AS meeting,
       coalesce(ol.name_folded, oo.name_folded, op.name_folded) AS owner,
       coalesce(cl.name_folded, co.name_folded, cp.name_folded) AS counterpart,
       a.due_date, a.due_precision, a.status, a.priority, a.classification
FROM follow_up_actions a JOIN meetings m ON m.id = a.meeting_id
LEFT JOIN localities ol ON ol.id = a.owner_locality_id
LEFT JOIN organisations oo ON oo.id = a.owner_organisation_id
LEFT JOIN people op ON op.id = a.owner_person_id
LEFT JOIN localities cl ON cl.id = a.counterpart_locality_id
LEFT JOIN organisations co ON co.id = a.counterpart_organisation_id
LEFT JOIN people cp ON cp.id = a.counterpart_person_id
"""


@pytest.fixture
def engine(generated_template: Path, tmp_path: Path) -> Iterator[Engine]:
    path = tmp_path / "db.sqlite3"
    path.write_bytes(generated_template.read_bytes())
    opened = open_database(f"sqlite:///{path}")
    yield opened.engine
    opened.engine.dispose()


def _brute_force(engine: Engine, flt: ActionFilter, sort: str, descending: bool) -> list[int]:
    wanted = {row.id for row in list_actions(engine, flt, TODAY)}
    path = engine.url.database
    assert path is not None
    with closing(sqlite3.connect(path)) as connection:
        connection.row_factory = sqlite3.Row
        rows = [dict(r) for r in connection.execute(_ALL) if r["id"] in wanted]

    def value(row: dict[str, Any]) -> tuple[Any, ...]:
        ranks = _RANKS.get(sort)
        if ranks is not None:
            return (ranks.index(row[sort]),)
        return tuple(row[c] for c in _COLUMNS[sort])

    filled = [r for r in rows if None not in value(r)]
    empty = [r for r in rows if None in value(r)]
    filled.sort(key=lambda r: (value(r), r["id"]), reverse=descending)
    empty.sort(key=lambda r: r["id"], reverse=descending)
    return [r["id"] for r in filled + empty]


def _paged(
    engine: Engine, flt: ActionFilter, sort: str, descending: bool, *, keyset: bool = True
) -> list[int]:
    """Every page joined, each asked for after the previous one's last row (as the list view
    asks: keyset paging), or by its offset."""
    ids: list[int] = []
    after = None
    while True:
        request = PageRequest(len(ids), PAGE, sort, descending, after=after if keyset else None)
        page = listing.page_actions(engine, flt, request, today=TODAY)
        assert page.offset == len(ids)
        ids += [row.id for row in page.rows]
        if not page.has_more:
            assert page.exact and page.total == len(ids)
            return ids
        assert len(page.rows) == PAGE
        assert page.last is not None and page.last[-1] == ids[-1]
        after = page.last


FILTERS = {
    "all": ActionFilter(),
    "open": ActionFilter(statuses=(ActionStatus.PROPOSED, ActionStatus.IN_PROGRESS)),
    "search": ActionFilter(search="lam dong"),
    "overdue, internal at most": ActionFilter(
        overdue_only=True, max_classification=Classification.INTERNAL
    ),
}


@pytest.mark.parametrize("sort", listing.ACTION_SORT_KEYS)
def test_every_sort_in_both_directions_page_by_page(engine: Engine, sort: str) -> None:
    for name, flt in FILTERS.items():
        for descending in (False, True):
            expected = _brute_force(engine, flt, sort, descending)
            assert len(expected) > (PAGE if name != "overdue, internal at most" else 0), name
            assert _paged(engine, flt, sort, descending) == expected, (name, descending)
            by_offset = _paged(engine, flt, sort, descending, keyset=False)
            assert by_offset == expected, (name, descending)


def test_pages_follow_edits(engine: Engine) -> None:
    first = listing.page_actions(engine, ActionFilter(), PageRequest(0, PAGE), today=TODAY)
    moved = first.rows[0].id
    update_action(
        engine,
        moved,
        ActionEdit(title="Zzz cuối danh sách", due=(date(2099, 1, 1), DuePrecision.YEAR)),
        changed_by="test",
        check_status=False,
        today=TODAY,
    )
    for sort in ("due", "title"):
        for descending in (False, True):
            expected = _brute_force(engine, ActionFilter(), sort, descending)
            assert _paged(engine, ActionFilter(), sort, descending) == expected
    assert _paged(engine, ActionFilter(), "due", False)[-1] != moved  # undated ones come after
    assert _paged(engine, ActionFilter(), "title", True)[0] == moved


def test_the_precisions_sort_alphabetically_in_their_declared_order() -> None:
    """The due order's index holds the precision's text: it must sort as the enum does."""
    values = [p.value for p in DuePrecision]
    assert sorted(values) == values


def test_counts_are_bounded_and_exact_on_demand(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    everything = len(list_actions(engine, ActionFilter(), TODAY))
    monkeypatch.setattr(listing, "COUNT_BOUND", 50)
    page = listing.page_actions(engine, ActionFilter(), PageRequest(0, PAGE), today=TODAY)
    assert (page.total, page.exact, page.has_more) == (51, False, True)
    later = listing.page_actions(
        engine, ActionFilter(), PageRequest(everything - 40, PAGE), today=TODAY
    )
    assert (later.total, later.exact) == (everything, True)
    assert listing.count_actions(engine, ActionFilter(), today=TODAY) == everything
    searched = ActionFilter(search="lam dong")
    assert listing.count_actions(engine, searched, today=TODAY) == len(
        list_actions(engine, searched, TODAY)
    )
