"""JSON with everything: ids, versions, parties with their kind and id, areas, timestamps and
the full history. Reading it back takes the editable fields; history is the app's to write.

Texts in several languages are written as `show --json` writes them (issue 15): `title` and
`description` in the export's language (falling back to another where that version is
missing), and `title_translations` / `description_translations` with every version,
`{"en": …, "vi": …}` (null where missing); `meeting_title` and `meeting_title_translations`
likewise, for people (ignored on import). The document's `language` names the export's
language. Reading is what `create`/`edit --lang <that language>` read
(record_kinds.language_json.read_in): `<field>_translations` sets the versions it names, and
the plain `<field>`, which may be a fallback, never overrides them unchanged. A file without
`language` (from before) is in English: without `<field>_translations`, its plain `title` and
`description` are the English versions and the other languages' are left as they are.
"""

import json
from pathlib import Path
from typing import Any, BinaryIO

from briefing_app.domain.errors import FieldError, ValidationError
from briefing_app.domain.record_kind import RecordKind
from briefing_app.domain.translations import BASE_LANGUAGE, LANGUAGES, version
from briefing_app.i18n import QT_TRANSLATE_NOOP
from briefing_app.services.action_versions import VERSION_KEYS, parts
from briefing_app.services.dto import CommentRow, PartyRef
from briefing_app.services.exchange.columns import COLUMNS, OLDER_COLUMNS, READ_ONLY_COLUMNS
from briefing_app.services.exchange.limits import (
    CELL_TOO_LONG,
    MAX_CELL_CHARS,
    MAX_JSON_DEPTH,
    MAX_NUMBER_DIGITS,
    MAX_ROWS,
    TOO_MANY_ROWS,
)
from briefing_app.services.exchange.records import ExportedAction, ExportSet
from briefing_app.services.exchange.rows import Problem, SourceRow
from briefing_app.services.exchange.threads import file_json
from briefing_app.services.record_kinds.language_json import (
    SUFFIX,
    read_in,
    shown_in,
    text_language_of,
)
from briefing_app.services.record_kinds.registry import SPECS

FORMAT = "briefing-desk/actions"
FORMAT_VERSION = 1
#: Keys written for people and other programs, ignored on import.
IGNORED_KEYS = frozenset(
    {"meeting_title", "meeting_title" + SUFFIX, "created_at", "updated_at", "history"}
)
#: Keys read as they are (lists of objects), merged into the action's thread and files.
THREAD_KEYS = frozenset({"comments", "attachments"})
IMPORTED_KEYS = frozenset(COLUMNS) - READ_ONLY_COLUMNS | THREAD_KEYS | OLDER_COLUMNS


def _party(ref: PartyRef | None) -> dict[str, Any] | None:
    return None if ref is None else {"kind": ref.kind, "id": ref.id, "name": ref.name}


def _record(action: ExportedAction, export: ExportSet) -> dict[str, Any]:
    record = {
        "id": action.id,
        "version": action.version,
        "meeting_id": action.meeting_id,
        "meeting_title": action.meeting_title,
        "meeting_title" + SUFFIX: action.meeting_titles,
        "title": action.title,
        "description": action.description,
        **{key: version(action, *parts(key)) for key in VERSION_KEYS},
        "status": action.status.value,
        "priority": action.priority.value,
        "classification": action.classification.value,
        "due_date": action.due_date.isoformat() if action.due_date else None,
        "due_precision": action.due_precision.value if action.due_precision else None,
        "owner": _party(action.owner),
        "counterpart": _party(action.counterpart),
        "cooperation_areas": list(action.cooperation_areas),
        "assignee": action.assignee,
        "repeat": action.repeat.value if action.repeat else None,
        "created_at": action.created_at.isoformat(),
        "updated_at": action.updated_at.isoformat(),
        "history": [c.as_json() for c in action.history],
        "comments": [
            _comment(c, export.comment_translations.get(c.id, {})) for c in action.comments
        ],
        "attachments": [file_json(f, export.files[f.sha256]) for f in action.attachments],
    }
    return shown_in(SPECS[RecordKind.ACTION], record, export.language)


def _comment(comment: CommentRow, versions: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """A comment as written (`text`), with `text_translations`: its latest text in each
    language ({"en": text, "vi": …}; only the dataset's remarks have other versions)."""
    data = comment.as_json()
    del data["id"]
    data["text" + SUFFIX] = {
        lang: comment.text if lang == BASE_LANGUAGE else versions.get(lang, {}).get("text")
        for lang in LANGUAGES
    }
    return data


def write_json(export: ExportSet, handle: BinaryIO) -> None:
    document = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "language": export.language,
        "actions": [_record(a, export) for a in export.actions],
    }
    text = json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    handle.write(text.encode("utf-8"))


def read_json(path: Path) -> tuple[list[SourceRow], list[Problem]]:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return [], [
            Problem.of(
                None,
                None,
                QT_TRANSLATE_NOOP("Messages", "line {line}: not UTF-8 text (JSON must be UTF-8)"),
                line=line,
            )
        ]
    try:
        document = json.loads(text, object_pairs_hook=_object, parse_int=_integer)
    except json.JSONDecodeError as exc:
        return [], [
            Problem.of(
                None,
                None,
                QT_TRANSLATE_NOOP("Messages", "not valid JSON: {reason} (line {line})"),
                reason=exc.msg,
                line=exc.lineno,
            )
        ]
    except _DuplicateKeyError as exc:
        return [], [
            Problem.of(
                None,
                None,
                QT_TRANSLATE_NOOP(
                    "Messages", "the key {key} appears twice in one object; keep one of them"
                ),
                key=json.dumps(exc.key, ensure_ascii=False),
            )
        ]
    except _NumberTooLongError:
        return [], [
            Problem.of(
                None,
                None,
                QT_TRANSLATE_NOOP(
                    "Messages", "a number has more than {limit} digits; no value is that large"
                ),
                limit=MAX_NUMBER_DIGITS,
            )
        ]
    except RecursionError:
        return [], [_too_deep()]
    if _deeper_than(document, MAX_JSON_DEPTH):
        return [], [_too_deep()]
    if isinstance(document, dict):
        if document.get("format", FORMAT) != FORMAT:
            return [], [
                Problem.of(
                    None,
                    None,
                    QT_TRANSLATE_NOOP("Messages", "not a {expected} file: {found}"),
                    expected=FORMAT,
                    found=repr(document.get("format")),
                )
            ]
        items = document.get("actions")
        language = document.get("language", BASE_LANGUAGE)
        if language not in LANGUAGES:
            return [], [
                Problem.of(
                    None,
                    "language",
                    QT_TRANSLATE_NOOP("Messages", "must be one of {choices}: {value}"),
                    choices=", ".join(LANGUAGES),
                    value=json.dumps(language, ensure_ascii=False),
                )
            ]
    else:
        items, language = document, BASE_LANGUAGE
    if not isinstance(items, list):
        return [], [
            Problem(
                None,
                None,
                QT_TRANSLATE_NOOP("Messages", 'expected a list of actions (or {"actions": [...]})'),
            )
        ]
    if len(items) > MAX_ROWS:
        return [], [Problem.of(None, None, TOO_MANY_ROWS, limit=MAX_ROWS)]
    problems: list[Problem] = []
    rows: list[SourceRow] = []
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            problems.append(
                Problem(number, None, QT_TRANSLATE_NOOP("Messages", "is not an object"))
            )
            continue
        try:
            item = dict(item)  # an action's own text_language (as show --json writes) wins
            item = read_in(SPECS[RecordKind.ACTION], item, text_language_of(item, language))
        except FieldError as refused:
            problems.append(Problem.from_field(number, refused.field, refused))
            continue
        except ValidationError as refused:
            problems.extend(Problem.from_field(number, e.field, e) for e in refused.errors)
            continue
        cells: dict[str, Any] = {}
        for key, value in item.items():
            if key in IGNORED_KEYS:
                continue
            if key not in IMPORTED_KEYS:
                problems.append(
                    Problem(number, str(key), QT_TRANSLATE_NOOP("Messages", "unknown field"))
                )
                continue
            if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
                problems.append(
                    Problem.of(
                        number, str(key), CELL_TOO_LONG, count=len(value), limit=MAX_CELL_CHARS
                    )
                )
                continue
            cells[key] = value
        rows.append(SourceRow(number, cells, {}))
    return rows, problems


class _DuplicateKeyError(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


class _NumberTooLongError(ValueError):
    pass


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object; a key given twice is refused (JSON readers disagree on which one wins)."""
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKeyError(key)
        result[key] = value
    return result


def _integer(text: str) -> int:
    """A JSON integer, refused beyond MAX_NUMBER_DIGITS (Python refuses 4,300 and more)."""
    if len(text.lstrip("-")) > MAX_NUMBER_DIGITS:
        raise _NumberTooLongError(text)
    return int(text)


def _deeper_than(value: Any, limit: int) -> bool:
    """Whether arrays and objects nest more than `limit` levels in `value` (no recursion)."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        children = (
            item.values() if isinstance(item, dict) else item if isinstance(item, list) else ()
        )
        for child in children:
            if isinstance(child, dict | list):
                if depth + 1 > limit:
                    return True
                stack.append((child, depth + 1))
    return False


def _too_deep() -> Problem:
    return Problem.of(
        None,
        None,
        QT_TRANSLATE_NOOP(
            "Messages", "arrays and objects nest more than {limit} levels deep; an export has 5"
        ),
        limit=MAX_JSON_DEPTH,
    )
