"""comments, attachments, assignees and recurring follow-ups

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01

Comment threads (append-only rows: an edit adds a row that replaces the old text, a comment
taken back is struck through) replace a follow-up action's single Notes field: each action's
notes become the first comment of its thread, written by whoever last changed them (history),
else by "briefing-desk". Attachments keep their bytes in `blobs`, one row per distinct SHA-256.
Actions get an assignee (a member of the office), a repeat period and a link to the occurrence
they follow, and a status "waiting" (on the counterpart). Recreating `follow_up_actions` on
SQLite drops its search-index triggers: they are read before and created again after.
"""

import json
from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa
from alembic import op

from briefing_app.store.migration_ops import numbered, recreating

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_OLD_STATUSES = ("proposed", "agreed", "in_progress", "done", "blocked", "cancelled")
_NEW_STATUSES = ("proposed", "agreed", "in_progress", "waiting", "done", "blocked", "cancelled")
#: who wrote a migrated note when history does not say
_NOTES_AUTHOR = "briefing-desk"


def _status_type(values: Sequence[str]) -> sa.Enum:
    return sa.Enum(
        *values, name="action_status", native_enum=False, create_constraint=True, length=32
    )


_NOTES_TO_COMMENTS = f"""
INSERT INTO comments (kind, record_id, author, written_at, text)
SELECT 'action', a.id,
       COALESCE((SELECT c.changed_by FROM action_changes c
                 WHERE c.action_id = a.id AND c.field = 'notes'
                 ORDER BY c.id DESC LIMIT 1), '{_NOTES_AUTHOR}'),
       COALESCE((SELECT c.changed_at FROM action_changes c
                 WHERE c.action_id = a.id AND c.field = 'notes'
                 ORDER BY c.id DESC LIMIT 1), a.updated_at),
       a.notes
FROM follow_up_actions a
WHERE a.notes IS NOT NULL AND TRIM(a.notes) <> ''
ORDER BY a.id
"""


def _trashed_notes_to_comments() -> None:
    """The notes of actions in the trash (their rows are kept in the trash item's snapshot,
    JSON, times in ISO form) become their first comment too, so a restored action finds them
    in its thread."""
    bind = op.get_bind()
    trash = sa.table(
        "trash", sa.column("id"), sa.column("deleted_at", sa.DateTime), sa.column("snapshot")
    )
    comments = sa.table(
        "comments",
        sa.column("kind"),
        sa.column("record_id"),
        sa.column("author"),
        sa.column("written_at", sa.DateTime),
        sa.column("text"),
    )
    query = sa.select(trash.c.deleted_at, trash.c.snapshot).order_by(trash.c.id)
    for deleted_at, snapshot in bind.execute(query):
        for table, row in json.loads(snapshot).get("rows", []):
            notes = row.get("notes") if table == "follow_up_actions" else None
            if notes and notes.strip():
                updated = row.get("updated_at")
                bind.execute(
                    comments.insert().values(
                        kind="action",
                        record_id=row["id"],
                        author=_NOTES_AUTHOR,
                        written_at=datetime.fromisoformat(updated) if updated else deleted_at,
                        text=notes,
                    )
                )


def upgrade() -> None:
    op.create_table(
        "blobs",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_blobs")),
    )
    op.create_table(
        "comments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("author", sa.String(length=100), nullable=False),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("replaces_id", sa.Integer(), nullable=True),
        sa.Column("struck_at", sa.DateTime(), nullable=True),
        sa.Column("struck_by", sa.String(length=100), nullable=True),
        sa.ForeignKeyConstraint(
            ["replaces_id"],
            ["comments.id"],
            name=op.f("fk_comments_replaces_id_comments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_comments")),
        sa.UniqueConstraint("replaces_id", name=op.f("uq_comments_replaces_id")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("comments", schema=None) as batch_op:
        batch_op.create_index("ix_comments_kind_record", ["kind", "record_id"], unique=False)

    op.create_table(
        "attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("added_by", sa.String(length=100), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("document_number", sa.String(length=100), nullable=True),
        sa.Column("issued_on", sa.Date(), nullable=True),
        sa.Column("issuer", sa.String(length=300), nullable=True),
        sa.ForeignKeyConstraint(
            ["sha256"], ["blobs.sha256"], name=op.f("fk_attachments_sha256_blobs")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachments")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.create_index("ix_attachments_kind_record", ["kind", "record_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attachments_sha256"), ["sha256"], unique=False)

    op.execute(_NOTES_TO_COMMENTS)
    _trashed_notes_to_comments()
    with (
        recreating("follow_up_actions"),
        op.batch_alter_table("follow_up_actions", **numbered()) as batch_op,
    ):
        batch_op.alter_column(
            "status",
            existing_type=_status_type(_OLD_STATUSES),
            type_=_status_type(_NEW_STATUSES),
            existing_nullable=False,
        )
        batch_op.add_column(sa.Column("assignee", sa.String(length=100), nullable=True))
        batch_op.add_column(
            sa.Column(
                "repeat",
                sa.Enum(
                    "monthly",
                    "quarterly",
                    "yearly",
                    name="recurrence",
                    native_enum=False,
                    create_constraint=True,
                    length=32,
                ),
                nullable=True,
            )
        )
        batch_op.add_column(sa.Column("previous_id", sa.Integer(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_follow_up_actions_assignee"), ["assignee"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_follow_up_actions_previous_id"), ["previous_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_follow_up_actions_previous_id_follow_up_actions"),
            "follow_up_actions",
            ["previous_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.drop_column("notes")


def downgrade() -> None:
    op.execute("UPDATE follow_up_actions SET status = 'in_progress' WHERE status = 'waiting'")
    with (
        recreating("follow_up_actions"),
        op.batch_alter_table("follow_up_actions", **numbered()) as batch_op,
    ):
        batch_op.alter_column(
            "status",
            existing_type=_status_type(_NEW_STATUSES),
            type_=_status_type(_OLD_STATUSES),
            existing_nullable=False,
        )
        batch_op.add_column(sa.Column("notes", sa.TEXT(), nullable=True))
        batch_op.drop_constraint(
            batch_op.f("fk_follow_up_actions_previous_id_follow_up_actions"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_follow_up_actions_previous_id"))
        batch_op.drop_index(batch_op.f("ix_follow_up_actions_assignee"))
        batch_op.drop_column("previous_id")
        batch_op.drop_constraint(op.f("ck_follow_up_actions_recurrence"), type_="check")
        batch_op.drop_column("repeat")
        batch_op.drop_column("assignee")
    # the thread goes back into the notes: every comment not replaced nor struck, in order
    joined = (
        "GROUP_CONCAT(text, CHAR(10))"
        if op.get_bind().dialect.name == "sqlite"
        else "string_agg(text, chr(10) ORDER BY id)"  # PostgreSQL
    )
    op.execute(
        "UPDATE follow_up_actions SET notes = ("
        f" SELECT {joined} FROM ("
        "  SELECT c.id, c.text FROM comments c WHERE c.kind = 'action' AND c.record_id ="
        "  follow_up_actions.id AND c.struck_at IS NULL AND NOT EXISTS"
        "  (SELECT 1 FROM comments r WHERE r.replaces_id = c.id) ORDER BY c.id) AS thread)"
    )

    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachments_sha256"))
        batch_op.drop_index("ix_attachments_kind_record")

    op.drop_table("attachments")
    with op.batch_alter_table("comments", schema=None) as batch_op:
        batch_op.drop_index("ix_comments_kind_record")

    op.drop_table("comments")
    op.drop_table("blobs")
