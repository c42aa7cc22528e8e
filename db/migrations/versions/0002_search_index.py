"""search index: folded titles, and an FTS5 trigram index kept in step by triggers

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30

Adds `title_folded` to meetings, actions and sources and `search_folded` to sources, fills them,
then creates the `search_index` virtual table (SQLite FTS5, trigram tokenizer), the triggers
that keep it in step with every write, and fills it. This is a frozen copy of what
`briefing_app.store.search_index` describes; later changes need a new revision.
On other databases only the columns are added (search falls back to LIKE there).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from briefing_app.domain.text import fold

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_STRIDE = 1 << 40
_NEW_COLUMNS = (
    ("meetings", "title_folded", ("title",)),
    ("follow_up_actions", "title_folded", ("title",)),
    ("sources", "title_folded", ("title",)),
    ("sources", "search_folded", ("title", "publisher", "note")),
)
# table, code, name, title, body, recency, watched columns
_KINDS = (
    ("localities", 1, "name_folded", None, None, None, ("name_folded",)),
    ("organisations", 2, "name_folded", None, None, None, ("name_folded",)),
    ("people", 3, "name_folded", None, None, None, ("name_folded",)),
    ("delegations", 4, "name_folded", None, None, None, ("name_folded",)),
    (
        "meetings",
        5,
        None,
        "title_folded",
        "search_folded",
        "held_on",
        ("title_folded", "search_folded", "held_on"),
    ),
    (
        "follow_up_actions",
        6,
        None,
        "title_folded",
        "search_folded",
        "updated_at",
        ("title_folded", "search_folded", "updated_at"),
    ),
    ("agreements", 7, None, "search_folded", None, "signed_on", ("search_folded", "signed_on")),
    (
        "sources",
        8,
        None,
        "title_folded",
        "search_folded",
        "published_on",
        ("title_folded", "search_folded", "published_on"),
    ),
)


def _values(kind: tuple, row: str) -> str:  # type: ignore[type-arg]
    _table, code, name, title, body, recency, _watched = kind

    def col(column: str | None) -> str:
        return "''" if column is None else f"coalesce({row}.{column}, '')"

    when = "NULL" if recency is None else f"{row}.{recency}"
    return f"{code} * {_STRIDE} + {row}.id, {col(name)}, {col(title)}, {col(body)}, {when}"


def _fill_new_columns() -> None:
    connection = op.get_bind()
    for table_name, column, parts in _NEW_COLUMNS:
        table = sa.table(table_name, sa.column("id"), *(sa.column(p) for p in parts))
        rows = connection.execute(sa.select(table.c.id, *(table.c[p] for p in parts))).all()
        updates = [
            {"_id": row[0], "_value": fold(" ".join(v for v in row[1:] if v))} for row in rows
        ]
        if updates:
            target = sa.table(table_name, sa.column("id"), sa.column(column))
            connection.execute(
                sa.update(target)
                .where(target.c.id == sa.bindparam("_id"))
                .values({column: sa.bindparam("_value")}),
                updates,
            )


def upgrade() -> None:
    for table_name, column, _parts in _NEW_COLUMNS:
        op.add_column(table_name, sa.Column(column, sa.Text(), nullable=False, server_default=""))
    _fill_new_columns()
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "name, title, body, recency UNINDEXED, tokenize = 'trigram')"
    )
    insert = "INSERT INTO search_index(rowid, name, title, body, recency)"
    for kind in _KINDS:
        table, code, *_rest, watched = kind
        delete = f"DELETE FROM search_index WHERE rowid = {code} * {_STRIDE} + old.id;"
        op.execute(
            f"CREATE TRIGGER search_index_{table}_insert AFTER INSERT ON {table} BEGIN "
            f"{insert} VALUES ({_values(kind, 'new')}); END"
        )
        op.execute(
            f"CREATE TRIGGER search_index_{table}_update AFTER UPDATE OF {', '.join(watched)} "
            f"ON {table} BEGIN {delete} {insert} VALUES ({_values(kind, 'new')}); END"
        )
        op.execute(
            f"CREATE TRIGGER search_index_{table}_delete AFTER DELETE ON {table} BEGIN {delete} END"
        )
        op.execute(f"{insert} SELECT {_values(kind, table)} FROM {table}")
    op.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for kind in _KINDS:
            for verb in ("insert", "update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS search_index_{kind[0]}_{verb}")
        op.execute("DROP TABLE IF EXISTS search_index")
    for table_name, column, _parts in reversed(_NEW_COLUMNS):
        with op.batch_alter_table(table_name) as batch_op:
            batch_op.drop_column(column)
