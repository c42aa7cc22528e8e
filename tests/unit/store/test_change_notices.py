"""Colleagues' saves, live (issue 17): a write through one engine arrives, as (kind, id), at a
listener on another engine of the same PostgreSQL database within a second; a rolled-back
write sends nothing; an instance does not hear itself; a dropped listener connects again and
says every kind may have changed."""

import queue
import threading
import time
from collections.abc import Callable, Iterator

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from briefing_app.domain import models as m
from briefing_app.domain.errors import StaleRecordError
from briefing_app.domain.record_kind import SEVERAL, Change, RecordKind
from briefing_app.services.actions import ActionEdit, update_action
from briefing_app.services.comments import add_comment
from briefing_app.services.record_kinds.editing import create_record, edit_record, read_record
from briefing_app.services.record_kinds.trash import delete_record
from briefing_app.store.change_notices import MAX_IDS_PER_KIND, ChangeListener, every_kind
from briefing_app.store.database import OpenedDatabase
from briefing_app.store.engine import make_engine
from briefing_app.store.unit_of_work import writing

pytestmark = pytest.mark.postgresql_only

#: How long a notice may take (the issue: "within a second").
ARRIVAL_SECONDS = 1.0


class Heard:
    """A listener running in a thread, with what it delivered."""

    def __init__(self, engine: Engine, **options: object) -> None:
        self.batches: queue.Queue[list[Change]] = queue.Queue()
        self.listener = ChangeListener(engine, self.batches.put, **options)  # type: ignore[arg-type]
        self.thread = threading.Thread(target=self.listener.run, daemon=True)
        self.thread.start()
        assert self.listener.listening.wait(10), "the listener did not connect"

    def next(self, timeout: float = ARRIVAL_SECONDS) -> list[Change]:
        return self.batches.get(timeout=timeout)

    def nothing(self, seconds: float = 0.5) -> None:
        with pytest.raises(queue.Empty):
            self.batches.get(timeout=seconds)

    def close(self) -> None:
        self.listener.stop.set()
        self.thread.join(5)
        assert not self.thread.is_alive()


@pytest.fixture
def colleague(seeded_db: OpenedDatabase) -> Iterator[Engine]:
    """A second app instance's engine on the same database."""
    engine = make_engine(seeded_db.url)
    yield engine
    engine.dispose()


@pytest.fixture
def heard(colleague: Engine) -> Iterator[Heard]:
    """The colleague's listener."""
    listening = Heard(colleague)
    yield listening
    listening.close()


def test_a_save_arrives_at_the_colleague_within_a_second(
    seeded_db: OpenedDatabase, heard: Heard
) -> None:
    started = time.monotonic()
    update_action(seeded_db.engine, 3, ActionEdit(title="Changed here"), changed_by="me")
    assert heard.next() == [(RecordKind.ACTION, 3)]
    assert time.monotonic() - started < ARRIVAL_SECONDS


@pytest.mark.parametrize(
    ("write", "expected"),
    [
        (
            lambda e: add_comment(e, RecordKind.MEETING, 2, "Noted.", "me"),
            [(RecordKind.MEETING, 2)],
        ),
        (
            lambda e: edit_record(
                e, RecordKind.PERSON, 4, {"position": "Adviser"}, changed_by="me"
            ),
            [(RecordKind.PERSON, 4)],
        ),
        (
            lambda e: delete_record(e, RecordKind.FACT, 1, changed_by="me"),
            [(RecordKind.FACT, 1)],
        ),
    ],
    ids=["comment", "edit", "delete"],
)
def test_each_kind_of_write_names_its_record(
    seeded_db: OpenedDatabase,
    heard: Heard,
    write: Callable[[Engine], object],
    expected: list[Change],
) -> None:
    write(seeded_db.engine)
    assert heard.next() == expected


def test_a_new_record_is_named_by_its_new_id(seeded_db: OpenedDatabase, heard: Heard) -> None:
    source = create_record(
        seeded_db.engine,
        RecordKind.SOURCE,
        {
            "kind": "article",
            "title": "A new article",
            "publisher": "Báo Thanh Hóa",
            "language": "vi",
        },
        changed_by="me",
    )
    assert heard.next() == [(RecordKind.SOURCE, source.id)]


def test_a_rolled_back_write_sends_nothing(seeded_db: OpenedDatabase, heard: Heard) -> None:
    with pytest.raises(RuntimeError), writing(seeded_db.engine) as session:
        action = session.get(m.FollowUpAction, 3)
        assert action is not None
        action.title = "Never stored"
        session.flush()
        raise RuntimeError("the write fails after its flush")
    stale = read_record(seeded_db.engine, RecordKind.ACTION, 5).version + 1
    with pytest.raises(StaleRecordError):
        edit_record(
            seeded_db.engine, RecordKind.ACTION, 5, {"title": "Late"}, changed_by="me",
            if_version=stale,
        )  # fmt: skip
    heard.nothing()
    update_action(seeded_db.engine, 4, ActionEdit(title="Stored"), changed_by="me")
    assert heard.next() == [(RecordKind.ACTION, 4)]  # nothing of the failed writes before it


def test_an_instance_does_not_hear_itself(
    seeded_db: OpenedDatabase, colleague: Engine, heard: Heard
) -> None:
    update_action(colleague, 3, ActionEdit(title="By the colleague"), changed_by="them")
    heard.nothing()
    update_action(seeded_db.engine, 4, ActionEdit(title="By me"), changed_by="me")
    assert heard.next() == [(RecordKind.ACTION, 4)]


def test_many_records_of_a_kind_are_one_notice(seeded_db: OpenedDatabase, heard: Heard) -> None:
    with writing(seeded_db.engine) as session:
        localities = session.scalars(sa.select(m.Locality).limit(MAX_IDS_PER_KIND + 1)).all()
        assert len(localities) == MAX_IDS_PER_KIND + 1
        for locality in localities:
            locality.name += " (reviewed)"
        session.add(m.Comment(kind="meeting", record_id=1, author="me", text="Bulk review"))
    assert heard.next() == [(RecordKind.MEETING, 1), (RecordKind.LOCALITY, SEVERAL)]


def test_a_core_statement_is_heard_too(seeded_db: OpenedDatabase, heard: Heard) -> None:
    with writing(seeded_db.engine) as session:
        session.execute(
            sa.update(m.FollowUpAction).where(m.FollowUpAction.id == 6).values(assignee="Lan")
        )
        session.execute(sa.update(m.Person).where(m.Person.id.in_([1, 2])).values(position="X"))
    assert heard.next() == [(RecordKind.PERSON, SEVERAL), (RecordKind.ACTION, 6)]


def test_a_dropped_listener_connects_again_and_says_everything_may_have_changed(
    seeded_db: OpenedDatabase, colleague: Engine
) -> None:
    listening = Heard(colleague, backoff=(0.1,))
    try:
        with seeded_db.engine.connect() as connection:
            dropped = connection.execute(
                sa.text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND query LIKE 'LISTEN%'"
                )
            ).all()
        assert dropped == [(True,)]
        assert listening.next(timeout=5) == every_kind()
        update_action(seeded_db.engine, 3, ActionEdit(title="After the drop"), changed_by="me")
        assert listening.next() == [(RecordKind.ACTION, 3)]
    finally:
        listening.close()
