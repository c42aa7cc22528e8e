"""`briefing-app action update ID [--status] [--due] [--owner] [--assignee] [--repeat] [--note]
[--if-version]`; --note adds a comment to the action's thread."""

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from briefing_app.store.database import OpenedDatabase

SIGN = 1  # "Sign an official cooperation document", proposed, owner Thanh Hóa, no due date
ATTEND = 5  # "Thanh Hóa takes part in Yamanashi's … conferences", proposed


@pytest.fixture
def db(seeded_db: OpenedDatabase) -> Path:
    assert seeded_db.path is not None
    return seeded_db.path


def _row(db: Path, action_id: int) -> tuple[object, ...]:
    with closing(sqlite3.connect(db)) as connection:
        return connection.execute(
            "SELECT status, due_date, due_precision, owner_locality_id, assignee, repeat,"
            " (SELECT count(*) FROM comments WHERE kind = 'action' AND record_id = a.id),"
            " version FROM follow_up_actions AS a WHERE id = ?",
            (action_id,),
        ).fetchone()


def _history(db: Path, action_id: int) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(db)) as connection:
        return connection.execute(
            "SELECT field, old_value, new_value, changed_by FROM action_changes"
            " WHERE action_id = ? ORDER BY id",
            (action_id,),
        ).fetchall()


def test_update_status_due_owner_assignee_and_note(cli, db: Path) -> None:
    thread_before = cli("--db", db, "comments", "action", SIGN, "--json").json()
    result = cli(
        "--db", db, "action", "update", SIGN,
        "--status", "in_progress",
        "--due", "2026-Q2",
        "--owner", "yamanashi",
        "--assignee", "Lê Thị Hoa",
        "--repeat", "quarterly",
        "--note", "Draft exchanged with Kofu",
        "--by", "Lan",
        "--if-version", "1",
        "--json",
    )  # fmt: skip
    assert result.code == 0, result.err
    data = result.json()
    assert data["status"] == "in_progress"
    assert (data["due_date"], data["due_precision"], data["due_label"]) == (
        "2026-04-01",
        "quarter",
        "2026-Q2",
    )
    assert data["owner"] == "Yamanashi"
    assert (data["assignee"], data["repeat"]) == ("Lê Thị Hoa", "quarterly")
    assert data["version"] == 2
    assert [(c["author"], c["text"]) for c in data["comments"]][-1] == (
        "Lan",
        "Draft exchanged with Kofu",
    )
    thread = cli("--db", db, "comments", "action", SIGN, "--json").json()
    assert thread == data["comments"]
    assert thread[:-1] == thread_before  # the note is added after the thread, nothing replaced
    history = _history(db, SIGN)
    assert {(f, old, new) for f, old, new, _ in history} >= {
        ("status", "proposed", "in_progress"),
        ("due", None, "2026-Q2"),
        ("owner", "Thanh Hóa", "Yamanashi"),
    }
    assert {by for *_, by in history} == {"Lan"}


def test_plain_output(cli, db: Path) -> None:
    result = cli("--db", db, "action", "update", SIGN, "--status", "blocked")
    assert result.code == 0
    assert result.out.strip() == (
        "action 1 saved (version 2): blocked, due -, owner Thanh Hóa, assignee -"
    )
    repeated = cli(
        "--db", db, "action", "update", SIGN, "--due", "Q1/2027", "--repeat", "quarterly",
        "--assignee", "Lê Thị Hoa",
    )  # fmt: skip
    assert repeated.out.strip() == (
        "action 1 saved (version 3): blocked, due 2027-Q1, owner Thanh Hóa, "
        "assignee Lê Thị Hoa, repeats quarterly"
    )


def test_due_none_clears_the_date(cli, db: Path) -> None:
    assert cli("--db", db, "action", "update", 2, "--due", "none").code == 0
    assert _row(db, 2)[1:3] == (None, None)


def test_owner_none_clears_the_owner(cli, db: Path) -> None:
    assert cli("--db", db, "action", "update", SIGN, "--owner", "none").code == 0
    assert _row(db, SIGN)[3] is None


def test_a_note_alone_adds_a_comment_and_leaves_the_action_as_it_was(cli, db: Path) -> None:
    before, history = _row(db, SIGN), _history(db, SIGN)
    noted = cli("--db", db, "action", "update", SIGN, "--note", "Called Kofu", "--by", "Lan")
    assert noted.code == 0, noted.err
    thread = cli("--db", db, "comments", "action", SIGN, "--json").json()
    assert (thread[-1]["author"], thread[-1]["text"]) == ("Lan", "Called Kofu")
    after = _row(db, SIGN)
    assert after[-2] == before[-2] + 1  # one more comment
    assert after[:-2] + after[-1:] == before[:-2] + before[-1:]  # same fields, same version
    assert _history(db, SIGN) == history


def test_a_stale_version_is_refused_and_nothing_changes(cli, db: Path) -> None:
    assert cli("--db", db, "action", "update", SIGN, "--assignee", "Lan").code == 0
    before, history = _row(db, SIGN), _history(db, SIGN)
    result = cli(
        "--db", db, "action", "update", SIGN,
        "--status", "done", "--note", "done at last", "--if-version", "1",
    )  # fmt: skip
    result.assert_user_error("version 1", "version 2")
    assert _row(db, SIGN) == before
    assert _history(db, SIGN) == history


def test_the_current_version_is_accepted(cli, db: Path) -> None:
    assert cli("--db", db, "action", "update", SIGN, "--assignee", "Lan").code == 0
    result = cli(
        "--db", db, "action", "update", SIGN, "--status", "in_progress", "--if-version", "2"
    )
    assert result.code == 0, result.err
    assert _row(db, SIGN)[0] == "in_progress"
    assert _row(db, SIGN)[-1] == 3


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--due", "next spring"], "must look like 15/03/2027, 03/2027, Q1/2027"),
        (["--due", "2026-02-30"], "not a real date"),
        (["--status", "done"], "cannot go from proposed to done"),
        (["--owner", "Atlantis"], "matches no locality"),
        (["--note", "bell\x07"], "control character"),
        (["--note", "x" * 20_001], "too long"),
        (["--note", " "], "note is required"),
        (["--repeat", "monthly"], "needs a due date to repeat"),
    ],
)
def test_invalid_values_exit_1_and_change_nothing(
    cli, db: Path, args: list[str], fragment: str
) -> None:
    before = _row(db, ATTEND)
    cli("--db", db, "action", "update", ATTEND, *args).assert_user_error(fragment)
    assert _row(db, ATTEND) == before
    assert _history(db, ATTEND) == []


def test_several_invalid_values_still_give_one_line(cli, db: Path) -> None:
    before = _row(db, ATTEND)
    result = cli(
        "--db", db, "action", "update", ATTEND, "--status", "done", "--note", "x" * 20_001
    )  # fmt: skip
    result.assert_user_error("status", "note")
    assert _row(db, ATTEND) == before


def test_nothing_to_change(cli, db: Path) -> None:
    cli("--db", db, "action", "update", SIGN).assert_user_error("nothing to change")


def test_an_unknown_action(cli, db: Path) -> None:
    cli("--db", db, "action", "update", 999, "--note", "x").assert_user_error("999")


@pytest.mark.parametrize(
    "args",
    [
        ["--status", "finished"],
        ["--repeat", "weekly"],
        ["--if-version", "0"],
        ["--if-version", "two"],
        [],
    ],
)
def test_usage_errors(cli, db: Path, args: list[str]) -> None:
    argv = ["--db", db, "action", "update", *args] if not args else [
        "--db", db, "action", "update", SIGN, *args
    ]  # fmt: skip
    with pytest.raises(SystemExit) as caught:
        cli(*argv)
    assert caught.value.code == 2
    assert _row(db, SIGN)[-1] == 1
