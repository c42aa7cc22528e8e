"""`db copy --to URL` (issue 17): a SQLite database into an empty one (PostgreSQL, or SQLite where
there is no server) and back, proven by row counts and checksums; refused into a database that
is not empty, and nothing kept when a table comes out different."""

import shutil
from pathlib import Path

import pytest
import sqlalchemy as sa

from briefing_app.domain import models as m
from briefing_app.domain.errors import UnusableDatabaseError
from briefing_app.domain.record_kind import RecordKind
from briefing_app.services.action_lifecycle import NewAction, create_action
from briefing_app.services.attachments import attach_file, attachment_content, list_attachments
from briefing_app.services.comments import add_comment, list_comments
from briefing_app.services.record_kinds.trash import delete_record, restore_record
from briefing_app.services.search import search_all
from briefing_app.store import copy
from briefing_app.store.database import OpenedDatabase, open_database
from gram_index import assert_gram_index_exact
from sample_files import pdf_letter

QUERIES = ["thanh hoa", "山梨", "da nang", "kofu", "ab", "committee"]


@pytest.fixture
def source(seeded_template: Path, tmp_path: Path) -> OpenedDatabase:
    """A SQLite database with a file, a comment and a deleted action (whose id stays free)."""
    path = tmp_path / "source.sqlite3"
    shutil.copyfile(seeded_template, path)
    db = open_database(f"sqlite:///{path}")
    attach_file(db.engine, RecordKind.ACTION, 3, pdf_letter(tmp_path / "letter.pdf"), "lan")
    add_comment(db.engine, RecordKind.ACTION, 3, "Đã gửi công văn\ntới Kōfu", "lan")
    gone = create_action(db.engine, NewAction(meeting_id=1, title="Thư mời"), changed_by="lan")
    delete_record(db.engine, RecordKind.ACTION, gone.action.id, changed_by="lan")
    return db


def _checksums(db: OpenedDatabase) -> dict[str, tuple[int, str]]:
    with db.engine.connect() as connection:
        return {t.name: copy.checksum(connection, t) for t in m.Base.metadata.sorted_tables}


def _searches(db: OpenedDatabase) -> list[object]:
    return [search_all(db.engine, q, limit_per_kind=50) for q in QUERIES]


def _index_rows(db: OpenedDatabase) -> set[tuple[int, str, str, str]]:
    with db.engine.connect() as connection:
        rows = connection.exec_driver_sql("SELECT rowid, name, title, body FROM search_index")
        return {(int(r[0]), r[1], r[2], r[3]) for r in rows}


def _action_hits(db: OpenedDatabase, typed: str) -> set[int]:
    groups = search_all(db.engine, typed, limit_per_kind=50)
    return {h.id for g in groups if g.kind == "action" for h in g.hits}


def _highest_action_id(db: OpenedDatabase) -> int:
    with db.engine.connect() as connection:
        return int(connection.execute(sa.select(sa.func.max(m.FollowUpAction.id))).scalar_one())


def test_a_copy_and_its_copy_back_keep_every_row(
    source: OpenedDatabase, new_db_url: str, tmp_path: Path
) -> None:
    original = _checksums(source)
    deleted_id = _highest_action_id(source) + 1

    copied = copy.copy_database(source.engine, new_db_url)

    assert {t.name: (t.rows, t.checksum) for t in copied} == original
    assert original["blobs"][0] == 1 and original["trash"][0] == 1
    target = open_database(new_db_url, create=False)
    try:
        assert target.seed is not None and target.seed.skipped  # the dataset came with it
        assert _checksums(target) == original
        (kept,) = list_attachments(target.engine, RecordKind.ACTION, 3)
        assert (
            attachment_content(target.engine, kept.id)[1] == (tmp_path / "letter.pdf").read_bytes()
        )
        thread = list_comments(target.engine, RecordKind.ACTION, 3)
        assert thread == list_comments(source.engine, RecordKind.ACTION, 3)
        # the index, filled once after the rows, holds what the source's holds
        assert _index_rows(target) == _index_rows(source)
        assert_gram_index_exact(target.engine)
        assert _searches(target) == _searches(source)
        fresh = create_action(
            target.engine, NewAction(meeting_id=1, title="Mới: zebra"), changed_by="x"
        )
        assert fresh.action.id > deleted_id  # the trash's id stays its own
        assert _action_hits(target, "zebra") == {fresh.action.id}  # its triggers are back
        restore_record(target.engine, RecordKind.ACTION, deleted_id, changed_by="x")
        assert_gram_index_exact(target.engine)
        with target.engine.connect() as connection:
            restored = connection.execute(
                sa.select(m.FollowUpAction.title).where(m.FollowUpAction.id == deleted_id)
            ).scalar_one()
        assert restored == "Thư mời"

        back_url = f"sqlite:///{tmp_path / 'back.sqlite3'}"
        moved_back = copy.copy_database(target.engine, back_url)
        assert {t.name: (t.rows, t.checksum) for t in moved_back} == _checksums(target)
    finally:
        target.engine.dispose()
    back = open_database(back_url, create=False)
    try:
        assert _index_rows(back) == _index_rows(target)
        assert_gram_index_exact(back.engine)
        assert _searches(back) == _searches(target)
    finally:
        back.engine.dispose()


def test_a_database_with_rows_is_refused(source: OpenedDatabase, make_db) -> None:
    target = make_db("seeded.sqlite3")
    before = _checksums(target)
    with pytest.raises(UnusableDatabaseError, match="is not empty"):
        copy.copy_database(source.engine, target.url)
    assert _checksums(target) == before


def test_a_table_that_comes_out_different_keeps_nothing(
    source: OpenedDatabase, new_db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = copy._copy_table

    def losing_comments(reading: sa.Connection, writing: sa.Connection, table: sa.Table) -> None:
        if table.name != "comments":
            real(reading, writing, table)

    monkeypatch.setattr(copy, "_copy_table", losing_comments)
    with pytest.raises(UnusableDatabaseError, match="table comments differs"):
        copy.copy_database(source.engine, new_db_url)
    target = open_database(new_db_url, create=False, seed=False)
    try:
        assert all(rows == 0 for rows, _ in _checksums(target).values())
    finally:
        target.engine.dispose()
