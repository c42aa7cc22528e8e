"""The command line when the team server is out of reach, refuses the password or the account
may not do something (issue 17, item 5): one line on stderr, exit code 1, no traceback, no
crash-log entry, never the password."""

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from briefing_app.domain.enums import Classification, OfficeRole
from briefing_app.store import team_users
from briefing_app.store.database import OpenedDatabase

pytestmark = pytest.mark.postgresql_only

PASSWORD = "member password 7"


def _no_crash_log(home: Path) -> None:
    assert not list(home.rglob("*.log")), "a server's refusal is not a crash"


def test_a_server_out_of_reach_or_a_wrong_password_is_one_line(
    cli, seeded_db: OpenedDatabase, isolated_user_dirs: Path
) -> None:
    url = sa.make_url(seeded_db.url)
    closed = url.set(port=1).render_as_string(hide_password=False)
    cli("--db", closed, "list", "actions").assert_user_error(
        f"cannot reach the team server {url.host}:1 (Connection refused)"
    )
    wrong = url.set(password="Wr0ng-secret").render_as_string(hide_password=False)
    refused = cli("--db", wrong, "list", "actions")
    refused.assert_user_error(
        f"the team server {url.host}:{url.port} refused the password for {url.username}"
    )
    assert "Wr0ng-secret" not in refused.err and str(url.password) not in refused.err
    _no_crash_log(isolated_user_dirs)


@pytest.fixture
def member(seeded_db: OpenedDatabase) -> Iterator[tuple[str, str]]:
    """An editor of the office cleared for internal records: (login, URL)."""
    name = f"t{os.getpid()}_cli_trouble"
    team_users.add_member(
        seeded_db.engine, name, OfficeRole.EDITOR, Classification.INTERNAL, password=PASSWORD
    )
    url = sa.make_url(seeded_db.url).set(username=name, password=PASSWORD)
    yield name, url.render_as_string(hide_password=False)


def test_what_the_account_may_not_do_is_one_line(
    cli,
    seeded_db: OpenedDatabase,
    member: tuple[str, str],
    isolated_user_dirs: Path,
    tmp_path: Path,
) -> None:
    name, url = member
    assert cli("--db", url, "list", "actions").code == 0
    secret = tmp_path / "secret.json"
    secret.write_text(json.dumps({"classification": "confidential"}))
    cli("--db", url, "edit", "action", "2", "--json", secret).assert_user_error(
        "your clearance does not reach this classification", "nothing was saved"
    )
    team_users.set_member(seeded_db.engine, name, office_role=OfficeRole.READER)
    cli("--db", url, "action", "update", "2", "--note", "x").assert_user_error(
        "your account may not change this (permission denied for table"
    )
    with seeded_db.engine.begin() as connection:  # a privilege the administrator withdrew
        connection.exec_driver_sql(f"REVOKE SELECT ON follow_up_actions FROM {name}")
    cli("--db", url, "list", "actions").assert_user_error(
        "your account may not read this (permission denied for table follow_up_actions)"
    )
    _no_crash_log(isolated_user_dirs)
