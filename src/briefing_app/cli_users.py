"""`briefing-app db users`: the office's members on a team server (store.team_users)."""

import argparse
import getpass
import sys
from typing import TYPE_CHECKING, Any

from briefing_app.cli_format import table, to_json
from briefing_app.domain.enums import Classification, OfficeRole
from briefing_app.domain.errors import UserError
from briefing_app.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the parser is built without SQLAlchemy (issue 16)
    from sqlalchemy.engine import Engine

_ROLES = [r.value for r in OfficeRole]
_LEVELS = [c.value for c in Classification]


def add_user_commands(
    db_commands: Any, *, db_option: argparse.ArgumentParser, json_option: argparse.ArgumentParser
) -> None:
    users = db_commands.add_parser(
        "users",
        parents=[db_option, json_option],
        help="the office's members on a team server: office role and clearance",
    )
    actions = users.add_subparsers(dest="users_command", metavar="ACTION")
    actions.add_parser("list", parents=[db_option, json_option], help="every member (default)")
    password = argparse.ArgumentParser(add_help=False)
    password.add_argument(
        "--password",
        action="store_true",
        help="set the login's password: asked for, or read from standard input when it is "
        "not a terminal (sent as a SCRAM verifier, never in clear; a login that exists "
        "already: the database's owner only)",
    )
    add = actions.add_parser("add", parents=[db_option, password], help="make a login a member")
    add.add_argument("name", help="the login name on the server (created if missing)")
    add.add_argument("--role", choices=_ROLES, required=True, help="what they may do")
    add.add_argument("--clearance", choices=_LEVELS, required=True, help="what they may read")
    change = actions.add_parser("set", parents=[db_option, password], help="change a member")
    change.add_argument("name")
    change.add_argument("--role", choices=_ROLES)
    change.add_argument("--clearance", choices=_LEVELS)
    remove = actions.add_parser("remove", parents=[db_option], help="revoke a membership")
    remove.add_argument("name")


def _password() -> str:
    if sys.stdin.isatty():
        first = getpass.getpass("password: ")
        if first != getpass.getpass("password again: "):
            raise UserError(
                QT_TRANSLATE_NOOP("Messages", "the two passwords differ; nothing was changed")
            )
    else:
        first = sys.stdin.readline().rstrip("\n")
    if not first:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "the password is empty; nothing was changed"))
    return first


def cmd_users(args: argparse.Namespace, engine: "Engine") -> None:
    from briefing_app.store import team_users

    command = args.users_command or "list"
    if command == "list":
        members = team_users.list_members(engine)
        if getattr(args, "json", False):
            print(
                to_json(
                    [
                        {
                            "name": m.name,
                            "office_role": m.office_role.value,
                            "clearance": m.clearance.value,
                            "can_log_in": m.can_log_in,
                        }
                        for m in members
                    ]
                )
            )
            return
        rows = [
            [m.name, m.office_role.value, m.clearance.value, "yes" if m.can_log_in else "no"]
            for m in members
        ]
        print(table(["name", "office role", "clearance", "can log in"], rows))
        print(f"{len(members)} members")
    elif command == "add":
        name = team_users.checked_name(args.name)
        password = _password() if args.password else None
        member = team_users.add_member(
            engine, name, OfficeRole(args.role), Classification(args.clearance), password
        )
        print(f"{member.name} added: {member.office_role.value}, cleared for {member.clearance}")
    elif command == "set":
        if args.role is None and args.clearance is None and not args.password:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Messages", "say what changes: --role, --clearance, --password or more"
                )
            )
        member = team_users.set_member(
            engine,
            args.name,
            OfficeRole(args.role) if args.role else None,
            Classification(args.clearance) if args.clearance else None,
            _password() if args.password else None,
        )
        print(f"{member.name}: {member.office_role.value}, cleared for {member.clearance}")
    else:
        team_users.remove_member(engine, args.name)
        print(f"{args.name} is no longer a member (the login role stays on the server)")
