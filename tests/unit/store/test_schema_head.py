"""The head a start compares the database with is read from the revision files without Alembic
(issue 16); it must be the head Alembic finds."""

import sqlite3
from pathlib import Path

import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory

from briefing_app.resources import data_dir
from briefing_app.store import schema_head
from briefing_app.store.database import OpenedDatabase
from briefing_app.store.schema_head import below_head, head_revision


def test_the_head_read_from_the_files_is_alembics() -> None:
    config = Config()
    config.set_main_option("script_location", str(data_dir("migrations")))
    assert head_revision() == ScriptDirectory.from_config(config).get_current_head()


def test_a_fork_in_the_revisions_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    versions = tmp_path / "versions"
    versions.mkdir()
    for name, parent in (("a", None), ("b", "a"), ("c", "a")):
        (versions / f"{name}.py").write_text(
            f'"""Revision ID: {name}"""\n\n'
            f'revision: str = "{name}"\ndown_revision: str | None = {parent!r}\n'
        )
    monkeypatch.setattr(schema_head, "data_dir", lambda _kind: tmp_path)
    with pytest.raises(AssertionError, match="2 heads"):
        head_revision()
    (versions / "c.py").unlink()
    assert head_revision() == "b"


@pytest.mark.sqlite_only
def test_a_file_below_head_is_told_apart(seeded_db: OpenedDatabase, tmp_path: Path) -> None:
    """A start says it is upgrading (a while on a large file) only for a file it will upgrade."""
    seeded_db.engine.dispose()
    path = seeded_db.path
    assert path is not None
    assert not below_head(path)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0011'")
    assert below_head(path)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")  # a newer app's
    assert not below_head(path)
    not_ours = tmp_path / "notes.sqlite3"
    not_ours.write_text("hello")
    assert not below_head(not_ours)
    assert not below_head(tmp_path / "missing.sqlite3")
    assert not (tmp_path / "missing.sqlite3").exists()
