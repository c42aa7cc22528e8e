"""The forum overview: facts with sources, counts, actions by status, overdue and due soon."""

from datetime import date

from briefing_app.domain.enums import ActionStatus, DuePrecision
from briefing_app.services.actions import ActionEdit, update_action
from briefing_app.services.overview import forum_overview
from briefing_app.store.database import OpenedDatabase


def test_overview_of_the_seeded_forum(seeded_db: OpenedDatabase) -> None:
    overview = forum_overview(seeded_db.engine, today=date(2026, 1, 10))
    assert overview.event is not None
    assert overview.event.name == "Vietnam–Japan Local Cooperation Forum"
    assert overview.event.parts, "the forum's parts (press conference, plenary …) are listed"
    labels = [f.label for f in overview.facts]
    assert labels.count("Japanese localities participating") == 2  # 15 and 18, both sourced
    assert all(f.sources for f in overview.facts if f.label == "Japanese localities participating")
    counts = overview.counts
    assert (counts.meetings, counts.delegations, counts.actions) == (4, 3, 7)
    assert counts.localities == 81
    assert sum(s.count for s in overview.by_status) == counts.actions
    assert [s.status for s in overview.by_status] == list(ActionStatus)


def test_overdue_and_due_soon_follow_the_due_precision(seeded_db: OpenedDatabase) -> None:
    engine = seeded_db.engine
    update_action(engine, 1, ActionEdit(due=(date(2026, 3, 1), DuePrecision.MONTH)), changed_by="t")
    update_action(engine, 4, ActionEdit(due=(date(2026, 4, 20), DuePrecision.DAY)), changed_by="t")
    update_action(
        engine,
        5,
        ActionEdit(due=(date(2026, 2, 1), DuePrecision.MONTH), status=ActionStatus.CANCELLED),
        changed_by="t",
    )
    overview = forum_overview(engine, today=date(2026, 4, 1))
    # March 2026 has passed: overdue. A cancelled action is never overdue.
    assert [a.id for a in overview.overdue] == [1]
    assert overview.overdue[0].overdue
    # 20 April is within 30 days; "2026" (year precision) ends in December: not due soon.
    assert [a.id for a in overview.due_soon] == [4]
    assert overview.counts.overdue_actions == 1
    assert overview.counts.due_soon_actions == 1
    year_end = forum_overview(engine, today=date(2026, 12, 10))
    assert {2, 3} <= {a.id for a in year_end.due_soon}


def test_overview_of_an_empty_database(make_db) -> None:  # type: ignore[no-untyped-def]
    empty = make_db("empty.sqlite3", seed=False)
    overview = forum_overview(empty.engine)
    assert overview.event is None
    assert overview.facts == [] and overview.overdue == [] and overview.due_soon == []
    assert overview.counts.actions == 0
