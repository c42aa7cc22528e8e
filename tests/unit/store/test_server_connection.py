"""The team server chosen in Preferences (issue 17): its settings file, the URL built from it,
where its password comes from (never the settings), and what a failed connection says."""

import json
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from keyring.backends import chainer, fail

from briefing_app import config
from briefing_app.domain.errors import UserError
from briefing_app.store import server_connection as sc
from briefing_app.store.change_notices import ChangeListener
from briefing_app.store.database import open_database
from briefing_app.store.engine import make_engine
from briefing_app.store.server_connection import ConnectionProblem, ServerSettings
from memory_keyring import MemoryKeyring
from pg_databases import PgDatabases

TEAM = ServerSettings(
    use_server=True, host="db.example.org", port=5433, database="forum", user="lan", tls="require"
)


def connect_args(url: str) -> dict[str, object]:
    """What psycopg would be given for `url`."""
    engine = sa.create_engine(url)
    _args, params = engine.dialect.create_connect_args(engine.url)
    params.pop("context", None)
    return params


def test_settings_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "server.json"
    sc.save_server(TEAM, path)
    assert sc.read_server(path) == TEAM
    assert path.stat().st_mode & 0o077 == 0
    assert "password" not in path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "text",
    ["", "not json", "[1, 2]", json.dumps({"use_server": "yes", "port": 99999, "tls": "maybe"})],
)
def test_an_unreadable_or_odd_file_gives_the_defaults(tmp_path: Path, text: str) -> None:
    path = tmp_path / "server.json"
    path.write_text(text, encoding="utf-8")
    read = sc.read_server(path)
    assert (read.use_server, read.port, read.tls) == (False, 5432, "prefer")


def test_the_url_carries_port_and_tls_mode() -> None:
    url = sc.server_url(TEAM)
    assert "@" in url and ":" not in sa.make_url(url).username
    assert connect_args(url) == {
        "host": "db.example.org",
        "port": 5433,
        "dbname": "forum",
        "user": "lan",
        "sslmode": "require",
    }


def test_the_ca_file_goes_with_the_verify_modes_only() -> None:
    verify = ServerSettings(host="h", database="d", user="u", tls="verify-full", ca_file="/a b.crt")
    assert connect_args(sc.server_url(verify))["sslrootcert"] == "/a b.crt"
    prefer = ServerSettings(host="h", database="d", user="u", tls="prefer", ca_file="/a b.crt")
    assert "sslrootcert" not in connect_args(sc.server_url(prefer))


def test_ipv6_host_and_special_characters_are_quoted() -> None:
    odd = ServerSettings(
        host="::1", database="diễn đàn/2026?x", user="an@sở:ngoại vụ", tls="disable"
    )
    url = sc.server_url(odd)
    assert "[::1]" in url
    assert connect_args(url) == {
        "host": "::1",
        "port": 5432,
        "dbname": "diễn đàn/2026?x",
        "user": "an@sở:ngoại vụ",
        "sslmode": "disable",
    }
    assert sc.password_key(url) == "an@sở:ngoại vụ@::1:5432/diễn đàn/2026?x"


def test_precedence_db_option_then_variable_then_preferences_then_the_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    default = config.database_url()
    assert default.endswith("briefing.sqlite3")
    sc.save_server(TEAM, config.server_file())
    assert config.database_url() == sc.server_url(TEAM)
    monkeypatch.setenv(config.ENV_DB_URL, "sqlite:///elsewhere.sqlite3")
    assert config.database_url() == "sqlite:///elsewhere.sqlite3"
    assert config.database_url(str(tmp_path / "x.sqlite3")) == f"sqlite:///{tmp_path}/x.sqlite3"
    monkeypatch.delenv(config.ENV_DB_URL)
    sc.save_server(
        ServerSettings(use_server=False, host="h", database="d", user="u"), config.server_file()
    )
    assert config.database_url() == default
    sc.save_server(ServerSettings(use_server=True, host="h", user="u"), config.server_file())
    assert config.database_url() == default  # no database named: the file


def test_the_password_comes_from_the_url_the_session_or_the_keyring(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = sc.server_url(TEAM)
    assert sc.password_for(url) is None
    assert sc.store_password(url, "kept")
    assert memory_keyring.passwords == {("briefing-desk", "lan@db.example.org:5433/forum"): "kept"}
    assert sc.password_for(url) == "kept"
    sc.use_password(url, "typed")
    assert sc.password_for(url) == "typed"
    with_password = sa.make_url(url).set(password="own").render_as_string(hide_password=False)
    assert sc.password_for(with_password) == "own"
    sc.delete_stored_password(url)
    monkeypatch.setattr(sc, "_session_passwords", {})  # a new run
    assert sc.password_for(url) is None
    sc.delete_stored_password(url)  # none kept: nothing to say


class FileKeyring(MemoryKeyring):
    """As keyrings.alt's plain-text file keyring ranks itself."""

    priority = 0.5  # type: ignore[assignment]


@pytest.mark.parametrize(
    "backend_made",
    [fail.Keyring, lambda: chainer.ChainerBackend(), FileKeyring],
    ids=["fail", "empty-chainer", "file"],
)
def test_without_a_usable_keyring_nothing_is_kept(
    backend_made: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    import keyring

    monkeypatch.setattr(chainer.ChainerBackend, "backends", [])
    keyring.set_keyring(backend_made())  # type: ignore[operator]
    url = sc.server_url(TEAM)
    assert not sc.keyring_usable()
    assert not sc.store_password(url, "secret")
    assert sc.stored_password(url) is None
    assert sc.password_for(url) is None


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_an_unreachable_server_is_told_apart() -> None:
    url = sc.server_url(
        ServerSettings(host="127.0.0.1", port=closed_port(), database="d", user="u")
    )
    with pytest.raises(Exception) as caught:
        sc.probe(url, "x")
    assert sc.connection_problem(caught.value) is ConnectionProblem.UNREACHABLE
    assert not sc.is_wrong_password(caught.value)
    assert sc.connection_problem(ValueError("password authentication failed")) is None


# ------------------------------------------------------------------ on the test server


@pytest.fixture
def server(pg_databases: PgDatabases) -> Iterator[sa.URL]:
    """A seeded database on the test server; its URL with the password."""
    url = pg_databases.create()
    yield sa.make_url(url)
    pg_databases.release(url)


def bare(url: sa.URL) -> str:
    """`url` without its password (URL.set leaves a None unchanged)."""
    return url._replace(password=None).render_as_string(hide_password=False)


def test_probe_says_who_and_which_version(server: sa.URL) -> None:
    info = sc.probe(bare(server), server.password)
    assert info.user == server.username
    assert info.version[:2].isdigit()


@pytest.mark.parametrize(
    ("change", "password", "problem"),
    [
        ({}, "wrong", ConnectionProblem.WRONG_PASSWORD),
        ({}, None, ConnectionProblem.PASSWORD_NEEDED),
        ({"database": "no_such_database"}, "right", ConnectionProblem.NO_DATABASE),
        ({"query": {"sslmode": "require"}}, "right", ConnectionProblem.TLS),
    ],
    ids=["wrong-password", "no-password", "no-database", "tls"],
)
def test_what_a_failed_connection_says(
    server: sa.URL, change: dict[str, object], password: str | None, problem: ConnectionProblem
) -> None:
    url = bare(server.set(**change))  # type: ignore[arg-type]
    with pytest.raises(Exception) as caught:
        sc.probe(url, server.password if password == "right" else password)
    assert sc.connection_problem(caught.value) is problem


def test_opening_asks_the_keyring_and_a_wrong_password_is_recognised(server: sa.URL) -> None:
    url = bare(server)
    with pytest.raises(UserError) as caught:
        open_database(url)
    assert sc.connection_problem(caught.value) is ConnectionProblem.PASSWORD_NEEDED
    assert server.password is not None
    sc.store_password(url, server.password + "x")
    with pytest.raises(UserError) as caught:
        open_database(url)
    assert sc.is_wrong_password(caught.value)
    assert server.password not in str(caught.value)
    sc.use_password(url, server.password)  # what the start-up prompt does
    opened = open_database(url)
    assert opened.url == url and server.password not in str(opened.engine.url)
    opened.engine.dispose()


def test_the_live_listener_gets_the_password_the_same_way(server: sa.URL) -> None:
    url = bare(server)
    assert server.password is not None
    sc.store_password(url, server.password)
    engine = make_engine(url)
    try:
        listener = ChangeListener(engine, lambda _changes: None)
        connection = listener._connect()
        connection.close()
    finally:
        engine.dispose()
