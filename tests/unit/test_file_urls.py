"""A database file's path as a URL (config.to_url) names that very file, whatever its name
holds: SQLAlchemy opens it, and a start looks into it for the overview it remembers
(config.database_file), the same file."""

from pathlib import Path

import pytest

from briefing_app.config import database_file, to_url
from briefing_app.store.database import open_database
from briefing_app.store.engine import sqlite_path


@pytest.mark.parametrize("name", ["a%41b.sqlite3", "100%.sqlite3", "why?.sqlite3", "a #1+.sqlite3"])
def test_a_file_url_names_the_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    url = to_url(str(path))

    assert sqlite_path(url) == path
    assert database_file(url) == path
    opened = open_database(url)
    opened.engine.dispose()
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".sqlite3"] == [name]


def test_a_server_or_a_url_with_options_has_no_file() -> None:
    assert database_file("postgresql+psycopg://u@h/db") is None
    assert database_file("sqlite:////tmp/a.sqlite3?mode=ro") is None
    assert database_file("sqlite:///relative.sqlite3") is None
