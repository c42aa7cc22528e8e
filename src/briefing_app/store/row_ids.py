"""The highest id a table has given (SQLite's AUTOINCREMENT counter, a PostgreSQL sequence), for
inserts that give their ids themselves and for copies that must keep deleted ids free."""

import sqlalchemy as sa


def highest_given(connection: sa.Connection, table: sa.Table) -> int:
    """The highest id `table` ever gave (0 if none), deleted rows included: an id a deleted
    record had, which its restore needs, is never given again."""
    if connection.dialect.name == "sqlite":
        given = connection.execute(
            sa.text("SELECT seq FROM sqlite_sequence WHERE name = :name"), {"name": table.name}
        ).scalar()
    else:
        given = connection.execute(
            sa.text("SELECT pg_sequence_last_value(pg_get_serial_sequence(:name, 'id'))"),
            {"name": table.name},
        ).scalar()
    return int(given or 0)


def set_highest_given(connection: sa.Connection, table: sa.Table, highest: int) -> None:
    """Make `table` give ids above `highest` from now on (after rows were inserted with ids)."""
    if connection.dialect.name == "sqlite":
        if not table.dialect_options["sqlite"]["autoincrement"]:
            return  # SQLite gives max(id) + 1 there anyway
        values = {"name": table.name, "seq": highest}
        updated = connection.execute(
            sa.text("UPDATE sqlite_sequence SET seq = :seq WHERE name = :name"), values
        )
        if updated.rowcount == 0:
            connection.execute(
                sa.text("INSERT INTO sqlite_sequence (name, seq) VALUES (:name, :seq)"), values
            )
        return
    connection.execute(
        sa.text("SELECT setval(pg_get_serial_sequence(:name, 'id'), :value, :called)"),
        {"name": table.name, "value": max(highest, 1), "called": highest > 0},
    )


def next_free_id(connection: sa.Connection, table: sa.Table) -> int:
    """One past both the highest id in `table` and the highest it ever gave."""
    highest = connection.execute(sa.select(sa.func.max(table.c.id))).scalar() or 0
    return max(highest, highest_given(connection, table)) + 1
