"""CSV as Excel likes it: UTF-8 with a byte-order mark (so Vietnamese shows right), a header
row, ISO dates, and formula-looking text guarded by an apostrophe."""

import csv
import io
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from briefing_app.i18n import QT_TRANSLATE_NOOP
from briefing_app.services.exchange.columns import (
    COLUMNS,
    OLDER_COLUMNS,
    TEXT_COLUMNS,
    cells_of,
    column_letter,
    guard_formula,
    normal_header,
    unguard_formula,
)
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

BOM = b"\xef\xbb\xbf"


def _text(column: str, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    return guard_formula(text) if column in TEXT_COLUMNS else text


def write_csv(export: ExportSet, handle: BinaryIO) -> None:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for action in export.actions:
        cells = cells_of(action)
        writer.writerow([_text(c, cells[c]) for c in COLUMNS])
    handle.write(BOM + buffer.getvalue().encode("utf-8"))


def _decode(data: bytes, problems: list[Problem]) -> str | None:
    if data.startswith(BOM):
        data = data[len(BOM) :]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for number, line in enumerate(data.split(b"\n"), start=1):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError as exc:
            bad = line[exc.start : exc.start + 1].hex().upper()
            problems.append(
                Problem.of(
                    None,
                    None,
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "line {line}: not UTF-8 text (byte 0x{byte} at character {position}); "
                        "save the file as “CSV UTF-8”",
                    ),
                    line=number,
                    byte=bad,
                    position=exc.start + 1,
                )
            )
    return None


def header_columns(header: Sequence[Any], problems: list[Problem]) -> list[str | None]:
    """Each header cell's column name (None for blank trailing cells); problems for the rest."""
    names: list[str | None] = []
    seen: set[str] = set()
    for index, raw in enumerate(header):
        name = normal_header(raw)
        cell = f"{column_letter(index)}1"
        if not name:
            names.append(None)
            continue
        if name not in COLUMNS and name not in OLDER_COLUMNS:
            problems.append(
                Problem.of(
                    1,
                    str(raw),
                    QT_TRANSLATE_NOOP("Messages", "unknown column; the columns are {columns}"),
                    cell,
                    columns=", ".join(COLUMNS),
                )
            )
        elif name in seen:
            problems.append(
                Problem(1, name, QT_TRANSLATE_NOOP("Messages", "the column appears twice"), cell)
            )
        seen.add(name)
        names.append(name)
    if not ({"id", "title"} & seen):
        problems.append(
            Problem(
                1, None, QT_TRANSLATE_NOOP("Messages", "the header needs an id or a title column")
            )
        )
    return names


def _records(text: str) -> tuple[list[list[str]], Problem | None]:
    """The file's records (rows as a spreadsheet counts them). Strict: a stray or unterminated
    quote is a refusal naming the line it starts on, never a field that silently swallows the
    rows after it."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    records: list[list[str]] = []
    start = 1
    try:
        for record in reader:
            if len(records) > MAX_ROWS:  # the header and MAX_ROWS rows are allowed
                return records, Problem.of(None, None, TOO_MANY_ROWS, limit=MAX_ROWS)
            records.append(record)
            start = reader.line_num + 1
    except csv.Error as exc:
        return records, Problem.of(
            None,
            None,
            QT_TRANSLATE_NOOP(
                "Messages",
                "line {line}: not readable as CSV ({reason}); check the quotes from that line on",
            ),
            line=start,
            reason=exc,
        )
    return records, None


def read_csv(path: Path) -> tuple[list[SourceRow], list[Problem]]:
    problems: list[Problem] = []
    text = _decode(path.read_bytes(), problems)
    if text is None:
        return [], problems
    records, broken = _records(text)
    if broken is not None:
        return [], [broken]
    if not records:
        return [], [
            Problem(
                None,
                None,
                QT_TRANSLATE_NOOP("Messages", "the file is empty (a header row is needed)"),
            )
        ]
    header = records[0]
    if len(header) > MAX_COLUMNS:
        return [], [Problem.of(1, None, TOO_MANY_COLUMNS, count=len(header), limit=MAX_COLUMNS)]
    names = header_columns(header, problems)
    rows: list[SourceRow] = []
    letters = [column_letter(index) for index in range(len(header))]
    for number, record in enumerate(records[1:], start=2):
        if not any(v.strip() for v in record):
            continue
        if len(record) != len(header):
            problems.append(
                Problem.of(
                    number,
                    None,
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "the row has {count} values but the header has {columns} columns; "
                        "a quote or a separator is probably missing",
                    ),
                    count=len(record),
                    columns=len(header),
                )
            )
            continue
        cells: dict[str, Any] = {}
        refs: dict[str, str] = {}
        for index, value in enumerate(record):
            name = names[index]
            if name is None:
                if value.strip():
                    problems.append(
                        Problem(
                            number,
                            None,
                            QT_TRANSLATE_NOOP("Messages", "a value outside the header's columns"),
                            f"{column_letter(index)}{number}",
                        )
                    )
                continue
            if name in cells:  # a repeated column, reported in the header
                continue
            if len(value) > MAX_CELL_CHARS:
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
            text_value = unguard_formula(value) if name in TEXT_COLUMNS else value
            cells[name] = text_value if text_value.strip() else None
            refs[name] = f"{letters[index]}{number}"
        rows.append(SourceRow(number, cells, refs))
    return rows, problems
