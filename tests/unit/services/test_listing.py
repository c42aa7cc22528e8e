"""Paged lists: filtered and sorted in SQL, page by page, with a stable order."""

from datetime import date

import pytest

from briefing_app.domain.enums import ActionStatus, Classification, DuePrecision
from briefing_app.domain.errors import UserError
from briefing_app.domain.text import fold
from briefing_app.services import listing
from briefing_app.services.action_lifecycle import NewAction, create_action
from briefing_app.services.actions import ActionEdit, update_action
from briefing_app.services.dto import PartyRef
from briefing_app.services.pages import PageRequest
from briefing_app.services.queries import ActionFilter
from briefing_app.store.database import OpenedDatabase


def test_pages_cover_every_row_once_in_order(seeded_db: OpenedDatabase) -> None:
    engine = seeded_db.engine
    seen: list[str] = []
    offset = 0
    while True:
        page = listing.page_localities(
            engine, None, PageRequest(offset=offset, limit=20, sort="name")
        )
        assert page.total == 81
        seen += [r.name for r in page.rows]
        offset += len(page.rows)
        if not page.has_more:
            break
    assert len(seen) == len(set(seen)) == 81
    assert [fold(n) for n in seen] == sorted(fold(n) for n in seen)


@pytest.mark.parametrize("key", listing.ACTION_SORT_KEYS)
def test_every_action_column_sorts_both_ways(seeded_db: OpenedDatabase, key: str) -> None:
    up = listing.page_actions(seeded_db.engine, None, PageRequest(sort=key))
    down = listing.page_actions(seeded_db.engine, None, PageRequest(sort=key, descending=True))
    assert sorted(r.id for r in up.rows) == sorted(r.id for r in down.rows)
    assert up.total == down.total == 7


def test_sorting_by_status_follows_the_workflow(seeded_db: OpenedDatabase) -> None:
    update_action(seeded_db.engine, 4, ActionEdit(status=ActionStatus.IN_PROGRESS), changed_by="t")
    rows = listing.page_actions(seeded_db.engine, None, PageRequest(sort="status")).rows
    order = list(ActionStatus)
    ranks = [order.index(r.status) for r in rows]
    assert ranks == sorted(ranks)


def test_sorting_by_owner_puts_unowned_last_both_ways(seeded_db: OpenedDatabase) -> None:
    for descending in (False, True):
        rows = listing.page_actions(
            seeded_db.engine, None, PageRequest(sort="owner", descending=descending)
        ).rows
        owners = [r.owner for r in rows]
        assert owners[-1] is None and owners[0] is not None


def test_unknown_sort_key_is_refused(seeded_db: OpenedDatabase) -> None:
    with pytest.raises(UserError):
        listing.page_actions(seeded_db.engine, None, PageRequest(sort="title; DROP TABLE x"))


def test_action_filters(seeded_db: OpenedDatabase) -> None:
    engine = seeded_db.engine

    def ids(query: ActionFilter) -> set[int]:
        return {r.id for r in listing.page_actions(engine, query, today=date(2026, 6, 1)).rows}

    assert ids(ActionFilter(search="thanh hoa")) == {1, 2, 3, 4, 5}  # owner names count too
    assert ids(ActionFilter(search="%")) == set()  # typed text is data, not LIKE syntax
    assert ids(ActionFilter(statuses=(ActionStatus.PROPOSED,))) == {1, 5, 6, 7}
    assert ids(ActionFilter(meeting_id=1)) == {1, 2, 3, 4, 5}
    owner = listing.page_localities(engine, "yamanashi").rows[0]
    assert ids(ActionFilter(owner=PartyRef("locality", owner.id, owner.name))) == {2, 4}
    update_action(
        engine,
        6,
        ActionEdit(
            due=(date(2026, 3, 1), DuePrecision.MONTH),
            classification=Classification.INTERNAL,
            area_ids=(4,),
        ),
        changed_by="t",
    )
    assert ids(ActionFilter(overdue_only=True)) == {6}
    assert ids(ActionFilter(classifications=(Classification.INTERNAL,))) == {6}
    assert ids(ActionFilter(area_id=4)) == {6}
    # Due range: a period overlapping the range counts; "2026" overlaps any range in 2026.
    assert ids(ActionFilter(due_from=date(2026, 3, 31), due_to=date(2026, 4, 30))) == {2, 3, 6}
    assert ids(ActionFilter(due_from=date(2026, 4, 1), due_to=date(2026, 4, 30))) == {2, 3}


def test_search_counts_match_the_lists(seeded_db: OpenedDatabase) -> None:
    engine = seeded_db.engine
    create_action(engine, NewAction(meeting_id=2, title="Visit Đà Nẵng"), changed_by="t")
    counts = listing.search_counts(engine, "da nang")
    assert counts["actions"] == listing.page_actions(engine, ActionFilter(search="da nang")).total
    assert counts["localities"] == 1
    japanese = listing.search_counts(engine, "山梨")
    assert japanese["localities"] == 1 and japanese["meetings"] == 1
    assert set(counts) == set(listing.LIST_KINDS)
