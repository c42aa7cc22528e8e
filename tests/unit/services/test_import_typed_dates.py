"""Imports: spreadsheet cells (CSV, XLSX) are typed by people, so a due date is read as staff
type it (15/03/2027, Q1/2027, quý 2/2027 …, day first) and a new year outside 1945–2100 is
refused; JSON is a machine format and stays ISO only."""

import csv
import io
import json
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from exchange_helpers import fingerprint

from briefing_app.domain.enums import DuePrecision, ExportFormat
from briefing_app.services import queries
from briefing_app.services.exchange import export_actions, import_actions
from briefing_app.services.exchange.rows import ImportRefusedError
from briefing_app.store.database import OpenedDatabase

P = DuePrecision
TYPED = [
    ("15/03/2027", date(2027, 3, 15), P.DAY),
    ("03/2027", date(2027, 3, 1), P.MONTH),
    ("Q1/2027", date(2027, 1, 1), P.QUARTER),
    ("quý 2/2027", date(2027, 4, 1), P.QUARTER),
    ("tháng 3/2027", date(2027, 3, 1), P.MONTH),
    ("ngày 15 tháng 3 năm 2027", date(2027, 3, 15), P.DAY),
]


def _export(db: OpenedDatabase, path: Path) -> Path:
    fmt = ExportFormat(path.suffix[1:])
    export_actions(db.engine, path, fmt, queries.ActionFilter(), today=date(2026, 1, 15))
    return path


def _with_due(db: OpenedDatabase, path: Path, action_id: int, due: str) -> None:
    """The exported file with one row's due date typed over (and its precision left blank)."""
    _export(db, path)
    if path.suffix == ".csv":
        text = path.read_bytes().decode("utf-8-sig")
        rows = list(csv.DictReader(io.StringIO(text)))
        for row in rows:
            if row["id"] == str(action_id):
                row["due_date"], row["due_precision"] = due, ""
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
        path.write_bytes(b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8"))
    elif path.suffix == ".xlsx":
        book = openpyxl.load_workbook(path)
        sheet = book["Actions"]
        header = [c.value for c in sheet[1]]
        for row in sheet.iter_rows(min_row=2):
            if row[header.index("id")].value == action_id:
                row[header.index("due_date")].value = due  # a text cell, as typed
                row[header.index("due_precision")].value = None
        book.save(path)
    else:
        document = json.loads(path.read_text("utf-8"))
        for record in document["actions"]:
            if record["id"] == action_id:
                record["due_date"], record["due_precision"] = due, None
        path.write_text(json.dumps(document, ensure_ascii=False), "utf-8")


def _due(db: OpenedDatabase, action_id: int) -> tuple[date | None, DuePrecision | None]:
    row = queries.get_action(db.engine, action_id).action
    return row.due_date, row.due_precision


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize(("typed", "day", "precision"), TYPED)
def test_spreadsheets_take_dates_as_staff_type_them(
    seeded_db: OpenedDatabase, tmp_path: Path, suffix: str, typed: str, day: date, precision: P
) -> None:
    path = tmp_path / f"actions{suffix}"
    _with_due(seeded_db, path, 2, typed)
    import_actions(seeded_db.engine, path, changed_by="me")
    assert _due(seeded_db, 2) == (day, precision)


def test_json_stays_iso_only(seeded_db: OpenedDatabase, tmp_path: Path) -> None:
    path = tmp_path / "actions.json"
    _with_due(seeded_db, path, 2, "15/03/2027")
    before = fingerprint(seeded_db.engine)
    with pytest.raises(ImportRefusedError) as refused:
        import_actions(seeded_db.engine, path, changed_by="me")
    assert "must look like 2026-03-15" in str(refused.value)
    assert fingerprint(seeded_db.engine) == before
    _with_due(seeded_db, path, 2, "2027-03-15")
    import_actions(seeded_db.engine, path, changed_by="me")
    assert _due(seeded_db, 2) == (date(2027, 3, 15), P.DAY)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize("typed", ["01/01/1900", "0001-01-01", "31/12/9999"])
def test_a_new_unusual_year_in_a_spreadsheet_is_refused(
    seeded_db: OpenedDatabase, tmp_path: Path, suffix: str, typed: str
) -> None:
    path = tmp_path / f"actions{suffix}"
    _with_due(seeded_db, path, 2, typed)
    before = fingerprint(seeded_db.engine)
    with pytest.raises(ImportRefusedError) as refused:
        import_actions(seeded_db.engine, path, changed_by="me")
    (problem,) = refused.value.problems
    assert problem.column == "due_date"
    assert problem.reason.startswith("is in the year") and "outside 1945–2100" in problem.reason
    assert fingerprint(seeded_db.engine) == before


def test_a_stored_unusual_year_exported_and_imported_back_is_not_refused(
    seeded_db: OpenedDatabase, tmp_path: Path
) -> None:
    path = tmp_path / "actions.json"
    _with_due(seeded_db, path, 2, "1900-01-01")  # JSON keeps what is asked (ISO, no question)
    import_actions(seeded_db.engine, path, changed_by="me")
    assert _due(seeded_db, 2) == (date(1900, 1, 1), P.DAY)
    csv_path = _export(seeded_db, tmp_path / "again.csv")
    import_actions(seeded_db.engine, csv_path, changed_by="me")  # unchanged: no refusal
    assert _due(seeded_db, 2) == (date(1900, 1, 1), P.DAY)
