"""Backup, integrity check and restore of the SQLite file (DESIGN §6)."""

import sqlite3
import stat
from contextlib import closing
from pathlib import Path

import pytest
import sqlalchemy as sa

from briefing_app.domain import models as m
from briefing_app.domain.errors import UnusableDatabaseError
from briefing_app.store import maintenance
from briefing_app.store.backup import backup_file, check_file, integrity_problems, one_line
from briefing_app.store.database import OpenedDatabase
from briefing_app.store.unit_of_work import reading, writing

#: Files: on a server, backups are the server's own (tests/unit/store/test_server_database.py).
pytestmark = pytest.mark.sqlite_only


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _query(path: Path, sql: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(sql).fetchall()


def _title(db: OpenedDatabase, action_id: int = 1) -> str:
    with reading(db.engine) as session:
        action = session.get(m.FollowUpAction, action_id)
        assert action is not None
        return action.title


def _retitle(db: OpenedDatabase, title: str, action_id: int = 1) -> None:
    with writing(db.engine) as session:
        action = session.get(m.FollowUpAction, action_id)
        assert action is not None
        action.title = title


def damage(path: Path, table: str = "localities") -> None:
    """Overwrite the root page of `table` with garbage (the file stays a SQLite file)."""
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        (root,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()
    with path.open("r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(b"\xff" * page_size)


def test_backup_is_a_private_sound_copy(seeded_db: OpenedDatabase, tmp_path: Path) -> None:
    _retitle(seeded_db, "Committed but still in the WAL")
    dest = backup_file(seeded_db.engine, tmp_path / "backups" / "copy.sqlite3")
    assert dest.is_file()
    assert _mode(dest) == 0o600
    assert _query(dest, "PRAGMA integrity_check") == [("ok",)]
    assert _query(dest, "PRAGMA journal_mode") == [("delete",)]  # one self-contained file
    assert _query(dest, "SELECT title FROM follow_up_actions WHERE id = 1") == [
        ("Committed but still in the WAL",)
    ]
    assert _query(dest, "SELECT count(*) FROM localities") == [(81,)]


def test_backup_while_another_connection_is_writing(
    seeded_db: OpenedDatabase, tmp_path: Path
) -> None:
    assert seeded_db.path is not None
    writer = sqlite3.connect(seeded_db.path, isolation_level=None)
    try:
        assert writer.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE follow_up_actions SET title = 'uncommitted' WHERE id = 1")
        dest = backup_file(seeded_db.engine, tmp_path / "during-write.sqlite3")
        writer.execute("COMMIT")
    finally:
        writer.close()
    assert _query(dest, "PRAGMA integrity_check") == [("ok",)]
    (title,) = _query(dest, "SELECT title FROM follow_up_actions WHERE id = 1")[0]
    assert title != "uncommitted"  # the copy holds the last committed state
    assert _title(seeded_db) == "uncommitted"


def test_backup_refuses_to_overwrite(seeded_db: OpenedDatabase, tmp_path: Path) -> None:
    existing = tmp_path / "existing.sqlite3"
    existing.write_bytes(b"keep me")
    with pytest.raises(UnusableDatabaseError, match="already exists"):
        backup_file(seeded_db.engine, existing)
    assert existing.read_bytes() == b"keep me"
    assert seeded_db.path is not None
    with pytest.raises(UnusableDatabaseError, match="cannot overwrite the database"):
        backup_file(seeded_db.engine, seeded_db.path)


def test_backup_to_an_unwritable_place_is_a_user_error(
    seeded_db: OpenedDatabase, tmp_path: Path
) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    with pytest.raises(UnusableDatabaseError):
        backup_file(seeded_db.engine, blocker / "sub" / "copy.sqlite3")


def test_integrity_of_a_sound_and_a_damaged_file(
    seeded_db: OpenedDatabase, make_db, tmp_path: Path
) -> None:
    assert integrity_problems(seeded_db.engine) == []
    assert "integrity ok" in maintenance.check(seeded_db.url)
    broken = make_db("broken.sqlite3")
    broken.engine.dispose()
    assert broken.path is not None
    damage(broken.path)
    assert integrity_problems(broken.engine) != []
    with pytest.raises(UnusableDatabaseError, match="integrity check"):
        maintenance.check(broken.url)
    with pytest.raises(UnusableDatabaseError):
        check_file(broken.path)


def test_check_of_a_missing_file_does_not_create_it(tmp_path: Path) -> None:
    missing = tmp_path / "missing.sqlite3"
    with pytest.raises(UnusableDatabaseError, match="no database"):
        maintenance.check(f"sqlite:///{missing}")
    assert not missing.exists()


def test_restore_round_trip(seeded_db: OpenedDatabase, tmp_path: Path) -> None:
    original = _title(seeded_db)
    backup = maintenance.backup(seeded_db.url, tmp_path / "saved.sqlite3")
    _retitle(seeded_db, "Changed after the backup")

    aside = maintenance.restore(seeded_db.url, f"sqlite:///{backup}")

    assert seeded_db.path is not None
    assert _title(seeded_db) == original
    assert _mode(seeded_db.path) == 0o600
    assert aside.is_file() and _mode(aside) == 0o600
    assert "before-restore" in aside.name
    assert _query(aside, "SELECT title FROM follow_up_actions WHERE id = 1") == [
        ("Changed after the backup",)
    ]
    assert _query(seeded_db.path, "PRAGMA integrity_check") == [("ok",)]
    assert backup.is_file()  # the backup itself is left as it was


def _zero_bytes(path: Path) -> None:
    path.write_bytes(b"")


def _text(path: Path) -> None:
    path.write_text("These are my notes, not a database.\n" * 100)


def _foreign(path: Path) -> None:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
        connection.commit()


@pytest.mark.parametrize(
    ("make_source", "reason"),
    [
        (_zero_bytes, "empty database"),
        (_text, "not a database"),
        (_foreign, "not a Briefing desk one"),
    ],
    ids=["zero-bytes", "text-file", "foreign-sqlite"],
)
def test_restore_refuses_unusable_sources(
    seeded_db: OpenedDatabase, tmp_path: Path, make_source, reason: str
) -> None:
    source = tmp_path / "source.sqlite3"
    make_source(source)
    _assert_restore_refused(seeded_db, tmp_path, source, reason)


def test_restore_refuses_a_damaged_backup(seeded_db: OpenedDatabase, tmp_path: Path) -> None:
    source = maintenance.backup(seeded_db.url, tmp_path / "source.sqlite3")
    damage(source)
    _assert_restore_refused(seeded_db, tmp_path, source, "damaged|malformed")


def test_restore_refuses_a_newer_schema(seeded_db: OpenedDatabase, tmp_path: Path) -> None:
    source = maintenance.backup(seeded_db.url, tmp_path / "source.sqlite3")
    with closing(sqlite3.connect(source)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
        connection.commit()
    _assert_restore_refused(seeded_db, tmp_path, source, "newer")


def test_restore_refuses_a_missing_source(seeded_db: OpenedDatabase, tmp_path: Path) -> None:
    _assert_restore_refused(seeded_db, tmp_path, tmp_path / "nowhere.sqlite3", "no such file")


def _assert_restore_refused(db: OpenedDatabase, tmp_path: Path, source: Path, reason: str) -> None:
    _retitle(db, "The current state")
    with reading(db.engine) as session:
        before = session.scalar(sa.select(sa.func.count()).select_from(m.Locality))
    with pytest.raises(UnusableDatabaseError, match=reason):
        maintenance.restore(db.url, f"sqlite:///{source}")
    assert _title(db) == "The current state"
    with reading(db.engine) as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(m.Locality)) == before
    assert [p.name for p in tmp_path.iterdir() if "before-restore" in p.name] == []


def test_an_integrity_report_of_several_lines_reads_as_one() -> None:
    """Issue 18 (row 14): SQLite's report for a damaged tree has a header and one line per
    problem; the refusal is one line."""
    report = (
        "*** in database main ***\nOn tree page 5 cell 3: Rowid 9 out of order\n"
        "Page 7: never used\n"
    )
    assert one_line(report) == "On tree page 5 cell 3: Rowid 9 out of order; Page 7: never used"
