"""The daily automatic backup taken when the desktop app starts."""

import stat
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings

from briefing_app.app import backups_folder, daily_backup
from briefing_app.store.database import OpenedDatabase
from briefing_app.ui.settings import BACKUPS_TO_KEEP, AppSettings


def test_daily_backup_in_the_user_data_folder_keeps_the_preferred_number(
    seeded_db: OpenedDatabase, tmp_path: Path, isolated_user_dirs: Path
) -> None:
    settings = AppSettings(store=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    settings.save_preference(BACKUPS_TO_KEEP, "2")
    for day in (1, 2, 3):
        made = daily_backup(seeded_db, settings.backups_to_keep(), date(2026, 5, day))
        assert made is not None and made.parent == backups_folder()
    assert daily_backup(seeded_db, settings.backups_to_keep(), date(2026, 5, 3)) is None
    names = sorted(p.name for p in backups_folder().iterdir())
    assert names == ["briefing-daily-2026-05-02.sqlite3", "briefing-daily-2026-05-03.sqlite3"]
    assert str(backups_folder()).startswith(str(isolated_user_dirs))
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in backups_folder().iterdir())
