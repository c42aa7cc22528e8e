"""A look into a database file before SQLAlchemy is loaded (a start, issue 16): Python's
`sqlite3`, read-only, waiting a moment at most for another program's write to end (a start
that cannot look goes on the usual way rather than wait)."""

import sqlite3
from pathlib import Path

#: seconds a look waits for a lock (the sqlite3 module's default is 5)
LOCK_WAIT = 0.25


def look_into(path: Path) -> sqlite3.Connection | None:
    """A read-only connection to the database file at `path`; None when it cannot be opened
    (it does not exist: nothing is created)."""
    try:
        return sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=LOCK_WAIT)
    except (sqlite3.Error, ValueError):
        return None
