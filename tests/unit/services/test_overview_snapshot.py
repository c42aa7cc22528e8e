"""The overview a start shows at once (issue 16, migration 0012): kept after each read, given
back only while exact — same day, same language, schema at head, and no write since, by the
app or by any other program."""

import logging
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import fields, is_dataclass
from datetime import date, timedelta
from typing import Any

import pytest

from briefing_app.domain.enums import DuePrecision
from briefing_app.domain.shown_text import fallback_language
from briefing_app.domain.translations import reading_language, set_reading_language
from briefing_app.services import overview_snapshot
from briefing_app.services.actions import ActionEdit, update_action
from briefing_app.services.overview import forum_overview, remembered_forum_overview
from briefing_app.services.overview_snapshot import from_json, remembered_overview, to_json
from briefing_app.store import engine as engine_module
from briefing_app.store.database import OpenedDatabase
from briefing_app.store.engine import BUSY_TIMEOUT_MS, make_engine
from briefing_app.store.migrations import outside_the_models

TODAY = date(2026, 1, 10)


@pytest.fixture
def vietnamese() -> Iterator[None]:
    before = reading_language()
    set_reading_language("vi")
    yield
    set_reading_language(before)


def _texts(value: Any, path: str = "") -> Iterator[tuple[str, str, str | None]]:
    """Every text in an overview, where it is, and the language it fell back to."""
    if is_dataclass(value) and not isinstance(value, type):
        for f in fields(value):
            yield from _texts(getattr(value, f.name), f"{path}.{f.name}")
    elif isinstance(value, list):
        for number, item in enumerate(value):
            yield from _texts(item, f"{path}[{number}]")
    elif isinstance(value, str):
        yield path, value, fallback_language(value)


def _remembered(db: OpenedDatabase, today: date = TODAY, language: str = "en") -> Any:
    return remembered_overview(db.url, today=today, language=language)


@pytest.mark.sqlite_only
def test_a_read_overview_is_read_back_the_same(seeded_db: OpenedDatabase, vietnamese: None) -> None:
    with seeded_db.engine.begin() as connection:  # a key fact with no Vietnamese version
        connection.exec_driver_sql(
            "UPDATE event_facts SET translations = '{}' "
            "WHERE id = (SELECT min(id) FROM event_facts)"
        )
    read = remembered_forum_overview(seeded_db.engine, today=TODAY)

    shown = remembered_overview(seeded_db.url, today=TODAY, language="vi")

    assert read == forum_overview(seeded_db.engine, today=TODAY)
    assert shown == read
    assert list(_texts(shown)) == list(_texts(read))
    assert ("en", "en") in {
        (language, shown_language)
        for (_, _, language), (_, _, shown_language) in zip(
            _texts(read), _texts(shown), strict=True
        )
    }, "a text with no Vietnamese version is shown in English, and tagged so after reading back"


def test_a_team_server_reads_its_overview_each_time(seeded_db: OpenedDatabase) -> None:
    """On PostgreSQL each member's overview is their own (row-level security): none is kept."""
    read = remembered_forum_overview(seeded_db.engine, today=TODAY)

    assert read == forum_overview(seeded_db.engine, today=TODAY)
    if seeded_db.path is None:
        assert _remembered(seeded_db) is None


@pytest.mark.sqlite_only
def test_kept_for_its_day_and_language_only(seeded_db: OpenedDatabase) -> None:
    remembered_forum_overview(seeded_db.engine, today=TODAY)

    assert _remembered(seeded_db) is not None
    assert _remembered(seeded_db, today=TODAY + timedelta(days=1)) is None
    assert _remembered(seeded_db, language="vi") is None


@pytest.mark.sqlite_only
def test_a_change_by_the_app_makes_it_stale(seeded_db: OpenedDatabase) -> None:
    remembered_forum_overview(seeded_db.engine, today=TODAY)

    update_action(seeded_db.engine, 1, ActionEdit(due=(TODAY, DuePrecision.DAY)), changed_by="t")

    assert _remembered(seeded_db) is None
    again = remembered_forum_overview(seeded_db.engine, today=TODAY)
    assert _remembered(seeded_db) == again


@pytest.mark.sqlite_only
@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE localities SET name = name || ' (renamed)' WHERE id = 1",
        "INSERT INTO app_meta (key, value) VALUES ('written-by', 'another tool')",
        "DELETE FROM citations WHERE id = (SELECT min(id) FROM citations)",
    ],
)
def test_a_change_by_another_program_makes_it_stale(
    seeded_db: OpenedDatabase, statement: str
) -> None:
    remembered_forum_overview(seeded_db.engine, today=TODAY)
    seeded_db.engine.dispose()
    assert seeded_db.path is not None
    with sqlite3.connect(seeded_db.path) as other:
        other.execute(statement)

    assert _remembered(seeded_db) is None


@pytest.mark.sqlite_only
def test_nothing_is_shown_from_a_schema_below_head(seeded_db: OpenedDatabase) -> None:
    remembered_forum_overview(seeded_db.engine, today=TODAY)
    seeded_db.engine.dispose()
    assert seeded_db.path is not None
    with sqlite3.connect(seeded_db.path) as other:
        other.execute("UPDATE alembic_version SET version_num = '0011'")

    assert _remembered(seeded_db) is None


@pytest.mark.sqlite_only
@pytest.mark.parametrize(
    "body",
    [
        '{"event": 1}',
        "not JSON",
        '"a text"',
        "[" * 100_000,  # a file made elsewhere: nested too deep for json (RecursionError)
        b"\xff",
        42,
    ],
)
def test_figures_it_cannot_read_are_no_figures(seeded_db: OpenedDatabase, body: object) -> None:
    remembered_forum_overview(seeded_db.engine, today=TODAY)
    seeded_db.engine.dispose()
    assert seeded_db.path is not None
    with sqlite3.connect(seeded_db.path) as other:
        other.execute(f"UPDATE {overview_snapshot.SNAPSHOTS} SET body = ?", (body,))

    assert _remembered(seeded_db) is None


@pytest.mark.sqlite_only
def test_a_read_only_file_is_read_and_says_so_in_one_line(
    seeded_db: OpenedDatabase, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A file on read-only storage (a write-protected share) keeps no figures: each read of
    the overview logs why in one line, not a traceback."""
    seeded_db.engine.dispose()
    monkeypatch.setattr(engine_module, "on_read_only_storage", lambda _path: True)
    read_only = make_engine(seeded_db.url)
    try:
        with caplog.at_level(logging.WARNING):
            overview = remembered_forum_overview(read_only, today=TODAY)
    finally:
        read_only.dispose()

    assert overview == forum_overview(seeded_db.engine, today=TODAY)
    [record] = caplog.records
    assert record.exc_info is None
    assert record.getMessage() == (
        "the overview's figures could not be kept for the next start: "
        "attempt to write a readonly database"
    )


@pytest.mark.sqlite_only
def test_another_programs_write_does_not_hold_the_figures_back(
    seeded_db: OpenedDatabase, caplog: pytest.LogCaptureFixture
) -> None:
    """While another program writes (an import holds the lock for seconds) the figures read
    are given at once, not after the busy timeout, and not kept; kept by the next read."""
    assert seeded_db.path is not None
    other = sqlite3.connect(seeded_db.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        with caplog.at_level(logging.WARNING):
            overview = remembered_forum_overview(seeded_db.engine, today=TODAY)
        waited = time.monotonic() - started
    finally:
        other.execute("ROLLBACK")
        other.close()

    assert waited < BUSY_TIMEOUT_MS / 1000 / 2
    assert overview == forum_overview(seeded_db.engine, today=TODAY)
    assert caplog.messages == [
        "the overview's figures could not be kept for the next start: database is locked"
    ]
    assert _remembered(seeded_db) is None
    with seeded_db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == BUSY_TIMEOUT_MS
    remembered_forum_overview(seeded_db.engine, today=TODAY)
    assert _remembered(seeded_db) == overview


def test_no_figures_without_a_file(seeded_db: OpenedDatabase, tmp_path: Any) -> None:
    missing = tmp_path / "missing.sqlite3"
    assert remembered_overview(f"sqlite:///{missing}", today=TODAY, language="en") is None
    assert not missing.exists(), "looking must not create the file"
    assert remembered_overview("postgresql+psycopg://u@h/db", today=TODAY, language="en") is None
    not_ours = tmp_path / "notes.txt"
    not_ours.write_text("hello")
    assert remembered_overview(f"sqlite:///{not_ours}", today=TODAY, language="en") is None


@pytest.mark.sqlite_only
def test_every_table_of_the_records_counts_its_writes(seeded_db: OpenedDatabase) -> None:
    """A table a later migration adds needs the three triggers too (else a change in it would
    leave the remembered figures looking exact)."""
    with seeded_db.engine.connect() as connection:
        tables = {
            name
            for (name,) in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'"
            )
            if not outside_the_models(name)
        }
        triggers = {
            (table, name)
            for (table, name) in connection.exec_driver_sql(
                "SELECT tbl_name, name FROM sqlite_master WHERE type = 'trigger'"
            )
        }
    assert len(tables) > 20
    for table in tables:
        for statement in ("insert", "update", "delete"):
            name = f"{overview_snapshot.STALE_TRIGGER}{table}_{statement}"
            assert (table, name) in triggers, f"{table} has no trigger {name}"


def test_the_json_gives_back_every_field(seeded_db: OpenedDatabase) -> None:
    update_action(
        seeded_db.engine,
        2,
        ActionEdit(due=(TODAY - timedelta(days=3), DuePrecision.DAY)),
        changed_by="t",
    )
    overview = forum_overview(seeded_db.engine, today=TODAY)
    assert overview.overdue and overview.facts and overview.event is not None

    assert from_json(to_json(overview)) == overview


@pytest.mark.sqlite_only
def test_an_upgrade_forgets_the_figures(seeded_db: OpenedDatabase) -> None:
    """A new version may compute the figures otherwise, and a migration may rewrite rows
    without the triggers: after an upgrade the figures are read again."""
    from alembic import command

    from briefing_app.store import migrations

    remembered_forum_overview(seeded_db.engine, today=TODAY)
    command.downgrade(migrations.alembic_config(seeded_db.engine), "0013")  # keeps the figures
    assert _remembered(seeded_db) is None  # below head

    migrations.upgrade_to_head(seeded_db.engine, backup=False)

    assert _remembered(seeded_db) is None


@pytest.mark.sqlite_only
def test_a_table_that_lost_its_triggers_shows_no_figures(seeded_db: OpenedDatabase) -> None:
    """Another tool that rebuilds a table (DB Browser's "modify table") drops its triggers:
    that table's writes would no longer make the figures stale, so none are shown."""
    remembered_forum_overview(seeded_db.engine, today=TODAY)
    seeded_db.engine.dispose()
    assert seeded_db.path is not None
    assert _remembered(seeded_db) is not None
    with sqlite3.connect(seeded_db.path) as other:
        other.execute(f"DROP TRIGGER {overview_snapshot.STALE_TRIGGER}localities_update")

    assert _remembered(seeded_db) is None
