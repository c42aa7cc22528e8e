"""Trouble with the team server (issue 17, item 5), on the test server: each failure is one
clear UserError (store/storage_errors.py), never with the password; a read whose connection
drops runs once more; a write whose connection drops says whether it may have been stored."""

import os
import socket
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine

from briefing_app.domain import models as m
from briefing_app.domain.enums import Classification, OfficeRole
from briefing_app.domain.errors import (
    ConnectionLostError,
    PasswordRefusedError,
    PermissionRefusedError,
    ServerUnreachableError,
)
from briefing_app.store import team_users
from briefing_app.store.database import OpenedDatabase
from briefing_app.store.engine import make_engine
from briefing_app.store.storage_errors import (
    LOST,
    LOST_AT_COMMIT,
    read_again_if_lost,
    storage_error,
)
from briefing_app.store.unit_of_work import reading, writing
from pg_databases import end_sessions

pytestmark = pytest.mark.postgresql_only

ENDED = "terminating connection due to administrator command"
PASSWORD = "member password 7"


def _refusal(url: sa.URL) -> BaseException:
    """What connecting to `url` raises, worded."""
    engine = sa.create_engine(url)
    try:
        with pytest.raises(sa.exc.DBAPIError) as caught, engine.connect():
            pass
    finally:
        engine.dispose()
    refusal = storage_error(caught.value)
    assert refusal is not None
    return refusal


def test_connecting_fails_with_one_line_naming_the_server_never_the_password(
    seeded_db: OpenedDatabase,
) -> None:
    url = sa.make_url(seeded_db.url)
    server = f"{url.host}:{url.port}"
    wrong = _refusal(url.set(password="not-the-password-x9"))
    assert isinstance(wrong, PasswordRefusedError)
    assert str(wrong) == f"the team server {server} refused the password for {url.username}"
    none_given = _refusal(url._replace(password=None))  # (no ~/.pgpass in the test's home)
    assert isinstance(none_given, PasswordRefusedError)
    assert str(none_given) == (
        f"the team server {server} needs a password for {url.username}; none was given"
    )
    closed = _refusal(url.set(port=1))
    assert isinstance(closed, ServerUnreachableError)
    assert str(closed) == f"cannot reach the team server {url.host}:1 (Connection refused)"
    missing = _refusal(url.set(database="no_such_db"))
    assert (
        str(missing)
        == f'cannot reach the team server {server} (database "no_such_db" does not exist)'
    )
    for refusal in (wrong, none_given, closed, missing):
        assert "not-the-password" not in str(refusal) and str(url.password) not in str(refusal)
        assert "\n" not in str(refusal)


@pytest.fixture
def member(seeded_db: OpenedDatabase) -> Iterator[tuple[str, Engine]]:
    """A reader of the seeded database, logged in as themselves."""
    name = f"t{os.getpid()}_trouble"
    team_users.add_member(
        seeded_db.engine, name, OfficeRole.READER, Classification.PUBLIC, password=PASSWORD
    )
    engine = make_engine(
        sa.make_url(seeded_db.url)
        .set(username=name, password=PASSWORD)
        .render_as_string(hide_password=False)
    )
    yield name, engine
    engine.dispose()


def test_what_the_account_may_not_do_is_said_as_such(
    seeded_db: OpenedDatabase, member: tuple[str, Engine]
) -> None:
    name, engine = member
    with pytest.raises(sa.exc.ProgrammingError) as caught, writing(engine) as session:
        session.execute(sa.update(m.FollowUpAction).values(title="x"))
    refused = storage_error(caught.value)
    assert isinstance(refused, PermissionRefusedError)
    assert str(refused) == (
        "your account may not change this (permission denied for table follow_up_actions)"
    )
    with seeded_db.engine.begin() as connection:  # a privilege the administrator withdrew
        connection.exec_driver_sql(f"REVOKE SELECT ON follow_up_actions FROM {name}")
    with pytest.raises(sa.exc.ProgrammingError) as caught, reading(engine) as session:
        session.execute(sa.select(m.FollowUpAction.id)).all()
    refused = storage_error(caught.value)
    assert isinstance(refused, PermissionRefusedError)
    assert str(refused) == (
        "your account may not read this (permission denied for table follow_up_actions)"
    )


def _count(engine: Engine) -> int:
    with reading(engine) as session:
        return session.execute(
            sa.select(sa.func.count()).select_from(m.FollowUpAction)
        ).scalar_one()


def test_a_read_whose_connection_drops_runs_once_more(seeded_db: OpenedDatabase) -> None:
    engine = seeded_db.engine
    expected = _count(engine)
    sessions: list[int] = []

    def read() -> int:
        with reading(engine) as session:
            pid = session.execute(sa.text("SELECT pg_backend_pid()")).scalar_one()
            if not sessions:
                assert end_sessions(seeded_db.url, f"pid = {pid}") == 1
            sessions.append(pid)
            return session.execute(sa.select(sa.func.count(m.FollowUpAction.id))).scalar_one()

    assert read_again_if_lost(read) == expected
    assert len(sessions) == 2 and sessions[0] != sessions[1]

    sessions.clear()
    with pytest.raises(sa.exc.OperationalError) as caught:
        read()  # without it: the drop, worded
    lost = storage_error(caught.value)
    assert isinstance(lost, ConnectionLostError)
    assert str(lost) == LOST.format(reason=ENDED)


def test_a_connection_dropped_while_idle_is_replaced_unnoticed(seeded_db: OpenedDatabase) -> None:
    expected = _count(seeded_db.engine)  # its connection now idle in the pool
    assert end_sessions(seeded_db.url) >= 1
    assert _count(seeded_db.engine) == expected


def _first_title(engine: Engine) -> str:
    with reading(engine) as session:
        return session.execute(
            sa.select(m.FollowUpAction.title).order_by(m.FollowUpAction.id).limit(1)
        ).scalar_one()


def test_a_write_dropped_before_commit_stored_nothing(seeded_db: OpenedDatabase) -> None:
    engine = seeded_db.engine
    before = _first_title(engine)
    with pytest.raises(ConnectionLostError) as caught, writing(engine) as session:
        session.execute(sa.update(m.FollowUpAction).values(title="Never stored"))
        pid = session.execute(sa.text("SELECT pg_backend_pid()")).scalar_one()
        end_sessions(seeded_db.url, f"pid = {pid}")
        session.execute(sa.select(sa.literal(1)))
    assert caught.value.template == LOST
    assert str(caught.value) == LOST.format(reason=ENDED)
    assert _first_title(engine) == before


def test_a_write_dropped_during_commit_may_have_been_stored(seeded_db: OpenedDatabase) -> None:
    engine = seeded_db.engine
    before = _first_title(engine)

    def drop(connection: sa.Connection) -> None:
        pid = connection.exec_driver_sql("SELECT pg_backend_pid()").scalar_one()
        end_sessions(seeded_db.url, f"pid = {pid}")

    event.listen(engine, "commit", drop)  # just before COMMIT is sent
    try:
        with pytest.raises(ConnectionLostError) as caught, writing(engine) as session:
            session.execute(sa.update(m.FollowUpAction).values(title="Never stored"))
    finally:
        event.remove(engine, "commit", drop)
    assert caught.value.template == LOST_AT_COMMIT
    assert "may have been saved" in str(caught.value)
    assert _first_title(engine) == before


def test_every_connection_to_a_server_gives_up_and_notices_a_dead_peer(
    seeded_db: OpenedDatabase,
) -> None:
    def options(url: str) -> dict[str, str]:
        engine = make_engine(url)
        try:
            with engine.connect() as connection:
                return connection.connection.dbapi_connection.info.get_parameters()  # type: ignore[union-attr]
        finally:
            engine.dispose()

    used = options(seeded_db.url)
    assert {k: used.get(k) for k in ("connect_timeout", "keepalives", "tcp_user_timeout")} == {
        "connect_timeout": "10",
        "keepalives": "1",
        "tcp_user_timeout": "60000",
    }
    assert options(seeded_db.url + "?connect_timeout=3")["connect_timeout"] == "3"  # the URL's


def test_a_server_that_never_answers_is_out_of_reach(seeded_db: OpenedDatabase) -> None:
    with socket.socket() as silent:  # accepts connections (the kernel does), never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        port = silent.getsockname()[1]
        url = sa.make_url(seeded_db.url).set(port=port, query={"connect_timeout": "1"})
        engine = make_engine(url.render_as_string(hide_password=False))
        try:
            with pytest.raises(sa.exc.OperationalError) as caught, engine.connect():
                pass
        finally:
            engine.dispose()
    refusal = storage_error(caught.value)
    assert isinstance(refusal, ServerUnreachableError)
    assert str(refusal) == "cannot reach the team server (connection timeout expired)"
