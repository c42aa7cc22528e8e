"""Issue 18: fuzzing the command line and the importers (Hypothesis), in-process.

Whatever the arguments or the file, the command either succeeds (exactly the expected rows
changed) or refuses: exit 1 with one printable line on stderr (2 for a usage error), the
database unchanged, and never a crash-log entry. The files are structure-aware mutations of a
real export: one field of a valid row replaced by something hostile, the file cut short, a value
nested deep, a type swapped."""

import csv
import io
import json
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from briefing_app.cli import main
from briefing_app.cli_input import printable
from briefing_app.services.exchange.columns import COLUMNS
from conftest import Result

FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

hostile_text = st.sampled_from(
    [
        "",
        " ",
        "\x1b[31mred",
        "line\nbreak",
        "nul\x00byte",
        "\u2028",
        "\u202egnp",
        "=1+1",
        "9" * 30,
        "1" * 5000,
        "-1",
        "0",
        "1.5",
        "x" * 40_000,
        "Thanh Hóa",
        "山梨",
        "{unbalanced",
        "{0}",
    ]
) | st.text(max_size=60)
hostile_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | hostile_text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(hostile_text, inner, max_size=3),
    max_leaves=8,
)


def _run(capsys: pytest.CaptureFixture[str], *argv: object) -> Result:
    capsys.readouterr()
    try:
        code = main([str(a) for a in argv])
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    captured = capsys.readouterr()
    return Result(code, captured.out, captured.err)


def _fresh(template: Path, folder: Path) -> Path:
    path = folder / "fuzz.sqlite3"
    for leftover in folder.glob("fuzz.sqlite3*"):
        leftover.unlink()
    shutil.copyfile(template, path)
    path.chmod(0o600)
    return path


def _state(path: Path) -> tuple[object, ...]:
    """Every action, history row and area link, read without changing the file."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        return tuple(
            tuple(connection.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall())
            for table in ("follow_up_actions", "action_changes", "action_areas")
        )


def _assert_clean(done: Result, home: Path) -> None:
    assert "Traceback" not in done.err
    assert not list(home.rglob("*.log")), "a crash-log entry for user input"
    if done.code == 1:
        lines = done.err.splitlines()
        assert len(lines) == 1, done.err
        assert lines[0].startswith("briefing-app: error: ")
        assert printable(lines[0]) == lines[0], lines[0]  # nothing left to escape
    elif done.code == 2:
        last = done.err.splitlines()[-1]
        assert "error:" in last and printable(last) == last, done.err
    else:
        assert done.code == 0, done


def _checked_import(capsys: pytest.CaptureFixture[str], home: Path, db: Path, source: Path) -> None:
    before = _state(db)
    done = _run(capsys, "--db", db, "import", "actions", source, "--by", "fuzz")
    _assert_clean(done, home)
    after = _state(db)
    if done.code != 0:
        assert after == before, "a refused import changed the database"
        return
    summary = done.out.splitlines()[-1]
    new = int(summary.split(": imported: ")[1].split(" new")[0])
    assert len(after[0]) == len(before[0]) + new
    if "0 new, 0 updated" in summary:
        assert after == before


@pytest.fixture
def exported(
    seeded_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> dict[str, Path]:
    """A real export of the seeded data in each importable format."""
    db = _fresh(seeded_template, tmp_path)
    files = {}
    for fmt in ("csv", "json", "xlsx"):
        out = tmp_path / f"export.{fmt}"
        assert _run(capsys, "--db", db, "export", "actions", "-o", out).code == 0
        files[fmt] = out
    return files


# ---------------------------------------------------------------- the importers


@FUZZ
@given(
    row=st.integers(0, 6),
    column=st.sampled_from(COLUMNS),
    value=hostile_text,
    cut=st.none() | st.floats(0.05, 0.99),
)
def test_a_mutated_csv_export_imports_exactly_or_is_refused_cleanly(
    seeded_template: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    isolated_user_dirs: Path,
    exported: dict[str, Path],
    row: int,
    column: str,
    value: str,
    cut: float | None,
) -> None:
    db = _fresh(seeded_template, tmp_path)
    records = list(csv.DictReader(io.StringIO(exported["csv"].read_text(encoding="utf-8-sig"))))
    records[row][column] = value
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(records[0]))
    writer.writeheader()
    writer.writerows(records)
    data = buffer.getvalue().encode("utf-8")
    if cut is not None:
        data = data[: int(len(data) * cut)]
    source = tmp_path / "mutated.csv"
    source.write_bytes(data)
    _checked_import(capsys, isolated_user_dirs, db, source)


@FUZZ
@given(
    row=st.integers(0, 6),
    key=st.sampled_from([c for c in COLUMNS if c != "meeting"] + ["history", "surprise"]),
    value=hostile_json,
    depth=st.sampled_from([0, 0, 0, 10, 40, 3000]),
    cut=st.none() | st.floats(0.05, 0.99),
)
def test_a_mutated_json_export_imports_exactly_or_is_refused_cleanly(
    seeded_template: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    isolated_user_dirs: Path,
    exported: dict[str, Path],
    row: int,
    key: str,
    value: Any,
    depth: int,
    cut: float | None,
) -> None:
    db = _fresh(seeded_template, tmp_path)
    document = json.loads(exported["json"].read_text(encoding="utf-8"))
    document["actions"][row][key] = "@@value@@"
    nested = "[" * depth + json.dumps(value) + "]" * depth  # json.dumps itself recurses
    text = json.dumps(document, ensure_ascii=False).replace('"@@value@@"', nested)
    data = text.encode("utf-8", "surrogatepass")
    if cut is not None:
        data = data[: int(len(data) * cut)]
    source = tmp_path / "mutated.json"
    source.write_bytes(data)
    _checked_import(capsys, isolated_user_dirs, db, source)


xlsx_value = (
    hostile_text.filter(lambda t: t.isprintable())
    | st.integers(-(2**62), 2**62)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.booleans()
    | st.dates()
)


@settings(FUZZ, max_examples=20)
@given(row=st.integers(0, 6), column=st.integers(0, len(COLUMNS) + 2), value=xlsx_value)
def test_a_mutated_xlsx_export_imports_exactly_or_is_refused_cleanly(
    seeded_template: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    isolated_user_dirs: Path,
    exported: dict[str, Path],
    row: int,
    column: int,
    value: object,
) -> None:
    db = _fresh(seeded_template, tmp_path)
    values = [
        list(r) for r in load_workbook(exported["xlsx"])["Actions"].iter_rows(values_only=True)
    ]
    target = values[row + 1]
    target.extend([None] * (column + 1 - len(target)))
    target[column] = value
    book = Workbook()
    out = book.active
    out.title = "Actions"
    for record in values:
        out.append(record)
    source = tmp_path / "mutated.xlsx"
    book.save(source)
    _checked_import(capsys, isolated_user_dirs, db, source)


# ---------------------------------------------------------------- the arguments

token = hostile_text | st.integers().map(str) | st.sampled_from(["--json", "-o", "--db", "x.pdf"])
reading_commands = st.sampled_from(
    [
        ["list", "actions", "--search"],
        ["list", "meetings", "--search"],
        ["list", "actions", "--status"],
        ["show", "action"],
        ["show", "meeting"],
        ["show", "delegation"],
        ["export", "actions", "-o"],
        ["db", "backup"],
        ["db", "restore"],
        ["import", "actions"],
        ["action", "update", "1", "--owner"],
        ["action", "update", "1", "--due"],
        ["action", "update"],
    ]
)


@FUZZ
@given(command=reading_commands, arguments=st.lists(token, min_size=1, max_size=3))
def test_any_arguments_give_a_result_or_one_clean_line(
    seeded_template: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    isolated_user_dirs: Path,
    command: list[str],
    arguments: list[str],
) -> None:
    # a generated "--db -631" opens (creates) a database by a relative name: never in the
    # checkout
    monkeypatch.chdir(tmp_path)
    db = _fresh(seeded_template, tmp_path)
    arguments = [a.replace("\x00", "") for a in arguments]  # argv cannot hold NUL
    if command[0] in ("export", "db", "import"):  # keep generated files in this test's folder
        arguments = [
            str(tmp_path / "out" / a) if a and not a.startswith("-") else a for a in arguments
        ]
    before = _state(db)
    done = _run(capsys, "--db", db, *command, *arguments)
    _assert_clean(done, isolated_user_dirs)
    if command[0] != "action" or done.code != 0:
        assert _state(db) == before


# ---------------------------------------------------------------- create and edit from JSON


def _everything(path: Path) -> tuple[object, ...]:
    """Every row of every table, read without changing the file."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search%'"
                " ORDER BY name"
            )
        ]
        return tuple(
            tuple(connection.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall())
            for t in tables
        )


@FUZZ
@given(
    kind=st.sampled_from(["event", "meeting", "person", "locality", "action"]),
    verb=st.sampled_from(["edit", "create"]),
    key=st.sampled_from(["name", "title", "full_name", "id", "version", "citations", "surprise"]),
    value=hostile_json,
    depth=st.sampled_from([0, 0, 40, 3000]),
)
def test_record_json_with_one_hostile_field_is_saved_or_refused_cleanly(
    seeded_template: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    isolated_user_dirs: Path,
    kind: str,
    verb: str,
    key: str,
    value: Any,
    depth: int,
) -> None:
    db = _fresh(seeded_template, tmp_path)
    shown = _run(capsys, "--db", db, "show", kind, 1, "--json")
    assert shown.code == 0, shown
    record = shown.json()
    record[key] = "@@value@@"
    nested = "[" * depth + json.dumps(value) + "]" * depth
    source = tmp_path / "record.json"
    text = json.dumps(record, ensure_ascii=False).replace('"@@value@@"', nested)
    source.write_bytes(text.encode("utf-8", "surrogatepass"))
    before = _everything(db)
    target = [kind, "1"] if verb == "edit" else [kind]
    done = _run(capsys, "--db", db, verb, *target, "--json", source, "--by", "fuzz")
    _assert_clean(done, isolated_user_dirs)
    if done.code != 0:
        assert _everything(db) == before, "a refused save changed the database"
