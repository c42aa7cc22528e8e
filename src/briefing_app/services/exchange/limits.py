"""The limits of an import file, checked before the work they would cost starts (issue 18).

Each refusal names its limit, and the README's "Limits" section lists them.
"""

from pathlib import Path

from briefing_app.domain.errors import UserError
from briefing_app.i18n import QT_TRANSLATE_NOOP

#: Bytes in an import file (a 200,000-row JSON export with its history fits).
MAX_FILE_BYTES = 256 * 1024 * 1024
#: Actions (rows or records) in one import.
MAX_ROWS = 200_000
#: Columns of a CSV or XLSX sheet (the export writes 20).
MAX_COLUMNS = 50
#: Characters in one cell or JSON value (Excel's own limit for a cell).
MAX_CELL_CHARS = 32_767
#: Nesting of arrays and objects in a JSON file (an export needs 5).
MAX_JSON_DEPTH = 32
#: Digits in a JSON number (the database's largest integer has 19).
MAX_NUMBER_DIGITS = 40


def check_file_size(path: Path) -> None:
    """Refuse an import file over MAX_FILE_BYTES before reading it."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{name} has {size} MB; an import takes at most {limit} MB: split it",
            ),
            name=path.name,
            size=size // (1024 * 1024),
            limit=MAX_FILE_BYTES // (1024 * 1024),
        )


#: Too many rows, as the reader found them; the values are `limit` (MAX_ROWS).
TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "Messages", "the file has more than {limit} rows; an import takes at most {limit}: split it"
)
#: Too many columns; `count` found, `limit` allowed.
TOO_MANY_COLUMNS = QT_TRANSLATE_NOOP(
    "Messages", "the header has {count} columns; an import takes at most {limit}"
)
#: A cell over MAX_CELL_CHARS.
CELL_TOO_LONG = QT_TRANSLATE_NOOP(
    "Messages", "has {count} characters; a cell holds at most {limit}"
)
