"""A list's page is read from an index in every order it offers (issue 16), its first page and
the pages after (keyset paging): the query that finds a page's rows sorts nothing, except the
action list's orders by meeting, owner and counterpart, which sort by another table's names.
SQLite's query plans, on the real schema."""

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine

from briefing_app.services import listing
from briefing_app.services.pages import Page, PageRequest
from briefing_app.services.queries import ActionFilter
from briefing_app.store.database import OpenedDatabase

#: orders by another table's column: a page sorts the matches (see services/listing.py)
JOINED = {"meeting", "owner", "counterpart"}


@contextmanager
def _statements(engine: Engine) -> Iterator[list[tuple[str, Any]]]:
    seen: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        seen.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


def _plan_of_first_read(
    db: OpenedDatabase, read: Callable[[PageRequest], Page[Any]], request: PageRequest
) -> list[str]:
    """The query plan of the statement that found the page's rows (the first one run)."""
    with _statements(db.engine) as seen:
        read(request)
    statement, parameters = next((s, p) for s, p in seen if s.lstrip().startswith("SELECT"))
    assert db.path is not None
    with sqlite3.connect(db.path) as connection:
        return [row[3] for row in connection.execute(f"EXPLAIN QUERY PLAN {statement}", parameters)]


@pytest.mark.sqlite_only
@pytest.mark.parametrize("sort", sorted(set(listing.ACTION_SORT_KEYS) - JOINED))
@pytest.mark.parametrize("descending", [False, True])
def test_every_action_order_is_read_from_an_index(
    seeded_db: OpenedDatabase, sort: str, descending: bool
) -> None:
    def read(request: PageRequest) -> Page[Any]:
        return listing.page_actions(seeded_db.engine, ActionFilter(), request, today=date.today())

    first = read(PageRequest(0, 3, sort, descending))
    assert first.last is not None and first.has_more
    for request in (
        PageRequest(0, 3, sort, descending),
        PageRequest(3, 3, sort, descending, after=first.last),
    ):
        plan = _plan_of_first_read(seeded_db, read, request)
        assert not any("TEMP B-TREE FOR ORDER BY" in step for step in plan), (request, plan)
