"""`briefing-app`: with no sub-command the desktop app, otherwise the scriptable commands of
DESIGN §3. Exit codes: 0 ok, 1 a user error (one line on stderr), 2 a usage error.

Building the parser imports no SQLAlchemy, Qt or ReportLab (`--version` and `--help` stay as
quick as Python itself, issue 16): each command imports the services it needs when it runs."""

import argparse
import sys
import warnings
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from briefing_app import cli_records, cli_threads, cli_users
from briefing_app.briefing.options import BriefingOptions, OfficialHeading, Paper, Section
from briefing_app.cli_format import table, to_json
from briefing_app.cli_input import database_argument, file_path, os_error_text, printable, record_id
from briefing_app.config import (
    acting_user,
    database_url,
    read_official,
    read_user,
    to_url,
)
from briefing_app.crash_log import write_crash_log
from briefing_app.domain.enums import ActionStatus, Classification, ExportFormat, Recurrence
from briefing_app.domain.errors import UserError
from briefing_app.domain.text import clean_text
from briefing_app.domain.translations import set_reading_language
from briefing_app.domain.typed_dates import is_usual_year, parse_typed_due, unusual_year_error
from briefing_app.i18n import Language, environment_language
from briefing_app.launch import (  # the top level, for the desktop app and the commands
    PROG,
    Parser,
    database_option,
    run_gui,
    top_parser,
)

if TYPE_CHECKING:
    from briefing_app.store.database import OpenedDatabase


def _status(text: str) -> ActionStatus:
    try:
        return ActionStatus(text.strip().lower().replace(" ", "_").replace("-", "_"))
    except ValueError:
        choices = ", ".join(s.value for s in ActionStatus)
        raise argparse.ArgumentTypeError(
            f"unknown status {text!r} (choose from {choices})"
        ) from None


#: Argument types with their limits (issue 18): ids to the database's integer range, paths to
#: the file system's name lengths.
_positive_int = record_id
_database_argument = database_argument


def build_parser() -> argparse.ArgumentParser:
    db_option = database_option()
    json_option = Parser(add_help=False)
    json_option.add_argument("--json", action="store_true", help="print JSON (UTF-8)")
    language_option = Parser(add_help=False)
    language_option.add_argument(
        "--lang",
        choices=[x.value for x in Language],
        help="language of the records' texts, falling back to another where a text has no "
        "version in it (default: from LC_ALL, LC_MESSAGES or LANG, else en)",
    )

    parser = top_parser(db_option)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    db = commands.add_parser("db", parents=[db_option], help="create, migrate, check, back up")
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_commands.add_parser("init", parents=[db_option], help="create, migrate and seed")
    db_commands.add_parser("upgrade", parents=[db_option], help="migrate to this version")
    db_commands.add_parser("check", parents=[db_option], help="integrity and schema check")
    backup = db_commands.add_parser("backup", parents=[db_option], help="copy to a new file")
    backup.add_argument("dest", type=file_path)
    restore = db_commands.add_parser("restore", parents=[db_option], help="replace from a backup")
    restore.add_argument("src", type=file_path)
    db_commands.add_parser("reindex", parents=[db_option], help="rebuild the search index")
    copy = db_commands.add_parser(
        "copy", parents=[db_option], help="copy into a new, empty database (SQLite or PostgreSQL)"
    )
    copy.add_argument(
        "--to", type=_database_argument, required=True, metavar="PATH_OR_URL", help="where to"
    )
    cli_users.add_user_commands(db_commands, db_option=db_option, json_option=json_option)

    list_cmd = commands.add_parser(
        "list", parents=[db_option, json_option, language_option], help="list records"
    )
    list_cmd.add_argument("kind", choices=[*_LEGACY_LISTS, *cli_records.KINDS])
    list_cmd.add_argument("--search", metavar="TEXT", help="words to look for (accents optional)")
    list_cmd.add_argument("--status", type=_status, action="append", help="actions only")
    list_cmd.add_argument("--overdue", action="store_true", help="actions only: open, past due")

    show = commands.add_parser(
        "show", parents=[db_option, json_option, language_option], help="one record"
    )
    show.add_argument("kind", choices=cli_records.KINDS)
    show.add_argument("id", type=_positive_int)

    action = commands.add_parser("action", parents=[db_option], help="change an action")
    action_commands = action.add_subparsers(dest="action_command", metavar="ACTION", required=True)
    update = action_commands.add_parser(
        "update",
        parents=[db_option, json_option],
        help="change status, due date, owner, assignee, repeat; add a comment",
    )
    update.add_argument("id", type=_positive_int)
    update.add_argument("--status", type=_status)
    update.add_argument(
        "--due",
        metavar="DATE",
        help="15/03/2026, 03/2026, Q1/2026, 2026 (day first; ISO 2026-03-15 too) or none",
    )
    update.add_argument(
        "--force", action="store_true", help="keep a due date whose year is outside 1945-2100"
    )
    update.add_argument("--owner", metavar="TEXT", help="a locality, organisation or person")
    update.add_argument("--note", metavar="TEXT", help="a comment to add to the action's thread")
    update.add_argument(
        "--assignee", metavar="NAME", help="the member of the office who carries it (or none)"
    )
    update.add_argument(
        "--repeat",
        choices=["monthly", "quarterly", "yearly", "none"],
        help="a recurring action: done creates the next occurrence one period later",
    )
    update.add_argument(
        "--if-version", type=_positive_int, metavar="N", help="refuse if the action moved on"
    )
    update.add_argument(
        "--by",
        metavar="NAME",
        help="who makes the change (default: your name in the app, else login)",
    )

    brief_options = Parser(add_help=False)
    brief_options.add_argument(
        "-o",
        "--output",
        type=file_path,
        required=True,
        metavar="FILE.pdf|FILE.docx",
        help="the file to write: a Word document when it ends in .docx, else a PDF",
    )
    brief_options.add_argument(
        "--classification",
        choices=[c.value for c in Classification],
        default=Classification.PUBLIC.value,
        help="the export's level: nothing above it is printed (default: public)",
    )
    brief_options.add_argument(
        "--lang",
        choices=[x.value for x in Language],
        help="language of the labels and the records' texts (default: from LC_ALL, "
        "LC_MESSAGES or LANG, else en)",
    )
    brief_options.add_argument("--paper", choices=[x.value for x in Paper], default="a4")
    brief_options.add_argument(
        "--office", metavar="TEXT", help="office name (default: the desktop app's)"
    )
    brief_options.add_argument(
        "--prepared-by",
        metavar="TEXT",
        help="default: your name in the app's Preferences (none if not given)",
    )
    brief_options.add_argument(
        "--official",
        action="store_true",
        help="Vietnamese official format (Decree 30/2020/NĐ-CP; with --lang vi): issuing "
        "agency and signer from the app's Preferences",
    )
    brief_options.add_argument(
        "--recipient",
        action="append",
        metavar="TEXT",
        help="with --official: a recipient listed under Nơi nhận (repeat for more)",
    )
    brief_options.add_argument(
        "--comments",
        action="store_true",
        help="print the follow-up actions' comment threads (the office's working notes)",
    )
    brief_options.add_argument(
        "--omit", choices=[x.value for x in Section], action="append", help="leave a section out"
    )
    brief = commands.add_parser(
        "brief", parents=[db_option], help="write a briefing (PDF, or Word with -o FILE.docx)"
    )
    brief_kinds = brief.add_subparsers(dest="brief_kind", metavar="KIND", required=True)
    for kind, about in (
        ("meeting", "meeting brief"),
        ("delegation", "delegation brief: purpose, visit, members, programme"),
        ("locality", "locality brief"),
        ("forum", "forum briefing book of an event"),
    ):
        one = brief_kinds.add_parser(kind, parents=[db_option, brief_options], help=about)
        one.add_argument("id", type=_positive_int)
    pair = brief_kinds.add_parser(
        "pair", parents=[db_option, brief_options], help="counterpart brief on two localities"
    )
    pair.add_argument("ids", type=_positive_int, nargs=2, metavar="ID")
    tracker = brief_kinds.add_parser(
        "actions", parents=[db_option, brief_options], help="action tracker"
    )
    tracker.add_argument("--search", metavar="TEXT", help="words to look for (accents optional)")
    tracker.add_argument("--status", type=_status, action="append")
    tracker.add_argument("--overdue", action="store_true", help="open, past due")
    tracker.add_argument("--group-by", choices=["owner", "locality"], default="owner")

    export = commands.add_parser("export", parents=[db_option], help="write actions to a file")
    export_kinds = export.add_subparsers(dest="export_kind", metavar="KIND", required=True)
    export_actions = export_kinds.add_parser(
        "actions", parents=[db_option, language_option], help="CSV, Excel, JSON or iCalendar"
    )
    export_actions.add_argument(
        "--format", choices=[f.value for f in ExportFormat], help="default: from -o"
    )
    export_actions.add_argument("-o", "--output", type=file_path, required=True, metavar="FILE")
    export_actions.add_argument("--search", metavar="TEXT", help="words to look for")
    export_actions.add_argument("--status", type=_status, action="append")
    export_actions.add_argument("--overdue", action="store_true", help="open, past due")
    export_actions.add_argument(
        "--classification",
        choices=[c.value for c in Classification],
        default=Classification.PUBLIC.value,
        help="the export's level: nothing above it is written (default: public)",
    )
    import_cmd = commands.add_parser("import", parents=[db_option], help="read actions from a file")
    import_kinds = import_cmd.add_subparsers(dest="import_kind", metavar="KIND", required=True)
    import_actions = import_kinds.add_parser(
        "actions", parents=[db_option], help="CSV, Excel or JSON; all or nothing"
    )
    import_actions.add_argument("file", type=file_path)
    import_actions.add_argument("--dry-run", action="store_true", help="show, change nothing")
    import_actions.add_argument(
        "-v", "--verbose", action="store_true", help="list every changed row or problem"
    )
    import_actions.add_argument(
        "--by",
        metavar="NAME",
        help="who makes the change (default: your name in the app, else login)",
    )
    cli_records.add_record_commands(
        commands, db_option=db_option, language_option=language_option, id_type=_positive_int
    )
    cli_threads.add_thread_commands(
        commands, db_option=db_option, json_option=json_option, id_type=_positive_int
    )
    return parser


def _open(args: argparse.Namespace) -> "OpenedDatabase":
    from briefing_app.store.database import open_database

    return open_database(database_url(getattr(args, "db", None)))


def _print_rows(
    args: argparse.Namespace,
    rows: Sequence[Any],
    headers: list[str],
    cells: Callable[[Any], list[Any]],
) -> None:
    if args.json:
        print(to_json([r.as_json() for r in rows]))
    else:
        print(table(headers, [cells(r) for r in rows]))


#: The lists the first command line had (plural), with columns of their own; the singular of
#: these four names the same list.
_LEGACY_LISTS = {
    "delegations": "delegations",
    "meetings": "meetings",
    "actions": "actions",
    "localities": "localities",
    "delegation": "delegations",
    "meeting": "meetings",
    "action": "actions",
    "locality": "localities",
}


def cmd_list(args: argparse.Namespace) -> None:
    from briefing_app.services import queries

    kind = _LEGACY_LISTS.get(args.kind)
    if kind != "actions" and (args.status or args.overdue):
        raise UserError("--status and --overdue apply to actions only")
    if kind is None:
        cli_records.cmd_list(args, _open(args))
        return
    args.kind = kind
    engine = _open(args).engine
    if args.kind == "localities":
        rows: Sequence[Any] = queries.list_localities(engine, args.search)
        _print_rows(
            args,
            rows,
            ["ID", "COUNTRY", "KIND", "NAME", "NATIVE"],
            lambda r: [r.id, r.country.value, r.kind.value, r.name, r.name_native],
        )
    elif args.kind == "delegations":
        rows = queries.list_delegations(engine, args.search)
        _print_rows(
            args,
            rows,
            ["ID", "SIDE", "NAME", "HEAD", "MEMBERS"],
            lambda r: [r.id, r.side.value, r.name, r.head, r.member_count],
        )
    elif args.kind == "meetings":
        rows = queries.list_meetings(engine, args.search)
        _print_rows(
            args,
            rows,
            ["ID", "DATE", "KIND", "TITLE", "ACTIONS"],
            lambda r: [r.id, r.starts_at, r.kind.value, r.title, r.action_count],
        )
    else:
        flt = queries.ActionFilter(
            search=args.search, statuses=tuple(args.status or ()), overdue_only=args.overdue
        )
        rows = queries.list_actions(engine, flt)
        _print_rows(
            args,
            rows,
            ["ID", "STATUS", "DUE", "OWNER", "TITLE"],
            lambda r: [
                r.id,
                r.status.value + (" (overdue)" if r.overdue else ""),
                r.due_label,
                r.owner,
                r.title,
            ],
        )


def cmd_show(args: argparse.Namespace) -> None:
    cli_records.cmd_show(args, _open(args))


def _typed_due(args: argparse.Namespace) -> Any:
    """--due as staff type it (domain/typed_dates.py); a year outside 1945-2100 only with
    --force."""
    due = parse_typed_due(args.due)
    if not args.force and not is_usual_year(due[0]):
        error = unusual_year_error(due[0])
        raise UserError(  # English, like every message of the command line
            "{field} '{text}' {reason}; check it, or give --force to keep it",
            field=error.field,
            text=args.due.strip(),
            reason=error.reason,
        )
    return due


def cmd_action_update(args: argparse.Namespace) -> None:
    from briefing_app.services.actions import ActionEdit, update_action
    from briefing_app.services.parties import resolve_party

    given = (args.status, args.due, args.owner, args.note, args.assignee, args.repeat)
    if all(v is None for v in given):
        raise UserError(
            "nothing to change: give --status, --due, --owner, --assignee, --repeat or --note"
        )
    engine = _open(args).engine
    edit: dict[str, Any] = {}
    if args.status is not None:
        edit["status"] = args.status
    if args.due is not None:
        edit["due"] = None if args.due.strip().lower() == "none" else _typed_due(args)
    if args.assignee is not None:
        edit["assignee"] = None if args.assignee.strip().lower() == "none" else args.assignee
    if args.repeat is not None:
        edit["repeat"] = None if args.repeat == "none" else Recurrence(args.repeat)
    if args.owner is not None:
        edit["owner"] = (
            None if args.owner.strip().lower() == "none" else resolve_party(engine, args.owner)
        )
    detail = update_action(
        engine,
        args.id,
        ActionEdit(**edit, new_comment=args.note),
        changed_by=acting_user(args.by),
        expected_version=args.if_version,
    )
    if args.json:
        print(to_json(detail.as_json()))
    else:
        row = detail.action
        print(
            f"action {row.id} saved (version {row.version}): {row.status.value}, "
            f"due {row.due_label or '-'}, owner {row.owner or '-'}, "
            f"assignee {row.assignee or '-'}"
            + (f", repeats {row.repeat.value}" if row.repeat else "")
        )


def cmd_brief(args: argparse.Namespace) -> None:
    # ReportLab is loaded only when a briefing is asked for
    from briefing_app.briefing.action_tracker import GroupBy
    from briefing_app.briefing.export import BriefingKind, BriefingRequest, export_briefing
    from briefing_app.services import queries
    from briefing_app.store.team_access import require_clearance

    saved_name, saved_office = read_user()  # the name and office given in the desktop app
    # the user's name from Preferences, never the login name ("root" is nobody's name)
    prepared_by = saved_name if args.prepared_by is None else args.prepared_by
    office = saved_office if args.office is None else args.office
    language = content_language(args)
    options = BriefingOptions(
        classification=Classification(args.classification),
        language=language,
        paper=Paper(args.paper),
        office=clean_text(office, field="office", max_length=200) or "",
        prepared_by=clean_text(prepared_by, field="prepared by", max_length=200) or "",
        omit=frozenset(Section(x) for x in args.omit or ()),
        comments=args.comments,
        official=_official_heading(args, language) if args.official else None,
    )
    kind = BriefingKind(args.brief_kind)
    if kind is BriefingKind.ACTIONS:
        flt = queries.ActionFilter(
            search=args.search, statuses=tuple(args.status or ()), overdue_only=args.overdue
        )
        request = BriefingRequest(kind, action_filter=flt, group_by=GroupBy(args.group_by))
    else:
        request = BriefingRequest(
            kind, ids=tuple(args.ids) if kind is BriefingKind.PAIR else (args.id,)
        )
    engine = _open(args).engine
    require_clearance(engine, options.classification)
    written = export_briefing(engine, request, options, args.output)
    for problem in written.uncovered:
        print(f"{PROG}: warning: {problem}", file=sys.stderr)
    count = written.page_count
    what = "Word" if count is None else f"{count} page" + ("s" if count != 1 else "")
    print(f"briefing written: {args.output} ({what}, {options.classification.value})")
    if written.fallbacks:
        other = "English" if language is Language.VI else "Vietnamese"
        wanted = "Vietnamese" if language is Language.VI else "English"
        texts = "1 text" if written.fallbacks == 1 else f"{written.fallbacks} texts"
        verb = "is" if written.fallbacks == 1 else "are"
        print(f"{texts} had no {wanted} version and {verb} printed in {other}, marked †")


def _official_heading(args: argparse.Namespace, language: Language) -> OfficialHeading:
    """The official format's agency and signer from Preferences, the recipients given here."""
    if language is not Language.VI:
        raise UserError("the official format is Vietnamese: add --lang vi")
    saved = read_official()
    if not saved["agency"]:
        raise UserError(
            "the official format needs the issuing agency: set it in the desktop app's "
            "Preferences (Official format)"
        )
    recipients = tuple(
        clean_text(x, field="recipient", max_length=200) or "" for x in args.recipient or ()
    )
    return OfficialHeading(**saved, recipients=tuple(x for x in recipients if x))


def cmd_export(args: argparse.Namespace) -> None:
    from briefing_app.services import exchange, queries  # openpyxl, icalendar: only here
    from briefing_app.store.team_access import require_clearance

    fmt = exchange.format_for(args.output, args.format)
    flt = queries.ActionFilter(
        search=args.search,
        statuses=tuple(args.status or ()),
        overdue_only=args.overdue,
        max_classification=Classification(args.classification),
    )
    engine = _open(args).engine
    require_clearance(engine, Classification(args.classification))
    result = exchange.export_actions(engine, args.output, fmt, flt)
    print(f"exported {result.actions} actions ({fmt.value}, {args.classification}): {result.path}")


def cmd_import(args: argparse.Namespace) -> None:
    from briefing_app.services import exchange

    engine = _open(args).engine
    progress = _Progress() if sys.stderr.isatty() else None
    try:
        result = exchange.import_actions(
            engine,
            args.file,
            changed_by=acting_user(args.by),
            dry_run=args.dry_run,
            progress=progress,
        )
    except exchange.ImportRefusedError as exc:
        # the problems, one per line (the error line goes to stderr)
        print("\n".join(_listed([p.text() for p in exc.problems], args.verbose, "problems")))
        raise
    finally:
        if progress is not None:
            progress.done()
    print("\n".join([*_listed(result.row_lines(), args.verbose, "changes"), result.summary()]))


#: Without --verbose, an import lists at most this many changed rows or problems.
IMPORT_LISTED = 20


def _listed(lines: list[str], verbose: bool, what: str) -> list[str]:
    if verbose or len(lines) <= IMPORT_LISTED:
        return lines
    more = len(lines) - IMPORT_LISTED
    return [*lines[:IMPORT_LISTED], f"… and {more:,} more {what} (--verbose lists every one)"]


class _Progress:
    """Rows checked so far, on one line of the terminal (stderr), cleared at the end."""

    def __call__(self, done: int, total: int) -> None:
        print(f"\r{PROG}: checking rows: {done:,} of {total:,}", end="", file=sys.stderr)

    def done(self) -> None:
        print("\r\033[K", end="", file=sys.stderr, flush=True)


def cmd_db(args: argparse.Namespace) -> None:
    from briefing_app.store import maintenance, search_index
    from briefing_app.store.database import open_database
    from briefing_app.store.migrations import describe, revision_of
    from briefing_app.store.schema_head import head_revision

    url = database_url(getattr(args, "db", None))
    if args.db_command == "init":
        opened = open_database(url)
        print(f"database ready: {describe(opened.engine)}")  # a server's password not shown
    elif args.db_command == "upgrade":
        before = revision_of(url)
        opened = open_database(url, create=False, seed=False)
        if before == head_revision():
            print("already at the current schema")
        elif opened.upgrade_backup:
            print(f"upgraded; the previous version was saved as {opened.upgrade_backup}")
        else:  # a server's backups are its own (pg_dump)
            print(f"upgraded from schema {before} to {head_revision()}")
    elif args.db_command == "check":
        print(maintenance.check(url))
    elif args.db_command == "backup":
        print(f"backup written: {maintenance.backup(url, args.dest)}")
    elif args.db_command == "restore":
        aside = maintenance.restore(url, to_url(str(args.src)))
        print(f"restored from {args.src}; the replaced database was kept as {aside}")
    elif args.db_command == "reindex":
        opened = open_database(url, create=False, seed=False)
        try:
            print(f"search index rebuilt: {search_index.rebuild(opened.engine)} records")
        finally:
            opened.engine.dispose()
    elif args.db_command == "copy":
        _copy_database(url, to_url(args.to))
    elif args.db_command == "users":
        opened = open_database(url, create=False, seed=False)
        try:
            cli_users.cmd_users(args, opened.engine)
        finally:
            opened.engine.dispose()


def _copy_database(url: str, target_url: str) -> None:
    import sqlalchemy as sa

    from briefing_app.store.copy import copy_database
    from briefing_app.store.database import open_database

    opened = open_database(url, create=False, seed=False)
    try:
        copied = copy_database(opened.engine, target_url)
    finally:
        opened.engine.dispose()
    for one in copied:
        print(f"{one.name}: {one.rows} rows, sha256 {one.checksum}")
    target = sa.make_url(target_url).render_as_string(hide_password=True)
    print(
        f"copied {sum(t.rows for t in copied)} rows in {len(copied)} tables to {target}; "
        "every table's row count and checksum match"
    )


def content_language(args: argparse.Namespace) -> Language:
    """The language a command shows the records' texts in: its --lang, else the environment's."""
    chosen = getattr(args, "lang", None)
    return Language(chosen) if chosen else environment_language()


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handlers: dict[str, Callable[[argparse.Namespace], None]] = {
        "db": cmd_db,
        "list": cmd_list,
        "show": cmd_show,
        "create": lambda args: cli_records.cmd_create(args, _open(args)),
        "edit": lambda args: cli_records.cmd_edit(args, _open(args)),
        "delete": lambda args: cli_records.cmd_delete(args, _open(args)),
        "trash": lambda args: cli_records.cmd_trash(args, _open(args)),
        "fields": cli_records.cmd_fields,
        "comment": lambda args: cli_threads.cmd_comment(args, _open(args)),
        "comments": lambda args: cli_threads.cmd_comments(args, _open(args)),
        "attach": lambda args: cli_threads.cmd_attach(args, _open(args)),
        "attachments": lambda args: cli_threads.cmd_attachments(args, _open(args)),
        "attachment": lambda args: cli_threads.cmd_attachment_save(args, _open(args)),
        "due": lambda args: cli_threads.cmd_due(args, _open(args)),
        "action": cmd_action_update,
        "brief": cmd_brief,
        "export": cmd_export,
        "import": cmd_import,
    }
    if args.command is None:
        return run_gui(args)
    set_reading_language(content_language(args))
    import sqlalchemy as sa  # every command but `fields` opens the database

    try:
        with warnings.catch_warnings():
            if not sys.warnoptions:  # libraries' warnings are not the user's business
                warnings.simplefilter("ignore")
            handlers[args.command](args)
    except UserError as exc:
        return _refused(str(exc))
    except sa.exc.DBAPIError as exc:
        from briefing_app.store.storage_errors import storage_error

        refusal = storage_error(exc)
        return _crashed() if refusal is None else _refused(str(refusal))
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted; an unfinished change was not saved", file=sys.stderr)
        return 130
    except OSError as exc:
        reason = os_error_text(exc)
        if reason is None:
            return _crashed()
        return _refused(reason)
    except Exception:
        return _crashed()
    return 0


def _refused(message: str) -> int:
    """A user error: one line on stderr, whatever the message holds; exit code 1."""
    print(f"{PROG}: error: {printable(message)}", file=sys.stderr)
    return 1


def _crashed() -> int:
    log = write_crash_log()
    print(f"{PROG}: error: an unexpected problem occurred; details are in {log}", file=sys.stderr)
    return 1
