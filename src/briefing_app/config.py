"""Which database to use, where the user's files live, and who the user is.

The database is, in order: the `--db` option, the BRIEFING_DB_URL environment variable, the team
server chosen in the desktop app's Preferences (`server.json` in the user config directory,
store/server_connection.py), or `briefing.sqlite3` in the user data directory. `--db` and the
variable take a file path or a SQLAlchemy URL (sqlite:///…, postgresql+psycopg://…).

Who makes a change (the history's "by") is, in order: the command line's `--by`, the name the
user gave the desktop app (asked on its first start, kept in Preferences), or the login name.
The desktop app keeps that name with its settings (QSettings) and writes a copy to `user.json`
in the user config directory, so the command line reads it without Qt.
"""

import getpass
import json
import os
import urllib.parse
from collections.abc import Mapping
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "briefing-desk"
APP_AUTHOR = "briefing-desk"
ENV_DB_URL = "BRIEFING_DB_URL"
DEFAULT_DB_FILENAME = "briefing.sqlite3"
USER_FILENAME = "user.json"
SERVER_FILENAME = "server.json"
#: daily backups kept unless the user chose another number (Preferences)
DEFAULT_BACKUPS_KEPT = 7

_dirs = PlatformDirs(APP_NAME, APP_AUTHOR)


#: how a database file's URL starts
FILE_URL = "sqlite:///"


def user_data_dir() -> Path:
    return Path(_dirs.user_data_dir)


def user_log_dir() -> Path:
    return Path(_dirs.user_log_dir)


def user_config_dir() -> Path:
    return Path(_dirs.user_config_dir)


def user_file() -> Path:
    """The Qt-free copy of the user's name and office (JSON), for the command line."""
    return user_config_dir() / USER_FILENAME


def server_file() -> Path:
    """The team server chosen in Preferences (never its password), for the app and the CLI."""
    return user_config_dir() / SERVER_FILENAME


def login_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (containers, some services)
        return "unknown"


def read_user(path: Path | None = None) -> tuple[str, str]:
    """The name and office the user gave the desktop app ("" when none was given, or the file
    cannot be read)."""
    try:
        data = json.loads((path or user_file()).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "", ""
    if not isinstance(data, dict):
        return "", ""
    name, office = data.get("name"), data.get("office")
    return (
        name.strip() if isinstance(name, str) else "",
        office.strip() if isinstance(office, str) else "",
    )


#: The Preferences of the Vietnamese official format (briefing.options.OfficialHeading).
OFFICIAL_KEYS = ("agency", "parent_agency", "symbol", "place", "signer_title", "signer_name")


def read_official(path: Path | None = None) -> dict[str, str]:
    """The official format's agency and signer as given in the desktop app's Preferences
    (every key of OFFICIAL_KEYS, "" when not given)."""
    try:
        data = json.loads((path or user_file()).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = {}
    official = data.get("official") if isinstance(data, dict) else None
    if not isinstance(official, dict):
        official = {}
    return {
        key: value.strip() if isinstance(value := official.get(key), str) else ""
        for key in OFFICIAL_KEYS
    }


def save_user(
    name: str,
    office: str,
    path: Path | None = None,
    official: Mapping[str, str] | None = None,
) -> None:
    """Write the name, office and official-format details for the command line (replacing the
    file in one step)."""
    target = path or user_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(target.name + ".tmp")
    data: dict[str, object] = {"name": name.strip(), "office": office.strip()}
    if official:
        data["official"] = {k: official.get(k, "").strip() for k in OFFICIAL_KEYS}
    temporary.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    os.replace(temporary, target)


def acting_user(by: str | None = None) -> str:
    """Who makes a change: `by` (the command line's --by), else the name given in the desktop
    app, else the login name."""
    return by or read_user()[0] or login_name()


def to_url(path_or_url: str) -> str:
    """A SQLAlchemy URL for a path or URL as the user typed it."""
    if "://" in path_or_url:
        return path_or_url
    path = str(Path(path_or_url).expanduser().resolve())
    # SQLAlchemy decodes %XX in a URL's path and ends the path at '?': spelt so, a file named
    # 'a%41.sqlite3' (or 'a?.sqlite3') is that file, not 'aA.sqlite3' (or 'a').
    return FILE_URL + path.replace("%", "%25").replace("?", "%3F")


def database_file(url: str) -> Path | None:
    """The file of a URL `to_url` made for a path (decoded as SQLAlchemy decodes it: the file
    the app opens); None for a server's URL (or any other)."""
    if not url.startswith(FILE_URL) or "?" in url:
        return None
    path = Path(urllib.parse.unquote(url[len(FILE_URL) :]))
    return path if path.is_absolute() else None


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
    saved = server_file()
    if saved.is_file():  # else no SQLAlchemy: a start shows the overview it remembers before
        # here, not at the top: `--version` and `fields` import no SQLAlchemy
        from briefing_app.store.server_connection import read_server, server_url

        server = read_server(saved)
        if server.use_server and server.complete:
            return server_url(server)
    return to_url(str(user_data_dir() / DEFAULT_DB_FILENAME))
