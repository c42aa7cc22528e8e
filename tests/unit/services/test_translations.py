"""Text in several languages (issue 15): the English version in the record's columns, the
others in its `translations`, edited, searched, kept through history, trash and migrations."""

import sqlalchemy as sa

from briefing_app.domain import models as m
from briefing_app.domain.record_kind import RecordKind
from briefing_app.domain.translations import localised, with_version
from briefing_app.services.record_kinds import editing, trash
from briefing_app.services.search import search_all
from briefing_app.store.database import OpenedDatabase
from briefing_app.store.unit_of_work import reading


def test_a_missing_version_falls_back_to_another_language_and_says_so() -> None:
    action = m.FollowUpAction(title="Send the draft", description=None)
    action.translations = with_version({}, "title", "vi", "Gửi dự thảo")

    got = localised(action, "title", "vi")
    assert (got.value, got.language, got.fell_back) == ("Gửi dự thảo", "vi", False)
    assert localised(action, "description", "vi").value is None  # none anywhere: no fallback
    english_only = m.FollowUpAction(title="Send the draft")
    english_only.translations = {}
    got = localised(english_only, "title", "vi")
    assert (got.value, got.language, got.fell_back) == ("Send the draft", "en", True)
    vietnamese_only = m.FollowUpAction(title="Send the draft", description=None)
    vietnamese_only.translations = {"vi": {"description": "Trước Tết"}}
    got = localised(vietnamese_only, "description", "en")
    assert (got.value, got.language, got.fell_back) == ("Trước Tết", "vi", True)


def test_removing_the_last_version_of_a_language_drops_the_language() -> None:
    versions = with_version({"vi": {"title": "A", "office_translation": True}}, "title", "vi", "")
    assert versions == {}
    kept = {"vi": {"title": "A"}}
    assert with_version(kept, "summary", "vi", "B") == {"vi": {"title": "A", "summary": "B"}}
    assert kept == {"vi": {"title": "A"}}, "a copy: the ORM must see a new object"


def test_a_version_is_edited_with_history_and_search_finds_either_language(
    seeded_db: OpenedDatabase,
) -> None:
    engine = seeded_db.engine
    meeting = editing.read_record(engine, RecordKind.MEETING, 1)
    english = meeting.values["title"]

    saved = editing.edit_record(
        engine,
        RecordKind.MEETING,
        1,
        {"summary_vi": "Hai bên thảo luận hợp tác nông nghiệp công nghệ cao."},
        changed_by="Lê Thị Hoa",
        if_version=meeting.version,
    )

    assert saved.version == meeting.version + 1
    assert saved.values["title"] == english, "the English version is untouched"
    assert saved.values["summary_vi"] == "Hai bên thảo luận hợp tác nông nghiệp công nghệ cao."
    history = editing.record_history(engine, RecordKind.MEETING, 1)
    assert any(h.field == "summary_vi" and h.changed_by == "Lê Thị Hoa" for h in history)
    for typed in ("hop tac nong nghiep cong nghe cao", "nông nghiệp công nghệ"):
        found = search_all(engine, typed)
        assert 1 in {h.id for g in found if g.kind == "meeting" for h in g.hits}, typed


def test_versions_survive_the_trash_and_clearing_one_keeps_the_others(
    seeded_db: OpenedDatabase,
) -> None:
    engine = seeded_db.engine
    created = editing.create_record(
        engine,
        RecordKind.FACT,
        {"event_id": 1, "label": "Venue", "label_vi": "Địa điểm", "value": "Hạ Long"},
        changed_by="anh",
    )
    trash.delete_record(engine, RecordKind.FACT, created.id, changed_by="anh")
    trash.restore_record(engine, RecordKind.FACT, created.id, changed_by="anh")
    restored = editing.read_record(engine, RecordKind.FACT, created.id)
    assert restored.values["label_vi"] == "Địa điểm"

    cleared = editing.edit_record(
        engine, RecordKind.FACT, created.id, {"label_vi": None}, changed_by="anh"
    )
    assert cleared.values["label_vi"] is None and cleared.values["label"] == "Venue"
    with reading(engine) as session:
        stored = session.scalar(
            sa.select(m.EventFact.translations).where(m.EventFact.id == created.id)
        )
    assert stored == {}
