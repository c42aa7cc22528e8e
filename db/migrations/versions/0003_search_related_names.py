"""search index: meetings, actions and delegations are also found by the names of their parties

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01

The index row of a meeting adds its parties' names (each delegation with its locality and
organisation, native names included: "山梨" finds the Thanh Hóa – Yamanashi meeting); the row
of an action adds its owner's, its counterpart's and its meeting's parties' names; the row of
a delegation adds its locality's, organisation's and head's. The three kinds' triggers are
replaced, new triggers on meeting_parties, delegations, localities, organisations and people
keep those names in step, and the three kinds' rows are refilled. This is a frozen copy of what
`briefing_app.store.search_index` describes at this revision; later changes need a new
revision. SQLite only: other databases have no index.
"""

from collections.abc import Sequence
from dataclasses import dataclass, replace

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_STRIDE = 1 << 40
_ROW = "{row}"
_INSERT = "INSERT INTO search_index(rowid, name, title, body, recency)"


def _name_of(table: str, id_expr: str) -> str:
    return f"(SELECT x.name_folded FROM {table} AS x WHERE x.id = {id_expr})"


def _joined(*exprs: str) -> str:
    return "trim(" + " || ' ' || ".join(f"coalesce({e}, '')" for e in exprs) + ")"


def _party_names(meeting_id: str) -> str:
    names = _joined("d.name_folded", "l.name_folded", "o.name_folded")
    return (
        f"(SELECT group_concat(names, ' ') FROM (SELECT {names} AS names"
        " FROM meeting_parties AS mp JOIN delegations AS d ON d.id = mp.delegation_id"
        " LEFT JOIN localities AS l ON l.id = d.locality_id"
        " LEFT JOIN organisations AS o ON o.id = d.organisation_id"
        f" WHERE mp.meeting_id = {meeting_id} ORDER BY d.id))"
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

_DELEGATIONS = _Kind(
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
)
_MEETINGS = _Kind(
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
            f"meetings.id IN (SELECT meeting_id FROM meeting_parties WHERE delegation_id = {_ROW}.id)",
            _DELEGATION_COLUMNS,
        ),
        _renamed("localities", f"meetings.id IN ({_meetings_with_party('locality_id')})"),
        _renamed("organisations", f"meetings.id IN ({_meetings_with_party('organisation_id')})"),
    ),
)
_ACTIONS = _Kind(
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
)
_KINDS = (_DELEGATIONS, _MEETINGS, _ACTIONS)
#: The same kinds as revision 0002 indexed them: own columns only.
_KINDS_0002 = (
    replace(_DELEGATIONS, watched=("name_folded",), related=None, dependencies=()),
    replace(_MEETINGS, related=None, dependencies=()),
    replace(_ACTIONS, watched=_ACTIONS.watched[:3], related=None, dependencies=()),
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


def _own_triggers(kind: _Kind) -> list[str]:
    t = kind.table
    delete = f"DELETE FROM search_index WHERE rowid = {kind.code} * {_STRIDE} + old.id;"
    return [
        f"CREATE TRIGGER search_index_{t}_insert AFTER INSERT ON {t} BEGIN "
        f"{_INSERT} VALUES ({_values(kind, 'new')}); END",
        f"CREATE TRIGGER search_index_{t}_update AFTER UPDATE OF {', '.join(kind.watched)} "
        f"ON {t} BEGIN {delete} {_INSERT} VALUES ({_values(kind, 'new')}); END",
        f"CREATE TRIGGER search_index_{t}_delete AFTER DELETE ON {t} BEGIN {delete} END",
    ]


def _dependency_names(kind: _Kind, dependency: _Dependency) -> list[str]:
    name = f"search_index_{kind.table}_after_{dependency.table}"
    verbs = ("update",) if dependency.watched else ("insert", "update", "delete")
    return [f"{name}_{verb}" for verb in verbs]


def _dependency_triggers(kind: _Kind, dependency: _Dependency) -> list[str]:
    name = f"search_index_{kind.table}_after_{dependency.table}"
    on = dependency.table

    def affected(row: str) -> str:
        return dependency.affected.replace(_ROW, row)

    if dependency.watched:
        return [
            f"CREATE TRIGGER {name}_update AFTER UPDATE OF {', '.join(dependency.watched)} "
            f"ON {on} BEGIN {_reindex(kind, affected('new'))} END"
        ]
    either = f"({affected('old')}) OR ({affected('new')})"
    return [
        f"CREATE TRIGGER {name}_insert AFTER INSERT ON {on} "
        f"BEGIN {_reindex(kind, affected('new'))} END",
        f"CREATE TRIGGER {name}_update AFTER UPDATE ON {on} BEGIN {_reindex(kind, either)} END",
        f"CREATE TRIGGER {name}_delete AFTER DELETE ON {on} "
        f"BEGIN {_reindex(kind, affected('old'))} END",
    ]


def _refill(kind: _Kind) -> None:
    low = kind.code * _STRIDE
    op.execute(f"DELETE FROM search_index WHERE rowid BETWEEN {low} AND {low + _STRIDE - 1}")
    op.execute(f"{_INSERT} SELECT {_values(kind, kind.table)} FROM {kind.table}")


def _drop_triggers(kind: _Kind) -> None:
    names = [f"search_index_{kind.table}_{verb}" for verb in ("insert", "update", "delete")]
    for dependency in kind.dependencies:
        names += _dependency_names(kind, dependency)
    for name in names:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")


def _install(kinds: Sequence[_Kind], replaced: Sequence[_Kind]) -> None:
    """Replace the triggers of `replaced` by those of `kinds` and refill their rows."""
    if op.get_bind().dialect.name != "sqlite":
        return
    for old in replaced:
        _drop_triggers(old)
    for kind in kinds:
        for statement in _own_triggers(kind):
            op.execute(statement)
        for dependency in kind.dependencies:
            for statement in _dependency_triggers(kind, dependency):
                op.execute(statement)
        _refill(kind)
    op.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")


def upgrade() -> None:
    _install(_KINDS, replaced=_KINDS_0002)


def downgrade() -> None:
    _install(_KINDS_0002, replaced=_KINDS)
