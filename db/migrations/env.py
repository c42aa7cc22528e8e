"""Alembic environment. The app passes its engine in `config.attributes["engine"]`; for
developers, `alembic -c db/alembic.ini …` builds one from BRIEFING_DB_URL or the URL in the ini."""

import os

from alembic import context
from sqlalchemy.engine import Engine

from briefing_app.domain.models import Base
from briefing_app.store.engine import BUSY_TIMEOUT_MS, make_engine, writer
from briefing_app.store.migrations import outside_the_models
from briefing_app.store.team_users import grant_members, has_members_table

config = context.config
#: how long a migration waits for another instance's (SQLite), in milliseconds
MIGRATION_WAIT_MS = 300_000


def _engine() -> Engine:
    given = config.attributes.get("engine")
    if given is not None:
        return given
    url = os.environ.get("BRIEFING_DB_URL") or config.get_main_option("sqlalchemy.url")
    assert url, "set BRIEFING_DB_URL or sqlalchemy.url"
    return make_engine(url)


def include_name(name: str | None, type_: str, _parents: object) -> bool:
    """Autogenerate ignores the tables and indexes the migrations make outside the ORM
    metadata."""
    return not outside_the_models(name, type_)


def run_migrations_online() -> None:
    engine = _engine()
    is_sqlite = engine.dialect.name == "sqlite"
    # The migration's transaction takes the write lock as it begins (BEGIN IMMEDIATE): begun
    # deferred, it read the schema revision first, and a second instance starting on the same
    # new file then failed 'database is locked' at once (SQLite cannot upgrade a reader whose
    # snapshot another writer has moved past; no busy wait applies) instead of waiting for
    # the first to finish and finding the schema at head.
    with writer(engine).connect() as connection:
        raw = connection.connection.driver_connection
        if is_sqlite:
            # Batch migrations copy tables; foreign keys must be off while they do, and this
            # pragma only takes effect outside a transaction, hence the raw driver connection.
            raw.execute("PRAGMA foreign_keys = OFF")
            # Another instance starting on the same new file may be migrating it: wait for its
            # write lock as long as a migration can take, then find the schema at head.
            raw.execute(f"PRAGMA busy_timeout = {MIGRATION_WAIT_MS}")
        try:
            context.configure(
                connection=connection,
                target_metadata=Base.metadata,
                render_as_batch=is_sqlite,
                # One transaction for all the revisions, on SQLite too (Alembic's default there
                # is one per revision): another instance never sees a half-upgraded schema,
                # and a failed upgrade leaves the revision it started from.
                transactional_ddl=True,
                compare_type=True,
                include_name=include_name,
            )
            with context.begin_transaction():
                context.run_migrations()
                if is_sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(f"migration broke foreign keys: {broken[:5]}")
                elif has_members_table(connection):
                    # tables a revision added are granted to the office's members at once
                    grant_members(connection)
        finally:
            if is_sqlite:
                raw.execute("PRAGMA foreign_keys = ON")
                raw.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


if context.is_offline_mode():
    raise SystemExit("offline (SQL script) migrations are not supported")
run_migrations_online()
