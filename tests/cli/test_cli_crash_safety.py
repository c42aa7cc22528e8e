"""SIGKILL in the middle of a long import and of a burst of saves, and two processes racing on
one action: the database passes integrity_check and holds the old state or the new, never a
mix (issue 6)."""

import os
import random
import signal
import sqlite3
import subprocess
import time
from contextlib import closing, suppress
from pathlib import Path

import pytest
from test_cli_process import _executable

from briefing_app.store.database import OpenedDatabase

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
ROWS = 1500


def _query(path: Path, sql: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path, timeout=10)) as connection:
        return connection.execute(sql).fetchall()


def _sound(path: Path) -> None:
    assert _query(path, "PRAGMA integrity_check") == [("ok",)]
    assert _query(path, "PRAGMA foreign_key_check") == []


def _start(*argv: object) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [_executable(), *map(str, argv)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def _kill(process: subprocess.Popen[bytes]) -> None:
    with suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=30)


def test_sigkill_during_a_long_import_leaves_all_or_nothing(
    seeded_db: OpenedDatabase, tmp_path: Path
) -> None:
    assert seeded_db.path is not None
    seeded_db.engine.dispose()
    big = tmp_path / "big.csv"
    lines = ["meeting_id,title,status,due_date,owner"]
    lines += [f"1,Bulk action {i},agreed,2026-Q2,Yamanashi" for i in range(ROWS)]
    big.write_text("\n".join(lines) + "\n", encoding="utf-8")
    rng = random.Random(6)
    for _ in range(3):
        before = _query(seeded_db.path, "SELECT count(*) FROM follow_up_actions")[0][0]
        process = _start("--db", seeded_db.path, "import", "actions", big, "--by", "bulk")
        time.sleep(rng.uniform(0.3, 3.5))
        _kill(process)
        _sound(seeded_db.path)
        after = _query(seeded_db.path, "SELECT count(*) FROM follow_up_actions")[0][0]
        assert after in (before, before + ROWS)
        history = _query(
            seeded_db.path, "SELECT count(*) FROM action_changes WHERE changed_by = 'bulk'"
        )[0][0]
        assert history == after - 7
    # the killed processes left nothing half-done; a clean run still works
    assert (
        subprocess.run(
            [_executable(), "--db", seeded_db.path, "db", "check"], capture_output=True, check=False
        ).returncode
        == 0
    )


def test_sigkill_during_a_burst_of_saves_keeps_every_save_whole(
    seeded_db: OpenedDatabase,
) -> None:
    assert seeded_db.path is not None
    seeded_db.engine.dispose()
    rng = random.Random(7)
    for burst in range(2):
        update = ("--db", seeded_db.path, "action", "update", 2)
        processes = [
            _start(*update, "--assignee", f"b{burst}-{n}", "--note", f"b{burst}-{n}")
            for n in range(5)
        ]
        time.sleep(rng.uniform(1.0, 3.0))
        for process in processes:
            _kill(process)
        _sound(seeded_db.path)
        ((version, assignee),) = _query(
            seeded_db.path, "SELECT version, assignee FROM follow_up_actions WHERE id=2"
        )
        saved = [
            text
            for (text,) in _query(
                seeded_db.path,
                "SELECT text FROM comments WHERE kind = 'action' AND record_id = 2"
                " AND text LIKE 'b%' ORDER BY id",
            )
        ]
        changes = _query(
            seeded_db.path,
            "SELECT count(*) FROM action_changes WHERE action_id = 2 AND field = 'assignee'",
        )[0][0]
        # each save is one version bump, one comment and one history row, or none of them
        assert version == 1 + len(saved) == 1 + changes
        assert assignee == (saved[-1] if saved else None)  # the last whole save's


def test_two_processes_racing_on_one_action(seeded_db: OpenedDatabase) -> None:
    assert seeded_db.path is not None
    seeded_db.engine.dispose()
    racers = [
        subprocess.Popen(
            [
                _executable(),
                "--db",
                str(seeded_db.path),
                "action",
                "update",
                "3",
                "--status",
                status,
                "--if-version",
                "1",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for status in ("in_progress", "blocked")
    ]
    results = [(r.wait(timeout=60), r.communicate()) for r in racers]
    codes = sorted(code for code, _ in results)
    assert codes == [0, 1], results
    loser_err = next(err for code, (_, err) in results if code == 1)
    assert "changed by someone else" in loser_err
    ((version, status),) = _query(
        seeded_db.path, "SELECT version, status FROM follow_up_actions WHERE id = 3"
    )
    winner = "in_progress" if results[0][0] == 0 else "blocked"
    assert (version, status) == (2, winner)
