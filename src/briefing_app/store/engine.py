"""Engines configured the way DESIGN §6 and §8 require.

SQLite: foreign keys on (per connection), WAL, synchronous=FULL, a busy timeout, and SQLAlchemy's
documented pysqlite recipe so that DDL is transactional and we choose how each transaction
begins: `BEGIN IMMEDIATE` for writes, so a read-then-write unit of work waits for the lock
instead of failing at once with "database is locked".

PostgreSQL: a write transaction takes one advisory lock, so writes follow each other as on
SQLite (optimistic `version` checks still catch an edit made since the editor read it).
"""

import os
import sqlite3
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import NullPool

from briefing_app.domain.errors import UnusableDatabaseError
from briefing_app.domain.text import fold
from briefing_app.i18n import QT_TRANSLATE_NOOP
from briefing_app.store import change_notices, server_connection
from briefing_app.store.peek import on_read_only_storage, read_only_uri

BUSY_TIMEOUT_MS = 10_000
BEGIN_MODE = "briefing_begin_mode"


def sqlite_path(url: str | sa.URL) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory SQLite."""
    parsed = sa.make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def create_private_file(path: Path) -> None:
    """Create an empty database file readable by its owner only (SQLite gives its -wal and -shm
    files the same permissions). Refuses with a clear message when the folder is unwritable."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise UnusableDatabaseError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "cannot create the database {path}: its folder cannot be made ({reason})",
            ),
            path=path,
            reason=exc.strerror,
        ) from exc
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return
    except OSError as exc:
        raise UnusableDatabaseError(
            QT_TRANSLATE_NOOP("Messages", "cannot create the database {path}: {reason}"),
            path=path,
            reason=exc.strerror,
        ) from exc
    os.close(fd)


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event, not the driver, start transactions.
    dbapi_connection.isolation_level = None
    dbapi_connection.create_function("fold", 1, _fold_or_none, deterministic=True)
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
    finally:
        cursor.close()


def _on_connect_read_only(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    """As _on_connect, for a file on read-only storage: nothing that writes (no WAL switch)."""
    dbapi_connection.isolation_level = None
    dbapi_connection.create_function("fold", 1, _fold_or_none, deterministic=True)
    dbapi_connection.execute("PRAGMA foreign_keys = ON")


def _fold_or_none(value: str | None) -> str | None:
    return None if value is None else fold(value)


def _on_begin(connection: sa.Connection) -> None:
    mode = connection.get_execution_options().get(BEGIN_MODE, "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")


#: The key of the advisory lock a write transaction holds on a PostgreSQL server.
WRITE_LOCK_KEY = 0x42524946  # "BRIF"


def _on_begin_server(connection: sa.Connection) -> None:
    """A write transaction on a server waits for the one before it, as on SQLite: what a unit
    of work reads before it writes (a free id, whether the seed is loaded, the schema
    revision) is still true when it commits. Released by the server at COMMIT or ROLLBACK,
    also when a connection drops."""
    if connection.get_execution_options().get(BEGIN_MODE) == "IMMEDIATE":
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")


def _server_options(_dialect: Any, _record: Any, _cargs: Any, cparams: dict[str, Any]) -> None:
    """How a connection to a server notices trouble (server_connection.CONNECTION_OPTIONS),
    where the URL says nothing else."""
    for key, value in server_connection.CONNECTION_OPTIONS.items():
        cparams.setdefault(key, value)
    # The app's queries read a page or a few rows; JIT compiling them cost more than it saved
    # (a member's count of 210,000 comments, its row-level security priced high: 1.8 s with
    # JIT, 0.7 s without).
    cparams.setdefault("options", "-c jit=off")


def make_engine(url: str, *, create: bool = True) -> Engine:
    """An engine for `url`. A missing SQLite file is created owner-only when `create` is set."""
    path = sqlite_path(url)
    if path is not None:
        if not path.exists():
            if not create:
                raise UnusableDatabaseError(
                    QT_TRANSLATE_NOOP("Messages", "no database at {path}"), path=path
                )
            create_private_file(path)
        elif path.is_dir():
            raise UnusableDatabaseError(
                QT_TRANSLATE_NOOP("Messages", "{path} is a folder, not a database file"), path=path
            )
    if path is not None and path.is_file() and on_read_only_storage(path):
        # Reading works (list, show, export, backup, briefs); a write is refused by SQLite as
        # "attempt to write a readonly database", which the command line words as such.
        uri = read_only_uri(path)
        engine = sa.create_engine(
            url, creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False)
        )
        event.listen(engine, "connect", _on_connect_read_only)
        event.listen(engine, "begin", _on_begin)
        return engine
    try:
        # A server may drop an idle connection (a restart, a network blip, an idle timeout):
        # each one is tested as it leaves the pool, and a dead one replaced, not handed out.
        engine = sa.create_engine(url, pool_pre_ping=sqlite_path(url) is None)
    except (sa.exc.ArgumentError, sa.exc.NoSuchModuleError) as exc:
        raise UnusableDatabaseError(
            QT_TRANSLATE_NOOP("Messages", "not a database URL this app understands: {reason}"),
            reason=exc,
        ) from exc
    except ModuleNotFoundError as exc:
        raise UnusableDatabaseError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "the database driver '{driver}' is not installed; for PostgreSQL install "
                "briefing-desk[postgres]",
            ),
            driver=exc.name,
        ) from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _on_connect)
        event.listen(engine, "begin", _on_begin)
    elif engine.dialect.name == "postgresql":
        event.listen(engine, "begin", _on_begin_server)
        event.listen(engine, "do_connect", _server_options)
        server_connection.supply_password(engine)  # the keyring's or the prompt's, if any
        change_notices.install(engine)
    return engine


def read_only_engine(path: Path) -> Engine:
    """An engine that only looks at the SQLite file `path`: opened read-only, without the
    pragmas above (WAL would rewrite the file's header), so a file that is refused after a look
    stays byte-identical."""
    uri = read_only_uri(path)
    return sa.create_engine(
        "sqlite://",
        creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
        poolclass=NullPool,
    )


def writer(engine: Engine) -> Engine:
    """The same engine, but its transactions take the write lock as they begin."""
    return engine.execution_options(**{BEGIN_MODE: "IMMEDIATE"})
