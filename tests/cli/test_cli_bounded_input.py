"""Issue 18: inputs that used to lose data silently are refused with one line, nothing changed."""

import errno
import hashlib
import re
import shutil
import sqlite3
import stat
import subprocess
import time
import tracemalloc
import warnings
import zipfile
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pytest
import sqlalchemy as sa

from briefing_app.domain.ids import LARGEST_ID
from briefing_app.store.database import OpenedDatabase
from conftest import Result


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_csv_with_an_unterminated_quote_is_refused_naming_the_line(
    cli, seeded_db: OpenedDatabase, tmp_path: Path
) -> None:
    assert seeded_db.path is not None
    seeded_db.engine.dispose()
    before = _digest(seeded_db.path)
    path = tmp_path / "broken.csv"
    path.write_text('id,version,notes\n5,1,"unterminated note\n6,1,second row note\n')
    done = cli("--db", seeded_db.path, "import", "actions", path)
    assert done.code == 1, done
    assert len(done.error_lines) == 1 and "nothing was changed" in done.err
    assert "line 2" in done.out and "quote" in done.out
    assert _digest(seeded_db.path) == before
    shown = cli("--db", seeded_db.path, "show", "action", 5, "--json").json()
    assert shown["version"] == 1


def test_a_csv_row_with_too_few_values_is_refused(
    cli, seeded_db: OpenedDatabase, tmp_path: Path
) -> None:
    path = tmp_path / "short.csv"
    path.write_text('id,version,notes\n5,1,"a note"\n6,1\n')
    done = cli("--db", seeded_db.path, "import", "actions", path)
    assert done.code == 1, done
    assert "row 3" in done.out and "2 values but the header has 3 columns" in done.out
    assert cli("--db", seeded_db.path, "show", "action", 5, "--json").json()["version"] == 1


@pytest.mark.parametrize("column", ["comment", "notes"])  # `notes`: an older export
def test_a_quoted_multi_line_comment_still_imports(
    cli, seeded_db: OpenedDatabase, tmp_path: Path, column: str
) -> None:
    path = tmp_path / "multi.csv"
    path.write_text(f'id,version,{column}\n5,1,"first line\nsecond line"\n6,1,other\n')
    done = cli("--db", seeded_db.path, "import", "actions", path, "--by", "tester")
    assert done.code == 0, done
    for action_id, text in ((5, "first line\nsecond line"), (6, "other")):
        thread = cli("--db", seeded_db.path, "comments", "action", action_id, "--json").json()
        assert (thread[-1]["author"], thread[-1]["text"]) == ("tester", text)


@pytest.mark.parametrize("blank", ["", "  "])
@pytest.mark.parametrize("command", [["db", "init"], ["list", "actions"], []])
def test_a_blank_db_option_is_a_usage_error_and_touches_no_database(
    cli, isolated_user_dirs: Path, blank: str, command: list[str]
) -> None:
    with pytest.raises(SystemExit) as caught:
        cli("--db", blank, *command)
    assert caught.value.code == 2
    assert not list(isolated_user_dirs.rglob("*.sqlite3"))


def test_a_blank_db_option_after_the_command_is_refused_too(
    cli, isolated_user_dirs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as caught:
        cli("list", "meetings", "--db", "")
    assert caught.value.code == 2
    assert "--db" in capsys.readouterr().err
    assert not list(isolated_user_dirs.rglob("*.sqlite3"))


# ---------------------------------------------------------------- helpers for the other rows


def _frozen(db: OpenedDatabase) -> tuple[Path, str]:
    """The database file, closed, and its hash: a refusal must leave it byte-identical."""
    assert db.path is not None
    db.engine.dispose()
    return db.path, _digest(db.path)


def _no_crash_log(home: Path) -> None:
    assert not list(home.rglob("*.log")), "user input must not be logged as a crash"


def _workbook(tmp_path: Path, rows: list[list[object]], name: str = "actions.xlsx") -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Actions"
    for row in rows:
        sheet.append(row)
    path = tmp_path / name
    book.save(path)
    return path


def _rewrite_part(path: Path, part: str, change: Callable[[bytes], bytes]) -> None:
    """Replace one part of a zip (an .xlsx) with `change(its bytes)`."""
    with zipfile.ZipFile(path) as source:
        items = [(info, source.read(info)) for info in source.infolist()]
    assert part in {info.filename for info, _ in items}, part
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in items:
            target.writestr(info, change(data) if info.filename == part else data)


# ---------------------------------------------------------------- row 3: ids past 2^63 - 1


@pytest.mark.parametrize(
    "command",
    [
        ["show", "action", str(LARGEST_ID + 1)],
        ["show", "meeting", "9" * 5000],
        ["action", "update", str(LARGEST_ID + 1), "--note", "x"],
        ["action", "update", "1", "--note", "x", "--if-version", str(2**64)],
        ["brief", "meeting", str(LARGEST_ID + 1), "-o", "x.pdf"],
        ["brief", "pair", "1", str(2**70), "-o", "x.pdf"],
    ],
)
def test_an_id_beyond_the_database_range_is_a_usage_error(
    cli,
    seeded_db: OpenedDatabase,
    isolated_user_dirs: Path,
    capsys: pytest.CaptureFixture[str],
    command: list[str],
) -> None:
    path, before = _frozen(seeded_db)
    with pytest.raises(SystemExit) as caught:
        cli("--db", path, *command)
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert f"ids go up to {LARGEST_ID}" in err
    assert _digest(path) == before
    _no_crash_log(isolated_user_dirs)


def test_the_largest_id_itself_is_looked_up(cli, seeded_db: OpenedDatabase) -> None:
    cli("--db", seeded_db.path, "show", "action", LARGEST_ID).assert_user_error(
        f"there is no follow-up action with id {LARGEST_ID}"
    )


@pytest.mark.parametrize("suffix", ["json", "csv"])
def test_an_imported_id_of_5000_digits_is_refused_in_one_line(
    cli, seeded_db: OpenedDatabase, isolated_user_dirs: Path, tmp_path: Path, suffix: str
) -> None:
    path, before = _frozen(seeded_db)
    source = tmp_path / f"huge.{suffix}"
    if suffix == "json":
        source.write_text('[{"id": ' + "1" * 5000 + ', "version": 1, "notes": "x"}]')
    else:
        source.write_text("id,version,notes\n" + "1" * 5000 + ",1,x\n")
    done = cli("--db", path, "import", "actions", source)
    assert done.code == 1, done
    assert len(done.error_lines) == 1 and "refused" in done.err
    assert "digits" in done.out
    assert _digest(path) == before
    _no_crash_log(isolated_user_dirs)


# ---------------------------------------------------------------- row 4: over-long file names


@pytest.mark.parametrize(
    "command",
    [
        ["--db", "{long}.sqlite3", "list", "actions"],
        ["--db", "{db}", "export", "actions", "-o", "{long}.csv"],
        ["--db", "{db}", "brief", "meeting", "1", "-o", "{long}.pdf"],
        ["--db", "{db}", "db", "backup", "{long}.sqlite3"],
        ["--db", "{db}", "db", "restore", "{long}.sqlite3"],
        ["--db", "{db}", "import", "actions", "{long}.csv"],
    ],
)
def test_a_file_name_over_255_bytes_is_refused_naming_the_limit(
    cli,
    seeded_db: OpenedDatabase,
    isolated_user_dirs: Path,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    command: list[str],
) -> None:
    path, before = _frozen(seeded_db)
    long = str(tmp_path / ("ý" * 150))  # 300 bytes in UTF-8
    argv = [a.format(long=long, db=path) for a in command]
    with pytest.raises(SystemExit) as caught:
        cli(*argv)
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert "file name too long" in err and "at most 255" in err
    assert _digest(path) == before
    _no_crash_log(isolated_user_dirs)


def test_a_disk_error_the_user_can_act_on_is_one_line_not_a_crash(
    cli,
    seeded_db: OpenedDatabase,
    isolated_user_dirs: Path,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "out.csv"))

    monkeypatch.setattr("briefing_app.services.exchange.export_actions", full)
    done = cli("--db", seeded_db.path, "export", "actions", "-o", tmp_path / "out.csv")
    done.assert_user_error("out.csv", "the disk is full")
    _no_crash_log(isolated_user_dirs)


# ---------------------------------------------------------------- rows 5 and 7: hostile .xlsx


def _refused_in_one_line(done: Result) -> None:
    assert done.code == 1, done
    assert len(done.error_lines) == 1, done.err
    assert "refused, nothing was changed" in done.err
    assert "Traceback" not in done.err


BILLION_LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1 if i > 1 else "") + ";") * 10}">'.encode()
        for i in range(1, 10)
    )
    + b"]>\n"
)


def _body(xml: bytes) -> bytes:
    """The XML without its declaration, so a DOCTYPE can go in front."""
    return xml.split(b"?>", 1)[1] if xml.startswith(b"<?xml") else xml


@pytest.mark.parametrize(
    ("part", "change"),
    [
        ("xl/worksheets/sheet1.xml", lambda data: data[: len(data) // 2]),
        ("xl/workbook.xml", lambda data: data.replace(b"<sheets>", b"<sheets><broken")),
        (
            "xl/worksheets/sheet1.xml",
            lambda data: BILLION_LAUGHS + _body(data).replace(b"<v>1</v>", b"<v>&lol9;</v>"),
        ),
        (
            "xl/workbook.xml",
            lambda data: BILLION_LAUGHS + _body(data).replace(b'name="Actions"', b'name="&lol9;"'),
        ),
    ],
    ids=["truncated-sheet", "malformed-workbook", "sheet-entities", "workbook-entities"],
)
def test_an_xlsx_with_malformed_or_hostile_xml_is_refused(
    cli,
    seeded_db: OpenedDatabase,
    isolated_user_dirs: Path,
    tmp_path: Path,
    part: str,
    change: Callable[[bytes], bytes],
) -> None:
    path, before = _frozen(seeded_db)
    book = _workbook(tmp_path, [["meeting_id", "title"], [1, "Bulk"], [1, "Bulk"]])
    _rewrite_part(book, part, change)
    started = time.monotonic()
    done = cli("--db", path, "import", "actions", book)
    assert time.monotonic() - started < 10
    _refused_in_one_line(done)
    assert _digest(path) == before
    _no_crash_log(isolated_user_dirs)


def test_an_xlsx_declaring_a_whole_sheet_is_read_by_its_real_rows(
    cli, seeded_db: OpenedDatabase, isolated_user_dirs: Path, tmp_path: Path
) -> None:
    book = _workbook(tmp_path, [["meeting_id", "title"], [1, "Declared huge"]])
    _rewrite_part(
        book,
        "xl/worksheets/sheet1.xml",
        lambda data: re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:XFD1048576"', data),
    )
    tracemalloc.start()
    try:
        done = cli("--db", seeded_db.path, "import", "actions", book, "--by", "tester")
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert done.code == 0, done
    assert "1 new" in done.out
    assert peak < 200 * 1024 * 1024
    _no_crash_log(isolated_user_dirs)


def _last_row_and_whole_sheet(data: bytes) -> bytes:
    """The sheet declares A1:XFD1048576 and has a value in its very last row (5 kB zipped)."""
    data = re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:XFD1048576"', data)
    return data.replace(
        b"</sheetData>", b'<row r="1048576"><c r="A1048576" t="n"><v>1</v></c></row></sheetData>'
    )


def test_an_xlsx_row_past_the_row_limit_is_refused_naming_it(
    cli, seeded_db: OpenedDatabase, tmp_path: Path
) -> None:
    """Before: the declared width filled every empty row up to the last (8 GB, MemoryError)."""
    path, before = _frozen(seeded_db)
    book = _workbook(tmp_path, [["meeting_id", "title"], [1, "First"]])
    _rewrite_part(book, "xl/worksheets/sheet1.xml", _last_row_and_whole_sheet)
    assert book.stat().st_size < 10_000
    tracemalloc.start()
    try:
        started = time.monotonic()
        done = cli("--db", path, "import", "actions", book)
        elapsed = time.monotonic() - started
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert elapsed < 20 and peak < 200 * 1024 * 1024
    _refused_in_one_line(done)
    assert "more than 200000 rows" in done.err and "split it" in done.err
    assert _digest(path) == before


# ---------------------------------------------------------------- row 6: deep JSON


@pytest.mark.parametrize("depth", [40, 2_000, 100_000])
def test_deeply_nested_json_is_refused_naming_the_limit(
    cli, seeded_db: OpenedDatabase, isolated_user_dirs: Path, tmp_path: Path, depth: int
) -> None:
    path, before = _frozen(seeded_db)
    source = tmp_path / "deep.json"
    source.write_text('[{"id": 5, "version": 1, "notes": ' + "[" * depth + "]" * depth + "}]")
    done = cli("--db", path, "import", "actions", source)
    _refused_in_one_line(done)
    assert "nest more than 32 levels" in done.err
    assert _digest(path) == before
    _no_crash_log(isolated_user_dirs)


def test_a_json_key_given_twice_is_refused(cli, seeded_db: OpenedDatabase, tmp_path: Path) -> None:
    path, before = _frozen(seeded_db)
    source = tmp_path / "twice.json"
    source.write_text('[{"id": 5, "version": 1, "notes": "a", "notes": "b"}]')
    done = cli("--db", path, "import", "actions", source)
    _refused_in_one_line(done)
    assert 'the key "notes" appears twice' in done.err
    assert _digest(path) == before


# ---------------------------------------------------------------- row 14: one clean line


@pytest.mark.parametrize(
    "typed", ["\x1b[31mred", "two\nlines", "car\rriage", "line\u2028separator", "bidi\u202egnp"]
)
def test_control_characters_a_user_typed_are_escaped_in_the_error(
    cli, seeded_db: OpenedDatabase, typed: str
) -> None:
    done = cli("--db", seeded_db.path, "action", "update", "1", "--owner", typed)
    done.assert_user_error("owner")
    assert done.err.isprintable() or done.err.endswith("\n") and done.err[:-1].isprintable()
    assert "\x1b" not in done.err and "\r" not in done.err and "\u2028" not in done.err


def test_control_characters_in_a_usage_error_are_escaped_too(
    cli, seeded_db: OpenedDatabase, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):  # argparse quotes a wrong choice, not a surplus argument
        cli("--db", seeded_db.path, "list", "actions", "\x1b]0;owned\x07")
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err
    assert "\\x1b" in err


def test_library_warnings_do_not_reach_the_terminal(
    cli, seeded_db: OpenedDatabase, tmp_path: Path
) -> None:
    book = _workbook(tmp_path, [["meeting_id", "title"], [1, "Unstyled"]])
    _rewrite_part(book, "xl/styles.xml", lambda _data: b"<styleSheet/>")
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        done = cli("--db", seeded_db.path, "import", "actions", book, "--dry-run")
    assert done.code == 0, done
    assert not seen, [str(w.message) for w in seen]


# ---------------------------------------------------------------- row 15: Ctrl-C


def test_ctrl_c_stops_with_one_line_and_no_traceback(
    cli,
    seeded_db: OpenedDatabase,
    isolated_user_dirs: Path,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    def interrupted(*_args: object, **_kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("briefing_app.services.exchange.import_actions", interrupted)
    source = tmp_path / "a.csv"
    source.write_text("id,version,notes\n5,1,x\n")
    try:
        done = cli("--db", seeded_db.path, "import", "actions", source)
    except KeyboardInterrupt:
        pytest.fail("Ctrl-C left main() as a traceback")
    assert done.code == 130
    assert done.error_lines == ["briefing-app: interrupted; an unfinished change was not saved"]
    _no_crash_log(isolated_user_dirs)


# ---------------------------------------------------------------- row 16: the crash log


def test_the_crash_log_is_private_even_in_a_folder_made_0755(
    cli,
    seeded_db: OpenedDatabase,
    isolated_user_dirs: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from briefing_app.config import user_log_dir

    folder = user_log_dir()
    folder.mkdir(parents=True, mode=0o755)
    folder.chmod(0o755)
    old = folder / "briefing-desk.log"
    old.write_text("an earlier entry\n")
    old.chmod(0o644)

    def bug(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("a real defect")

    monkeypatch.setattr("briefing_app.services.queries.list_localities", bug)
    done = cli("--db", seeded_db.path, "list", "localities")
    done.assert_user_error("an unexpected problem occurred")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(old.stat().st_mode) == 0o600
    assert "a real defect" in old.read_text()


# ---------------------------------------------------------------- rows 9 and 10: refused files


def _newer_schema(path: Path) -> None:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'fffffffffff9'")
        connection.commit()
        connection.execute("PRAGMA journal_mode = DELETE")


def _foreign(path: Path) -> None:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
        connection.execute("INSERT INTO recipes VALUES ('phở')")
        connection.commit()


@pytest.mark.parametrize("make", [_foreign, _newer_schema], ids=["foreign", "newer-schema"])
@pytest.mark.parametrize(
    "command",
    [["list", "actions"], ["db", "check"], ["db", "upgrade"], ["db", "init"], ["db", "backup"]],
)
def test_a_refused_database_file_is_left_byte_identical(
    cli,
    seeded_db: OpenedDatabase,
    isolated_user_dirs: Path,
    tmp_path: Path,
    make: Callable[[Path], None],
    command: list[str],
) -> None:
    if make is _newer_schema:
        path, _ = _frozen(seeded_db)
    else:
        path = tmp_path / "recipes.sqlite3"
    make(path)
    before = _digest(path)
    argv = [*command, tmp_path / "copy.sqlite3"] if command[-1] == "backup" else command
    done = cli("--db", path, *argv)
    done.assert_user_error()
    assert "newer version" in done.err or "not a Briefing desk one" in done.err
    assert _digest(path) == before
    assert sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name)) == [
        path.name
    ], "no -wal or -shm beside a refused file"
    _no_crash_log(isolated_user_dirs)


def _flip_a_table_name(path: Path) -> None:
    """A byte of the schema (a table's name) that is not UTF-8, as a random flip makes it."""
    data = bytearray(path.read_bytes())
    at = data.find(b"tablecooperation_areascooperation_areas")
    assert at > 0
    data[at + 6] = 0xFF
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    "command", [["db", "check"], ["list", "actions"], ["show", "action", "1"], ["db", "backup"]]
)
def test_a_schema_with_bytes_that_are_not_utf8_is_refused_in_one_line(
    cli,
    seeded_db: OpenedDatabase,
    isolated_user_dirs: Path,
    tmp_path: Path,
    command: list[str],
) -> None:
    path, _ = _frozen(seeded_db)
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA journal_mode = DELETE")
    _flip_a_table_name(path)
    before = _digest(path)
    argv = [*command, tmp_path / "copy.sqlite3"] if command[-1] == "backup" else command
    cli("--db", path, *argv).assert_user_error("is not a database this app can read")
    assert _digest(path) == before
    _no_crash_log(isolated_user_dirs)


# ---------------------------------------------------------------- row 17: links and modes


def test_a_briefing_written_to_a_link_replaces_the_link_and_is_private(
    cli, seeded_db: OpenedDatabase, tmp_path: Path
) -> None:
    target = tmp_path / "shared.pdf"
    target.write_bytes(b"someone else's file")
    target.chmod(0o666)
    link = tmp_path / "link.pdf"
    link.symlink_to(target)
    done = cli("--db", seeded_db.path, "brief", "meeting", "1", "-o", link)
    assert done.code == 0, done
    assert not link.is_symlink()
    assert stat.S_IMODE(link.stat().st_mode) == 0o600
    assert link.read_bytes().startswith(b"%PDF")
    assert target.read_bytes() == b"someone else's file"
    assert stat.S_IMODE(target.stat().st_mode) == 0o666


def test_a_backup_to_a_dangling_link_is_refused_and_creates_nothing(
    cli, seeded_db: OpenedDatabase, tmp_path: Path
) -> None:
    target = tmp_path / "elsewhere" / "planted.sqlite3"
    target.parent.mkdir()
    link = tmp_path / "backup.sqlite3"
    link.symlink_to(target)
    cli("--db", seeded_db.path, "db", "backup", link).assert_user_error("already exists")
    assert not target.exists()
    assert link.is_symlink()


# ---------------------------------------------------------------- row 18: large imports


def _many_new_rows(path: Path, rows: int, status: str = "agreed") -> Path:
    lines = ["meeting_id,title,status,owner"]
    lines += [f"1,Bulk action {n},{status},Yamanashi" for n in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_large_import_prints_a_summary_not_a_line_per_row(
    cli, seeded_db: OpenedDatabase, isolated_user_dirs: Path, tmp_path: Path
) -> None:
    source = _many_new_rows(tmp_path / "many.csv", 3_000)
    done = cli("--db", seeded_db.path, "import", "actions", source, "--by", "bulk")
    assert done.code == 0, done
    lines = done.out.splitlines()
    assert len(lines) == 22, lines[:3]
    assert lines[-2] == "… and 2,980 more changes (--verbose lists every one)"
    assert lines[-1] == "many.csv: imported: 3000 new, 0 updated, 0 unchanged"
    assert done.err == ""
    _no_crash_log(isolated_user_dirs)
    verbose = cli("--db", seeded_db.path, "import", "actions", source, "--dry-run", "--verbose")
    assert len(verbose.out.splitlines()) == 3_001


def test_a_refused_large_import_lists_the_first_problems(
    cli, seeded_db: OpenedDatabase, tmp_path: Path
) -> None:
    path, before = _frozen(seeded_db)
    source = _many_new_rows(tmp_path / "bad.csv", 500, status="finished")
    done = cli("--db", path, "import", "actions", source)
    _refused_in_one_line(done)
    lines = done.out.splitlines()
    assert len(lines) == 21 and lines[-1].startswith("… and 480 more problems")
    assert _digest(path) == before


# ---------------------------------------------------------------- rows 11 and 12: restore


def _backup(cli, db: OpenedDatabase, dest: Path) -> Path:
    done = cli("--db", db.path, "db", "backup", dest)
    assert done.code == 0, done
    return dest


@pytest.mark.parametrize(
    "drop",
    [
        "DROP TABLE action_changes",
        "DROP TABLE search_index",
        "ALTER TABLE follow_up_actions DROP COLUMN description",
        "DROP TABLE comments",
        "DROP TABLE attachments",
    ],
    ids=["table", "search-index", "column", "comments", "attachments"],
)
def test_a_backup_missing_tables_is_refused_before_anything_is_replaced(
    cli, seeded_db: OpenedDatabase, isolated_user_dirs: Path, tmp_path: Path, drop: str
) -> None:
    backup = _backup(cli, seeded_db, tmp_path / "saved.sqlite3")
    with closing(sqlite3.connect(backup)) as connection:
        connection.execute(drop)
        connection.commit()
    path, before = _frozen(seeded_db)
    backup_before = _digest(backup)
    done = cli("--db", path, "db", "restore", backup)
    done.assert_user_error("not a complete Briefing desk backup", "nothing was restored")
    assert _digest(path) == before
    assert _digest(backup) == backup_before
    assert sorted(p.name for p in tmp_path.iterdir() if "restor" in p.name) == []
    assert cli("--db", path, "db", "check").code == 0
    _no_crash_log(isolated_user_dirs)


def test_a_backup_with_another_page_size_is_restored(
    cli, seeded_db: OpenedDatabase, tmp_path: Path
) -> None:
    backup = _backup(cli, seeded_db, tmp_path / "saved.sqlite3")
    with closing(sqlite3.connect(backup)) as connection:
        connection.execute(
            "UPDATE follow_up_actions SET title = 'From the small pages' WHERE id = 1"
        )
        connection.commit()
        connection.execute("PRAGMA page_size = 1024")
        connection.execute("VACUUM")
        assert connection.execute("PRAGMA page_size").fetchone() == (1024,)
    done = cli("--db", seeded_db.path, "db", "restore", backup)
    assert done.code == 0, done
    shown = cli("--db", seeded_db.path, "show", "action", 1, "--json").json()
    assert shown["title"] == "From the small pages"
    assert cli("--db", seeded_db.path, "db", "check").code == 0


# ---------------------------------------------------------------- row 13: read-only, full disk


def test_a_write_to_a_read_only_database_is_named_as_such(
    cli, seeded_db: OpenedDatabase, isolated_user_dirs: Path
) -> None:
    path, before = _frozen(seeded_db)
    read_only = f"sqlite:///file:{path}?mode=ro&uri=true"
    assert cli("--db", read_only, "list", "actions").code == 0  # reading still works
    done = cli("--db", read_only, "action", "update", "1", "--note", "x")
    done.assert_user_error("read-only")
    assert _digest(path) == before
    _no_crash_log(isolated_user_dirs)


def test_db_init_on_a_full_disk_leaves_no_empty_file(
    cli, isolated_user_dirs: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def full(*_args: object, **_kwargs: object) -> None:
        raise sa.exc.OperationalError(
            "CREATE TABLE", {}, sqlite3.OperationalError("database or disk is full")
        )

    monkeypatch.setattr("briefing_app.store.database.upgrade_to_head", full)
    target = tmp_path / "new.sqlite3"
    done = cli("--db", target, "db", "init")
    done.assert_user_error("the disk is full")
    assert list(tmp_path.iterdir()) == []
    _no_crash_log(isolated_user_dirs)


# ---------------------------------------------------------------- row 8: a million valid rows


def test_an_xlsx_of_a_million_rows_is_refused_in_seconds_at_the_row_limit(
    cli, seeded_db: OpenedDatabase, tmp_path: Path
) -> None:
    """Before: still running after 10 minutes with 4 GB resident."""
    path, before = _frozen(seeded_db)
    book = _workbook(tmp_path, [["meeting_id", "title"], [1, "First"]])
    rows = "".join(
        f'<row r="{n}"><c r="A{n}"><v>1</v></c><c r="B{n}" t="inlineStr"><is><t>Row {n}</t>'
        "</is></c></row>"
        for n in range(3, 1_000_001)
    ).encode()
    _rewrite_part(
        book,
        "xl/worksheets/sheet1.xml",
        lambda data: data.replace(b"</sheetData>", rows + b"</sheetData>"),
    )
    tracemalloc.start()
    try:
        started = time.monotonic()
        done = cli("--db", path, "import", "actions", book)
        elapsed = time.monotonic() - started
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    _refused_in_one_line(done)
    assert "more than 200000 rows" in done.err
    assert elapsed < 60 and peak < 500 * 1024 * 1024, (elapsed, peak)
    assert _digest(path) == before


def test_a_duplicate_the_database_refuses_is_one_line_not_a_crash(
    cli, seeded_db: OpenedDatabase, isolated_user_dirs: Path, tmp_path: Path
) -> None:
    """Found by the fuzzing suite: `create` of a record shown by `show` (a locality's
    country and name are unique)."""
    shown = cli("--db", seeded_db.path, "show", "locality", 1, "--json")
    source = tmp_path / "copy.json"
    source.write_text(shown.out, encoding="utf-8")
    path, before = _frozen(seeded_db)
    done = cli("--db", path, "create", "locality", "--json", source, "--by", "tester")
    done.assert_user_error("name is already used by another record: Hokkaido (id 1)")
    assert _digest(path) == before
    _no_crash_log(isolated_user_dirs)


@pytest.fixture
def read_only_copy(seeded_db: OpenedDatabase, tmp_path: Path) -> Iterator[Path]:
    """The seeded database (in WAL mode) on a real read-only mount; skipped where mounting
    is not allowed (it needs root)."""
    assert seeded_db.path is not None
    seeded_db.engine.dispose()
    mount = tmp_path / "mnt"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "tmpfs", mount], capture_output=True).returncode:
        pytest.skip("mounting a file system needs root")
    try:
        shutil.copyfile(seeded_db.path, mount / "ro.sqlite3")
        subprocess.run(["mount", "-o", "remount,ro", mount], check=True)
        yield mount / "ro.sqlite3"
    finally:
        subprocess.run(["umount", "--lazy", mount], check=False)  # open engines may remain


def test_a_database_on_a_read_only_mount_can_be_read(
    cli, read_only_copy: Path, isolated_user_dirs: Path, tmp_path: Path
) -> None:
    """Before: "… is not a database this app can read" for list, show, export and backup."""
    before = _digest(read_only_copy)
    assert "Thanh Hóa" in cli("--db", read_only_copy, "list", "actions").out
    assert cli("--db", read_only_copy, "show", "action", "1", "--json").json()["id"] == 1
    assert cli("--db", read_only_copy, "export", "actions", "-o", tmp_path / "a.csv").code == 0
    assert cli("--db", read_only_copy, "db", "backup", tmp_path / "b.sqlite3").code == 0
    assert cli("--db", read_only_copy, "db", "check").code == 0
    done = cli("--db", read_only_copy, "action", "update", "1", "--note", "x")
    done.assert_user_error("read-only")
    assert _digest(read_only_copy) == before
    _no_crash_log(isolated_user_dirs)


def test_a_file_the_user_may_not_write_is_opened_read_only(
    cli, seeded_db: OpenedDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same without root: the storage reported read-only (as statvfs says of a CD)."""
    path, before = _frozen(seeded_db)
    monkeypatch.setattr("briefing_app.store.engine.on_read_only_storage", lambda _path: True)
    assert cli("--db", path, "list", "meetings").code == 0
    cli("--db", path, "action", "update", "1", "--note", "x").assert_user_error("read-only")
    assert _digest(path) == before


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "json", "ics"])
def test_an_export_to_a_link_replaces_the_link_and_is_private(
    cli, seeded_db: OpenedDatabase, tmp_path: Path, fmt: str
) -> None:
    target = tmp_path / f"shared.{fmt}"
    target.write_bytes(b"someone else's file")
    target.chmod(0o666)
    link = tmp_path / f"link.{fmt}"
    link.symlink_to(target)
    assert cli("--db", seeded_db.path, "export", "actions", "-o", link).code == 0
    assert not link.is_symlink() and stat.S_IMODE(link.stat().st_mode) == 0o600
    assert target.read_bytes() == b"someone else's file"
