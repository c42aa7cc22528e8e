"""ORM rows to DTOs. Called inside a unit of work, so relationships may still load.

Text a person reads comes in the reading language, a missing version in another one, tagged
(domain.shown_text)."""

from collections.abc import Iterable
from datetime import date
from typing import cast

from sqlalchemy.orm import selectinload
from sqlalchemy.orm.interfaces import LoaderOption

from briefing_app.domain import models as m
from briefing_app.domain.due import format_due, is_overdue
from briefing_app.domain.shown_text import shown
from briefing_app.services.dto import (
    ActionRow,
    ChangeRow,
    DelegationRow,
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
    name = shown(locality, "name")
    if locality.name_native and locality.name_native != name:
        return f"{name} ({locality.name_native})"
    return cast(str, name)


def party_ref(
    locality: m.Locality | None,
    organisation: m.Organisation | None,
    person: m.Person | None,
    language: str | None = None,
) -> PartyRef | None:
    """The party named in `language` (default: the reading language; an export names it in
    its own)."""
    if locality is not None:
        return PartyRef("locality", locality.id, shown(locality, "name", language))
    if organisation is not None:
        return PartyRef("organisation", organisation.id, shown(organisation, "name", language))
    if person is not None:
        return PartyRef("person", person.id, person.full_name)
    return None


def owner_of(action: m.FollowUpAction, language: str | None = None) -> PartyRef | None:
    return party_ref(
        action.owner_locality, action.owner_organisation, action.owner_person, language
    )


def counterpart_of(action: m.FollowUpAction, language: str | None = None) -> PartyRef | None:
    return party_ref(
        action.counterpart_locality,
        action.counterpart_organisation,
        action.counterpart_person,
        language,
    )


def action_row(action: m.FollowUpAction, today: date) -> ActionRow:
    owner = owner_of(action)
    counterpart = counterpart_of(action)
    return ActionRow(
        id=action.id,
        title=shown(action, "title"),
        meeting_id=action.meeting_id,
        meeting_title=shown(action.meeting, "title"),
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
        title=shown(meeting, "title"),
        kind=meeting.kind,
        event_id=meeting.event_id,
        starts_at=meeting.held_on,
        parties=[shown(d, "name") for d in meeting.parties],
        action_count=action_count,
        classification=meeting.classification,
    )


def event_row(event: m.Event) -> EventRow:
    return EventRow(
        id=event.id,
        name=shown(event, "name"),
        kind=event.kind,
        theme=shown(event, "theme"),
        starts_on=event.starts_on,
        ends_on=event.ends_on,
        venue=shown(event, "venue"),
        description=shown(event, "description"),
    )


def delegation_row(delegation: m.Delegation) -> DelegationRow:
    return DelegationRow(
        id=delegation.id,
        name=shown(delegation, "name"),
        side=delegation.side,
        event_id=delegation.event_id,
        locality=shown(delegation.locality, "name") if delegation.locality else None,
        head=delegation.head.full_name if delegation.head else None,
        member_count=len(delegation.members),
    )


def locality_row(locality: m.Locality) -> LocalityRow:
    return LocalityRow(
        id=locality.id,
        name=shown(locality, "name"),
        name_native=locality.name_native,
        country=locality.country,
        kind=locality.kind,
    )


def person_row(person: m.Person, role: str | None = None) -> PersonRow:
    """`role`: the person's role in a meeting or delegation, as the caller shows it."""
    return PersonRow(
        id=person.id,
        full_name=person.full_name,
        name_native=person.name_native,
        position=shown(person, "position"),
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
