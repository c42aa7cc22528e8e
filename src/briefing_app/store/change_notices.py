"""Colleagues' saves, live: on PostgreSQL each committed write announces what it changed on
one channel (LISTEN/NOTIFY, issue 17), and every app instance on the database hears it.

Sending: `writing` (store/unit_of_work.py) collects the `(kind, record_id)` of every row its
transaction inserts, updates or deletes, from the ORM's flushes (the objects) and from Core
statements (their values and `WHERE column = …`), and sends them with `pg_notify` inside the
same transaction: PostgreSQL delivers notices at COMMIT only, so a rolled-back write announces
nothing. A row that belongs to a record (a comment, a history entry, a member) announces that
record. More than MAX_IDS_PER_KIND records of one kind (an import) are one notice
`(kind, SEVERAL)`. A payload is `"<origin> <kind> <id>"`: `origin` tells each engine (one per
app instance) its own notices from its colleagues'.

Hearing: `ChangeListener.run` holds a connection of its own on the channel, in a thread of its
caller's, and hands each batch of colleagues' changes to a callback. When the connection drops
it connects again, waiting longer after each failure, and then hands over `(kind, SEVERAL)`
for every kind, since notices sent meanwhile are lost.

A notice carries a kind and an id, never a record's content, and PostgreSQL hands it to every
listener: a user not cleared for a confidential record still learns that record #N changed
(row-level security filters rows, not notices).

SQLite (one user) sends and hears nothing.
"""

import contextlib
import logging
import secrets
import threading
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.engine.interfaces import DBAPICursor, ExecutionContext
from sqlalchemy.orm import Session
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import BinaryExpression, BindParameter, BooleanClauseList

from briefing_app.domain import models as m
from briefing_app.domain.record_kind import SEVERAL, Change, RecordKind
from briefing_app.store.server_connection import CONNECTION_OPTIONS, password_for

log = logging.getLogger(__name__)

#: The channel every instance listens on.
CHANNEL = "briefing_changes"

#: More records of one kind in one write are announced as (kind, SEVERAL).
MAX_IDS_PER_KIND = 20

#: Waits between attempts to connect again (seconds); the last one repeats.
BACKOFF = (0.5, 1.0, 2.0, 5.0, 10.0, 30.0)

#: How often a waiting listener looks whether it should stop (seconds).
POLL_SECONDS = 0.25

_COLLECTOR = "briefing_change_collector"
_ORIGIN = "briefing_change_origin"

_RECORD_TABLES: dict[str, RecordKind] = {
    m.Event.__tablename__: RecordKind.EVENT,
    m.Meeting.__tablename__: RecordKind.MEETING,
    m.Delegation.__tablename__: RecordKind.DELEGATION,
    m.Person.__tablename__: RecordKind.PERSON,
    m.Organisation.__tablename__: RecordKind.ORGANISATION,
    m.Locality.__tablename__: RecordKind.LOCALITY,
    m.Agreement.__tablename__: RecordKind.AGREEMENT,
    m.Source.__tablename__: RecordKind.SOURCE,
    m.EventFact.__tablename__: RecordKind.FACT,
    m.FollowUpAction.__tablename__: RecordKind.ACTION,
}

#: Rows that belong to one record: the columns that may name it, and its kind (None: the row's
#: own `kind` column says).
_PART_TABLES: dict[str, tuple[tuple[str, RecordKind | None], ...]] = {
    "action_changes": (("action_id", RecordKind.ACTION),),
    "action_areas": (("action_id", RecordKind.ACTION),),
    "delegation_members": (("delegation_id", RecordKind.DELEGATION),),
    "meeting_participants": (("meeting_id", RecordKind.MEETING),),
    "meeting_parties": (("meeting_id", RecordKind.MEETING),),
    "meeting_areas": (("meeting_id", RecordKind.MEETING),),
    "agreement_parties": (("agreement_id", RecordKind.AGREEMENT),),
    "event_organisers": (("event_id", RecordKind.EVENT),),
    "comments": (("record_id", None),),
    "attachments": (("record_id", None),),
    "record_changes": (("record_id", None),),
    "citations": tuple(
        (f"{kind.value}_id", kind) for kind in RecordKind if kind is not RecordKind.SOURCE
    ),
}


def owner(table: str, values: Mapping[str, Any]) -> Change | None:
    """The record a row of `table` with these column values belongs to; (kind, SEVERAL) when
    the kind is known but not the record. None for rows of no record (the trash, blobs, app
    facts), and for a row whose kind is not known either (a citation deleted by its own id:
    the write's other rows, the record's own or its history, name the record)."""
    kind = _RECORD_TABLES.get(table)
    if kind is not None:
        record_id = values.get("id")
        return kind, record_id if isinstance(record_id, int) else SEVERAL
    parts = _PART_TABLES.get(table, ())
    named = _kind_named(values.get("kind"))
    for key, part_kind in parts:
        record_id = values.get(key)
        record_kind = part_kind or named
        if isinstance(record_id, int) and record_kind is not None:
            return record_kind, record_id
    kinds = {part_kind or named for _key, part_kind in parts}
    if len(kinds) == 1:
        only = kinds.pop()
        return None if only is None else (only, SEVERAL)
    return None


def _kind_named(value: object) -> RecordKind | None:
    try:
        return RecordKind(str(value))
    except ValueError:
        return None


def summarised(changes: Collection[Change]) -> list[Change]:
    """`changes` in a stable order, a kind with more than MAX_IDS_PER_KIND records (or with an
    unknown one) as (kind, SEVERAL) alone."""
    by_kind: dict[RecordKind, set[int]] = {}
    for kind, record_id in changes:
        by_kind.setdefault(kind, set()).add(record_id)
    result: list[Change] = []
    for kind in RecordKind:
        ids = by_kind.get(kind)
        if not ids:
            continue
        if SEVERAL in ids or len(ids) > MAX_IDS_PER_KIND:
            result.append((kind, SEVERAL))
        else:
            result.extend((kind, record_id) for record_id in sorted(ids))
    return result


# ---------------------------------------------------------------------------- sending


def origin_of(engine: Engine) -> str | None:
    """The short random name make_engine gave `engine` (install), sent with its notices so
    that its own listener leaves them out; None for an engine made otherwise."""
    origin = engine.get_execution_options().get(_ORIGIN)
    return origin if isinstance(origin, str) else None


def encode(origin: str, change: Change) -> str:
    kind, record_id = change
    return f"{origin} {kind.value} {record_id}"


def decode(payload: str) -> tuple[str, Change] | None:
    """(origin, change) of a notice; None for a payload that is not one (another program's)."""
    parts = payload.split(" ")
    if len(parts) != 3 or not parts[2].isdigit():
        return None
    try:
        return parts[0], (RecordKind(parts[1]), int(parts[2]))
    except ValueError:
        return None


@dataclass
class _Collector:
    """What one write transaction changed so far."""

    changes: set[Change] = field(default_factory=set)
    #: while the ORM flushes, its statements are left to the flush's objects (more precise)
    flushing: bool = False


def install(engine: Engine) -> None:
    """Make `engine`'s write units of work announce what they change: give it its origin (an
    execution option, so the engines made from it with other options share it and a dispose
    keeps it) and collect what its Core statements change. Called once per PostgreSQL engine,
    by make_engine, before anything else uses it."""
    engine.update_execution_options(**{_ORIGIN: secrets.token_hex(4)})
    event.listen(engine, "after_cursor_execute", _after_cursor_execute)


def _after_cursor_execute(
    connection: Connection,
    _cursor: DBAPICursor,
    _statement: str,
    _parameters: Any,
    context: ExecutionContext,
    _executemany: bool,
) -> None:
    collector: _Collector | None = connection.info.get(_COLLECTOR)
    compiled = getattr(context, "compiled", None)
    if collector is None or collector.flushing or compiled is None:
        return
    statement = compiled.statement
    if not getattr(statement, "is_dml", False) or not isinstance(statement.table, sa.Table):
        return
    rows: Sequence[Mapping[str, Any]] = context.compiled_parameters  # type: ignore[attr-defined]
    where = _equalities(getattr(statement, "whereclause", None), compiled.bind_names)
    for row in rows or ({},):
        values = {column: row.get(bind) for column, bind in where.items()}
        if statement.is_insert:
            values.update(row)
        found = owner(statement.table.name, values)
        if found is not None:
            collector.changes.add(found)


def _equalities(clause: Any, bind_names: Mapping[BindParameter[Any], str]) -> dict[str, str]:
    """column name -> bound parameter's name, for each `column = :parameter` a WHERE clause
    requires (at its top level or under AND)."""
    found: dict[str, str] = {}
    if isinstance(clause, BooleanClauseList) and clause.operator is operators.and_:
        for part in clause.clauses:
            found.update(_equalities(part, bind_names))
    elif (
        isinstance(clause, BinaryExpression)
        and clause.operator is operators.eq
        and isinstance(clause.left, sa.Column)
        and isinstance(clause.right, BindParameter)
        and clause.right in bind_names
    ):
        found[clause.left.name] = bind_names[clause.right]
    return found


def _flushed(session: Session, collector: _Collector) -> None:
    changed = [i for i in session.dirty if session.is_modified(i)]  # `dirty` is made per call
    for instance in [*session.new, *changed, *session.deleted]:
        state = sa.inspect(instance)
        table = state.mapper.local_table
        if isinstance(table, sa.Table):
            found = owner(table.name, state.dict)
            if found is not None:
                collector.changes.add(found)


@contextlib.contextmanager
def announcing(session: Session, engine: Engine) -> Iterator[None]:
    """Inside a write transaction on PostgreSQL: what it changes is sent to the channel just
    before it commits (not at all when the block raises)."""
    origin = origin_of(engine)
    if origin is None:  # SQLite, or an engine not made by make_engine
        yield
        return
    collector = _Collector()
    # the connection's own dict, kept: once a dropped connection is invalidated, reaching it
    # through the Connection raises (PendingRollbackError), hiding why the write failed
    info = session.connection().info

    def before_flush(*_args: Any) -> None:
        collector.flushing = True

    def after_flush(flushed: Session, _context: Any) -> None:
        _flushed(flushed, collector)

    def flush_done(*_args: Any) -> None:
        collector.flushing = False

    hooks = (
        ("before_flush", before_flush),
        ("after_flush", after_flush),
        ("after_flush_postexec", flush_done),
        ("after_soft_rollback", flush_done),
    )
    for name, hook in hooks:
        event.listen(session, name, hook)
    info[_COLLECTOR] = collector
    try:
        yield
        session.flush()
        payloads = [encode(origin, c) for c in summarised(collector.changes)]
        if payloads:
            session.connection().execute(
                sa.text("SELECT pg_notify(:channel, p) FROM unnest(CAST(:payloads AS text[])) p"),
                {"channel": CHANNEL, "payloads": payloads},
            )
    finally:
        info.pop(_COLLECTOR, None)
        for name, hook in hooks:
            event.remove(session, name, hook)


# ---------------------------------------------------------------------------- hearing


def every_kind() -> list[Change]:
    """What a listener hands over after it connected again: every kind may have changed."""
    return [(kind, SEVERAL) for kind in RecordKind]


class ChangeListener:
    """Hears the colleagues' notices on `engine`'s database (see the module's docstring).

    `deliver(changes)` runs in the thread that runs `run`, with a batch of changes in the order
    they came, each once. `run` returns once `stop` is set (within POLL_SECONDS)."""

    def __init__(
        self,
        engine: Engine,
        deliver: Callable[[list[Change]], None],
        *,
        backoff: Sequence[float] = BACKOFF,
    ) -> None:
        self._engine = engine
        self._origin = origin_of(engine)
        self._deliver = deliver
        self._backoff = backoff
        self.stop = threading.Event()
        #: set while the listener is connected and listening (tests wait for it)
        self.listening = threading.Event()

    def _connect(self) -> Any:
        import psycopg  # only on PostgreSQL, where it is installed

        cargs, cparams = self._engine.dialect.create_connect_args(self._engine.url)
        password = password_for(self._engine.url)  # as the engine's connections get it
        if password is not None:
            cparams["password"] = password
        params = {**CONNECTION_OPTIONS, **cparams}
        connection = psycopg.connect(*cargs, **params, autocommit=True)
        connection.execute(f"LISTEN {CHANNEL}")
        return connection

    def run(self) -> None:
        """Listen until `stop` is set, connecting again after each failure."""
        failures = 0
        first = True
        while not self.stop.is_set():
            try:
                connection = self._connect()
            except Exception as exc:  # noqa: BLE001 - any failure to connect is waited out
                log.info("change notices: cannot connect (%s)", exc)
                failures += 1
                first = False
                self.stop.wait(self._backoff[min(failures, len(self._backoff)) - 1])
                continue
            failures = 0
            self.listening.set()
            try:
                if not first:
                    self._deliver(every_kind())
                first = False
                self._listen(connection)
            except Exception as exc:  # noqa: BLE001 - a dropped connection is connected again
                log.info("change notices: connection lost (%s)", exc)
                self.stop.wait(self._backoff[0])
            finally:
                self.listening.clear()
                with contextlib.suppress(Exception):
                    connection.close()

    def _listen(self, connection: Any) -> None:
        while not self.stop.is_set():
            batch: list[Change] = []
            for notice in connection.notifies(timeout=POLL_SECONDS, stop_after=1):
                decoded = decode(notice.payload)
                if decoded is not None and decoded[0] != self._origin:
                    batch.append(decoded[1])
            if batch:
                self._deliver(list(dict.fromkeys(batch)))
