"""What the person using a database may do: their office role and clearance.

On a team server (PostgreSQL) the server enforces both (migration 0011 and store.team_users):
privileges follow the office role, row-level security the clearance. This module reads them,
so the app shows what the user may do and never offers what the server would refuse. The
owner of the tables (who created and migrates the database) and superusers are not subject to
row-level security: they may do everything. On SQLite the one user of the file may do
everything.
"""

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from briefing_app.domain.access import FULL_ACCESS, Access
from briefing_app.domain.enums import Classification, OfficeRole
from briefing_app.domain.errors import UserError
from briefing_app.i18n import QT_TRANSLATE_NOOP
from briefing_app.store.storage_errors import INSUFFICIENT_PRIVILEGE


def owns_tables(connection: Connection) -> bool:
    """True when the session's user bypasses row-level security: a superuser, or the owner of
    the tables (a member of the owning role counts, as PostgreSQL counts it)."""
    return bool(
        connection.execute(
            sa.text(
                "SELECT rolsuper OR pg_has_role(session_user, t.tableowner, 'MEMBER')"
                " FROM pg_roles, pg_tables AS t"
                " WHERE rolname = session_user AND t.schemaname = current_schema()"
                " AND t.tablename = 'follow_up_actions'"
            )
        ).scalar()
    )


def read_access(engine: Engine) -> Access:
    """The access of whoever `engine` logs in as. Raises UserError for a login the office
    has not added on its team server."""
    if engine.dialect.name != "postgresql":
        return FULL_ACCESS
    with engine.connect() as connection:
        user = str(connection.execute(sa.text("SELECT session_user")).scalar_one())
        if owns_tables(connection):
            return Access(FULL_ACCESS.office_role, FULL_ACCESS.clearance, user)
        try:
            row = connection.execute(
                sa.text("SELECT office_role, clearance FROM app_users WHERE name = session_user")
            ).first()
        except sa.exc.ProgrammingError:  # no privilege on the table: not a member either
            row = None
    if row is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{user} is not a member of the office on this team server: an administrator "
                "adds them with `briefing-app db users add {user}`",
            ),
            user=user,
        )
    return Access(OfficeRole(row.office_role), Classification(row.clearance), user)


def _privilege_refused(exc: BaseException) -> bool:
    """Whether the server refused `exc` (or the error it was raised from) for want of a
    privilege."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, sa.exc.DBAPIError):
            return getattr(seen.orig, "sqlstate", None) == INSUFFICIENT_PRIVILEGE
        seen = seen.__cause__ or seen.__context__
    return False


def membership_refusal(engine: Engine, exc: BaseException) -> UserError | None:
    """Why the server refused `exc` when the login is no member of the office: read_access's
    message, which says what to do (a non-member may read no table, so opening the database
    fails on the first one with a bare "permission denied"). None for any other failure."""
    if engine.dialect.name != "postgresql" or not _privilege_refused(exc):
        return None
    try:
        read_access(engine)
    except UserError as refusal:
        return refusal
    except sa.exc.DBAPIError:
        return None
    return None


def require_clearance(engine: Engine, level: Classification) -> None:
    """Refuse a brief or an export marked `level` when the user is not cleared for it: it
    would bear a banner above what they may read (and hold only what they may)."""
    access = read_access(engine)
    if not access.may_read(level):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "your clearance ({clearance}) does not reach {level}: mark it at most {clearance}",
            ),
            clearance=access.clearance,
            level=level,
        )
