"""The `db check | backup | restore` use cases, on a database named by URL."""

from datetime import datetime
from pathlib import Path

import sqlalchemy as sa

from briefing_app.domain import models as m
from briefing_app.domain.errors import UnusableDatabaseError
from briefing_app.i18n import QT_TRANSLATE_NOOP
from briefing_app.store.backup import backup_file, check_file, integrity_problems, restore_file
from briefing_app.store.engine import make_engine, sqlite_path
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
    replaced database was kept. The backup is checked (integrity, schema) before anything
    changes, and brought to the current schema after."""
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
    try:
        target = sqlite_path(url)
        assert target is not None
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = target.with_name(f"{target.stem}.before-restore-{stamp}{target.suffix}")
        restore_file(source, engine, aside)
        upgrade_to_head(engine)
        return aside
    finally:
        engine.dispose()
