"""Every record kind: create, edit with history and the version lock, delete to the trash and
restore, through the services on a real SQLite file."""

from datetime import date
from typing import Any

import pytest
import sqlalchemy as sa

from briefing_app.domain import models as m
from briefing_app.domain.errors import (
    NotFoundError,
    RecordInUseError,
    StaleRecordError,
    ValidationError,
)
from briefing_app.domain.record_kind import RecordKind
from briefing_app.services.record_kinds import editing, trash
from briefing_app.services.record_kinds.event_copy import copy_event
from briefing_app.services.record_kinds.registry import MODELS, SPECS
from briefing_app.store.database import OpenedDatabase
from briefing_app.store.unit_of_work import reading
from record_samples import CHANGE, NEW

KINDS = list(RecordKind)


def _count(db: OpenedDatabase, kind: RecordKind) -> int:
    with reading(db.engine) as session:
        return session.scalar(sa.select(sa.func.count()).select_from(MODELS[kind])) or 0


@pytest.mark.parametrize("kind", KINDS)
def test_create_edit_delete_restore(seeded_db: OpenedDatabase, kind: RecordKind) -> None:
    engine = seeded_db.engine
    created = editing.create_record(engine, kind, NEW[kind], changed_by="anh")
    for key, value in NEW[kind].items():
        stored = created.values[key]
        if key in ("participants", "members"):
            stored = [{k: v for k, v in item.items() if k != "name"} for item in stored]
        assert stored == value, key
    assert created.version == 1

    key, value = CHANGE[kind]
    edited = editing.edit_record(
        engine, kind, created.id, {key: value}, changed_by="binh", if_version=1
    )
    assert edited.values[key] == value
    assert edited.version == 2
    history = editing.record_history(engine, kind, created.id)
    assert [h.field for h in history] == ["created", key]
    assert history[-1].changed_by == "binh"

    with pytest.raises(StaleRecordError) as stale:
        editing.edit_record(engine, kind, created.id, {key: value}, changed_by="x", if_version=1)
    assert (stale.value.expected, stale.value.actual) == (1, 2)

    before = _count(seeded_db, kind)
    entry = trash.delete_record(engine, kind, created.id, changed_by="chi", if_version=2)
    assert _count(seeded_db, kind) == before - 1
    assert (entry.kind, entry.record_id) in {
        (e.kind, e.record_id) for e in trash.list_trash(engine)
    }
    with pytest.raises(NotFoundError):
        editing.read_record(engine, kind, created.id)

    restored = trash.restore_record(engine, kind, created.id, changed_by="chi")
    assert restored.values == edited.values
    assert trash.list_trash(engine) == []
    assert editing.record_history(engine, kind, created.id)[-1].field == "restored"


@pytest.mark.parametrize("kind", KINDS)
def test_a_refused_create_names_each_field_and_writes_nothing(
    seeded_db: OpenedDatabase, kind: RecordKind
) -> None:
    before = _count(seeded_db, kind)
    data: dict[str, Any] = {"no_such_field": 1}
    required = [f.key for f in SPECS[kind].writable if f.required and f.default is None]
    with pytest.raises(ValidationError) as refused:
        editing.create_record(seeded_db.engine, kind, data, changed_by="anh")
    assert set(refused.value.by_field) == {"no_such_field", *required}
    assert _count(seeded_db, kind) == before


def test_a_dangling_reference_is_refused_naming_the_field(seeded_db: OpenedDatabase) -> None:
    data = {**NEW[RecordKind.MEETING], "event_id": 9999, "participants": [{"person_id": 8888}]}
    with pytest.raises(ValidationError) as refused:
        editing.create_record(seeded_db.engine, RecordKind.MEETING, data, changed_by="anh")
    assert refused.value.by_field == {
        "event_id": "refers to no event with id 9999",
        "participants": "refers to no person with id 8888",
    }


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (12, "must be text"),
        ("x" * 301, "is too long"),
        ("", "is required"),
        ("a\x1bb", "control character"),
    ],
)
def test_a_refused_edit_keeps_the_old_value(
    seeded_db: OpenedDatabase, value: object, reason: str
) -> None:
    before = editing.read_record(seeded_db.engine, RecordKind.MEETING, 1)
    with pytest.raises(ValidationError) as refused:
        editing.edit_record(
            seeded_db.engine, RecordKind.MEETING, 1, {"title": value}, changed_by="anh"
        )
    assert reason in refused.value.by_field["title"]
    assert editing.read_record(seeded_db.engine, RecordKind.MEETING, 1) == before


def test_deleting_a_person_removes_and_restores_their_participations(
    seeded_db: OpenedDatabase,
) -> None:
    engine = seeded_db.engine
    with reading(engine) as session:
        person_id, meeting_id = session.execute(
            sa.select(m.MeetingParticipant.person_id, m.MeetingParticipant.meeting_id)
        ).first()
        heads = session.scalars(
            sa.select(m.Delegation.id).where(m.Delegation.head_id == person_id)
        ).all()
    meeting = editing.read_record(engine, RecordKind.MEETING, meeting_id)

    entry = trash.delete_record(engine, RecordKind.PERSON, person_id, changed_by="anh")

    assert entry.references >= 1
    without = editing.read_record(engine, RecordKind.MEETING, meeting_id)
    assert person_id not in {p["person_id"] for p in without.values["participants"]}
    trash.restore_record(engine, RecordKind.PERSON, person_id, changed_by="anh")
    again = editing.read_record(engine, RecordKind.MEETING, meeting_id)
    assert again.values["participants"] == meeting.values["participants"]
    for head in heads:
        assert editing.read_record(engine, RecordKind.DELEGATION, head).values["head_id"] == (
            person_id
        )


def test_a_record_others_need_cannot_be_deleted(seeded_db: OpenedDatabase) -> None:
    with pytest.raises(RecordInUseError, match="follow-up action"):
        trash.delete_record(seeded_db.engine, RecordKind.MEETING, 1, changed_by="anh")
    assert editing.read_record(seeded_db.engine, RecordKind.MEETING, 1).id == 1


def test_a_restore_that_needs_a_deleted_record_is_refused(seeded_db: OpenedDatabase) -> None:
    engine = seeded_db.engine
    event = editing.create_record(engine, RecordKind.EVENT, NEW[RecordKind.EVENT], changed_by="a")
    fact = editing.create_record(
        engine, RecordKind.FACT, {**NEW[RecordKind.FACT], "event_id": event.id}, changed_by="a"
    )
    trash.delete_record(engine, RecordKind.FACT, fact.id, changed_by="a")
    trash.delete_record(engine, RecordKind.EVENT, event.id, changed_by="a")
    with pytest.raises(Exception, match="restore that first"):
        trash.restore_record(engine, RecordKind.FACT, fact.id, changed_by="a")
    trash.restore_record(engine, RecordKind.EVENT, event.id, changed_by="a")
    trash.restore_record(engine, RecordKind.FACT, fact.id, changed_by="a")
    assert editing.read_record(engine, RecordKind.FACT, fact.id).values["event_id"] == event.id


def test_an_event_takes_its_facts_to_the_trash_and_back(seeded_db: OpenedDatabase) -> None:
    engine = seeded_db.engine
    event = editing.create_record(engine, RecordKind.EVENT, NEW[RecordKind.EVENT], changed_by="a")
    fact = editing.create_record(
        engine, RecordKind.FACT, {**NEW[RecordKind.FACT], "event_id": event.id}, changed_by="a"
    )
    trash.delete_record(engine, RecordKind.EVENT, event.id, changed_by="a")
    with pytest.raises(NotFoundError):
        editing.read_record(engine, RecordKind.FACT, fact.id)
    trash.restore_record(engine, RecordKind.EVENT, event.id, changed_by="a")
    assert editing.read_record(engine, RecordKind.FACT, fact.id).values["value"] == "16"


def test_a_seeded_record_deleted_is_remembered_and_forgotten_on_restore(
    seeded_db: OpenedDatabase,
) -> None:
    engine = seeded_db.engine
    trash.delete_record(engine, RecordKind.SOURCE, 1, changed_by="a")
    with reading(engine) as session:
        remembered = session.scalars(
            sa.select(m.AppMeta.key).where(m.AppMeta.key.like("seed_deleted:%"))
        ).all()
    assert len(remembered) == 1
    trash.restore_record(engine, RecordKind.SOURCE, 1, changed_by="a")
    with reading(engine) as session:
        assert not session.scalars(
            sa.select(m.AppMeta.key).where(m.AppMeta.key.like("seed_deleted:%"))
        ).all()


def test_show_json_round_trips_through_edit(seeded_db: OpenedDatabase) -> None:
    engine = seeded_db.engine
    for kind in KINDS:
        shown = editing.shown_record(engine, kind, 1)
        history = editing.record_history(engine, kind, 1)
        saved = editing.edit_record(engine, kind, 1, shown, changed_by="a", if_version=1)
        assert saved.version == 1, kind  # nothing changed, nothing bumped
        assert editing.record_history(engine, kind, 1) == history, kind


def test_new_event_like_an_earlier_one_copies_the_programme_only(
    seeded_db: OpenedDatabase,
) -> None:
    engine = seeded_db.engine
    old = editing.read_record(engine, RecordKind.EVENT, 1)
    with reading(engine) as session:
        parts = session.scalars(sa.select(m.Event).where(m.Event.parent_id == 1)).all()
        old_parts = {(p.name, p.kind, p.starts_on) for p in parts}
        meetings = session.scalar(sa.select(sa.func.count()).select_from(m.Meeting))
    new = copy_event(engine, 1, {"name": "Forum 2026", "starts_on": "2026-11-24"}, changed_by="anh")
    assert new.values["name"] == "Forum 2026"
    assert new.values["venue"] == old.values["venue"]
    assert new.values["organiser_ids"] == old.values["organiser_ids"]
    shift = date(2026, 11, 24) - date(2025, 11, 25)
    with reading(engine) as session:
        copied = session.scalars(sa.select(m.Event).where(m.Event.parent_id == new.id)).all()
        assert {(p.name, p.kind, p.starts_on) for p in copied} == {
            (name, kind, None if day is None else day + shift) for name, kind, day in old_parts
        }
        assert session.scalar(sa.select(sa.func.count()).select_from(m.Meeting)) == meetings
        facts = session.scalar(
            sa.select(sa.func.count())
            .select_from(m.EventFact)
            .where(m.EventFact.event_id == new.id)
        )
    assert facts == 0
    assert [h.field for h in editing.record_history(engine, RecordKind.EVENT, new.id)] == [
        "created"
    ]


def test_a_record_whose_pointer_a_delete_clears_moves_on_a_version(
    seeded_db: OpenedDatabase,
) -> None:
    engine = seeded_db.engine
    with reading(engine) as session:
        action = session.scalars(
            sa.select(m.FollowUpAction).where(m.FollowUpAction.owner_locality_id.is_not(None))
        ).first()
        assert action is not None
        action_id, owner, version = action.id, action.owner_locality_id, action.version
    trash.delete_record(engine, RecordKind.LOCALITY, owner, changed_by="a")
    cleared = editing.read_record(engine, RecordKind.ACTION, action_id)
    assert cleared.values["owner_ref"] is None and cleared.version == version + 1
    with pytest.raises(StaleRecordError):
        editing.edit_record(
            engine, RecordKind.ACTION, action_id, {"title": "x"}, changed_by="b", if_version=version
        )
    trash.restore_record(engine, RecordKind.LOCALITY, owner, changed_by="a")
    back = editing.read_record(engine, RecordKind.ACTION, action_id)
    assert back.values["owner_ref"] == {"kind": "locality", "id": owner}
    assert back.version == version + 2


def test_a_locality_name_its_country_already_has_is_refused_naming_the_field(
    seeded_db: OpenedDatabase,
) -> None:
    engine = seeded_db.engine
    thanh_hoa = editing.shown_record(engine, RecordKind.LOCALITY, 1)
    data = {k: v for k, v in thanh_hoa.items() if k not in ("id", "version")}
    with pytest.raises(ValidationError) as refused:
        editing.create_record(engine, RecordKind.LOCALITY, data, changed_by="a")
    assert refused.value.by_field["name"] == (
        f"is already used by another record: {thanh_hoa['name']} (id 1)"
    )
    other = editing.create_record(
        engine, RecordKind.LOCALITY, {**data, "name": "Elsewhere"}, changed_by="a"
    )
    with pytest.raises(ValidationError, match="already used"):
        editing.edit_record(
            engine, RecordKind.LOCALITY, other.id, {"name": thanh_hoa["name"]}, changed_by="a"
        )
    assert editing.read_record(engine, RecordKind.LOCALITY, other.id).values["name"] == "Elsewhere"


def test_a_deleted_records_id_is_never_given_to_a_new_one(seeded_db: OpenedDatabase) -> None:
    engine = seeded_db.engine
    data = NEW[RecordKind.ORGANISATION]
    first = editing.create_record(engine, RecordKind.ORGANISATION, data, changed_by="a")
    editing.edit_record(engine, RecordKind.ORGANISATION, first.id, {"name": "A2"}, changed_by="a")
    trash.delete_record(engine, RecordKind.ORGANISATION, first.id, changed_by="a")
    second = editing.create_record(
        engine, RecordKind.ORGANISATION, {**data, "name": "B"}, changed_by="b"
    )
    assert second.id != first.id
    assert [
        h.field for h in editing.record_history(engine, RecordKind.ORGANISATION, second.id)
    ] == ["created"]
    trash.delete_record(engine, RecordKind.ORGANISATION, second.id, changed_by="b")
    trash.restore_record(engine, RecordKind.ORGANISATION, first.id, changed_by="a")
    trash.restore_record(engine, RecordKind.ORGANISATION, second.id, changed_by="b")
    assert editing.read_record(engine, RecordKind.ORGANISATION, first.id).values["name"] == "A2"


def test_an_action_restored_after_others_were_edited_keeps_its_history(
    seeded_db: OpenedDatabase,
) -> None:
    engine = seeded_db.engine
    action = editing.create_record(
        engine, RecordKind.ACTION, NEW[RecordKind.ACTION], changed_by="a"
    )
    editing.edit_record(engine, RecordKind.ACTION, action.id, {"title": "Renamed"}, changed_by="a")
    trash.delete_record(engine, RecordKind.ACTION, action.id, changed_by="a")
    editing.edit_record(engine, RecordKind.ACTION, 1, {"title": "Other"}, changed_by="b")
    newcomer = editing.create_record(
        engine, RecordKind.ACTION, NEW[RecordKind.ACTION], changed_by="b"
    )
    assert newcomer.id != action.id
    restored = trash.restore_record(engine, RecordKind.ACTION, action.id, changed_by="a")
    assert restored.values["title"] == "Renamed"
    fields = [h.field for h in editing.record_history(engine, RecordKind.ACTION, action.id)]
    assert fields == ["created", "title", "deleted", "restored"]


def _person_heading_a_delegation_and_owning_an_action(engine: Any) -> tuple[int, int, int]:
    person = editing.create_record(
        engine, RecordKind.PERSON, NEW[RecordKind.PERSON], changed_by="a"
    )
    delegation = editing.create_record(
        engine,
        RecordKind.DELEGATION,
        {**NEW[RecordKind.DELEGATION], "head_id": person.id,
         "members": [{"person_id": person.id, "role": "head"}]},
        changed_by="a",
    )  # fmt: skip
    action = editing.create_record(
        engine,
        RecordKind.ACTION,
        {**NEW[RecordKind.ACTION], "owner_ref": {"kind": "person", "id": person.id}},
        changed_by="a",
    )
    return person.id, delegation.id, action.id


def test_records_changed_on_the_side_by_a_delete_say_so_in_their_history(
    seeded_db: OpenedDatabase,
) -> None:
    engine = seeded_db.engine
    person, delegation, action = _person_heading_a_delegation_and_owning_an_action(engine)
    trash.delete_record(engine, RecordKind.PERSON, person, changed_by="chi")
    unhooked = editing.read_record(engine, RecordKind.DELEGATION, delegation)
    assert unhooked.values["head_id"] is None and unhooked.values["members"] == []
    assert unhooked.version == 2  # once, for both changes
    side = editing.record_history(engine, RecordKind.DELEGATION, delegation)[1:]
    assert {(h.field, h.old_value, h.new_value, h.changed_by) for h in side} == {
        ("head_id", "Nguyễn Văn A", None, "chi"),
        ("members", "Nguyễn Văn A", None, "chi"),
    }
    owner = editing.record_history(engine, RecordKind.ACTION, action)[-1]
    assert (owner.field, owner.old_value, owner.new_value) == ("owner", "Nguyễn Văn A", None)

    trash.restore_record(engine, RecordKind.PERSON, person, changed_by="chi")
    back = editing.read_record(engine, RecordKind.DELEGATION, delegation)
    assert back.values["head_id"] == person and back.version == 3
    assert editing.record_history(engine, RecordKind.DELEGATION, delegation)[-1].new_value == (
        "Nguyễn Văn A"
    )


def test_a_pointer_that_cannot_be_set_back_does_not_block_the_restore(
    seeded_db: OpenedDatabase,
) -> None:
    engine = seeded_db.engine
    person, delegation, action = _person_heading_a_delegation_and_owning_an_action(engine)
    trash.delete_record(engine, RecordKind.PERSON, person, changed_by="a")
    owner = {"kind": "locality", "id": 1}
    editing.edit_record(engine, RecordKind.ACTION, action, {"owner_ref": owner}, changed_by="b")
    trash.restore_record(engine, RecordKind.PERSON, person, changed_by="a")
    assert editing.read_record(engine, RecordKind.ACTION, action).values["owner_ref"] == owner
    assert editing.read_record(engine, RecordKind.DELEGATION, delegation).values["head_id"] == (
        person
    )


def test_a_part_deleted_after_its_event_gets_its_parent_back(seeded_db: OpenedDatabase) -> None:
    engine = seeded_db.engine
    event = editing.create_record(engine, RecordKind.EVENT, NEW[RecordKind.EVENT], changed_by="a")
    part = editing.create_record(
        engine,
        RecordKind.EVENT,
        {"name": "Plenary", "kind": "plenary", "parent_id": event.id},
        changed_by="a",
    )
    trash.delete_record(engine, RecordKind.EVENT, event.id, changed_by="a")
    trash.delete_record(engine, RecordKind.EVENT, part.id, changed_by="a")
    trash.restore_record(engine, RecordKind.EVENT, event.id, changed_by="a")
    restored = trash.restore_record(engine, RecordKind.EVENT, part.id, changed_by="a")
    assert restored.values["parent_id"] == event.id


def test_an_event_cannot_become_part_of_itself(seeded_db: OpenedDatabase) -> None:
    engine = seeded_db.engine
    parent = editing.create_record(engine, RecordKind.EVENT, NEW[RecordKind.EVENT], changed_by="a")
    part = editing.create_record(
        engine,
        RecordKind.EVENT,
        {"name": "Plenary", "kind": "plenary", "parent_id": parent.id},
        changed_by="a",
    )
    for loop in (parent.id, part.id):
        with pytest.raises(ValidationError) as refused:
            editing.edit_record(
                engine, RecordKind.EVENT, parent.id, {"parent_id": loop}, changed_by="a"
            )
        assert refused.value.by_field == {"parent_id": "would make the record part of itself"}
    assert editing.read_record(engine, RecordKind.EVENT, parent.id).values["parent_id"] is None


@pytest.mark.parametrize(
    ("kind", "start", "end"),
    [
        (RecordKind.EVENT, "starts_on", "ends_on"),
        (RecordKind.DELEGATION, "arrives_on", "departs_on"),
        (RecordKind.AGREEMENT, "valid_from", "valid_until"),
    ],
)
def test_an_end_before_its_start_is_refused(
    seeded_db: OpenedDatabase, kind: RecordKind, start: str, end: str
) -> None:
    data = {**NEW[kind], start: "2026-11-20", end: "2026-11-19"}
    with pytest.raises(ValidationError) as refused:
        editing.create_record(seeded_db.engine, kind, data, changed_by="a")
    assert refused.value.by_field == {end: f"is before {start} (2026-11-20)"}


@pytest.mark.parametrize("text", ["2026-W01-1", "2026-1-5", "20261105", "2026-11-05T00:00"])
def test_only_calendar_dates_are_dates(seeded_db: OpenedDatabase, text: str) -> None:
    with pytest.raises(ValidationError, match="must be a date like 2026-11-25"):
        editing.edit_record(
            seeded_db.engine, RecordKind.EVENT, 1, {"starts_on": text}, changed_by="a"
        )


def test_a_due_period_refusal_shows_its_example_once(seeded_db: OpenedDatabase) -> None:
    with pytest.raises(ValidationError) as refused:
        editing.edit_record(
            seeded_db.engine, RecordKind.ACTION, 1, {"due": {"date": "2026-01-01"}}, changed_by="a"
        )
    assert refused.value.by_field["due"] == (
        'must be like {"date": "2026-01-01", "precision": "quarter"}'
    )
