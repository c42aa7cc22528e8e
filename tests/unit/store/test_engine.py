"""The SQLite engine: pragmas on every connection, private files, clear refusals."""

import sqlite3
import stat
from pathlib import Path

import pytest
import sqlalchemy as sa

from briefing_app.domain.errors import UnusableDatabaseError
from briefing_app.store.engine import BUSY_TIMEOUT_MS, make_engine, sqlite_path, writer
from briefing_app.store.unit_of_work import writing


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _pragmas(connection: sa.Connection) -> dict[str, object]:
    return {
        name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
        for name in ("foreign_keys", "journal_mode", "synchronous", "busy_timeout")
    }


EXPECTED = {
    "foreign_keys": 1,
    "journal_mode": "wal",
    "synchronous": 2,
    "busy_timeout": BUSY_TIMEOUT_MS,
}


def test_pragmas_are_set_on_every_connection(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'p.sqlite3'}")
    try:
        # Several connections open at once are several DBAPI connections, each configured.
        with engine.connect() as a, engine.connect() as b, engine.connect() as c:
            raw = {id(x.connection.driver_connection) for x in (a, b, c)}
            assert len(raw) == 3
            for connection in (a, b, c):
                assert _pragmas(connection) == EXPECTED
        engine.dispose()
        with engine.connect() as fresh:
            assert _pragmas(fresh) == EXPECTED
        with writer(engine).connect() as w:
            assert _pragmas(w) == EXPECTED
    finally:
        engine.dispose()
    assert BUSY_TIMEOUT_MS >= 1000


def test_busy_timeout_is_positive_and_foreign_keys_bite(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'fk.sqlite3'}")
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql("CREATE TABLE parent (id INTEGER PRIMARY KEY)")
            connection.exec_driver_sql(
                "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id REFERENCES parent(id))"
            )
        with engine.begin() as connection, pytest.raises(sa.exc.IntegrityError, match="FOREIGN"):
            connection.exec_driver_sql("INSERT INTO child (parent_id) VALUES (42)")
    finally:
        engine.dispose()


def test_a_new_database_file_is_private(tmp_path: Path) -> None:
    path = tmp_path / "new" / "nested" / "db.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    try:
        assert path.is_file()
        assert _mode(path) == 0o600
        assert _mode(path.parent) == 0o700
        with engine.begin() as connection:
            connection.exec_driver_sql("CREATE TABLE t (x)")
            connection.exec_driver_sql("INSERT INTO t VALUES (1)")
            wal = path.with_name(path.name + "-wal")
            assert wal.exists()
            assert _mode(wal) == 0o600
        assert _mode(path) == 0o600
    finally:
        engine.dispose()


def test_an_existing_file_is_opened_not_recreated(tmp_path: Path) -> None:
    path = tmp_path / "existing.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE kept (x)")
    connection.close()
    engine = make_engine(f"sqlite:///{path}")
    try:
        assert "kept" in sa.inspect(engine).get_table_names()
    finally:
        engine.dispose()


@pytest.mark.parametrize("below", ["db.sqlite3", "sub/db.sqlite3"])
def test_unwritable_location_is_a_clear_user_error(tmp_path: Path, below: str) -> None:
    # A path below a regular file fails for root too (chmod would not stop root).
    blocker = tmp_path / "file.txt"
    blocker.write_text("not a folder")
    target = blocker / below
    with pytest.raises(UnusableDatabaseError) as caught:
        make_engine(f"sqlite:///{target}")
    message = str(caught.value)
    assert "cannot create the database" in message
    assert str(target) in message
    assert "\n" not in message
    assert blocker.read_text() == "not a folder"


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    folder = tmp_path / "a-folder"
    folder.mkdir()
    with pytest.raises(UnusableDatabaseError, match="is a folder, not a database file"):
        make_engine(f"sqlite:///{folder}")


def test_create_false_does_not_create(tmp_path: Path) -> None:
    path = tmp_path / "missing.sqlite3"
    with pytest.raises(UnusableDatabaseError, match="no database at"):
        make_engine(f"sqlite:///{path}", create=False)
    assert not path.exists()


def test_a_url_of_an_unknown_kind_is_refused() -> None:
    with pytest.raises(UnusableDatabaseError, match="not a database URL"):
        make_engine("nosuchdialect://somewhere/db")


def test_sqlite_path() -> None:
    assert sqlite_path("sqlite:////tmp/x/db.sqlite3") == Path("/tmp/x/db.sqlite3")
    assert sqlite_path("sqlite://") is None
    assert sqlite_path("sqlite:///:memory:") is None
    assert sqlite_path("postgresql://u@h/db") is None


def test_ddl_is_transactional(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'ddl.sqlite3'}")
    try:
        with pytest.raises(RuntimeError), writing(engine) as session:
            session.execute(sa.text("CREATE TABLE half_done (x)"))
            session.execute(sa.text("INSERT INTO half_done VALUES (1)"))
            raise RuntimeError("abandon the unit of work")
        assert "half_done" not in sa.inspect(engine).get_table_names()
    finally:
        engine.dispose()


def test_writer_takes_the_write_lock_when_it_begins(tmp_path: Path) -> None:
    path = tmp_path / "lock.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql("CREATE TABLE t (x)")
        other = sqlite3.connect(path, timeout=0, isolation_level=None)
        try:
            # Nothing written yet, but the lock is already ours (BEGIN IMMEDIATE).
            with (
                writer(engine).begin(),
                pytest.raises(sqlite3.OperationalError, match="locked"),
            ):
                other.execute("BEGIN IMMEDIATE")
            with engine.begin():
                # A plain (deferred) transaction does not take the lock.
                other.execute("BEGIN IMMEDIATE")
                other.execute("ROLLBACK")
        finally:
            other.close()
    finally:
        engine.dispose()
