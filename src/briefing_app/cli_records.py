"""The command line for every record kind (issue 11): `show`, `create`, `edit`, `delete` and
the trash. Create and edit read the keys `show KIND ID --json` prints (references by id), so a
shown record can be changed and saved back; both print the record as saved.

The services load when a command runs, not when the parser is built (issue 16)."""

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing_app.cli_format import table, to_json
from briefing_app.config import acting_user
from briefing_app.domain.errors import FieldError, UserError
from briefing_app.domain.record_kind import RecordKind
from briefing_app.domain.text import fold
from briefing_app.domain.translations import BASE_LANGUAGE, is_empty, reading_language
from briefing_app.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from briefing_app.store.database import OpenedDatabase

KINDS = [k.value for k in RecordKind]
#: The largest record JSON read (a meeting with long minutes is well under 1 MB).
JSON_LIMIT = 5_000_000


def add_record_commands(
    commands: Any,
    *,
    db_option: argparse.ArgumentParser,
    language_option: argparse.ArgumentParser,
    id_type: Callable[[str], int],
) -> None:
    """Add create, edit, delete and trash to the sub-command parsers `commands`."""
    by = argparse.ArgumentParser(add_help=False)
    by.add_argument(
        "--by",
        metavar="NAME",
        help="who makes the change (default: your name in the app, else login)",
    )
    source = argparse.ArgumentParser(add_help=False)
    source.add_argument(
        "--json",
        dest="json_file",
        required=True,
        metavar="FILE|-",
        help="the record's fields as `show KIND ID --json` prints them (- reads stdin)",
    )
    if_version = argparse.ArgumentParser(add_help=False)
    if_version.add_argument(
        "--if-version", type=id_type, metavar="N", help="refuse if the record moved on"
    )

    create = commands.add_parser(
        "create", parents=[db_option, source, by, language_option], help="add a record from JSON"
    )
    create.add_argument("kind", choices=KINDS)
    create.add_argument(
        "--like",
        type=id_type,
        metavar="EVENT_ID",
        help="events only: copy that event's programme (its parts, dates moved alike)",
    )
    edit = commands.add_parser(
        "edit",
        parents=[db_option, source, if_version, by, language_option],
        help="change a record from JSON",
    )
    edit.add_argument("kind", choices=KINDS)
    edit.add_argument("id", type=id_type)
    delete = commands.add_parser(
        "delete", parents=[db_option, if_version, by], help="move a record to the trash"
    )
    delete.add_argument("kind", choices=KINDS)
    delete.add_argument("id", type=id_type)

    fields = commands.add_parser(
        "fields", help="the keys create and edit read for a kind, with types and limits"
    )
    fields.add_argument("kind", choices=KINDS)
    fields.add_argument("--json", action="store_true", help="print JSON (UTF-8)")

    trash_cmd = commands.add_parser("trash", parents=[db_option], help="deleted records")
    trash_commands = trash_cmd.add_subparsers(dest="trash_command", metavar="ACTION", required=True)
    listed = trash_commands.add_parser("list", parents=[db_option], help="what the trash holds")
    listed.add_argument("--json", action="store_true", help="print JSON (UTF-8)")
    restore = trash_commands.add_parser(
        "restore", parents=[db_option, by], help="put a record back"
    )
    restore.add_argument("kind", choices=KINDS)
    restore.add_argument("id", type=id_type)
    empty = trash_commands.add_parser(
        "empty", parents=[db_option], help="forget the deleted records for good"
    )
    empty.add_argument("--yes", action="store_true", required=True, help="yes, for good")


def _who(args: argparse.Namespace) -> str:
    return acting_user(args.by)


def _no_repeated_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for key, value in pairs:
        if key in data:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "the JSON names {key} twice"), key=key)
        data[key] = value
    return data


def read_json_object(source: str) -> dict[str, Any]:
    """The one JSON object in the file `source` (- for standard input), or a UserError."""
    if source == "-":
        raw = sys.stdin.buffer.read(JSON_LIMIT + 1)
    else:
        with Path(source).open("rb") as handle:
            raw = handle.read(JSON_LIMIT + 1)
    if len(raw) > JSON_LIMIT:
        raise UserError(
            QT_TRANSLATE_NOOP("Messages", "the JSON is larger than {limit} bytes"),
            limit=JSON_LIMIT,
        )
    try:
        data = json.loads(raw.decode("utf-8-sig"), object_pairs_hook=_no_repeated_keys)
    except UnicodeDecodeError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("Messages", "the JSON is not UTF-8 text (byte {position})"),
            position=exc.start + 1,
        ) from None
    except json.JSONDecodeError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages", "not valid JSON (line {line}, column {column}): {reason}"
            ),
            line=exc.lineno,
            column=exc.colno,
            reason=exc.msg,
        ) from None
    except RecursionError:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "the JSON is nested too deeply")) from None
    if not isinstance(data, dict):
        raise UserError(
            QT_TRANSLATE_NOOP("Messages", "the JSON must be one object with the record's fields")
        )
    return data


def _shown(opened: "OpenedDatabase", kind: RecordKind, record_id: int) -> dict[str, Any]:
    """The record as `show` prints it, in the reading language (--lang)."""
    from briefing_app.services.record_kinds import editing
    from briefing_app.services.record_kinds.language_json import shown_in
    from briefing_app.services.record_kinds.registry import SPECS

    record = editing.shown_record(opened.engine, kind, record_id)
    return shown_in(SPECS[kind], record, reading_language())


def cmd_show(args: argparse.Namespace, opened: "OpenedDatabase") -> None:
    from briefing_app.services.record_kinds.language_json import SUFFIX, TEXT_LANGUAGE

    shown = _shown(opened, RecordKind(args.kind), args.id)
    if args.json:
        print(to_json(shown))
        return
    language = reading_language()
    for key, value in shown.items():
        versions = shown.get(key + SUFFIX)
        if key.endswith(SUFFIX) or key == TEXT_LANGUAGE:
            continue
        mark = ""
        if isinstance(versions, dict) and not is_empty(value) and versions.get(language) is None:
            mark = f" [{_other_language(versions)} only]"
        if isinstance(value, list):
            if value:
                print(f"{key}:{mark}")
                for item in value:
                    print(f"  - {_one_line(item)}")
        elif value not in (None, ""):
            print(f"{key}: {_one_line(value)}{mark}")


def _other_language(versions: dict[str, Any]) -> str:
    return next(lang for lang, text in versions.items() if text is not None)


def _one_line(item: Any) -> str:
    if isinstance(item, dict):
        wanted = (
            "id",
            "title",
            "full_name",
            "name",
            "ask",
            "response",
            "person_id",
            "source_id",
            "status",
            "due_label",
            "role",
            "url",
            "field",
            "excerpt",
            "old_value",
            "new_value",
        )
        shown = [str(item[k]) for k in wanted if item.get(k) not in (None, "")]
        return " | ".join(shown) if shown else json.dumps(item, ensure_ascii=False)
    return str(item)


def cmd_list(args: argparse.Namespace, opened: "OpenedDatabase") -> None:
    from briefing_app.services.record_kinds import editing

    rows = editing.list_records(opened.engine, RecordKind(args.kind))
    if args.search:
        words = fold(args.search).split()
        rows = [r for r in rows if all(w in fold(f"{r.label} {r.detail}") for w in words)]
    if args.json:
        print(to_json([r.as_json() for r in rows]))
    else:
        print(table(["ID", "NAME", "DETAIL"], [[r.id, r.label, r.detail] for r in rows]))


def cmd_fields(args: argparse.Namespace) -> None:
    """The fields of a kind as create and edit read them (no database needed)."""
    from briefing_app.services.record_kinds.fields import ITEM_KEYS
    from briefing_app.services.record_kinds.registry import SPECS

    spec = SPECS[RecordKind(args.kind)]
    described: list[dict[str, Any]] = [
        {
            "key": f.key,
            "type": f.type.value,
            "required": f.required and f.default is None,
            "default": f.default,
            "max_length": f.max_length,
            "choices": list(f.choices),
            "refers_to": None if f.target is None else f.target.value,
            "read_only": f.read_only,
            "items": list(ITEM_KEYS.get(f.type, ())),
            "example": f.hint or None,
        }
        for f in spec.fields
    ]
    if args.json:
        print(to_json(described))
        return
    rows: list[str] = []
    for item in described:
        notes = []
        if item["required"]:
            notes.append("required")
        if item["read_only"]:
            notes.append("read-only")
        if item["max_length"]:
            notes.append(f"≤ {item['max_length']} characters")
        if item["refers_to"]:
            notes.append(f"refers to: {item['refers_to']}")
        if item["items"]:
            notes.append("items: " + ", ".join(item["items"]))
        if item["choices"]:
            notes.append(" | ".join(item["choices"]))
        if item["default"]:
            notes.append(f"default {item['default']}")
        if item["example"]:
            notes.append(f"like {item['example']}")
        rows.append(f"{item['key']} ({item['type']}): {'; '.join(notes) or 'optional'}")
    print("\n".join(rows))


def cmd_create(args: argparse.Namespace, opened: "OpenedDatabase") -> None:
    from briefing_app.services.record_kinds import editing
    from briefing_app.services.record_kinds.event_copy import copy_event
    from briefing_app.services.record_kinds.language_json import read_in, text_language_of
    from briefing_app.services.record_kinds.registry import SPECS

    kind = RecordKind(args.kind)
    raw = read_json_object(args.json_file)
    data = read_in(SPECS[kind], raw, text_language_of(raw, args.lang or BASE_LANGUAGE))
    if args.like is not None:
        if kind is not RecordKind.EVENT:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "--like copies events only"))
        created = copy_event(opened.engine, args.like, data, changed_by=_who(args))
    else:
        created = editing.create_record(opened.engine, kind, data, changed_by=_who(args))
    print(to_json(_shown(opened, kind, created.id)))


def cmd_edit(args: argparse.Namespace, opened: "OpenedDatabase") -> None:
    from briefing_app.services.record_kinds import editing
    from briefing_app.services.record_kinds.language_json import read_in, text_language_of
    from briefing_app.services.record_kinds.registry import SPECS

    kind = RecordKind(args.kind)
    current = editing.read_record(opened.engine, kind, args.id).as_json()
    raw = read_json_object(args.json_file)
    language = text_language_of(raw, args.lang or BASE_LANGUAGE)
    data = read_in(SPECS[kind], raw, language, current)
    version = args.if_version
    shown_version = data.get("version")
    if shown_version is not None and (
        isinstance(shown_version, bool) or not isinstance(shown_version, int)
    ):
        raise FieldError("version", QT_TRANSLATE_NOOP("Messages", "must be a whole number"))
    if version is None:
        version = shown_version  # a shown record carries the version it was read at
    editing.edit_record(
        opened.engine, kind, args.id, data, changed_by=_who(args), if_version=version
    )
    print(to_json(_shown(opened, kind, args.id)))


def cmd_delete(args: argparse.Namespace, opened: "OpenedDatabase") -> None:
    from briefing_app.services.record_kinds import trash

    kind = RecordKind(args.kind)
    entry = trash.delete_record(
        opened.engine, kind, args.id, changed_by=_who(args), if_version=args.if_version
    )
    print(
        f"{kind.value} {entry.record_id} moved to the trash: {entry.label} "
        f"({entry.references} references removed with it); "
        f"to put it back: trash restore {kind.value} {entry.record_id}"
    )


def cmd_trash(args: argparse.Namespace, opened: "OpenedDatabase") -> None:
    from briefing_app.services.record_kinds import trash

    if args.trash_command == "list":
        entries = trash.list_trash(opened.engine)
        if args.json:
            print(to_json([e.as_json() for e in entries]))
            return
        print(
            table(
                ["KIND", "ID", "NAME", "DELETED", "BY"],
                [
                    [
                        e.kind.value,
                        e.record_id,
                        e.label,
                        f"{e.deleted_at:%Y-%m-%d %H:%M}",
                        e.deleted_by,
                    ]
                    for e in entries
                ],
            )
        )
    elif args.trash_command == "restore":
        kind = RecordKind(args.kind)
        restored = trash.restore_record(opened.engine, kind, args.id, changed_by=_who(args))
        print(f"{kind.value} {restored.id} restored: {restored.label}")
    else:
        print(f"trash emptied: {trash.empty_trash(opened.engine)} records forgotten")
