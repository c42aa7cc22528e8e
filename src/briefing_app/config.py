"""Which database to use, and where the user's files live.

The database is, in order: the `--db` option, the BRIEFING_DB_URL environment variable, or
`briefing.sqlite3` in the user data directory. `--db` and the variable take a file path or a
SQLAlchemy URL (sqlite:///…, postgresql+psycopg://…).
"""

import os
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "briefing-desk"
APP_AUTHOR = "briefing-desk"
ENV_DB_URL = "BRIEFING_DB_URL"
DEFAULT_DB_FILENAME = "briefing.sqlite3"

_dirs = PlatformDirs(APP_NAME, APP_AUTHOR)


def user_data_dir() -> Path:
    return Path(_dirs.user_data_dir)


def user_log_dir() -> Path:
    return Path(_dirs.user_log_dir)


def to_url(path_or_url: str) -> str:
    """A SQLAlchemy URL for a path or URL as the user typed it."""
    if "://" in path_or_url:
        return path_or_url
    return f"sqlite:///{Path(path_or_url).expanduser().resolve()}"


def database_url(cli_value: str | None = None) -> str:
    """The database to open, following the documented order of precedence.

    A blank `cli_value` is an error, not "use the default": writing to the user's everyday
    database because a script's variable came out empty would be a silent data loss. An empty
    BRIEFING_DB_URL counts as unset, as usual for environment variables.
    """
    if cli_value is not None and not cli_value.strip():
        raise ValueError("the database path or URL is empty")
    chosen = cli_value or os.environ.get(ENV_DB_URL, "").strip()
    if chosen:
        return to_url(chosen)
    return to_url(str(user_data_dir() / DEFAULT_DB_FILENAME))
