"""The full-text search index (SQLite FTS5, trigram tokenizer) over the folded text of records.

One virtual table, `search_index(name, title, body, recency)`, holds one row per searchable
record. Its rowid encodes the record: `code * KIND_STRIDE + id`, so each kind is a rowid range
(searching one kind is a range scan) and a record's row is found without a full scan.

A record is also found by the names of the records it is known by, indexed with its body: a
delegation by its locality, organisation and head; a meeting by its parties (each delegation
with its locality and organisation, so "山梨" finds the Thanh Hóa – Yamanashi meeting); an
action by its owner, its counterpart and its meeting's parties.

SQLite triggers keep it in step with every insert, update and delete, inside the writing
transaction: triggers on a record's own table, and triggers on the tables its related names
come from (renaming a locality re-indexes the delegations, meetings and actions naming it).
They copy the `*_folded` columns the ORM fills before each flush (so no Python function is
needed inside the database, and other tools can still write to it). Migrations 0002 and 0003
create the same table and triggers (frozen copies, as migrations must be), 0013 the gram index
and its statements in the triggers; `rebuild` refolds every record and refills the index
(`briefing-app db reindex`).

The trigram tokenizer matches any substring of three characters or more, which is what Japanese
(no spaces between words) needs; shorter words are looked up in the gram index beside it
(store.search_grams), which the same triggers keep in step with each row.

On PostgreSQL (migration 0009) `search_index` is a plain table of the same columns (`rowid` a
bigint key), with a GIN trigram index (the `pg_trgm` extension) on the text searches read,
`name || ' ' || title || ' ' || body` (words hold no spaces, so a word is in that text exactly
when it is in one of the three columns): LIKE '%word%' finds its rows through the index, in
the server's function `briefing_search_rows` (migration 0011: row-level security would keep a
member's LIKE off the index), which keeps the rows of records the user may read. The same
descriptions below give its PL/pgSQL triggers, so both databases index the same text;
the SQL templates spell the few things the two write differently with placeholders
(`Spelling`). Migration 0009 creates them there (a frozen copy, spelt for PostgreSQL).
"""

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from briefing_app.domain import models as m
from briefing_app.store import search_grams

TABLE = "search_index"
KIND_STRIDE = 1 << 40
#: In the SQL templates below, the row being indexed or written (`new`, `old`, a table name).
ROW = "{row}"
#: In the SQL templates below: the aggregate joining strings with a separator, and what follows
#: a subquery in FROM (PostgreSQL before 16 needs it named); see Spelling.
STRING_AGG = "{string_agg}"
DERIVED = "{derived}"


@dataclass(frozen=True)
class Spelling:
    """How one database spells the templates' placeholders, and whether its triggers keep the
    gram index (store.search_grams: SQLite) in step too."""

    string_agg: str
    derived: str
    grams: bool

    def render(self, template: str, row: str) -> str:
        return (
            template.replace(ROW, row)
            .replace(STRING_AGG, self.string_agg)
            .replace(DERIVED, self.derived)
        )


SQLITE = Spelling(string_agg="group_concat", derived="", grams=True)
POSTGRESQL = Spelling(string_agg="string_agg", derived=" AS parties", grams=False)


def _name_of(table: str, id_expr: str) -> str:
    """SQL: the folded name of the `table` record whose id is `id_expr` (NULL if none)."""
    return f"(SELECT x.name_folded FROM {table} AS x WHERE x.id = {id_expr})"


def _joined(*exprs: str) -> str:
    """SQL: the texts of `exprs` (NULL counts as empty) joined by spaces."""
    return "trim(" + " || ' ' || ".join(f"coalesce({e}, '')" for e in exprs) + ")"


def _party_names(meeting_id: str) -> str:
    """SQL: the folded names of a meeting's parties, each delegation with its locality and
    organisation (whose folded names hold their native names, 山梨県)."""
    names = _joined("d.name_folded", "l.name_folded", "o.name_folded")
    return (
        f"(SELECT {STRING_AGG}(names, ' ') FROM (SELECT {names} AS names"
        " FROM meeting_parties AS mp JOIN delegations AS d ON d.id = mp.delegation_id"
        " LEFT JOIN localities AS l ON l.id = d.locality_id"
        " LEFT JOIN organisations AS o ON o.id = d.organisation_id"
        f" WHERE mp.meeting_id = {meeting_id} ORDER BY d.id){DERIVED})"
    )


def _meetings_with_party(column: str) -> str:
    """SQL: the meetings one of whose party delegations has `column` = the written row."""
    return (
        "SELECT mp.meeting_id FROM meeting_parties AS mp"
        f" JOIN delegations AS d ON d.id = mp.delegation_id WHERE d.{column} = {ROW}.id"
    )


_PARTIES = (("localities", "locality"), ("organisations", "organisation"), ("people", "person"))
#: An action's owner and counterpart: each at most one of a locality, organisation or person.
_ACTION_PARTY_NAMES = tuple(
    _name_of(table, f"{ROW}.{slot}_{column}_id")
    for slot in ("owner", "counterpart")
    for table, column in _PARTIES
)


@dataclass(frozen=True)
class Dependency:
    """Writes to another table that change the related names of some records of a kind.

    `affected` is an SQL condition on the kind's table selecting those records, over the
    written row ROW. With `watched` columns, updates of those columns re-index (the written
    row's id never changes); without, `table` is a link table whose inserts, updates and
    deletes all do.
    """

    table: str
    affected: str
    watched: tuple[str, ...] = ()


@dataclass(frozen=True)
class IndexedKind:
    """How one table feeds the index: its columns (already folded) for the name, title, body
    and recency columns, and SQL over its row ROW for the related names added to the body."""

    kind: str
    code: int
    model: type[m.Record]
    name: str | None = None
    title: str | None = None
    body: str | None = None
    related: str | None = None
    recency: str | None = None
    #: columns of the record's own table whose change re-indexes the row
    watched: tuple[str, ...] = ()
    dependencies: tuple[Dependency, ...] = ()

    @property
    def table(self) -> str:
        return str(self.model.__tablename__)

    @property
    def low(self) -> int:
        return self.code * KIND_STRIDE

    @property
    def high(self) -> int:
        return (self.code + 1) * KIND_STRIDE - 1


def _renamed(table: str, affected: str) -> Dependency:
    return Dependency(table, affected, watched=("name_folded",))


def _action_dependency(table: str, column: str) -> Dependency:
    """Actions naming a renamed locality, organisation or person as owner or counterpart, or
    (localities and organisations) among their meeting's parties."""
    affected = (
        f"{ROW}.id IN (follow_up_actions.owner_{column}_id,"
        f" follow_up_actions.counterpart_{column}_id)"
    )
    if table != "people":
        affected += f" OR follow_up_actions.meeting_id IN ({_meetings_with_party(column + '_id')})"
    return _renamed(table, affected)


_DELEGATION_COLUMNS = ("name_folded", "locality_id", "organisation_id")
_ACTION_PARTY_COLUMNS = tuple(
    f"{slot}_{column}_id" for slot in ("owner", "counterpart") for _table, column in _PARTIES
)

KINDS: tuple[IndexedKind, ...] = (
    IndexedKind("locality", 1, m.Locality, name="name_folded", watched=("name_folded",)),
    IndexedKind("organisation", 2, m.Organisation, name="name_folded", watched=("name_folded",)),
    IndexedKind("person", 3, m.Person, name="name_folded", watched=("name_folded",)),
    IndexedKind(
        "delegation",
        4,
        m.Delegation,
        name="name_folded",
        related=_joined(
            _name_of("localities", f"{ROW}.locality_id"),
            _name_of("organisations", f"{ROW}.organisation_id"),
            _name_of("people", f"{ROW}.head_id"),
        ),
        watched=(*_DELEGATION_COLUMNS, "head_id"),
        dependencies=(
            _renamed("localities", f"delegations.locality_id = {ROW}.id"),
            _renamed("organisations", f"delegations.organisation_id = {ROW}.id"),
            _renamed("people", f"delegations.head_id = {ROW}.id"),
        ),
    ),
    IndexedKind(
        "meeting",
        5,
        m.Meeting,
        title="title_folded",
        body="search_folded",
        related=_party_names(f"{ROW}.id"),
        recency="held_on",
        watched=("title_folded", "search_folded", "held_on"),
        dependencies=(
            Dependency("meeting_parties", f"meetings.id = {ROW}.meeting_id"),
            Dependency(
                "delegations",
                "meetings.id IN (SELECT meeting_id FROM meeting_parties"
                f" WHERE delegation_id = {ROW}.id)",
                watched=_DELEGATION_COLUMNS,
            ),
            _renamed("localities", f"meetings.id IN ({_meetings_with_party('locality_id')})"),
            _renamed(
                "organisations", f"meetings.id IN ({_meetings_with_party('organisation_id')})"
            ),
        ),
    ),
    IndexedKind(
        "action",
        6,
        m.FollowUpAction,
        title="title_folded",
        body="search_folded",
        related=_joined(*_ACTION_PARTY_NAMES, _party_names(f"{ROW}.meeting_id")),
        recency="updated_at",
        watched=(
            "title_folded",
            "search_folded",
            "updated_at",
            "meeting_id",
            *_ACTION_PARTY_COLUMNS,
        ),
        dependencies=(
            Dependency("meeting_parties", f"follow_up_actions.meeting_id = {ROW}.meeting_id"),
            Dependency(
                "delegations",
                "follow_up_actions.meeting_id IN (SELECT meeting_id FROM meeting_parties"
                f" WHERE delegation_id = {ROW}.id)",
                watched=_DELEGATION_COLUMNS,
            ),
            *(_action_dependency(table, column) for table, column in _PARTIES),
        ),
    ),
    IndexedKind(
        "agreement",
        7,
        m.Agreement,
        title="search_folded",
        recency="signed_on",
        watched=("search_folded", "signed_on"),
    ),
    IndexedKind(
        "source",
        8,
        m.Source,
        title="title_folded",
        body="search_folded",
        recency="published_on",
        watched=("title_folded", "search_folded", "published_on"),
    ),
)
BY_KIND = {k.kind: k for k in KINDS}
BY_CODE = {k.code: k for k in KINDS}


def is_index_table(name: str | None) -> bool:
    """The index's table (and on SQLite FTS5's shadow tables, and the gram index's tables): not
    in the ORM metadata, so Alembic's autogenerate must ignore them."""
    return any(name == t or str(name).startswith(t + "_") for t in (TABLE, search_grams.TABLE))


def _values(kind: IndexedKind, row: str, spelling: Spelling) -> str:
    """SQL: the index columns (rowid, name, title, body, recency) of the record `row`."""

    def col(column: str | None) -> str:
        return "''" if column is None else f"coalesce({row}.{column}, '')"

    body = col(kind.body)
    if kind.related is not None:
        own = [f"{row}.{kind.body}"] if kind.body else []
        body = _joined(*own, spelling.render(kind.related, row))
    recency = "NULL" if kind.recency is None else f"{row}.{kind.recency}"
    return (
        f"{kind.code} * {KIND_STRIDE} + {row}.id, "
        f"{col(kind.name)}, {col(kind.title)}, {body}, {recency}"
    )


_INSERT = f"INSERT INTO {TABLE}(rowid, name, title, body, recency)"


def _deleted(rows: str, spelling: Spelling, grams_when: str = "") -> str:
    """SQL: delete the index rows whose rowid is `rows` ("= …" or "IN (…)"), on SQLite their
    grams first (read back from their text; only if `grams_when` holds, if given)."""
    delete = f"DELETE FROM {TABLE} WHERE rowid {rows};"
    return f"{search_grams.deleted(rows, grams_when)} {delete}" if spelling.grams else delete


def _inserted(rows: str, insert: str, spelling: Spelling, grams_when: str = "") -> str:
    """SQL: `insert` (index rows whose rowid is `rows`), then on SQLite their grams (only if
    `grams_when` holds, if given)."""
    return f"{insert} {search_grams.inserted(rows, grams_when)}" if spelling.grams else insert


def _reindex(kind: IndexedKind, where: str, spelling: Spelling) -> str:
    """SQL: replace the index rows of the records of `kind` matching `where`."""
    t = kind.table
    rows = f"IN (SELECT {kind.code} * {KIND_STRIDE} + id FROM {t} WHERE {where})"
    insert = f"{_INSERT} SELECT {_values(kind, t, spelling)} FROM {t} WHERE {where};"
    return f"{_deleted(rows, spelling)} {_inserted(rows, insert, spelling)}"


@dataclass(frozen=True)
class Trigger:
    """After `event` ("INSERT", "UPDATE OF a, b", …) on a row of `table`, run `body` (SQL
    statements, each ending in ';', over the row as `new` and `old`)."""

    name: str
    event: str
    table: str
    body: str


def _own_triggers(kind: IndexedKind, spelling: Spelling) -> list[Trigger]:
    t = kind.table
    old, new = (f"= {kind.code} * {KIND_STRIDE} + {row}.id" for row in ("old", "new"))
    values = f"{_INSERT} VALUES ({_values(kind, 'new', spelling)});"
    # An update that changes none of the columns the text comes from (an action's status: its
    # recency only) keeps the row's grams: computing them costs a few tenths of a millisecond.
    changed = " OR ".join(f"old.{c} IS NOT new.{c}" for c in kind.watched if c != kind.recency)
    update = f"{_deleted(old, spelling, changed)} {_inserted(new, values, spelling, changed)}"
    return [
        Trigger(f"{TABLE}_{t}_insert", "INSERT", t, _inserted(new, values, spelling)),
        Trigger(f"{TABLE}_{t}_update", f"UPDATE OF {', '.join(kind.watched)}", t, update),
        Trigger(f"{TABLE}_{t}_delete", "DELETE", t, _deleted(old, spelling)),
    ]


def _dependency_triggers(
    kind: IndexedKind, dependency: Dependency, spelling: Spelling
) -> list[Trigger]:
    name = f"{TABLE}_{kind.table}_after_{dependency.table}"
    on = dependency.table

    def affected(row: str) -> str:
        return dependency.affected.replace(ROW, row)

    def reindex(where: str) -> str:
        return _reindex(kind, where, spelling)

    if dependency.watched:
        event = f"UPDATE OF {', '.join(dependency.watched)}"
        return [Trigger(f"{name}_update", event, on, reindex(affected("new")))]
    either = f"({affected('old')}) OR ({affected('new')})"
    return [
        Trigger(f"{name}_insert", "INSERT", on, reindex(affected("new"))),
        Trigger(f"{name}_update", "UPDATE", on, reindex(either)),
        Trigger(f"{name}_delete", "DELETE", on, reindex(affected("old"))),
    ]


def triggers(spelling: Spelling) -> list[Trigger]:
    """Every trigger keeping the index in step, spelt for one database."""
    found: list[Trigger] = []
    for kind in KINDS:
        found += _own_triggers(kind, spelling)
        for dependency in kind.dependencies:
            found += _dependency_triggers(kind, dependency, spelling)
    return found


def create_statements() -> list[str]:
    """DDL for the table and its triggers on SQLite."""
    table = (
        f"CREATE VIRTUAL TABLE {TABLE} USING fts5("
        "name, title, body, recency UNINDEXED, tokenize = 'trigram')"
    )
    return [table] + [_sqlite_trigger(t) for t in triggers(SQLITE)]


def _sqlite_trigger(t: Trigger) -> str:
    return f"CREATE TRIGGER {t.name} AFTER {t.event} ON {t.table} BEGIN {t.body} END"


def _spelling(connection: Connection) -> Spelling:
    return POSTGRESQL if connection.dialect.name == "postgresql" else SQLITE


def fill(connection: Connection) -> None:
    """Empty the index and fill it from the folded columns (on SQLite the gram index too)."""
    spelling = _spelling(connection)
    # PostgreSQL: TRUNCATE (transactional there) gives the rows a new file, in rowid order, so
    # that the newest matches of a kind, read backwards by rowid, sit on few pages
    statements = [f"TRUNCATE {TABLE}" if spelling is POSTGRESQL else f"DELETE FROM {TABLE}"]
    for kind in KINDS:
        values = _values(kind, kind.table, spelling)
        statements.append(f"{_INSERT} SELECT {values} FROM {kind.table}")
    if spelling is POSTGRESQL:
        statements.append(f"ANALYZE {TABLE}")
    else:
        statements.append(f"INSERT INTO {TABLE}({TABLE}) VALUES ('optimize')")
    for statement in statements:
        connection.exec_driver_sql(statement)
    if spelling.grams:
        search_grams.refill(connection)


@contextmanager
def indexed_afterwards(connection: Connection, table: str) -> Iterator[None]:
    """Rows inserted into `table` inside the block are indexed by one statement at its end
    instead of one by one by the table's insert trigger (an import of many rows runs several
    times faster). The trigger is suspended (SQLite: dropped and put back; PostgreSQL: disabled
    and enabled) inside the caller's transaction, so no other connection ever sees it missing,
    and a failure rolls both back."""
    kind = next((k for k in KINDS if k.table == table), None)
    name = f"{TABLE}_{table}_insert"
    suspend = resume = None
    if kind is not None and has_index(connection):
        if connection.dialect.name == "postgresql":
            suspend = f"ALTER TABLE {table} DISABLE TRIGGER {name}"
            resume = f"ALTER TABLE {table} ENABLE TRIGGER {name}"
        else:
            suspend = f"DROP TRIGGER {name}"
            resume = connection.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (name,)
            ).scalar()
    if kind is None or suspend is None or resume is None:
        yield
        return
    last = connection.exec_driver_sql(f"SELECT coalesce(max(id), 0) FROM {table}").scalar_one()
    connection.exec_driver_sql(suspend)
    yield
    spelling = _spelling(connection)
    values = _values(kind, table, spelling)
    connection.execute(
        sa.text(f"{_INSERT} SELECT {values} FROM {table} WHERE {table}.id > :last"),
        {"last": last},
    )
    if spelling.grams:  # in Python: ten times faster than the view, for many rows
        search_grams.add(connection, kind.low + last + 1, kind.high)
    connection.exec_driver_sql(resume)


@contextmanager
def filled_afterwards(connection: Connection) -> Iterator[None]:
    """Rows written inside the block (a whole database copied into an empty one) are indexed
    by one fill at its end instead of row by row by the triggers: several times faster, and on
    PostgreSQL an index without the dead rows and scattered pages that re-indexing each
    meeting's actions again for each of its parties leaves. Every trigger is suspended
    (SQLite: dropped and put back; PostgreSQL: disabled and enabled) inside the caller's
    transaction, as in indexed_afterwards."""
    if not has_index(connection):
        yield
        return
    postgresql = connection.dialect.name == "postgresql"
    suspended = triggers(POSTGRESQL if postgresql else SQLITE)
    for t in suspended:
        if postgresql:
            connection.exec_driver_sql(f"ALTER TABLE {t.table} DISABLE TRIGGER {t.name}")
        else:
            connection.exec_driver_sql(f"DROP TRIGGER {t.name}")
    yield
    for t in suspended:
        if postgresql:
            connection.exec_driver_sql(f"ALTER TABLE {t.table} ENABLE TRIGGER {t.name}")
        else:
            connection.exec_driver_sql(_sqlite_trigger(t))
    fill(connection)


def has_index(connection: Connection) -> bool:
    """Whether the database has the index (SQLite from revision 0002, PostgreSQL from 0009)."""
    if connection.dialect.name == "postgresql":
        table = connection.execute(sa.text("SELECT to_regclass(:name)"), {"name": TABLE})
        return table.scalar() is not None
    found = connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (TABLE,)
    ).first()
    return found is not None


def _refold(connection: Connection, models: Iterable[type[m.Base]]) -> int:
    """Recompute every `*_folded` column (the folding rules may have changed). Returns how
    many rows changed."""
    changed = 0
    for model in models:
        table = model.__table__
        assert isinstance(table, sa.Table)
        for target, parts in model.__folded__.items():
            columns = [table.c[p] for p in (*parts, "translations") if p in table.c]
            rows = connection.execute(sa.select(table.c.id, table.c[target], *columns)).all()
            updates = []
            for row in rows:
                folded = m.folded(row, parts)
                if folded != row[1]:
                    updates.append({"_id": row[0], "_value": folded})
            if updates:
                values: dict[str, object] = {target: sa.bindparam("_value")}
                if "updated_at" in table.c:  # refolding is not an edit: keep the timestamp
                    values["updated_at"] = table.c.updated_at
                connection.execute(
                    sa.update(table).where(table.c.id == sa.bindparam("_id")).values(values),
                    updates,
                )
                changed += len(updates)
    return changed


def rebuild(engine: Engine) -> int:
    """Refold every record and refill the index, in one transaction. Returns the number of
    indexed rows (0 on databases without an index, whose folded columns are still refreshed)."""
    models = sorted({k.model for k in KINDS}, key=lambda model: model.__name__)
    with engine.execution_options(briefing_begin_mode="IMMEDIATE").begin() as connection:
        _refold(connection, models)
        if not has_index(connection):
            return 0
        fill(connection)
        count = connection.exec_driver_sql(f"SELECT count(*) FROM {TABLE}").scalar_one()
        return int(count)
