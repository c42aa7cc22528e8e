"""the overview a start shows at once: its last figures, and a count of the writes since

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02

On a database file (SQLite) the desktop app keeps the forum overview it last read in
`overview_snapshots` (one row per reading language: the day it was read for, the data's
generation, the overview as JSON), and a start shows it before SQLAlchemy and the records'
models are loaded (issue 16; services/overview_snapshot.py) — when it is still exact. Every
insert, update and delete on a table of the records counts `overview_generation` up (three
triggers per table, run for each row written: updating all 200,000 generated actions took
0.30 s with them, 0.16 s without), in the writing transaction, whoever writes (the app, the
command line, another tool): figures read at the current generation, on the same day, are what
a read would give now. The search index's tables are left out: they only repeat the records.

A team server (PostgreSQL) reads its overview for each member: nothing is made there.
Downgrade drops the triggers and the two tables.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: every table of the records at this revision (frozen: a later migration adding a table adds
#: its triggers; tests/unit/services/test_overview_snapshot.py checks the head has them all)
TABLES = (
    "action_areas",
    "action_changes",
    "agreement_parties",
    "agreements",
    "app_meta",
    "app_users",
    "attachments",
    "blobs",
    "citations",
    "comments",
    "cooperation_areas",
    "delegation_members",
    "delegations",
    "event_facts",
    "event_organisers",
    "events",
    "follow_up_actions",
    "localities",
    "meeting_areas",
    "meeting_participants",
    "meeting_parties",
    "meetings",
    "organisations",
    "people",
    "record_changes",
    "sources",
    "trash",
)
STATEMENTS = ("insert", "update", "delete")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(
        "CREATE TABLE overview_generation ("
        "id INTEGER PRIMARY KEY CHECK (id = 1), generation INTEGER NOT NULL)"
    )
    op.execute("INSERT INTO overview_generation (id, generation) VALUES (1, 0)")
    op.execute(
        "CREATE TABLE overview_snapshots ("
        "language TEXT PRIMARY KEY, day TEXT NOT NULL, generation INTEGER NOT NULL, "
        "body TEXT NOT NULL)"
    )
    for table in TABLES:
        for statement in STATEMENTS:
            op.execute(
                f"CREATE TRIGGER overview_stale_{table}_{statement} "
                f"AFTER {statement.upper()} ON {table} BEGIN "
                "UPDATE overview_generation SET generation = generation + 1; END"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in TABLES:
        for statement in STATEMENTS:
            op.execute(f"DROP TRIGGER overview_stale_{table}_{statement}")
    op.execute("DROP TABLE overview_snapshots")
    op.execute("DROP TABLE overview_generation")
