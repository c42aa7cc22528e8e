"""A list's page is found as its rows' keys, then its records are read by id (services/
listing.read_page): on a team server each statement sees what was committed before it (read
committed), so a record a colleague deletes in between is missing from the second read. The
page goes without it."""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy import event

from briefing_app.services import listing
from briefing_app.services.action_lifecycle import delete_action
from briefing_app.services.pages import PageRequest
from briefing_app.services.queries import ActionFilter
from briefing_app.store.database import OpenedDatabase

pytestmark = pytest.mark.postgresql_only  # SQLite reads both in one snapshot


@contextmanager
def deleted_before_the_records_are_read(engine: sa.Engine, action_id: int) -> Iterator[list[bool]]:
    """Delete action `action_id` (another unit of work) right before the page reads its
    records by id, once."""
    done: list[bool] = []

    def before(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if not done and "follow_up_actions.version" in statement:
            done.append(True)
            delete_action(engine, action_id)

    event.listen(engine, "before_cursor_execute", before)
    try:
        yield done
    finally:
        event.remove(engine, "before_cursor_execute", before)


@pytest.mark.parametrize(
    "read",
    [
        lambda engine: listing.page_actions(engine, ActionFilter(), PageRequest(0, 5)),
        lambda engine: listing.page_actions(engine, ActionFilter(search="a"), PageRequest(0, 5)),
    ],
    ids=["listed", "searched"],
)
def test_a_record_deleted_between_keys_and_records_is_left_out(
    seeded_db: OpenedDatabase, read: Callable[[sa.Engine], Any]
) -> None:
    engine = seeded_db.engine
    before = read(engine)
    gone = before.rows[1].id

    with deleted_before_the_records_are_read(engine, gone) as done:
        page = read(engine)

    assert done, "the action was deleted in between"
    assert [row.id for row in page.rows] == [row.id for row in before.rows if row.id != gone]
    assert page.last == before.last
