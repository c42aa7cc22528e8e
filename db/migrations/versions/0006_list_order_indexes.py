"""indexes for the action list's orders and the overview's due figures

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01

The action list's default order (due date, then precision, then id) and its order by title
(folded) are read from an index: the first page of 200,000 actions is 200 index entries, not a
sort of the whole table; the overview counts and lists what is overdue and due soon from an
index by status and due date instead of reading every open action (issue 16). Plain CREATE
INDEX: no table is recreated.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_INDEXES = {
    "ix_follow_up_actions_due_order": ["due_date", "due_precision", "id"],
    "ix_follow_up_actions_title_order": ["title_folded", "id"],
    "ix_follow_up_actions_status_due": ["status", "due_date", "due_precision", "id"],
}


def upgrade() -> None:
    for name, columns in _INDEXES.items():
        op.create_index(name, "follow_up_actions", columns)


def downgrade() -> None:
    for name in _INDEXES:
        op.drop_index(name, table_name="follow_up_actions")
