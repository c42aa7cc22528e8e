"""Daily automatic backups: one per day, owner-only, the last N kept."""

import sqlite3
import stat
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

import pytest

from briefing_app.store.daily_backup import daily_backups, take_daily_backup
from briefing_app.store.database import OpenedDatabase

#: Files: on a server, backups are the server's own (tests/unit/store/test_server_database.py).
pytestmark = pytest.mark.sqlite_only


def test_one_backup_a_day_and_only_the_last_n_kept(
    seeded_db: OpenedDatabase, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    start = date(2026, 3, 1)
    first = take_daily_backup(seeded_db.engine, folder, today=start, keep=3)
    assert first is not None
    assert take_daily_backup(seeded_db.engine, folder, today=start, keep=3) is None
    for day in range(1, 6):
        take_daily_backup(seeded_db.engine, folder, today=start + timedelta(days=day), keep=3)
    kept = daily_backups(folder, "briefing")
    assert [p.name for p in kept] == [f"briefing-daily-2026-03-0{d}.sqlite3" for d in (4, 5, 6)]
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for path in kept:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        with closing(sqlite3.connect(path)) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
