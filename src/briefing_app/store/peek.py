"""A look into a database file before SQLAlchemy is loaded (a start, issue 16): Python's
`sqlite3`, read-only, waiting a moment at most for another program's write to end (a start
that cannot look goes on the usual way rather than wait)."""

import os
import sqlite3
import urllib.parse
from pathlib import Path

#: seconds a look waits for a lock (the sqlite3 module's default is 5)
LOCK_WAIT = 0.25


def look_into(path: Path) -> sqlite3.Connection | None:
    """A read-only connection to the database file at `path`; None when it cannot be opened
    (it does not exist: nothing is created)."""
    try:
        return sqlite3.connect(read_only_uri(path), uri=True, timeout=LOCK_WAIT)
    except (sqlite3.Error, ValueError):
        return None


def on_read_only_storage(path: Path) -> bool:
    """Whether the file `path` cannot be written: a read-only mount (a CD, a write-protected
    share), or a file and folder the user may not change."""
    try:
        if os.statvfs(path).f_flag & os.ST_RDONLY:
            return True
    except (AttributeError, OSError):  # no statvfs on Windows
        pass
    return not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def read_only_uri(path: Path) -> str:
    """SQLite's URI for opening `path` read-only. On read-only storage it is also `immutable`:
    SQLite then needs no -shm file beside a WAL database (it cannot create one there), and
    nothing else can change the file meanwhile."""
    uri = "file:" + urllib.parse.quote(str(path.absolute())) + "?mode=ro"
    return uri + "&immutable=1" if on_read_only_storage(path) else uri
