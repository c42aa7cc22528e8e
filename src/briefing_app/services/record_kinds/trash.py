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
from briefing_app.services.record_kinds.editing import check_version, label_of, read_record
from briefing_app.services.record_kinds.registry import MODELS
from briefing_app.services.record_kinds.spec import RecordData, TrashEntry
from briefing_app.services.records import get_record
from briefing_app.store.seed import forget_deleted, remember_deleted
from briefing_app.store.unit_of_work import reading, writing

DELETED = "deleted"
RESTORED = "restored"

#: Tables of records with an identity of their own (a row there is never a mere link).
_RECORD_TABLES = {model.__tablename__ for model in MODELS.values()}

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


def _pointing(table: sa.Table, column: sa.Column[Any], value: int | None) -> dict[Any, Any]:
    """An UPDATE's values that point `column` at `value`, bumping the row's version (if it
    has one) so that a save based on the row as it was is refused as stale."""
    values: dict[Any, Any] = {column: value}
    if "version" in table.c:
        values[table.c.version] = table.c.version + 1
    return values


def _take(connection: Connection, table: sa.Table, record_id: int, snap: _Snapshot) -> None:
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
            connection.execute(sa.delete(other).where(column == record_id))
        elif fk.ondelete == "CASCADE":  # records it owns (an event's facts)
            for dependant in found:
                _take(connection, other, dependant["id"], snap)
        elif column.nullable:
            snap.cleared.extend((other.name, d["id"], column.name) for d in found)
            connection.execute(
                sa.update(other).where(column == record_id).values(_pointing(other, column, None))
            )
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
        connection = session.connection()
        session.expunge(record)
        _take(connection, _table(record.__tablename__), record_id, snap)
        references = len(snap.rows) - 1 + len(snap.cleared)
        item = m.TrashItem(
            kind=kind.value,
            record_id=record_id,
            label=label[:400],
            deleted_by=changed_by,
            references=references,
            snapshot=snap.to_json(),
        )
        session.add(item)
        _history(session, kind, record_id, changed_by, DELETED, label)
        session.flush()
        return _entry(item)


def _history(
    session: Session, kind: RecordKind, record_id: int, by: str, what: str, label: str
) -> None:
    if kind is RecordKind.ACTION:
        return  # an action's history rows are in its snapshot; its restore adds a row there
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
        connection = session.connection()
        if _exists(connection, _table(MODELS[kind].__tablename__), {"id": record_id}):
            raise UserError(_TAKEN, id=record_id)
        for name, raw in snap.rows:
            table = _table(name)
            row = {c.name: _stored(c, raw.get(c.name)) for c in table.columns if c.name in raw}
            is_record = name in _RECORD_TABLES
            while (missing := _missing_reference(connection, table, row)) is not None:
                column, target, value = missing
                if is_record and not column.nullable:
                    raise UserError(_NEEDED, table=target, id=value)
                if not is_record:
                    break  # a link to something deleted since: left out
                row[column.name] = None  # a pointer to something deleted since: cleared
            else:
                connection.execute(sa.insert(table).values(row))
        for name, other_id, column_name in snap.cleared:
            table = _table(name)
            column = table.c[column_name]
            connection.execute(
                sa.update(table)
                .where(table.c.id == other_id, column.is_(None))
                .values(_pointing(table, column, record_id))
            )
        restored: Any = get_record(session, MODELS[kind], record_id)
        forget_deleted(session, restored.seed_key)
        session.delete(item)
        if kind is RecordKind.ACTION:
            session.add(m.ActionChange(action_id=record_id, changed_by=changed_by, field=RESTORED))
        else:
            _history(session, kind, record_id, changed_by, RESTORED, label_of(kind, restored))
        session.flush()
    return read_record(engine, kind, record_id)


def empty_trash(engine: Engine) -> int:
    """Forget everything in the trash for good; returns how many records that was."""
    with writing(engine) as session:
        count = session.scalar(sa.select(sa.func.count()).select_from(m.TrashItem)) or 0
        session.execute(sa.delete(m.TrashItem))
        return count
