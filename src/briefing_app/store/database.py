"""Opening a database the way every entry point does: create, check, migrate, seed."""

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import Engine

from briefing_app.domain.access import Access
from briefing_app.store.engine import make_engine, sqlite_path
from briefing_app.store.migrations import upgrade_to_head
from briefing_app.store.seed import SeedReport, load_seed
from briefing_app.store.team_access import membership_refusal, read_access


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

    Raises UnusableDatabaseError (a UserError) for files that are not ours, damaged or too new,
    and says so when a team server refuses a login that is no member of the office.
    """
    path = sqlite_path(url)
    new_file = path is not None and not path.exists()
    engine = make_engine(url, create=create)
    try:
        backup = upgrade_to_head(engine)
        report = load_seed(engine) if seed else None
    except BaseException as exc:
        refusal = membership_refusal(engine, exc)
        engine.dispose()
        if new_file and path is not None:  # a failed first start (a full disk) leaves nothing
            for leftover in (
                path,
                path.with_name(path.name + "-wal"),
                path.with_name(path.name + "-shm"),
            ):
                leftover.unlink(missing_ok=True)
        if refusal is not None:
            raise refusal from exc
        raise
    return OpenedDatabase(url=url, engine=engine, upgrade_backup=backup, seed=report)


def open_as_member(url: str) -> tuple[OpenedDatabase, Access]:
    """Open `url` as open_database does, and read what the user may do there (the desktop
    app, on a worker thread). A login that is no member of the office leaves nothing open."""
    opened = open_database(url)
    try:
        return opened, read_access(opened.engine)
    except BaseException:
        opened.engine.dispose()
        raise
