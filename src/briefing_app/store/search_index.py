"""The full-text search index (SQLite FTS5, trigram tokenizer) over the folded text of records.

One virtual table, `search_index(name, title, body, recency)`, holds one row per searchable
record. Its rowid encodes the record: `code * KIND_STRIDE + id`, so each kind is a rowid range
(searching one kind is a range scan) and a record's row is found without a full scan.

SQLite triggers keep it in step with every insert, update and delete, inside the writing
transaction; they copy the `*_folded` columns the ORM fills before each flush (so no Python
function is needed inside the database, and other tools can still write to it). Migration 0002
creates the same table and triggers (a frozen copy, as migrations must be); `rebuild` refolds
every record and refills the index (`briefing-app db reindex`).

The trigram tokenizer matches any substring of three characters or more, which is what Japanese
(no spaces between words) needs; shorter terms are matched with LIKE on the same table.
Other databases (PostgreSQL) have no index: searches fall back to LIKE on the folded columns.
"""

from collections.abc import Iterable
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from briefing_app.domain import models as m
from briefing_app.domain.text import fold

TABLE = "search_index"
KIND_STRIDE = 1 << 40


@dataclass(frozen=True)
class IndexedKind:
    """How one table feeds the index: SQL expressions over its row (prefixed `new.`/`old.` in
    triggers) for the name, title, body and recency columns."""

    kind: str
    code: int
    model: type[m.Record]
    name: str = "''"
    title: str = "''"
    body: str = "''"
    recency: str = "NULL"
    #: columns whose change re-indexes the row
    watched: tuple[str, ...] = ()

    @property
    def table(self) -> str:
        return str(self.model.__tablename__)

    @property
    def low(self) -> int:
        return self.code * KIND_STRIDE

    @property
    def high(self) -> int:
        return (self.code + 1) * KIND_STRIDE - 1


KINDS: tuple[IndexedKind, ...] = (
    IndexedKind("locality", 1, m.Locality, name="name_folded", watched=("name_folded",)),
    IndexedKind("organisation", 2, m.Organisation, name="name_folded", watched=("name_folded",)),
    IndexedKind("person", 3, m.Person, name="name_folded", watched=("name_folded",)),
    IndexedKind("delegation", 4, m.Delegation, name="name_folded", watched=("name_folded",)),
    IndexedKind(
        "meeting",
        5,
        m.Meeting,
        title="title_folded",
        body="search_folded",
        recency="held_on",
        watched=("title_folded", "search_folded", "held_on"),
    ),
    IndexedKind(
        "action",
        6,
        m.FollowUpAction,
        title="title_folded",
        body="search_folded",
        recency="updated_at",
        watched=("title_folded", "search_folded", "updated_at"),
    ),
    IndexedKind(
        "agreement",
        7,
        m.Agreement,
        title="search_folded",
        recency="signed_on",
        watched=("search_folded", "signed_on"),
    ),
    IndexedKind(
        "source",
        8,
        m.Source,
        title="title_folded",
        body="search_folded",
        recency="published_on",
        watched=("title_folded", "search_folded", "published_on"),
    ),
)
BY_KIND = {k.kind: k for k in KINDS}
BY_CODE = {k.code: k for k in KINDS}


def is_index_table(name: str | None) -> bool:
    """The virtual table and FTS5's shadow tables: not in the ORM metadata, so Alembic's
    autogenerate must ignore them."""
    return bool(name) and (name == TABLE or str(name).startswith(TABLE + "_"))


def _values(kind: IndexedKind, row: str) -> str:
    def col(expr: str) -> str:
        return expr if expr in ("''", "NULL") else f"coalesce({row}.{expr}, '')"

    recency = "NULL" if kind.recency == "NULL" else f"{row}.{kind.recency}"
    return (
        f"{kind.code} * {KIND_STRIDE} + {row}.id, "
        f"{col(kind.name)}, {col(kind.title)}, {col(kind.body)}, {recency}"
    )


def create_statements() -> list[str]:
    """DDL for the table and its triggers."""
    statements = [
        f"CREATE VIRTUAL TABLE {TABLE} USING fts5("
        "name, title, body, recency UNINDEXED, tokenize = 'trigram')"
    ]
    insert = f"INSERT INTO {TABLE}(rowid, name, title, body, recency)"
    for kind in KINDS:
        t = kind.table
        delete = f"DELETE FROM {TABLE} WHERE rowid = {kind.code} * {KIND_STRIDE} + old.id;"
        statements += [
            f"CREATE TRIGGER {TABLE}_{t}_insert AFTER INSERT ON {t} BEGIN "
            f"{insert} VALUES ({_values(kind, 'new')}); END",
            f"CREATE TRIGGER {TABLE}_{t}_update AFTER UPDATE OF {', '.join(kind.watched)} "
            f"ON {t} BEGIN {delete} {insert} VALUES ({_values(kind, 'new')}); END",
            f"CREATE TRIGGER {TABLE}_{t}_delete AFTER DELETE ON {t} BEGIN {delete} END",
        ]
    return statements


def fill_statements() -> list[str]:
    """Empty the index and fill it from the folded columns."""
    statements = [f"DELETE FROM {TABLE}"]
    for kind in KINDS:
        statements.append(
            f"INSERT INTO {TABLE}(rowid, name, title, body, recency) "
            f"SELECT {_values(kind, kind.table)} FROM {kind.table}"
        )
    statements.append(f"INSERT INTO {TABLE}({TABLE}) VALUES ('optimize')")
    return statements


def has_index(connection: Connection) -> bool:
    if connection.dialect.name != "sqlite":
        return False
    found = connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (TABLE,)
    ).first()
    return found is not None


def _refold(connection: Connection, models: Iterable[type[m.Base]]) -> int:
    """Recompute every `*_folded` column (the folding rules may have changed). Returns how
    many rows changed."""
    changed = 0
    for model in models:
        table = model.__table__
        assert isinstance(table, sa.Table)
        for target, parts in model.__folded__.items():
            columns = [table.c[p] for p in parts]
            rows = connection.execute(sa.select(table.c.id, table.c[target], *columns)).all()
            updates = []
            for row in rows:
                folded = fold(" ".join(v for v in row[2:] if v))
                if folded != row[1]:
                    updates.append({"_id": row[0], "_value": folded})
            if updates:
                values: dict[str, object] = {target: sa.bindparam("_value")}
                if "updated_at" in table.c:  # refolding is not an edit: keep the timestamp
                    values["updated_at"] = table.c.updated_at
                connection.execute(
                    sa.update(table).where(table.c.id == sa.bindparam("_id")).values(values),
                    updates,
                )
                changed += len(updates)
    return changed


def rebuild(engine: Engine) -> int:
    """Refold every record and refill the index, in one transaction. Returns the number of
    indexed rows (0 on databases without an index, whose folded columns are still refreshed)."""
    models = sorted({k.model for k in KINDS}, key=lambda model: model.__name__)
    with engine.execution_options(briefing_begin_mode="IMMEDIATE").begin() as connection:
        _refold(connection, models)
        if not has_index(connection):
            return 0
        for statement in fill_statements():
            connection.exec_driver_sql(statement)
        count = connection.exec_driver_sql(f"SELECT count(*) FROM {TABLE}").scalar_one()
        return int(count)
