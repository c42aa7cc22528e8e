"""The head a start compares the database with is read from the revision files without Alembic
(issue 16); it must be the head Alembic finds."""

from pathlib import Path

import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory

from briefing_app.resources import data_dir
from briefing_app.store import migrations
from briefing_app.store.schema_head import head_revision


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
    monkeypatch.setattr(migrations, "data_dir", lambda _kind: tmp_path)
    with pytest.raises(AssertionError, match="2 heads"):
        head_revision()
    (versions / "c.py").unlink()
    assert head_revision() == "b"
