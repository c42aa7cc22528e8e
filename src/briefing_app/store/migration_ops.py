"""What migrations that recreate a table on SQLite need (from revision 0007 on; 0004 and 0005
keep their own frozen copies).

A batch recreate copies the table, drops the old one and renames the copy: SQLite then loses
the table's triggers (the search index's) and, unless told, its AUTOINCREMENT numbering.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from alembic import op


def numbered() -> dict[str, Any]:
    """Batch options that recreate a table numbered with AUTOINCREMENT on SQLite (a deleted
    record's id stays free for its restore); other databases alter in place."""
    if op.get_bind().dialect.name != "sqlite":
        return {}
    return {"recreate": "always", "table_kwargs": {"sqlite_autoincrement": True}}


@contextmanager
def keeping_triggers(*tables: str) -> Iterator[None]:
    """Around batch recreates of `tables` on SQLite: read their CREATE TRIGGER statements,
    rename in legacy mode (SQLite would otherwise check every trigger while a table is
    missing), and create the triggers again afterwards."""
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        yield
        return
    marks = ", ".join("?" for _ in tables)
    statements = [
        row[0]
        for row in bind.exec_driver_sql(
            f"SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ({marks})",
            tables,
        )
    ]
    op.execute("PRAGMA legacy_alter_table = ON")
    try:
        yield
    finally:
        op.execute("PRAGMA legacy_alter_table = OFF")
    for statement in statements:
        op.execute(statement)
