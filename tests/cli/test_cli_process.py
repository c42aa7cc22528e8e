"""The installed `briefing-app` command as a real process: exit codes and a clean stderr."""

import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from briefing_app.store.database import OpenedDatabase


def _executable() -> str:
    beside_python = Path(sys.executable).parent / "briefing-app"
    if beside_python.is_file():
        return str(beside_python)
    found = shutil.which("briefing-app")
    assert found, "the briefing-app console script is not installed"
    return found


def run(*argv: object) -> subprocess.CompletedProcess[str]:
    # The environment (isolated user folders from tests/conftest.py) is inherited.
    return subprocess.run(
        [_executable(), *map(str, argv)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )


def assert_clean_user_error(done: subprocess.CompletedProcess[str], fragment: str) -> None:
    assert done.returncode == 1, done
    assert "Traceback" not in done.stderr
    assert len(done.stderr.splitlines()) == 1, done.stderr
    assert done.stderr.startswith("briefing-app: error: ")
    assert fragment in done.stderr
    assert done.stdout == ""


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "minutes.sqlite3"
    path.write_text("Minutes of the Thanh Hóa – Yamanashi meeting\n" * 50, encoding="utf-8")
    assert_clean_user_error(run("--db", path, "list", "actions"), "not a database")


def test_a_newer_schema(seeded_db: OpenedDatabase) -> None:
    assert seeded_db.path is not None
    seeded_db.engine.dispose()
    with closing(sqlite3.connect(seeded_db.path)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
        connection.commit()
    assert_clean_user_error(run("--db", seeded_db.path, "list", "localities"), "newer")


def test_an_unwritable_location(tmp_path: Path) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    done = run("--db", blocker / "db.sqlite3", "db", "init")
    assert_clean_user_error(done, "db.sqlite3")
    assert blocker.read_text() == "x"


@pytest.mark.parametrize("argv", [["list", "planets"], ["--no-such-option"]])
def test_usage_errors_exit_2(argv: list[str], tmp_path: Path) -> None:
    done = run("--db", tmp_path / "unused.sqlite3", *argv)
    assert done.returncode == 2, done
    assert "usage: briefing-app" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "unused.sqlite3").exists()


def test_json_output_is_utf8(seeded_db: OpenedDatabase) -> None:
    done = run("--db", seeded_db.path, "list", "localities", "--search", "山梨", "--json")
    assert done.returncode == 0, done.stderr
    assert '"name_native": "山梨県"' in done.stdout


CRASH = """
import sys
from briefing_app import cli
from briefing_app.services import queries

def broken(*args, **kwargs):
    raise RuntimeError("simulated bug in a query")

queries.list_localities = broken
sys.exit(cli.main(sys.argv[1:]))
"""


def test_an_unexpected_error_is_logged_not_shown(
    seeded_db: OpenedDatabase, isolated_user_dirs: Path
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", CRASH, "--db", str(seeded_db.path), "list", "localities"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )
    assert_clean_user_error(done, "unexpected problem")
    logs = list(isolated_user_dirs.rglob("briefing-desk.log"))
    assert len(logs) == 1
    assert str(logs[0]) in done.stderr
    logged = logs[0].read_text(encoding="utf-8")
    assert "Traceback" in logged and "simulated bug in a query" in logged
