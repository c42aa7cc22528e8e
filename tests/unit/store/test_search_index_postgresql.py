"""The search index on PostgreSQL (migration 0009, issue 17 item 2): the trigram index and the
triggers store.search_index describes, used by the searches, removed by the downgrade; a user
who may not create pg_trgm is told what the server's administrator must run."""

import os
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from alembic import command
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.pool import NullPool

from briefing_app.domain import models as m
from briefing_app.domain.errors import UnusableDatabaseError
from briefing_app.services.search import search_all
from briefing_app.store import migrations, search_index
from briefing_app.store.database import OpenedDatabase
from briefing_app.store.engine import make_engine
from briefing_app.store.migrations import upgrade_to_head
from pg_databases import PgDatabases

pytestmark = pytest.mark.postgresql_only

_OURS = "search\\_index\\_%"


def _functions(connection: Connection) -> dict[str, str]:
    rows = connection.execute(
        sa.text("SELECT proname, prosrc FROM pg_proc WHERE proname LIKE :ours"), {"ours": _OURS}
    )
    return {r[0]: r[1] for r in rows}


def _triggers(connection: Connection) -> dict[str, str]:
    rows = connection.execute(
        sa.text(
            "SELECT tgname, pg_get_triggerdef(oid) FROM pg_trigger"
            " WHERE NOT tgisinternal AND tgname LIKE :ours"
        ),
        {"ours": _OURS},
    )
    return {r[0]: r[1] for r in rows}


def _has_extension(connection: Connection) -> bool:
    found = connection.exec_driver_sql("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
    return found.first() is not None


def test_the_migrated_index_is_the_one_search_index_describes(seeded_db: OpenedDatabase) -> None:
    described = search_index.triggers(search_index.POSTGRESQL)
    with seeded_db.engine.connect() as connection:
        assert _functions(connection) == {
            t.name: f"BEGIN {t.body} RETURN NULL; END" for t in described
        }
        assert _triggers(connection) == {
            t.name: f"CREATE TRIGGER {t.name} AFTER {t.event} ON public.{t.table}"
            f" FOR EACH ROW EXECUTE FUNCTION {t.name}()"
            for t in described
        }
        indexes = connection.exec_driver_sql(
            "SELECT indexdef FROM pg_indexes WHERE tablename = 'search_index'"
        ).scalars()
        assert any("USING gin" in i and "gin_trgm_ops" in i for i in indexes)
    assert len(described) == 40  # SQLite's triggers, one for one


@pytest.mark.parametrize("words", [["%山梨県%"], ["%thanh%", "%hoa%"], ["%a\\%%"], ["%zzz%"]])
def test_the_search_function_finds_what_like_finds_on_the_indexed_text(
    seeded_db: OpenedDatabase, words: list[str]
) -> None:
    """services.search finds words through briefing_search_rows (migration 0011), which reads
    the index as its owner: for the owner it finds exactly the rows LIKE finds on the text the
    trigram index holds (a member's are tested in test_team_access)."""
    text = "(name || ' ' || title || ' ' || body)"
    holding = " AND ".join(f"{text} LIKE :w{i} ESCAPE '\\'" for i in range(len(words)))
    values = {f"w{i}": w for i, w in enumerate(words)}
    with seeded_db.engine.connect() as connection:
        found = connection.execute(
            sa.text("SELECT * FROM briefing_search_rows(:words, 0, 9 * 1099511627776, NULL)"),
            {"words": words},
        ).scalars()
        expected = connection.execute(
            sa.text(f"SELECT rowid FROM search_index WHERE {holding}"), values
        ).scalars()
        assert sorted(found) == sorted(expected)


def test_the_downgrade_removes_what_0009_created(seeded_db: OpenedDatabase) -> None:
    engine = seeded_db.engine
    config = migrations.alembic_config(engine)
    command.downgrade(config, "0008")
    with engine.connect() as connection:
        assert not search_index.has_index(connection)
        assert _functions(connection) == {}
        assert _triggers(connection) == {}
        assert not _has_extension(connection)  # this user created it; nothing else uses it
        connection.execute(sa.update(m.Locality).values(name_folded="x"))  # no trigger left
        connection.rollback()

    command.upgrade(config, "head")
    with engine.connect() as connection:
        assert _has_extension(connection)
        assert len(_triggers(connection)) == 40
    assert search_all(engine, "山梨")[0].hits[0].title == "Yamanashi"


@pytest.fixture
def plain_user(pg_databases: PgDatabases) -> Iterator[tuple[str, Engine]]:
    """A new, empty database, the URL of a user who may create tables in it but not
    extensions, and an administrator's engine on it."""
    url = sa.make_url(pg_databases.create_blank())
    role, password = f"briefing_plain_{os.getpid()}", "plain-user-password"
    admin = sa.create_engine(url, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f"CREATE ROLE {role} LOGIN PASSWORD '{password}'")
        connection.exec_driver_sql(f"GRANT CONNECT ON DATABASE {url.database} TO {role}")
        connection.exec_driver_sql(f"GRANT USAGE, CREATE ON SCHEMA public TO {role}")
    yield url.set(username=role, password=password).render_as_string(hide_password=False), admin
    with admin.connect() as connection:
        connection.exec_driver_sql(f"DROP OWNED BY {role}")
        connection.exec_driver_sql(f"DROP ROLE {role}")
    admin.dispose()
    pg_databases.release(url.render_as_string(hide_password=False))


def test_a_user_who_may_not_create_pg_trgm_is_told_what_to_ask_for(
    plain_user: tuple[str, Engine],
) -> None:
    url, admin = plain_user
    engine = make_engine(url)
    try:
        with pytest.raises(UnusableDatabaseError) as refused:
            upgrade_to_head(engine)
        message = str(refused.value)
        assert "\n" not in message
        assert "pg_trgm" in message and "permission denied" in message
        assert "an administrator must" in message
        assert "CREATE EXTENSION pg_trgm;" in message
        assert sa.inspect(engine).get_table_names() == []  # nothing was changed

        with admin.connect() as connection:  # what the message asks the administrator to do
            connection.exec_driver_sql("CREATE EXTENSION pg_trgm")
        upgrade_to_head(engine)
        with engine.connect() as connection:
            assert search_index.has_index(connection)
        command.downgrade(migrations.alembic_config(engine), "0008")
        with engine.connect() as connection:
            assert not search_index.has_index(connection)
            assert _has_extension(connection)  # the administrator's: theirs to drop
    finally:
        engine.dispose()


def test_the_search_function_gives_the_newest_rows_when_asked(seeded_db: OpenedDatabase) -> None:
    call = "SELECT * FROM briefing_search_rows(ARRAY['%a%'], 0, 9 * 1099511627776, :newest)"
    with seeded_db.engine.connect() as connection:
        every = sorted(connection.execute(sa.text(call), {"newest": None}).scalars())
        newest = list(connection.execute(sa.text(call), {"newest": 3}).scalars())
    assert len(every) > 3
    assert newest == every[::-1][:3]
