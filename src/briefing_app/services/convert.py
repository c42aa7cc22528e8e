"""ORM rows to DTOs. Called inside a unit of work, so relationships may still load."""

from collections.abc import Iterable
from datetime import date

from sqlalchemy.orm import selectinload
from sqlalchemy.orm.interfaces import LoaderOption

from briefing_app.domain import models as m
from briefing_app.domain.due import format_due, is_overdue
from briefing_app.services.dto import (
    ActionRow,
    ChangeRow,
    EventRow,
    LocalityRow,
    MeetingRow,
    PartyRef,
    PersonRow,
    SourceRef,
)


def action_row_loads() -> tuple[LoaderOption, ...]:
    """The relationships action_row reads, loaded up front for a list of actions."""
    action = m.FollowUpAction
    return (
        selectinload(action.meeting),
        selectinload(action.owner_locality),
        selectinload(action.owner_organisation),
        selectinload(action.owner_person),
        selectinload(action.counterpart_locality),
        selectinload(action.counterpart_organisation),
        selectinload(action.counterpart_person),
    )


def locality_label(locality: m.Locality) -> str:
    if locality.name_native and locality.name_native != locality.name:
        return f"{locality.name} ({locality.name_native})"
    return locality.name


def party_ref(
    locality: m.Locality | None, organisation: m.Organisation | None, person: m.Person | None
) -> PartyRef | None:
    if locality is not None:
        return PartyRef("locality", locality.id, locality.name)
    if organisation is not None:
        return PartyRef("organisation", organisation.id, organisation.name)
    if person is not None:
        return PartyRef("person", person.id, person.full_name)
    return None


def owner_of(action: m.FollowUpAction) -> PartyRef | None:
    return party_ref(action.owner_locality, action.owner_organisation, action.owner_person)


def counterpart_of(action: m.FollowUpAction) -> PartyRef | None:
    return party_ref(
        action.counterpart_locality, action.counterpart_organisation, action.counterpart_person
    )


def action_row(action: m.FollowUpAction, today: date) -> ActionRow:
    owner = owner_of(action)
    counterpart = counterpart_of(action)
    return ActionRow(
        id=action.id,
        title=action.title,
        meeting_id=action.meeting_id,
        meeting_title=action.meeting.title,
        owner=owner.name if owner else None,
        counterpart=counterpart.name if counterpart else None,
        due_date=action.due_date,
        due_precision=action.due_precision,
        due_label=format_due(action.due_date, action.due_precision),
        overdue=action.status.is_open and is_overdue(action.due_date, action.due_precision, today),
        status=action.status,
        priority=action.priority,
        classification=action.classification,
        version=action.version,
        assignee=action.assignee,
        repeat=action.repeat,
    )


def meeting_row(meeting: m.Meeting, action_count: int) -> MeetingRow:
    return MeetingRow(
        id=meeting.id,
        title=meeting.title,
        kind=meeting.kind,
        event_id=meeting.event_id,
        starts_at=meeting.held_on,
        parties=[d.name for d in meeting.parties],
        action_count=action_count,
        classification=meeting.classification,
    )


def event_row(event: m.Event) -> EventRow:
    return EventRow(
        id=event.id,
        name=event.name,
        kind=event.kind,
        theme=event.theme,
        starts_on=event.starts_on,
        ends_on=event.ends_on,
        venue=event.venue,
        description=event.description,
    )


def locality_row(locality: m.Locality) -> LocalityRow:
    return LocalityRow(
        id=locality.id,
        name=locality.name,
        name_native=locality.name_native,
        country=locality.country,
        kind=locality.kind,
    )


def person_row(person: m.Person, role: str | None = None) -> PersonRow:
    return PersonRow(
        id=person.id,
        full_name=person.full_name,
        name_native=person.name_native,
        position=person.position,
        country=person.country,
        role=role,
    )


def source_refs(citations: Iterable[m.Citation]) -> list[SourceRef]:
    return [
        SourceRef(
            id=c.source.id,
            title=c.source.title,
            publisher=c.source.publisher,
            url=c.source.url,
            published_on=c.source.published_on,
            excerpt=c.excerpt,
        )
        for c in citations
    ]


def change_row(change: m.ActionChange) -> ChangeRow:
    return ChangeRow(
        id=change.id,
        changed_at=change.changed_at,
        changed_by=change.changed_by,
        field=change.field,
        old_value=change.old_value,
        new_value=change.new_value,
        comment=change.comment,
    )
