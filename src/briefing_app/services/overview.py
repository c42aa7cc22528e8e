"""The forum at a glance: key facts with their sources, counts, actions by status, what is
overdue and what falls due soon. One read unit of work per call."""

import logging
from dataclasses import asdict
from datetime import date, timedelta

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, selectinload

from briefing_app.domain import models as m
from briefing_app.domain.due import period_start
from briefing_app.domain.enums import ActionStatus, DuePrecision, EventKind
from briefing_app.domain.shown_text import shown
from briefing_app.domain.translations import reading_language
from briefing_app.services import convert
from briefing_app.services.dto import ActionRow
from briefing_app.services.overview_figures import (
    EventPart,
    EventSummary,
    FactRow,
    ForumOverview,
    RecordCounts,
    StatusCount,
)
from briefing_app.services.overview_snapshot import GENERATION_NOW, IS_CURRENT, WRITE, to_json
from briefing_app.services.queries import OPEN_STATUSES, overdue_condition
from briefing_app.store.unit_of_work import reading

log = logging.getLogger(__name__)

#: How far ahead "due soon" looks, in days.
DUE_SOON_DAYS = 30
#: the overdue and due-soon actions an overview lists at most (their counts are exact)
OVERVIEW_LIST_ROWS = 50
#: how long keeping the overview's figures for the next start waits for another write to end
KEEP_LOCK_WAIT_MS = 250


def due_soon_condition(today: date, days: int = DUE_SOON_DAYS) -> sa.ColumnElement[bool]:
    """SQL for "open, and its due period ends between today and `days` days from now".

    Due dates are stored as period starts, so a period ends on or after `today` when it starts
    on or after the start of today's period, and ends by `last` when it starts before the
    period that contains the day after `last`.
    """
    action = m.FollowUpAction
    after_last = today + timedelta(days=days + 1)
    per_precision = [
        sa.and_(
            action.due_precision == p,
            action.due_date >= period_start(today, p),
            action.due_date < period_start(after_last, p),
        )
        for p in DuePrecision
    ]
    return sa.and_(action.status.in_(OPEN_STATUSES), sa.or_(*per_precision))


def _count(session: Session, model: type[m.Base], *where: sa.ColumnElement[bool]) -> int:
    query = sa.select(sa.func.count()).select_from(model)
    for condition in where:
        query = query.where(condition)
    return int(session.scalar(query) or 0)


def _main_event(session: Session, event_id: int | None) -> m.Event | None:
    if event_id is not None:
        return session.get(m.Event, event_id)
    return session.scalars(
        sa.select(m.Event)
        .where(m.Event.parent_id.is_(None))
        .order_by(
            (m.Event.kind != EventKind.FORUM), m.Event.starts_on.desc().nulls_last(), m.Event.id
        )
        .limit(1)
    ).first()


def _event_summary(event: m.Event) -> EventSummary:
    return EventSummary(
        **asdict(convert.event_row(event)),
        organisers=[shown(o, "name") for o in event.organisers],
        parts=[
            EventPart(id=p.id, name=shown(p, "name"), kind=p.kind, starts_on=p.starts_on)
            for p in sorted(event.parts, key=lambda p: (p.starts_on is None, p.starts_on, p.id))
        ],
        sources=convert.source_refs(event.citations),
    )


def _action_rows(
    session: Session, condition: sa.ColumnElement[bool], today: date, limit: int
) -> list[ActionRow]:
    action = m.FollowUpAction
    rows = session.scalars(
        sa.select(action)
        .where(condition)
        .options(*convert.action_row_loads())
        .order_by(action.due_date, action.id)
        .limit(limit)
    )
    return [convert.action_row(a, today) for a in rows]


def forum_overview(
    engine: Engine,
    event_id: int | None = None,
    *,
    today: date | None = None,
    days: int = DUE_SOON_DAYS,
    limit: int = OVERVIEW_LIST_ROWS,
) -> ForumOverview:
    """The overview of `event_id`, or of the most recent top-level forum when not given.

    Counts cover the whole database; the overdue and due-soon lists hold at most `limit` rows
    each (their counts are in `counts`).
    """
    with reading(engine) as session:
        return _overview_in(session, event_id, today or date.today(), days, limit)


def remembered_forum_overview(engine: Engine, *, today: date) -> ForumOverview:
    """The overview of the most recent forum (`forum_overview`), kept in a database file for
    the next start to show at once (services/overview_snapshot.py) with the generation of the
    data it was read from (read in the same transaction). Not kept when the file cannot be
    written at once (a read-only copy, another program's write): the next read keeps them."""
    remember = engine.dialect.name == "sqlite"
    with reading(engine) as session:
        generation = session.scalar(sa.text(GENERATION_NOW)) if remember else None
        overview = _overview_in(session, None, today, DUE_SOON_DAYS, OVERVIEW_LIST_ROWS)
    if generation is not None:
        _keep(
            engine,
            {
                "language": reading_language(),
                "day": today.isoformat(),
                "generation": generation,
                "body": to_json(overview),
            },
        )
    return overview


def _keep(engine: Engine, values: dict[str, object]) -> None:
    """Keep the figures read if the file can be written within KEEP_LOCK_WAIT_MS. They are
    shown once this returns, and another program's write (an import: seconds) would hold them
    back up to the busy timeout (store/engine.py); not kept then, the next read keeps them.
    A plain (deferred) transaction: it writes before it reads anything."""
    with engine.connect() as connection:
        waits = connection.exec_driver_sql("PRAGMA busy_timeout").scalar_one()
        connection.exec_driver_sql(f"PRAGMA busy_timeout = {KEEP_LOCK_WAIT_MS}")
        try:
            connection.execute(sa.text(WRITE), values)
            connection.commit()
        except sa.exc.DatabaseError as exc:
            connection.rollback()
            # One line, no traceback: expected on a read-only file, at every read of it.
            log.warning("the overview's figures could not be kept for the next start: %s", exc.orig)
        finally:
            connection.exec_driver_sql(f"PRAGMA busy_timeout = {int(waits)}")


def keep_overview_current(engine: Engine, *, today: date) -> None:
    """Read the overview again if the one the database file keeps for `today` is stale (a
    change since, or none kept): when the app closes, so that its next start shows it at once
    (services/overview_snapshot.py). Nothing on a team server."""
    if engine.dialect.name != "sqlite":
        return
    with reading(engine) as session:
        current = session.scalar(
            sa.text(IS_CURRENT), {"language": reading_language(), "day": today.isoformat()}
        )
    if not current:
        remembered_forum_overview(engine, today=today)


def _overview_in(
    session: Session, event_id: int | None, today: date, days: int, limit: int
) -> ForumOverview:
    event = _main_event(session, event_id)
    facts = (
        list(
            session.scalars(
                sa.select(m.EventFact)
                .where(m.EventFact.event_id == event.id)
                .options(selectinload(m.EventFact.citations).selectinload(m.Citation.source))
                .order_by(m.EventFact.id)
            )
        )
        if event is not None
        else []
    )
    action = m.FollowUpAction
    by_status = {
        key: value
        for key, value in session.execute(
            sa.select(action.status, sa.func.count()).group_by(action.status)
        )
    }
    overdue = overdue_condition(today)
    due_soon = due_soon_condition(today, days)
    counts = RecordCounts(
        delegations=_count(session, m.Delegation),
        meetings=_count(session, m.Meeting),
        actions=sum(by_status.values()),
        open_actions=sum(n for s, n in by_status.items() if s.is_open),
        overdue_actions=_count(session, action, overdue),
        due_soon_actions=_count(session, action, due_soon),
        localities=_count(session, m.Locality),
        agreements=_count(session, m.Agreement),
        people=_count(session, m.Person),
        sources=_count(session, m.Source),
    )
    return ForumOverview(
        event=_event_summary(event) if event is not None else None,
        facts=[
            FactRow(
                id=f.id,
                label=shown(f, "label"),
                value=shown(f, "value"),
                sources=convert.source_refs(f.citations),
            )
            for f in facts
        ],
        counts=counts,
        by_status=[StatusCount(s, by_status.get(s, 0)) for s in ActionStatus],
        overdue=_action_rows(session, overdue, today, limit),
        due_soon=_action_rows(session, due_soon, today, limit),
        today=today,
        horizon=today + timedelta(days=days),
    )
