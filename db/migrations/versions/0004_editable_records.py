"""editable records: versions, history, trash and the fields of the record editors

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01

Every record kind the user edits gets a `version` (optimistic lock) and timestamps; history of
those kinds goes to `record_changes`, deleted records to `trash`. New fields: meeting
objectives, talking points, expected asks, format and start time; event start time; delegation
arrival and departure; person biography and personal-data classification; the locality
profile; agreement signatories, validity, summary and classification, and three more agreement
statuses (in force, expired, terminated); a source's date accessed; the field a citation
supports. Record tables are recreated numbered with AUTOINCREMENT, so a deleted record's id
is never given to another. Recreating tables (and, going down, dropping columns) on SQLite
drops their search-index triggers: they are read before and created again after.
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

_OLD_AGREEMENT_STATUSES = (
    "proposed",
    "under_discussion",
    "agreed_in_principle",
    "signed",
    "abandoned",
)
_NEW_AGREEMENT_STATUSES = (*_OLD_AGREEMENT_STATUSES, "in_force", "expired", "terminated")
#: Tables recreated only to number their rows with AUTOINCREMENT (see _numbered).
_NUMBERED_ONLY = ("follow_up_actions", "action_changes", "cooperation_areas")
#: Tables this revision alters; a batch recreate (SQLite) drops their triggers.
_ALTERED = (
    "agreements",
    "citations",
    "delegations",
    "event_facts",
    "events",
    "localities",
    "meetings",
    "organisations",
    "people",
    "sources",
    *_NUMBERED_ONLY,
)


def _numbered() -> dict[str, Any]:
    """Batch options that recreate a table numbered with AUTOINCREMENT on SQLite. SQLite gives
    a deleted row's id to the next row unless the table says AUTOINCREMENT; with a trash, an id
    must stay free for its record's restore (and its history must not pass to a newcomer).
    Other databases never reuse a sequence's numbers."""
    if op.get_bind().dialect.name != "sqlite":
        return {}
    return {"recreate": "always", "table_kwargs": {"sqlite_autoincrement": True}}


def _status_type(values: Sequence[str]) -> sa.Enum:
    return sa.Enum(
        *values,
        name="agreement_status",
        native_enum=False,
        create_constraint=True,
        length=32,
    )


def _triggers_on(*tables: str) -> list[str]:
    """SQLite: the CREATE TRIGGER statements on `tables`, which a batch recreate drops."""
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return []
    marks = ", ".join("?" for _ in tables)
    rows = bind.exec_driver_sql(
        f"SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ({marks})",
        tables,
    )
    return [row[0] for row in rows]


def _recreate_triggers(triggers: list[str]) -> None:
    for trigger in triggers:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger.split()[2]}")
        op.execute(trigger)


def _legacy_alter(on: bool) -> None:
    """SQLite checks every trigger when a table is renamed; while a batch copy has dropped
    `people`, the search-index triggers that read it do not parse. Legacy mode renames without
    that check (and without rewriting other triggers, which name the final table anyway)."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"PRAGMA legacy_alter_table = {'ON' if on else 'OFF'}")


revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "record_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.String(length=100), nullable=False),
        sa.Column("field", sa.String(length=50), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_changes")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("record_changes", schema=None) as batch_op:
        batch_op.create_index("ix_record_changes_kind_record", ["kind", "record_id"], unique=False)

    op.create_table(
        "trash",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=400), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_by", sa.String(length=100), nullable=False),
        sa.Column("references", sa.Integer(), nullable=False),
        sa.Column("snapshot", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trash")),
        sa.UniqueConstraint("kind", "record_id", name="kind_record"),
        sqlite_autoincrement=True,
    )
    recreated = _triggers_on(*_ALTERED)
    _legacy_alter(True)
    with op.batch_alter_table("agreements", **_numbered()) as batch_op:
        batch_op.alter_column(
            "status",
            existing_type=_status_type(_OLD_AGREEMENT_STATUSES),
            type_=_status_type(_NEW_AGREEMENT_STATUSES),
            existing_nullable=False,
        )
        batch_op.add_column(sa.Column("signatories", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("valid_from", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("valid_until", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("summary", sa.Text(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "classification",
                sa.Enum(
                    "public",
                    "internal",
                    "confidential",
                    name="classification",
                    native_enum=False,
                    create_constraint=True,
                    length=32,
                ),
                server_default="public",
                nullable=False,
            )
        )
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
        batch_op.add_column(sa.Column("created_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("updated_at", sa.DateTime(), nullable=True))

    with op.batch_alter_table("citations", **_numbered()) as batch_op:
        batch_op.add_column(sa.Column("field", sa.String(length=50), nullable=True))

    with op.batch_alter_table("delegations", **_numbered()) as batch_op:
        batch_op.add_column(sa.Column("arrives_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("departs_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
        batch_op.add_column(sa.Column("created_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("updated_at", sa.DateTime(), nullable=True))

    with op.batch_alter_table("event_facts", **_numbered()) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
        batch_op.add_column(sa.Column("created_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("updated_at", sa.DateTime(), nullable=True))

    with op.batch_alter_table("events", **_numbered()) as batch_op:
        batch_op.add_column(sa.Column("start_time", sa.Time(), nullable=True))
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
        batch_op.add_column(sa.Column("created_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("updated_at", sa.DateTime(), nullable=True))

    with op.batch_alter_table("localities", **_numbered()) as batch_op:
        batch_op.add_column(sa.Column("leaders", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("population", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("area_km2", sa.Double(), nullable=True))
        batch_op.add_column(sa.Column("economy", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("twinning", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("notes", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
        batch_op.add_column(sa.Column("created_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("updated_at", sa.DateTime(), nullable=True))

    with op.batch_alter_table("meetings", **_numbered()) as batch_op:
        batch_op.add_column(sa.Column("start_time", sa.Time(), nullable=True))
        batch_op.add_column(sa.Column("format", sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column("objectives", sa.JSON(), server_default="[]", nullable=False))
        batch_op.add_column(
            sa.Column("talking_points", sa.JSON(), server_default="[]", nullable=False)
        )
        batch_op.add_column(
            sa.Column("expected_asks", sa.JSON(), server_default="[]", nullable=False)
        )
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
        batch_op.add_column(sa.Column("created_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("updated_at", sa.DateTime(), nullable=True))

    with op.batch_alter_table("organisations", **_numbered()) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
        batch_op.add_column(sa.Column("created_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("updated_at", sa.DateTime(), nullable=True))

    with op.batch_alter_table("people", **_numbered()) as batch_op:
        batch_op.add_column(sa.Column("biography", sa.Text(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "personal_data_classification",
                sa.Enum(
                    "public",
                    "internal",
                    "confidential",
                    name="classification",
                    native_enum=False,
                    create_constraint=True,
                    length=32,
                ),
                server_default="public",
                nullable=False,
            )
        )
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
        batch_op.add_column(sa.Column("created_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("updated_at", sa.DateTime(), nullable=True))

    with op.batch_alter_table("sources", **_numbered()) as batch_op:
        batch_op.add_column(sa.Column("accessed_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
        batch_op.add_column(sa.Column("created_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("updated_at", sa.DateTime(), nullable=True))
    for table in _NUMBERED_ONLY:
        with op.batch_alter_table(table, **_numbered()):
            pass
    _legacy_alter(False)
    _recreate_triggers(recreated)


def downgrade() -> None:
    recreated = _triggers_on(*_ALTERED)
    _legacy_alter(True)
    with op.batch_alter_table("sources", schema=None) as batch_op:
        batch_op.drop_column("updated_at")
        batch_op.drop_column("created_at")
        batch_op.drop_column("version")
        batch_op.drop_column("accessed_on")

    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_column("updated_at")
        batch_op.drop_column("created_at")
        batch_op.drop_column("version")
        batch_op.drop_constraint(op.f("ck_people_classification"), type_="check")
        batch_op.drop_column("personal_data_classification")
        batch_op.drop_column("biography")

    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.drop_column("updated_at")
        batch_op.drop_column("created_at")
        batch_op.drop_column("version")

    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.drop_column("updated_at")
        batch_op.drop_column("created_at")
        batch_op.drop_column("version")
        batch_op.drop_column("expected_asks")
        batch_op.drop_column("talking_points")
        batch_op.drop_column("objectives")
        batch_op.drop_column("format")
        batch_op.drop_column("start_time")

    with op.batch_alter_table("localities", schema=None) as batch_op:
        batch_op.drop_column("updated_at")
        batch_op.drop_column("created_at")
        batch_op.drop_column("version")
        batch_op.drop_column("notes")
        batch_op.drop_column("twinning")
        batch_op.drop_column("economy")
        batch_op.drop_column("area_km2")
        batch_op.drop_column("population")
        batch_op.drop_column("leaders")

    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_column("updated_at")
        batch_op.drop_column("created_at")
        batch_op.drop_column("version")
        batch_op.drop_column("start_time")

    with op.batch_alter_table("event_facts", schema=None) as batch_op:
        batch_op.drop_column("updated_at")
        batch_op.drop_column("created_at")
        batch_op.drop_column("version")

    with op.batch_alter_table("delegations", schema=None) as batch_op:
        batch_op.drop_column("updated_at")
        batch_op.drop_column("created_at")
        batch_op.drop_column("version")
        batch_op.drop_column("departs_on")
        batch_op.drop_column("arrives_on")

    with op.batch_alter_table("citations", schema=None) as batch_op:
        batch_op.drop_column("field")

    with op.batch_alter_table("agreements", schema=None, recreate="always") as batch_op:
        batch_op.alter_column(
            "status",
            existing_type=_status_type(_NEW_AGREEMENT_STATUSES),
            type_=_status_type(_OLD_AGREEMENT_STATUSES),
            existing_nullable=False,
        )
        batch_op.drop_column("updated_at")
        batch_op.drop_column("created_at")
        batch_op.drop_column("version")
        batch_op.drop_constraint(op.f("ck_agreements_classification"), type_="check")
        batch_op.drop_column("classification")
        batch_op.drop_column("summary")
        batch_op.drop_column("valid_until")
        batch_op.drop_column("valid_from")
        batch_op.drop_column("signatories")
    _legacy_alter(False)
    _recreate_triggers(recreated)

    op.drop_table("trash")
    with op.batch_alter_table("record_changes", schema=None) as batch_op:
        batch_op.drop_index("ix_record_changes_kind_record")

    op.drop_table("record_changes")
