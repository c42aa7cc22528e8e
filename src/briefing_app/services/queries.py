"""Read use cases: lists and details. Each call is one short read unit of work."""

from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, selectinload

from briefing_app.domain import models as m
from briefing_app.domain.due import period_start
from briefing_app.domain.enums import ActionStatus, Classification, DuePrecision
from briefing_app.domain.record_kind import RecordKind
from briefing_app.domain.shown_text import area_name, shown, shown_list
from briefing_app.services import convert
from briefing_app.services.attachments import attachments_of
from briefing_app.services.comments import threads
from briefing_app.services.dto import (
    ActionDetail,
    ActionRow,
    DelegationDetail,
    DelegationRow,
    LocalityRow,
    MeetingDetail,
    MeetingRow,
    PartyRef,
)
from briefing_app.services.records import get_record
from briefing_app.services.search import indexed_match
from briefing_app.store.unit_of_work import reading

OPEN_STATUSES = tuple(s for s in ActionStatus if s.is_open)


@dataclass(frozen=True)
class ActionFilter:
    """Which actions to show: the one filter of the action list, the CLI, exports and
    briefings. Every filter given must hold."""

    #: words to find in the action's text, its owner's, its counterpart's or its meeting's
    #: parties' names (services.search.indexed_match)
    search: str | None = None
    statuses: tuple[ActionStatus, ...] = ()
    overdue_only: bool = False
    meeting_id: int | None = None
    owner: PartyRef | None = None
    area_id: int | None = None
    #: actions whose due period overlaps [due_from, due_to]; undated actions are left out
    due_from: date | None = None
    due_to: date | None = None
    #: exactly these levels (the list's choice)
    classifications: tuple[Classification, ...] = ()
    #: nothing above this level, the action's meeting's level included (an export's limit)
    max_classification: Classification | None = None
    ids: tuple[int, ...] = ()
    #: the members of the office the actions are assigned to (any of these names)
    assignees: tuple[str, ...] = ()


def overdue_condition(today: date) -> sa.ColumnElement[bool]:
    """SQL for "open and its whole due period has passed" (due dates are period starts)."""
    action = m.FollowUpAction
    per_precision = [
        sa.and_(action.due_precision == p, action.due_date < period_start(today, p))
        for p in DuePrecision
    ]
    return sa.and_(action.status.in_(OPEN_STATUSES), sa.or_(*per_precision))


def list_localities(engine: Engine, search: str | None = None) -> list[LocalityRow]:
    query = (
        sa.select(m.Locality)
        .where(indexed_match("locality", search))
        .order_by(m.Locality.country.desc(), m.Locality.name_folded)
    )
    with reading(engine) as session:
        return [convert.locality_row(loc) for loc in session.scalars(query)]


def list_delegations(engine: Engine, search: str | None = None) -> list[DelegationRow]:
    query = (
        sa.select(m.Delegation)
        .where(indexed_match("delegation", search))
        .options(selectinload(m.Delegation.members), selectinload(m.Delegation.head))
        .order_by(m.Delegation.side.desc(), m.Delegation.name_folded)
    )
    with reading(engine) as session:
        return [convert.delegation_row(d) for d in session.scalars(query)]


def _action_counts(session: Session, meeting_ids: list[int]) -> dict[int, int]:
    rows = session.execute(
        sa.select(m.FollowUpAction.meeting_id, sa.func.count())
        .where(m.FollowUpAction.meeting_id.in_(meeting_ids))
        .group_by(m.FollowUpAction.meeting_id)
    )
    return {meeting_id: count for meeting_id, count in rows.all()}


def list_meetings(engine: Engine, search: str | None = None) -> list[MeetingRow]:
    query = (
        sa.select(m.Meeting)
        .where(indexed_match("meeting", search))
        .options(selectinload(m.Meeting.parties))
        .order_by(m.Meeting.held_on.is_(None), m.Meeting.held_on, m.Meeting.id)
    )
    with reading(engine) as session:
        meetings = list(session.scalars(query))
        counts = _action_counts(session, [mt.id for mt in meetings])
        return [convert.meeting_row(mt, counts.get(mt.id, 0)) for mt in meetings]


def _due_overlaps(flt: ActionFilter) -> sa.ColumnElement[bool]:
    """The action's due period (its date is the period's start) overlaps the filter's range."""
    action = m.FollowUpAction
    per_precision = []
    for precision in DuePrecision:
        conditions = [action.due_precision == precision]
        if flt.due_from is not None:
            conditions.append(action.due_date >= period_start(flt.due_from, precision))
        if flt.due_to is not None:
            conditions.append(action.due_date <= flt.due_to)
        per_precision.append(sa.and_(*conditions))
    return sa.or_(*per_precision)


def _at_most(level: Classification) -> sa.ColumnElement[bool]:
    """The action and its meeting are at `level` or below (an action's row names its meeting)."""
    action = m.FollowUpAction
    allowed = [c for c in Classification if c.rank <= level.rank]
    visible_meetings = sa.select(m.Meeting.id).where(m.Meeting.classification.in_(allowed))
    return sa.and_(action.classification.in_(allowed), action.meeting_id.in_(visible_meetings))


def action_conditions(flt: ActionFilter, today: date) -> list[sa.ColumnElement[bool]]:
    """SQL conditions on FollowUpAction (not aliased) for every filter `flt` gives."""
    action = m.FollowUpAction
    conditions = [indexed_match("action", flt.search)]
    if flt.statuses:
        conditions.append(action.status.in_(flt.statuses))
    if flt.overdue_only:
        conditions.append(overdue_condition(today))
    if flt.meeting_id is not None:
        conditions.append(action.meeting_id == flt.meeting_id)
    if flt.owner is not None:
        conditions.append(getattr(action, f"owner_{flt.owner.kind}_id") == flt.owner.id)
    if flt.area_id is not None:
        areas = m.action_areas.c
        conditions.append(
            action.id.in_(sa.select(areas.action_id).where(areas.area_id == flt.area_id))
        )
    if flt.due_from is not None or flt.due_to is not None:
        conditions.append(_due_overlaps(flt))
    if flt.classifications:
        conditions.append(action.classification.in_(flt.classifications))
    if flt.max_classification is not None:
        conditions.append(_at_most(flt.max_classification))
    if flt.ids:
        conditions.append(action.id.in_(flt.ids))
    if flt.assignees:
        conditions.append(action.assignee.in_(flt.assignees))
    return conditions


def select_actions(flt: ActionFilter, today: date) -> sa.Select[m.FollowUpAction]:
    """The filtered, ordered query behind list_actions, for services that need whole rows."""
    action = m.FollowUpAction
    query = sa.select(action).where(*action_conditions(flt, today))
    return query.options(*convert.action_row_loads()).order_by(
        action.due_date.is_(None), action.due_date, action.id
    )


def list_actions(
    engine: Engine, flt: ActionFilter | None = None, today: date | None = None
) -> list[ActionRow]:
    today = today or date.today()
    with reading(engine) as session:
        rows = session.scalars(select_actions(flt or ActionFilter(), today))
        return [convert.action_row(a, today) for a in rows]


def action_detail(session: Session, action: m.FollowUpAction, today: date) -> ActionDetail:
    return ActionDetail(
        action=convert.action_row(action, today),
        description=shown(action, "description"),
        owner_ref=convert.owner_of(action),
        counterpart_ref=convert.counterpart_of(action),
        cooperation_areas=[area_name(a) for a in action.areas],
        agreement=shown(action.agreement, "title") if action.agreement else None,
        created_at=action.created_at,
        updated_at=action.updated_at,
        history=[convert.change_row(c) for c in action.changes],
        sources=convert.source_refs(action.citations),
        previous_id=action.previous_id,
        comments=threads(session, RecordKind.ACTION, [action.id]).get(action.id, []),
        attachments=attachments_of(session, RecordKind.ACTION, [action.id]),
    )


def get_action(engine: Engine, action_id: int, today: date | None = None) -> ActionDetail:
    with reading(engine) as session:
        action = get_record(session, m.FollowUpAction, action_id)
        return action_detail(session, action, today or date.today())


def get_meeting(engine: Engine, meeting_id: int, today: date | None = None) -> MeetingDetail:
    today = today or date.today()
    with reading(engine) as session:
        meeting = get_record(session, m.Meeting, meeting_id)
        return MeetingDetail(
            meeting=convert.meeting_row(meeting, len(meeting.actions)),
            event_name=shown(meeting.event, "name"),
            time_of_day=meeting.time_of_day.value if meeting.time_of_day else None,
            venue=shown(meeting, "venue"),
            summary=shown(meeting, "summary"),
            proposals=shown_list(meeting, "proposals"),
            outcomes=shown_list(meeting, "outcomes"),
            cooperation_areas=[area_name(a) for a in meeting.areas],
            participants=[
                convert.person_row(p.person, shown(p, "role")) for p in meeting.participants
            ],
            actions=[convert.action_row(a, today) for a in meeting.actions],
            sources=convert.source_refs(meeting.citations),
        )


def get_delegation(engine: Engine, delegation_id: int) -> DelegationDetail:
    with reading(engine) as session:
        delegation = get_record(session, m.Delegation, delegation_id)
        meetings = list(
            session.scalars(
                sa.select(m.Meeting)
                .join(m.meeting_parties)
                .where(m.meeting_parties.c.delegation_id == delegation.id)
                .order_by(m.Meeting.held_on, m.Meeting.id)
            )
        )
        counts = _action_counts(session, [mt.id for mt in meetings])
        return DelegationDetail(
            delegation=convert.delegation_row(delegation),
            event_name=shown(delegation.event, "name"),
            description=shown(delegation, "description"),
            head=convert.person_row(delegation.head) if delegation.head else None,
            members=[convert.person_row(x.person, shown(x, "role")) for x in delegation.members],
            meetings=[convert.meeting_row(mt, counts.get(mt.id, 0)) for mt in meetings],
            sources=convert.source_refs(delegation.citations),
        )
