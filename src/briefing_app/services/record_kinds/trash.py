"""Deleting moves a record to the trash; restoring puts it back under its old id, with what
referred to it.

A delete snapshots, from the table metadata (nothing per kind is written here):
- the record's row;
- rows that exist only for it (link rows such as meeting participants, citations, its history
  of actions) and records it owns (an event's facts, with their own dependants): saved and
  deleted;
- records that merely point at it through a nullable column (an action's owner, a delegation's
  head): the pointer is saved and cleared.
Records that cannot exist without it (a meeting's follow-up actions, an event's meetings) block
the delete with a message saying what to delete or move first. Restoring re-inserts the rows and
pointers whose other ends still exist, and refuses when something the record needs is gone.
"""

import json
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session

from briefing_app.domain import models as m
from briefing_app.domain.errors import NotFoundError, RecordInUseError, UserError
from briefing_app.domain.record_kind import RecordKind
from briefing_app.i18n import QT_TRANSLATE_NOOP
from briefing_app.services.attachments import forget_threads
from briefing_app.services.record_kinds.editing import check_version, read_record
from briefing_app.services.record_kinds.registry import MODELS, SPECS, label_of
from briefing_app.services.record_kinds.spec import RecordData, TrashEntry
from briefing_app.services.records import get_record
from briefing_app.store.seed import forget_deleted, remember_deleted
from briefing_app.store.unit_of_work import reading, writing

DELETED = "deleted"
RESTORED = "restored"

#: Tables of records with an identity of their own (a row there is never a mere link).
_RECORD_TABLES = {model.__tablename__ for model in MODELS.values()}
_KIND_OF_TABLE = {model.__tablename__: kind for kind, model in MODELS.items()}
#: A link table's rows are a list field of the record at their other end: removing a row (a
#: person deleted) changes that field of that record.
_LINK_FIELDS = {
    "meeting_participants": "participants",
    "delegation_members": "members",
    "meeting_parties": "party_ids",
    "event_organisers": "organiser_ids",
    "agreement_parties": "party_ids",
    "citations": "citations",
}

#: One whole sentence per kind of dependant that blocks a delete.
_BLOCKED: dict[str, str] = {
    "meetings": QT_TRANSLATE_NOOP(
        "Messages", "{count} meeting(s) belong to it; delete them or move them elsewhere first"
    ),
    "delegations": QT_TRANSLATE_NOOP(
        "Messages", "{count} delegation(s) belong to it; delete them or move them elsewhere first"
    ),
    "follow_up_actions": QT_TRANSLATE_NOOP(
        "Messages",
        "{count} follow-up action(s) belong to it; delete them or move them elsewhere first",
    ),
    "event_facts": QT_TRANSLATE_NOOP(
        "Messages", "{count} fact(s) belong to it; delete them or move them elsewhere first"
    ),
}
_NEEDED = QT_TRANSLATE_NOOP(
    "Messages",
    "cannot restore it: it needs {table} {id}, which no longer exists; restore that first",
)
_NOT_IN_TRASH = QT_TRANSLATE_NOOP("Messages", "the trash holds no {kind} with id {id}")
_TAKEN = QT_TRANSLATE_NOOP(
    "Messages", "cannot restore it: id {id} is taken by another record of that kind"
)


@dataclass
class _Snapshot:
    """Rows to put back (parents before children) and pointers to set again."""

    rows: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    cleared: list[tuple[str, int, str]] = field(default_factory=list)

    def to_json(self) -> str:
        return json.dumps(
            {"rows": self.rows, "cleared": self.cleared}, default=_plain, ensure_ascii=False
        )

    @classmethod
    def from_json(cls, text: str) -> "_Snapshot":
        data = json.loads(text)
        return cls(
            [(t, row) for t, row in data["rows"]], [(t, i, c) for t, i, c in data["cleared"]]
        )


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    raise TypeError(type(value))


def _table(name: str) -> sa.Table:
    return m.Base.metadata.tables[name]


def _stored(column: sa.Column[Any], value: Any) -> Any:
    """A snapshot value back in the Python type its column takes."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, sa.Enum) and kind.enum_class is not None:
        return kind.enum_class(value)
    if isinstance(kind, sa.DateTime):
        return datetime.fromisoformat(value)
    if isinstance(kind, sa.Date):
        return date.fromisoformat(value)
    if isinstance(kind, sa.Time):
        return time.fromisoformat(value)
    return value


def _referencing(table: sa.Table) -> list[tuple[sa.Table, sa.Column[Any], sa.ForeignKey]]:
    found = []
    for other in m.Base.metadata.sorted_tables:
        for fk in other.foreign_keys:
            if fk.column.table is table:
                found.append((other, fk.parent, fk))
    return found


def _side_field(table: str, column: str) -> str:
    """The history name of a pointer column ("owner" for an action's owner_person_id)."""
    if table == m.FollowUpAction.__tablename__:
        for role in ("owner", "counterpart"):
            if column.startswith(f"{role}_"):
                return role
    return column


class _Ripples:
    """Records a delete or restore changes on the side (a delegation whose head was the deleted
    person, a meeting that lists them as a participant): each gets a history row saying what
    came or went, and its version moves on, so a save based on it as it was is refused."""

    def __init__(self) -> None:
        self.touched: set[tuple[RecordKind, int, str]] = set()

    def pointer(self, table: str, row_id: int, column: str) -> None:
        self.touched.add((_KIND_OF_TABLE[table], row_id, _side_field(table, column)))

    def link(self, table: sa.Table, row: dict[str, Any], through: sa.Column[Any] | None) -> None:
        """A link row (participant, citation …) went or came back: its other ends changed."""
        key = _LINK_FIELDS.get(table.name)
        if key is None:
            return
        for fk in table.foreign_keys:
            target = fk.column.table.name
            value = row.get(fk.parent.name)
            if fk.parent is through or value is None or target not in _KIND_OF_TABLE:
                continue
            kind = _KIND_OF_TABLE[target]
            if key in SPECS[kind].keys:
                self.touched.add((kind, value, key))

    def write(self, connection: Connection, changed_by: str, label: str, *, removed: bool) -> None:
        now = m.utcnow()
        old, new = (label, None) if removed else (None, label)
        bumped: set[tuple[RecordKind, int]] = set()
        for kind, record_id, key in sorted(self.touched):
            table = _table(MODELS[kind].__tablename__)
            if not _exists(connection, table, {"id": record_id}):
                continue  # went to the trash in the same delete
            if (kind, record_id) not in bumped:
                bumped.add((kind, record_id))
                connection.execute(
                    sa.update(table)
                    .where(table.c.id == record_id)
                    .values({table.c.version: table.c.version + 1})
                )
            history = {
                "changed_at": now,
                "changed_by": changed_by,
                "field": key,
                "old_value": old,
                "new_value": new,
            }
            if kind is RecordKind.ACTION:
                changes = _table("action_changes")
                connection.execute(sa.insert(changes).values(action_id=record_id, **history))
            else:
                changes = _table("record_changes")
                connection.execute(
                    sa.insert(changes).values(kind=kind.value, record_id=record_id, **history)
                )


def _take(
    connection: Connection, table: sa.Table, record_id: int, snap: _Snapshot, side: _Ripples
) -> None:
    """Snapshot the record `record_id` of `table` and everything that depends on it, then
    delete or unhook them (see the module docstring). Raises RecordInUseError when blocked."""
    row = connection.execute(sa.select(table).where(table.c.id == record_id)).mappings().one()
    snap.rows.append((table.name, dict(row)))
    for other, column, fk in _referencing(table):
        dependants = connection.execute(sa.select(other).where(column == record_id)).mappings()
        found = [dict(d) for d in dependants]
        if not found:
            continue
        if other.name not in _RECORD_TABLES:  # link rows, citations, history: theirs alone
            snap.rows.extend((other.name, d) for d in found)
            for dependant in found:
                side.link(other, dependant, column)
            connection.execute(sa.delete(other).where(column == record_id))
        elif fk.ondelete == "CASCADE":  # records it owns (an event's facts)
            for dependant in found:
                _take(connection, other, dependant["id"], snap, side)
        elif column.nullable:
            for dependant in found:
                snap.cleared.append((other.name, dependant["id"], column.name))
                side.pointer(other.name, dependant["id"], column.name)
            connection.execute(sa.update(other).where(column == record_id).values({column: None}))
        else:
            raise RecordInUseError(_BLOCKED[other.name], count=len(found))
    connection.execute(sa.delete(table).where(table.c.id == record_id))


def delete_record(
    engine: Engine,
    kind: RecordKind,
    record_id: int,
    *,
    changed_by: str,
    if_version: int | None = None,
) -> TrashEntry:
    """Move one record to the trash (see the module docstring)."""
    with writing(engine) as session:
        record: Any = get_record(session, MODELS[kind], record_id)
        check_version(kind, record, if_version)
        label = label_of(kind, record)
        remember_deleted(session, record.seed_key)
        session.flush()
        snap = _Snapshot()
        side = _Ripples()
        connection = session.connection()
        session.expunge(record)
        _take(connection, _table(record.__tablename__), record_id, snap, side)
        side.write(connection, changed_by, label, removed=True)
        item = m.TrashItem(
            kind=kind.value,
            record_id=record_id,
            label=label[:400],
            deleted_by=changed_by,
            references=len(snap.rows) - 1 + len(snap.cleared),
            snapshot=snap.to_json(),
        )
        session.add(item)
        # the trash row first: on a team server, the deleted record's history row is only
        # accepted once the record is in the trash (migration 0011's row-level security)
        session.flush()
        if kind is not RecordKind.ACTION:  # an action's history is in its snapshot
            _history(session, kind, record_id, changed_by, DELETED, label)
        session.flush()
        return _entry(item)


def _history(
    session: Session, kind: RecordKind, record_id: int, by: str, what: str, label: str
) -> None:
    session.add(
        m.RecordChange(
            kind=kind.value,
            record_id=record_id,
            changed_by=by,
            field=what,
            old_value=label if what == DELETED else None,
            new_value=label if what != DELETED else None,
        )
    )


def _entry(item: m.TrashItem) -> TrashEntry:
    return TrashEntry(
        RecordKind(item.kind),
        item.record_id,
        item.label,
        item.deleted_at,
        item.deleted_by,
        item.references,
    )


def list_trash(engine: Engine) -> list[TrashEntry]:
    """What the trash holds, most recently deleted first."""
    with reading(engine) as session:
        items = session.scalars(sa.select(m.TrashItem).order_by(m.TrashItem.id.desc()))
        return [_entry(item) for item in items]


def _exists(connection: Connection, table: sa.Table, key: dict[str, Any]) -> bool:
    condition = sa.and_(*(table.c[name] == value for name, value in key.items()))
    return connection.execute(sa.select(sa.literal(1)).where(condition)).first() is not None


def _missing_reference(
    connection: Connection, table: sa.Table, row: dict[str, Any]
) -> tuple[sa.Column[Any], str, Any] | None:
    """The first foreign key of `row` whose target row does not exist."""
    for fk in table.foreign_keys:
        value = row.get(fk.parent.name)
        if value is None:
            continue
        if not _exists(connection, fk.column.table, {fk.column.name: value}):
            return fk.parent, fk.column.table.name, value
    return None


def _tried(connection: Connection, statement: sa.Executable) -> bool:
    """Run `statement` in a savepoint; False (and nothing changed) if the database refuses it,
    e.g. an action that has meanwhile got another owner cannot take its old one back."""
    try:
        with connection.begin_nested():
            connection.execute(statement)
    except sa.exc.IntegrityError:
        return False
    return True


def _point_trashed_row(session: Session, table: str, row_id: int, column: str, value: int) -> None:
    """A record in the trash (a part deleted after its event) pointed at the record being
    restored when it was deleted: its snapshot points there again, for its own restore."""
    for item in session.scalars(sa.select(m.TrashItem)):
        snap = _Snapshot.from_json(item.snapshot)
        for name, row in snap.rows:
            if name == table and row.get("id") == row_id and row.get(column) is None:
                row[column] = value
                item.snapshot = snap.to_json()
                return


def restore_record(
    engine: Engine, kind: RecordKind, record_id: int, *, changed_by: str
) -> RecordData:
    """Put a record from the trash back under its old id, with the links and pointers whose
    other ends still exist. Refuses (and changes nothing) when something it needs is gone."""
    with writing(engine) as session:
        item = session.scalars(
            sa.select(m.TrashItem).where(
                m.TrashItem.kind == kind.value, m.TrashItem.record_id == record_id
            )
        ).one_or_none()
        if item is None:
            raise NotFoundError(_NOT_IN_TRASH, kind=kind.value, id=record_id)
        snap = _Snapshot.from_json(item.snapshot)
        session.delete(item)
        session.flush()
        connection = session.connection()
        if _exists(connection, _table(MODELS[kind].__tablename__), {"id": record_id}):
            raise UserError(_TAKEN, id=record_id)
        side = _Ripples()
        main = MODELS[kind].__tablename__
        for name, raw in snap.rows:
            table = _table(name)
            row = {c.name: _stored(c, raw.get(c.name)) for c in table.columns if c.name in raw}
            if name in _RECORD_TABLES:
                while (missing := _missing_reference(connection, table, row)) is not None:
                    column, target, value = missing
                    if not column.nullable:
                        raise UserError(_NEEDED, table=target, id=value)
                    row[column.name] = None  # a pointer to something deleted since: cleared
                connection.execute(sa.insert(table).values(row))
            elif _missing_reference(connection, table, row) is None and _tried(
                connection, sa.insert(table).values(row)
            ):  # a link to something deleted since is left out
                side.link(table, row, _back_to(table, main))
        for name, other_id, column_name in snap.cleared:
            table = _table(name)
            column = table.c[column_name]
            if not _exists(connection, table, {"id": other_id}):
                _point_trashed_row(session, name, other_id, column_name, record_id)
            elif _tried(
                connection,
                sa.update(table)
                .where(table.c.id == other_id, column.is_(None))
                .values({column: record_id}),
            ):
                side.pointer(name, other_id, column_name)
        restored: Any = get_record(session, MODELS[kind], record_id)
        label = label_of(kind, restored)
        side.write(connection, changed_by, label, removed=False)
        forget_deleted(session, restored.seed_key)
        if kind is RecordKind.ACTION:
            session.add(
                m.ActionChange(
                    action_id=record_id,
                    changed_at=item.deleted_at,
                    changed_by=item.deleted_by,
                    field=DELETED,
                )
            )
            session.add(m.ActionChange(action_id=record_id, changed_by=changed_by, field=RESTORED))
        else:
            _history(session, kind, record_id, changed_by, RESTORED, label)
        session.flush()
    return read_record(engine, kind, record_id)


def _back_to(table: sa.Table, main: str) -> sa.Column[Any] | None:
    """The column of a link table that points at the restored record's table."""
    for fk in table.foreign_keys:
        if fk.column.table.name == main:
            return fk.parent
    return None


def empty_trash(engine: Engine) -> int:
    """Forget everything in the trash for good; returns how many records that was."""
    with writing(engine) as session:
        items = list(session.scalars(sa.select(m.TrashItem)))
        gone = [record for item in items for record in _records_in(item)]
        session.execute(sa.delete(m.TrashItem))
        forget_threads(session, gone)
        return len(items)


_KIND_OF_TABLE = {model.__tablename__: kind for kind, model in MODELS.items()}


def _records_in(item: m.TrashItem) -> list[tuple[RecordKind, int]]:
    """The records a trash item holds: the deleted one and those deleted with it (a
    meeting's actions)."""
    return [
        (_KIND_OF_TABLE[table], row["id"])
        for table, row in _Snapshot.from_json(item.snapshot).rows
        if table in _KIND_OF_TABLE
    ]
