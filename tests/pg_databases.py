"""Fresh PostgreSQL databases for the tests that run on both backends (issue 17).

The server is the one `scripts/test.sh` starts (scripts/postgres.sh), named by
BRIEFING_TEST_PG_URL. Two template databases are migrated once per test session, one also
seeded; each test gets its own database copied from one of them by CREATE DATABASE …
TEMPLATE (a file copy on the server, much faster than migrating and seeding again), dropped
soon after the test. Names carry the process id, so two test sessions may share one server.
"""

import contextlib
import itertools
import os
from collections.abc import Iterator

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.pool import NullPool

from briefing_app.store.database import open_database

PG_URL_VARIABLE = "BRIEFING_TEST_PG_URL"
#: Released databases are dropped this many at a time (each about 10 MB meanwhile).
DROP_BATCH = 16


class PgDatabases:
    """Creates and drops the test databases on the server of `server_url`."""

    def __init__(self, server_url: str) -> None:
        self._server = sa.make_url(server_url)
        self._admin: Engine = sa.create_engine(
            self._server, poolclass=NullPool, isolation_level="AUTOCOMMIT"
        )
        self._prefix = f"briefing_t{os.getpid()}"
        self._templates: dict[bool, str] = {}
        self._numbers = itertools.count(1)
        self._live: set[str] = set()
        self._released: list[str] = []

    def url(self, database: str) -> str:
        return self._server.set(database=database).render_as_string(hide_password=False)

    def _execute(self, statement: str) -> None:
        with self._admin.connect() as connection:
            connection.exec_driver_sql(statement)

    def _template(self, seed: bool) -> str:
        """The migrated (and, with `seed`, seeded) template, made on first use."""
        if seed not in self._templates:
            name = f"{self._prefix}_{'seeded' if seed else 'empty'}"
            self._execute(f"DROP DATABASE IF EXISTS {name}")
            self._execute(f"CREATE DATABASE {name}")
            self._live.add(name)
            open_database(self.url(name), seed=seed).engine.dispose()
            self._templates[seed] = name
        return self._templates[seed]

    def create(self, *, seed: bool = True) -> str:
        """A new database copied from a template; returns its URL."""
        name = f"{self._prefix}_{next(self._numbers)}"
        self._execute(f"CREATE DATABASE {name} TEMPLATE {self._template(seed)}")
        self._live.add(name)
        return self.url(name)

    def create_blank(self) -> str:
        """A new database with nothing in it (not even the schema); returns its URL."""
        name = f"{self._prefix}_{next(self._numbers)}"
        self._execute(f"CREATE DATABASE {name}")
        self._live.add(name)
        return self.url(name)

    def release(self, url: str) -> None:
        """The test is done with the database at `url`: it is dropped with the next
        DROP_BATCH released ones (a CREATE DATABASE right after a DROP takes twice as long)."""
        name = sa.make_url(url).database
        assert name in self._live and name not in self._released, name
        self._released.append(name)
        if len(self._released) >= DROP_BATCH:
            for released in self._released:
                self._execute(f"DROP DATABASE {released} WITH (FORCE)")
                self._live.discard(released)
            self._released.clear()

    @contextlib.contextmanager
    def outage(self, url: str) -> Iterator[None]:
        """As if the server were down for the database at `url` while the block runs: its
        sessions end, and connecting is refused ('database "…" is not currently accepting
        connections') until the block ends."""
        name = sa.make_url(url).database
        assert name in self._live, name
        self._execute(f"ALTER DATABASE {name} ALLOW_CONNECTIONS false")
        try:
            self._execute(
                "SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity"
                f" WHERE datname = '{name}'"
            )
            yield
        finally:
            self._execute(f"ALTER DATABASE {name} ALLOW_CONNECTIONS true")

    def close(self) -> None:
        for name in sorted(self._live):
            self._execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        self._live.clear()
        self._released.clear()
        self._admin.dispose()


def end_sessions(url: str, condition: str = "TRUE") -> int:
    """End the sessions on `url`'s database that match `condition` (SQL over
    pg_stat_activity), but the one doing it, as an administrator does with
    pg_terminate_backend (`url`'s user must be allowed to: the test server's is a superuser);
    waits until they are gone and returns how many there were."""
    admin = sa.create_engine(url, poolclass=NullPool)
    try:
        with admin.connect() as connection:
            ended = connection.execute(
                sa.text(
                    "SELECT count(pg_terminate_backend(pid, 5000)) FROM pg_stat_activity"
                    " WHERE datname = current_database() AND pid <> pg_backend_pid()"
                    f" AND backend_type = 'client backend' AND ({condition})"
                )
            ).scalar_one()
    finally:
        admin.dispose()
    return int(ended)
