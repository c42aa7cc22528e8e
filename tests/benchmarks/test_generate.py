"""benchmarks/generate.py: the same seed and scale write the same database, every table."""

import importlib.util
import sqlite3
from contextlib import closing
from pathlib import Path
from types import ModuleType

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("generate", BENCHMARKS / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _content(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with closing(sqlite3.connect(path)) as connection:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {  # sorted: some of the search index's tables have no rowid
            t: sorted(connection.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)
            for t in tables
        }


def test_the_same_seed_writes_the_same_database(tmp_path: Path) -> None:
    generate = _generator().generate
    written = generate(tmp_path / "one.sqlite3", scale=0.002, seed=5)
    assert generate(tmp_path / "two.sqlite3", scale=0.002, seed=5) == written
    assert written["follow_up_actions"] == 400 and written["meetings"] == 40
    assert written["people"] == 100 and written["action_changes"] > 400  # created and more
    assert written["comments"] > 200
    one, two = _content(tmp_path / "one.sqlite3"), _content(tmp_path / "two.sqlite3")
    assert one.keys() == two.keys()
    for table in one:
        assert one[table] == two[table], table
    generate(tmp_path / "other.sqlite3", scale=0.002, seed=6)
    other = _content(tmp_path / "other.sqlite3")
    assert other["follow_up_actions"] != one["follow_up_actions"]


def test_what_it_writes_is_searchable_and_consistent(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    _generator().generate(path, scale=0.002)
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        actions = connection.execute("SELECT count(*) FROM follow_up_actions").fetchone()[0]
        indexed = connection.execute(
            "SELECT count(*) FROM search_index WHERE rowid / 1099511627776 = 6"
        ).fetchone()[0]
        assert indexed == actions
        japanese = connection.execute(
            "SELECT count(*) FROM people WHERE name_native IS NOT NULL"
        ).fetchone()[0]
        assert 0 < japanese < 100
