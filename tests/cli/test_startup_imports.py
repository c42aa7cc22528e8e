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
from briefing_app.launch import main
raise SystemExit(main())
"""


#: The desktop app's modules at a moment app.run reports ("first paint", "overview shown").
_AT_MOMENT = """
import json, sys
out, argv = sys.argv[1], sys.argv[2:]
sys.argv = ["briefing-app", *argv]
import briefing_app.app as app
report = app._report_cpu
def listing(moment):
    if moment == %r:
        open(out, "w").write(json.dumps(sorted(sys.modules)))
    report(moment)
app._report_cpu = listing
from briefing_app.launch import main
raise SystemExit(main())
"""
_AT_FIRST_PAINT = _AT_MOMENT % "first paint"
_AT_OVERVIEW = _AT_MOMENT % "overview shown"

#: What the first window waits for no more (issue 16): the database, the records' models, the
#: services and the pages come after its first paint.
AFTER_FIRST_PAINT = {
    "briefing_app.cli",  # the commands: a start without one goes by briefing_app.launch
    "sqlalchemy",
    "briefing_app.domain.models",
    "briefing_app.services.dto",
    "briefing_app.services.listing",
    "briefing_app.store",
    "briefing_app.ui.main_window",
    "briefing_app.ui.workspace",
    "briefing_app.ui.prompts",
}


#: What a start showing the overview the file remembers has not loaded when it shows it.
BEFORE_THE_REMEMBERED_OVERVIEW = {
    "briefing_app.cli",
    "sqlalchemy",
    "briefing_app.domain.models",
    "briefing_app.services.overview",
    "briefing_app.services.listing",
    "briefing_app.ui.main_window",
    "briefing_app.ui.workspace",
    "briefing_app.ui.prompts",
}


def imported(tmp_path: Path, *argv: str, **environ: str) -> set[str]:
    """The top-level packages a `briefing-app ARGV` process had imported when it ended."""
    return {name.partition(".")[0] for name in modules(tmp_path, _LIST_MODULES, *argv, **environ)}


def modules(tmp_path: Path, script: str, *argv: str, **environ: str) -> set[str]:
    """The modules `script` wrote as a `briefing-app ARGV` process had them."""
    out = tmp_path / "modules.json"
    done = subprocess.run(
        [sys.executable, "-c", script, str(out), *argv],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, **environ},
    )
    assert done.returncode == 0, done.stderr
    return set(json.loads(out.read_text()))


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


def test_the_first_window_paints_before_the_database_and_the_pages_load(
    tmp_path: Path, at_head: Path
) -> None:
    loaded = modules(
        tmp_path, _AT_FIRST_PAINT, "--db", str(at_head), BRIEFING_QUIT_AFTER_START="overview"
    )
    assert "briefing_app.ui.start_window" in loaded
    assert {m for m in loaded if m in AFTER_FIRST_PAINT or m.partition(".")[0] in HEAVY} == set()


def test_an_export_still_loads_what_it_needs(tmp_path: Path, at_head: Path) -> None:
    target = tmp_path / "actions.xlsx"
    modules = imported(tmp_path, "--db", str(at_head), "export", "actions", "-o", str(target))
    assert "openpyxl" in modules and target.stat().st_size > 0


def test_a_remembered_overview_shows_before_the_database_code_loads(
    tmp_path: Path, at_head: Path
) -> None:
    start = ("--db", str(at_head))
    first = modules(tmp_path, _AT_OVERVIEW, *start, BRIEFING_QUIT_AFTER_START="overview")
    assert "sqlalchemy" in first  # read through the services, and kept in the file

    again = modules(tmp_path, _AT_OVERVIEW, *start, BRIEFING_QUIT_AFTER_START="overview")

    assert "briefing_app.ui.views.overview_page" in again
    assert {m for m in again if m in BEFORE_THE_REMEMBERED_OVERVIEW} == set()
