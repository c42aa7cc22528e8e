"""The newest schema revision this app knows, read from the shipped revision files without
importing Alembic, SQLAlchemy or the files (a start compares it with the database's stamp
before either is loaded, issue 16)."""

import ast
import re
import sqlite3
from functools import cache
from pathlib import Path

from briefing_app.resources import data_dir
from briefing_app.store.peek import look_into

#: `revision = "0004"` and `down_revision = "0003"` lines of a revision file (Alembic's template)
_REVISION_LINE = re.compile(r"^(revision|down_revision)\s*(?::[^=\n]*)?=(.*)$", re.MULTILINE)


def head_revision() -> str:
    """The newest revision of the shipped migrations, read from the revision files' own
    `revision` and `down_revision` lines without importing Alembic or the files."""
    return _head_in(data_dir("migrations"))


@cache
def _head_in(folder: Path) -> str:
    parents = _parents_in(folder)
    heads = set(parents) - set(parents.values())
    assert len(heads) == 1, f"the migrations have {len(heads)} heads"
    return heads.pop()


def below_head(path: Path) -> bool:
    """True when the database file at `path` is stamped with an older revision than the head:
    opening it upgrades it (a copy first). False for anything else, a file that is not ours
    included (opening says what is wrong with it)."""
    connection = look_into(path)
    if connection is None:
        return False
    try:
        stamped = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.Error:
        return False
    finally:
        connection.close()
    if len(stamped) != 1:
        return False
    return _known_older(str(stamped[0][0]), data_dir("migrations"))


def _parents_in(folder: Path) -> dict[str, str | None]:
    parents: dict[str, str | None] = {}
    for path in (folder / "versions").glob("*.py"):
        found = dict(_REVISION_LINE.findall(path.read_text(encoding="utf-8")))
        if "revision" in found:
            parents[ast.literal_eval(found["revision"].strip())] = ast.literal_eval(
                found.get("down_revision", "None").strip()
            )
    return parents


def _known_older(revision: str, folder: Path) -> bool:
    return revision in _parents_in(folder) and revision != _head_in(folder)
