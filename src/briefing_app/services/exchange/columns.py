"""The columns of the spreadsheet formats (CSV and XLSX) and how values become cells.

Every column but `meeting` (the meeting's title, in the export's language) and `comments` (the
thread, for people reading the sheet) can be imported; `comment` is empty in an export: text
written there is added to the action's thread on import.
`title` and `description` hold the English versions; right after each, its version in each
other language (`title_vi`, `description_vi`; empty where missing).
A sheet may carry only some columns: the missing ones are left as they are (a sheet without
`title_vi` leaves the Vietnamese titles alone).
"""

from typing import Any

from briefing_app.domain.translations import version
from briefing_app.services.action_versions import VERSION_KEYS, parts
from briefing_app.services.exchange.records import ExportedAction
from briefing_app.services.exchange.threads import thread_text


def _with_versions(columns: tuple[str, ...]) -> tuple[str, ...]:
    """`columns` with each translated one followed by its versions in other languages."""
    return tuple(
        name
        for column in columns
        for name in (column, *(k for k in VERSION_KEYS if parts(k)[0] == column))
    )


COLUMNS: tuple[str, ...] = _with_versions(
    (
        "id",
        "version",
        "meeting_id",
        "meeting",
        "title",
        "status",
        "priority",
        "classification",
        "due_date",
        "due_precision",
        "owner",
        "counterpart",
        "cooperation_areas",
        "description",
        "assignee",
        "repeat",
        "comments",
        "comment",
    )
)
#: Columns of older exports still read: `notes` (before comment threads) is a comment to add.
OLDER_COLUMNS = frozenset({"notes"})
#: Shown to people, ignored on import.
READ_ONLY_COLUMNS = frozenset({"meeting", "comments"})
#: Free text a spreadsheet program might mistake for a formula.
TEXT_COLUMNS = frozenset(
    {"meeting", "title", "owner", "counterpart", "cooperation_areas", "description"}
    | {"assignee", "comments", "comment"}
    | set(VERSION_KEYS)
)
AREA_SEPARATOR = "; "
#: Excel widths (characters) per column.
WIDTHS = {
    "id": 7,
    "version": 8,
    "meeting_id": 10,
    "meeting": 36,
    "title": 48,
    "status": 13,
    "priority": 10,
    "classification": 14,
    "due_date": 12,
    "due_precision": 13,
    "owner": 28,
    "counterpart": 28,
    "cooperation_areas": 32,
    "description": 48,
    "assignee": 20,
    "repeat": 10,
    "comments": 60,
    "comment": 30,
}
WIDTHS.update({key: WIDTHS[parts(key)[0]] for key in VERSION_KEYS})  # as wide as the English


def normal_header(text: object) -> str:
    """ "Due date", "due-date" and "DUE_DATE" are all `due_date`."""
    return str(text or "").strip().lower().replace(" ", "_").replace("-", "_")


def cells_of(action: ExportedAction) -> dict[str, Any]:
    """One action as cells: dates stay dates, enums become their values, blanks are None."""
    return {
        "id": action.id,
        "version": action.version,
        "meeting_id": action.meeting_id,
        "meeting": action.meeting_title,
        "title": action.title,
        "status": action.status.value,
        "priority": action.priority.value,
        "classification": action.classification.value,
        "due_date": action.due_date,
        "due_precision": action.due_precision.value if action.due_precision else None,
        "owner": action.owner.name if action.owner else None,
        "counterpart": action.counterpart.name if action.counterpart else None,
        "cooperation_areas": AREA_SEPARATOR.join(action.cooperation_areas) or None,
        "description": action.description,
        "assignee": action.assignee,
        "repeat": action.repeat.value if action.repeat else None,
        "comments": thread_text(action.comments),
        "comment": None,
        **{key: version(action, *parts(key)) for key in VERSION_KEYS},
    }


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def guard_formula(text: str) -> str:
    """CSV cells that start like a formula get a leading apostrophe, so Excel shows them as
    text instead of running them; `unguard_formula` takes it off again on import."""
    if text.startswith(_FORMULA_START) or text.startswith("'"):
        return "'" + text
    return text


def unguard_formula(text: str) -> str:
    if text.startswith("'") and text[1:].startswith((*_FORMULA_START, "'")):
        return text[1:]
    return text


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters
