"""benchmarks/team_load.py: its check finds a lost update, a refused save's trace and a version
claimed twice in made-up records, and a small real load (2 clients × 20 saves, on SQLite and,
with BRIEFING_TEST_PG_URL, on PostgreSQL) finds none."""

import importlib
import os
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.pool import NullPool

from pg_databases import PgDatabases

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


@pytest.fixture(scope="module")
def team_load() -> Iterator[ModuleType]:
    """Imported by name from the benchmarks' folder: the client processes (spawned) import it
    the same way to find their function."""
    sys.path.insert(0, str(BENCHMARKS))
    try:
        yield importlib.import_module("team_load")
    finally:
        sys.path.remove(str(BENCHMARKS))


def _save(
    load: ModuleType, client: str, number: int, base: int, values: dict[str, Any], **kw: Any
) -> Any:
    return load.Attempt(
        client=client,
        number=number,
        action_id=1,
        base_version=base,
        values=values,
        comment=kw.get("comment"),
        outcome=kw.get("outcome", load.ACCEPTED),
        new_version=kw.get("new_version", base + 1),
        ms=1.0,
    )


def _row(load: ModuleType, row_id: int, save: Any, field: str, old: str, new: str) -> Any:
    return load.Change(row_id, 1, save.client, field, old, new, save.tag)


def _history(load: ModuleType) -> tuple[list[Any], Any]:
    """Three saves on action 1 (version 1 to 3) and a refused one, as the database keeps them."""
    title = _save(load, "client-1", 1, 1, {"title": "Edited by client-1 #1"})
    status = _save(load, "client-2", 1, 2, {"status": "done", "title": "Edited by client-2 #1"})
    refused = _save(load, "client-1", 2, 1, {"status": "cancelled"}, outcome=load.CONFLICT)
    comment = _save(load, "client-1", 3, 3, {}, comment="Comment by client-1 #3", new_version=None)
    stored = load.Stored(
        versions={1: 3},
        values={1: {"title": "Edited by client-2 #1", "status": "done", "owner_ref": None}},
        changes=[
            _row(load, 10, title, "title", "Old", "Edited by client-1 #1"),
            _row(load, 11, status, "title", "Edited by client-1 #1", "Edited by client-2 #1"),
            _row(load, 12, status, "status", "agreed", "done"),
        ],
        comments=[(1, "client-1", "Comment by client-1 #3")],
    )
    return [title, status, refused, comment], stored


def test_the_records_of_a_clean_run_pass(team_load: ModuleType) -> None:
    attempts, stored = _history(team_load)
    verdict = team_load.verify(attempts, {1: 1}, stored)
    assert verdict.ok, verdict


def test_a_missing_history_row_is_one_lost_update(team_load: ModuleType) -> None:
    attempts, stored = _history(team_load)
    without = replace(stored, changes=[c for c in stored.changes if c.field != "status"])
    verdict = team_load.verify(attempts, {1: 1}, without)
    assert list(verdict.lost) == ["client-2 #1"]
    assert verdict.traces == [] and verdict.unexplained == []


def test_a_missing_comment_is_a_lost_update(team_load: ModuleType) -> None:
    attempts, stored = _history(team_load)
    verdict = team_load.verify(attempts, {1: 1}, replace(stored, comments=[]))
    assert list(verdict.lost) == ["client-1 #3"]


def test_a_final_value_not_the_last_save_is_a_lost_update(team_load: ModuleType) -> None:
    attempts, stored = _history(team_load)
    values = {1: {**stored.values[1], "status": "agreed"}}
    verdict = team_load.verify(attempts, {1: 1}, replace(stored, values=values))
    assert list(verdict.lost) == ["client-2 #1"]


def test_two_saves_claiming_one_version_lose_one(team_load: ModuleType) -> None:
    attempts, stored = _history(team_load)
    twice = replace(attempts[1], base_version=1, new_version=2)
    verdict = team_load.verify([attempts[0], twice, *attempts[2:]], {1: 1}, stored)
    assert list(verdict.lost) == ["client-2 #1"]
    assert len(verdict.unexplained) == 1  # nobody claims version 3


def test_a_save_on_an_old_version_loses_what_it_never_saw(team_load: ModuleType) -> None:
    """Accepted although based on version 1: it overwrote the title saved as version 2."""
    attempts, stored = _history(team_load)
    stale = replace(attempts[1], base_version=1)
    verdict = team_load.verify([attempts[0], stale, *attempts[2:]], {1: 1}, stored)
    assert list(verdict.lost) == ["client-1 #1"]


def test_a_history_chain_broken_is_a_lost_update(team_load: ModuleType) -> None:
    """The second title save's row starts from the title before the first: it never saw it."""
    attempts, stored = _history(team_load)
    changes = list(stored.changes)
    changes[1] = replace(changes[1], old_value="Old")
    verdict = team_load.verify(attempts, {1: 1}, replace(stored, changes=changes))
    assert list(verdict.lost) == ["client-1 #1"]


def test_a_refused_save_that_wrote_is_a_trace(team_load: ModuleType) -> None:
    attempts, stored = _history(team_load)
    trace = _row(team_load, 13, attempts[2], "status", "done", "cancelled")
    verdict = team_load.verify(attempts, {1: 1}, replace(stored, changes=[*stored.changes, trace]))
    assert verdict.lost == {} and len(verdict.traces) == 1
    assert "client-1 #2 was refused" in verdict.traces[0]


def test_a_conflict_with_no_newer_version_is_unexplained(team_load: ModuleType) -> None:
    """Refused as stale, but the stored version it was told of is its own."""
    attempts, stored = _history(team_load)
    spurious = replace(attempts[2], new_version=1)
    verdict = team_load.verify([*attempts[:2], spurious, attempts[3]], {1: 1}, stored)
    assert len(verdict.unexplained) == 1 and "client-1 #2 was refused" in verdict.unexplained[0]
    assert verdict.lost == {} and verdict.traces == []


def test_a_save_that_may_have_been_stored_is_taken_as_what_the_database_holds(
    team_load: ModuleType,
) -> None:
    """Its connection dropped during COMMIT: its rows are there, so it was saved, as the
    version after the save before it; a second one left nothing, so it was not."""
    attempts, stored = _history(team_load)
    maybe = replace(attempts[1], outcome=team_load.MAYBE, new_version=None)
    gone = replace(attempts[2], outcome=team_load.MAYBE, new_version=None)
    expected = frozenset({team_load.CONFLICT, team_load.DROPPED, team_load.MAYBE})
    verdict = team_load.verify([attempts[0], maybe, gone, attempts[3]], {1: 1}, stored, expected)
    assert verdict.ok, verdict
    settled = team_load.settled([attempts[0], maybe, gone], {1: 1}, stored)
    assert [(a.outcome, a.new_version) for a in settled[1:]] == [
        (team_load.ACCEPTED, 3),
        (team_load.DROPPED, None),
    ]
    verdict = team_load.verify([attempts[0], maybe, gone, attempts[3]], {1: 1}, stored)
    assert verdict.unexplained == [f"client-1 #2 on action 1: {team_load.DROPPED}: "]


def test_an_error_other_than_a_conflict_is_unexplained(team_load: ModuleType) -> None:
    attempts, stored = _history(team_load)
    failed = replace(
        attempts[2], outcome="OperationalError", new_version=None, detail="database is locked"
    )
    verdict = team_load.verify([*attempts[:2], failed, attempts[3]], {1: 1}, stored)
    assert verdict.unexplained == ["client-1 #2 on action 1: OperationalError: database is locked"]


@pytest.fixture(params=["sqlite", "postgresql"])
def new_database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of a new, empty database (on PostgreSQL: skipped without a test server)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'load.sqlite3'}"
        return
    databases: PgDatabases = request.getfixturevalue("pg_databases")
    url = databases.create_blank()
    yield url
    databases.release(url)


def test_a_small_load_loses_nothing(team_load: ModuleType, new_database: str) -> None:
    result = team_load.load(new_database, clients=2, edits=20, actions=3, seed=5)
    assert result.problems == []
    assert result.attempts == 40 and result.lost == result.traces == result.unexplained == 0
    assert result.accepted + sum(result.refused.values()) == 40
    assert set(result.refused) <= {"conflict"} and result.accepted > 20
    assert 0 < result.p50_ms <= result.p95_ms <= result.max_ms


def test_members_of_the_office_lose_nothing(
    team_load: ModuleType, pg_databases: PgDatabases
) -> None:
    """Each client logs in as a member of its own: the history names the login (migration
    0011's trigger), which is the client's name; the logins are gone afterwards. The server
    ends a client's connection every 50 ms meanwhile: a save refused as "connection lost"
    left nothing."""
    url = pg_databases.create_blank()
    try:
        result = team_load.load(
            url, clients=2, edits=20, actions=3, seed=5, members=True, drop_every=0.05
        )
        assert result.problems == [] and result.attempts == 40 and result.lost == 0
        assert result.dropped > 0
        engine = sa.create_engine(url, poolclass=NullPool)
        with engine.connect() as connection:
            names = set(
                connection.scalars(sa.text("SELECT DISTINCT changed_by FROM action_changes"))
            )
            left = connection.scalar(
                sa.text("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'load-%'")
            )
        engine.dispose()
        assert {f"load-{os.getpid()}-client-{n}" for n in (1, 2)} <= names
        assert left == 0
    finally:
        pg_databases.release(url)
