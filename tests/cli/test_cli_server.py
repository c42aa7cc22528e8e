"""The command line on a PostgreSQL server (issue 17): the same `db` commands, the password never
printed, backups pointed to the server's tools, a copy back to a file; the same briefs."""

import shutil
from pathlib import Path

import pytest
import sqlalchemy as sa
from pypdf import PdfReader

from briefing_app.store.database import OpenedDatabase

pytestmark = pytest.mark.postgresql_only


def test_db_commands_on_a_server(cli, new_db_url: str, tmp_path: Path) -> None:
    password = sa.make_url(new_db_url).password
    assert password
    shown = sa.make_url(new_db_url).render_as_string(hide_password=True)

    init = cli("--db", new_db_url, "db", "init")
    assert init.code == 0, init.err
    assert init.out.strip() == f"database ready: {shown}"
    check = cli("--db", new_db_url, "db", "check")
    assert check.code == 0, check.err
    assert check.out.startswith(f"ok: {shown}: integrity ok, schema ")
    assert cli("--db", new_db_url, "db", "upgrade").out.strip() == "already at the current schema"
    listed = cli("--db", new_db_url, "list", "localities")
    assert listed.code == 0 and "Thanh Hóa" in listed.out

    backup = cli("--db", new_db_url, "db", "backup", tmp_path / "copy.sqlite3")
    assert backup.code == 1 and backup.out == ""
    assert "pg_dump" in backup.err and "Traceback" not in backup.err
    assert not (tmp_path / "copy.sqlite3").exists()

    moved = cli("--db", new_db_url, "db", "copy", "--to", tmp_path / "back.sqlite3")
    assert moved.code == 0, moved.err
    assert cli("--db", tmp_path / "back.sqlite3", "list", "localities").out == listed.out
    for result in (init, check, backup, moved):
        assert password not in result.out + result.err


def test_db_upgrade_on_a_server_says_what_it_upgraded(cli, new_db_url: str) -> None:
    from alembic import command

    from briefing_app.store import migrations, schema_head
    from briefing_app.store.engine import make_engine

    assert cli("--db", new_db_url, "db", "init").code == 0
    engine = make_engine(new_db_url)
    try:
        command.downgrade(migrations.alembic_config(engine), "0007")
    finally:
        engine.dispose()

    upgraded = cli("--db", new_db_url, "db", "upgrade")

    assert upgraded.code == 0, upgraded.err
    head = schema_head.head_revision()
    assert upgraded.out.strip() == f"upgraded from schema 0007 to {head}"
    assert cli("--db", new_db_url, "db", "upgrade").out.strip() == "already at the current schema"


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.mark.parametrize("brief", [("meeting", "1"), ("locality", "19")])
def test_a_brief_reads_the_same_from_a_server(
    cli, seeded_db: OpenedDatabase, seeded_template: Path, tmp_path: Path, brief: tuple[str, str]
) -> None:
    server = cli("--db", seeded_db.url, "brief", *brief, "-o", tmp_path / "server.pdf")
    assert server.code == 0, server.err
    shutil.copyfile(seeded_template, tmp_path / "file.sqlite3")
    sqlite = cli("--db", tmp_path / "file.sqlite3", "brief", *brief, "-o", tmp_path / "file.pdf")
    assert sqlite.code == 0, sqlite.err
    assert _text(tmp_path / "server.pdf") == _text(tmp_path / "file.pdf")
