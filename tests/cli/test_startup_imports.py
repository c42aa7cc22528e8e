"""What a start imports (issue 16): heavy modules load with the commands that need them, not
with every start. Each start runs in its own process, which lists `sys.modules` as it exits."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefing_app.store.database import OpenedDatabase

#: Migrations, spreadsheets, calendars and PDFs: only `db` commands (or a schema below head),
#: exports, imports and briefs load these.
HEAVY = {"alembic", "openpyxl", "reportlab", "icalendar", "defusedxml"}

_LIST_MODULES = """
import atexit, json, sys
out, argv = sys.argv[1], sys.argv[2:]
atexit.register(lambda: open(out, "w").write(json.dumps(sorted(sys.modules))))
sys.argv = ["briefing-app", *argv]
from briefing_app.cli import main
raise SystemExit(main())
"""


def imported(tmp_path: Path, *argv: str, **environ: str) -> set[str]:
    """The top-level packages a `briefing-app ARGV` process had imported when it ended."""
    out = tmp_path / "modules.json"
    done = subprocess.run(
        [sys.executable, "-c", _LIST_MODULES, str(out), *argv],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, **environ},
    )
    assert done.returncode == 0, done.stderr
    return {name.partition(".")[0] for name in json.loads(out.read_text())}


@pytest.fixture
def at_head(seeded_db: OpenedDatabase) -> Path:
    """A seeded file at the schema's head, closed."""
    seeded_db.engine.dispose()
    assert seeded_db.path is not None
    return seeded_db.path


def test_version_imports_no_database_and_no_qt(tmp_path: Path) -> None:
    modules = imported(tmp_path, "--version")
    assert modules & (HEAVY | {"sqlalchemy", "PySide6"}) == set()


def test_a_list_imports_no_migrations_and_no_exports(tmp_path: Path, at_head: Path) -> None:
    modules = imported(tmp_path, "--db", str(at_head), "list", "meetings", "--json")
    assert "sqlalchemy" in modules  # the process did read the database
    assert modules & HEAVY == set()


def test_the_desktop_app_up_to_the_overview(tmp_path: Path, at_head: Path) -> None:
    modules = imported(tmp_path, "--db", str(at_head), BRIEFING_QUIT_AFTER_START="overview")
    assert "PySide6" in modules
    assert modules & HEAVY == set()


def test_an_export_still_loads_what_it_needs(tmp_path: Path, at_head: Path) -> None:
    target = tmp_path / "actions.xlsx"
    modules = imported(tmp_path, "--db", str(at_head), "export", "actions", "-o", str(target))
    assert "openpyxl" in modules and target.stat().st_size > 0
