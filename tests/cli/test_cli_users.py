"""`briefing-app db users` (issue 17): the office's members on a team server, from the command
line; on a file, a one-line refusal."""

import io
import json
import os
import secrets
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.pool import NullPool

from briefing_app.domain.enums import Classification, OfficeRole
from briefing_app.store import team_users


def _login() -> str:
    return f"t{os.getpid()}_{secrets.token_hex(3)}"


@pytest.mark.postgresql_only
def test_members_are_added_listed_changed_and_removed(
    cli, new_db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cli("--db", new_db_url, "db", "init").code == 0
    name = _login()
    monkeypatch.setattr("sys.stdin", io.StringIO("mật khẩu 1\n"))
    added = cli(
        "--db", new_db_url, "db", "users", "add", name,
        "--role", "editor", "--clearance", "internal", "--password",
    )  # fmt: skip
    assert added.code == 0, added.err
    assert added.out.strip() == f"{name} added: editor, cleared for internal"
    listed = json.loads(cli("--db", new_db_url, "db", "users", "--json").out)
    assert listed == [
        {"name": name, "office_role": "editor", "clearance": "internal", "can_log_in": True}
    ]
    member_url = sa.make_url(new_db_url).set(username=name, password="mật khẩu 1")
    engine = sa.create_engine(member_url, poolclass=NullPool)
    with engine.connect() as connection:  # the password set through its verifier logs in
        assert connection.exec_driver_sql("SELECT session_user").scalar_one() == name
    engine.dispose()

    changed = cli("--db", new_db_url, "db", "users", "set", name, "--clearance", "confidential")
    assert changed.out.strip() == f"{name}: editor, cleared for confidential"
    nothing = cli("--db", new_db_url, "db", "users", "set", name)
    nothing.assert_user_error("say what changes")
    monkeypatch.setattr("sys.stdin", io.StringIO("mật khẩu 2\n"))
    reset = cli("--db", new_db_url, "db", "users", "set", name, "--password")
    assert reset.code == 0, reset.err
    engine = sa.create_engine(member_url.set(password="mật khẩu 2"), poolclass=NullPool)
    with engine.connect() as connection:  # the owner set a new password
        assert connection.exec_driver_sql("SELECT session_user").scalar_one() == name
    engine.dispose()
    table = cli("--db", new_db_url, "db", "users", "list").out
    assert name in table and "confidential" in table and "1 members" in table
    removed = cli("--db", new_db_url, "db", "users", "remove", name)
    assert removed.code == 0, removed.err
    cli("--db", new_db_url, "db", "users", "remove", name).assert_user_error("not a member")
    assert "mật khẩu" not in added.out + added.err + table


@pytest.mark.postgresql_only
def test_a_member_who_is_no_administrator_is_refused_in_a_line(cli, new_db_url: str) -> None:
    assert cli("--db", new_db_url, "db", "init").code == 0
    name = _login()
    assert cli(
        "--db", new_db_url, "db", "users", "add", name, "--role", "editor", "--clearance", "public"
    ).code == 0  # fmt: skip
    editor_url = sa.make_url(new_db_url).set(username=name)
    owner = sa.create_engine(new_db_url, poolclass=NullPool)
    with owner.begin() as connection:
        connection.exec_driver_sql(f"ALTER ROLE {name} PASSWORD 'pw pw pw'")
    owner.dispose()
    as_editor = editor_url.set(password="pw pw pw").render_as_string(hide_password=False)
    cli("--db", as_editor, "db", "users", "add", _login(), "--role", "reader",
        "--clearance", "public").assert_user_error("your account may not")  # fmt: skip


def test_a_file_has_no_members(cli, tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    assert cli("--db", path, "db", "init").code == 0
    cli("--db", path, "db", "users").assert_user_error("kept on a team server")
    cli("--db", path, "db", "users", "add", "lan", "--role", "reader",
        "--clearance", "public").assert_user_error("kept on a team server")  # fmt: skip


@pytest.mark.postgresql_only
def test_a_member_marks_a_brief_or_an_export_at_most_with_their_clearance(
    cli, new_db_url: str, tmp_path: Path
) -> None:
    assert cli("--db", new_db_url, "db", "init").code == 0
    name = _login()
    owner = sa.create_engine(new_db_url, poolclass=NullPool)
    team_users.add_member(owner, name, OfficeRole.EDITOR, Classification.INTERNAL, "pw pw pw")
    owner.dispose()
    url = sa.make_url(new_db_url).set(username=name, password="pw pw pw")
    member = url.render_as_string(hide_password=False)
    pdf, csv = tmp_path / "brief.pdf", tmp_path / "actions.csv"
    above = ("--classification", "confidential")
    brief = cli("--db", member, "brief", "meeting", "1", "-o", pdf, *above)
    brief.assert_user_error("does not reach confidential")
    export = cli("--db", member, "export", "actions", "-o", csv, *above)
    export.assert_user_error("does not reach confidential")
    assert not pdf.exists() and not csv.exists()
    written = cli(
        "--db", member, "brief", "meeting", "1", "-o", pdf, "--classification", "internal"
    )
    assert written.code == 0, written.err
