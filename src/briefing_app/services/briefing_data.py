"""What each PDF briefing prints, read in one unit of work and cut to the export's level.

Classification filtering happens here, once, so a briefing at level L is built from DTOs that
hold nothing above L: not in the tracker, not in the index of people, not in the outline. An
action counts at the level of its meeting when the meeting is the more restricted of the two
(its row names the meeting), and agreements recorded at a restricted meeting stay out too.
A person's position is personal data: it is left out where the person's personal-data level is
above the export's.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, time

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from briefing_app.domain import models as m
from briefing_app.domain.due import format_due, period_end
from briefing_app.domain.enums import (
    AgreementKind,
    AgreementStatus,
    Classification,
    Country,
    DuePrecision,
    TimeOfDay,
)
from briefing_app.domain.errors import UserError
from briefing_app.domain.text import fold
from briefing_app.i18n import QT_TRANSLATE_NOOP
from briefing_app.services import convert
from briefing_app.services.dto import (
    ActionRow,
    EventRow,
    LocalityRow,
    MeetingRow,
    PersonRow,
    SourceRef,
)

# The same filter as the action list, so the tracker prints exactly what the list shows.
from briefing_app.services.queries import ActionFilter, select_actions
from briefing_app.services.records import get_record
from briefing_app.store.unit_of_work import reading


class ClassifiedRecordError(UserError):
    """The record asked for is above the level chosen for the export."""


@dataclass(frozen=True)
class FactValue:
    value: str
    sources: list[SourceRef]


@dataclass(frozen=True)
class FactRow:
    """One key figure; several values when the sources disagree."""

    label: str
    values: list[FactValue]


@dataclass(frozen=True)
class AgreementRow:
    id: int
    title: str
    kind: AgreementKind
    status: AgreementStatus
    signed_on: date | None
    parties: list[LocalityRow]


@dataclass(frozen=True)
class TrackedAction:
    """An action with what the briefings print beyond its list row."""

    row: ActionRow
    description: str | None
    notes: str | None
    #: the locality the owner is, or belongs to (label with native name), for grouping
    owner_locality: str | None
    agreement: str | None


@dataclass(frozen=True)
class PartySide:
    """One delegation taking part in a meeting."""

    id: int
    name: str
    side: Country
    locality: LocalityRow | None
    organisation: str | None
    description: str | None
    head: PersonRow | None
    members: list[PersonRow]


# The locality fields a briefing prints as its profile, in print order.
PROFILE_FIELDS = ("leaders", "population", "area_km2", "economy", "twinning")


@dataclass(frozen=True)
class ProfileFigure:
    """One item of a locality's profile, with the sources whose citation names its field."""

    field: str
    # text, or a number (population, area in km²) the renderer formats for its language
    value: str | int | float
    sources: list[SourceRef]


@dataclass(frozen=True)
class LocalityProfile:
    """Background on a locality: its profile figures, its organisations and their people,
    agreements and meetings."""

    locality: LocalityRow
    organisations: list[str]
    people: list[PersonRow]
    agreements: list[AgreementRow]
    meetings: list[MeetingRow]
    figures: list[ProfileFigure]


@dataclass(frozen=True)
class ExpectedAsk:
    """What the counterpart is expected to ask, and the response we suggest (None: none yet)."""

    ask: str
    response: str | None


@dataclass(frozen=True)
class MeetingBriefData:
    meeting: MeetingRow
    event: EventRow
    time_of_day: TimeOfDay | None
    start_time: time | None
    venue: str | None
    # in person, online, working lunch …
    format: str | None
    objectives: list[str]
    # key messages, in the order they are to be made
    talking_points: list[str]
    expected_asks: list[ExpectedAsk]
    summary: str | None
    proposals: list[str]
    outcomes: list[str]
    cooperation_areas: list[str]
    participants: list[PersonRow]
    sides: list[PartySide]
    localities: list[LocalityProfile]
    actions: list[TrackedAction]
    sources: list[SourceRef]


@dataclass(frozen=True)
class MeetingSummary:
    meeting: MeetingRow
    event_name: str
    venue: str | None
    outcomes: list[str]


@dataclass(frozen=True)
class UpcomingDate:
    day: date
    precision: DuePrecision
    label: str
    what: str
    #: the record `what` comes from ("action 3 title", "event 2 name")
    record: str


@dataclass(frozen=True)
class LocalityBriefData:
    """A locality, or a counterpart pair when `localities` holds two."""

    localities: list[LocalityProfile]
    meetings: list[MeetingSummary]
    agreements: list[AgreementRow]
    open_actions: list[TrackedAction]
    upcoming: list[UpcomingDate]
    sources: list[SourceRef]


@dataclass(frozen=True)
class PersonIndexEntry:
    person: PersonRow
    organisation: str | None
    meeting_ids: list[int]


@dataclass(frozen=True)
class ForumBookData:
    event: EventRow
    organisers: list[str]
    parts: list[EventRow]
    facts: list[FactRow]
    meetings: list[MeetingBriefData]
    actions: list[TrackedAction]
    people: list[PersonIndexEntry]
    sources: list[SourceRef]


def allowed_levels(level: Classification) -> list[Classification]:
    return [c for c in Classification if c.rank <= level.rank]


def _meeting_visible(meeting: m.Meeting, level: Classification) -> bool:
    return meeting.classification.rank <= level.rank


def _action_visible(action: m.FollowUpAction, level: Classification) -> bool:
    return action.classification.rank <= level.rank and _meeting_visible(action.meeting, level)


def _agreement_visible(agreement: m.Agreement, level: Classification) -> bool:
    return agreement.meeting is None or _meeting_visible(agreement.meeting, level)


def _unique_sources(groups: Iterable[Iterable[m.Citation]]) -> list[SourceRef]:
    """Each cited source once, in first-cited order, without excerpts."""
    seen: dict[int, SourceRef] = {}
    for citations in groups:
        for ref in convert.source_refs(citations):
            seen.setdefault(ref.id, replace(ref, excerpt=None))
    return list(seen.values())


def _person_row(person: m.Person, level: Classification, role: str | None = None) -> PersonRow:
    """The person as a `level` export may print them: without their position (personal data)
    when their personal data is classified above `level`."""
    row = convert.person_row(person, role)
    if person.personal_data_classification.rank > level.rank:
        return replace(row, position=None)
    return row


def _organisation_label(organisation: m.Organisation | None) -> str | None:
    if organisation is None:
        return None
    if organisation.name_native and organisation.name_native != organisation.name:
        return f"{organisation.name} ({organisation.name_native})"
    return organisation.name


def _owner_locality(action: m.FollowUpAction) -> str | None:
    locality = action.owner_locality
    if locality is None and action.owner_organisation is not None:
        locality = action.owner_organisation.locality
    if locality is None and action.owner_person and action.owner_person.organisation:
        locality = action.owner_person.organisation.locality
    return convert.locality_label(locality) if locality else None


def _tracked(action: m.FollowUpAction, today: date) -> TrackedAction:
    return TrackedAction(
        row=convert.action_row(action, today),
        description=action.description,
        notes=action.notes,
        owner_locality=_owner_locality(action),
        agreement=action.agreement.title if action.agreement else None,
    )


def _agreement_row(agreement: m.Agreement) -> AgreementRow:
    return AgreementRow(
        id=agreement.id,
        title=agreement.title,
        kind=agreement.kind,
        status=agreement.status,
        signed_on=agreement.signed_on,
        parties=[convert.locality_row(p) for p in agreement.parties],
    )


def _party_side(delegation: m.Delegation, level: Classification) -> PartySide:
    return PartySide(
        id=delegation.id,
        name=delegation.name,
        side=delegation.side,
        locality=convert.locality_row(delegation.locality) if delegation.locality else None,
        organisation=_organisation_label(delegation.organisation),
        description=delegation.description,
        head=_person_row(delegation.head, level) if delegation.head else None,
        members=[_person_row(x.person, level, x.role) for x in delegation.members],
    )


def _meeting_row(meeting: m.Meeting, level: Classification) -> MeetingRow:
    """The meeting's row counting only the actions the export may show."""
    shown = [a for a in meeting.actions if _action_visible(a, level)]
    return convert.meeting_row(meeting, len(shown))


def _sorted_meetings(meetings: Iterable[m.Meeting]) -> list[m.Meeting]:
    return sorted(meetings, key=lambda mt: (mt.held_on is None, mt.held_on or date.min, mt.id))


def _locality_meetings(
    session: Session, locality_ids: Sequence[int], level: Classification
) -> list[m.Meeting]:
    """Meetings where every locality in `locality_ids` is a party, through a delegation of the
    locality itself or of one of its organisations."""
    found: set[int] | None = None
    for locality_id in locality_ids:
        query = (
            sa.select(m.meeting_parties.c.meeting_id)
            .join(m.Delegation, m.Delegation.id == m.meeting_parties.c.delegation_id)
            .outerjoin(m.Organisation, m.Organisation.id == m.Delegation.organisation_id)
            .where(
                sa.or_(
                    m.Delegation.locality_id == locality_id,
                    m.Organisation.locality_id == locality_id,
                )
            )
        )
        ids = set(session.scalars(query))
        found = ids if found is None else found & ids
    meetings = session.scalars(sa.select(m.Meeting).where(m.Meeting.id.in_(found or set())))
    return _sorted_meetings(mt for mt in meetings if _meeting_visible(mt, level))


def _locality_agreements(
    session: Session, locality_ids: Sequence[int], level: Classification
) -> list[m.Agreement]:
    query = sa.select(m.Agreement).order_by(m.Agreement.id)
    for locality_id in locality_ids:
        query = query.where(m.Agreement.parties.any(m.Locality.id == locality_id))
    return [a for a in session.scalars(query) if _agreement_visible(a, level)]


def _locality_profile(
    session: Session, locality: m.Locality, level: Classification
) -> LocalityProfile:
    organisations = session.scalars(
        sa.select(m.Organisation)
        .where(m.Organisation.locality_id == locality.id)
        .order_by(m.Organisation.name_folded)
    )
    people = session.scalars(
        sa.select(m.Person)
        .join(m.Organisation, m.Organisation.id == m.Person.organisation_id)
        .where(m.Organisation.locality_id == locality.id)
        .order_by(m.Person.name_folded)
    )
    return LocalityProfile(
        locality=convert.locality_row(locality),
        organisations=[label for o in organisations if (label := _organisation_label(o))],
        people=[_person_row(p, level) for p in people],
        agreements=[_agreement_row(a) for a in _locality_agreements(session, [locality.id], level)],
        meetings=[
            _meeting_row(mt, level) for mt in _locality_meetings(session, [locality.id], level)
        ],
        figures=_profile_figures(locality),
    )


def _profile_figures(locality: m.Locality) -> list[ProfileFigure]:
    """The profile items the locality has, each with the sources cited for its field."""
    figures = []
    for name in PROFILE_FIELDS:
        value = getattr(locality, name)
        if value is None or value == "":
            continue
        cited = [c for c in locality.citations if c.field == name]
        figures.append(ProfileFigure(name, value, _unique_sources([cited])))
    return figures


def _profile_citations(locality: m.Locality) -> list[m.Citation]:
    """The locality's citations that support a printed profile item."""
    return [
        c
        for c in locality.citations
        if c.field in PROFILE_FIELDS and getattr(locality, c.field) not in (None, "")
    ]


def _meeting_data(
    session: Session,
    meeting: m.Meeting,
    level: Classification,
    today: date,
    *,
    with_profiles: bool,
) -> MeetingBriefData:
    actions = [a for a in meeting.actions if _action_visible(a, level)]
    parties = sorted(meeting.parties, key=lambda d: (d.side != Country.VN, d.id))
    localities = [d.locality for d in parties if d.locality is not None]
    if not with_profiles:
        localities = []
    return MeetingBriefData(
        meeting=convert.meeting_row(meeting, len(actions)),
        event=convert.event_row(meeting.event),
        time_of_day=meeting.time_of_day,
        start_time=meeting.start_time,
        venue=meeting.venue,
        format=meeting.format,
        objectives=list(meeting.objectives),
        talking_points=list(meeting.talking_points),
        expected_asks=[
            ExpectedAsk(ask=str(item["ask"]), response=item.get("response") or None)
            for item in meeting.expected_asks
            if item.get("ask")
        ],
        summary=meeting.summary,
        proposals=list(meeting.proposals),
        outcomes=list(meeting.outcomes),
        cooperation_areas=[a.name for a in meeting.areas],
        participants=[_person_row(p.person, level, p.role) for p in meeting.participants],
        sides=[_party_side(d, level) for d in parties],
        localities=[_locality_profile(session, loc, level) for loc in localities],
        actions=[_tracked(a, today) for a in actions],
        sources=_unique_sources(
            [
                meeting.citations,
                *(d.citations for d in parties),
                *(_profile_citations(loc) for loc in localities),
                *(a.citations for a in actions),
            ]
        ),
    )


def _check_meeting_level(meeting: m.Meeting, level: Classification) -> None:
    if not _meeting_visible(meeting, level):
        raise ClassifiedRecordError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "meeting {id} is classified {classification}; a {level} briefing cannot include it",
            ),
            id=meeting.id,
            classification=Classification(meeting.classification),
            level=Classification(level),
        )


def meeting_brief_data(
    engine: Engine, meeting_id: int, *, level: Classification, today: date
) -> MeetingBriefData:
    with reading(engine) as session:
        meeting = get_record(session, m.Meeting, meeting_id)
        _check_meeting_level(meeting, level)
        return _meeting_data(session, meeting, level, today, with_profiles=True)


def delegation_locality_id(engine: Engine, delegation_id: int) -> int:
    """The locality a delegation speaks for (its own, or its organisation's)."""
    with reading(engine) as session:
        delegation = get_record(session, m.Delegation, delegation_id)
        locality = delegation.locality or (
            delegation.organisation.locality if delegation.organisation else None
        )
        if locality is None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "delegation {id} ({name}) speaks for no single locality; "
                    "brief a meeting or a locality instead",
                ),
                id=delegation_id,
                name=delegation.name,
            )
        return locality.id


def _involves(action: m.FollowUpAction, locality_ids: Sequence[int]) -> bool:
    """The action's owner and counterpart cover every locality asked for (for one locality:
    either side is it)."""
    sides = {action.owner_locality_id, action.counterpart_locality_id}
    return all(i in sides for i in locality_ids)


def locality_brief_data(
    engine: Engine, locality_ids: Sequence[int], *, level: Classification, today: date
) -> LocalityBriefData:
    """A locality brief (one id) or a counterpart-pair brief (two ids)."""
    if not 1 <= len(locality_ids) <= 2 or len(set(locality_ids)) != len(locality_ids):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages", "give one locality, or two different localities for a pair"
            )
        )
    with reading(engine) as session:
        localities: list[m.Locality] = []
        for locality_id in locality_ids:
            locality = get_record(session, m.Locality, locality_id)
            localities.append(locality)
        meetings = _locality_meetings(session, locality_ids, level)
        action_query = sa.select(m.FollowUpAction).where(
            sa.or_(
                m.FollowUpAction.owner_locality_id.in_(locality_ids),
                m.FollowUpAction.counterpart_locality_id.in_(locality_ids),
            )
        )
        related = [a for a in session.scalars(action_query) if _involves(a, locality_ids)]
        meeting_ids = {mt.id for mt in meetings}
        actions = {
            a.id: a
            for a in [*(a for mt in meetings for a in mt.actions), *related]
            if _action_visible(a, level)
        }
        extra_meetings = [a.meeting for a in actions.values() if a.meeting.id not in meeting_ids]
        meetings = _sorted_meetings({mt.id: mt for mt in [*meetings, *extra_meetings]}.values())
        agreements = _locality_agreements(session, locality_ids, level)
        open_actions = sorted(
            (a for a in actions.values() if a.status.is_open),
            key=lambda a: (a.due_date is None, a.due_date or date.min, a.id),
        )
        return LocalityBriefData(
            localities=[_locality_profile(session, loc, level) for loc in localities],
            meetings=[
                MeetingSummary(
                    meeting=_meeting_row(mt, level),
                    event_name=mt.event.name,
                    venue=mt.venue,
                    outcomes=list(mt.outcomes),
                )
                for mt in meetings
            ],
            agreements=[_agreement_row(a) for a in agreements],
            open_actions=[_tracked(a, today) for a in open_actions],
            upcoming=_upcoming(open_actions, [mt.event for mt in meetings], today),
            sources=_unique_sources(
                [
                    *(loc.citations for loc in localities),
                    *(mt.citations for mt in meetings),
                    *(a.citations for a in agreements),
                    *(a.citations for a in open_actions),
                ]
            ),
        )


def _upcoming(
    actions: Iterable[m.FollowUpAction], events: Iterable[m.Event], today: date
) -> list[UpcomingDate]:
    """Due dates whose period has not ended, and events not yet begun, soonest first."""
    found: list[UpcomingDate] = []
    for action in actions:
        due, precision = action.due_date, action.due_precision
        if due and precision and period_end(due, precision) >= today:
            label = format_due(due, precision)
            found.append(
                UpcomingDate(due, precision, label, action.title, f"action {action.id} title")
            )
    for event in {e.id: e for e in events}.values():
        if event.starts_on and event.starts_on >= today:
            found.append(
                UpcomingDate(
                    event.starts_on,
                    DuePrecision.DAY,
                    event.starts_on.isoformat(),
                    event.name,
                    f"event {event.id} name",
                )
            )
    return sorted(found, key=lambda u: (u.day, u.what))


def _event_tree(event: m.Event) -> list[m.Event]:
    """The event and all its parts, parts in programme order."""
    parts: list[m.Event] = []
    pending = list(event.parts)
    while pending:
        part = pending.pop(0)
        parts.append(part)
        pending.extend(part.parts)
    parts.sort(key=lambda e: (e.starts_on is None, e.starts_on or date.min, e.id))
    return [event, *parts]


def _facts(events: Iterable[m.Event]) -> list[FactRow]:
    by_label: dict[str, list[FactValue]] = {}
    for event in events:
        for fact in sorted(event.facts, key=lambda f: f.id):
            by_label.setdefault(fact.label, []).append(
                FactValue(fact.value, _unique_sources([fact.citations]))
            )
    return [FactRow(label, values) for label, values in by_label.items()]


def _people_index(
    meetings: Sequence[m.Meeting], actions: Iterable[m.FollowUpAction], level: Classification
) -> list[PersonIndexEntry]:
    """Everyone named in the given meetings (participants, delegation heads and members) or
    owning or facing the given actions, with the meetings they appear in."""
    people: dict[int, tuple[m.Person, list[int]]] = {}

    def note(person: m.Person, meeting_id: int) -> None:
        ids = people.setdefault(person.id, (person, []))[1]
        if meeting_id not in ids:
            ids.append(meeting_id)

    for meeting in meetings:
        for participant in meeting.participants:
            note(participant.person, meeting.id)
        for delegation in meeting.parties:
            if delegation.head:
                note(delegation.head, meeting.id)
            for member in delegation.members:
                note(member.person, meeting.id)
    for action in actions:
        for person in (action.owner_person, action.counterpart_person):
            if person is not None:
                note(person, action.meeting_id)
    entries = [
        PersonIndexEntry(
            person=_person_row(person, level),
            organisation=_organisation_label(person.organisation),
            meeting_ids=ids,
        )
        for person, ids in people.values()
    ]
    return sorted(entries, key=lambda e: fold(e.person.full_name))


def forum_book_data(
    engine: Engine, event_id: int, *, level: Classification, today: date
) -> ForumBookData:
    with reading(engine) as session:
        event = get_record(session, m.Event, event_id)
        events = _event_tree(event)
        meetings = _sorted_meetings(
            mt
            for mt in session.scalars(
                sa.select(m.Meeting).where(m.Meeting.event_id.in_([e.id for e in events]))
            )
            if _meeting_visible(mt, level)
        )
        actions = sorted(
            (a for mt in meetings for a in mt.actions if _action_visible(a, level)),
            key=lambda a: (a.due_date is None, a.due_date or date.min, a.id),
        )
        return ForumBookData(
            event=convert.event_row(event),
            organisers=[label for o in event.organisers if (label := _organisation_label(o))],
            parts=[convert.event_row(e) for e in events[1:]],
            facts=_facts(events),
            meetings=[
                _meeting_data(session, mt, level, today, with_profiles=False) for mt in meetings
            ],
            actions=[_tracked(a, today) for a in actions],
            people=_people_index(meetings, actions, level),
            sources=_unique_sources(
                [
                    *(e.citations for e in events),
                    *(f.citations for e in events for f in e.facts),
                    *(mt.citations for mt in meetings),
                    *(d.citations for mt in meetings for d in mt.parties),
                    *(a.citations for a in actions),
                ]
            ),
        )


def action_tracker_data(
    engine: Engine, flt: ActionFilter, *, level: Classification, today: date
) -> list[TrackedAction]:
    """The actions matching `flt` that a `level` export may show."""
    if flt.max_classification is None or flt.max_classification.rank > level.rank:
        flt = replace(flt, max_classification=level)
    query = (
        select_actions(flt, today)
        .join(m.FollowUpAction.meeting)
        .where(m.Meeting.classification.in_(allowed_levels(level)))
    )
    with reading(engine) as session:
        return [_tracked(a, today) for a in session.scalars(query)]
