"""The office's members on a team server (`briefing-app db users`): who may log in, with
which office role and clearance.

A member is a PostgreSQL login role plus a row of `app_users`. Members are changed only
through migration 0011's functions, which run as the owner of the tables and check their
caller on the server (the owner, or an administrator who changes neither themselves nor
anybody cleared above them, and clears nobody above themselves): `briefing_put_member`,
`briefing_drop_member`. The office role becomes the login's privileges on this database's
tables, granted by the owner table by table (a reader may select, an editor and an
administrator also insert, update and delete), so that the owner can take every one back;
the clearance is read by 0011's row-level security policies. Privileges are granted per
database, never through a group role shared by the server's other databases.
`grant_members` grants them again after a migration added tables. The checks here only
word the server's refusals before it makes them.

A password is sent to the server as a SCRAM-SHA-256 verifier computed here, never in clear
(a server logging statements would log a clear one).
"""

import base64
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from briefing_app.domain import models as m
from briefing_app.domain.enums import Classification, OfficeRole
from briefing_app.domain.errors import UserError
from briefing_app.i18n import QT_TRANSLATE_NOOP
from briefing_app.store.team_access import owns_tables

# Login names the office may use: what PostgreSQL accepts unquoted, plus dots and hyphens
# ("lan.nguyen"); at most 63 bytes, the server's limit.
NAME_PATTERN = re.compile(r"[a-z_][a-z0-9_.\-]{0,62}")
_SCRAM_ITERATIONS = 4096


@dataclass(frozen=True)
class Member:
    """One member of the office on the server."""

    name: str
    office_role: OfficeRole
    clearance: Classification
    # False when the login role is missing or may not log in (the row is kept)
    can_log_in: bool


def _require_server(engine: Engine) -> None:
    if engine.dialect.name != "postgresql":
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "members and clearances are kept on a team server (PostgreSQL); a database "
                "file on this computer has one user, who may do everything",
            )
        )


def checked_name(name: str) -> str:
    """`name` if it can be a member's login name, else UserError."""
    if NAME_PATTERN.fullmatch(name) is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{name} cannot be a login name: use lower-case letters, digits, '_', '.' or "
                "'-', starting with a letter or '_', at most 63 characters",
            ),
            name=name,
        )
    return name


def scram_verifier(password: str) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL stores for `password` (RFC 5802, 7677)."""
    salt = secrets.token_bytes(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, _SCRAM_ITERATIONS)
    client_key = hmac.digest(salted, b"Client Key", "sha256")
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.digest(salted, b"Server Key", "sha256")

    def b64(data: bytes) -> str:
        return base64.b64encode(data).decode()

    return f"SCRAM-SHA-256${_SCRAM_ITERATIONS}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


def _put(
    connection: Connection,
    name: str,
    office_role: OfficeRole,
    clearance: Classification,
    verifier: str | None,
) -> None:
    connection.execute(
        sa.text("SELECT briefing_put_member(:name, :office, :clearance, :verifier)"),
        {
            "name": name,
            "office": office_role.value,
            "clearance": clearance.value,
            "verifier": verifier,
        },
    )


def _refuse_changing_yourself(connection: Connection, name: str) -> None:
    if name == connection.execute(sa.text("SELECT session_user")).scalar_one() and not (
        owns_tables(connection)
    ):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "you cannot change your own membership ({name}): ask another administrator",
            ),
            name=name,
        )


def _member_row(connection: Connection, name: str) -> sa.Row[OfficeRole, Classification] | None:
    return connection.execute(
        sa.select(m.AppUser.office_role, m.AppUser.clearance).where(m.AppUser.name == name)
    ).first()


def _not_a_member(name: str) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP("Messages", "{name} is not a member of the office on this server"),
        name=name,
    )


def list_members(engine: Engine) -> list[Member]:
    """Every member, by name."""
    _require_server(engine)
    with engine.connect() as connection:
        rows = connection.execute(
            sa.text(
                "SELECT u.name, u.office_role, u.clearance, coalesce(r.rolcanlogin, false)"
                " FROM app_users AS u LEFT JOIN pg_roles AS r ON r.rolname = u.name"
                " ORDER BY u.name"
            )
        ).all()
    return [
        Member(name, OfficeRole(role), Classification(clearance), bool(can_log_in))
        for name, role, clearance, can_log_in in rows
    ]


def add_member(
    engine: Engine,
    name: str,
    office_role: OfficeRole,
    clearance: Classification,
    password: str | None = None,
) -> Member:
    """Make `name` a member: the login role is created when the server lacks it (with
    `password`, else without one: it then logs in the server's other ways, or not at all
    until a password is set), its privileges granted and its clearance recorded."""
    _require_server(engine)
    checked_name(name)
    with engine.begin() as connection:
        _refuse_changing_yourself(connection, name)
        if _member_row(connection, name) is not None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{name} is a member already: change their role or clearance with "
                    "`briefing-app db users set {name}`",
                ),
                name=name,
            )
        verifier = None if password is None else scram_verifier(password)
        _put(connection, name, office_role, clearance, verifier)
    return Member(name, office_role, clearance, True)


def set_member(
    engine: Engine,
    name: str,
    office_role: OfficeRole | None = None,
    clearance: Classification | None = None,
    password: str | None = None,
) -> Member:
    """Change a member's office role, clearance and/or password (the server lets only the
    owner set another login's password)."""
    _require_server(engine)
    with engine.begin() as connection:
        _refuse_changing_yourself(connection, name)
        row = _member_row(connection, name)
        if row is None:
            raise _not_a_member(name)
        role = office_role or OfficeRole(row.office_role)
        level = clearance or Classification(row.clearance)
        verifier = None if password is None else scram_verifier(password)
        _put(connection, name, role, level, verifier)
    return Member(name, role, level, True)


def remove_member(engine: Engine, name: str) -> None:
    """`name` is no longer a member: their privileges on this database are revoked and their
    row removed. The login role stays (it may be used on other databases of the server);
    the server's administrator drops it with DROP ROLE when it is no longer needed."""
    _require_server(engine)
    with engine.begin() as connection:
        _refuse_changing_yourself(connection, name)
        if _member_row(connection, name) is None:
            raise _not_a_member(name)
        connection.execute(sa.text("SELECT briefing_drop_member(:name)"), {"name": name})


def has_members_table(connection: Connection) -> bool:
    """True once migration 0011 made the members' table."""
    return sa.inspect(connection).has_table(m.AppUser.__tablename__)


def grant_members(connection: Connection) -> None:
    """Grant every member their role's privileges again (after a migration added tables)."""
    for name in connection.execute(sa.select(m.AppUser.name)).scalars():
        connection.execute(sa.text("SELECT briefing_grant_member(:name)"), {"name": name})
