"""Editing a follow-up action: validation, history, the version lock."""

from datetime import date

import pytest
import sqlalchemy as sa

from briefing_app.domain import models as m
from briefing_app.domain.enums import ActionStatus, DuePrecision, Priority
from briefing_app.domain.errors import NotFoundError, StaleVersionError, ValidationError
from briefing_app.domain.record_kind import RecordKind
from briefing_app.services import queries
from briefing_app.services.actions import ActionEdit, update_action
from briefing_app.services.comments import list_comments
from briefing_app.services.dto import PartyRef
from briefing_app.services.parties import resolve_party
from briefing_app.store.database import OpenedDatabase
from briefing_app.store.unit_of_work import reading

SIGN = "action-th-yn-sign-cooperation-document"  # proposed, no due date, owner Thanh Hóa
PROPOSED = "action-th-attend-yn-energy-agriculture-conferences"  # proposed


def _id(db: OpenedDatabase, key: str) -> int:
    with reading(db.engine) as session:
        return session.scalars(
            sa.select(m.FollowUpAction.id).where(m.FollowUpAction.seed_key == key)
        ).one()


def _stored(db: OpenedDatabase, action_id: int) -> dict[str, object]:
    """The action as a fresh session reads it back from the file, with its comment thread."""
    with reading(db.engine) as session:
        a = session.get(m.FollowUpAction, action_id)
        assert a is not None
        stored: dict[str, object] = {
            "title": a.title,
            "status": a.status,
            "priority": a.priority,
            "description": a.description,
            "due": (a.due_date, a.due_precision),
            "owner": a.owner_locality_id or a.owner_organisation_id or a.owner_person_id,
            "areas": sorted(x.id for x in a.areas),
            "version": a.version,
            "updated_at": a.updated_at,
        }
    stored["comments"] = _thread(db, action_id)
    return stored


def _thread(db: OpenedDatabase, action_id: int) -> list[tuple[str, str]]:
    return [(c.author, c.text) for c in list_comments(db.engine, RecordKind.ACTION, action_id)]


def _changes(db: OpenedDatabase, action_id: int) -> list[tuple[str, str | None, str | None]]:
    with reading(db.engine) as session:
        rows = session.scalars(
            sa.select(m.ActionChange)
            .where(m.ActionChange.action_id == action_id)
            .order_by(m.ActionChange.id)
        )
        return [(c.field, c.old_value, c.new_value) for c in rows]


def test_one_change_row_per_changed_field(seeded_db: OpenedDatabase) -> None:
    action_id = _id(seeded_db, SIGN)
    before = _stored(seeded_db, action_id)
    detail = update_action(
        seeded_db.engine,
        action_id,
        ActionEdit(
            status=ActionStatus.IN_PROGRESS,
            due=(date(2026, 5, 17), DuePrecision.QUARTER),
            priority=Priority.HIGH,
            title=before["title"],  # unchanged value: no history row
        ),
        changed_by="lan",
        comment="after the call with Kofu",
        expected_version=1,
    )
    assert _changes(seeded_db, action_id) == [
        ("status", "proposed", "in_progress"),
        ("priority", "normal", "high"),
        ("due", None, "2026-Q2"),
    ]
    after = _stored(seeded_db, action_id)
    assert after["version"] == 2
    assert after["status"] is ActionStatus.IN_PROGRESS
    assert after["due"] == (date(2026, 4, 1), DuePrecision.QUARTER)  # stored as period start
    assert detail.action.version == 2
    assert [h.field for h in detail.history] == [c[0] for c in _changes(seeded_db, action_id)]
    assert {h.changed_by for h in detail.history} == {"lan"}
    assert {h.comment for h in detail.history} == {"after the call with Kofu"}


def test_a_no_op_save_writes_nothing(seeded_db: OpenedDatabase) -> None:
    action_id = _id(seeded_db, SIGN)
    before = _stored(seeded_db, action_id)
    detail = update_action(
        seeded_db.engine,
        action_id,
        ActionEdit(status=ActionStatus.PROPOSED, priority=Priority.NORMAL, title=before["title"]),
        changed_by="lan",
        expected_version=1,
    )
    assert _changes(seeded_db, action_id) == []
    assert _stored(seeded_db, action_id) == before
    assert detail.action.version == 1


def test_a_stale_version_is_refused_and_nothing_written(seeded_db: OpenedDatabase) -> None:
    engine = seeded_db.engine
    action_id = _id(seeded_db, SIGN)
    # Two people opened version 1; the first saves.
    update_action(
        engine, action_id, ActionEdit(description="first save"), changed_by="a", expected_version=1
    )
    before = _stored(seeded_db, action_id)
    history = _changes(seeded_db, action_id)
    with pytest.raises(StaleVersionError) as caught:
        update_action(
            engine,
            action_id,
            ActionEdit(
                description="second save",
                status=ActionStatus.BLOCKED,
                new_comment="said with the refused save",
            ),
            changed_by="b",
            expected_version=1,
        )
    assert (caught.value.expected, caught.value.actual) == (1, 2)
    assert "version 1" in str(caught.value) and "version 2" in str(caught.value)
    assert _stored(seeded_db, action_id) == before
    assert _changes(seeded_db, action_id) == history


def test_invalid_fields_are_all_reported_and_nothing_changes(seeded_db: OpenedDatabase) -> None:
    action_id = _id(seeded_db, PROPOSED)
    before = _stored(seeded_db, action_id)
    with pytest.raises(ValidationError) as caught:
        update_action(
            seeded_db.engine,
            action_id,
            ActionEdit(
                title="Bell\x07title",
                status=ActionStatus.DONE,  # proposed -> done is not allowed
                priority=Priority.URGENT,  # valid, but must not be saved either
                description="x" * 20_001,
                new_comment="said with the refused save",  # valid, but must not be added
            ),
            changed_by="lan",
        )
    by_field = caught.value.by_field
    assert set(by_field) == {"title", "status", "description"}
    assert "control character" in by_field["title"]
    assert "proposed to done" in by_field["status"]
    assert "too long" in by_field["description"]
    assert _stored(seeded_db, action_id) == before
    assert _changes(seeded_db, action_id) == []


def test_required_title_cannot_be_emptied(seeded_db: OpenedDatabase) -> None:
    action_id = _id(seeded_db, SIGN)
    with pytest.raises(ValidationError) as caught:
        update_action(seeded_db.engine, action_id, ActionEdit(title="   "), changed_by="lan")
    assert caught.value.by_field == {"title": "is required"}


def test_areas_only_change_bumps_the_version(seeded_db: OpenedDatabase) -> None:
    action_id = _id(seeded_db, SIGN)
    with reading(seeded_db.engine) as session:
        areas = list(session.scalars(sa.select(m.CooperationArea).order_by(m.CooperationArea.id)))
        wanted = (areas[0].id, areas[1].id)
        names = sorted([areas[0].name, areas[1].name])
    before = _stored(seeded_db, action_id)
    assert before["areas"] == []
    update_action(seeded_db.engine, action_id, ActionEdit(area_ids=wanted), changed_by="lan")
    after = _stored(seeded_db, action_id)
    assert after["areas"] == sorted(wanted)
    assert after["version"] == before["version"] + 1
    assert _changes(seeded_db, action_id) == [("cooperation_areas", "", ", ".join(names))]


def test_an_unknown_area_is_refused(seeded_db: OpenedDatabase) -> None:
    action_id = _id(seeded_db, SIGN)
    with pytest.raises(ValidationError) as caught:
        update_action(seeded_db.engine, action_id, ActionEdit(area_ids=(99999,)), changed_by="x")
    assert "cooperation areas" in caught.value.by_field


def test_changing_the_owner_records_names(seeded_db: OpenedDatabase) -> None:
    engine = seeded_db.engine
    action_id = _id(seeded_db, SIGN)
    org = resolve_party(engine, "Yamanashi Prefectural Government")
    assert org.kind == "organisation"
    detail = update_action(engine, action_id, ActionEdit(owner=org), changed_by="lan")
    assert detail.owner_ref == org
    assert detail.action.owner == "Yamanashi Prefectural Government"
    with reading(engine) as session:
        a = session.get(m.FollowUpAction, action_id)
        assert a is not None
        assert (a.owner_locality_id, a.owner_organisation_id) == (None, org.id)
    update_action(engine, action_id, ActionEdit(owner=None), changed_by="lan")
    assert _changes(seeded_db, action_id) == [
        ("owner", "Thanh Hóa", "Yamanashi Prefectural Government"),
        ("owner", "Yamanashi Prefectural Government", None),
    ]
    assert _stored(seeded_db, action_id)["version"] == 3


def test_an_unknown_party_is_not_found(seeded_db: OpenedDatabase) -> None:
    with pytest.raises(NotFoundError):
        update_action(
            seeded_db.engine,
            _id(seeded_db, SIGN),
            ActionEdit(owner=PartyRef("person", 99999, "Nobody")),
            changed_by="lan",
        )


def test_a_comment_saved_with_an_edit_goes_last_in_the_thread(seeded_db: OpenedDatabase) -> None:
    action_id = _id(seeded_db, SIGN)
    old_thread = _thread(seeded_db, action_id)
    assert old_thread  # the dataset's notes, as the first comment
    detail = update_action(
        seeded_db.engine,
        action_id,
        ActionEdit(priority=Priority.HIGH, new_comment="Called Kofu 🤝\nDraft next week"),
        changed_by="lan",
    )
    said = ("lan", "Called Kofu 🤝\nDraft next week")  # a comment may have several lines
    assert _thread(seeded_db, action_id) == [*old_thread, said]
    assert [(c.author, c.text) for c in detail.comments] == _thread(seeded_db, action_id)
    assert _changes(seeded_db, action_id) == [("priority", "normal", "high")]


def test_a_bad_comment_is_refused_with_the_save(seeded_db: OpenedDatabase) -> None:
    action_id = _id(seeded_db, SIGN)
    before = _stored(seeded_db, action_id)
    with pytest.raises(ValidationError) as caught:
        update_action(
            seeded_db.engine,
            action_id,
            ActionEdit(priority=Priority.HIGH, new_comment="bell\x07"),
            changed_by="lan",
        )
    assert "control character" in caught.value.by_field["note"]
    assert _stored(seeded_db, action_id) == before
    assert _changes(seeded_db, action_id) == []


def test_clearing_the_due_date(seeded_db: OpenedDatabase) -> None:
    action_id = _id(seeded_db, "action-yn-coordinate-th-business-trip-2026")
    update_action(seeded_db.engine, action_id, ActionEdit(due=None), changed_by="lan")
    assert _stored(seeded_db, action_id)["due"] == (None, None)
    assert _changes(seeded_db, action_id) == [("due", "2026", None)]


def test_undo_may_skip_the_status_rule(seeded_db: OpenedDatabase) -> None:
    action_id = _id(seeded_db, PROPOSED)
    update_action(
        seeded_db.engine,
        action_id,
        ActionEdit(status=ActionStatus.DONE),
        changed_by="undo",
        check_status=False,
    )
    assert _stored(seeded_db, action_id)["status"] is ActionStatus.DONE


def test_an_unknown_action_is_not_found(seeded_db: OpenedDatabase) -> None:
    with pytest.raises(NotFoundError, match="no follow-up action with id 424242"):
        update_action(seeded_db.engine, 424242, ActionEdit(description="x"), changed_by="lan")


def test_history_is_shown_in_the_detail(seeded_db: OpenedDatabase) -> None:
    action_id = _id(seeded_db, SIGN)
    update_action(
        seeded_db.engine, action_id, ActionEdit(status=ActionStatus.BLOCKED), changed_by="lan"
    )
    detail = queries.get_action(seeded_db.engine, action_id)
    assert [(h.field, h.old_value, h.new_value) for h in detail.history] == [
        ("status", "proposed", "blocked")
    ]
    assert detail.action.version == 2


def test_one_save_bumps_the_version_once(seeded_db: OpenedDatabase) -> None:
    engine = seeded_db.engine
    action_id = _id(seeded_db, SIGN)
    yamanashi = resolve_party(engine, "Yamanashi")
    detail = update_action(
        engine,
        action_id,
        ActionEdit(status=ActionStatus.IN_PROGRESS, owner=yamanashi),
        changed_by="lan",
        expected_version=1,
    )
    assert detail.action.version == 2
    assert _stored(seeded_db, action_id)["version"] == 2
    assert [c[0] for c in _changes(seeded_db, action_id)] == ["status", "owner"]
