"""A start's look into a database file (store/peek.py): read-only, and on read-only storage
immutable too (a WAL database there has no -shm file and SQLite cannot make one)."""

import sqlite3
from pathlib import Path

import pytest

from briefing_app.store import peek
from briefing_app.store.database import OpenedDatabase


@pytest.mark.sqlite_only
def test_a_look_changes_nothing_and_creates_nothing(
    seeded_db: OpenedDatabase, tmp_path: Path
) -> None:
    seeded_db.engine.dispose()
    assert seeded_db.path is not None
    connection = peek.look_into(seeded_db.path)
    assert connection is not None
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        connection.execute("DELETE FROM localities")
    connection.close()
    assert peek.look_into(tmp_path / "missing.sqlite3") is None
    assert not (tmp_path / "missing.sqlite3").exists()


def test_on_read_only_storage_the_look_is_immutable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "shared folder" / "briefing #1.sqlite3"
    path.parent.mkdir()
    path.touch()
    assert peek.read_only_uri(path).endswith("?mode=ro")
    monkeypatch.setattr(peek, "on_read_only_storage", lambda _path: True)
    uri = peek.read_only_uri(path)
    assert uri.endswith("?mode=ro&immutable=1")
    assert "%20" in uri and "%23" in uri  # a space and a '#' in the path stay part of it
