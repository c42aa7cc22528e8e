"""search index on PostgreSQL: a trigram (pg_trgm) index kept in step by PL/pgSQL triggers

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02

PostgreSQL only (on SQLite the FTS5 index of 0002/0003 stays as it is; this revision does
nothing there). Creates the pg_trgm extension if the database lacks it (refused: a message
saying what the administrator must run, nothing changed), the `search_index` table (the same
columns as SQLite's: `rowid` = kind code * 2^40 + id, name, title, body, recency), a GIN
trigram index on `name || ' ' || title || ' ' || body`, one PL/pgSQL function and trigger for
each of SQLite's triggers (the record's folded columns plus the names of the records it is
known by), and fills it. This is a frozen copy of what `briefing_app.store.search_index`
describes at this revision, spelt for PostgreSQL; later changes need a new revision. The
downgrade drops the table, the functions and their triggers, and the extension if this user
owns it and nothing else uses it.
"""

from collections.abc import Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from alembic import op

from briefing_app.store.server_extensions import create_extension

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_STRIDE = 1 << 40
_ROW = "{row}"
_INSERT = "INSERT INTO search_index(rowid, name, title, body, recency)"
_TEXT = "(search_index.name || ' ' || search_index.title || ' ' || search_index.body)"


def _name_of(table: str, id_expr: str) -> str:
    return f"(SELECT x.name_folded FROM {table} AS x WHERE x.id = {id_expr})"


def _joined(*exprs: str) -> str:
    return "trim(" + " || ' ' || ".join(f"coalesce({e}, '')" for e in exprs) + ")"


def _party_names(meeting_id: str) -> str:
    names = _joined("d.name_folded", "l.name_folded", "o.name_folded")
    return (
        f"(SELECT string_agg(names, ' ') FROM (SELECT {names} AS names"
        " FROM meeting_parties AS mp JOIN delegations AS d ON d.id = mp.delegation_id"
        " LEFT JOIN localities AS l ON l.id = d.locality_id"
        " LEFT JOIN organisations AS o ON o.id = d.organisation_id"
        f" WHERE mp.meeting_id = {meeting_id} ORDER BY d.id) AS parties)"
    )


def _meetings_with_party(column: str) -> str:
    return (
        "SELECT mp.meeting_id FROM meeting_parties AS mp"
        f" JOIN delegations AS d ON d.id = mp.delegation_id WHERE d.{column} = {_ROW}.id"
    )


@dataclass(frozen=True)
class _Dependency:
    """Writes to `table` re-index the rows `affected` selects (over the written row); with
    `watched`, updates of those columns only; without, a link table's every write."""

    table: str
    affected: str
    watched: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Kind:
    table: str
    code: int
    name: str | None
    title: str | None
    body: str | None
    recency: str | None
    watched: tuple[str, ...]
    related: str | None = None
    dependencies: tuple[_Dependency, ...] = ()


def _renamed(table: str, affected: str) -> _Dependency:
    return _Dependency(table, affected, ("name_folded",))


def _action_dependency(table: str, column: str) -> _Dependency:
    affected = (
        f"{_ROW}.id IN (follow_up_actions.owner_{column}_id,"
        f" follow_up_actions.counterpart_{column}_id)"
    )
    if table != "people":
        affected += f" OR follow_up_actions.meeting_id IN ({_meetings_with_party(column + '_id')})"
    return _renamed(table, affected)


_PARTIES = (("localities", "locality"), ("organisations", "organisation"), ("people", "person"))
_DELEGATION_COLUMNS = ("name_folded", "locality_id", "organisation_id")
_ACTION_PARTY_COLUMNS = tuple(
    f"{slot}_{column}_id" for slot in ("owner", "counterpart") for _table, column in _PARTIES
)
_ACTION_PARTY_NAMES = tuple(
    _name_of(table, f"{_ROW}.{slot}_{column}_id")
    for slot in ("owner", "counterpart")
    for table, column in _PARTIES
)
_NAME = ("name_folded",)

_KINDS = (
    _Kind("localities", 1, "name_folded", None, None, None, _NAME),
    _Kind("organisations", 2, "name_folded", None, None, None, _NAME),
    _Kind("people", 3, "name_folded", None, None, None, _NAME),
    _Kind(
        "delegations",
        4,
        "name_folded",
        None,
        None,
        None,
        (*_DELEGATION_COLUMNS, "head_id"),
        related=_joined(
            _name_of("localities", f"{_ROW}.locality_id"),
            _name_of("organisations", f"{_ROW}.organisation_id"),
            _name_of("people", f"{_ROW}.head_id"),
        ),
        dependencies=(
            _renamed("localities", f"delegations.locality_id = {_ROW}.id"),
            _renamed("organisations", f"delegations.organisation_id = {_ROW}.id"),
            _renamed("people", f"delegations.head_id = {_ROW}.id"),
        ),
    ),
    _Kind(
        "meetings",
        5,
        None,
        "title_folded",
        "search_folded",
        "held_on",
        ("title_folded", "search_folded", "held_on"),
        related=_party_names(f"{_ROW}.id"),
        dependencies=(
            _Dependency("meeting_parties", f"meetings.id = {_ROW}.meeting_id"),
            _Dependency(
                "delegations",
                "meetings.id IN (SELECT meeting_id FROM meeting_parties"
                f" WHERE delegation_id = {_ROW}.id)",
                _DELEGATION_COLUMNS,
            ),
            _renamed("localities", f"meetings.id IN ({_meetings_with_party('locality_id')})"),
            _renamed(
                "organisations", f"meetings.id IN ({_meetings_with_party('organisation_id')})"
            ),
        ),
    ),
    _Kind(
        "follow_up_actions",
        6,
        None,
        "title_folded",
        "search_folded",
        "updated_at",
        ("title_folded", "search_folded", "updated_at", "meeting_id", *_ACTION_PARTY_COLUMNS),
        related=_joined(*_ACTION_PARTY_NAMES, _party_names(f"{_ROW}.meeting_id")),
        dependencies=(
            _Dependency("meeting_parties", f"follow_up_actions.meeting_id = {_ROW}.meeting_id"),
            _Dependency(
                "delegations",
                "follow_up_actions.meeting_id IN (SELECT meeting_id FROM meeting_parties"
                f" WHERE delegation_id = {_ROW}.id)",
                _DELEGATION_COLUMNS,
            ),
            *(_action_dependency(table, column) for table, column in _PARTIES),
        ),
    ),
    _Kind(
        "agreements", 7, None, "search_folded", None, "signed_on", ("search_folded", "signed_on")
    ),
    _Kind(
        "sources",
        8,
        None,
        "title_folded",
        "search_folded",
        "published_on",
        ("title_folded", "search_folded", "published_on"),
    ),
)


def _values(kind: _Kind, row: str) -> str:
    def col(column: str | None) -> str:
        return "''" if column is None else f"coalesce({row}.{column}, '')"

    body = col(kind.body)
    if kind.related is not None:
        own = [f"{row}.{kind.body}"] if kind.body else []
        body = _joined(*own, kind.related.replace(_ROW, row))
    recency = "NULL" if kind.recency is None else f"{row}.{kind.recency}"
    return (
        f"{kind.code} * {_STRIDE} + {row}.id, "
        f"{col(kind.name)}, {col(kind.title)}, {body}, {recency}"
    )


def _reindex(kind: _Kind, where: str) -> str:
    t = kind.table
    return (
        "DELETE FROM search_index WHERE rowid IN "
        f"(SELECT {kind.code} * {_STRIDE} + id FROM {t} WHERE {where}); "
        f"{_INSERT} SELECT {_values(kind, t)} FROM {t} WHERE {where};"
    )


def _triggers() -> list[tuple[str, str, str, str]]:
    """(name, event, table, body) of every trigger."""
    found = []
    for kind in _KINDS:
        t = kind.table
        delete = f"DELETE FROM search_index WHERE rowid = {kind.code} * {_STRIDE} + old.id;"
        insert = f"{_INSERT} VALUES ({_values(kind, 'new')});"
        found += [
            (f"search_index_{t}_insert", "INSERT", t, insert),
            (
                f"search_index_{t}_update",
                f"UPDATE OF {', '.join(kind.watched)}",
                t,
                f"{delete} {insert}",
            ),
            (f"search_index_{t}_delete", "DELETE", t, delete),
        ]
        for dependency in kind.dependencies:
            name = f"search_index_{t}_after_{dependency.table}"
            new, old = (dependency.affected.replace(_ROW, row) for row in ("new", "old"))
            if dependency.watched:
                event = f"UPDATE OF {', '.join(dependency.watched)}"
                found.append((f"{name}_update", event, dependency.table, _reindex(kind, new)))
                continue
            found += [
                (f"{name}_insert", "INSERT", dependency.table, _reindex(kind, new)),
                (
                    f"{name}_update",
                    "UPDATE",
                    dependency.table,
                    _reindex(kind, f"({old}) OR ({new})"),
                ),
                (f"{name}_delete", "DELETE", dependency.table, _reindex(kind, old)),
            ]
    return found


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name != "postgresql":
        return
    create_extension(connection, "pg_trgm")
    op.execute(
        "CREATE TABLE search_index (rowid bigint PRIMARY KEY, name text NOT NULL,"
        " title text NOT NULL, body text NOT NULL, recency timestamp)"
    )
    for name, event, table, body in _triggers():
        op.execute(
            f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql"
            f" AS $$BEGIN {body} RETURN NULL; END$$"
        )
        op.execute(
            f"CREATE TRIGGER {name} AFTER {event} ON {table} FOR EACH ROW EXECUTE FUNCTION {name}()"
        )
    for kind in _KINDS:
        op.execute(f"{_INSERT} SELECT {_values(kind, kind.table)} FROM {kind.table}")
    # built over the filled table in one pass (much faster than row by row as it fills)
    op.execute(f"CREATE INDEX search_index_text ON search_index USING gin ({_TEXT} gin_trgm_ops)")
    op.execute("ANALYZE search_index")


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name != "postgresql":
        return
    for name, _event, _table, _body in _triggers():
        op.execute(f"DROP FUNCTION IF EXISTS {name}() CASCADE")  # and its trigger
    op.execute("DROP TABLE IF EXISTS search_index")
    owned = connection.execute(
        sa.text(
            "SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'"
            " AND extowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)"
        )
    ).first()
    if owned is None:  # an administrator's: theirs to drop
        return
    try:
        with connection.begin_nested():
            op.execute("DROP EXTENSION pg_trgm")
    except sa.exc.DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) != "2BP01":  # dependent_objects_still_exist
            raise
        # something else (another table's index) still uses it: it stays
