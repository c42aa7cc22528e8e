"""what briefs need to respect and print: a level on key facts and on a locality's profile,
a meeting's interpreters and press arrangements

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01

Key facts and locality profiles get a classification (public by default, as everything
recorded so far was public), so a brief below it leaves them out and says so. Meetings get two
logistics fields. The three tables are recreated on SQLite (a CHECK constraint cannot be added
in place), keeping their AUTOINCREMENT numbering and counters and their search-index
triggers.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from briefing_app.store.migration_ops import numbered, recreating

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TABLES = ("event_facts", "localities", "meetings")


def _classification() -> sa.Enum:
    return sa.Enum(
        "public",
        "internal",
        "confidential",
        name="classification",
        native_enum=False,
        create_constraint=True,
        length=32,
    )


def upgrade() -> None:
    with recreating(*_TABLES):
        with op.batch_alter_table("event_facts", **numbered()) as batch_op:
            batch_op.add_column(
                sa.Column(
                    "classification",
                    _classification(),
                    server_default="public",
                    nullable=False,
                )
            )
        with op.batch_alter_table("localities", **numbered()) as batch_op:
            batch_op.add_column(
                sa.Column(
                    "profile_classification",
                    _classification(),
                    server_default="public",
                    nullable=False,
                )
            )
        with op.batch_alter_table("meetings", **numbered()) as batch_op:
            batch_op.add_column(sa.Column("interpreters", sa.String(length=500), nullable=True))
            batch_op.add_column(sa.Column("press", sa.String(length=500), nullable=True))


def downgrade() -> None:
    with recreating(*_TABLES):
        with op.batch_alter_table("meetings", **numbered()) as batch_op:
            batch_op.drop_column("press")
            batch_op.drop_column("interpreters")
        with op.batch_alter_table("localities", **numbered()) as batch_op:
            batch_op.drop_constraint(op.f("ck_localities_classification"), type_="check")
            batch_op.drop_column("profile_classification")
        with op.batch_alter_table("event_facts", **numbered()) as batch_op:
            batch_op.drop_constraint(op.f("ck_event_facts_classification"), type_="check")
            batch_op.drop_column("classification")
