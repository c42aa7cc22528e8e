"""What each PDF briefing prints, read in one unit of work and cut to the export's level.

Classification filtering happens here, once, so a briefing at level L is built from DTOs that
hold nothing above L: not in the tracker, not in the index of people, not in the outline. An
action counts at the level of its meeting when the meeting is the more restricted of the two
(its row names the meeting), and agreements recorded at a restricted meeting stay out too.
A person's position is personal data: it is left out where the person's personal-data level is
above the export's.

Record texts are read in the brief's `language`, a missing version in another one, tagged for
the brief to mark and count (brief_texts).
"""

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, time

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from briefing_app.domain import models as m
from briefing_app.domain.authors import NOTES_AUTHOR
from briefing_app.domain.due import period_end
from briefing_app.domain.enums import (
    AgreementKind,
    AgreementStatus,
    Classification,
    Country,
    DuePrecision,
    TimeOfDay,
)
from briefing_app.domain.errors import UserError
from briefing_app.domain.record_kind import RecordKind
from briefing_app.domain.text import fold
from briefing_app.domain.translations import BASE_LANGUAGE
from briefing_app.i18n import QT_TRANSLATE_NOOP
from briefing_app.services.brief_texts import BriefTexts, plain
from briefing_app.services.comments import threads
from briefing_app.services.dto import (
    ActionRow,
    CommentRow,
    EventRow,
    LocalityRow,
    MeetingRow,
    PersonRow,
)

# The same filter as the action list, so the tracker prints exactly what the list shows.
from briefing_app.services.queries import ActionFilter, select_actions
from briefing_app.services.records import get_record
from briefing_app.store.unit_of_work import reading


class ClassifiedRecordError(UserError):
    """The record asked for is above the level chosen for the export."""


# how the seed's notes name the file a source was read from ("Seed file 001_e4e9….txt"); the
# records' texts refer to that file as "article 001", which a brief must not print
_FILE_KEY = re.compile(r"\bSeed file (\d{3})_")


@dataclass(frozen=True)
class CitedSource:
    """A source as a brief cites it."""

    id: int
    title: str
    publisher: str
    url: str | None
    published_on: date | None
    accessed_on: date | None
    # "001" when record texts refer to the source as "article 001" (the seed's file number)
    file_key: str | None = None


@dataclass(frozen=True)
class FactValue:
    value: str
    sources: list[CitedSource]


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
    signatories: str | None = None
    summary: str | None = None


@dataclass(frozen=True)
class TrackedAction:
    """An action with what the briefings print beyond its list row."""

    row: ActionRow
    description: str | None
    # the office's remarks on the action (the dataset's editorial notes, first in its comment
    # thread): printed apart, as the office's assessment, not as a fact
    remarks: list[str]
    # the locality the owner is, or belongs to (label with native name), for grouping
    owner_locality: str | None
    agreement: str | None
    # what staff wrote on the action (its comment thread, less the remarks and what was
    # struck through), oldest first
    comments: list[CommentRow] = field(default_factory=list)


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
    sources: list[CitedSource]


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
    # agreements above the export's level, left out
    withheld_agreements: int = 0
    # the profile (its figures) is above the export's level and left out
    profile_withheld: bool = False


@dataclass(frozen=True)
class ExpectedAsk:
    """What the counterpart is expected to ask, and the response we suggest (None: none yet)."""

    ask: str
    response: str | None


@dataclass(frozen=True)
class PersonCard:
    """Someone we meet: who they are and when we met them before."""

    person: PersonRow
    organisation: str | None
    # None where their personal data is above the export's level
    biography: str | None
    # earlier meetings they took part in that the export may show, oldest first
    contacts: list[MeetingRow]


@dataclass(frozen=True)
class HistoryItem:
    """One step in the relations between two localities: a meeting, an agreement, a visit."""

    day: date | None
    what: str
    # the record `what` comes from ("meeting 3 title")
    record: str
    # an agreement's status
    status: AgreementStatus | None = None


@dataclass(frozen=True)
class MeetingBriefData:
    meeting: MeetingRow
    event: EventRow
    time_of_day: TimeOfDay | None
    start_time: time | None
    venue: str | None
    # in person, online, working lunch …
    format: str | None
    interpreters: str | None
    press: str | None
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
    sources: list[CitedSource]
    # every source the records' texts may name by its file ("article 001"), by file key
    file_sources: dict[str, CitedSource] = field(default_factory=dict)
    # the people of the other side(s), each with a profile card
    counterparts: list[PersonCard] = field(default_factory=list)
    # the relations between our locality and the counterpart's, oldest first
    history: list[HistoryItem] = field(default_factory=list)
    # the meeting's actions above the export's level, left out
    withheld_actions: int = 0


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
    what: str
    # the record `what` comes from ("action 3 title", "event 2 name")
    record: str


@dataclass(frozen=True)
class LocalityBriefData:
    """A locality, or a counterpart pair when `localities` holds two."""

    localities: list[LocalityProfile]
    meetings: list[MeetingSummary]
    agreements: list[AgreementRow]
    open_actions: list[TrackedAction]
    upcoming: list[UpcomingDate]
    sources: list[CitedSource]
    # every source the records' texts may name by its file ("article 001"), by file key
    file_sources: dict[str, CitedSource] = field(default_factory=dict)
    # records above the export's level, left out: meetings, agreements, open actions
    withheld_meetings: int = 0
    withheld_agreements: int = 0
    withheld_actions: int = 0


@dataclass(frozen=True)
class PersonIndexEntry:
    person: PersonRow
    organisation: str | None
    meeting_ids: list[int]


@dataclass(frozen=True)
class ProgrammeItem:
    """A meeting on a delegation's programme."""

    meeting: MeetingRow
    time_of_day: TimeOfDay | None
    start_time: time | None
    venue: str | None


@dataclass(frozen=True)
class DelegationBriefData:
    """A delegation: who is in it, why it comes, when, and the meetings on its programme."""

    id: int
    name: str
    side: Country
    event: EventRow
    locality: LocalityRow | None
    organisation: str | None
    # its purpose, as recorded
    description: str | None
    arrives_on: date | None
    departs_on: date | None
    # the head first, then the members, each with a card
    members: list[PersonCard]
    head_id: int | None
    programme: list[ProgrammeItem]
    sources: list[CitedSource]
    # every source the records' texts may name by its file ("article 001"), by file key
    file_sources: dict[str, CitedSource] = field(default_factory=dict)
    # meetings on its programme above the export's level, left out
    withheld_meetings: int = 0


@dataclass(frozen=True)
class ForumBookData:
    event: EventRow
    organisers: list[str]
    parts: list[EventRow]
    facts: list[FactRow]
    meetings: list[MeetingBriefData]
    actions: list[TrackedAction]
    people: list[PersonIndexEntry]
    sources: list[CitedSource]
    # every source the records' texts may name by its file ("article 001"), by file key
    file_sources: dict[str, CitedSource] = field(default_factory=dict)
    # meetings, actions and key facts above the export's level, left out
    withheld_meetings: int = 0
    withheld_actions: int = 0
    withheld_facts: int = 0


def allowed_levels(level: Classification) -> list[Classification]:
    return [c for c in Classification if c.rank <= level.rank]


def _meeting_visible(meeting: m.Meeting, level: Classification) -> bool:
    return meeting.classification.rank <= level.rank


def _action_visible(action: m.FollowUpAction, level: Classification) -> bool:
    return action.classification.rank <= level.rank and _meeting_visible(action.meeting, level)


def _agreement_visible(agreement: m.Agreement, level: Classification) -> bool:
    """At or below `level` itself, and not recorded at a meeting above it."""
    if agreement.classification.rank > level.rank:
        return False
    return agreement.meeting is None or _meeting_visible(agreement.meeting, level)


def _cited(source: m.Source) -> CitedSource:
    key = _FILE_KEY.search(source.note or "")
    return CitedSource(
        id=source.id,
        title=source.title,
        publisher=source.publisher,
        url=source.url,
        published_on=source.published_on,
        accessed_on=source.accessed_on,
        file_key=key[1] if key else None,
    )


def _file_sources(session: Session) -> dict[str, CitedSource]:
    """Sources by the file key record texts name them by ("article 001" -> "001")."""
    query = sa.select(m.Source).where(m.Source.note.like("%Seed file %"))
    cited = (_cited(source) for source in session.scalars(query))
    return {source.file_key: source for source in cited if source.file_key}


def file_sources(engine: Engine) -> dict[str, CitedSource]:
    """Sources by the file key record texts name them by, for a brief that lists no sources."""
    with reading(engine) as session:
        return _file_sources(session)


def _unique_sources(groups: Iterable[Iterable[m.Citation]]) -> list[CitedSource]:
    """Each cited source once, in first-cited order."""
    seen: dict[int, CitedSource] = {}
    for citations in groups:
        for citation in citations:
            if citation.source_id not in seen:
                seen[citation.source_id] = _cited(citation.source)
    return list(seen.values())


def _person_row(
    tx: BriefTexts,
    person: m.Person,
    level: Classification,
    membership: m.MeetingParticipant | m.DelegationMember | None = None,
) -> PersonRow:
    """The person as a `level` export may print them: without their position (personal data)
    when their personal data is classified above `level`."""
    personal = person.personal_data_classification.rank <= level.rank
    return tx.person_row(person, membership, with_position=personal)


def _organisation_label(tx: BriefTexts, organisation: m.Organisation | None) -> str | None:
    return tx.label(organisation) if organisation is not None else None


def _owner_locality(tx: BriefTexts, action: m.FollowUpAction) -> str | None:
    locality = action.owner_locality
    if locality is None and action.owner_organisation is not None:
        locality = action.owner_organisation.locality
    if locality is None and action.owner_person and action.owner_person.organisation:
        locality = action.owner_person.organisation.locality
    return tx.label(locality) if locality else None


# actions whose comment threads one query reads
_THREAD_BATCH = 500


def action_remarks(thread: list[CommentRow]) -> list[CommentRow]:
    """The office's remarks on an action (the dataset's notes, which start its comment thread),
    the one place briefs read them from."""
    return [c for c in thread if c.author == NOTES_AUTHOR]


def action_comments(thread: list[CommentRow]) -> list[CommentRow]:
    """The comments staff wrote on an action (a brief prints them when asked)."""
    return [c for c in thread if c.author != NOTES_AUTHOR]


def _tracked_all(
    tx: BriefTexts, session: Session, actions: Sequence[m.FollowUpAction], today: date
) -> list[TrackedAction]:
    """The actions as briefs print them, their comment threads (less what was struck
    through) and the remarks' versions in other languages read a batch at a time, not one
    query per action."""
    ids = [a.id for a in actions]
    by_action: dict[int, list[CommentRow]] = {}
    for start in range(0, len(ids), _THREAD_BATCH):
        by_action.update(threads(session, RecordKind.ACTION, ids[start : start + _THREAD_BATCH]))
    shown = {a: [c for c in thread if c.struck_at is None] for a, thread in by_action.items()}
    remark_ids = [c.id for thread in shown.values() for c in action_remarks(thread)]
    remarks: dict[int, m.Comment] = {}
    for start in range(0, len(remark_ids), _THREAD_BATCH):
        batch = remark_ids[start : start + _THREAD_BATCH]
        remarks.update(
            (c.id, c) for c in session.scalars(sa.select(m.Comment).where(m.Comment.id.in_(batch)))
        )
    return [_tracked(tx, a, shown.get(a.id, []), remarks, today) for a in actions]


def _tracked(
    tx: BriefTexts,
    action: m.FollowUpAction,
    thread: list[CommentRow],
    remarks: dict[int, m.Comment],
    today: date,
) -> TrackedAction:
    """`remarks`: the remarks' rows by id (each comment's latest text, with its versions)."""
    return TrackedAction(
        row=tx.action_row(action, today),
        description=tx(action, "description"),
        remarks=[tx(remarks[c.id], "text") for c in action_remarks(thread)],
        comments=action_comments(thread),
        owner_locality=_owner_locality(tx, action),
        agreement=tx(action.agreement, "title") if action.agreement else None,
    )


def _agreement_row(tx: BriefTexts, agreement: m.Agreement) -> AgreementRow:
    return AgreementRow(
        id=agreement.id,
        title=tx(agreement, "title"),
        kind=agreement.kind,
        status=agreement.status,
        signed_on=agreement.signed_on,
        parties=[tx.locality_row(p) for p in agreement.parties],
        signatories=tx(agreement, "signatories"),
        summary=tx(agreement, "summary"),
    )


def _party_side(tx: BriefTexts, delegation: m.Delegation, level: Classification) -> PartySide:
    return PartySide(
        id=delegation.id,
        name=tx(delegation, "name"),
        side=delegation.side,
        locality=tx.locality_row(delegation.locality) if delegation.locality else None,
        organisation=_organisation_label(tx, delegation.organisation),
        description=tx(delegation, "description"),
        head=_person_row(tx, delegation.head, level) if delegation.head else None,
        members=[_person_row(tx, x.person, level, x) for x in delegation.members],
    )


def _meeting_row(tx: BriefTexts, meeting: m.Meeting, level: Classification) -> MeetingRow:
    """The meeting's row counting only the actions the export may show."""
    shown = [a for a in meeting.actions if _action_visible(a, level)]
    return tx.meeting_row(meeting, len(shown))


def _sorted_meetings(meetings: Iterable[m.Meeting]) -> list[m.Meeting]:
    return sorted(meetings, key=lambda mt: (mt.held_on is None, mt.held_on or date.min, mt.id))


def _locality_meetings(
    session: Session, locality_ids: Sequence[int], level: Classification | None
) -> list[m.Meeting]:
    """Meetings where every locality in `locality_ids` is a party, through a delegation of the
    locality itself or of one of its organisations; those `level` may show (None: all)."""
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
    return _sorted_meetings(mt for mt in meetings if level is None or _meeting_visible(mt, level))


def _locality_agreements(
    session: Session, locality_ids: Sequence[int], level: Classification
) -> tuple[list[m.Agreement], int]:
    """The agreements every locality in `locality_ids` is party to that `level` may show, and
    how many more there are above it."""
    query = sa.select(m.Agreement).order_by(m.Agreement.id)
    for locality_id in locality_ids:
        query = query.where(m.Agreement.parties.any(m.Locality.id == locality_id))
    found = list(session.scalars(query))
    shown = [a for a in found if _agreement_visible(a, level)]
    return shown, len(found) - len(shown)


def _locality_profile(
    tx: BriefTexts, session: Session, locality: m.Locality, level: Classification
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
    agreements, withheld = _locality_agreements(session, [locality.id], level)
    profile_shown = locality.profile_classification.rank <= level.rank
    return LocalityProfile(
        locality=tx.locality_row(locality),
        organisations=[tx.label(o) for o in organisations],
        people=[_person_row(tx, p, level) for p in people],
        agreements=[_agreement_row(tx, a) for a in agreements],
        meetings=[
            _meeting_row(tx, mt, level) for mt in _locality_meetings(session, [locality.id], level)
        ],
        figures=_profile_figures(tx, locality) if profile_shown else [],
        withheld_agreements=withheld,
        profile_withheld=not profile_shown and bool(_profile_figures(tx, locality)),
    )


def _profile_figures(tx: BriefTexts, locality: m.Locality) -> list[ProfileFigure]:
    """The profile items the locality has, each with the sources cited for its field."""
    figures = []
    for name in PROFILE_FIELDS:
        value = tx(locality, name)
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
    tx: BriefTexts,
    session: Session,
    meeting: m.Meeting,
    level: Classification,
    today: date,
    *,
    with_profiles: bool,
) -> MeetingBriefData:
    """One meeting; `with_profiles` adds what a meeting brief has and a book leaves out: the
    counterpart locality's profile, a card per counterpart person, the history of relations."""
    actions = [a for a in meeting.actions if _action_visible(a, level)]
    parties = sorted(meeting.parties, key=lambda d: (d.side != Country.VN, d.id))
    ours = [d.locality for d in parties if d.locality is not None and d.side is Country.VN]
    theirs = [d.locality for d in parties if d.locality is not None and d.side is not Country.VN]
    localities = _unique_by_id(theirs) if with_profiles else []
    roles = {p.person_id: p for p in meeting.participants}
    return MeetingBriefData(
        meeting=tx.meeting_row(meeting, len(actions)),
        event=tx.event_row(meeting.event),
        time_of_day=meeting.time_of_day,
        start_time=meeting.start_time,
        venue=tx(meeting, "venue"),
        format=tx(meeting, "format"),
        interpreters=tx(meeting, "interpreters"),
        press=tx(meeting, "press"),
        objectives=tx.items(meeting, "objectives"),
        talking_points=tx.items(meeting, "talking_points"),
        expected_asks=[
            ExpectedAsk(ask=str(item["ask"]), response=item.get("response") or None)
            for item in tx.items(meeting, "expected_asks")
            if item.get("ask")
        ],
        summary=tx(meeting, "summary"),
        proposals=tx.items(meeting, "proposals"),
        outcomes=tx.items(meeting, "outcomes"),
        cooperation_areas=[tx.area(a) for a in meeting.areas],
        participants=[_person_row(tx, p.person, level, p) for p in meeting.participants],
        sides=[_party_side(tx, d, level) for d in parties],
        localities=[_locality_profile(tx, session, loc, level) for loc in localities],
        actions=_tracked_all(tx, session, actions, today),
        file_sources=_file_sources(session) if with_profiles else {},
        sources=_unique_sources(
            [
                meeting.citations,
                *(d.citations for d in parties),
                *(_profile_citations(loc) for loc in localities),
                *(a.citations for a in actions),
            ]
        ),
        counterparts=(
            [
                _person_card(tx, session, p, level, role=roles.get(p.id), now=[meeting.id])
                for p in _counterpart_people(meeting)
            ]
            if with_profiles
            else []
        ),
        history=(
            _history(tx, session, [ours[0], localities[0]], meeting, level)
            if with_profiles and ours and localities
            else []
        ),
        withheld_actions=len(meeting.actions) - len(actions),
    )


def _unique_by_id(localities: Iterable[m.Locality]) -> list[m.Locality]:
    return list({loc.id: loc for loc in localities}.values())


def _counterpart_people(meeting: m.Meeting) -> list[m.Person]:
    """The people of the meeting's other side: its participants from another country, and the
    heads and members of the other side's delegations."""
    people: dict[int, m.Person] = {}
    for participant in meeting.participants:
        if participant.person.country is not Country.VN:
            people.setdefault(participant.person.id, participant.person)
    for delegation in meeting.parties:
        if delegation.side is Country.VN:
            continue
        for person in [delegation.head, *(x.person for x in delegation.members)]:
            if person is not None:
                people.setdefault(person.id, person)
    return list(people.values())


def _person_card(
    tx: BriefTexts,
    session: Session,
    person: m.Person,
    level: Classification,
    *,
    role: m.MeetingParticipant | m.DelegationMember | None,
    now: Iterable[int],
) -> PersonCard:
    """`person` in `role` (their membership of the meeting or the delegation); their contacts
    are the meetings they took part in but those of `now` (the meeting or the programme the
    brief is about)."""
    personal = person.personal_data_classification.rank <= level.rank
    current = set(now)
    return PersonCard(
        person=_person_row(tx, person, level, role),
        organisation=_organisation_label(tx, person.organisation),
        biography=tx(person, "biography") if personal else None,
        contacts=[
            _meeting_row(tx, mt, level)
            for mt in _person_meetings(session, person.id)
            if mt.id not in current and _meeting_visible(mt, level)
        ],
    )


def _person_meetings(session: Session, person_id: int) -> list[m.Meeting]:
    """Meetings the person took part in: as a participant, or heading or in a delegation."""
    as_participant = sa.select(m.MeetingParticipant.meeting_id).where(
        m.MeetingParticipant.person_id == person_id
    )
    delegations = sa.select(m.Delegation.id).where(
        sa.or_(
            m.Delegation.head_id == person_id,
            m.Delegation.id.in_(
                sa.select(m.DelegationMember.delegation_id).where(
                    m.DelegationMember.person_id == person_id
                )
            ),
        )
    )
    in_delegation = sa.select(m.meeting_parties.c.meeting_id).where(
        m.meeting_parties.c.delegation_id.in_(delegations)
    )
    query = sa.select(m.Meeting).where(
        sa.or_(m.Meeting.id.in_(as_participant), m.Meeting.id.in_(in_delegation))
    )
    return _sorted_meetings(session.scalars(query))


def _history(
    tx: BriefTexts,
    session: Session,
    pair: Sequence[m.Locality],
    meeting: m.Meeting,
    level: Classification,
) -> list[HistoryItem]:
    """Relations between the two localities as `level` may show them, oldest first: their other
    meetings, their agreements, and the visits of their delegations (arrival recorded)."""
    ids = [loc.id for loc in pair]
    items = [
        HistoryItem(mt.held_on, tx(mt, "title"), f"meeting {mt.id} title")
        for mt in _locality_meetings(session, ids, level)
        if mt.id != meeting.id
    ]
    agreements, _ = _locality_agreements(session, ids, level)
    items += [
        HistoryItem(a.signed_on, tx(a, "title"), f"agreement {a.id} title", a.status)
        for a in agreements
    ]
    visits = session.scalars(
        sa.select(m.Delegation).where(
            m.Delegation.locality_id.in_(ids), m.Delegation.arrives_on.is_not(None)
        )
    )
    items += [
        HistoryItem(d.arrives_on, tx(d, "name"), f"delegation {d.id} name")
        for d in visits
        if not any(mt.id == meeting.id for mt in _delegation_meetings(d))
    ]
    return sorted(items, key=lambda h: (h.day is None, h.day or date.min, plain(h.what)))


def _delegation_meetings(delegation: m.Delegation) -> list[m.Meeting]:
    session = Session.object_session(delegation)
    assert session is not None
    query = (
        sa.select(m.Meeting)
        .join(m.meeting_parties, m.meeting_parties.c.meeting_id == m.Meeting.id)
        .where(m.meeting_parties.c.delegation_id == delegation.id)
    )
    return _sorted_meetings(session.scalars(query))


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
    engine: Engine,
    meeting_id: int,
    *,
    level: Classification,
    today: date,
    language: str = BASE_LANGUAGE,
) -> MeetingBriefData:
    with reading(engine) as session:
        meeting = get_record(session, m.Meeting, meeting_id)
        _check_meeting_level(meeting, level)
        tx = BriefTexts(language)
        return _meeting_data(tx, session, meeting, level, today, with_profiles=True)


def delegation_brief_data(
    engine: Engine,
    delegation_id: int,
    *,
    level: Classification,
    today: date,
    language: str = BASE_LANGUAGE,
) -> DelegationBriefData:
    tx = BriefTexts(language)
    with reading(engine) as session:
        delegation = get_record(session, m.Delegation, delegation_id)
        every = _delegation_meetings(delegation)
        meetings = [mt for mt in every if _meeting_visible(mt, level)]
        people = [
            *([delegation.head] if delegation.head else []),
            *(x.person for x in delegation.members if x.person_id != delegation.head_id),
        ]
        roles = {x.person_id: x for x in delegation.members}
        now = [mt.id for mt in every]
        cards = [
            _person_card(tx, session, person, level, role=roles.get(person.id), now=now)
            for person in people
        ]
        return DelegationBriefData(
            id=delegation.id,
            name=tx(delegation, "name"),
            side=delegation.side,
            event=tx.event_row(delegation.event),
            locality=tx.locality_row(delegation.locality) if delegation.locality else None,
            organisation=_organisation_label(tx, delegation.organisation),
            description=tx(delegation, "description"),
            arrives_on=delegation.arrives_on,
            departs_on=delegation.departs_on,
            members=cards,
            head_id=delegation.head_id,
            programme=[
                ProgrammeItem(
                    _meeting_row(tx, mt, level), mt.time_of_day, mt.start_time, tx(mt, "venue")
                )
                for mt in meetings
            ],
            file_sources=_file_sources(session),
            sources=_unique_sources([delegation.citations, *(mt.citations for mt in meetings)]),
            withheld_meetings=len(every) - len(meetings),
        )


def _involves(action: m.FollowUpAction, locality_ids: Sequence[int]) -> bool:
    """The action's owner and counterpart cover every locality asked for (for one locality:
    either side is it)."""
    sides = {action.owner_locality_id, action.counterpart_locality_id}
    return all(i in sides for i in locality_ids)


def locality_brief_data(
    engine: Engine,
    locality_ids: Sequence[int],
    *,
    level: Classification,
    today: date,
    language: str = BASE_LANGUAGE,
) -> LocalityBriefData:
    """A locality brief (one id) or a counterpart-pair brief (two ids)."""
    tx = BriefTexts(language)
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
        every_action = {a.id: a for a in [*(a for mt in meetings for a in mt.actions), *related]}
        actions = {i: a for i, a in every_action.items() if _action_visible(a, level)}
        withheld_meetings = len(_locality_meetings(session, locality_ids, None)) - len(meetings)
        withheld_actions = sum(
            1 for a in every_action.values() if a.status.is_open and a.id not in actions
        )
        extra_meetings = [a.meeting for a in actions.values() if a.meeting.id not in meeting_ids]
        meetings = _sorted_meetings({mt.id: mt for mt in [*meetings, *extra_meetings]}.values())
        agreements, withheld_agreements = _locality_agreements(session, locality_ids, level)
        open_actions = sorted(
            (a for a in actions.values() if a.status.is_open),
            key=lambda a: (a.due_date is None, a.due_date or date.min, a.id),
        )
        return LocalityBriefData(
            localities=[_locality_profile(tx, session, loc, level) for loc in localities],
            meetings=[
                MeetingSummary(
                    meeting=_meeting_row(tx, mt, level),
                    event_name=tx(mt.event, "name"),
                    venue=tx(mt, "venue"),
                    outcomes=tx.items(mt, "outcomes"),
                )
                for mt in meetings
            ],
            agreements=[_agreement_row(tx, a) for a in agreements],
            open_actions=_tracked_all(tx, session, open_actions, today),
            upcoming=_upcoming(tx, open_actions, [mt.event for mt in meetings], today),
            withheld_meetings=withheld_meetings,
            withheld_agreements=withheld_agreements,
            withheld_actions=withheld_actions,
            file_sources=_file_sources(session),
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
    tx: BriefTexts, actions: Iterable[m.FollowUpAction], events: Iterable[m.Event], today: date
) -> list[UpcomingDate]:
    """Due dates whose period has not ended, and events not yet begun, soonest first."""
    found: list[UpcomingDate] = []
    for action in actions:
        due, precision = action.due_date, action.due_precision
        if due and precision and period_end(due, precision) >= today:
            title = tx(action, "title")
            found.append(UpcomingDate(due, precision, title, f"action {action.id} title"))
    for event in {e.id: e for e in events}.values():
        if event.starts_on and event.starts_on >= today:
            found.append(
                UpcomingDate(
                    event.starts_on, DuePrecision.DAY, tx(event, "name"), f"event {event.id} name"
                )
            )
    return sorted(found, key=lambda u: (u.day, plain(u.what)))


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


def _visible_facts(events: Iterable[m.Event], level: Classification) -> list[m.EventFact]:
    """The events' key facts at or below `level`, event by event, each event's in order."""
    return [
        fact
        for event in events
        for fact in sorted(event.facts, key=lambda f: f.id)
        if fact.classification.rank <= level.rank
    ]


def _facts(tx: BriefTexts, facts: Iterable[m.EventFact]) -> list[FactRow]:
    """Facts with one label (the disagreeing versions of a figure) in one row, labelled as the
    first of them is in the brief's language."""
    by_label: dict[str, tuple[str, list[FactValue]]] = {}
    for fact in facts:
        row = by_label.setdefault(fact.label, (tx(fact, "label"), []))
        row[1].append(FactValue(tx(fact, "value"), _unique_sources([fact.citations])))
    return [FactRow(label, values) for label, values in by_label.values()]


def _people_index(
    tx: BriefTexts,
    meetings: Sequence[m.Meeting],
    actions: Iterable[m.FollowUpAction],
    level: Classification,
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
            person=_person_row(tx, person, level),
            organisation=_organisation_label(tx, person.organisation),
            meeting_ids=ids,
        )
        for person, ids in people.values()
    ]
    return sorted(entries, key=lambda e: fold(e.person.full_name))


def forum_book_data(
    engine: Engine,
    event_id: int,
    *,
    level: Classification,
    today: date,
    language: str = BASE_LANGUAGE,
) -> ForumBookData:
    tx = BriefTexts(language)
    with reading(engine) as session:
        event = get_record(session, m.Event, event_id)
        events = _event_tree(event)
        facts = _visible_facts(events, level)
        every = list(
            session.scalars(
                sa.select(m.Meeting).where(m.Meeting.event_id.in_([e.id for e in events]))
            )
        )
        meetings = _sorted_meetings(mt for mt in every if _meeting_visible(mt, level))
        actions = sorted(
            (a for mt in meetings for a in mt.actions if _action_visible(a, level)),
            key=lambda a: (a.due_date is None, a.due_date or date.min, a.id),
        )
        return ForumBookData(
            event=tx.event_row(event),
            organisers=[tx.label(o) for o in event.organisers],
            parts=[tx.event_row(e) for e in events[1:]],
            facts=_facts(tx, facts),
            withheld_facts=sum(len(e.facts) for e in events) - len(facts),
            meetings=[
                _meeting_data(tx, session, mt, level, today, with_profiles=False) for mt in meetings
            ],
            actions=_tracked_all(tx, session, actions, today),
            people=_people_index(tx, meetings, actions, level),
            file_sources=_file_sources(session),
            sources=_unique_sources(
                [
                    *(e.citations for e in events),
                    *(f.citations for f in facts),
                    *(mt.citations for mt in meetings),
                    *(d.citations for mt in meetings for d in mt.parties),
                    *(a.citations for a in actions),
                ]
            ),
            withheld_meetings=len(every) - len(meetings),
            withheld_actions=sum(len(mt.actions) for mt in every) - len(actions),
        )


def action_tracker_data(
    engine: Engine,
    flt: ActionFilter,
    *,
    level: Classification,
    today: date,
    language: str = BASE_LANGUAGE,
) -> list[TrackedAction]:
    """The actions matching `flt` that a `level` export may show."""
    query = (
        select_actions(_at_most(flt, level), today)
        .join(m.FollowUpAction.meeting)
        .where(m.Meeting.classification.in_(allowed_levels(level)))
    )
    with reading(engine) as session:
        return _tracked_all(BriefTexts(language), session, list(session.scalars(query)), today)


def withheld_actions(
    engine: Engine, flt: ActionFilter, *, level: Classification, today: date
) -> int:
    """How many actions match `flt` (its own level limit included) above what a `level` export
    may show: theirs or their meeting's classification."""
    every = select_actions(flt, today).order_by(None).subquery()
    shown = (
        select_actions(_at_most(flt, level), today)
        .join(m.FollowUpAction.meeting)
        .where(m.Meeting.classification.in_(allowed_levels(level)))
        .order_by(None)
        .subquery()
    )
    with reading(engine) as session:
        total = session.scalar(sa.select(sa.func.count()).select_from(every)) or 0
        visible = session.scalar(sa.select(sa.func.count()).select_from(shown)) or 0
        return total - visible


def _at_most(flt: ActionFilter, level: Classification) -> ActionFilter:
    if flt.max_classification is None or flt.max_classification.rank > level.rank:
        return replace(flt, max_classification=level)
    return flt
