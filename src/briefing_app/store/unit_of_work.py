"""Short units of work: one session, one transaction, closed before the user thinks again."""

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from briefing_app.store.change_notices import announcing
from briefing_app.store.engine import writer


@contextmanager
def reading(engine: Engine) -> Iterator[Session]:
    """A read-only unit of work (a deferred transaction, rolled back at the end)."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
        finally:
            session.rollback()


@contextmanager
def writing(engine: Engine) -> Iterator[Session]:
    """A write unit of work: takes the write lock at once, commits on success, else rolls back.
    On PostgreSQL what it changed is announced to the other instances as it commits
    (store/change_notices.py)."""
    with (
        Session(writer(engine), expire_on_commit=False) as session,
        session.begin(),
        announcing(session, engine),
    ):
        yield session
