"""Every list pages by key (issue 16): its pages, each read right after the previous page's
last row, joined end to end, are the list read whole, in every order it offers, both ways,
on a generated database (empty values and ties included). The action list has its own
brute-force test (test_listing_pages.py)."""

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import Engine

from briefing_app.services import listing
from briefing_app.services.pages import Page, PageRequest
from briefing_app.services.record_kinds import pages
from briefing_app.store.database import open_database

PAGE = 3

#: each list, and the orders it offers
LISTS: dict[str, tuple[Callable[..., Page[Any]], tuple[str, ...]]] = {
    "meetings": (
        listing.page_meetings,
        ("id", "date", "kind", "title", "parties", "actions", "classification"),
    ),
    "delegations": (
        listing.page_delegations,
        ("id", "name", "side", "locality", "head", "members"),
    ),
    "localities": (listing.page_localities, ("id", "name", "native", "country", "kind")),
    "people": (
        listing.page_people,
        ("id", "name", "native", "position", "organisation", "country"),
    ),
    "agreements": (
        listing.page_agreements,
        ("id", "parties", "title", "kind", "status", "signed", "meeting"),
    ),
    "sources": (
        listing.page_sources,
        ("id", "title", "publisher", "published", "language", "kind", "citations"),
    ),
    "events": (pages.page_events, ("id", "name", "kind", "date", "venue", "parent")),
    "organisations": (
        pages.page_organisations,
        ("id", "name", "native", "kind", "country", "locality"),
    ),
    "facts": (pages.page_facts, ("id", "sources", "label", "value", "event")),
}


@pytest.fixture(scope="module")
def generated(generated_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    template = tmp_path_factory.mktemp("keyset") / "template.sqlite3"
    template.write_bytes(generated_template.read_bytes())
    _more_agreements(template)
    return template


def _more_agreements(path: Path) -> None:
    """The generator makes no agreements beyond the dataset's one: copies of it, with other
    titles, statuses and dates (some empty), and each its parties."""
    with closing(sqlite3.connect(path)) as connection, connection:
        columns = [
            row[1]
            for row in connection.execute("PRAGMA table_info(agreements)")
            if row[1] not in ("id", "title", "search_folded", "status", "signed_on", "seed_key")
        ]
        listed = ", ".join(columns)
        statuses = ["signed", "proposed", "in_force", "signed", "abandoned", "proposed"]
        for number, status in enumerate(statuses, start=2):
            signed = None if number % 3 == 0 else f"2025-0{number}-1{number}"
            title = f"Agreement {10 - number} on cooperation"
            connection.execute(
                f"INSERT INTO agreements (id, title, search_folded, status, signed_on, {listed}) "
                f"SELECT ?, ?, ?, ?, ?, {listed} FROM agreements WHERE id = 1",
                (number, title, title.lower(), status, signed),
            )
            connection.execute(
                "INSERT INTO agreement_parties (agreement_id, locality_id) "
                "SELECT ?, locality_id FROM agreement_parties WHERE agreement_id = 1",
                (number,),
            )


@pytest.fixture
def engine(generated: Path, tmp_path: Path) -> Iterator[Engine]:
    path = tmp_path / "db.sqlite3"
    path.write_bytes(generated.read_bytes())
    opened = open_database(f"sqlite:///{path}")
    yield opened.engine
    opened.engine.dispose()


def _by_key(
    read: Callable[..., Page[Any]], engine: Engine, sort: str | None, desc: bool
) -> list[int]:
    ids: list[int] = []
    after = None
    while True:
        page = read(engine, None, PageRequest(len(ids), PAGE, sort, desc, after=after))
        ids += [row.id for row in page.rows]
        if not page.has_more:
            return ids
        assert page.last is not None and page.last[-1] == ids[-1]
        after = page.last


@pytest.mark.parametrize("name", sorted(LISTS))
def test_pages_read_by_key_are_the_whole_list(engine: Engine, name: str) -> None:
    read, orders = LISTS[name]
    for sort in (None, *orders):
        for descending in (False, True):
            whole = read(engine, None, PageRequest(0, 5_000, sort, descending))
            assert whole.exact and len(whole.rows) == whole.total
            assert len(whole.rows) > PAGE, name  # more than one page to join
            expected = [row.id for row in whole.rows]
            assert _by_key(read, engine, sort, descending) == expected, (name, sort, descending)
