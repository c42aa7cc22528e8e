"""Short units of work: one session, one transaction, closed before the user thinks again."""

from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from briefing_app.store.change_notices import announcing
from briefing_app.store.engine import writer
from briefing_app.store.storage_errors import connection_lost, lost_while_writing


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
    (store/change_notices.py). A connection to the server that drops meanwhile is a
    ConnectionLostError saying whether the change may have been stored (it dropped during
    COMMIT) or certainly was not (before it)."""
    committing = False

    def before_commit(_session: Session) -> None:
        nonlocal committing
        committing = True

    try:
        with Session(writer(engine), expire_on_commit=False) as session:
            event.listen(session, "before_commit", before_commit)
            with session.begin(), announcing(session, engine):
                yield session
    except sa.exc.DBAPIError as exc:
        if not connection_lost(exc):
            raise
        raise lost_while_writing(exc, at_commit=committing) from exc
