"""Excel workbooks through openpyxl: a bold frozen header, real dates, drop-downs for the
controlled values, sensible column widths; and reading such a workbook back."""

import re
import warnings
import zipfile
import zlib
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any, BinaryIO
from xml.etree import ElementTree
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font
from openpyxl.utils.cell import column_index_from_string
from openpyxl.utils.datetime import from_excel, from_ISO8601
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
    if type(raw) is str:  # the common case first: an import reads a million cells
        return raw if raw.strip() else None
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
    if not records or not records[0]:
        return [], [
            Problem(
                None,
                None,
                QT_TRANSLATE_NOOP("Messages", "the sheet is empty (a header row is needed)"),
            )
        ]
    width = max(records[0]) + 1
    if width > MAX_COLUMNS:
        return [], [Problem.of(1, None, TOO_MANY_COLUMNS, count=width, limit=MAX_COLUMNS)]
    problems: list[Problem] = []
    names = header_columns([records[0].get(i) for i in range(width)], problems)
    letters = [column_letter(i) for i in range(width)]
    rows: list[SourceRow] = []
    for number, record in enumerate(records[1:], start=2):
        values = {index: _value(v) for index, v in sorted(record.items())}
        if all(v is None for v in values.values()):
            continue
        cells: dict[str, Any] = {}
        refs: dict[str, str] = {}
        outside = False
        for index, value in values.items():
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
                        f"{letters[index]}{number}",
                        count=len(value),
                        limit=MAX_CELL_CHARS,
                    )
                )
                continue
            cells[name] = value
            refs[name] = f"{letters[index]}{number}"
        rows.append(SourceRow(number, cells, refs))
    return rows, problems


class _TooManyRowsError(Exception):
    pass


Record = dict[int, Any]


def _records(book: Any) -> list[Record]:
    """The sheet's rows (an empty one for each row the sheet skips), each its non-empty cells
    by column index. Streamed: the size the sheet declares is ignored (a 5 kB file can
    declare A1:XFD1048576), and reading stops past MAX_ROWS rows."""
    sheet = book[SHEET] if SHEET in book.sheetnames else book.worksheets[0]
    try:
        source = book._archive.open(sheet._worksheet_path)  # openpyxl 3.1's read-only parts
        strings, epoch = sheet._shared_strings, book.epoch
        dates, durations = book._date_formats, book._timedelta_formats
    except AttributeError:
        return _records_by_openpyxl(sheet)
    with source:
        return _fast_records(source, strings, dates, durations, epoch)


def _records_by_openpyxl(sheet: Any) -> list[Record]:
    sheet.reset_dimensions()
    records: list[Record] = []
    for record in sheet.iter_rows(values_only=True):
        if len(records) > MAX_ROWS:  # the header and MAX_ROWS rows are allowed
            raise _TooManyRowsError
        records.append({i: v for i, v in enumerate(record) if v is not None})
    return records


_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_ROW, _CELL, _SHEET_DATA = f"{_MAIN}row", f"{_MAIN}c", f"{_MAIN}sheetData"
_V, _IS, _T, _R = f"{_MAIN}v", f"{_MAIN}is", f"{_MAIN}t", f"{_MAIN}r"
_REFERENCE = re.compile(r"([A-Z]{1,3})(\d+)")
#: A document type declaration (and with it any entity) can only be markup: refused.
_DECLARATION = re.compile(rb"<!(DOCTYPE|ENTITY)")


class _XmlDeclarationError(ValueError):
    def __init__(self) -> None:
        super().__init__("the sheet declares a document type or entities; refused")


def _fast_records(
    source: IO[bytes], strings: list[str], dates: Any, durations: Any, epoch: Any
) -> list[Record]:
    """The sheet's cells, read with the C XML parser (openpyxl's reader costs about 100 µs a
    row). Entities are never expanded: a sheet with a DTD is refused before it is parsed."""
    parser: ElementTree.XMLPullParser[ElementTree.Element] = ElementTree.XMLPullParser(
        events=("end",)
    )
    records: list[Record] = []
    tail = b""
    while chunk := source.read(1 << 16):
        if _DECLARATION.search(tail + chunk):
            raise _XmlDeclarationError
        tail = chunk[-16:]
        parser.feed(chunk)
        ended: Iterator[Any] = parser.read_events()  # ("end", element) pairs only
        for _event, row in ended:
            if row.tag != _ROW:
                continue
            number = int(row.get("r") or len(records) + 1)
            if number > MAX_ROWS + 1:  # the header and MAX_ROWS rows are allowed
                raise _TooManyRowsError
            while len(records) < number - 1:
                records.append({})
            records.append(_fast_row(row, strings, dates, durations, epoch))
            row.clear()  # its cells are read: they are not kept
    parser.close()
    return records


def _fast_row(row: Any, strings: list[str], dates: Any, durations: Any, epoch: Any) -> Record:
    cells: Record = {}
    column = -1
    for cell in row.iter(_CELL):
        reference = cell.get("r")
        found = _REFERENCE.fullmatch(reference) if reference else None
        column = column_index_from_string(found.group(1)) - 1 if found else column + 1
        kind = cell.get("t", "n")
        if kind == "inlineStr":
            inline = cell.find(_IS)
            if inline is None:
                continue
            text = inline.findtext(_T)
            if text is None:  # rich text: its runs, without phonetic guides
                text = "".join(run.findtext(_T) or "" for run in inline.iter(_R))
            cells[column] = text
            continue
        raw = cell.findtext(_V)
        if raw is None or raw == "":
            continue
        if kind == "n":
            number: Any = float(raw) if any(c in raw for c in ".eE") else int(raw)
            style = int(cell.get("s") or 0)
            if style in dates:
                number = from_excel(number, epoch, timedelta=style in durations)
            cells[column] = number
        elif kind == "s":
            cells[column] = strings[int(raw)]
        elif kind == "b":
            cells[column] = bool(int(raw))
        elif kind == "d":
            cells[column] = from_ISO8601(raw)
        else:  # "str" (a formula's text), "e" (an error such as #N/A)
            cells[column] = raw
    return cells
