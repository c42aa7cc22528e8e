"""The command line follows the team server chosen in the desktop app's Preferences (issue 17)
when neither --db nor BRIEFING_DB_URL says otherwise, with the password the app remembered in
the keyring; without one it says so in a line, never with a traceback or the password."""

from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from briefing_app import config
from briefing_app.store import server_connection as sc
from briefing_app.store.server_connection import ServerSettings
from pg_databases import PgDatabases

pytestmark = pytest.mark.postgresql_only


@pytest.fixture
def saved_server(pg_databases: PgDatabases) -> Iterator[sa.URL]:
    """A seeded database on the test server, saved as the Preferences' team server; its URL
    (with the password, which is not saved)."""
    url = sa.make_url(pg_databases.create())
    assert url.host and url.port and url.database and url.username
    sc.save_server(
        ServerSettings(
            use_server=True,
            host=url.host,
            port=url.port,
            database=url.database,
            user=url.username,
            tls="disable",
        ),
        config.server_file(),
    )
    yield url
    pg_databases.release(url.render_as_string(hide_password=False))


def test_the_cli_opens_the_saved_server_with_the_keyrings_password(cli, saved_server) -> None:
    password = str(saved_server.password)
    url = config.database_url()
    assert sa.make_url(url).password is None
    sc.store_password(url, password)
    listed = cli("list", "localities")
    assert listed.code == 0, listed.err
    assert "Thanh Hóa" in listed.out
    checked = cli("db", "check")
    assert checked.code == 0, checked.err
    assert saved_server.host in checked.out and password not in checked.out


def test_without_a_password_the_cli_says_so(cli, saved_server) -> None:
    listed = cli("list", "localities")
    assert listed.code == 1
    assert "password" in listed.err and "Traceback" not in listed.err
    assert str(saved_server.password) not in listed.err
