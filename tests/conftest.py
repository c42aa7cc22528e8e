"""Shared fixtures. Qt runs offscreen; every test gets its own database and user folders.

The database is a SQLite file, except in the store and service suites (BOTH_BACKENDS), whose
tests that use a database run twice: on SQLite and on PostgreSQL (issue 17), each with a fresh
database of its own (tests/pg_databases.py). A test marked `sqlite_only` (file copies,
PRAGMAs, backup files, WAL) runs on SQLite only, one marked `postgresql_only` on PostgreSQL.
Without BRIEFING_TEST_PG_URL (scripts/test.sh sets it) they all run on SQLite only, as the
report's header says, and the `postgresql_only` ones are skipped.
"""

import importlib.util
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from briefing_app.domain.translations import BASE_LANGUAGE, set_reading_language
from briefing_app.store import server_connection
from briefing_app.store.database import OpenedDatabase, open_database
from memory_keyring import MemoryKeyring
from pg_databases import PG_URL_VARIABLE, PgDatabases

GENERATOR = Path(__file__).resolve().parents[1] / "benchmarks" / "generate.py"

#: Test folders (under tests/) whose database tests run on SQLite and PostgreSQL.
BOTH_BACKENDS = ("unit/store", "unit/services")
BACKENDS = ("sqlite", "postgresql")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only: runs on SQLite only (files, PRAGMAs, backups, WAL)"
    )
    config.addinivalue_line("markers", "postgresql_only: what differs on a database server")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run the database tests of BOTH_BACKENDS on each backend, one module at a time (so a
    module's shared database is made once per backend)."""
    if "backend" not in metafunc.fixturenames:
        return
    folder = metafunc.definition.path.parent.relative_to(Path(__file__).parent).as_posix()
    marked = metafunc.definition.get_closest_marker
    if marked("postgresql_only"):
        metafunc.parametrize("backend", ["postgresql"], scope="module")
    elif folder in BOTH_BACKENDS and not marked("sqlite_only") and os.environ.get(PG_URL_VARIABLE):
        metafunc.parametrize("backend", BACKENDS, scope="module")


def pytest_report_header() -> str:
    if os.environ.get(PG_URL_VARIABLE):
        return "PostgreSQL: the store and service suites also run on the test server"
    return f"PostgreSQL: {PG_URL_VARIABLE} is not set, so every test runs on SQLite only"


@pytest.fixture(scope="session")
def backend() -> str:
    """Which database the tests get; parametrised where both are tested."""
    return "sqlite"


@pytest.fixture(scope="session")
def pg_databases() -> Iterator[PgDatabases]:
    url = os.environ.get(PG_URL_VARIABLE)
    if not url:
        pytest.skip(f"no PostgreSQL server ({PG_URL_VARIABLE} is not set; scripts/test.sh sets it)")
    databases = PgDatabases(url)
    yield databases
    databases.close()


@pytest.fixture(autouse=True)
def isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Keep settings, logs and the default database of every test inside a temporary home."""
    home = tmp_path_factory.mktemp("home")
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(variable, str(home / variable.lower()))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("BRIEFING_DB_URL", raising=False)
    return home


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    """Server passwords (store/server_connection.py) go to a keyring in memory, never the real
    one, and none typed in a test outlives it."""
    import keyring.core

    monkeypatch.setattr(keyring.core, "_keyring_backend", None)  # restored after the test
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    monkeypatch.setattr(server_connection, "_session_passwords", {})
    return backend


@pytest.fixture(autouse=True)
def reading_in_english() -> Iterator[None]:
    """Every test ends reading records in English again: the desktop app (its interface
    language) and the command line (--lang) choose the reading language for the process."""
    yield
    set_reading_language(BASE_LANGUAGE)


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One database migrated and seeded once per test session; tests get copies of it."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    opened = open_database(f"sqlite:///{path}")
    opened.engine.dispose()  # checkpoints the WAL into the main file
    return path


@pytest.fixture(scope="session")
def generated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """benchmarks/generate.py's database at a 500th of its size (400 actions, 40 meetings,
    besides the seeded forum's), written once per test session; tests copy it to write."""
    spec = importlib.util.spec_from_file_location("generate", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    path = tmp_path_factory.mktemp("generated") / "template.sqlite3"
    module.generate(path, scale=0.002)
    return path


DbFactory = Callable[..., OpenedDatabase]


@pytest.fixture
def make_db(tmp_path: Path, backend: str, request: pytest.FixtureRequest) -> Iterator[DbFactory]:
    """Open a fresh database: seeded (a copy of the template) by default, or empty and only
    migrated with `seed=False`. On SQLite a file `name` in this test's folder; on PostgreSQL
    a new database on the test server (`name` only tells a test's databases apart)."""
    opened: list[OpenedDatabase] = []
    if backend == "postgresql":
        databases: PgDatabases = request.getfixturevalue("pg_databases")
    else:
        seeded_template: Path = request.getfixturevalue("seeded_template")

    def factory(name: str = "briefing.sqlite3", *, seed: bool = True) -> OpenedDatabase:
        if backend == "postgresql":
            url = databases.create(seed=seed)
        else:
            path = tmp_path / name
            if seed:
                shutil.copyfile(seeded_template, path)
                path.chmod(0o600)
            url = f"sqlite:///{path}"
        db = open_database(url, seed=seed)
        opened.append(db)
        return db

    yield factory
    for db in opened:
        db.engine.dispose()
        if backend == "postgresql":
            databases.release(db.url)


@pytest.fixture(scope="module")
def shared_db(
    backend: str, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[OpenedDatabase]:
    """One seeded database for the tests of a module that never write (made once per module
    and backend)."""
    if backend == "postgresql":
        databases: PgDatabases = request.getfixturevalue("pg_databases")
        url = databases.create()
    else:
        path = tmp_path_factory.mktemp("shared") / "read-only.sqlite3"
        shutil.copyfile(request.getfixturevalue("seeded_template"), path)
        url = f"sqlite:///{path}"
    db = open_database(url)
    yield db
    db.engine.dispose()
    if backend == "postgresql":
        databases.release(url)


@pytest.fixture
def new_db_url(tmp_path: Path, backend: str, request: pytest.FixtureRequest) -> Iterator[str]:
    """The URL of a new database with nothing in it yet (on SQLite, a file not yet made)."""
    if backend != "postgresql":
        yield f"sqlite:///{tmp_path / 'db.sqlite3'}"
        return
    databases: PgDatabases = request.getfixturevalue("pg_databases")
    url = databases.create_blank()
    yield url
    databases.release(url)


@pytest.fixture
def seeded_db(make_db: DbFactory) -> OpenedDatabase:
    return make_db()
