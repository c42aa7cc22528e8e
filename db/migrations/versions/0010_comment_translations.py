"""comments get versions in other languages too: the dataset's remarks in Vietnamese

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02

The shipped dataset's remark on an action (the first comment of its thread, by
"briefing-desk") has a Vietnamese version, the office's translation; a Vietnamese brief
prints it. Comments get the same `translations` JSON column as the records (0008), added in
place; the downgrade drops it.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "comments", sa.Column("translations", sa.JSON(), server_default="{}", nullable=False)
    )


def downgrade() -> None:
    op.drop_column("comments", "translations")
