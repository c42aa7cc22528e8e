"""text a person reads in other languages: one `translations` column per table

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02

Each table with text a person reads gets one JSON column holding that text's versions in
languages other than English, `{"vi": {"title": "…"}}` (domain.translations). The English
versions stay where they are, in the ordinary columns: nothing is moved, and a record starts
with no other version. A further language is data in the same column, not a migration.
The column is added in place (no table is recreated); the downgrade drops it, and with it
every other-language version.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TABLES = (
    "localities",
    "organisations",
    "people",
    "events",
    "event_facts",
    "delegation_members",
    "delegations",
    "meeting_participants",
    "meetings",
    "agreements",
    "follow_up_actions",
)


def upgrade() -> None:
    for table in _TABLES:
        op.add_column(
            table, sa.Column("translations", sa.JSON(), server_default="{}", nullable=False)
        )


def downgrade() -> None:
    for table in reversed(_TABLES):
        op.drop_column(table, "translations")
