"""What differs on a database server (PostgreSQL, issue 17): no file to copy, the server's own
checks. The same calls on SQLite are tested in test_backup.py."""

from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.pool import NullPool

from briefing_app.domain.errors import (
    PasswordRefusedError,
    ServerUnreachableError,
    UnusableDatabaseError,
)
from briefing_app.store import maintenance
from briefing_app.store.backup import backup_file, integrity_problems
from briefing_app.store.daily_backup import take_daily_backup
from briefing_app.store.database import OpenedDatabase, open_database

pytestmark = pytest.mark.postgresql_only


@pytest.fixture
def server_db(seeded_db: OpenedDatabase) -> OpenedDatabase:
    return seeded_db


def test_backup_and_restore_point_to_the_servers_tools(
    server_db: OpenedDatabase, tmp_path: Path
) -> None:
    with pytest.raises(UnusableDatabaseError, match="pg_dump"):
        backup_file(server_db.engine, tmp_path / "copy.sqlite3")
    with pytest.raises(UnusableDatabaseError, match="pg_dump"):
        maintenance.backup(server_db.url, tmp_path / "copy.sqlite3")
    with pytest.raises(UnusableDatabaseError, match="pg_restore"):
        maintenance.restore(server_db.url, f"sqlite:///{tmp_path / 'copy.sqlite3'}")
    assert take_daily_backup(server_db.engine, tmp_path / "daily", today=date.today()) is None
    assert list(tmp_path.iterdir()) == []


def test_check_reads_every_table(server_db: OpenedDatabase) -> None:
    assert integrity_problems(server_db.engine) == []
    assert maintenance.check(server_db.url).startswith("ok: ")
    with server_db.engine.begin() as connection:
        connection.exec_driver_sql("ALTER TABLE comments RENAME TO comments_elsewhere")
    problems = integrity_problems(server_db.engine)
    assert len(problems) == 1 and problems[0].startswith("cannot read table comments: ")
    with pytest.raises(UnusableDatabaseError, match="failed the integrity check"):
        maintenance.check(server_db.url)
    assert "***" in maintenance.describe(server_db.engine)  # the password never shown
    assert sa.make_url(server_db.url).password not in maintenance.describe(server_db.engine)


@pytest.mark.parametrize(
    ("change", "kind", "message"),
    [
        (
            {"password": "wrong"},
            PasswordRefusedError,
            "the team server {server} refused the password for briefing",
        ),
        (
            {"database": "no_such_database"},
            ServerUnreachableError,
            'cannot reach the team server {server} (database "no_such_database" does not exist)',
        ),
        (
            {"port": 1},
            ServerUnreachableError,
            "cannot reach the team server {server} (Connection refused)",
        ),
    ],
)
def test_a_server_out_of_reach_is_one_clear_line(
    server_db: OpenedDatabase, change: dict[str, object], kind: type, message: str
) -> None:
    url = sa.make_url(server_db.url).set(**change)
    with pytest.raises(kind) as caught:
        open_database(url.render_as_string(hide_password=False))
    assert str(caught.value) == message.format(server=f"{url.host}:{url.port}")


def test_a_connection_the_server_dropped_is_replaced(server_db: OpenedDatabase) -> None:
    assert maintenance.check(server_db.url).startswith("ok: ")
    engine = server_db.engine
    with engine.connect() as connection:  # now idle in the pool
        connection.execute(sa.select(sa.literal(1))).scalar_one()
    killer = sa.create_engine(server_db.url, poolclass=NullPool)
    with killer.connect() as connection:
        dropped = connection.execute(
            sa.text(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        ).scalar_one()
    killer.dispose()
    assert dropped >= 1
    with engine.connect() as connection:  # a new connection, not the dead one
        assert connection.execute(sa.select(sa.literal(1))).scalar_one() == 1
