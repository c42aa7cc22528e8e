"""The next id SQLite would give a table's row, for inserts that give their ids themselves."""

import sqlalchemy as sa


def next_free_id(connection: sa.Connection, table: sa.Table) -> int:
    """One past both the highest id in `table` and the highest it ever gave (AUTOINCREMENT's
    sqlite_sequence): an id a deleted record had, which its restore needs, is never reused."""
    highest = connection.execute(sa.select(sa.func.max(table.c.id))).scalar() or 0
    given = connection.execute(
        sa.text("SELECT seq FROM sqlite_sequence WHERE name = :name"), {"name": table.name}
    ).scalar()
    return max(highest, given or 0) + 1
