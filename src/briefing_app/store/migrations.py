"""Alembic, run from code: create or upgrade a database to the schema this app knows.

Before an existing database is upgraded it is backed up next to itself. A database whose
schema revision this app does not know was written by a newer version and is refused.
"""

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy.engine import Engine

from briefing_app.domain.errors import UnusableDatabaseError
from briefing_app.i18n import QT_TRANSLATE_NOOP
from briefing_app.resources import data_dir
from briefing_app.store.backup import backup_file
from briefing_app.store.engine import read_only_engine, sqlite_path, writer


def alembic_config(engine: Engine) -> Config:
    """Alembic's configuration, bound to our engine. Migrations take the write lock as they
    begin, so two first starts on one new file run them once: the second waits, then finds
    the schema at head."""
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


def _known(script: ScriptDirectory, revision: str) -> bool:
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
    state = schema_state(engine)
    if state.at_head:
        return None
    saved = None
    path = sqlite_path(engine.url)
    if backup and state.current is not None and path is not None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        saved = path.with_name(f"{path.stem}.before-upgrade-{state.current}-{stamp}{path.suffix}")
        backup_file(engine, saved)
    try:
        command.upgrade(alembic_config(engine), "head")
    except sa.exc.OperationalError as exc:
        raise UnusableDatabaseError(
            QT_TRANSLATE_NOOP("Messages", "cannot upgrade {database}: {reason}"),
            database=describe(engine),
            reason=exc.orig,
        ) from exc
    return saved
