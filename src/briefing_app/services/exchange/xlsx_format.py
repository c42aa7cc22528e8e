"""Excel workbooks through openpyxl: a bold frozen header, real dates, drop-downs for the
controlled values, sensible column widths; and reading such a workbook back."""

import warnings
import zipfile
import zlib
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.datavalidation import DataValidation

from briefing_app.domain.enums import ActionStatus, Classification, DuePrecision, Priority
from briefing_app.i18n import QT_TRANSLATE_NOOP
from briefing_app.services.exchange.columns import (
    COLUMNS,
    TEXT_COLUMNS,
    WIDTHS,
    cells_of,
    column_letter,
)
from briefing_app.services.exchange.csv_format import header_columns
from briefing_app.services.exchange.limits import (
    CELL_TOO_LONG,
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    MAX_ROWS,
    TOO_MANY_COLUMNS,
    TOO_MANY_ROWS,
)
from briefing_app.services.exchange.records import ExportSet
from briefing_app.services.exchange.rows import Problem, SourceRow

SHEET = "Actions"
#: Drop-downs reach this many rows below the header, so added rows get them too.
VALIDATED_ROWS = 2000
_CHOICES: dict[str, list[str]] = {
    "status": [s.value for s in ActionStatus],
    "priority": [p.value for p in Priority],
    "classification": [c.value for c in Classification],
    "due_precision": [p.value for p in DuePrecision],
}


def write_xlsx(export: ExportSet, handle: BinaryIO) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = SHEET
    sheet.append(list(COLUMNS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for action in export.actions:
        values = cells_of(action)
        sheet.append([values[c] for c in COLUMNS])
        row = sheet.max_row
        for index, column in enumerate(COLUMNS, start=1):
            cell = sheet.cell(row=row, column=index)
            if column in TEXT_COLUMNS and values[column] is not None:
                cell.data_type = "s"  # text that starts with "=" stays text
            elif column == "due_date" and values[column] is not None:
                cell.number_format = "yyyy-mm-dd"
    last = max(sheet.max_row, 1) + VALIDATED_ROWS
    for column, choices in _CHOICES.items():
        letter = column_letter(COLUMNS.index(column))
        validation = DataValidation(
            type="list",
            formula1='"' + ",".join(choices) + '"',
            allow_blank=column == "due_precision",
            showErrorMessage=True,
            errorTitle=f"Unknown {column.replace('_', ' ')}",
            error="Choose one of: " + ", ".join(choices),
        )
        validation.add(f"{letter}2:{letter}{last}")
        sheet.add_data_validation(validation)
    for index, column in enumerate(COLUMNS):
        sheet.column_dimensions[column_letter(index)].width = WIDTHS[column]
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{column_letter(len(COLUMNS) - 1)}{max(sheet.max_row, 1)}"
    book.save(handle)


def _value(raw: Any) -> Any:
    if isinstance(raw, datetime):
        return raw.date() if raw.time() == datetime.min.time() else raw
    if isinstance(raw, str):
        return raw if raw.strip() else None
    if isinstance(raw, date | int | float | bool) or raw is None:
        return raw
    return str(raw)


#: What openpyxl raises for a damaged workbook: a broken zip, malformed or hostile XML
#: (defusedxml refuses entity declarations), parts that are missing or of the wrong type.
_UNREADABLE = (
    InvalidFileException,
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    ParseError,
    DefusedXmlException,
    KeyError,
    ValueError,
    TypeError,
    AttributeError,
    IndexError,
    OSError,
)


def read_xlsx(path: Path) -> tuple[list[SourceRow], list[Problem]]:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "no default style" and the like: not the user's
            book = load_workbook(path, read_only=True, data_only=True)
    except _UNREADABLE as exc:
        return [], [
            Problem.of(
                None,
                None,
                QT_TRANSLATE_NOOP(
                    "Messages", "not an Excel workbook (.xlsx) this app can read: {reason}"
                ),
                reason=exc,
            )
        ]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            records = _records(book)
    except _TooManyRowsError:
        return [], [Problem.of(None, None, TOO_MANY_ROWS, limit=MAX_ROWS)]
    except _UNREADABLE as exc:
        return [], [
            Problem.of(
                None,
                None,
                QT_TRANSLATE_NOOP("Messages", "the workbook cannot be read: {reason}"),
                reason=exc,
            )
        ]
    finally:
        book.close()
    if not records:
        return [], [
            Problem(
                None,
                None,
                QT_TRANSLATE_NOOP("Messages", "the sheet is empty (a header row is needed)"),
            )
        ]
    if len(records[0]) > MAX_COLUMNS:
        return [], [Problem.of(1, None, TOO_MANY_COLUMNS, count=len(records[0]), limit=MAX_COLUMNS)]
    problems: list[Problem] = []
    names = header_columns(records[0], problems)
    rows: list[SourceRow] = []
    for number, record in enumerate(records[1:], start=2):
        values = [_value(v) for v in record]
        if all(v is None for v in values):
            continue
        cells: dict[str, Any] = {}
        refs: dict[str, str] = {}
        outside = False
        for index, value in enumerate(values):
            name = names[index] if index < len(names) else None
            if name is None:
                if value is not None and not outside:  # the first one per row is enough
                    outside = True
                    problems.append(
                        Problem(
                            number,
                            None,
                            QT_TRANSLATE_NOOP("Messages", "a value outside the header's columns"),
                            f"{column_letter(index)}{number}",
                        )
                    )
                continue
            if name in cells:
                continue
            if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
                problems.append(
                    Problem.of(
                        number,
                        name,
                        CELL_TOO_LONG,
                        f"{column_letter(index)}{number}",
                        count=len(value),
                        limit=MAX_CELL_CHARS,
                    )
                )
                continue
            cells[name] = value
            refs[name] = f"{column_letter(index)}{number}"
        rows.append(SourceRow(number, cells, refs))
    return rows, problems


class _TooManyRowsError(Exception):
    pass


def _records(book: Any) -> list[list[Any]]:
    """The sheet's rows, without their trailing empty cells. Streamed: the size the sheet
    declares is ignored (a 5 kB file can declare A1:XFD1048576), and reading stops past
    MAX_ROWS rows."""
    sheet = book[SHEET] if SHEET in book.sheetnames else book.worksheets[0]
    sheet.reset_dimensions()
    records: list[list[Any]] = []
    for record in sheet.iter_rows(values_only=True):
        if len(records) > MAX_ROWS:  # the header and MAX_ROWS rows are allowed
            raise _TooManyRowsError
        end = len(record)
        while end and record[end - 1] is None:
            end -= 1
        records.append(list(record[:end]))
    return records
