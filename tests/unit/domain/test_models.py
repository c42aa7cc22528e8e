"""The ORM models: text rules applied on assignment, database constraints, the version lock."""

import unicodedata
from datetime import date

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from briefing_app.domain import models as m
from briefing_app.domain.enums import ActionStatus, Country, DuePrecision, LocalityKind
from briefing_app.domain.errors import FieldError
from briefing_app.store.database import OpenedDatabase

MEETING_KEY = "meeting-thanh-hoa-yamanashi"


def _by_key(session: Session, model: type[m.Record], key: str) -> m.Record:
    found = session.scalars(sa.select(model).where(model.seed_key == key)).one()
    return found


def _new_action(session: Session, **fields: object) -> m.FollowUpAction:
    meeting = _by_key(session, m.Meeting, MEETING_KEY)
    return m.FollowUpAction(
        meeting=meeting, title="Test action", status=ActionStatus.AGREED, **fields
    )


def test_text_is_cleaned_on_assignment() -> None:
    loc = m.Locality(country=Country.VN, kind=LocalityKind.PROVINCE, name="  Thanh Hóa ")
    assert loc.name == "Thanh Hóa"
    loc.name = unicodedata.normalize("NFD", "Đà Nẵng")
    assert loc.name == "Đà Nẵng"
    assert unicodedata.is_normalized("NFC", loc.name)


def test_control_characters_refused_on_assignment_name_the_field() -> None:
    with pytest.raises(FieldError) as caught:
        m.Locality(country=Country.VN, kind=LocalityKind.PROVINCE, name="Thanh\x00Hóa")
    assert caught.value.field == "name"
    person = m.Person(full_name="Cao Văn Cường", country=Country.VN)
    with pytest.raises(FieldError) as caught:
        person.name_native = "x\x1by"
    assert caught.value.field == "name native"
    assert person.name_native is None


def test_string_column_lengths_come_from_the_schema() -> None:
    m.Locality(country=Country.JP, kind=LocalityKind.PREFECTURE, name="山" * 200)
    with pytest.raises(FieldError, match="at most 200"):
        m.Locality(country=Country.JP, kind=LocalityKind.PREFECTURE, name="山" * 201)
    with pytest.raises(FieldError, match="at most 300"):
        m.FollowUpAction(title="t" * 301)


def test_text_columns_are_multiline_with_the_long_limit() -> None:
    action = m.FollowUpAction(title="Sign the document")
    action.description = "line one\r\nline two"
    assert action.description == "line one\nline two"
    with pytest.raises(FieldError, match="at most 20000"):
        action.description = "x" * 100_000
    with pytest.raises(FieldError, match="control character"):
        action.title = "line one\nline two"  # String columns are single-line


def test_required_and_optional_columns() -> None:
    with pytest.raises(FieldError, match="title is required"):
        m.FollowUpAction(title="   ")
    action = m.FollowUpAction(title="x", description="   ")
    assert action.description is None


def test_meeting_points_are_cleaned_and_empty_ones_dropped() -> None:
    nfd = unicodedata.normalize("NFD", "hợp tác")
    meeting = m.Meeting(title="t", proposals=["  one ", "", nfd])
    assert meeting.proposals == ["one", "hợp tác"]
    with pytest.raises(FieldError, match="control character"):
        meeting.outcomes = ["fine", "bad\x07"]


def test_folded_columns_follow_the_names_on_flush(seeded_db: OpenedDatabase) -> None:
    with Session(seeded_db.engine) as session:
        loc = m.Locality(
            country=Country.JP, kind=LocalityKind.PREFECTURE, name="Test Ōita", name_native="大分"
        )
        session.add(loc)
        session.flush()
        assert loc.name_folded == "test oita 大分"
        loc.name = "Renamed Đảo"
        session.flush()
        assert loc.name_folded == "renamed dao 大分"
        session.rollback()


def test_two_owners_are_refused_by_the_database(seeded_db: OpenedDatabase) -> None:
    with Session(seeded_db.engine) as session:
        thanh_hoa = _by_key(session, m.Locality, "vn-thanh-hoa")
        org = _by_key(session, m.Organisation, "org-yamanashi-pref-gov")
        session.add(_new_action(session, owner_locality=thanh_hoa, owner_organisation=org))
        with pytest.raises(sa.exc.IntegrityError, match="one_owner"):
            session.flush()


def test_two_counterparts_are_refused_by_the_database(seeded_db: OpenedDatabase) -> None:
    with Session(seeded_db.engine) as session:
        yamanashi = _by_key(session, m.Locality, "jp-yamanashi")
        person = _by_key(session, m.Person, "person-cao-van-cuong")
        session.add(_new_action(session, counterpart_locality=yamanashi, counterpart_person=person))
        with pytest.raises(sa.exc.IntegrityError, match="one_counterpart"):
            session.flush()


def test_due_date_needs_its_precision(seeded_db: OpenedDatabase) -> None:
    with Session(seeded_db.engine) as session:
        session.add(_new_action(session, due_date=date(2026, 3, 1)))
        with pytest.raises(sa.exc.IntegrityError, match="due_has_precision"):
            session.flush()
    with Session(seeded_db.engine) as session:
        session.add(_new_action(session, due_precision=DuePrecision.MONTH))
        with pytest.raises(sa.exc.IntegrityError, match="due_has_precision"):
            session.flush()


def test_a_citation_supports_exactly_one_record(seeded_db: OpenedDatabase) -> None:
    with Session(seeded_db.engine) as session:
        source = session.scalars(sa.select(m.Source)).first()
        session.add(m.Citation(source=source))
        with pytest.raises(sa.exc.IntegrityError, match="cites_one_record"):
            session.flush()


def test_the_database_refuses_an_unknown_status(seeded_db: OpenedDatabase) -> None:
    with seeded_db.engine.connect() as connection:
        with pytest.raises(sa.exc.IntegrityError):
            connection.execute(
                sa.text("UPDATE follow_up_actions SET status = 'finished' WHERE id = 1")
            )
        connection.rollback()


def test_foreign_keys_are_enforced(seeded_db: OpenedDatabase) -> None:
    with seeded_db.engine.connect() as connection:
        with pytest.raises(sa.exc.IntegrityError, match="FOREIGN KEY"):
            connection.execute(
                sa.text("UPDATE follow_up_actions SET meeting_id = 999999 WHERE id = 1")
            )
        connection.rollback()


def test_version_starts_at_one_and_bumps_on_each_update(seeded_db: OpenedDatabase) -> None:
    with Session(seeded_db.engine) as session:
        action = _new_action(session)
        session.add(action)
        session.commit()
        assert action.version == 1
        action.description = "first"
        session.commit()
        assert action.version == 2
        action.status = ActionStatus.IN_PROGRESS
        session.commit()
        action_id = action.id
    with Session(seeded_db.engine) as session:
        stored = session.get(m.FollowUpAction, action_id)
        assert stored is not None
        assert stored.version == 3
        assert stored.status is ActionStatus.IN_PROGRESS


def test_a_stale_version_is_not_overwritten_silently(seeded_db: OpenedDatabase) -> None:
    engine = seeded_db.engine
    with (
        Session(engine, expire_on_commit=False) as first,
        Session(engine, expire_on_commit=False) as second,
    ):
        mine = first.get(m.FollowUpAction, 1)
        first.commit()  # the user thinks; no transaction is held meanwhile
        theirs = second.get(m.FollowUpAction, 1)
        assert mine is not None and theirs is not None
        theirs.description = "saved by the other instance"
        second.commit()
        mine.description = "saved second"
        with pytest.raises(StaleDataError):
            first.commit()
    with Session(engine) as session:
        stored = session.get(m.FollowUpAction, 1)
        assert stored is not None
        assert stored.description == "saved by the other instance"
        assert stored.version == 2
