"""Recurring follow-ups, assignees and what is due, for whom (issue 13)."""

from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from briefing_app.domain import models as m
from briefing_app.domain.due import next_due, period_end
from briefing_app.domain.enums import ActionStatus, DuePrecision, Recurrence
from briefing_app.domain.errors import ValidationError
from briefing_app.services import my_work as my_work_module
from briefing_app.services.action_lifecycle import NEXT_OCCURRENCE, NewAction, create_action
from briefing_app.services.actions import ActionEdit, update_action
from briefing_app.services.my_work import deadline, due_actions, my_work, staff_names
from briefing_app.services.queries import action_detail
from briefing_app.store.database import OpenedDatabase
from briefing_app.store.unit_of_work import reading

D, M, Q, Y = DuePrecision.DAY, DuePrecision.MONTH, DuePrecision.QUARTER, DuePrecision.YEAR


@pytest.mark.parametrize(
    ("due", "precision", "repeat", "expected"),
    [
        (date(2026, 3, 31), Q, Recurrence.QUARTERLY, date(2026, 4, 1)),
        (date(2026, 1, 1), Q, Recurrence.QUARTERLY, date(2026, 4, 1)),
        (date(2026, 10, 1), Q, Recurrence.QUARTERLY, date(2027, 1, 1)),
        (date(2026, 1, 31), D, Recurrence.MONTHLY, date(2026, 2, 28)),
        (date(2028, 1, 31), D, Recurrence.MONTHLY, date(2028, 2, 29)),
        (date(2026, 12, 15), D, Recurrence.MONTHLY, date(2027, 1, 15)),
        (date(2026, 5, 1), M, Recurrence.MONTHLY, date(2026, 6, 1)),
        (date(2026, 1, 1), Q, Recurrence.MONTHLY, date(2026, 4, 1)),  # by quarter: next quarter
        (date(2026, 1, 1), Y, Recurrence.YEARLY, date(2027, 1, 1)),
        (date(2028, 2, 29), D, Recurrence.YEARLY, date(2029, 2, 28)),
        (date(2026, 1, 1), Y, Recurrence.QUARTERLY, date(2027, 1, 1)),
        # a deadline at a month's end stays at month ends, never sliding back
        (date(2026, 2, 28), D, Recurrence.MONTHLY, date(2026, 3, 31)),
        (date(2026, 9, 30), D, Recurrence.QUARTERLY, date(2026, 12, 31)),
        (date(2026, 11, 30), D, Recurrence.QUARTERLY, date(2027, 2, 28)),
        (date(2027, 2, 28), D, Recurrence.QUARTERLY, date(2027, 5, 31)),
        (date(2026, 1, 30), D, Recurrence.MONTHLY, date(2026, 2, 28)),
    ],
)
def test_the_next_due_date_is_one_period_later_as_precise(
    due: date, precision: DuePrecision, repeat: Recurrence, expected: date
) -> None:
    assert next_due(due, precision, repeat) == expected


def _quarterly_report(db: OpenedDatabase) -> int:
    created = create_action(
        db.engine,
        NewAction(
            meeting_id=1,
            title="Quarterly report to the Ministry on Japan cooperation",
            status=ActionStatus.IN_PROGRESS,
            due=(date(2026, 1, 1), Q),
            assignee="Lê Thị Hoa",
            repeat=Recurrence.QUARTERLY,
        ),
        changed_by="Lê Thị Hoa",
    )
    return created.action.id


def test_marking_a_recurring_action_done_creates_the_next_linked(
    seeded_db: OpenedDatabase,
) -> None:
    report = _quarterly_report(seeded_db)
    update_action(
        seeded_db.engine, report, ActionEdit(status=ActionStatus.DONE), changed_by="Lê Thị Hoa"
    )
    with reading(seeded_db.engine) as session:
        following = session.scalars(
            sa.select(m.FollowUpAction).where(m.FollowUpAction.previous_id == report)
        ).one()
        detail = action_detail(session, following, date(2026, 2, 1))
        done = session.get(m.FollowUpAction, report)
        assert done is not None
        links = [(c.field, c.new_value) for c in done.changes if c.field == NEXT_OCCURRENCE]
        assert (following.due_date, following.due_precision) == (date(2026, 4, 1), Q)
        assert following.status is ActionStatus.AGREED
        assert following.repeat is Recurrence.QUARTERLY
        assert (following.assignee, following.title) == ("Lê Thị Hoa", done.title)
        assert detail.previous_id == report
        assert links == [(NEXT_OCCURRENCE, str(following.id))]
        assert [h.field for h in detail.history] == ["created"]

    # saving the done occurrence again does not make another one
    update_action(seeded_db.engine, report, ActionEdit(priority=m.Priority.HIGH), changed_by="x")
    with reading(seeded_db.engine) as session:
        count = session.scalar(
            sa.select(sa.func.count()).where(m.FollowUpAction.previous_id == report)
        )
    assert count == 1


def test_a_repeat_without_a_due_date_is_refused(seeded_db: OpenedDatabase) -> None:
    with pytest.raises(ValidationError, match="repeat needs a due date"):
        update_action(seeded_db.engine, 1, ActionEdit(repeat=Recurrence.MONTHLY), changed_by="lan")
    report = _quarterly_report(seeded_db)
    with pytest.raises(ValidationError, match="repeat needs a due date"):
        update_action(seeded_db.engine, report, ActionEdit(due=None), changed_by="lan")


TODAY = date(2026, 3, 25)  # a Wednesday, in the last week of Q1


@pytest.fixture
def assigned(seeded_db: OpenedDatabase) -> dict[str, int]:
    """Open actions of one assignee, due in every way the rules tell apart."""
    cases = {
        "yesterday": ((TODAY - timedelta(days=1), D), ActionStatus.AGREED),
        "last quarter": ((date(2025, 10, 1), Q), ActionStatus.IN_PROGRESS),
        "sunday": ((date(2026, 3, 29), D), ActionStatus.AGREED),
        "this quarter": ((date(2026, 1, 1), Q), ActionStatus.AGREED),  # ends 31 March
        "this month": ((date(2026, 3, 1), M), ActionStatus.PROPOSED),  # ends 31 March
        "april 1": ((date(2026, 4, 1), D), ActionStatus.AGREED),
        "this year": ((date(2026, 1, 1), Y), ActionStatus.AGREED),
        "waiting": ((date(2026, 6, 1), D), ActionStatus.WAITING),
        "undated": (None, ActionStatus.AGREED),
    }
    ids = {}
    for title, (due, status) in cases.items():
        ids[title] = create_action(
            seeded_db.engine,
            NewAction(meeting_id=1, title=title, status=status, due=due, assignee="Hoa"),
            changed_by="Hoa",
        ).action.id
    done = create_action(
        seeded_db.engine,
        NewAction(
            meeting_id=1, title="done", status=ActionStatus.DONE, due=(TODAY, D), assignee="Hoa"
        ),
        changed_by="Hoa",
    )
    ids["done"] = done.action.id
    return ids


def test_due_within_a_horizon_counts_the_last_day_of_each_period(
    seeded_db: OpenedDatabase, assigned: dict[str, int]
) -> None:
    def titles(days: int) -> list[str]:
        rows = due_actions(seeded_db.engine, within_days=days, today=TODAY, assignee="Hoa")
        return [r.title for r in rows]

    assert titles(0) == ["last quarter", "yesterday"]
    assert titles(6) == ["last quarter", "yesterday", "sunday", "this quarter", "this month"]
    assert titles(7) == titles(6) + ["april 1"]
    assert "this year" in titles(281) and "this year" not in titles(280)
    rows = due_actions(seeded_db.engine, within_days=7, today=TODAY, assignee="Hoa")
    assert [deadline(r) for r in rows] == sorted(deadline(r) for r in rows)
    assert all(r.overdue == (deadline(r) < TODAY) for r in rows)
    update_action(
        seeded_db.engine,
        1,
        ActionEdit(assignee="An", due=(TODAY, D)),
        changed_by="An",
    )
    everyone = {r.id for r in due_actions(seeded_db.engine, within_days=7, today=TODAY)}
    assert everyone == {r.id for r in rows} | {1}


def test_my_work_puts_each_action_in_its_first_group(
    seeded_db: OpenedDatabase, assigned: dict[str, int]
) -> None:
    work = my_work(seeded_db.engine, "Hoa", TODAY)

    def titles(rows: list) -> list[str]:
        return [r.title for r in rows]

    assert titles(work.overdue) == ["last quarter", "yesterday"]
    assert titles(work.this_week) == ["sunday"]
    assert titles(work.this_month) == ["this quarter", "this month"]
    assert titles(work.waiting) == ["waiting"]
    assert titles(work.later) == ["april 1", "this year", "undated"]
    assert my_work(seeded_db.engine, "Nobody", TODAY) == type(work)()
    assert period_end(date(2026, 1, 1), Q) == date(2026, 3, 31)


def test_the_staff_names_come_from_assignments_comments_and_history(
    seeded_db: OpenedDatabase,
) -> None:
    update_action(seeded_db.engine, 2, ActionEdit(assignee="Nguyễn Văn An"), changed_by="Hoa")
    names = staff_names(seeded_db.engine)
    assert {"Nguyễn Văn An", "Hoa"} <= set(names)
    assert "briefing-desk" not in names


def test_the_staff_names_are_read_from_the_newest_rows_only(
    seeded_db: OpenedDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    update_action(seeded_db.engine, 2, ActionEdit(title="First"), changed_by="Old Hand")
    for n in range(3):
        update_action(seeded_db.engine, 3, ActionEdit(title=f"Later {n}"), changed_by="New Hand")
    monkeypatch.setattr(my_work_module, "RECENT_ROWS", 2)
    names = staff_names(seeded_db.engine)
    assert "New Hand" in names and "Old Hand" not in names
    monkeypatch.setattr(my_work_module, "RECENT_ROWS", 10_000)
    assert "Old Hand" in staff_names(seeded_db.engine)


def test_undoing_done_withdraws_the_untouched_next_occurrence(
    seeded_db: OpenedDatabase,
) -> None:
    report = _quarterly_report(seeded_db)
    done = ActionEdit(status=ActionStatus.DONE)
    reopen = ActionEdit(status=ActionStatus.IN_PROGRESS)

    def occurrences() -> list[int]:
        with reading(seeded_db.engine) as session:
            query = sa.select(m.FollowUpAction.id).where(m.FollowUpAction.previous_id == report)
            return list(session.scalars(query))

    update_action(seeded_db.engine, report, done, changed_by="Hoa")
    assert len(occurrences()) == 1
    update_action(seeded_db.engine, report, reopen, changed_by="Hoa", check_status=False)
    assert occurrences() == []  # the undo took it back

    update_action(seeded_db.engine, report, done, changed_by="Hoa")
    (following,) = occurrences()
    update_action(seeded_db.engine, following, ActionEdit(assignee="An"), changed_by="An")
    update_action(seeded_db.engine, report, reopen, changed_by="Hoa", check_status=False)
    assert occurrences() == [following]  # someone worked on it: it stays


def test_an_assignee_is_found_however_the_name_is_typed(seeded_db: OpenedDatabase) -> None:
    today = date.today()
    soon = (today + timedelta(days=2), D)
    update_action(
        seeded_db.engine, 2, ActionEdit(assignee="Nguyễn Văn An", due=soon), changed_by="lead"
    )
    update_action(
        seeded_db.engine, 3, ActionEdit(assignee="Nguyễn Văn Ân", due=soon), changed_by="lead"
    )

    def due_for(typed: str) -> list[int]:
        rows = due_actions(seeded_db.engine, within_days=7, today=today, assignee=typed)
        return [r.id for r in rows]

    assert due_for("Nguyễn Văn An") == [2]  # the marks tell An from Ân
    assert due_for("NGUYỄN  VĂN AN") == [2]
    assert due_for("nguyễn văn ân") == [3]
    assert due_for("nguyen van an") == [2, 3]  # typed without marks: both could be meant
    assert due_for("An") == []
    assert [r.id for r in my_work(seeded_db.engine, "nguyễn văn an", today).this_week] == [2]


def test_done_again_after_an_undo_makes_no_second_occurrence(seeded_db: OpenedDatabase) -> None:
    report = _quarterly_report(seeded_db)
    done = ActionEdit(status=ActionStatus.DONE)
    update_action(seeded_db.engine, report, done, changed_by="Hoa")
    with reading(seeded_db.engine) as session:
        query = sa.select(m.FollowUpAction.id).where(m.FollowUpAction.previous_id == report)
        (following,) = session.scalars(query)
    update_action(seeded_db.engine, following, ActionEdit(assignee="An"), changed_by="An")
    reopen = ActionEdit(status=ActionStatus.IN_PROGRESS)
    update_action(seeded_db.engine, report, reopen, changed_by="Hoa", check_status=False)
    update_action(seeded_db.engine, report, done, changed_by="Hoa")  # done again
    with reading(seeded_db.engine) as session:
        assert list(session.scalars(query)) == [following]
