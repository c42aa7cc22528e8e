"""An export at level L holds no record above L: not in the text, the tracker, the index of
people or the outline. Proven both ways: the same exports at a higher level do show them."""

import shutil
from collections.abc import Iterator
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from briefing_pdf import outline, page_texts
from pypdf import PdfReader

from briefing_app.briefing.export import BriefingKind, BriefingRequest, builder_for
from briefing_app.briefing.options import BriefingOptions
from briefing_app.domain import models as m
from briefing_app.domain.enums import (
    ActionStatus,
    AgreementKind,
    AgreementStatus,
    Classification,
    Country,
    MeetingKind,
)
from briefing_app.services.briefing_data import (
    ClassifiedRecordError,
    forum_book_data,
    meeting_brief_data,
)
from briefing_app.store.database import OpenedDatabase, open_database
from briefing_app.store.unit_of_work import writing

TODAY = date(2026, 11, 23)
THANH_HOA, YAMANASHI = 59, 19
#: words only the confidential meeting and its records carry
CONFIDENTIAL_MARKS = ("Quokka", "Zeta Envoy", "秘密使節")
#: words only the internal action on the public meeting 1 and its owner carry
INTERNAL_MARKS = ("Wombat", "内部担当")

REQUESTS = {
    "meeting": BriefingRequest(BriefingKind.MEETING, (1,)),
    "pair": BriefingRequest(BriefingKind.PAIR, (THANH_HOA, YAMANASHI)),
    "locality": BriefingRequest(BriefingKind.LOCALITY, (THANH_HOA,)),
    "delegation": BriefingRequest(BriefingKind.DELEGATION, (2,)),
    "forum": BriefingRequest(BriefingKind.FORUM, (1,)),
    "actions": BriefingRequest(BriefingKind.ACTIONS),
}


def add_classified_records(db: OpenedDatabase) -> int:
    """A confidential meeting between Thanh Hóa and Yamanashi at the forum, with a person, an
    agreement and a public action of its own; and an internal action on public meeting 1
    owned by a person named nowhere else. Returns the confidential meeting's id."""
    with writing(db.engine) as session:
        envoy = m.Person(full_name="Zeta Envoy", name_native="秘密使節", country=Country.JP)
        keeper = m.Person(full_name="Wombat Keeper", name_native="内部担当", country=Country.JP)
        secret = m.Meeting(
            event=session.get(m.Event, 1),
            title="Confidential talks Quokka",
            kind=MeetingKind.BILATERAL,
            held_on=date(2025, 11, 25),
            summary="Quokka summary.",
            outcomes=["Quokka outcome."],
            classification=Classification.CONFIDENTIAL,
        )
        secret.parties = [session.get(m.Delegation, 1), session.get(m.Delegation, 2)]
        secret.participants = [m.MeetingParticipant(person=envoy, role="Envoy")]
        thanh_hoa = session.get(m.Locality, THANH_HOA)
        yamanashi = session.get(m.Locality, YAMANASHI)
        internal = m.FollowUpAction(
            meeting=session.get(m.Meeting, 1),
            title="Internal Wombat action",
            status=ActionStatus.PROPOSED,
            classification=Classification.INTERNAL,
            owner_person=keeper,
            counterpart_locality=yamanashi,
        )
        session.add_all(
            [
                secret,
                m.Agreement(
                    title="Quokka memorandum",
                    kind=AgreementKind.MEMORANDUM,
                    status=AgreementStatus.PROPOSED,
                    meeting=secret,
                    parties=[thanh_hoa, yamanashi],
                ),
                m.FollowUpAction(
                    meeting=secret,
                    title="Public-looking Quokka action",
                    status=ActionStatus.AGREED,
                    classification=Classification.PUBLIC,
                    owner_locality=thanh_hoa,
                    counterpart_locality=yamanashi,
                ),
                internal,
            ]
        )
        session.flush()
        session.add(
            m.Comment(kind="action", record_id=internal.id, author="lan", text="Wombat notes.")
        )
        session.flush()
        return secret.id


@pytest.fixture(scope="module")
def classified_db(
    tmp_path_factory: pytest.TempPathFactory, seeded_template: Path
) -> Iterator[tuple[OpenedDatabase, int]]:
    path = tmp_path_factory.mktemp("classified") / "briefing.sqlite3"
    shutil.copyfile(seeded_template, path)
    db = open_database(f"sqlite:///{path}")
    secret_id = add_classified_records(db)
    yield db, secret_id
    db.engine.dispose()


def everything_in(pdf: bytes) -> str:
    """Text layer, outline titles and document metadata, together."""
    info = PdfReader(BytesIO(pdf)).metadata or {}
    parts = [*page_texts(pdf), *(title for title, _ in outline(pdf)), *map(str, info.values())]
    return "\n".join(parts)


def build(db: OpenedDatabase, kind: str, level: Classification) -> str:
    options = BriefingOptions(classification=level, prepared_on=TODAY)
    return everything_in(builder_for(db.engine, REQUESTS[kind], options).build().pdf)


@pytest.mark.parametrize("kind", REQUESTS)
def test_a_public_export_holds_nothing_internal_or_confidential(
    kind: str, classified_db: tuple[OpenedDatabase, int]
) -> None:
    text = build(classified_db[0], kind, Classification.PUBLIC)
    for mark in CONFIDENTIAL_MARKS + INTERNAL_MARKS:
        assert mark not in text, f"{mark!r} leaked into the public {kind} export"
    assert "PUBLIC" in text


@pytest.mark.parametrize("kind", ["meeting", "pair", "forum", "actions"])
def test_an_internal_export_shows_internal_records_only(
    kind: str, classified_db: tuple[OpenedDatabase, int]
) -> None:
    text = build(classified_db[0], kind, Classification.INTERNAL)
    for mark in CONFIDENTIAL_MARKS:
        assert mark not in text
    assert "Wombat" in text, f"the internal {kind} export lacks the internal action"
    assert "INTERNAL" in text


@pytest.mark.parametrize("kind", ["pair", "locality", "delegation", "forum", "actions"])
def test_a_confidential_export_shows_them_all(
    kind: str, classified_db: tuple[OpenedDatabase, int]
) -> None:
    text = build(classified_db[0], kind, Classification.CONFIDENTIAL)
    assert "Quokka" in text
    assert "CONFIDENTIAL" in text


def test_the_forum_book_indexes_and_outlines_the_classified_meeting_only_when_allowed(
    classified_db: tuple[OpenedDatabase, int],
) -> None:
    db, _ = classified_db
    options = BriefingOptions(classification=Classification.CONFIDENTIAL, prepared_on=TODAY)
    pdf = builder_for(db.engine, REQUESTS["forum"], options).build().pdf
    assert "2.4 Confidential talks Quokka" in [title for title, _ in outline(pdf)]
    people = {
        level: [
            e.person.full_name
            for e in forum_book_data(db.engine, 1, level=level, today=TODAY).people
        ]
        for level in Classification
    }
    assert "Zeta Envoy" not in people[Classification.INTERNAL]
    assert "Wombat Keeper" not in people[Classification.PUBLIC]
    assert "Wombat Keeper" in people[Classification.INTERNAL]
    assert {"Zeta Envoy", "Wombat Keeper"} <= set(people[Classification.CONFIDENTIAL])
    public = forum_book_data(db.engine, 1, level=Classification.PUBLIC, today=TODAY)
    confidential = forum_book_data(db.engine, 1, level=Classification.CONFIDENTIAL, today=TODAY)
    assert len(confidential.actions) == len(public.actions) + 2


def test_a_meeting_above_the_level_cannot_be_briefed(
    classified_db: tuple[OpenedDatabase, int],
) -> None:
    db, secret_id = classified_db
    with pytest.raises(ClassifiedRecordError, match="confidential"):
        meeting_brief_data(db.engine, secret_id, level=Classification.INTERNAL, today=TODAY)
    public = meeting_brief_data(db.engine, 1, level=Classification.PUBLIC, today=TODAY)
    assert public.meeting.action_count == len(public.actions) == 5
