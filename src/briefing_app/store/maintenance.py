"""The `db check | backup | restore` use cases, on a database named by URL."""

import glob
import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

import sqlalchemy as sa

from briefing_app.domain import models as m
from briefing_app.domain.errors import UnusableDatabaseError
from briefing_app.i18n import QT_TRANSLATE_NOOP
from briefing_app.store import search_index
from briefing_app.store.backup import (
    backup_file,
    check_file,
    integrity_problems,
    require_sqlite_file,
    restore_file,
)
from briefing_app.store.engine import create_private_file, make_engine, sqlite_path
from briefing_app.store.migrations import describe, schema_state, upgrade_to_head
from briefing_app.store.unit_of_work import reading


def check(url: str) -> str:
    """A one-line verdict; raises UnusableDatabaseError unless the database is sound, current."""
    engine = make_engine(url, create=False)
    try:
        state = schema_state(engine)
        problems = integrity_problems(engine)
        if problems:
            shown = "; ".join(problems[:5])
            raise UnusableDatabaseError(
                QT_TRANSLATE_NOOP("Messages", "{database} failed the integrity check: {problems}"),
                database=describe(engine),
                problems=shown,
            )
        if not state.at_head:
            raise UnusableDatabaseError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{database} has schema {current}, this app expects {head}: "
                    "run `db upgrade` (a backup is taken first)",
                ),
                database=describe(engine),
                current=state.current or "none",
                head=state.head,
            )
        with reading(engine) as session:
            actions = session.scalar(sa.select(sa.func.count()).select_from(m.FollowUpAction))
        return (
            f"ok: {describe(engine)}: integrity ok, schema {state.head} (current), "
            f"{actions} follow-up actions"
        )
    finally:
        engine.dispose()


def backup(url: str, dest: Path) -> Path:
    engine = make_engine(url, create=False)
    try:
        schema_state(engine)  # refuses files that are not ours
        return backup_file(engine, dest)
    finally:
        engine.dispose()


def restore(url: str, source_url: str) -> Path:
    """Replace the database at `url` with the backup at `source_url`; returns where the
    replaced database was kept.

    Nothing is replaced until the backup has passed every check on a private copy of it, made
    beside the database: integrity, a schema this app knows, brought to the current schema, and
    then every table and column the app needs present (a backup whose tables were dropped would
    otherwise be accepted and break every later command). The copy takes the database's page
    size, so SQLite can copy it into the live file."""
    target = require_sqlite_file(url)
    source = sqlite_path(source_url)
    if source is None:
        raise UnusableDatabaseError(QT_TRANSLATE_NOOP("Messages", "restore takes a backup file"))
    check_file(source)
    source_engine = make_engine(source_url, create=False)
    try:
        state = schema_state(source_engine)
        if state.current is None:
            raise UnusableDatabaseError(
                QT_TRANSLATE_NOOP(
                    "Messages", "{path} is an empty database, not a Briefing desk backup"
                ),
                path=source,
            )
    finally:
        source_engine.dispose()
    engine = make_engine(url)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    staged = target.with_name(f".{target.stem}.restoring-{stamp}{target.suffix}")
    try:
        _stage(source, staged, page_size=_page_size(engine))
        staged_engine = make_engine(f"sqlite:///{staged}", create=False)
        try:
            upgrade_to_head(staged_engine, backup=False)
            missing = schema_problems(staged_engine)
        finally:
            staged_engine.dispose()
        if missing:
            raise UnusableDatabaseError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{path} is not a complete Briefing desk backup ({missing}); "
                    "nothing was restored",
                ),
                path=source,
                missing="; ".join(missing[:5]),
            )
        aside = target.with_name(f"{target.stem}.before-restore-{stamp}{target.suffix}")
        restore_file(staged, engine, aside)
        upgrade_to_head(engine)
        return aside
    finally:
        engine.dispose()
        for leftover in (staged, *staged.parent.glob(f"{glob.escape(staged.name)}-*")):
            leftover.unlink(missing_ok=True)


def _page_size(engine: sa.Engine) -> int:
    with engine.connect() as connection:
        return int(connection.exec_driver_sql("PRAGMA page_size").scalar_one())


def _stage(source: Path, staged: Path, *, page_size: int) -> None:
    """A private copy of `source` (opened read-only) at `staged`, with `page_size`."""
    create_private_file(staged)
    try:
        with (
            closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as src,
            closing(sqlite3.connect(staged)) as dest,
        ):
            src.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
            if dest.execute("PRAGMA page_size").fetchone()[0] != page_size:
                dest.execute(f"PRAGMA page_size = {int(page_size)}")
                dest.execute("VACUUM")
    except sqlite3.Error as exc:
        raise UnusableDatabaseError(
            QT_TRANSLATE_NOOP("Messages", "restore from {path} failed: {reason}"),
            path=source,
            reason=exc,
        ) from exc


def schema_problems(engine: sa.Engine) -> list[str]:
    """The tables and columns of the app's models that the database lacks (empty: complete)."""
    problems: list[str] = []
    with engine.connect() as connection:
        inspector = sa.inspect(connection)
        tables = set(inspector.get_table_names())
        for table in m.Base.metadata.sorted_tables:
            if table.name not in tables:
                problems.append(f"table {table.name} is missing")
                continue
            present = {c["name"] for c in inspector.get_columns(table.name)}
            problems += [
                f"column {table.name}.{c.name} is missing" for c in table.c if c.name not in present
            ]
        if not search_index.has_index(connection):
            problems.append(f"table {search_index.TABLE} is missing")
    return problems
