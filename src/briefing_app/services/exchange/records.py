"""What an export holds: whole follow-up actions (with history) and their meetings, read in one
unit of work through the same filter as the lists, so the classification ceiling applies."""

from dataclasses import dataclass
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.orm import selectinload

from briefing_app.domain import models as m
from briefing_app.domain.enums import (
    ActionStatus,
    Classification,
    DuePrecision,
    Priority,
    TimeOfDay,
)
from briefing_app.services import convert
from briefing_app.services.dto import ChangeRow, PartyRef
from briefing_app.services.queries import ActionFilter, select_actions
from briefing_app.store.unit_of_work import reading


@dataclass(frozen=True)
class ExportedAction:
    id: int
    version: int
    meeting_id: int
    meeting_title: str
    title: str
    description: str | None
    status: ActionStatus
    priority: Priority
    classification: Classification
    due_date: date | None
    due_precision: DuePrecision | None
    owner: PartyRef | None
    counterpart: PartyRef | None
    cooperation_areas: tuple[str, ...]
    notes: str | None
    created_at: datetime
    updated_at: datetime
    history: tuple[ChangeRow, ...]


@dataclass(frozen=True)
class ExportedMeeting:
    id: int
    title: str
    held_on: date | None
    time_of_day: TimeOfDay | None
    venue: str | None
    summary: str | None
    classification: Classification


@dataclass(frozen=True)
class ExportSet:
    actions: tuple[ExportedAction, ...]
    meetings: tuple[ExportedMeeting, ...]


def _action(action: m.FollowUpAction) -> ExportedAction:
    return ExportedAction(
        id=action.id,
        version=action.version,
        meeting_id=action.meeting_id,
        meeting_title=action.meeting.title,
        title=action.title,
        description=action.description,
        status=action.status,
        priority=action.priority,
        classification=action.classification,
        due_date=action.due_date,
        due_precision=action.due_precision,
        owner=convert.owner_of(action),
        counterpart=convert.counterpart_of(action),
        cooperation_areas=tuple(a.name for a in action.areas),
        notes=action.notes,
        created_at=action.created_at,
        updated_at=action.updated_at,
        history=tuple(convert.change_row(c) for c in action.changes),
    )


def _meeting(meeting: m.Meeting) -> ExportedMeeting:
    return ExportedMeeting(
        id=meeting.id,
        title=meeting.title,
        held_on=meeting.held_on,
        time_of_day=meeting.time_of_day,
        venue=meeting.venue,
        summary=meeting.summary,
        classification=meeting.classification,
    )


def load_export_set(
    engine: Engine, flt: ActionFilter | None = None, today: date | None = None
) -> ExportSet:
    """The actions `flt` selects (all by default; the action list's filter selects what the
    list shows) and the meetings they belong to."""
    action = m.FollowUpAction
    today = today or date.today()
    query = select_actions(flt or ActionFilter(), today).options(
        selectinload(action.areas), selectinload(action.changes)
    )
    with reading(engine) as session:
        actions = [_action(a) for a in session.scalars(query)]
        meeting_ids = sorted({a.meeting_id for a in actions})
        meetings = session.scalars(
            sa.select(m.Meeting).where(m.Meeting.id.in_(meeting_ids)).order_by(m.Meeting.id)
        )
        return ExportSet(actions=tuple(actions), meetings=tuple(_meeting(x) for x in meetings))
