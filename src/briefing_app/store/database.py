"""Opening a database the way every entry point does: create, check, migrate, seed."""

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import Engine

from briefing_app.store.engine import make_engine, sqlite_path
from briefing_app.store.migrations import upgrade_to_head
from briefing_app.store.seed import SeedReport, load_seed


@dataclass(frozen=True)
class OpenedDatabase:
    url: str
    engine: Engine
    upgrade_backup: Path | None
    seed: SeedReport | None

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)


def open_database(url: str, *, create: bool = True, seed: bool = True) -> OpenedDatabase:
    """Open `url`, creating the file if allowed, migrating to head (with a backup of an
    existing file first) and loading the shipped dataset if this database lacks it.

    Raises UnusableDatabaseError (a UserError) for files that are not ours, damaged or too new.
    """
    engine = make_engine(url, create=create)
    try:
        backup = upgrade_to_head(engine)
        report = load_seed(engine) if seed else None
    except BaseException:
        engine.dispose()
        raise
    return OpenedDatabase(url=url, engine=engine, upgrade_backup=backup, seed=report)
