"""The same search on SQLite and on PostgreSQL finds the same records, ranked and grouped the
same (issue 17 item 2): the seeded dataset in both, side by side."""

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from briefing_app.services.search import indexed_match, search_all
from briefing_app.store import search_index
from briefing_app.store.database import OpenedDatabase, open_database

pytestmark = pytest.mark.postgresql_only  # with a SQLite copy of its own

QUERIES = [
    "Thanh Hóa",  # Vietnamese with its marks
    "thanh hoa",  # and without
    "Đà Nẵng",
    "da nang",
    "山梨",  # two kanji: no trigram, the short-query scan
    "山梨県",
    "th",  # a two-letter word
    "hoa th",
    "yamanashi",  # also the locality of a party of meetings: found through related names
    "cao van cuong",  # a delegation's head
    "committee",
    "hợp tác",
]


@pytest.fixture(scope="module")
def sqlite_db(
    seeded_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[OpenedDatabase]:
    path = tmp_path_factory.mktemp("sqlite") / "seeded.sqlite3"
    shutil.copyfile(seeded_template, path)
    db = open_database(f"sqlite:///{path}")
    yield db
    db.engine.dispose()


def _results(db: OpenedDatabase, typed: str) -> list[tuple[str, list[tuple[int, int]]]]:
    groups = search_all(db.engine, typed, limit_per_kind=50)
    return [(g.kind, [(h.id, h.rank) for h in g.hits]) for g in groups]


def _list_ids(db: OpenedDatabase, typed: str) -> dict[str, set[int]]:
    with db.engine.connect() as connection:
        return {
            kind.kind: set(
                connection.scalars(sa.select(kind.model.id).where(indexed_match(kind.kind, typed)))
            )
            for kind in search_index.KINDS
        }


@pytest.mark.parametrize("typed", QUERIES)
def test_the_same_records_in_the_same_order(
    shared_db: OpenedDatabase, sqlite_db: OpenedDatabase, typed: str
) -> None:
    on_postgresql = _results(shared_db, typed)
    assert on_postgresql == _results(sqlite_db, typed)
    assert on_postgresql  # every query finds something in the dataset
    assert _list_ids(shared_db, typed) == _list_ids(sqlite_db, typed)


def test_a_meeting_is_found_by_its_partys_locality_on_both(
    shared_db: OpenedDatabase, sqlite_db: OpenedDatabase
) -> None:
    for db in (shared_db, sqlite_db):
        meetings = dict(_results(db, "yamanashi")).get("meeting", [])
        assert 1 in {id_ for id_, _rank in meetings}  # the Thanh Hóa – Yamanashi meeting
