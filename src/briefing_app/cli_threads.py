"""The command line of follow-ups carried together (issue 13): `comment`, `comments`, `attach`,
`attachments`, `attachment save` and `due` (for a scheduled daily e-mail or chat message)."""

from __future__ import annotations

import argparse
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing_app.cli_format import table, to_json
from briefing_app.cli_input import file_path
from briefing_app.config import acting_user
from briefing_app.domain.clock import local
from briefing_app.domain.enums import Classification
from briefing_app.domain.errors import UserError
from briefing_app.domain.record_kind import RecordKind
from briefing_app.i18n import QT_TRANSLATE_NOOP
from briefing_app.services.atomic_file import write_atomically

if TYPE_CHECKING:  # the parser is built without SQLAlchemy or the records' types (issue 16)
    from briefing_app.services.dto import AttachmentRow, CommentRow
    from briefing_app.store.database import OpenedDatabase

KINDS = [k.value for k in RecordKind]


def add_thread_commands(
    commands: Any,
    *,
    db_option: argparse.ArgumentParser,
    json_option: argparse.ArgumentParser,
    id_type: Any,
) -> None:
    by = argparse.ArgumentParser(add_help=False)
    by.add_argument(
        "--by", metavar="NAME", help="who writes (default: your name in the app, else login)"
    )
    comment = commands.add_parser(
        "comment", parents=[db_option, json_option, by], help="add a comment to a record"
    )
    comment.add_argument("kind", choices=["action", "meeting", "agreement"])
    comment.add_argument("id", type=id_type)
    comment.add_argument("--text", required=True, metavar="TEXT")

    comments = commands.add_parser(
        "comments", parents=[db_option, json_option], help="a record's comment thread"
    )
    comments.add_argument("kind", choices=["action", "meeting", "agreement"])
    comments.add_argument("id", type=id_type)

    attach = commands.add_parser(
        "attach", parents=[db_option, json_option, by], help="keep a file with a record"
    )
    attach.add_argument("kind", choices=KINDS)
    attach.add_argument("id", type=id_type)
    attach.add_argument("file", type=file_path, metavar="FILE")
    attach.add_argument("--number", metavar="N", help="an official document's number")
    attach.add_argument("--issued", metavar="DATE", help="its date (2025-12-20 or 20/12/2025)")
    attach.add_argument("--issuer", metavar="TEXT", help="the body that issued it")

    listed = commands.add_parser(
        "attachments", parents=[db_option, json_option], help="the files kept with a record"
    )
    listed.add_argument("kind", choices=KINDS)
    listed.add_argument("id", type=id_type)

    attachment = commands.add_parser("attachment", parents=[db_option], help="one kept file")
    saving = attachment.add_subparsers(dest="attachment_command", metavar="ACTION", required=True)
    save = saving.add_parser("save", parents=[db_option], help="write a copy of the file")
    save.add_argument("id", type=id_type)
    save.add_argument("-o", "--output", type=file_path, required=True, metavar="FILE")

    due = commands.add_parser(
        "due", parents=[db_option, json_option], help="what is overdue or due soon"
    )
    due.add_argument(
        "--within", type=_days, default=7, metavar="DAYS", help="the horizon (default: 7 days)"
    )
    due.add_argument("--assignee", metavar="NAME", help="only what is assigned to NAME")
    due.add_argument(
        "--classification",
        choices=[c.value for c in Classification],
        default=Classification.INTERNAL.value,
        help="nothing above this level is listed (default: internal)",
    )


def _days(text: str) -> int:
    try:
        days = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of days: {text!r}") from None
    if not 0 <= days <= 3660:
        raise argparse.ArgumentTypeError("give between 0 and 3660 days")
    return days


def _local(moment: datetime) -> str:
    """A stored time (UTC) as the reader's clock shows it."""
    return f"{local(moment):%Y-%m-%d %H:%M}"


def _comment_line(c: CommentRow) -> str:
    struck = " [struck through]" if c.struck_at else ""
    edited = " (edited)" if c.edited_at else ""
    return f"#{c.id} {_local(c.written_at)} {c.author}{edited}{struck}: {c.text}"


def cmd_comment(args: argparse.Namespace, opened: OpenedDatabase) -> None:
    from briefing_app.services.comments import add_comment

    added = add_comment(
        opened.engine, RecordKind(args.kind), args.id, args.text, acting_user(args.by)
    )
    print(to_json(added.as_json()) if args.json else f"added comment #{added.id}")


def cmd_comments(args: argparse.Namespace, opened: OpenedDatabase) -> None:
    from briefing_app.services.comments import list_comments

    thread = list_comments(opened.engine, RecordKind(args.kind), args.id)
    if args.json:
        print(to_json([c.as_json() for c in thread]))
    elif not thread:
        print("no comments")
    else:
        print("\n".join(_comment_line(c) for c in thread))


def _issued(text: str | None) -> date | None:
    from briefing_app.domain.typed_dates import parse_typed_day

    return None if text is None else parse_typed_day(text, field="--issued")


def _file_line(a: AttachmentRow) -> str:
    document = a.document
    official = ", ".join(
        x
        for x in (
            document.number and f"No. {document.number}",
            document.issued_on and document.issued_on.isoformat(),
            document.issuer,
        )
        if x
    )
    size = f"{a.size / 1024:.0f} KB" if a.size >= 1024 else f"{a.size} B"
    return f"#{a.id} {a.file_name} ({a.media_type}, {size}){' ' + official if official else ''}"


def cmd_attach(args: argparse.Namespace, opened: OpenedDatabase) -> None:
    from briefing_app.services.attachments import attach_file
    from briefing_app.services.dto import OfficialDocument

    document = OfficialDocument(args.number, _issued(args.issued), args.issuer)
    added = attach_file(
        opened.engine,
        RecordKind(args.kind),
        args.id,
        Path(args.file),
        acting_user(args.by),
        document,
    )
    print(to_json(added.as_json()) if args.json else f"attached {_file_line(added)}")


def cmd_attachments(args: argparse.Namespace, opened: OpenedDatabase) -> None:
    from briefing_app.services.attachments import list_attachments

    files = list_attachments(opened.engine, RecordKind(args.kind), args.id)
    if args.json:
        print(to_json([a.as_json() for a in files]))
    elif not files:
        print("no attachments")
    else:
        print("\n".join(_file_line(a) for a in files))


def cmd_attachment_save(args: argparse.Namespace, opened: OpenedDatabase) -> None:
    from briefing_app.services.attachments import attachment_content

    row, content = attachment_content(opened.engine, args.id)
    output = Path(args.output)
    if output.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP("Messages", "{path} is a folder; give a file name"),
            path=str(output),
        )
    write_atomically(output, content)
    print(f"wrote {output} ({row.file_name}, {row.size} bytes)")


def cmd_due(args: argparse.Namespace, opened: OpenedDatabase) -> None:
    from briefing_app.services.my_work import deadline, due_actions

    today = date.today()
    rows = due_actions(
        opened.engine,
        within_days=args.within,
        today=today,
        assignee=args.assignee,
        max_classification=Classification(args.classification),
    )
    if args.json:
        print(
            to_json([{**r.as_json(), "deadline": (deadline(r) or today).isoformat()} for r in rows])
        )
        return
    if not rows:
        print(f"nothing overdue or due within {args.within} days")
        return
    print(
        table(
            ["id", "due", "status", "assignee", "title"],
            [
                [
                    str(r.id),
                    ("OVERDUE " if r.overdue else "") + r.due_label,
                    r.status.value,
                    r.assignee or "",
                    r.title,
                ]
                for r in rows
            ],
        )
    )
