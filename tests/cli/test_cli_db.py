"""`briefing-app db init|upgrade|check|backup|restore`, choosing the database, --version."""

import sqlite3
import stat
from contextlib import closing
from pathlib import Path

import pytest

from briefing_app import __version__
from briefing_app.cli import main
from briefing_app.store.database import OpenedDatabase
from briefing_app.store.engine import make_engine
from gram_index import assert_gram_index_exact


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _sql(path: Path, query: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(query).fetchall()


def _damage(path: Path) -> None:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        (root,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'follow_up_actions'"
        ).fetchone()
    with path.open("r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(b"\xff" * page_size)


def test_init_then_list_localities(cli, tmp_path: Path) -> None:
    path = tmp_path / "new" / "briefing.sqlite3"
    result = cli("--db", path, "db", "init")
    assert result.code == 0, result.err
    assert result.out.strip() == f"database ready: {path}"
    assert _mode(path) == 0o600
    localities = cli("--db", path, "list", "localities", "--json").json()
    assert len(localities) == 81
    assert {row["country"] for row in localities} == {"VN", "JP"}
    assert sum(row["country"] == "VN" for row in localities) == 34


def test_init_twice_changes_nothing(cli, tmp_path: Path) -> None:
    path = tmp_path / "twice.sqlite3"
    assert cli("--db", path, "db", "init").code == 0
    before = _sql(path, "SELECT count(*) FROM localities UNION ALL SELECT count(*) FROM citations")
    assert cli("db", "init", "--db", path).code == 0  # --db after the command works too
    after = _sql(path, "SELECT count(*) FROM localities UNION ALL SELECT count(*) FROM citations")
    assert before == after


def test_init_with_a_sqlalchemy_url(cli, tmp_path: Path) -> None:
    path = tmp_path / "by-url.sqlite3"
    assert cli("--db", f"sqlite:///{path}", "db", "init").code == 0
    assert _sql(path, "SELECT count(*) FROM localities") == [(81,)]


def test_the_environment_variable_chooses_the_database(
    cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "from-env.sqlite3"
    monkeypatch.setenv("BRIEFING_DB_URL", str(path))
    assert cli("db", "init").code == 0
    assert path.is_file()
    other = tmp_path / "from-option.sqlite3"
    assert cli("--db", other, "db", "init").code == 0  # --db wins over the variable
    assert other.is_file()


def test_the_default_database_lives_in_the_user_data_folder(cli, isolated_user_dirs: Path) -> None:
    result = cli("db", "init")
    assert result.code == 0, result.err
    expected = isolated_user_dirs / "xdg_data_home" / "briefing-desk" / "briefing.sqlite3"
    assert expected.is_file()
    assert str(expected) in result.out
    assert _mode(expected) == 0o600


def test_upgrade_at_head(cli, seeded_db: OpenedDatabase) -> None:
    result = cli("--db", seeded_db.path, "db", "upgrade")
    assert (result.code, result.out.strip()) == (0, "already at the current schema")


def test_upgrade_of_a_missing_file_does_not_create_it(cli, tmp_path: Path) -> None:
    path = tmp_path / "missing.sqlite3"
    cli("--db", path, "db", "upgrade").assert_user_error("no database at")
    assert not path.exists()


def test_check_ok(cli, seeded_db: OpenedDatabase) -> None:
    result = cli("--db", seeded_db.path, "db", "check")
    assert result.code == 0, result.err
    assert result.out.startswith("ok: ")
    assert "integrity ok" in result.out
    assert "7 follow-up actions" in result.out


def test_check_a_damaged_file(cli, make_db) -> None:
    db = make_db("damaged.sqlite3")
    db.engine.dispose()
    _damage(db.path)
    cli("--db", db.path, "db", "check").assert_user_error(str(db.path))


def test_check_a_missing_file(cli, tmp_path: Path) -> None:
    path = tmp_path / "nothing-here.sqlite3"
    cli("--db", path, "db", "check").assert_user_error("no database at")
    assert not path.exists()


def test_backup_and_restore(cli, seeded_db: OpenedDatabase, tmp_path: Path) -> None:
    db = seeded_db.path
    dest = tmp_path / "backups" / "before-edit.sqlite3"
    result = cli("--db", db, "db", "backup", dest)
    assert result.code == 0, result.err
    assert str(dest) in result.out
    assert _mode(dest) == 0o600
    assert _sql(dest, "PRAGMA integrity_check") == [("ok",)]

    edited = cli("--db", db, "action", "update", "1", "--status", "blocked")
    assert edited.code == 0, edited.err

    restored = cli("--db", db, "db", "restore", dest)
    assert restored.code == 0, restored.err
    assert "restored from" in restored.out
    assert _sql(db, "SELECT status, version FROM follow_up_actions WHERE id = 1") == [
        ("proposed", 1)
    ]
    assert _mode(db) == 0o600
    kept = [p for p in tmp_path.iterdir() if "before-restore" in p.name]
    assert len(kept) == 1 and _mode(kept[0]) == 0o600
    assert _sql(kept[0], "SELECT status FROM follow_up_actions WHERE id = 1") == [("blocked",)]


def test_backup_refuses_an_existing_destination(
    cli, seeded_db: OpenedDatabase, tmp_path: Path
) -> None:
    dest = tmp_path / "taken.sqlite3"
    dest.write_text("someone's file")
    cli("--db", seeded_db.path, "db", "backup", dest).assert_user_error("already exists")
    assert dest.read_text() == "someone's file"


def test_restore_refuses_a_text_file(cli, seeded_db: OpenedDatabase, tmp_path: Path) -> None:
    source = tmp_path / "notes.txt"
    source.write_text("not a backup\n" * 50)
    cli("--db", seeded_db.path, "db", "restore", source).assert_user_error("notes.txt")
    assert _sql(seeded_db.path, "SELECT count(*) FROM localities") == [(81,)]


def test_a_file_that_is_not_a_database(cli, tmp_path: Path) -> None:
    path = tmp_path / "letter.sqlite3"
    path.write_text("Dear colleagues,\n" * 100)
    cli("--db", path, "list", "localities").assert_user_error("not a database")
    assert path.read_text() == "Dear colleagues,\n" * 100


def test_a_newer_schema(cli, seeded_db: OpenedDatabase) -> None:
    seeded_db.engine.dispose()
    with closing(sqlite3.connect(seeded_db.path)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
        connection.commit()
    cli("--db", seeded_db.path, "list", "meetings").assert_user_error("newer")


def test_a_folder_is_not_a_database(cli, tmp_path: Path) -> None:
    cli("--db", tmp_path, "db", "init").assert_user_error("is a folder")


def test_an_unwritable_location(cli, tmp_path: Path) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    cli("--db", blocker / "db.sqlite3", "db", "init").assert_user_error("cannot create")


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--version"])
    assert caught.value.code == 0
    assert capsys.readouterr().out.strip() == f"briefing-app {__version__}"
    assert __version__ == "0.1.0"


@pytest.mark.parametrize(
    "argv",
    [["db"], ["db", "explode"], ["list", "planets"], ["show", "meeting"], ["--no-such-option"]],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(argv)
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert "usage: briefing-app" in err
    assert "Traceback" not in err


def test_reindex_rebuilds_the_search_index(cli, seeded_db: OpenedDatabase) -> None:
    assert seeded_db.path is not None
    path = seeded_db.path
    seeded_db.engine.dispose()
    with closing(sqlite3.connect(path)) as connection, connection:
        expected = connection.execute("SELECT count(*) FROM search_index").fetchone()[0]
        connection.execute("DELETE FROM search_index")
    result = cli("--db", path, "db", "reindex")
    assert result.code == 0, result.err
    assert result.out.strip() == f"search index rebuilt: {expected} records"
    assert _sql(path, "SELECT count(*) FROM search_index") == [(expected,)]
    engine = make_engine(f"sqlite:///{path}")
    assert_gram_index_exact(engine)
    engine.dispose()
    found = cli("--db", path, "list", "localities", "--search", "thanh hoa", "--json").json()
    assert [row["name"] for row in found] == ["Thanh Hóa"]
