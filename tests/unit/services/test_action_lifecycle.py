"""Create, duplicate, delete and restore follow-up actions (one unit of work each, history kept)."""

from datetime import date

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from briefing_app.domain import models as m
from briefing_app.domain.enums import ActionStatus, DuePrecision, Priority
from briefing_app.domain.errors import NotFoundError, StaleVersionError, ValidationError
from briefing_app.domain.translations import version
from briefing_app.services import queries
from briefing_app.services.action_lifecycle import (
    CREATED,
    RESTORED,
    NewAction,
    create_action,
    delete_action,
    duplicate_action,
    restore_action,
)
from briefing_app.services.actions import ActionEdit, update_action
from briefing_app.services.dto import PartyRef
from briefing_app.store.database import OpenedDatabase, open_database
from briefing_app.store.unit_of_work import reading, writing


def _locality_id(db: OpenedDatabase, name: str) -> int:
    with Session(db.engine) as session:
        found = session.scalar(sa.select(m.Locality.id).where(m.Locality.name == name))
    assert found is not None
    return found


def test_create_saves_every_field_and_records_history(seeded_db: OpenedDatabase) -> None:
    yamanashi = _locality_id(seeded_db, "Yamanashi")
    detail = create_action(
        seeded_db.engine,
        NewAction(
            meeting_id=1,
            title="  Gửi thư mời tới 山梨県  ",
            description="Chuẩn bị chương trình",
            status=ActionStatus.AGREED,
            priority=Priority.HIGH,
            due=(date(2026, 5, 17), DuePrecision.QUARTER),
            owner=PartyRef("locality", yamanashi, "Yamanashi"),
            area_ids=(1, 6),
        ),
        changed_by="tester",
    )
    row = detail.action
    assert row.title == "Gửi thư mời tới 山梨県"
    assert (row.due_date, row.due_precision, row.due_label) == (
        date(2026, 4, 1),
        DuePrecision.QUARTER,
        "2026-Q2",
    )
    assert row.owner == "Yamanashi" and row.version == 1
    assert [(h.field, h.changed_by, h.new_value) for h in detail.history] == [
        (CREATED, "tester", "Gửi thư mời tới 山梨県")
    ]
    stored = queries.get_action(seeded_db.engine, row.id)
    assert sorted(stored.cooperation_areas) == sorted(detail.cooperation_areas)
    assert len(stored.cooperation_areas) == 2
    assert stored.description == "Chuẩn bị chương trình"


def test_create_refuses_all_bad_fields_at_once_and_writes_nothing(
    seeded_db: OpenedDatabase,
) -> None:
    before = len(queries.list_actions(seeded_db.engine))
    with pytest.raises(ValidationError) as caught:
        create_action(
            seeded_db.engine,
            NewAction(
                meeting_id=999,
                title="   ",
                description="bad\x00description",
                owner=PartyRef("person", 9999, "nobody"),
                area_ids=(1, 9999),
            ),
            changed_by="tester",
        )
    assert set(caught.value.by_field) == {
        "meeting",
        "title",
        "description",
        "owner",
        "cooperation areas",
    }
    assert len(queries.list_actions(seeded_db.engine)) == before


def test_duplicate_copies_the_substance_not_the_history(seeded_db: OpenedDatabase) -> None:
    update_action(
        seeded_db.engine,
        2,
        ActionEdit(status=ActionStatus.DONE, new_comment="finished"),
        changed_by="someone",
    )
    original = queries.get_action(seeded_db.engine, 2)
    copy = duplicate_action(seeded_db.engine, 2, changed_by="tester", title="Copy of two")
    assert copy.action.id != 2
    assert copy.action.title == "Copy of two"
    assert copy.action.meeting_id == original.action.meeting_id
    assert copy.owner_ref == original.owner_ref
    assert copy.counterpart_ref == original.counterpart_ref
    assert copy.action.due_label == original.action.due_label
    assert copy.cooperation_areas == original.cooperation_areas
    assert copy.action.status is ActionStatus.PROPOSED  # a finished action's copy starts again
    assert copy.description == original.description
    assert "finished" in [c.text for c in original.comments]
    assert copy.comments == [] and copy.attachments == []
    assert [h.field for h in copy.history] == [CREATED]
    assert copy.history[0].comment == "duplicate of action 2"


def test_a_duplicate_is_marked_as_a_copy_in_each_language(seeded_db: OpenedDatabase) -> None:
    with writing(seeded_db.engine) as session:
        action = session.get(m.FollowUpAction, 2)
        assert action is not None
        action.title = "x" * 300  # as long as a title may be
        english, vietnamese = action.title, version(action, "title", "vi")
    assert vietnamese, "the dataset's action has a Vietnamese title"

    copy = duplicate_action(seeded_db.engine, 2, changed_by="tester")

    with reading(seeded_db.engine) as session:
        stored = session.get(m.FollowUpAction, copy.action.id)
        assert stored is not None
        assert stored.title == "x" * 292 + "… (copy)" and len(stored.title) == 300
        assert version(stored, "title", "vi") == f"{vietnamese} (bản sao)"
        assert english == "x" * 300


def test_duplicate_of_a_missing_action_is_a_user_error(seeded_db: OpenedDatabase) -> None:
    with pytest.raises(NotFoundError):
        duplicate_action(seeded_db.engine, 999, changed_by="tester")


def test_delete_then_restore_gives_back_the_same_action(seeded_db: OpenedDatabase) -> None:
    engine = seeded_db.engine
    edited = update_action(engine, 1, ActionEdit(title="Edited first"), changed_by="a")
    before = queries.get_action(engine, 1)
    snapshot = delete_action(engine, 1, expected_version=edited.action.version)
    with pytest.raises(NotFoundError):
        queries.get_action(engine, 1)
    restored = restore_action(engine, snapshot, changed_by="tester")
    assert restored.action.id == 1
    assert restored.action.title == "Edited first"
    assert restored.owner_ref == before.owner_ref
    assert restored.agreement == before.agreement
    assert restored.sources == before.sources
    assert restored.cooperation_areas == before.cooperation_areas
    assert [h.field for h in restored.history] == ["title", RESTORED]
    assert restored.action.version == before.action.version + 1
    with Session(engine) as session:
        assert session.get(m.FollowUpAction, 1).seed_key == snapshot.seed_key  # type: ignore[union-attr]


def test_delete_refuses_a_stale_version(seeded_db: OpenedDatabase) -> None:
    update_action(seeded_db.engine, 3, ActionEdit(title="changed elsewhere"), changed_by="b")
    with pytest.raises(StaleVersionError):
        delete_action(seeded_db.engine, 3, expected_version=1)
    assert queries.get_action(seeded_db.engine, 3).action.title == "changed elsewhere"


def test_an_undone_delete_keeps_its_id_after_a_new_action(seeded_db: OpenedDatabase) -> None:
    engine = seeded_db.engine
    newest = max(a.id for a in queries.list_actions(engine))
    snapshot = delete_action(engine, newest)
    created = create_action(engine, NewAction(meeting_id=1, title="a new one"), changed_by="x")
    assert created.action.id == newest + 1  # ids are never reused (AUTOINCREMENT)
    restored = restore_action(engine, snapshot, changed_by="x")
    assert restored.action.id == newest
    assert restored.action.title == snapshot.title


def _reload_with_a_new_dataset(db: OpenedDatabase) -> dict[str, int]:
    """Pretend a newer release ships a changed dataset, then open the file again."""
    with Session(db.engine) as session, session.begin():
        session.execute(sa.update(m.AppMeta).values(value="an older dataset"))
    reopened = open_database(db.url)
    try:
        assert reopened.seed is not None and not reopened.seed.skipped
        return reopened.seed.created
    finally:
        reopened.engine.dispose()


def test_a_deleted_seeded_action_stays_deleted_when_the_dataset_changes(
    seeded_db: OpenedDatabase,
) -> None:
    delete_action(seeded_db.engine, 5)
    created = _reload_with_a_new_dataset(seeded_db)
    assert created["actions"] == 0
    titles = [a.id for a in queries.list_actions(seeded_db.engine)]
    assert 5 not in titles and len(titles) == 6


def test_a_restored_seeded_action_is_not_loaded_twice(seeded_db: OpenedDatabase) -> None:
    snapshot = delete_action(seeded_db.engine, 5)
    restore_action(seeded_db.engine, snapshot, changed_by="tester")
    created = _reload_with_a_new_dataset(seeded_db)
    assert created["actions"] == 0
    assert len(queries.list_actions(seeded_db.engine)) == 7
