"""Units of work: writers queue behind each other, a failed write leaves nothing behind."""

import threading
import time

import pytest
import sqlalchemy as sa

from briefing_app.domain import models as m
from briefing_app.store.database import OpenedDatabase
from briefing_app.store.unit_of_work import reading, writing

HOLD_SECONDS = 0.4


def _meta(db: OpenedDatabase, key: str) -> str | None:
    with reading(db.engine) as session:
        row = session.get(m.AppMeta, key)
        return row.value if row else None


def test_second_writer_waits_for_the_first(seeded_db: OpenedDatabase) -> None:
    engine = seeded_db.engine
    first_has_lock = threading.Event()
    times: dict[str, float] = {}
    errors: list[BaseException] = []

    def first() -> None:
        try:
            with writing(engine) as session:
                # A read before the write: with a deferred BEGIN the second writer's
                # read-then-write would fail at once with "database is locked".
                session.get(m.FollowUpAction, 1)
                session.add(m.AppMeta(key="first", value="1"))
                session.flush()
                first_has_lock.set()
                time.sleep(HOLD_SECONDS)
                times["first_releasing"] = time.monotonic()  # COMMIT comes after this
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            errors.append(exc)
            first_has_lock.set()

    def second() -> None:
        try:
            first_has_lock.wait(timeout=10)
            with writing(engine) as session:
                # The session begins (BEGIN IMMEDIATE) at its first statement.
                action = session.get(m.FollowUpAction, 1)
                times["second_got_lock"] = time.monotonic()
                assert action is not None
                seen = session.get(m.AppMeta, "first")
                session.add(m.AppMeta(key="second", value="saw first" if seen else "blind"))
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            errors.append(exc)

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert errors == []
    assert times["second_got_lock"] > times["first_releasing"]
    assert _meta(seeded_db, "first") == "1"
    assert _meta(seeded_db, "second") == "saw first"


def test_a_failed_write_rolls_back_everything(seeded_db: OpenedDatabase) -> None:
    engine = seeded_db.engine
    with pytest.raises(sa.exc.IntegrityError), writing(engine) as session:
        action = session.get(m.FollowUpAction, 1)
        assert action is not None
        action.description = "should not stay"
        session.add(m.AppMeta(key="partial", value="should not stay"))
        session.flush()
        thanh_hoa = session.scalars(
            sa.select(m.Locality).where(m.Locality.seed_key == "vn-thanh-hoa")
        ).one()
        person = session.scalars(sa.select(m.Person)).first()
        action.owner_locality = thanh_hoa
        action.owner_person = person  # two owners: the database refuses the flush
        session.flush()
    with reading(engine) as session:
        action = session.get(m.FollowUpAction, 1)
        assert action is not None
        assert action.description != "should not stay"
        assert action.version == 1
    assert _meta(seeded_db, "partial") is None


def test_an_exception_in_the_unit_of_work_rolls_back(seeded_db: OpenedDatabase) -> None:
    with pytest.raises(KeyError), writing(seeded_db.engine) as session:
        session.add(m.AppMeta(key="half", value="x"))
        session.flush()
        raise KeyError("the use case failed after writing")
    assert _meta(seeded_db, "half") is None


def test_reading_never_writes(seeded_db: OpenedDatabase) -> None:
    with reading(seeded_db.engine) as session:
        action = session.get(m.FollowUpAction, 1)
        assert action is not None
        action.description = "changed in a read unit of work"
        session.add(m.AppMeta(key="from-reading", value="x"))
        session.flush()
    with reading(seeded_db.engine) as session:
        action = session.get(m.FollowUpAction, 1)
        assert action is not None
        assert action.description != "changed in a read unit of work"
    assert _meta(seeded_db, "from-reading") is None


def test_writing_commits_on_success(seeded_db: OpenedDatabase) -> None:
    with writing(seeded_db.engine) as session:
        session.add(m.AppMeta(key="kept", value="yes"))
    assert _meta(seeded_db, "kept") == "yes"
