"""What is due, for whom: the "My work" view, the reminders and `briefing-app due` (issue 13).

A due date has a precision ("Q1 2026" is a real deadline): an action is due by the last day of
its period and overdue once the whole period has passed, so "due within 7 days" on 28 March
2026 includes an action due in Q1 2026.
"""

import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from briefing_app.domain import models as m
from briefing_app.domain.authors import NOTES_AUTHOR
from briefing_app.domain.due import period_end
from briefing_app.domain.enums import ActionStatus, Classification, DuePrecision
from briefing_app.domain.text import fold
from briefing_app.services import convert
from briefing_app.services.dto import ActionRow
from briefing_app.services.queries import OPEN_STATUSES, ActionFilter, select_actions
from briefing_app.store.unit_of_work import reading


def deadline(row: ActionRow) -> date | None:
    """The last day of an action's due period."""
    if row.due_date is None:
        return None
    return period_end(row.due_date, row.due_precision or DuePrecision.DAY)


def _open_actions(
    engine: Engine,
    today: date,
    *,
    assignee: str | None,
    due_by: date | None,
    max_classification: Classification | None,
) -> list[ActionRow]:
    with reading(engine) as session:
        flt = ActionFilter(
            statuses=OPEN_STATUSES,
            due_to=due_by,
            assignees=_spellings(session, assignee) if assignee is not None else (),
            max_classification=max_classification,
        )
        if assignee is not None and not flt.assignees:
            return []
        return [convert.action_row(a, today) for a in session.scalars(select_actions(flt, today))]


def _same_letters(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def _spellings(session: Session, name: str) -> tuple[str, ...]:
    """The assignees' names that are `name` written another way: in other capitals or spaces
    ("NGUYỄN  VĂN AN"), else, typed without its marks ("nguyen van an"), every name it folds
    to as search folds (which would take "Nguyễn Văn Ân" too: the marks decide first)."""
    names = [
        n
        for n in session.scalars(
            sa.select(m.FollowUpAction.assignee)
            .where(m.FollowUpAction.assignee.is_not(None))
            .distinct()
        )
        if n is not None
    ]
    for key in (_same_letters, fold):
        found = tuple(n for n in names if key(n) == key(name))
        if found:
            return found
    return ()


def due_actions(
    engine: Engine,
    *,
    within_days: int,
    today: date,
    assignee: str | None = None,
    max_classification: Classification | None = None,
) -> list[ActionRow]:
    """Open actions overdue or due within `within_days` days, soonest deadline first."""
    horizon = today + timedelta(days=within_days)
    rows = _open_actions(
        engine,
        today,
        assignee=assignee,
        due_by=horizon,
        max_classification=max_classification,
    )
    due = [r for r in rows if (end := deadline(r)) is not None and end <= horizon]
    return sorted(due, key=lambda r: (deadline(r), r.id))


@dataclass(frozen=True)
class MyWork:
    """One person's open actions, each in the first group it belongs to."""

    overdue: list[ActionRow] = field(default_factory=list)
    this_week: list[ActionRow] = field(default_factory=list)
    this_month: list[ActionRow] = field(default_factory=list)
    #: waiting on the counterpart (and not overdue)
    waiting: list[ActionRow] = field(default_factory=list)
    #: the rest: later or undated
    later: list[ActionRow] = field(default_factory=list)


def my_work(
    engine: Engine,
    assignee: str,
    today: date,
    max_classification: Classification | None = None,
) -> MyWork:
    rows = _open_actions(
        engine, today, assignee=assignee, due_by=None, max_classification=max_classification
    )
    week_end = today + timedelta(days=6 - today.weekday())
    month_end = period_end(today, DuePrecision.MONTH)
    work = MyWork()
    for row in sorted(rows, key=lambda r: (deadline(r) or date.max, r.id)):
        end = deadline(row)
        if row.overdue:
            work.overdue.append(row)
        elif row.status is ActionStatus.WAITING:
            work.waiting.append(row)
        elif end is not None and end <= week_end:
            work.this_week.append(row)
        elif end is not None and end <= month_end:
            work.this_month.append(row)
        else:
            work.later.append(row)
    return work


#: How many of the newest rows of each source the staff names are read from: reading the whole
#: history took 6 s for a team member on 200,000 actions (each row passes row-level security).
RECENT_ROWS = 5000


def staff_names(engine: Engine) -> list[str]:
    """The members of the office the database knows, most recent first: the team server's
    members, and whoever was assigned an action, wrote a comment or changed a record (the
    names history records) in the newest RECENT_ROWS of each."""

    def newest(name: Any, at: Any, key: Any, *where: sa.ColumnElement[bool]) -> Any:
        recent = sa.select(name.label("name"), at.label("at")).where(*where)
        return sa.select(recent.order_by(key.desc()).limit(RECENT_ROWS).subquery())

    action = m.FollowUpAction
    with reading(engine) as session:
        union = sa.union_all(
            sa.select(m.AppUser.name.label("name"), m.AppUser.added_at.label("at")),
            newest(action.assignee, action.updated_at, action.id, action.assignee.is_not(None)),
            newest(m.Comment.author, m.Comment.written_at, m.Comment.id),
            newest(m.ActionChange.changed_by, m.ActionChange.changed_at, m.ActionChange.id),
            newest(m.RecordChange.changed_by, m.RecordChange.changed_at, m.RecordChange.id),
        ).subquery()
        query = (
            sa.select(union.c.name)
            .where(union.c.name.is_not(None))
            .group_by(union.c.name)
            .order_by(sa.func.max(union.c.at).desc())
        )
        return [n for n in session.scalars(query) if n and n != NOTES_AUTHOR]
