"""Reference data and the details the desktop app shows beside its lists: cooperation areas,
the parties an action can be owned by, agreements, people, sources and localities.

One read unit of work per call; plain frozen DTOs out.
"""

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, load_only, selectinload

from briefing_app.domain import models as m
from briefing_app.domain.enums import (
    AgreementKind,
    AgreementStatus,
    Country,
    SourceKind,
)
from briefing_app.domain.record_kind import RecordKind
from briefing_app.domain.shown_text import area_name, fallback_language, shown
from briefing_app.domain.text import fold
from briefing_app.services import convert
from briefing_app.services.dto import (
    ActionRow,
    DelegationRow,
    LocalityRow,
    MeetingRow,
    PartyRef,
    SourceRef,
)
from briefing_app.services.queries import OPEN_STATUSES
from briefing_app.services.record_kinds.registry import label_of
from briefing_app.services.record_kinds.spec import RecordRow
from briefing_app.services.records import get_record
from briefing_app.store.unit_of_work import reading


@dataclass(frozen=True)
class AreaRow:
    id: int
    name: str
    name_vi: str


@dataclass(frozen=True, slots=True)  # 52,000 of them on a large database
class PartyChoice:
    """One locality, organisation or person offered as an owner or counterpart."""

    ref: PartyRef
    name_native: str | None
    country: Country
    #: what it is: "province", "ministry", a person's position …
    detail: str | None


@dataclass(frozen=True)
class AgreementRow:
    id: int
    title: str
    kind: AgreementKind
    status: AgreementStatus
    signed_on: date | None
    meeting_id: int | None
    meeting_title: str | None
    parties: list[str]


@dataclass(frozen=True)
class PersonListRow:
    id: int
    full_name: str
    name_native: str | None
    position: str | None
    organisation: str | None
    country: Country


@dataclass(frozen=True)
class SourceRow:
    id: int
    kind: SourceKind
    title: str
    publisher: str
    url: str | None
    published_on: date | None
    language: str
    citation_count: int


@dataclass(frozen=True)
class CitedRecord:
    """A record a source supports, as a link: kind ("meeting", "fact" …), id and a label."""

    kind: str
    id: int
    label: str
    excerpt: str | None


@dataclass(frozen=True)
class LocalityDetail:
    locality: LocalityRow
    organisations: list[str]
    delegations: list[DelegationRow]
    meetings: list[MeetingRow]
    agreements: list[AgreementRow]
    open_actions: list[ActionRow]
    sources: list[SourceRef]


@dataclass(frozen=True)
class AgreementDetail:
    agreement: AgreementRow
    actions: list[ActionRow]
    sources: list[SourceRef]


@dataclass(frozen=True)
class PersonDetail:
    person: PersonListRow
    delegations: list[DelegationRow]
    meetings: list[MeetingRow]
    sources: list[SourceRef]


@dataclass(frozen=True)
class SourceDetail:
    source: SourceRow
    note: str | None
    cited_by: list[CitedRecord]


def agreement_row(agreement: m.Agreement) -> AgreementRow:
    return AgreementRow(
        id=agreement.id,
        title=shown(agreement, "title"),
        kind=agreement.kind,
        status=agreement.status,
        signed_on=agreement.signed_on,
        meeting_id=agreement.meeting_id,
        meeting_title=shown(agreement.meeting, "title") if agreement.meeting else None,
        parties=[shown(p, "name") for p in agreement.parties],
    )


def person_list_row(person: m.Person) -> PersonListRow:
    return PersonListRow(
        id=person.id,
        full_name=person.full_name,
        name_native=person.name_native,
        position=shown(person, "position"),
        organisation=shown(person.organisation, "name") if person.organisation else None,
        country=person.country,
    )


def source_row(source: m.Source, citation_count: int) -> SourceRow:
    return SourceRow(
        id=source.id,
        kind=source.kind,
        title=source.title,
        publisher=source.publisher,
        url=source.url,
        published_on=source.published_on,
        language=source.language,
        citation_count=citation_count,
    )


def list_areas(engine: Engine) -> list[AreaRow]:
    """Every cooperation area, by its name in the reading language."""
    with reading(engine) as session:
        rows = session.scalars(sa.select(m.CooperationArea))
        return sorted(
            (AreaRow(a.id, a.name, a.name_vi) for a in rows), key=lambda a: fold(area_name(a))
        )


#: Rows a catalogue read holds at a time: a large database's 50,000 people and 20,000 meetings
#: are read as a stream, each record dropped once its pick-list line is made (issue 16).
_BATCH = 250


def list_parties(engine: Engine) -> list[PartyChoice]:
    """Every locality, organisation and person, each group sorted by its folded name."""
    details: dict[tuple[Any, str | None], Any] = {}
    with reading(engine) as session:
        choices: list[PartyChoice] = []
        for loc in _stream(
            session, m.Locality, m.Locality.name_folded, "name", "name_native", "kind"
        ):
            choices.append(
                PartyChoice(
                    PartyRef("locality", loc.id, shown(loc, "name")),
                    loc.name_native,
                    loc.country,
                    loc.kind.value,
                )
            )
        organisations = _stream(
            session, m.Organisation, m.Organisation.name_folded, "name", "name_native", "kind"
        )
        for org in organisations:
            choices.append(
                PartyChoice(
                    PartyRef("organisation", org.id, shown(org, "name")),
                    org.name_native,
                    org.country,
                    org.kind.value,
                )
            )
        people = _stream(
            session, m.Person, m.Person.name_folded, "full_name", "name_native", "position"
        )
        for person in people:
            choices.append(
                PartyChoice(
                    PartyRef("person", person.id, person.full_name),
                    person.name_native,
                    person.country,
                    _shared(details, shown(person, "position")),
                )
            )
        return choices


def list_meeting_choices(engine: Engine) -> list[RecordRow]:
    """Every meeting as the pickers offer it: its title, and its day as stored (row_text
    shows it); by day (undated last), then as entered."""
    query = sa.select(m.Meeting).order_by(
        m.Meeting.held_on.is_(None), m.Meeting.held_on, m.Meeting.id
    )
    columns = (m.Meeting.id, m.Meeting.title, m.Meeting.held_on, m.Meeting.translations)
    days: dict[tuple[Any, str | None], Any] = {}
    with reading(engine) as session:
        meetings = session.scalars(
            query.options(load_only(*columns)).execution_options(yield_per=_BATCH)
        )
        return [
            RecordRow(
                RecordKind.MEETING,
                meeting.id,
                1,
                shown(meeting, "title"),
                _shared(days, meeting.held_on.isoformat() if meeting.held_on else ""),
            )
            for meeting in meetings
        ]


def _shared(seen: dict[tuple[Any, str | None], Any], text: Any) -> Any:
    """`text`, or the equal one (in the same language, fallen back or not) `seen` holds already:
    50,000 people share a few dozen positions and 20,000 meetings a few thousand days, a pick
    list keeps one string for each."""
    return seen.setdefault((text, fallback_language(text)), text)


def _stream(session: Session, model: Any, order: Any, *fields: str) -> Iterator[Any]:
    """`model`'s records in `order`, _BATCH at a time, with only their id, country,
    translations and `fields` loaded."""
    names = ("id", "country", "translations", *fields)
    query = (
        sa.select(model)
        .options(load_only(*(getattr(model, name) for name in names)))
        .order_by(order)
        .execution_options(yield_per=_BATCH)
    )
    return iter(session.scalars(query))


_ACTION_LOADS = (
    selectinload(m.FollowUpAction.meeting),
    selectinload(m.FollowUpAction.owner_locality),
    selectinload(m.FollowUpAction.owner_organisation),
    selectinload(m.FollowUpAction.owner_person),
    selectinload(m.FollowUpAction.counterpart_locality),
    selectinload(m.FollowUpAction.counterpart_organisation),
    selectinload(m.FollowUpAction.counterpart_person),
)


def _meeting_rows(session: Session, meetings: list[m.Meeting]) -> list[MeetingRow]:
    ids = [mt.id for mt in meetings]
    counts = {
        key: value
        for key, value in session.execute(
            sa.select(m.FollowUpAction.meeting_id, sa.func.count())
            .where(m.FollowUpAction.meeting_id.in_(ids))
            .group_by(m.FollowUpAction.meeting_id)
        )
    }
    return [convert.meeting_row(mt, counts.get(mt.id, 0)) for mt in meetings]


def get_locality(engine: Engine, locality_id: int, today: date | None = None) -> LocalityDetail:
    """A locality with its organisations, delegations, the meetings they attended, its
    agreements and the open actions it owns, is counterpart of, or whose meeting it attended.
    """
    today = today or date.today()
    with reading(engine) as session:
        locality = get_record(session, m.Locality, locality_id)
        delegations = list(
            session.scalars(
                sa.select(m.Delegation)
                .where(m.Delegation.locality_id == locality_id)
                .order_by(m.Delegation.name_folded)
            )
        )
        delegation_ids = [d.id for d in delegations]
        meetings = list(
            session.scalars(
                sa.select(m.Meeting)
                .where(
                    m.Meeting.id.in_(
                        sa.select(m.meeting_parties.c.meeting_id).where(
                            m.meeting_parties.c.delegation_id.in_(delegation_ids)
                        )
                    )
                )
                .order_by(m.Meeting.held_on.is_(None), m.Meeting.held_on, m.Meeting.id)
            )
        )
        agreements = list(
            session.scalars(
                sa.select(m.Agreement)
                .join(m.agreement_parties)
                .where(m.agreement_parties.c.locality_id == locality_id)
                .order_by(m.Agreement.id)
            )
        )
        action = m.FollowUpAction
        actions = session.scalars(
            sa.select(action)
            .where(
                action.status.in_(OPEN_STATUSES),
                sa.or_(
                    action.owner_locality_id == locality_id,
                    action.counterpart_locality_id == locality_id,
                    action.meeting_id.in_([mt.id for mt in meetings]),
                ),
            )
            .options(*_ACTION_LOADS)
            .order_by(action.due_date.is_(None), action.due_date, action.id)
        )
        organisations = session.scalars(
            sa.select(m.Organisation)
            .where(m.Organisation.locality_id == locality_id)
            .order_by(m.Organisation.name_folded)
        )
        return LocalityDetail(
            locality=convert.locality_row(locality),
            organisations=[shown(o, "name") for o in organisations],
            delegations=[convert.delegation_row(d) for d in delegations],
            meetings=_meeting_rows(session, meetings),
            agreements=[agreement_row(a) for a in agreements],
            open_actions=[convert.action_row(a, today) for a in actions],
            sources=convert.source_refs(locality.citations),
        )


def get_agreement(engine: Engine, agreement_id: int, today: date | None = None) -> AgreementDetail:
    today = today or date.today()
    with reading(engine) as session:
        agreement = get_record(session, m.Agreement, agreement_id)
        actions = session.scalars(
            sa.select(m.FollowUpAction)
            .where(m.FollowUpAction.agreement_id == agreement_id)
            .options(*_ACTION_LOADS)
            .order_by(m.FollowUpAction.id)
        )
        return AgreementDetail(
            agreement=agreement_row(agreement),
            actions=[convert.action_row(a, today) for a in actions],
            sources=convert.source_refs(agreement.citations),
        )


def get_person(engine: Engine, person_id: int) -> PersonDetail:
    with reading(engine) as session:
        person = get_record(session, m.Person, person_id)
        delegations = list(
            session.scalars(
                sa.select(m.Delegation)
                .where(
                    sa.or_(
                        m.Delegation.head_id == person_id,
                        m.Delegation.id.in_(
                            sa.select(m.DelegationMember.delegation_id).where(
                                m.DelegationMember.person_id == person_id
                            )
                        ),
                    )
                )
                .order_by(m.Delegation.name_folded)
            )
        )
        meetings = list(
            session.scalars(
                sa.select(m.Meeting)
                .where(
                    m.Meeting.id.in_(
                        sa.select(m.MeetingParticipant.meeting_id).where(
                            m.MeetingParticipant.person_id == person_id
                        )
                    )
                )
                .order_by(m.Meeting.held_on.is_(None), m.Meeting.held_on, m.Meeting.id)
            )
        )
        return PersonDetail(
            person=person_list_row(person),
            delegations=[convert.delegation_row(d) for d in delegations],
            meetings=_meeting_rows(session, meetings),
            sources=convert.source_refs(person.citations),
        )


def _cited_record(citation: m.Citation) -> CitedRecord:
    for kind, record, label in (
        ("meeting", citation.meeting, "title"),
        ("delegation", citation.delegation, "name"),
        ("action", citation.action, "title"),
        ("agreement", citation.agreement, "title"),
        ("locality", citation.locality, "name"),
        ("person", citation.person, "full_name"),
        ("organisation", citation.organisation, "name"),
        ("event", citation.event, "name"),
    ):
        if record is not None:
            return CitedRecord(kind, record.id, shown(record, label), citation.excerpt)
    fact = citation.fact
    assert fact is not None, "a citation cites exactly one record"
    return CitedRecord("fact", fact.id, label_of(RecordKind.FACT, fact), citation.excerpt)


def get_source(engine: Engine, source_id: int) -> SourceDetail:
    with reading(engine) as session:
        source = get_record(session, m.Source, source_id)
        citations = list(
            session.scalars(
                sa.select(m.Citation)
                .where(m.Citation.source_id == source_id)
                .order_by(m.Citation.id)
            )
        )
        return SourceDetail(
            source=source_row(source, len(citations)),
            note=source.note,
            cited_by=[_cited_record(c) for c in citations],
        )
