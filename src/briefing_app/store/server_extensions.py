"""PostgreSQL extensions the schema needs (pg_trgm, for the search index: migration 0009).

An extension is created by the migration that needs it when the database user may create it
(pg_trgm is a trusted extension: a user with the CREATE privilege on the database may). When the
server refuses, or does not have the extension installed, the migration stops with a message
saying what the server's administrator must do; nothing is changed.
"""

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from briefing_app.domain.errors import UnusableDatabaseError
from briefing_app.i18n import QT_TRANSLATE_NOOP


def create_extension(connection: Connection, name: str) -> None:
    """CREATE EXTENSION `name` unless the database has it; UnusableDatabaseError if refused."""
    present = sa.text("SELECT 1 FROM pg_extension WHERE extname = :name")
    if connection.execute(present, {"name": name}).first() is not None:
        return
    try:
        connection.exec_driver_sql(f"CREATE EXTENSION IF NOT EXISTS {name}")
    except sa.exc.DBAPIError as exc:
        raise UnusableDatabaseError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "the database {database} needs the PostgreSQL extension {extension}, which this "
                "user could not create ({reason}): an administrator must install it on the "
                "server (Debian: postgresql-contrib) and run CREATE EXTENSION {extension}; in "
                "that database",
            ),
            database=connection.engine.url.database,
            extension=name,
            reason=str(exc.orig).splitlines()[0],
        ) from exc
