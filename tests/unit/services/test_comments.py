"""Comment threads: append-only, never in conflict, corrected only by their author for a short
while, struck through rather than lost (issue 13)."""

import threading
from datetime import timedelta

import pytest
import sqlalchemy as sa

from briefing_app.domain import models as m
from briefing_app.domain.errors import NotFoundError, UserError
from briefing_app.domain.record_kind import RecordKind
from briefing_app.domain.translations import BASE_LANGUAGE, set_reading_language
from briefing_app.services.comments import (
    EDIT_WINDOW,
    add_comment,
    edit_comment,
    editable_by,
    list_comments,
    strike_comment,
)
from briefing_app.services.record_kinds.editing import record_history
from briefing_app.store.database import OpenedDatabase, open_database
from briefing_app.store.unit_of_work import reading

ACTION = RecordKind.ACTION


def _texts(db: OpenedDatabase, record_id: int = 3) -> list[str]:
    return [c.text for c in list_comments(db.engine, ACTION, record_id)]


def test_two_writers_commenting_at_once_both_keep_theirs(seeded_db: OpenedDatabase) -> None:
    before = _texts(seeded_db)
    second = open_database(seeded_db.url)  # another app instance on the same file
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def write(db: OpenedDatabase, author: str) -> None:
        start.wait()
        try:
            for n in range(5):
                add_comment(db.engine, ACTION, 3, f"{author} {n}", author)
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    writers = [
        threading.Thread(target=write, args=(seeded_db, "Lê Thị Hoa")),
        threading.Thread(target=write, args=(second, "Tanaka Kenji")),
    ]
    for w in writers:
        w.start()
    for w in writers:
        w.join()
    second.engine.dispose()

    assert errors == []
    after = _texts(seeded_db)
    assert after[: len(before)] == before
    added = after[len(before) :]
    assert sorted(added) == sorted(
        f"{a} {n}" for a in ("Lê Thị Hoa", "Tanaka Kenji") for n in range(5)
    )
    for author in ("Lê Thị Hoa", "Tanaka Kenji"):  # each writer's own order is kept
        assert [t for t in added if t.startswith(author)] == [f"{author} {n}" for n in range(5)]


def test_the_author_corrects_within_the_window_and_the_old_text_stays(
    seeded_db: OpenedDatabase,
) -> None:
    first = add_comment(seeded_db.engine, ACTION, 3, "Gửi công văn ngày 20/12", "Lê Thị Hoa")
    assert editable_by(first, "Lê Thị Hoa", first.written_at + timedelta(minutes=1))
    assert not editable_by(first, "Tanaka Kenji", first.written_at)

    fixed = edit_comment(seeded_db.engine, first.id, "Gửi công văn ngày 22/12", "Lê Thị Hoa")

    assert (fixed.text, fixed.earlier, fixed.written_at) == (
        "Gửi công văn ngày 22/12",
        ("Gửi công văn ngày 20/12",),
        first.written_at,
    )
    assert fixed.edited_at is not None
    assert _texts(seeded_db).count("Gửi công văn ngày 22/12") == 1
    assert "Gửi công văn ngày 20/12" not in _texts(seeded_db)
    with seeded_db.engine.connect() as connection:  # both rows are kept
        stored = connection.scalars(sa.select(m.Comment.text).where(m.Comment.record_id == 3))
        assert {"Gửi công văn ngày 20/12", "Gửi công văn ngày 22/12"} <= set(stored)
    history = [
        (h.field, h.old_value, h.new_value) for h in record_history(seeded_db.engine, ACTION, 3)
    ]
    assert ("comment", "Gửi công văn ngày 20/12", "Gửi công văn ngày 22/12") in history


def test_late_or_foreign_corrections_are_refused_and_change_nothing(
    seeded_db: OpenedDatabase,
) -> None:
    comment = add_comment(seeded_db.engine, ACTION, 3, "Draft received", "Lê Thị Hoa")
    late = comment.written_at + EDIT_WINDOW
    with pytest.raises(UserError, match="15 minutes"):
        edit_comment(seeded_db.engine, comment.id, "Final received", "Lê Thị Hoa", now=late)
    with pytest.raises(UserError, match="only its author, Lê Thị Hoa"):
        edit_comment(seeded_db.engine, comment.id, "Final received", "Tanaka Kenji")
    with pytest.raises(UserError, match="only its author"):
        strike_comment(seeded_db.engine, comment.id, "Tanaka Kenji")
    edit_comment(seeded_db.engine, comment.id, "Draft v2 received", "Lê Thị Hoa")
    with pytest.raises(UserError, match="changed meanwhile"):  # a second window on the old text
        edit_comment(seeded_db.engine, comment.id, "Draft v3", "Lê Thị Hoa")
    assert _texts(seeded_db)[-1] == "Draft v2 received"


def test_a_struck_comment_stays_in_the_thread_marked(seeded_db: OpenedDatabase) -> None:
    comment = add_comment(seeded_db.engine, RecordKind.MEETING, 1, "Wrong venue", "Lê Thị Hoa")
    struck = strike_comment(seeded_db.engine, comment.id, "Lê Thị Hoa")
    thread = list_comments(seeded_db.engine, RecordKind.MEETING, 1)
    assert thread[-1] == struck
    assert (struck.text, struck.struck_by) == ("Wrong venue", "Lê Thị Hoa")
    assert struck.struck_at is not None
    assert not editable_by(struck, "Lê Thị Hoa", struck.written_at)
    with pytest.raises(UserError):
        edit_comment(seeded_db.engine, struck.id, "Right venue", "Lê Thị Hoa")


def test_bad_comments_are_refused_with_a_reason(seeded_db: OpenedDatabase) -> None:
    before = _texts(seeded_db)
    with pytest.raises(UserError, match="text is required"):
        add_comment(seeded_db.engine, ACTION, 3, "   ", "Lê Thị Hoa")
    with pytest.raises(NotFoundError, match="no follow-up action with id 999"):
        add_comment(seeded_db.engine, ACTION, 999, "x", "Lê Thị Hoa")
    with pytest.raises(UserError, match="only follow-up actions, meetings and agreements"):
        add_comment(seeded_db.engine, RecordKind.PERSON, 1, "x", "Lê Thị Hoa")
    assert _texts(seeded_db) == before


def test_the_datasets_notes_are_each_actions_first_comment(seeded_db: OpenedDatabase) -> None:
    thread = list_comments(seeded_db.engine, ACTION, 2)
    assert thread and thread[0].author == "briefing-desk"
    assert thread[0].text.startswith("Status 'agreed' rests on")


def test_a_thread_reads_in_the_reading_language_where_a_comment_has_a_version(
    seeded_db: OpenedDatabase,
) -> None:
    """The Comments tab of the Vietnamese interface showed the dataset's remark on an action in
    English, though the remark has the office's Vietnamese version (which the briefs print)."""
    with reading(seeded_db.engine) as session:
        remark = session.scalars(
            sa.select(m.Comment).where(m.Comment.kind == ACTION.value, m.Comment.record_id == 2)
        ).first()
        assert remark is not None
        english, vietnamese = remark.text, remark.translations["vi"]["text"]
    add_comment(seeded_db.engine, ACTION, 2, "Đã gửi thư cho Yamanashi.", author="lan")
    set_reading_language("vi")
    assert _texts(seeded_db, 2) == [vietnamese, "Đã gửi thư cho Yamanashi."]
    set_reading_language(BASE_LANGUAGE)
    assert _texts(seeded_db, 2) == [english, "Đã gửi thư cho Yamanashi."]
