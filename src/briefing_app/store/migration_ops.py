"""What migrations that recreate a table on SQLite need (from revision 0005 on).

A batch recreate copies the table, drops the old one and renames the copy: SQLite then loses
the table's triggers (the search index's), its AUTOINCREMENT numbering unless told, and the
highest id it ever gave (the copy's counter starts at its highest *remaining* id, so the id of
a record in the trash would be given again and the record's comments and files would pass to a
newcomer). `recreating` keeps all three.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from alembic import op


def numbered() -> dict[str, Any]:
    """Batch options that recreate a table numbered with AUTOINCREMENT on SQLite; other
    databases alter in place."""
    if op.get_bind().dialect.name != "sqlite":
        return {}
    return {"recreate": "always", "table_kwargs": {"sqlite_autoincrement": True}}


@contextmanager
def recreating(*tables: str) -> Iterator[None]:
    """Around batch recreates of `tables` on SQLite: read their CREATE TRIGGER statements and
    AUTOINCREMENT counters, rename in legacy mode (SQLite would otherwise check every trigger
    while a table is missing), then create the triggers again and put back each counter (or
    the copy's, if higher)."""
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        yield
        return
    marks = ", ".join("?" for _ in tables)
    triggers = [
        row[0]
        for row in bind.exec_driver_sql(
            f"SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ({marks})",
            tables,
        )
    ]
    counters: dict[str, int] = dict(
        bind.exec_driver_sql(
            f"SELECT name, seq FROM sqlite_sequence WHERE name IN ({marks})", tables
        ).all()
    )
    op.execute("PRAGMA legacy_alter_table = ON")
    try:
        yield
    finally:
        op.execute("PRAGMA legacy_alter_table = OFF")
    for statement in triggers:
        op.execute(statement)
    for table, highest in counters.items():
        bind.exec_driver_sql(
            "UPDATE sqlite_sequence SET seq = MAX(seq, ?) WHERE name = ?", (highest, table)
        )
