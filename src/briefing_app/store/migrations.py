"""Alembic, run from code: create or upgrade a database to the schema this app knows.

Before an existing database is upgraded it is backed up next to itself. A database whose
schema revision this app does not know was written by a newer version and is refused.

Alembic is imported only when the schema is not at head: the usual start reads the stamped
revision with one query and compares it with the head named in the revision files.
"""

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from briefing_app.domain.errors import UnusableDatabaseError
from briefing_app.i18n import QT_TRANSLATE_NOOP
from briefing_app.resources import data_dir
from briefing_app.services import overview_snapshot
from briefing_app.store.backup import backup_file
from briefing_app.store.engine import make_engine, read_only_engine, sqlite_path, writer
from briefing_app.store.schema_head import head_revision
from briefing_app.store.search_index import is_index_table
from briefing_app.store.storage_errors import first_line, storage_error

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory


def alembic_config(engine: Engine) -> "Config":
    """Alembic's configuration, bound to our engine. Migrations take the write lock as they
    begin, so two first starts on one new file run them once: the second waits, then finds
    the schema at head."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(data_dir("migrations")))
    config.attributes["engine"] = writer(engine)
    return config


@dataclass(frozen=True)
class SchemaState:
    current: str | None
    head: str
    has_tables: bool

    @property
    def at_head(self) -> bool:
        return self.current == self.head


def schema_state(engine: Engine) -> SchemaState:
    """Which revision the database is at; UnusableDatabaseError for files that are not ours."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(engine))
    head = script.get_current_head()
    assert head is not None, "the migrations folder has no revision"
    # An existing file is looked at read-only first: one that is refused stays untouched.
    path = sqlite_path(engine.url)
    probe = read_only_engine(path) if path is not None and path.is_file() else engine
    try:
        with probe.connect() as connection:
            current = MigrationContext.configure(connection).get_current_revision()
            tables = sa.inspect(connection).get_table_names()
    except (sa.exc.DatabaseError, UnicodeDecodeError) as exc:
        # SQLite's message about a damaged schema may quote bytes that are not UTF-8
        trouble = (
            storage_error(exc) if path is None and isinstance(exc, sa.exc.DBAPIError) else None
        )
        if trouble is not None:  # a server out of reach, or this user may not read it
            raise trouble from exc
        raise UnusableDatabaseError(
            QT_TRANSLATE_NOOP("Messages", "{database} is not a database this app can read"),
            database=describe(engine),
        ) from exc
    finally:
        if probe is not engine:
            probe.dispose()
    if current is None and tables:
        raise UnusableDatabaseError(
            QT_TRANSLATE_NOOP("Messages", "{database} is a database, but not a Briefing desk one"),
            database=describe(engine),
        )
    if current is not None and not _known(script, current):
        raise UnusableDatabaseError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{database} was written by a newer version of Briefing desk "
                "(schema {current}; this version knows up to {head}): update the app "
                "or open another file",
            ),
            database=describe(engine),
            current=current,
            head=head,
        )
    return SchemaState(current=current, head=head, has_tables=bool(tables))


def _known(script: "ScriptDirectory", revision: str) -> bool:
    from alembic.util import CommandError

    try:
        return script.get_revision(revision) is not None
    except CommandError:  # Alembic raises, rather than returning None, for unknown ids
        return False


def describe(engine: Engine) -> str:
    path = sqlite_path(engine.url)
    return str(path) if path else engine.url.render_as_string(hide_password=True)


def upgrade_to_head(engine: Engine, *, backup: bool = True) -> Path | None:
    """Bring the schema to head. Returns the backup taken before upgrading, if any (none with
    `backup=False`, for a copy that is itself disposable)."""
    if _stamped_at_head(engine):
        return None
    from alembic import command

    state = schema_state(engine)
    if state.at_head:
        return None
    saved = None
    path = sqlite_path(engine.url)
    if backup and state.current is not None and path is not None:
        saved = backup_file(engine, _unused_backup_name(path, state.current))
    try:
        command.upgrade(alembic_config(engine), "head")
    except sa.exc.DatabaseError as exc:  # PostgreSQL: a ProgrammingError, SQLite: Operational
        raise UnusableDatabaseError(
            QT_TRANSLATE_NOOP("Messages", "cannot upgrade {database}: {reason}"),
            database=describe(engine),
            reason=first_line(exc.orig),
        ) from exc
    if state.current is not None:  # a new file has no figures to forget
        _forget_overview(engine)
    return saved


def _forget_overview(engine: Engine) -> None:
    """After an upgrade the overview's figures a file keeps (0012) are read again: the new
    version may compute them otherwise, and a migration that rebuilt a table copied its rows
    without the triggers that say the figures are stale."""
    if engine.dialect.name != "sqlite":
        return
    with writer(engine).begin() as connection:
        connection.exec_driver_sql(f"DELETE FROM {overview_snapshot.SNAPSHOTS}")


def _unused_backup_name(path: Path, revision: str) -> Path:
    """`<name>.before-upgrade-<revision>-<time><suffix>`, numbered -2, -3 … when another
    instance opening the same older file in the same second has taken that name."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    base = f"{path.stem}.before-upgrade-{revision}-{stamp}"
    candidate = path.with_name(base + path.suffix)
    number = 1
    while os.path.lexists(candidate):
        number += 1
        candidate = path.with_name(f"{base}-{number}{path.suffix}")
    return candidate


#: the end of the names of migration 0014's indexes on the lists' rank expressions
RANK_INDEX = "_rank"


def outside_the_models(name: str | None, kind: str = "table") -> bool:
    """A table or index the migrations make outside the records' models (Alembic's
    autogenerate ignores it): the search index and its shadow tables, the overview's
    snapshot (0012), the indexes on the lists' rank expressions (0014)."""
    if kind == "index":
        return bool(name) and str(name).endswith(RANK_INDEX)
    return kind == "table" and (is_index_table(name) or name in overview_snapshot.TABLES)


def _stamped_at_head(engine: Engine) -> bool:
    """True when the database's stamped revision is the head (one query). Anything else (a new
    file, another program's database, a damaged one, an older or newer schema) is False, and
    `schema_state` looks closer."""
    return _stamped(engine) == head_revision()


def _stamped(engine: Engine) -> str | None:
    """The schema revision the database is stamped with; None for a new file, another
    program's database or a damaged one. An existing file is read read-only."""
    path = sqlite_path(engine.url)
    if path is not None and not path.is_file():
        return None
    probe = read_only_engine(path) if path is not None else engine
    try:
        with probe.connect() as connection:
            stamped = list(
                connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalars()
            )
            return str(stamped[0]) if len(stamped) == 1 else None
    except (sa.exc.DatabaseError, UnicodeDecodeError):
        return None
    finally:
        if probe is not engine:
            probe.dispose()


def revision_of(url: str) -> str | None:
    """The schema revision stamped in the database at `url` (None: none readable), changing
    nothing (`db upgrade` says what it upgraded from)."""
    engine = make_engine(url, create=False)
    try:
        return _stamped(engine)
    finally:
        engine.dispose()
