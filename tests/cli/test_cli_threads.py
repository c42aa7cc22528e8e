"""`comment`, `comments`, `attach`, `attachments`, `attachment save`, `due` and `action update
--assignee/--repeat` (issue 13), run as a scheduled job or a colleague would run them."""

import os
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from briefing_app.store.database import OpenedDatabase
from conftest import Run
from sample_files import pdf_letter


def test_comments_are_added_and_listed(cli: Run, seeded_db: OpenedDatabase) -> None:
    db = ("--db", seeded_db.path)
    added = cli(*db, "comment", "action", 2, "--text", "Đã gọi cho 山梨県", "--by", "Lê Thị Hoa")
    assert added.code == 0 and added.out.startswith("added comment #")

    thread = cli(*db, "comments", "action", 2, "--json").json()
    assert [(c["author"], c["text"]) for c in thread][-1] == ("Lê Thị Hoa", "Đã gọi cho 山梨県")
    assert thread[0]["author"] == "briefing-desk"  # the dataset's note comes first
    text = cli(*db, "comments", "action", 2).out.splitlines()
    assert text[-1].endswith("Lê Thị Hoa: Đã gọi cho 山梨県")
    assert cli(*db, "comments", "meeting", 1).out == "no comments\n"


def test_bad_comments_are_one_line_errors(cli: Run, seeded_db: OpenedDatabase) -> None:
    db = ("--db", seeded_db.path)
    cli(*db, "comment", "action", 999, "--text", "x").assert_user_error("no follow-up action")
    cli(*db, "comment", "action", 2, "--text", " ").assert_user_error("text is required")
    with pytest.raises(SystemExit) as caught:  # people have no comments: a usage error
        cli(*db, "comment", "person", 1, "--text", "x")
    assert caught.value.code == 2


def test_a_letter_is_attached_listed_and_saved_byte_for_byte(
    cli: Run, seeded_db: OpenedDatabase, tmp_path: Path
) -> None:
    db = ("--db", seeded_db.path)
    letter = pdf_letter(tmp_path / "cong-van.pdf")
    attached = cli(
        *db, "attach", "action", 2, letter, "--number", "1234/UBND-NgV",
        "--issued", "20/12/2025", "--issuer", "UBND tỉnh Thanh Hóa", "--json",
    ).json()  # fmt: skip
    assert (attached["number"], attached["issued_on"], attached["issuer"]) == (
        "1234/UBND-NgV",
        "2025-12-20",
        "UBND tỉnh Thanh Hóa",
    )
    listing = cli(*db, "attachments", "action", 2).out
    assert "cong-van.pdf (application/pdf" in listing and "No. 1234/UBND-NgV" in listing

    copy = tmp_path / "out" / "copy.pdf"
    copy.parent.mkdir()
    saved = cli(*db, "attachment", "save", attached["id"], "-o", copy)
    assert saved.code == 0, saved
    assert copy.read_bytes() == letter.read_bytes()


def test_refused_files_change_nothing(cli: Run, seeded_db: OpenedDatabase, tmp_path: Path) -> None:
    db = ("--db", seeded_db.path)
    fake = tmp_path / "letter.pdf"
    fake.write_bytes(b"MZ\x90\x00 not a pdf")
    cli(*db, "attach", "action", 2, fake).assert_user_error("the content is not a PDF file")
    cli(*db, "attach", "action", 2, tmp_path / "missing.pdf").assert_user_error("missing.pdf")
    assert cli(*db, "attachments", "action", 2, "--json").json() == []
    cli(*db, "attachment", "save", 5, "-o", tmp_path / "x.pdf").assert_user_error(
        "no attachment with id 5"
    )


def test_a_restored_backup_has_every_comment_and_file(cli: Run, make_db, tmp_path: Path) -> None:
    here, there = make_db("here.sqlite3"), make_db("there.sqlite3")
    letter = pdf_letter(tmp_path / "letter.pdf")
    cli("--db", here.path, "attach", "agreement", 1, letter)
    cli("--db", here.path, "comment", "agreement", 1, "--text", "MoU draft sent")
    backup = tmp_path / "backup.sqlite3"
    assert cli("--db", here.path, "db", "backup", backup).code == 0
    there.engine.dispose()

    assert cli("--db", there.path, "db", "restore", backup).code == 0

    (kept,) = cli("--db", there.path, "attachments", "agreement", 1, "--json").json()
    out = tmp_path / "restored.pdf"
    cli("--db", there.path, "attachment", "save", kept["id"], "-o", out)
    assert out.read_bytes() == letter.read_bytes()
    thread = cli("--db", there.path, "comments", "agreement", 1, "--json").json()
    assert [c["text"] for c in thread] == ["MoU draft sent"]


def test_assignee_repeat_and_due(cli: Run, seeded_db: OpenedDatabase) -> None:
    db = ("--db", seeded_db.path)
    soon = (date.today() + timedelta(days=3)).strftime("%d/%m/%Y")
    updated = cli(
        *db, "action", "update", 2, "--assignee", "Lê Thị Hoa", "--due", soon,
        "--repeat", "monthly", "--json",
    ).json()  # fmt: skip
    assert (updated["assignee"], updated["repeat"]) == ("Lê Thị Hoa", "monthly")

    due = cli(*db, "due", "--assignee", "Lê Thị Hoa", "--json").json()
    assert [a["id"] for a in due] == [2]
    assert due[0]["deadline"] == (date.today() + timedelta(days=3)).isoformat()
    assert cli(*db, "due", "--within", "1", "--assignee", "Lê Thị Hoa", "--json").json() == []
    assert "nothing overdue" in cli(*db, "due", "--within", "1", "--assignee", "Lê Thị Hoa").out

    cli(*db, "action", "update", 2, "--status", "done")
    after = cli(*db, "due", "--within", "40", "--assignee", "Lê Thị Hoa", "--json").json()
    assert len(after) == 1 and after[0]["id"] != 2  # the next month's occurrence
    with pytest.raises(SystemExit) as caught:
        cli(*db, "due", "--within", "-1")
    assert caught.value.code == 2
    cli(*db, "action", "update", 3, "--repeat", "yearly", "--due", "none").assert_user_error(
        "repeat needs a due date"
    )


def test_comment_times_read_as_the_readers_clock(cli: Run, seeded_db: OpenedDatabase) -> None:
    db = ("--db", seeded_db.path)
    written = cli(*db, "comment", "action", 2, "--text", "Gọi lại sau", "--json").json()
    stored = datetime.fromisoformat(written["written_at"])  # UTC
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Ho_Chi_Minh"  # UTC+7, no summer time
    time.tzset()
    try:
        line = cli(*db, "comments", "action", 2).out.splitlines()[-1]
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()
    assert f"{stored + timedelta(hours=7):%Y-%m-%d %H:%M}" in line
