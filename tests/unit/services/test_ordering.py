"""Keyset paging's conditions (services/ordering.py) against Python's order, on a table with
empty values in each sort column: pages of every size, read after each other's last row,
joined, are the whole order, both ways."""

import itertools
from typing import Any

import pytest
import sqlalchemy as sa

from briefing_app.services.ordering import Ordering

ROWS = [
    (row_id, first, second)
    for row_id, (first, second) in enumerate(
        itertools.product([None, 1, 2, 3], [None, "a", "b"]), start=1
    )
] + [(13, 2, "a"), (14, None, None), (15, 3, None)]


def _python_order(descending: bool) -> list[int]:
    """Empty values last in each column, both ways; the values, then the id, in the
    direction asked."""

    def rank(value: Any) -> tuple[int, Any]:
        if value is None:
            return (1, 0)
        if isinstance(value, str):
            return (0, "".join(chr(0x10FFFF - ord(c)) for c in value) if descending else value)
        return (0, -value if descending else value)

    def key(row: tuple[int, Any, Any]) -> tuple[Any, ...]:
        row_id, first, second = row
        return (rank(first), rank(second), -row_id if descending else row_id)

    return [row[0] for row in sorted(ROWS, key=key)]


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("size", [1, 2, 4, 7])
def test_pages_after_each_last_row_are_the_whole_order(descending: bool, size: int) -> None:
    engine = sa.create_engine("sqlite://")
    metadata = sa.MetaData()
    table = sa.Table(
        "t",
        metadata,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("first", sa.Integer),
        sa.Column("second", sa.String),
    )
    metadata.create_all(engine)
    with engine.begin() as connection:
        connection.execute(table.insert(), [{"id": i, "first": f, "second": s} for i, f, s in ROWS])
    ordering = Ordering((table.c.first, table.c.second, table.c.id), descending)
    keyed = sa.select(*ordering.columns).order_by(*ordering.clauses())
    with engine.connect() as connection:
        whole = [row[-1] for row in connection.execute(keyed)]
        assert whole == _python_order(descending)
        joined: list[int] = []
        key: tuple[Any, ...] | None = None
        while True:
            page: list[Any] = []
            if key is None:
                page = list(connection.execute(keyed.limit(size)))
            else:
                for condition in ordering.reads_after(key):
                    page += connection.execute(keyed.where(condition).limit(size - len(page)))
                    if len(page) >= size:
                        break
                assert [r[-1] for r in connection.execute(keyed.where(ordering.after(key)))] == (
                    whole[len(joined) :]
                ), "after() alone gives every later row"
            if not page:
                break
            joined += [row[-1] for row in page]
            key = tuple(page[-1])
    assert joined == whole
