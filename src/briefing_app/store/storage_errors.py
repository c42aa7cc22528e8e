"""What a database failure means to its user, in one line (issue 17, item 5).

The one mapping from the driver's errors (sqlite3's for a file, psycopg's for the team server,
as SQLAlchemy wraps them) to the UserError kinds of domain/errors.py. The command line prints
it (cli.py), the desktop app shows it translated (ui/errors.py), and opening a database
(store/migrations.py) and a write unit of work (store/unit_of_work.py) raise it.

A message names the server as HOST:PORT and quotes the server's own reason ("permission denied
for table …", "Connection refused"), never the password: libpq's messages do not hold it. Why a
connection could not be made is told by server_connection.connection_problem.

Reconnecting, where it is safe:
- the engine tests each pooled connection before handing it out (`pool_pre_ping`,
  store/engine.py): one the server dropped while it was idle is replaced unnoticed;
- a read whose connection drops while it runs is run once more on a new connection
  (`read_again_if_lost`, used by the desktop app's reads, ui/operations.py): it changes nothing;
- a write is never run again by itself. Its connection may drop before COMMIT (nothing was
  stored) or during it (it may have been): `writing` raises ConnectionLostError saying which,
  and a versioned edit then looks whether the record holds what it sent at the version it would
  have made (services/record_kinds/editing.py): saved, else "nothing was saved — try again".
"""

from collections.abc import Callable
from typing import TypeVar

import sqlalchemy as sa

from briefing_app.domain.errors import (
    ConnectionLostError,
    PasswordRefusedError,
    PermissionRefusedError,
    ServerUnreachableError,
    StorageError,
)
from briefing_app.i18n import QT_TRANSLATE_NOOP
from briefing_app.store.server_connection import ConnectionProblem, connection_problem

T = TypeVar("T")

# PostgreSQL's SQLSTATE for a refused privilege, and for row-level security's refusals.
INSUFFICIENT_PRIVILEGE = "42501"
# SQLSTATE class of an operator's intervention: shutdown, restart, connection ended.
OPERATOR_INTERVENTION = "57"

LOST = QT_TRANSLATE_NOOP(
    "Messages",
    "the connection to the team server was lost ({reason}); nothing was saved — try again",
)
LOST_AT_COMMIT = QT_TRANSLATE_NOOP(
    "Messages",
    "the connection to the team server was lost ({reason}) as a change was being stored, so it "
    "may have been saved: look before saving it again",
)


def first_line(error: BaseException | None) -> str:
    """The first line of the driver's reason ('permission denied for table comments')."""
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def _connect_reason(error: BaseException | None) -> str:
    """Why a connection failed, without libpq's preamble: 'Connection refused', 'password
    authentication failed for user "desk"', 'database "x" does not exist'."""
    return first_line(error).rsplit(" failed: ", 1)[-1].replace("FATAL:", "").strip()


def connection_lost(exc: sa.exc.DBAPIError) -> bool:
    """Whether `exc` says the connection dropped while in use (not: could not be made)."""
    state = str(getattr(exc.orig, "sqlstate", None) or "")
    return exc.connection_invalidated or (
        state.startswith(OPERATOR_INTERVENTION) and state != "57014"  # 57014: a cancelled query
    )


def lost_while_writing(exc: sa.exc.DBAPIError, *, at_commit: bool) -> ConnectionLostError:
    """A write's dropped connection: before COMMIT nothing was stored; during it, maybe."""
    return ConnectionLostError(LOST_AT_COMMIT if at_commit else LOST, reason=first_line(exc.orig))


def read_again_if_lost(read: Callable[[], T]) -> T:
    """`read()`, run once more when its connection dropped while it ran (the pool then hands
    out a new one). Only for reads: running them twice changes nothing."""
    try:
        return read()
    except sa.exc.DBAPIError as exc:
        if not connection_lost(exc):
            raise
    return read()


def _server(error: BaseException | None) -> str | None:
    """HOST:PORT of the server a failed connection attempt was made to (psycopg keeps the
    attempt's settings), or None when the driver does not say."""
    pgconn = getattr(error, "pgconn", None)
    host, port = getattr(pgconn, "host", None), getattr(pgconn, "port", None)
    if not host:
        return None
    return f"{host.decode(errors='replace')}:{(port or b'5432').decode(errors='replace')}"


def _user(error: BaseException | None) -> str:
    user = getattr(getattr(error, "pgconn", None), "user", None)
    return user.decode(errors="replace") if user else "?"


def _not_connected(exc: sa.exc.DBAPIError) -> StorageError:
    """A connection to the server could not be made."""
    error, reason = exc.orig, _connect_reason(exc.orig)
    server = _server(error)
    problem = connection_problem(exc)
    if problem is ConnectionProblem.WRONG_PASSWORD:
        return PasswordRefusedError(
            QT_TRANSLATE_NOOP(
                "Messages", "the team server {server} refused the password for {user}"
            ),
            server=server or "?",
            user=_user(error),
        )
    if problem is ConnectionProblem.PASSWORD_NEEDED:
        return PasswordRefusedError(
            QT_TRANSLATE_NOOP(
                "Messages", "the team server {server} needs a password for {user}; none was given"
            ),
            server=server or "?",
            user=_user(error),
        )
    if "the database system is" in reason:  # starting up, shutting down, in recovery
        return ServerUnreachableError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "the team server {server} is starting up or shutting down ({reason}); try again "
                "in a moment",
            ),
            server=server or "?",
            reason=reason,
        )
    if server is None:  # the name did not resolve, or nothing answered in time
        return ServerUnreachableError(
            QT_TRANSLATE_NOOP("Messages", "cannot reach the team server ({reason})"), reason=reason
        )
    return ServerUnreachableError(
        QT_TRANSLATE_NOOP("Messages", "cannot reach the team server {server} ({reason})"),
        server=server,
        reason=reason,
    )


def _on_a_server(exc: sa.exc.DBAPIError) -> bool:
    return type(exc.orig).__module__.startswith("psycopg")


def _connecting(exc: sa.exc.DBAPIError) -> bool:
    """Whether `exc` comes from opening a connection (no statement ran; SQLAlchemy wraps a
    failed connect without one)."""
    return (
        connection_problem(exc) is not None
        or isinstance(exc, sa.exc.OperationalError)
        and exc.statement is None
        and not exc.connection_invalidated
    )


def _refused(exc: sa.exc.DBAPIError) -> StorageError:
    """A refusal of SQLite's, or another of the server's, with what to do where it is clear."""
    reason = first_line(exc.orig)
    if isinstance(exc, sa.exc.IntegrityError):  # a duplicate the checks before it missed
        return StorageError(
            QT_TRANSLATE_NOOP(
                "Messages", "the database refused the change, nothing was saved: {reason}"
            ),
            reason=reason,
        )
    if not isinstance(exc, sa.exc.OperationalError):
        return StorageError(
            QT_TRANSLATE_NOOP("Messages", "the database reported a problem: {reason}"),
            reason=reason,
        )
    if "readonly" in reason or "read-only" in reason:
        return StorageError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "the database refused the operation: {reason} (the file or its disk is read-only: "
                "copy it somewhere writable)",
            ),
            reason=reason,
        )
    if "disk is full" in reason:
        return StorageError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "the database refused the operation: {reason} (the disk is full: free some space)",
            ),
            reason=reason,
        )
    return StorageError(
        QT_TRANSLATE_NOOP("Messages", "the database refused the operation: {reason}"),
        reason=reason,
    )


def storage_error(exc: sa.exc.DBAPIError) -> StorageError | None:
    """The user's account of `exc`; None for a bug (a statement the database could not run:
    it goes to the crash log)."""
    if _on_a_server(exc):
        if _connecting(exc):
            return _not_connected(exc)
        if connection_lost(exc):
            return ConnectionLostError(LOST, reason=first_line(exc.orig))
        if getattr(exc.orig, "sqlstate", None) == INSUFFICIENT_PRIVILEGE:
            if "row-level security" in str(exc.orig):  # a record above the user's clearance
                return PermissionRefusedError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "your clearance does not reach this classification: you may not write "
                        "a record you could not read; nothing was saved",
                    )
                )
            reading = (exc.statement or "").lstrip().upper().startswith("SELECT")
            return PermissionRefusedError(
                QT_TRANSLATE_NOOP("Messages", "your account may not read this ({reason})")
                if reading
                else QT_TRANSLATE_NOOP("Messages", "your account may not change this ({reason})"),
                reason=first_line(exc.orig),
            )
    if isinstance(exc, sa.exc.ProgrammingError):
        return None
    return _refused(exc)
