"""The team server chosen in Preferences (issue 17), and its password, never written in clear.

The server's address (host, port, database, user, TLS mode) is kept in a small JSON file
(config.server_file()), where the desktop app and the command line both read it; the password
never is. It comes, in this order, from the URL itself (`--db`, BRIEFING_DB_URL), from what the
user typed in this session (the start-up prompt), from the system keyring (the `keyring`
package, service KEYRING_SERVICE, key "user@host:port/database"), or else from PostgreSQL's own
`~/.pgpass` or service file, which libpq reads when it is given no password.

Every engine on a server gets the password as it connects (`supply_password`, a `do_connect`
hook), not in its URL: URLs are shown (window title, About, messages), passed around and
logged, and stay free of it. The live-update listener, which opens its own connection, asks
`password_for` the same way.
"""

import contextlib
import enum
import json
import os
import threading
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import NullPool

#: The keyring's service name for the server passwords.
KEYRING_SERVICE = "briefing-desk"
DEFAULT_PORT = 5432
#: libpq's sslmode values offered in Preferences; the verify-* ones need the server's CA file.
TLS_MODES = ("disable", "prefer", "require", "verify-full")
DEFAULT_TLS = "prefer"
#: Seconds a connection attempt waits for a server that does not answer.
CONNECT_TIMEOUT = 10
#: libpq's options for every connection to a server (the engines' and the live listener's),
#: unless its URL says otherwise: an attempt gives up after CONNECT_TIMEOUT (a server that
#: accepts but never answers held the app for good), and a connection the server or the
#: network lost without a word (a cable, a sleeping laptop) is noticed within about a minute,
#: idle (keepalives) or waiting for data sent to be acknowledged (tcp_user_timeout, ms).
CONNECTION_OPTIONS: dict[str, int] = {
    "connect_timeout": CONNECT_TIMEOUT,
    "keepalives": 1,
    "keepalives_idle": 30,
    "keepalives_interval": 10,
    "keepalives_count": 3,
    "tcp_user_timeout": 60_000,
}


@dataclass(frozen=True)
class ServerSettings:
    """Where the team server is; `use_server` False keeps the file on this computer."""

    use_server: bool = False
    host: str = ""
    port: int = DEFAULT_PORT
    database: str = ""
    user: str = ""
    tls: str = DEFAULT_TLS
    ca_file: str = ""

    @property
    def complete(self) -> bool:
        """Whether a connection can be attempted (host, database and user given)."""
        return bool(self.host and self.database and self.user)


def read_server(path: Path) -> ServerSettings:
    """The saved server settings; the defaults when the file is missing or unreadable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ServerSettings()
    if not isinstance(data, dict):
        return ServerSettings()
    text = {k: v.strip() for k, v in data.items() if isinstance(v, str)}
    port = data.get("port")
    tls = text.get("tls", DEFAULT_TLS)
    return ServerSettings(
        use_server=data.get("use_server") is True,
        host=text.get("host", ""),
        port=port if isinstance(port, int) and 0 < port < 65536 else DEFAULT_PORT,
        database=text.get("database", ""),
        user=text.get("user", ""),
        tls=tls if tls in TLS_MODES else DEFAULT_TLS,
        ca_file=text.get("ca_file", ""),
    )


def save_server(settings: ServerSettings, path: Path) -> None:
    """Write the settings (no password: ServerSettings has none), replacing the file in one
    step, readable by its owner only."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    fd = os.open(temporary, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as file:
        json.dump(asdict(settings), file, ensure_ascii=False, indent=1)
    os.replace(temporary, path)


def server_url(settings: ServerSettings) -> str:
    """The SQLAlchemy URL of the server (without a password), every part quoted as needed."""
    query = {"sslmode": settings.tls}
    if settings.tls.startswith("verify") and settings.ca_file:
        query["sslrootcert"] = settings.ca_file
    return sa.URL.create(
        "postgresql+psycopg",
        username=settings.user,
        host=settings.host,
        port=settings.port,
        database=settings.database,
        query=query,
    ).render_as_string(hide_password=False)


def password_key(url: str | sa.URL) -> str:
    """The keyring's key for the password of `url`'s user on its server and database."""
    parsed = sa.make_url(url)
    return (
        f"{parsed.username or ''}@{parsed.host or 'localhost'}:{parsed.port or DEFAULT_PORT}"
        f"/{parsed.database or ''}"
    )


# ------------------------------------------------------------------------------ passwords

_session_passwords: dict[str, str] = {}
_session_lock = threading.Lock()


def _keyring() -> Any:
    """The keyring package, or None when it is not installed (the `postgres` extra brings it)."""
    try:
        import keyring
    except ImportError:
        return None
    return keyring


#: keyring's backends below this priority keep passwords in a file of their own (keyrings.alt's
#: plain-text and "encrypted" files, which asks its master password on the console) or refuse
#: everything (fail, null, a chainer with no backend): the app uses none of them.
MIN_KEYRING_PRIORITY = 1


def keyring_usable() -> bool:
    """Whether a system keyring can keep passwords here (GNOME Keyring, KWallet, the macOS
    Keychain, Windows' Credential Locker): not on a machine where `keyring` finds none (a
    headless Linux without a Secret Service), nor with a backend that writes a file."""
    keyring = _keyring()
    return keyring is not None and float(keyring.get_keyring().priority) >= MIN_KEYRING_PRIORITY


def use_password(url: str | sa.URL, password: str) -> None:
    """Connect to `url`'s server with `password` for the rest of this run (kept in memory)."""
    with _session_lock:
        _session_passwords[password_key(url)] = password


def stored_password(url: str | sa.URL) -> str | None:
    """The password the keyring keeps for `url` (None: none, or no usable keyring)."""
    keyring = _keyring()
    if keyring is None or not keyring_usable():
        return None
    try:
        found = keyring.get_password(KEYRING_SERVICE, password_key(url))
    except keyring.errors.KeyringError:  # locked, refused: as if none were kept
        return None
    return found if isinstance(found, str) else None


def store_password(url: str | sa.URL, password: str) -> bool:
    """Keep `password` in the system keyring; False when there is no usable keyring."""
    keyring = _keyring()
    if keyring is None or not keyring_usable():
        return False
    try:
        keyring.set_password(KEYRING_SERVICE, password_key(url), password)
    except keyring.errors.KeyringError:
        return False
    return True


def delete_stored_password(url: str | sa.URL) -> None:
    """Remove the keyring's password for `url`, if it keeps one."""
    keyring = _keyring()
    if keyring is None or not keyring_usable():
        return
    with contextlib.suppress(keyring.errors.KeyringError):  # PasswordDeleteError: none kept
        keyring.delete_password(KEYRING_SERVICE, password_key(url))


def password_for(url: str | sa.URL) -> str | None:
    """The password to connect to `url` with: its own, this session's, the keyring's (read
    once per run), or None (libpq then reads ~/.pgpass or asks for none)."""
    parsed = sa.make_url(url)
    if parsed.password:
        return str(parsed.password)
    key = password_key(parsed)
    with _session_lock:
        if key in _session_passwords:
            return _session_passwords[key]
    found = stored_password(parsed)
    if found is not None:
        use_password(parsed, found)
    return found


def supply_password(engine: Engine) -> None:
    """Give `engine`'s connections the password of password_for, when its URL has none."""

    @event.listens_for(engine, "do_connect")
    def _connect(_dialect: Any, _record: Any, _cargs: list[Any], cparams: dict[str, Any]) -> None:
        if not cparams.get("password"):
            password = password_for(engine.url)
            if password is not None:
                cparams["password"] = password


# ------------------------------------------------------------------------------ trouble


class ConnectionProblem(enum.Enum):
    """Why a connection to a server failed, as far as its message tells."""

    PASSWORD_NEEDED = "password_needed"
    WRONG_PASSWORD = "wrong_password"
    NO_DATABASE = "no_database"
    UNREACHABLE = "unreachable"
    TLS = "tls"
    REFUSED = "refused"


#: Fragments of libpq's and the server's (English) messages, per problem, checked in order.
_SIGNS: tuple[tuple[ConnectionProblem, tuple[str, ...]], ...] = (
    (ConnectionProblem.PASSWORD_NEEDED, ("no password supplied",)),
    (ConnectionProblem.WRONG_PASSWORD, ("password authentication failed",)),
    (ConnectionProblem.NO_DATABASE, ("does not exist",)),
    (ConnectionProblem.TLS, ("ssl", "certificate")),
    (ConnectionProblem.REFUSED, ("pg_hba.conf",)),
    (
        ConnectionProblem.UNREACHABLE,
        (
            "connection refused",
            "failed to resolve host",
            "could not translate host name",
            "timeout expired",
            "no route to host",
            "network is unreachable",
            "name or service not known",
            "could not connect",
        ),
    ),
)


def connection_problem(exc: BaseException) -> ConnectionProblem | None:
    """What went wrong when connecting, for an error from psycopg, or from SQLAlchemy or an
    UnusableDatabaseError around it (its cause); None for an error that is not a failed
    connection (a query's, or an unknown one)."""
    error: BaseException | None = exc
    while error is not None:
        if isinstance(error, sa.exc.DBAPIError):
            error = error.orig
        elif type(error).__name__ == "OperationalError" and type(error).__module__.startswith(
            "psycopg"
        ):
            text = str(error).lower()
            for problem, signs in _SIGNS:
                if any(sign in text for sign in signs):
                    return problem
            return None
        else:
            error = error.__cause__
    return None


def is_wrong_password(exc: BaseException) -> bool:
    """Whether `exc` says the server refused the password, or wanted one and got none."""
    return connection_problem(exc) in (
        ConnectionProblem.WRONG_PASSWORD,
        ConnectionProblem.PASSWORD_NEEDED,
    )


@dataclass(frozen=True)
class ServerInfo:
    """Who a test connection logged in as, and the server's version."""

    user: str
    version: str


def probe(url: str, password: str | None) -> ServerInfo:
    """Connect once to `url` (with `password`, else as password_for finds one) and say who we
    are there. Raises the driver's error (see connection_problem) when it cannot."""
    engine = sa.create_engine(url, poolclass=NullPool, connect_args=dict(CONNECTION_OPTIONS))
    if password:

        @event.listens_for(engine, "do_connect")
        def _typed(_d: Any, _r: Any, _c: list[Any], cparams: dict[str, Any]) -> None:
            cparams["password"] = password

    else:
        supply_password(engine)
    try:
        with engine.connect() as connection:
            user, version = connection.execute(
                sa.text("SELECT current_user, current_setting('server_version')")
            ).one()
    finally:
        engine.dispose()
    return ServerInfo(user=str(user), version=str(version))
