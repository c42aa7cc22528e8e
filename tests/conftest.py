"""Shared fixtures. Qt runs offscreen; every test gets its own SQLite file and user folders."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from briefing_app.store.database import OpenedDatabase, open_database


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


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One database migrated and seeded once per test session; tests get copies of it."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    opened = open_database(f"sqlite:///{path}")
    opened.engine.dispose()  # checkpoints the WAL into the main file
    return path


DbFactory = Callable[..., OpenedDatabase]


@pytest.fixture
def make_db(tmp_path: Path, seeded_template: Path) -> Iterator[DbFactory]:
    """Open a fresh database file in this test's folder: seeded (a copy of the template) by
    default, or empty and only migrated with `seed=False`."""
    opened: list[OpenedDatabase] = []

    def factory(name: str = "briefing.sqlite3", *, seed: bool = True) -> OpenedDatabase:
        path = tmp_path / name
        if seed:
            shutil.copyfile(seeded_template, path)
            path.chmod(0o600)
        db = open_database(f"sqlite:///{path}", seed=seed)
        opened.append(db)
        return db

    yield factory
    for db in opened:
        db.engine.dispose()


@pytest.fixture
def seeded_db(make_db: DbFactory) -> OpenedDatabase:
    return make_db()
