"""Alembic run from code: empty to head, model/migration agreement, refusals, upgrade backups."""

import json
import os
import secrets
import shutil
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy.engine import Engine
from sqlalchemy.pool import NullPool

from briefing_app.domain import models as m
from briefing_app.domain.enums import Classification, OfficeRole
from briefing_app.domain.errors import UnusableDatabaseError
from briefing_app.resources import data_dir
from briefing_app.services import overview_snapshot
from briefing_app.store import migrations, schema_head, search_grams, search_index, team_users
from briefing_app.store.database import open_database
from briefing_app.store.engine import make_engine
from briefing_app.store.migrations import outside_the_models, schema_state, upgrade_to_head
from gram_index import assert_gram_index_exact


def include_name(name: str | None, type_: str, _parents: object) -> bool:
    return not outside_the_models(name, type_)  # as db/migrations/env.py does


HEAD = "0014"
#: the test-only revision after the shipped head
NEXT = f"{int(HEAD) + 1:04d}"


@pytest.fixture
def new_engine(new_db_url: str) -> Iterator[Engine]:
    engine = make_engine(new_db_url)
    yield engine
    engine.dispose()


def _revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _set_revision(path: Path, revision: str) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    connection.close()


def test_empty_file_to_head(new_engine: Engine, tmp_path: Path) -> None:
    before = schema_state(new_engine)
    assert (before.current, before.head, before.has_tables) == (None, HEAD, False)
    assert upgrade_to_head(new_engine) is None  # nothing to back up in a new file
    after = schema_state(new_engine)
    assert after.at_head and after.has_tables
    tables = set(sa.inspect(new_engine).get_table_names())
    assert set(m.Base.metadata.tables) <= tables
    assert "alembic_version" in tables
    assert [p.name for p in tmp_path.iterdir() if "before-upgrade" in p.name] == []


def test_models_and_migrations_agree(new_engine: Engine) -> None:
    upgrade_to_head(new_engine)
    with new_engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_name": include_name}
        )
        assert compare_metadata(context, m.Base.metadata) == []


def test_check_constraints_and_indexes_are_in_the_migrated_schema(new_engine: Engine) -> None:
    upgrade_to_head(new_engine)
    inspector = sa.inspect(new_engine)
    checks = {c["name"] for c in inspector.get_check_constraints("follow_up_actions")}
    assert {
        "ck_follow_up_actions_one_owner",
        "ck_follow_up_actions_one_counterpart",
        "ck_follow_up_actions_due_has_precision",
    } <= checks
    indexed = {tuple(i["column_names"]) for i in inspector.get_indexes("localities")}
    assert ("name_folded",) in indexed


def test_upgrade_at_head_takes_no_backup(new_engine: Engine, tmp_path: Path) -> None:
    upgrade_to_head(new_engine)
    before = sorted(p.name for p in tmp_path.iterdir())
    assert upgrade_to_head(new_engine) is None
    assert sorted(p.name for p in tmp_path.iterdir()) == before


@pytest.mark.sqlite_only
def test_a_newer_schema_is_refused(new_engine: Engine, tmp_path: Path) -> None:
    upgrade_to_head(new_engine)
    new_engine.dispose()
    _set_revision(tmp_path / "db.sqlite3", "9999_from_the_future")
    with pytest.raises(UnusableDatabaseError, match="newer") as caught:
        schema_state(new_engine)
    assert "9999_from_the_future" in str(caught.value)
    with pytest.raises(UnusableDatabaseError, match="newer"):
        open_database(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    assert _revision(new_engine) == "9999_from_the_future"  # left as it was


def test_a_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other-app.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
        connection.execute("INSERT INTO invoices (total) VALUES (12.5)")
    connection.close()
    with pytest.raises(UnusableDatabaseError, match="not a Briefing desk one"):
        open_database(f"sqlite:///{path}")
    with sqlite3.connect(path) as connection:
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
    connection.close()
    assert tables == {"invoices"}  # nothing was added to someone else's database


def test_a_text_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    text = "Meeting notes, not a database.\n" * 200
    path.write_text(text)
    with pytest.raises(UnusableDatabaseError, match="not a database this app can read"):
        open_database(f"sqlite:///{path}")
    assert path.read_text() == text


# --- upgrading an older database -------------------------------------------------------------
# To exercise the upgrade path (backup, then migrate) from a database at the shipped head, we
# copy the shipped migrations and add a test-only revision after it.

REVISION_NEXT = '''"""test-only next revision"""
import sqlalchemy as sa
from alembic import op

revision = "{next}"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("test_extra", sa.Column("id", sa.Integer, primary_key=True))
    op.execute("INSERT INTO test_extra (id) VALUES (1)")
    {tail}


def downgrade() -> None:
    op.drop_table("test_extra")
'''


def _migrations_with_next(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tail: str = "pass"
) -> None:
    folder = tmp_path / "migrations"
    shutil.copytree(data_dir("migrations"), folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / f"{NEXT}_test_extra.py").write_text(
        REVISION_NEXT.format(tail=tail, next=NEXT, head=HEAD)
    )

    def fake_data_dir(kind: str) -> Path:
        return folder if kind == "migrations" else data_dir(kind)

    monkeypatch.setattr(schema_head, "data_dir", fake_data_dir)
    monkeypatch.setattr(migrations, "data_dir", fake_data_dir)


def _count(engine: Engine, table: str) -> int:
    with engine.connect() as connection:
        return int(connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one())


@pytest.mark.sqlite_only
def test_upgrading_an_older_database_backs_it_up_first(
    make_db, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = make_db("older.sqlite3")  # seeded, at the shipped head
    localities = _count(db.engine, "localities")
    _migrations_with_next(tmp_path, monkeypatch)
    state = schema_state(db.engine)
    assert (state.current, state.head, state.at_head) == (HEAD, NEXT, False)

    backup = upgrade_to_head(db.engine)

    assert backup is not None and backup.is_file()
    assert backup.parent == tmp_path
    assert f"before-upgrade-{HEAD}" in backup.name
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert _revision(db.engine) == NEXT
    assert _count(db.engine, "test_extra") == 1
    assert _count(db.engine, "localities") == localities
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [(HEAD,)]
        assert copy.execute("SELECT count(*) FROM localities").fetchone() == (localities,)
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        tables = {r[0] for r in copy.execute("SELECT name FROM sqlite_master")}
    copy.close()
    assert "test_extra" not in tables


@pytest.mark.sqlite_only
def test_open_database_reports_the_upgrade_backup(
    make_db, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_db("older.sqlite3").engine.dispose()
    _migrations_with_next(tmp_path, monkeypatch)
    reopened = open_database(f"sqlite:///{tmp_path / 'older.sqlite3'}")
    try:
        assert reopened.upgrade_backup is not None
        assert reopened.upgrade_backup.is_file()
    finally:
        reopened.engine.dispose()


@pytest.mark.sqlite_only
def test_a_backup_name_taken_in_the_same_second_gets_a_number(
    make_db, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Another instance opening the same older file in the same second took the name.
    db = make_db("older.sqlite3")
    _migrations_with_next(tmp_path, monkeypatch)
    fixed = datetime(2026, 12, 1, 9, 30, 0)
    monkeypatch.setattr(
        migrations, "datetime", type("FixedClock", (), {"now": staticmethod(lambda: fixed)})
    )
    taken = tmp_path / f"older.before-upgrade-{HEAD}-20261201-093000.sqlite3"
    taken.write_bytes(b"the other instance's backup")

    backup = upgrade_to_head(db.engine)

    assert backup == tmp_path / f"older.before-upgrade-{HEAD}-20261201-093000-2.sqlite3"
    assert taken.read_bytes() == b"the other instance's backup"
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [(HEAD,)]


def test_a_failing_upgrade_changes_nothing_and_keeps_the_backup(
    make_db, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = make_db("older.sqlite3")
    _migrations_with_next(tmp_path, monkeypatch, tail='op.execute("SELECT * FROM no_such_table")')
    with pytest.raises(UnusableDatabaseError, match="cannot upgrade"):
        upgrade_to_head(db.engine)
    assert _revision(db.engine) == HEAD
    assert "test_extra" not in sa.inspect(db.engine).get_table_names()  # DDL rolled back
    backups = [p for p in tmp_path.iterdir() if f"before-upgrade-{HEAD}" in p.name]
    assert len(backups) == (1 if db.path is not None else 0)  # a server's backups are its own


def test_first_starts_together_on_one_new_file_all_succeed(tmp_path: Path) -> None:
    # Four app instances (processes: Alembic's context is process-global) start together. The
    # later ones must wait for the first's migration (one transaction, write lock taken at its
    # start) and find the schema at head: not 'database is locked', nor a half-upgraded file.
    url = f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    script = (
        "import sys\n"
        "from briefing_app.store.database import open_database\n"
        "db = open_database(sys.argv[1])\n"
        "print(db.seed.skipped)\n"
    )
    starts = [
        subprocess.Popen(
            [sys.executable, "-c", script, url],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    outcomes = [p.communicate(timeout=60) for p in starts]
    assert [p.returncode for p in starts] == [0, 0, 0, 0], outcomes
    seeded_by = sorted(out.strip() for out, _ in outcomes)
    assert seeded_by == ["False", "True", "True", "True"]  # seeded once
    engine = make_engine(url, create=False)
    try:
        assert _count(engine, "localities") == 81
        assert _revision(engine) == HEAD
    finally:
        engine.dispose()


@pytest.mark.sqlite_only
def test_0001_to_0002_keeps_the_data_and_fills_the_search_index(make_db) -> None:
    from alembic import command

    from briefing_app.services.search import search_all

    db = make_db("seeded.sqlite3")  # at head, seeded
    config = migrations.alembic_config(db.engine)
    counts = {t: _count(db.engine, t) for t in ("localities", "meetings", "follow_up_actions")}
    command.downgrade(config, "0001")
    assert _revision(db.engine) == "0001"
    assert "search_index" not in sa.inspect(db.engine).get_table_names()

    command.upgrade(config, "0002")

    assert _revision(db.engine) == "0002"
    assert {t: _count(db.engine, t) for t in counts} == counts
    indexed = sum(counts.values())
    assert _count(db.engine, "search_index") > indexed
    with db.engine.connect() as connection:
        titles = connection.exec_driver_sql(
            "SELECT count(*) FROM meetings WHERE title_folded = '' OR title_folded IS NULL"
        ).scalar_one()
    assert titles == 0
    command.upgrade(config, "head")  # the models below are the head's
    hits = search_all(db.engine, "thanh hoa")
    assert hits[0].hits[0].title == "Thanh Hóa"
    with db.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_name": include_name}
        )
        assert compare_metadata(context, m.Base.metadata) == []


def _index_rows(engine: Engine) -> set[tuple[int, str, str, str]]:
    with engine.connect() as connection:
        rows = connection.exec_driver_sql("SELECT rowid, name, title, body FROM search_index")
        return {(int(r[0]), r[1], r[2], r[3]) for r in rows}


def _schema_sql(engine: Engine, type_: str) -> set[str]:
    with engine.connect() as connection:
        rows = connection.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = ?", (type_,))
        return {r[0] for r in rows}


@pytest.mark.sqlite_only
def test_the_migrated_index_is_the_one_search_index_describes(new_engine: Engine) -> None:
    upgrade_to_head(new_engine)
    table, *triggers = search_index.create_statements()
    index_triggers = {
        sql
        for sql in _schema_sql(new_engine, "trigger")
        if not sql.startswith(f"CREATE TRIGGER {overview_snapshot.STALE_TRIGGER}")
    }
    assert index_triggers == set(triggers)
    assert table in _schema_sql(new_engine, "table")
    numbers, _filled, view, grams = search_grams.create_statements()
    assert {numbers, grams} <= _schema_sql(new_engine, "table")
    assert view in _schema_sql(new_engine, "view")
    assert _count(new_engine, search_grams.NUMBERS) == search_grams.POSITIONS


@pytest.mark.sqlite_only
def test_0002_to_0003_indexes_the_parties_names(make_db) -> None:
    from alembic import command

    from briefing_app.services.search import search_all

    fresh = _index_rows(make_db("fresh.sqlite3").engine)  # seeded at head: filled by triggers
    db = make_db("seeded.sqlite3")
    config = migrations.alembic_config(db.engine)
    command.downgrade(config, "0002")
    assert _revision(db.engine) == "0002"
    assert len(_schema_sql(db.engine, "trigger")) == 24  # 0002's: own columns only
    meetings = search_index.BY_KIND["meeting"]
    with db.engine.connect() as connection:
        kanji = connection.exec_driver_sql(
            "SELECT count(*) FROM search_index WHERE rowid BETWEEN ? AND ? AND body LIKE '%山梨%'",
            (meetings.low, meetings.high),
        ).scalar_one()
    assert kanji == 0  # "山梨" did not find the bilateral meeting

    command.upgrade(config, "head")  # through 0003 to 0007 (0004, 0005 and 0007 recreate tables)

    assert _revision(db.engine) == HEAD
    assert _index_rows(db.engine) == fresh
    assert _schema_sql(db.engine, "trigger") == _schema_sql(make_db("x.sqlite3").engine, "trigger")
    groups = search_all(db.engine, "山梨")
    assert 1 in {h.id for g in groups if g.kind == "meeting" for h in g.hits}
    with db.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_name": include_name}
        )
        assert compare_metadata(context, m.Base.metadata) == []


def _grams_schema(engine: Engine) -> set[str]:
    with engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE name LIKE 'search_grams%'"
            " OR (type = 'trigger' AND sql LIKE '%search_grams%')"
        )
        return {r[0] for r in rows}


@pytest.mark.sqlite_only
def test_0013_fills_the_gram_index_and_its_downgrade_removes_it(make_db) -> None:
    from alembic import command

    from briefing_app.services.search import search_all

    db = make_db("seeded.sqlite3")
    at_head = _schema_sql(db.engine, "trigger")
    config = migrations.alembic_config(db.engine)
    command.downgrade(config, "0012")
    assert _grams_schema(db.engine) == set()
    with db.engine.begin() as connection:  # written at 0012: no grams to keep
        connection.exec_driver_sql(
            "UPDATE localities SET name_folded = name_folded || ' 甲斐国' WHERE id = 1"
        )
        connection.exec_driver_sql("DELETE FROM follow_up_actions WHERE id = 2")

    command.upgrade(config, "head")

    assert _revision(db.engine) == HEAD
    assert _schema_sql(db.engine, "trigger") == at_head
    assert_gram_index_exact(db.engine)
    assert [(g.kind, [h.id for h in g.hits]) for g in search_all(db.engine, "甲斐")] == [
        ("locality", [1])
    ]
    groups = search_all(db.engine, "山梨")
    assert 1 in {h.id for g in groups if g.kind == "meeting" for h in g.hits}


@pytest.mark.sqlite_only
def test_record_tables_never_reuse_an_id(make_db) -> None:
    """Fresh and upgraded from 0003 alike, the record tables number rows with AUTOINCREMENT."""
    from alembic import command

    fresh = make_db("fresh.sqlite3")
    upgraded = make_db("upgraded.sqlite3")
    config = migrations.alembic_config(upgraded.engine)
    command.downgrade(config, "0003")
    command.upgrade(config, "head")
    record_tables = {
        "sources", "localities", "organisations", "people", "events", "event_facts",
        "delegations", "meetings", "agreements", "follow_up_actions", "citations",
        "action_changes", "record_changes", "trash", "cooperation_areas", "comments",
        "attachments",
    }  # fmt: skip
    for db in (fresh, upgraded):
        with db.engine.connect() as connection:
            numbered = {
                name
                for name, sql in connection.exec_driver_sql(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'table'"
                )
                if "AUTOINCREMENT" in sql
            }
        assert numbered == record_tables


def test_0005_turns_each_actions_notes_into_its_first_comment(make_db) -> None:
    from alembic import command

    db = make_db("notes.sqlite3")
    config = migrations.alembic_config(db.engine)
    command.downgrade(config, "0004")
    with db.engine.begin() as connection:
        notes = dict(
            connection.exec_driver_sql(
                "SELECT id, notes FROM follow_up_actions WHERE notes IS NOT NULL"
            ).all()
        )
        connection.exec_driver_sql(
            "INSERT INTO action_changes (action_id, changed_at, changed_by, field, new_value)"
            " VALUES (1, '2026-01-05 09:30:00', 'Lê Thị Hoa', 'notes', 'x')"
        )
        connection.execute(
            sa.text("UPDATE follow_up_actions SET notes = :notes, status = 'blocked' WHERE id = 1"),
            {"notes": "Called Kōfu.\nDraft due."},
        )
        connection.exec_driver_sql("UPDATE follow_up_actions SET notes = '  ' WHERE id = 2")
    notes[1] = "Called Kōfu.\nDraft due."
    notes.pop(2, None)
    assert len(notes) >= 3  # the dataset's own notes are carried too

    command.upgrade(config, "head")

    with db.engine.connect() as connection:
        comments = connection.exec_driver_sql(
            "SELECT record_id, author, written_at, text FROM comments WHERE kind = 'action'"
        ).all()
        columns = {c["name"] for c in sa.inspect(connection).get_columns("follow_up_actions")}
        status = connection.exec_driver_sql(
            "SELECT status FROM follow_up_actions WHERE id = 1"
        ).scalar_one()
    assert {c.record_id: c.text for c in comments} == notes
    first = next(c for c in comments if c.record_id == 1)
    assert (first.author, str(first.written_at)) == ("Lê Thị Hoa", "2026-01-05 09:30:00")
    assert {c.author for c in comments if c.record_id != 1} == {"briefing-desk"}
    assert "notes" not in columns and status == "blocked"
    if db.path is not None:  # SQLite: the search index's triggers were put back
        assert _schema_sql(db.engine, "trigger") == _schema_sql(
            make_db("x.sqlite3").engine, "trigger"
        )

    command.downgrade(config, "0004")  # and back: the thread becomes the notes again
    with db.engine.connect() as connection:
        back = dict(
            connection.exec_driver_sql(
                "SELECT id, notes FROM follow_up_actions WHERE notes IS NOT NULL"
            ).all()
        )
    assert back == notes


@pytest.mark.sqlite_only
def test_recreating_tables_keeps_the_ids_of_records_in_the_trash_free(make_db) -> None:
    """A batch recreate restarts SQLite's counter at the highest id left in the table; a record
    in the trash (not in the table) would lose its id to a newcomer, with its comments."""
    from alembic import command

    db = make_db("counters.sqlite3")
    config = migrations.alembic_config(db.engine)
    command.downgrade(config, "0004")
    tables = ("follow_up_actions", "meetings", "localities", "event_facts")

    def counters() -> dict[str, int]:
        with db.engine.connect() as connection:
            return dict(connection.exec_driver_sql("SELECT name, seq FROM sqlite_sequence").all())

    trashed_action = counters()["follow_up_actions"] + 5
    snapshot = json.dumps(
        {
            "rows": [
                [
                    "follow_up_actions",
                    {"id": trashed_action, "notes": "Signed MoU letter received",
                     "updated_at": "2026-11-30T08:15:00"},
                ]
            ],
            "cleared": [],
        }
    )  # fmt: skip
    with db.engine.begin() as connection:
        for table in tables:  # the trash holds the highest ids of each
            connection.exec_driver_sql(
                "UPDATE sqlite_sequence SET seq = seq + 5 WHERE name = ?", (table,)
            )
        connection.exec_driver_sql(
            'INSERT INTO trash (kind, record_id, label, deleted_at, deleted_by, "references",'
            " snapshot) VALUES ('action', ?, 'x', '2026-12-01 10:00:00', 'lan', 0, ?)",
            (trashed_action, snapshot),
        )
    before = counters()

    command.upgrade(config, "head")

    assert {t: counters()[t] for t in tables} == {t: before[t] for t in tables}
    with db.engine.connect() as connection:
        kept = connection.exec_driver_sql(
            "SELECT author, written_at, text FROM comments WHERE record_id = ?", (trashed_action,)
        ).all()
    assert [tuple(map(str, row)) for row in kept] == [
        ("briefing-desk", "2026-11-30 08:15:00.000000", "Signed MoU letter received")
    ]


def test_0008_and_0010_keep_every_english_text_and_downgrades_drop_only_the_versions(
    make_db,
) -> None:
    from alembic import command

    db = make_db("languages.sqlite3")
    config = migrations.alembic_config(db.engine)
    tables = [t for t in m.Base.metadata.sorted_tables if "translations" in t.c]
    assert len(tables) == 12  # 0008's eleven, and comments (0010)

    def english(engine: Engine) -> dict[str, list[tuple[object, ...]]]:
        with engine.connect() as connection:
            return {
                t.name: sorted(
                    tuple(map(str, row))
                    for row in connection.execute(
                        sa.select(*(c for c in t.c if c.name != "translations"))
                    )
                )
                for t in tables
            }

    command.downgrade(config, "0007")
    before = english(db.engine)
    assert sum(map(len, before.values())) > 100

    command.upgrade(config, "head")

    assert english(db.engine) == before
    with db.engine.connect() as connection:
        for table in tables:
            versions = connection.execute(sa.select(table.c.translations)).scalars()
            assert all(v == {} for v in versions), table.name
    with db.engine.begin() as connection:
        connection.exec_driver_sql(
            """UPDATE meetings SET translations = '{"vi": {"title": "Hội đàm"}}'"""
        )
    command.downgrade(config, "0007")
    assert english(db.engine) == before


@pytest.mark.postgresql_only
def test_an_upgrade_grants_the_tables_it_adds_to_the_members(
    make_db, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = make_db()
    name = f"t{os.getpid()}_{secrets.token_hex(3)}"
    team_users.add_member(db.engine, name, OfficeRole.READER, Classification.PUBLIC, "pw 1234")
    _migrations_with_next(tmp_path, monkeypatch)
    upgrade_to_head(db.engine)
    member = sa.create_engine(
        sa.make_url(db.url).set(username=name, password="pw 1234"), poolclass=NullPool
    )
    with member.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM test_extra").scalar_one() == 1
    member.dispose()
