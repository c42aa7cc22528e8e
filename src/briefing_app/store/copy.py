"""Moving a team's database (issue 17): `db copy --to URL` copies every table of the app from one
database into an empty one, SQLite to PostgreSQL or back, and proves the copy.

The target is migrated to the same schema first, then filled table by table (referenced tables
first), in batches, inside one transaction: the copy is committed only once every table has the
same number of rows and the same checksum on both sides, read back through the same
transaction; otherwise nothing is kept. Each table's id counter is carried over, so ids of
deleted records (the trash) stay free on the target too. The target's search index (SQLite's
FTS5 or PostgreSQL's trigram index) is filled once, after the rows (its triggers are suspended
meanwhile: store.search_index.filled_afterwards).
"""

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from briefing_app.domain import models as m
from briefing_app.domain.errors import UnusableDatabaseError
from briefing_app.i18n import QT_TRANSLATE_NOOP
from briefing_app.store import search_index
from briefing_app.store.engine import make_engine, writer
from briefing_app.store.migrations import describe, schema_state, upgrade_to_head
from briefing_app.store.row_ids import highest_given, set_highest_given

BATCH = 5_000


@dataclass(frozen=True)
class CopiedTable:
    name: str
    rows: int
    checksum: str


def _self_references(table: sa.Table) -> list[str]:
    """Columns of `table` that point at another row of it (a comment's replaced comment):
    written after every row is in, so that the order of rows never matters."""
    return sorted({fk.parent.name for fk in table.foreign_keys if fk.column.table is table})


def _ordered(table: sa.Table) -> sa.Select[Any]:
    return sa.select(table).order_by(*table.primary_key.columns)


def _batches(connection: Connection, table: sa.Table) -> Iterator[list[dict[str, Any]]]:
    result = connection.execution_options(yield_per=BATCH).execute(_ordered(table))
    for partition in result.mappings().partitions():
        yield [dict(row) for row in partition]


def _value_digest(value: object) -> bytes:
    if isinstance(value, bytes):
        return hashlib.sha256(value).digest()
    return repr(value).encode("utf-8")


def checksum(connection: Connection, table: sa.Table) -> tuple[int, str]:
    """How many rows `table` has and a SHA-256 over them, in primary-key order, each value as
    Python reads it through the table's column types (so both backends agree)."""
    digest = hashlib.sha256()
    count = 0
    for batch in _batches(connection, table):
        for row in batch:
            count += 1
            for column in table.c:
                digest.update(_value_digest(row[column.name]))
                digest.update(b"\x1f")
            digest.update(b"\x1e")
    return count, digest.hexdigest()


def _not_empty(target: Engine, table: str) -> UnusableDatabaseError:
    return UnusableDatabaseError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "{database} is not empty (table {table} has rows): copy into a new, empty database",
        ),
        database=describe(target),
        table=table,
    )


def _require_empty(connection: Connection, target: Engine) -> None:
    for table in m.Base.metadata.sorted_tables:
        if connection.execute(sa.select(sa.literal(1)).select_from(table).limit(1)).first():
            raise _not_empty(target, table.name)


def _copy_table(source: Connection, target: Connection, table: sa.Table) -> None:
    later = _self_references(table)
    key = [c.name for c in table.primary_key.columns]
    for batch in _batches(source, table):
        target.execute(sa.insert(table), [{**row, **dict.fromkeys(later)} for row in batch])
        links = [row for row in batch if any(row[c] is not None for c in later)]
        if links:
            where = [table.c[k] == sa.bindparam(f"_key_{k}") for k in key]
            values: dict[str, Any] = {c: sa.bindparam(f"_new_{c}") for c in later}
            # a copy is not an edit: columns stamped on update (updated_at) keep their value
            values |= {c.name: c for c in table.c if c.onupdate is not None}
            target.execute(
                sa.update(table).where(*where).values(values),
                [
                    {**{f"_key_{k}": row[k] for k in key}, **{f"_new_{c}": row[c] for c in later}}
                    for row in links
                ],
            )
    if key == ["id"]:
        highest = target.execute(sa.select(sa.func.max(table.c.id))).scalar() or 0
        set_highest_given(target, table, max(highest, highest_given(source, table)))


def _compare(
    source: Connection, target: Connection, tables: Iterable[sa.Table]
) -> list[CopiedTable]:
    copied = []
    for table in tables:
        here, there = checksum(source, table), checksum(target, table)
        if here != there:
            raise UnusableDatabaseError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "the copy of table {table} differs from the original ({rows} rows there, "
                    "{copied} in the copy); nothing was copied",
                ),
                table=table.name,
                rows=here[0],
                copied=there[0],
            )
        copied.append(CopiedTable(table.name, *here))
    return copied


def copy_database(source: Engine, target_url: str) -> list[CopiedTable]:
    """Copy every table of `source` (at the current schema) into the empty database at
    `target_url`, created if it is a new SQLite file. Returns each table's rows and checksum,
    the same on both sides. Raises UnusableDatabaseError, leaving the target's rows as they
    were, when the target is not empty or the copy differs."""
    target = make_engine(target_url)
    try:
        state = schema_state(target)
        if state.current is not None and not state.at_head:
            raise _not_empty(target, "alembic_version")
        upgrade_to_head(target, backup=False)
        tables = m.Base.metadata.sorted_tables
        snapshot = {"isolation_level": "REPEATABLE READ"}  # one view of a server's rows
        if source.dialect.name == "sqlite":
            snapshot = {}  # a SQLite read transaction is one view already
        with (
            source.connect().execution_options(**snapshot) as reading,
            writer(target).begin() as writing,
        ):
            _require_empty(writing, target)
            with search_index.filled_afterwards(writing):
                for table in tables:
                    _copy_table(reading, writing, table)
            copied = _compare(reading, writing, tables)
        return copied
    finally:
        target.dispose()
