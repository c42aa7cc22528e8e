"""The overview a start shows at once (issue 16): on a database file, the figures the app last
read are kept in the file with the generation of the data they were read from (migration
0012: triggers count `overview_generation` up with every write to a table of the records,
whoever writes). A start reads them here with Python's `sqlite3`, before SQLAlchemy, the
records' models and the services are loaded, and shows them when they are still exact: read at
the current generation, for today, in the reading language, on a schema at head. Anything else
(another day, a change since, a file that cannot be read) is no figures, and the overview is
read as usual.

This module imports no database code of the app's; services/overview.py writes the figures
after each read of the overview (`remembered_forum_overview`).
"""

import json
import sqlite3
import types
import typing
from dataclasses import fields, is_dataclass
from datetime import date
from enum import Enum
from functools import cache
from typing import Any

from briefing_app.config import database_file
from briefing_app.domain.shown_text import FallbackText
from briefing_app.services.overview_figures import ForumOverview
from briefing_app.store.peek import look_into
from briefing_app.store.schema_head import head_revision

SNAPSHOTS = "overview_snapshots"
GENERATION = "overview_generation"
#: the tables migration 0012 makes outside the records' models (Alembic's autogenerate ignores
#: them, like the search index's)
TABLES = (SNAPSHOTS, GENERATION)
#: the name of each table's triggers counting the generation up starts so
STALE_TRIGGER = "overview_stale_"

#: a table of the records without its three triggers (another tool rebuilt it, say): its
#: writes would not make the figures stale, so none are shown (every table is watched but
#: SQLite's own, the migrations' stamp, the snapshot's and the search indexes', which only
#: repeat the records)
UNWATCHED = (
    "SELECT 1 FROM sqlite_master t WHERE t.type = 'table' AND t.name NOT LIKE 'sqlite%' "
    "AND t.name NOT LIKE 'search%' AND t.name NOT LIKE 'overview%' "
    "AND t.name != 'alembic_version' AND (SELECT count(*) FROM sqlite_master w "
    f"WHERE w.type = 'trigger' AND w.tbl_name = t.name AND w.name LIKE '{STALE_TRIGGER}%') < 3"
)
READ = (
    f"SELECT s.body FROM {SNAPSHOTS} s, {GENERATION} g, alembic_version v "
    "WHERE s.language = ? AND s.day = ? AND s.generation = g.generation AND v.version_num = ? "
    f"AND NOT EXISTS ({UNWATCHED})"
)
GENERATION_NOW = f"SELECT generation FROM {GENERATION}"
IS_CURRENT = (
    f"SELECT count(*) FROM {SNAPSHOTS} s, {GENERATION} g "
    "WHERE s.language = :language AND s.day = :day AND s.generation = g.generation"
)
WRITE = (
    f"INSERT OR REPLACE INTO {SNAPSHOTS} (language, day, generation, body) "
    "VALUES (:language, :day, :generation, :body)"
)


def remembered_overview(url: str, *, today: date, language: str) -> ForumOverview | None:
    """The overview last read from the database file at `url` when it is still exact, else
    None (a server's URL, no such file, no figures or stale ones, a file this cannot read)."""
    path = database_file(url)
    if path is None or not path.is_file():
        return None
    connection = look_into(path)
    if connection is None:
        return None
    try:
        row = connection.execute(READ, (language, today.isoformat(), head_revision())).fetchone()
    except sqlite3.Error:
        return None
    finally:
        connection.close()
    if row is None:
        return None
    try:
        return from_json(row[0])
    except (ValueError, TypeError, KeyError, RecursionError):
        # Written by a version with other fields (or not by the app at all: JSON nested too
        # deep to decode): read the overview again.
        return None


# --- the overview as JSON -------------------------------------------------------------------
# Typed by the records' own annotations, so a field added to them needs nothing here; a text
# shown in another language than the reader's (FallbackText) keeps its tag.


def to_json(overview: ForumOverview) -> str:
    return json.dumps(_plain(overview), ensure_ascii=False, separators=(",", ":"))


def from_json(text: str) -> ForumOverview:
    made = _typed(json.loads(text), ForumOverview)
    assert isinstance(made, ForumOverview)
    return made


def _plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, FallbackText):
        return {"text": str(value), "language": value.language}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


def _typed(value: Any, kind: Any) -> Any:
    """`value` (from JSON) as the annotation `kind` says; TypeError/ValueError when it cannot."""
    origin = typing.get_origin(kind)
    if origin in (types.UnionType, typing.Union):
        if value is None:
            return None
        (inner,) = [k for k in typing.get_args(kind) if k is not type(None)]
        return _typed(value, inner)
    if origin is list:
        (item,) = typing.get_args(kind)
        return [_typed(v, item) for v in value]
    if isinstance(kind, type) and is_dataclass(kind):
        hints = _hints(kind)
        return kind(**{f.name: _typed(value[f.name], hints[f.name]) for f in fields(kind)})
    if kind is str and isinstance(value, dict):
        return FallbackText(value["text"], value["language"])
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind(value)
    if kind is date:
        return date.fromisoformat(value)
    if kind in (str, int, bool) and isinstance(value, kind):
        return value
    raise TypeError(f"{value!r} is not a {kind!r}")


@cache
def _hints(kind: type) -> dict[str, Any]:
    return typing.get_type_hints(kind)
