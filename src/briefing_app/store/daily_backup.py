"""The automatic backup on the first start of each day: one file per day and database in a
backups folder (owner-only), the last N kept."""

import re
from datetime import date
from pathlib import Path

from sqlalchemy.engine import Engine

from briefing_app.config import DEFAULT_BACKUPS_KEPT
from briefing_app.store.backup import backup_file
from briefing_app.store.engine import sqlite_path


def _pattern(stem: str) -> re.Pattern[str]:
    return re.compile(re.escape(stem) + r"-daily-(\d{4}-\d{2}-\d{2})\.sqlite3")


def daily_backups(folder: Path, stem: str) -> list[Path]:
    """This database's daily backups in `folder`, oldest first."""
    if not folder.is_dir():
        return []
    pattern = _pattern(stem)
    return sorted(p for p in folder.iterdir() if pattern.fullmatch(p.name))


def take_daily_backup(
    engine: Engine, folder: Path, *, today: date, keep: int = DEFAULT_BACKUPS_KEPT
) -> Path | None:
    """Back up the database unless today's backup exists; keep the newest `keep` (at least 1).
    Returns the new backup, or None when there was nothing to do (or it is not a file)."""
    source = sqlite_path(engine.url)
    if source is None:
        return None
    stem = source.stem
    target = folder / f"{stem}-daily-{today.isoformat()}.sqlite3"
    made = None
    if not target.exists():
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        made = backup_file(engine, target)
    for old in daily_backups(folder, stem)[: -max(keep, 1)]:
        old.unlink(missing_ok=True)
    return made
