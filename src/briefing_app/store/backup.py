"""Backups with SQLite's online backup API (safe while the app has the database open),
integrity checks, and restore that never leaves a half-restored file."""

import os
import sqlite3
from contextlib import closing
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from briefing_app.domain import models as m
from briefing_app.domain.errors import UnusableDatabaseError
from briefing_app.i18n import QT_TRANSLATE_NOOP
from briefing_app.store.engine import create_private_file, sqlite_path
from briefing_app.store.peek import read_only_uri


def require_sqlite_file(url: str | sa.URL) -> Path:
    """The file behind `url`. A database on a server (PostgreSQL) is refused plainly: the
    server's own tools back it up and restore it."""
    path = sqlite_path(url)
    if path is None:
        raise UnusableDatabaseError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "this database is on a server: back it up and restore it with pg_dump and "
                "pg_restore there (this app copies SQLite files only)",
            )
        )
    return path


def _copy(source: sqlite3.Connection, dest_path: Path) -> None:
    create_private_file(dest_path)
    with closing(sqlite3.connect(dest_path)) as dest:
        source.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")  # one self-contained file


def backup_file(engine: Engine, dest: Path) -> Path:
    """Copy the database behind `engine` into a new file `dest` (created owner-only)."""
    source_path = require_sqlite_file(engine.url)
    dest = dest.expanduser().absolute()  # not resolved: a symbolic link is not followed
    if dest.resolve() == source_path.resolve():
        raise UnusableDatabaseError(
            QT_TRANSLATE_NOOP("Messages", "a backup cannot overwrite the database it copies")
        )
    if os.path.lexists(dest):  # a file, or a link (even one to nothing)
        raise UnusableDatabaseError(
            QT_TRANSLATE_NOOP("Messages", "{path} already exists; choose a new file name"),
            path=dest,
        )
    try:
        # read-only: a backup only reads (and works from a read-only disk)
        with closing(sqlite3.connect(read_only_uri(source_path), uri=True)) as source:
            _copy(source, dest)
    except (OSError, sqlite3.Error) as exc:
        dest.unlink(missing_ok=True)
        raise UnusableDatabaseError(
            QT_TRANSLATE_NOOP("Messages", "backup to {path} failed: {reason}"),
            path=dest,
            reason=exc,
        ) from exc
    return dest


def one_line(report: str) -> str:
    """SQLite's integrity report (several lines, "*** in database main ***" first) as one."""
    lines = [line.strip() for line in str(report).splitlines()]
    return "; ".join(line for line in lines if line and not line.startswith("***"))


def integrity_problems(engine: Engine) -> list[str]:
    """What `PRAGMA integrity_check` and `foreign_key_check` report; empty when all is well.
    A server keeps its own pages and foreign keys sound: there, every table of the app must
    be readable (present, and open to this user)."""
    if engine.dialect.name != "sqlite":
        return _unreadable_tables(engine)
    problems: list[str] = []
    try:
        with engine.connect() as connection:
            rows = connection.exec_driver_sql("PRAGMA integrity_check").scalars().all()
            problems += [one_line(r) for r in rows if r != "ok"]
            for row in connection.exec_driver_sql("PRAGMA foreign_key_check"):
                problems.append(f"foreign key broken: table {row[0]}, row {row[1]} -> {row[2]}")
    except sa.exc.DatabaseError as exc:
        problems.append(f"cannot read the database: {exc.orig}")
    return problems


def _unreadable_tables(engine: Engine) -> list[str]:
    problems: list[str] = []
    for table in m.Base.metadata.sorted_tables:
        try:
            with engine.connect() as connection:  # one each: a failed statement ends a transaction
                connection.execute(sa.select(sa.literal(1)).select_from(table).limit(1)).all()
        except sa.exc.DatabaseError as exc:
            problems.append(f"cannot read table {table.name}: {one_line(str(exc.orig))}")
    return problems


def check_file(path: Path) -> None:
    """Refuse a file that is not a sound SQLite database."""
    if not path.is_file():
        raise UnusableDatabaseError(
            QT_TRANSLATE_NOOP("Messages", "no such file: {path}"), path=path
        )
    uri = f"file:{path}?mode=ro"
    try:
        with closing(sqlite3.connect(uri, uri=True)) as connection:
            result = connection.execute("PRAGMA integrity_check").fetchone()
    except sqlite3.DatabaseError as exc:
        raise UnusableDatabaseError(
            QT_TRANSLATE_NOOP("Messages", "{path} is not a database this app can read ({reason})"),
            path=path,
            reason=exc,
        ) from exc
    if result is None:
        raise UnusableDatabaseError(
            QT_TRANSLATE_NOOP("Messages", "{path} is damaged: unreadable"), path=path
        )
    if result[0] != "ok":
        raise UnusableDatabaseError(
            QT_TRANSLATE_NOOP("Messages", "{path} is damaged: {reason}"),
            path=path,
            reason=one_line(result[0]),
        )


def restore_file(source: Path, engine: Engine, aside: Path) -> None:
    """Replace the database behind `engine` with the contents of `source`.

    The current contents are first copied to `aside`. The copy into the live file is one
    SQLite transaction, so a crash leaves either the old or the new database, never a mix.
    The caller checks the source's schema before and upgrades it after.
    """
    target = require_sqlite_file(engine.url)
    source = source.expanduser().resolve()
    check_file(source)
    if source == target.resolve():
        raise UnusableDatabaseError(
            QT_TRANSLATE_NOOP("Messages", "that backup is the database itself")
        )
    backup_file(engine, aside)
    engine.dispose()
    try:
        with (
            closing(sqlite3.connect(source)) as src,
            closing(sqlite3.connect(target, timeout=10)) as dest,
        ):
            src.backup(dest)
    except sqlite3.Error as exc:
        raise UnusableDatabaseError(
            QT_TRANSLATE_NOOP("Messages", "restore from {path} failed: {reason}"),
            path=source,
            reason=exc,
        ) from exc
    os.chmod(target, 0o600)
