"""Export to CSV/XLSX/JSON/iCalendar and all-or-nothing import (issue 6)."""

import json
import stat
from dataclasses import replace
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from exchange_helpers import csv_rows, fingerprint, write_csv
from icalendar import Calendar

from briefing_app.domain.enums import ActionStatus, Classification, DuePrecision
from briefing_app.domain.record_kind import RecordKind
from briefing_app.services import listing, queries
from briefing_app.services.action_lifecycle import NewAction, create_action
from briefing_app.services.actions import ActionEdit, update_action
from briefing_app.services.attachments import attach_file
from briefing_app.services.comments import add_comment, edit_comment, strike_comment
from briefing_app.services.dto import PartyRef
from briefing_app.services.exchange import (
    ExportFormat,
    ImportRefusedError,
    export_actions,
    import_actions,
)
from briefing_app.services.pages import PageRequest
from briefing_app.store.database import OpenedDatabase
from sample_files import pdf_letter

ALL = queries.ActionFilter(max_classification=Classification.CONFIDENTIAL)
IMPORTABLE = [ExportFormat.CSV, ExportFormat.XLSX, ExportFormat.JSON]


def _export(db: OpenedDatabase, path: Path, flt: queries.ActionFilter = ALL) -> Path:
    export_actions(db.engine, path, ExportFormat(path.suffix[1:]), flt, today=date(2026, 1, 15))
    return path


def _xlsx_values(path: Path) -> list[list[object]]:
    book = openpyxl.load_workbook(path)
    return [list(r) for r in book["Actions"].iter_rows(values_only=True)]


@pytest.fixture
def db(seeded_db: OpenedDatabase, tmp_path: Path) -> OpenedDatabase:
    """The seeded data plus an internal action with a day deadline, a formula-looking title,
    Vietnamese and Japanese text, a Vietnamese version of its title and description,
    cooperation areas, an edited and a struck comment and a file."""
    created = create_action(
        seeded_db.engine,
        NewAction(
            meeting_id=1,
            title="=SUM(A1) Đà Nẵng – 山梨県 follow-up",
            description='Line one, "quoted"\nline two',
            versions={"title_vi": "=Theo dõi Đà Nẵng", "description_vi": "Dòng một\ndòng hai"},
            status=ActionStatus.IN_PROGRESS,
            classification=Classification.INTERNAL,
            due=(date(2026, 3, 15), DuePrecision.DAY),
            area_ids=(1, 3),
        ),
        changed_by="tester",
    )
    engine, action_id = seeded_db.engine, created.action.id
    said = add_comment(engine, RecordKind.ACTION, action_id, "Đã gọi 山梨県", "Lê Thị Hoa")
    edit_comment(engine, said.id, "Đã gọi điện cho 山梨県", "Lê Thị Hoa")
    wrong = add_comment(engine, RecordKind.ACTION, action_id, "=wrong date", "Tanaka Kenji")
    strike_comment(engine, wrong.id, "Tanaka Kenji")
    attach_file(engine, RecordKind.ACTION, action_id, pdf_letter(tmp_path / "letter.pdf"), "tester")
    return seeded_db


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_exports_are_private_and_replace_atomically(
    db: OpenedDatabase, tmp_path: Path, fmt: ExportFormat
) -> None:
    path = tmp_path / f"actions.{fmt.value}"
    path.write_text("old contents")
    path.chmod(0o644)
    _export(db, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_bytes() != b"old contents"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize("fmt", IMPORTABLE)
def test_export_import_round_trip_is_an_identity(
    db: OpenedDatabase, tmp_path: Path, fmt: ExportFormat
) -> None:
    first = _export(db, tmp_path / f"first.{fmt.value}")
    before = fingerprint(db.engine)
    result = import_actions(db.engine, first, changed_by="tester")
    assert result.count("unchanged") == 8
    assert result.count("update") == result.count("create") == 0
    assert fingerprint(db.engine) == before
    second = _export(db, tmp_path / f"second.{fmt.value}")
    if fmt is ExportFormat.XLSX:
        assert _xlsx_values(first) == _xlsx_values(second)
    else:
        assert first.read_bytes() == second.read_bytes()


def test_csv_is_excel_friendly(db: OpenedDatabase, tmp_path: Path) -> None:
    raw = _export(db, tmp_path / "a.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = csv_rows(tmp_path / "a.csv")
    mine = next(r for r in rows if "Đà Nẵng" in r["title"])
    assert mine["title"].startswith("'=SUM")  # Excel shows it as text, not a formula
    assert mine["due_date"] == "2026-03-15"
    assert mine["status"] == "in_progress"


def test_xlsx_has_dates_drop_downs_frozen_header_and_widths(
    db: OpenedDatabase, tmp_path: Path
) -> None:
    path = _export(db, tmp_path / "a.xlsx")
    sheet = openpyxl.load_workbook(path)["Actions"]
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["id", "version", "meeting_id"]
    assert sheet["A1"].font.bold
    assert sheet.freeze_panes == "A2"
    due_column = header.index("due_date") + 1
    dues = [sheet.cell(row=r, column=due_column).value for r in range(2, sheet.max_row + 1)]
    assert any(getattr(d, "year", None) == 2026 for d in dues)  # real dates, not text
    formulas = {v.formula1 for v in sheet.data_validations.dataValidation}
    assert any("in_progress" in f and "cancelled" in f for f in formulas)
    assert sheet.column_dimensions["E"].width >= 30
    title = next(
        sheet.cell(row=r, column=5)
        for r in range(2, sheet.max_row + 1)
        if "Đà Nẵng" in str(sheet.cell(row=r, column=5).value)
    )
    assert title.data_type == "s"


def test_json_has_ids_versions_parties_and_history(db: OpenedDatabase, tmp_path: Path) -> None:
    document = json.loads(_export(db, tmp_path / "a.json").read_text(encoding="utf-8"))
    actions = document["actions"]
    assert len(actions) == 8
    first = next(a for a in actions if a["id"] == 2)
    assert first["owner"] == {"kind": "locality", "id": first["owner"]["id"], "name": "Yamanashi"}
    assert first["version"] == 1
    mine = actions[-1] if actions[-1]["history"] else next(a for a in actions if a["history"])
    assert mine["history"][0]["field"] == "created"


def test_ics_parses_with_one_todo_per_due_date_and_stable_uids(
    db: OpenedDatabase, tmp_path: Path
) -> None:
    path = _export(db, tmp_path / "a.ics")
    calendar = Calendar.from_ical(path.read_bytes())
    todos = list(calendar.walk("VTODO"))
    with_due = [a for a in queries.list_actions(db.engine, ALL) if a.due_date is not None]
    assert len(todos) == len(with_due) == 3
    assert {str(t["uid"]) for t in todos} == {f"action-{a.id}@briefing-desk" for a in with_due}
    mine = next(t for t in todos if "Đà Nẵng" in str(t["summary"]))
    due = mine.decoded("due")
    assert str(due.tzinfo) == "Asia/Ho_Chi_Minh"
    assert (due.date(), due.hour) == (date(2026, 3, 15), 17)
    assert str(mine["status"]) == "IN-PROCESS"
    events = list(calendar.walk("VEVENT"))
    assert {str(e["uid"]) for e in events} == {
        "meeting-1@briefing-desk",
        "meeting-2@briefing-desk",
        "meeting-3@briefing-desk",
    }
    assert list(calendar.walk("VTIMEZONE"))
    again = Calendar.from_ical(_export(db, tmp_path / "b.ics").read_bytes())
    assert [str(t["uid"]) for t in again.walk("VTODO")] == [str(t["uid"]) for t in todos]


def test_an_export_never_holds_a_record_above_its_level(db: OpenedDatabase, tmp_path: Path) -> None:
    public = queries.ActionFilter(max_classification=Classification.PUBLIC)
    for fmt in ExportFormat:
        text = _export(db, tmp_path / f"p.{fmt.value}", public).read_bytes()
        if fmt is not ExportFormat.XLSX:
            assert "Đà Nẵng".encode() not in text
    assert all("Đà Nẵng" not in str(r) for r in _xlsx_values(tmp_path / "p.xlsx"))
    assert len(_xlsx_values(tmp_path / "p.xlsx")) == 1 + 7


def test_a_spreadsheet_with_one_typo_is_refused_whole_then_applied_exactly(
    db: OpenedDatabase, tmp_path: Path
) -> None:
    path = _export(db, tmp_path / "colleague.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book["Actions"]
    header = [c.value for c in sheet[1]]
    status_col = header.index("status") + 1
    ids = {sheet.cell(row=r, column=1).value: r for r in range(2, sheet.max_row + 1)}
    sheet.cell(row=ids[5], column=status_col).value = "agreed"
    sheet.cell(row=ids[6], column=status_col).value = "in progress"  # spaces are fine
    sheet.cell(row=ids[7], column=status_col).value = "agred"  # the typo
    book.save(path)
    before = fingerprint(db.engine)

    with pytest.raises(ImportRefusedError) as refused:
        import_actions(db.engine, path, changed_by="colleague")
    assert fingerprint(db.engine) == before
    (problem,) = refused.value.problems
    letter = openpyxl.utils.get_column_letter(status_col)
    assert (problem.row, problem.column, problem.cell) == (ids[7], "status", f"{letter}{ids[7]}")
    assert "unknown status 'agred'" in problem.reason
    assert f"cell {letter}{ids[7]}" in str(refused.value)

    sheet.cell(row=ids[7], column=status_col).value = "agreed"
    book.save(path)
    result = import_actions(db.engine, path, changed_by="colleague")
    assert sorted(r.action_id for r in result.rows if r.kind == "update") == [5, 6, 7]
    after = {a.id: a for a in queries.list_actions(db.engine, ALL)}
    assert after[5].status is ActionStatus.AGREED and after[5].version == 2
    assert after[6].status is ActionStatus.IN_PROGRESS
    assert all(after[i].version == 1 for i in (1, 2, 3, 4))
    history = queries.get_action(db.engine, 6).history[-1]
    assert (history.field, history.changed_by, history.comment) == (
        "status",
        "colleague",
        "imported from colleague.xlsx",
    )


def test_a_stale_version_is_refused(db: OpenedDatabase, tmp_path: Path) -> None:
    path = _export(db, tmp_path / "a.csv")
    update_action(db.engine, 3, ActionEdit(description="changed meanwhile"), changed_by="other")
    rows = csv_rows(path)
    for row in rows:
        if row["id"] == "3":
            row["status"] = "in_progress"
    write_csv(path, rows)
    before = fingerprint(db.engine)
    with pytest.raises(ImportRefusedError) as refused:
        import_actions(db.engine, path, changed_by="me")
    assert fingerprint(db.engine) == before
    (problem,) = refused.value.problems
    assert problem.column == "version" and "stale version" in problem.reason


def test_every_problem_is_reported_by_row_and_column(db: OpenedDatabase, tmp_path: Path) -> None:
    path = _export(db, tmp_path / "a.csv")
    rows = csv_rows(path)
    rows[0]["status"] = "finished"
    rows[1]["due_date"] = "2026-02-30"
    rows[2]["owner"] = "Atlantis Province"
    rows[3]["title"] = "x" * 301
    rows[4]["id"] = rows[5]["id"]
    rows[6]["due_date"] = "03/15/2026"  # month first: refused (the day comes first)
    rows.append({**rows[0], "id": "", "version": "", "meeting_id": "", "status": "proposed"})
    write_csv(path, rows)
    before = fingerprint(db.engine)
    with pytest.raises(ImportRefusedError) as refused:
        import_actions(db.engine, path, changed_by="me", dry_run=True)
    found = {(p.row, p.column) for p in refused.value.problems}
    assert {
        (2, "status"),
        (3, "due_date"),
        (4, "owner"),
        (5, "title"),
        (8, "due_date"),
        (10, "meeting_id"),
    } <= found
    assert any(p.column == "id" and "duplicate id" in p.reason for p in refused.value.problems)
    reasons = " | ".join(str(p) for p in refused.value.problems)
    for fragment in ("unknown status", "not a real date", "unknown owner", "too long"):
        assert fragment in reasons
    assert fingerprint(db.engine) == before


def test_wrong_encoding_is_reported_by_line(db: OpenedDatabase, tmp_path: Path) -> None:
    path = _export(db, tmp_path / "a.csv")
    text = path.read_bytes().decode("utf-8-sig")
    path.write_bytes(text.encode("cp1258", errors="replace"))  # a Windows Vietnamese save
    with pytest.raises(ImportRefusedError) as refused:
        import_actions(db.engine, path, changed_by="me")
    assert "not UTF-8" in str(refused.value)
    assert "CSV UTF-8" in str(refused.value)


def test_dry_run_previews_and_writes_nothing_then_new_rows_are_created(
    db: OpenedDatabase, tmp_path: Path
) -> None:
    path = _export(db, tmp_path / "a.json")
    document = json.loads(path.read_text(encoding="utf-8"))
    document["actions"][0]["status"] = "in_progress"
    new = {
        "meeting_id": 2,
        "title": "Send the minutes to Yamanashi",
        "owner": "thanh hoa",
        "due_date": "2026-Q2",
        "cooperation_areas": ["du lich"],
    }
    document["actions"].append(new)
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    before = fingerprint(db.engine)
    preview = import_actions(db.engine, path, changed_by="me", dry_run=True)
    assert not preview.applied
    assert (preview.count("update"), preview.count("create")) == (1, 1)
    assert "status: agreed → in_progress" in preview.report()
    assert fingerprint(db.engine) == before
    done = import_actions(db.engine, path, changed_by="me")
    created = next(r for r in done.rows if r.kind == "create")
    assert created.action_id is not None
    detail = queries.get_action(db.engine, created.action_id)
    assert detail.action.owner == "Thanh Hóa"
    assert detail.action.due_label == "2026-Q2"
    assert detail.cooperation_areas == ["Tourism"]


def test_round_trip_after_edits_reproduces_the_edited_file(
    db: OpenedDatabase, tmp_path: Path
) -> None:
    path = _export(db, tmp_path / "a.csv")
    rows = csv_rows(path)
    rows[0]["comment"] = "Ghi chú: đã gửi thư"
    rows[0]["due_date"], rows[0]["due_precision"] = "2026-04-01", "month"
    rows[0]["repeat"] = "quarterly"
    rows[1]["counterpart"] = ""
    rows[1]["assignee"] = "Lê Thị Hoa"
    write_csv(path, rows)
    import_actions(db.engine, path, changed_by="me")
    again = {r["id"]: r for r in csv_rows(_export(db, tmp_path / "b.csv"))}
    for edited in rows[:2]:
        exported = again[edited["id"]]
        columns = ("due_date", "due_precision", "counterpart", "title", "assignee", "repeat")
        for column in columns:
            assert exported[column] == edited[column]
        assert int(exported["version"]) == int(edited["version"]) + 1
    # the comment went into the thread: shown in `comments`, the `comment` cell empty again
    commented = again[rows[0]["id"]]
    assert commented["comment"] == ""
    assert commented["comments"].startswith(rows[0]["comments"])
    assert commented["comments"].endswith(" me: Ghi chú: đã gửi thư")


@pytest.mark.parametrize(
    "listed",
    [
        queries.ActionFilter(statuses=(ActionStatus.PROPOSED,)),
        queries.ActionFilter(search="Yamanashi"),
        queries.ActionFilter(meeting_id=1, statuses=(ActionStatus.PROPOSED, ActionStatus.AGREED)),
        queries.ActionFilter(ids=(2, 5)),
        queries.ActionFilter(owner=PartyRef("locality", 19, "Yamanashi")),
        queries.ActionFilter(area_id=3),
        queries.ActionFilter(due_from=date(2026, 3, 1), due_to=date(2026, 3, 31)),
        queries.ActionFilter(classifications=(Classification.INTERNAL,)),
        queries.ActionFilter(),
    ],
)
def test_an_export_of_the_lists_filter_holds_exactly_the_listed_ids(
    db: OpenedDatabase, tmp_path: Path, listed: queries.ActionFilter
) -> None:
    """The list's filter is the export's: every field of it applies (owner, area, due range,
    classification as much as search and status), with the export's ceiling on top."""
    shown = listing.page_actions(db.engine, listed, PageRequest(limit=1000))
    assert shown.total > 0
    path = tmp_path / "listed.json"
    wanted = replace(listed, max_classification=Classification.CONFIDENTIAL)
    result = export_actions(db.engine, path, ExportFormat.JSON, wanted)
    exported = [a["id"] for a in json.loads(path.read_text(encoding="utf-8"))["actions"]]
    assert sorted(exported) == sorted(r.id for r in shown.rows)
    assert result.actions == shown.total
