"""Import and export keep every language's version of an action's texts (issue 15): the English
in `title`/`description`, the Vietnamese in `title_vi`/`description_vi` (spreadsheets) or
`title_translations` (JSON, as `show --json`); what people read is in the export's language."""

import json
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pytest
import sqlalchemy as sa
from exchange_helpers import csv_rows, fingerprint, write_csv
from icalendar import Calendar

from briefing_app.domain import models as m
from briefing_app.domain.enums import Classification
from briefing_app.domain.errors import ValidationError
from briefing_app.domain.record_kind import RecordKind
from briefing_app.domain.translations import (
    BASE_LANGUAGE,
    OFFICE_TRANSLATION,
    set_reading_language,
)
from briefing_app.services import queries
from briefing_app.services.action_lifecycle import (
    NewAction,
    create_action,
    delete_action,
    duplicate_action,
    restore_action,
)
from briefing_app.services.actions import ActionEdit, update_action
from briefing_app.services.comments import add_comment
from briefing_app.services.exchange import (
    ExportFormat,
    ImportRefusedError,
    export_actions,
    import_actions,
)
from briefing_app.services.record_kinds import editing
from briefing_app.services.search import search_all
from briefing_app.store.database import OpenedDatabase
from briefing_app.store.unit_of_work import reading, writing

ALL = queries.ActionFilter(max_classification=Classification.CONFIDENTIAL)
TITLE_VI = "Ký văn kiện hợp tác nông nghiệp công nghệ cao"
DESCRIPTION_VI = "Hai tỉnh thống nhất lộ trình.\nGửi dự thảo trước Tết."
MEETING_VI = "Hội đàm Thanh Hóa – Yamanashi"


@pytest.fixture
def vietnamese() -> Iterator[None]:
    """Read records in Vietnamese (as `--lang vi` and the Vietnamese interface do)."""
    set_reading_language("vi")
    yield
    set_reading_language(BASE_LANGUAGE)


@pytest.fixture
def db(seeded_db: OpenedDatabase) -> OpenedDatabase:
    """The seeded data; action 3 has a Vietnamese title and description, action 2 none (the
    dataset may have them), meeting 1 has a Vietnamese title, meeting 2 none."""
    update_action(
        seeded_db.engine,
        3,
        ActionEdit(versions={"title_vi": TITLE_VI, "description_vi": DESCRIPTION_VI}),
        changed_by="Lê Thị Hoa",
    )
    update_action(
        seeded_db.engine,
        2,
        ActionEdit(versions={"title_vi": None, "description_vi": None}),
        changed_by="Lê Thị Hoa",
    )
    editing.edit_record(
        seeded_db.engine, RecordKind.MEETING, 1, {"title_vi": MEETING_VI}, changed_by="Lê Thị Hoa"
    )
    editing.edit_record(
        seeded_db.engine, RecordKind.MEETING, 2, {"title_vi": None}, changed_by="Lê Thị Hoa"
    )
    return seeded_db


def _export(db: OpenedDatabase, path: Path) -> Path:
    export_actions(db.engine, path, ExportFormat(path.suffix[1:]), ALL, today=date(2026, 1, 15))
    return path


def _texts(db: OpenedDatabase, ids: list[int] | None = None) -> list[str]:
    """The actions' texts in every language (of `ids`, else of all), in a comparable order
    (the mark of the office's translations stays in the database they were made in)."""
    action = m.FollowUpAction
    query = sa.select(action.title, action.description, action.translations)
    if ids is not None:
        query = query.where(action.id.in_(ids))
    with reading(db.engine) as session:
        rows = session.execute(query).all()
    texts = []
    for title, description, translations in rows:
        versions = {
            language: {k: v for k, v in fields.items() if k != OFFICE_TRANSLATION}
            for language, fields in translations.items()
        }
        texts.append(json.dumps([title, description, versions], ensure_ascii=False, sort_keys=True))
    return sorted(texts)


def _without_ids(path: Path) -> None:
    """The exported file as new actions (no id, no version): what another database takes."""
    if path.suffix == ".json":
        document = json.loads(path.read_text(encoding="utf-8"))
        for action in document["actions"]:
            del action["id"], action["version"]
        path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    elif path.suffix == ".csv":
        rows = csv_rows(path)
        for row in rows:
            row["id"] = row["version"] = ""
        write_csv(path, rows)
    else:
        book = openpyxl.load_workbook(path)
        sheet = book["Actions"]
        for row in range(2, sheet.max_row + 1):
            sheet.cell(row=row, column=1).value = sheet.cell(row=row, column=2).value = None
        book.save(path)


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "json"])
def test_both_versions_travel_to_another_database(
    db: OpenedDatabase, make_db: Callable[..., OpenedDatabase], tmp_path: Path, fmt: str
) -> None:
    path = _export(db, tmp_path / f"actions.{fmt}")
    _without_ids(path)
    other = make_db("other.sqlite3")

    result = import_actions(other.engine, path, changed_by="Tanaka Kenji")

    assert result.count("create") == 7
    created = _texts(other, [r.action_id for r in result.rows if r.action_id is not None])
    assert created == _texts(db)
    vietnamese = {"vi": {"description": DESCRIPTION_VI, "title": TITLE_VI}}
    assert sum(json.loads(t)[2] == vietnamese for t in created) == 1


def test_editing_a_vietnamese_cell_changes_only_that_version_with_history(
    db: OpenedDatabase, tmp_path: Path
) -> None:
    path = _export(db, tmp_path / "a.csv")
    rows = csv_rows(path)
    row = next(r for r in rows if r["id"] == "3")
    assert (row["title_vi"], row["description_vi"]) == (TITLE_VI, DESCRIPTION_VI)
    english = row["title"]
    row["title_vi"] = "Ký văn kiện hợp tác (bản sửa)"
    write_csv(path, rows)

    result = import_actions(db.engine, path, changed_by="Lê Thị Hoa")

    (changed,) = [r for r in result.rows if r.kind == "update"]
    assert changed.action_id == 3
    assert changed.changes == (("title_vi", TITLE_VI, "Ký văn kiện hợp tác (bản sửa)"),)
    assert f"title_vi: {TITLE_VI} → Ký văn kiện hợp tác (bản sửa)" in result.report()
    record = editing.read_record(db.engine, RecordKind.ACTION, 3)
    assert record.values["title"] == english
    assert record.values["title_vi"] == "Ký văn kiện hợp tác (bản sửa)"
    assert record.values["description_vi"] == DESCRIPTION_VI
    last = editing.record_history(db.engine, RecordKind.ACTION, 3)[-1]
    assert (last.field, last.changed_by, last.old_value) == ("title_vi", "Lê Thị Hoa", TITLE_VI)
    # the same file again: the action moved on, so it is refused and changes nothing
    before = fingerprint(db.engine)
    with pytest.raises(ImportRefusedError):
        import_actions(db.engine, path, changed_by="Lê Thị Hoa")
    assert fingerprint(db.engine) == before


def test_an_older_sheet_without_the_columns_leaves_every_version_alone(
    db: OpenedDatabase, tmp_path: Path
) -> None:
    path = _export(db, tmp_path / "old.csv")
    rows = [
        {k: v for k, v in r.items() if k not in ("title_vi", "description_vi")}
        for r in csv_rows(path)
    ]
    next(r for r in rows if r["id"] == "3")["title"] = "Sign the cooperation document"
    next(r for r in rows if r["id"] == "3")["description"] = ""
    write_csv(path, rows)

    import_actions(db.engine, path, changed_by="me")

    record = editing.read_record(db.engine, RecordKind.ACTION, 3)
    assert record.values["title"] == "Sign the cooperation document"
    assert record.values["description"] is None
    assert (record.values["title_vi"], record.values["description_vi"]) == (
        TITLE_VI,
        DESCRIPTION_VI,
    )


def test_an_older_json_without_translations_sets_the_english_only(
    db: OpenedDatabase, tmp_path: Path
) -> None:
    path = _export(db, tmp_path / "old.json")
    document = json.loads(path.read_text(encoding="utf-8"))
    mine = next(a for a in document["actions"] if a["id"] == 3)
    for key in ("title_translations", "description_translations", "meeting_title_translations"):
        del mine[key]
    mine["title"] = "Sign the cooperation document"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")

    result = import_actions(db.engine, path, changed_by="me")

    (changed,) = [r for r in result.rows if r.kind == "update"]
    assert [field for field, _old, _new in changed.changes] == ["title"]
    record = editing.read_record(db.engine, RecordKind.ACTION, 3)
    assert record.values["title"] == "Sign the cooperation document"
    assert record.values["title_vi"] == TITLE_VI


def test_an_actions_own_text_language_is_read_and_an_unknown_one_refused(
    db: OpenedDatabase, tmp_path: Path
) -> None:
    path = _export(db, tmp_path / "own.json")
    document = json.loads(path.read_text(encoding="utf-8"))
    mine = next(a for a in document["actions"] if a["id"] == 3)
    assert mine["text_language"] == document["language"] == "en"
    mine["text_language"] = "ja"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    before = fingerprint(db.engine)

    with pytest.raises(ImportRefusedError, match="text_language"):
        import_actions(db.engine, path, changed_by="me")

    assert fingerprint(db.engine) == before


def test_json_carries_the_versions_as_show_json_does(
    db: OpenedDatabase, tmp_path: Path, vietnamese: None
) -> None:
    document = json.loads(_export(db, tmp_path / "vi.json").read_text(encoding="utf-8"))
    assert document["language"] == "vi"  # what the plain texts are in
    mine = next(a for a in document["actions"] if a["id"] == 3)
    english = editing.read_record(db.engine, RecordKind.ACTION, 3).values["title"]
    assert mine["title"] == TITLE_VI
    assert mine["title_translations"] == {"en": english, "vi": TITLE_VI}
    assert mine["description_translations"]["vi"] == DESCRIPTION_VI
    assert mine["meeting_title"] == MEETING_VI
    assert mine["meeting_title_translations"]["vi"] == MEETING_VI
    untranslated = next(a for a in document["actions"] if a["id"] == 2)
    assert untranslated["title_translations"]["vi"] is None
    assert untranslated["title"] == untranslated["title_translations"]["en"]  # the fallback
    # the Vietnamese title shown in `title` never becomes the English version
    before = fingerprint(db.engine)
    assert import_actions(db.engine, tmp_path / "vi.json", changed_by="me").count("update") == 0
    assert fingerprint(db.engine) == before
    document["language"] = "fr"
    (tmp_path / "fr.json").write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ImportRefusedError) as refused:
        import_actions(db.engine, tmp_path / "fr.json", changed_by="me")
    assert [(p.column, p.reason) for p in refused.value.problems] == [
        ("language", 'must be one of en, vi: "fr"')
    ]


def test_a_vietnamese_export_shows_people_vietnamese(
    db: OpenedDatabase, tmp_path: Path, vietnamese: None
) -> None:
    rows = csv_rows(_export(db, tmp_path / "vi.csv"))
    before = fingerprint(db.engine)
    again = import_actions(db.engine, tmp_path / "vi.csv", changed_by="me")
    assert again.count("unchanged") == len(rows) == 7  # parties named in Vietnamese too
    assert fingerprint(db.engine) == before
    areas = {a for r in rows for a in r["cooperation_areas"].split("; ") if a}
    assert "Văn hóa" in areas and "Culture" not in areas
    meetings = {r["meeting_id"]: r["meeting"] for r in rows}
    assert meetings["1"] == MEETING_VI
    assert meetings["2"].startswith("Prime Minister")  # no Vietnamese version: the English
    header = list(rows[0])
    assert header[header.index("title") + 1] == "title_vi"
    assert header[header.index("description") + 1] == "description_vi"
    sheet = openpyxl.load_workbook(_export(db, tmp_path / "vi.xlsx"))["Actions"]
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    meeting = values[0].index("meeting")
    assert MEETING_VI in {row[meeting] for row in values[1:]}

    calendar = Calendar.from_ical(_export(db, tmp_path / "vi.ics").read_bytes())
    todo = next(t for t in calendar.walk("VTODO") if str(t["uid"]) == "action-3@briefing-desk")
    assert str(todo["summary"]) == TITLE_VI
    description = str(todo["description"])
    assert f"Cuộc gặp: {MEETING_VI}" in description and DESCRIPTION_VI in description
    event = next(e for e in calendar.walk("VEVENT") if str(e["uid"]) == "meeting-1@briefing-desk")
    assert str(event["summary"]) == MEETING_VI


def test_a_bad_vietnamese_cell_is_refused_by_row_and_column_and_nothing_is_written(
    db: OpenedDatabase, tmp_path: Path
) -> None:
    path = _export(db, tmp_path / "a.csv")
    rows = csv_rows(path)
    rows[0]["status"] = "agreed" if rows[0]["status"] != "agreed" else "proposed"
    rows[1]["title_vi"] = "x" * 301
    rows[2]["description_vi"] = "Dòng\x07một"
    rows.append({**rows[3], "id": "", "version": "", "title_vi": "y" * 301})
    rows.append({**rows[3], "id": "", "version": "", "title": "", "title_vi": "Thăm Nhật Bản"})
    write_csv(path, rows)
    before = fingerprint(db.engine)

    for dry_run in (True, False):
        with pytest.raises(ImportRefusedError) as refused:
            import_actions(db.engine, path, changed_by="me", dry_run=dry_run)
        found = {(p.row, p.column, p.cell) for p in refused.value.problems}
        assert found == {
            (3, "title_vi", "F3"),
            (4, "description_vi", "P4"),
            (9, "title_vi", "F9"),
            (10, "title", "E10"),
        }
        reasons = " | ".join(str(p) for p in refused.value.problems)
        assert "too long" in reasons and "control character" in reasons
        assert "row 10, column title, cell E10: is required in English too" in reasons
        assert fingerprint(db.engine) == before


def test_new_actions_in_bulk_keep_their_versions_and_are_found_in_either_language(
    seeded_db: OpenedDatabase, tmp_path: Path
) -> None:
    path = tmp_path / "new.csv"
    lines = ["meeting_id,title,title_vi,description,description_vi"]
    lines += [
        f"1,Agricultural cooperation {n},Hợp tác nông nghiệp số {n},,Gửi báo cáo {n}"
        for n in range(3)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    result = import_actions(seeded_db.engine, path, changed_by="bulk")

    ids = [r.action_id for r in result.rows]
    assert len(ids) == 3
    record = editing.read_record(seeded_db.engine, RecordKind.ACTION, ids[1])
    assert (record.values["title_vi"], record.values["description_vi"]) == (
        "Hợp tác nông nghiệp số 1",
        "Gửi báo cáo 1",
    )
    assert record.values["description"] is None
    for typed in ("hop tac nong nghiep so 2", "gui bao cao 2", "Agricultural cooperation 2"):
        found = {h.id for g in search_all(seeded_db.engine, typed) for h in g.hits}
        assert ids[2] in found, typed


def test_a_version_follows_the_english_columns_rules(seeded_db: OpenedDatabase) -> None:
    with pytest.raises(ValidationError) as refused:
        create_action(
            seeded_db.engine,
            NewAction(meeting_id=1, title="Visit", versions={"title_vi": "a\x00b", "x_vi": "?"}),
            changed_by="me",
        )
    assert {e.field for e in refused.value.errors} == {"title_vi", "x_vi"}
    saved = create_action(
        seeded_db.engine,
        NewAction(
            meeting_id=1, title="Visit", versions={"title_vi": "  Thăm  ", "description_vi": ""}
        ),
        changed_by="me",
    )
    record = editing.read_record(seeded_db.engine, RecordKind.ACTION, saved.action.id)
    assert (record.values["title_vi"], record.values["description_vi"]) == ("Thăm", None)


def test_a_party_is_found_by_its_vietnamese_name(db: OpenedDatabase, tmp_path: Path) -> None:
    yamanashi = next(
        r.id for r in editing.list_records(db.engine, RecordKind.LOCALITY) if r.label == "Yamanashi"
    )
    editing.edit_record(
        db.engine, RecordKind.LOCALITY, yamanashi, {"name_vi": "tỉnh Yamanashi"}, changed_by="me"
    )
    path = tmp_path / "new.csv"
    path.write_text("meeting_id,title,owner\n1,Visit,tỉnh Yamanashi\n", encoding="utf-8")
    result = import_actions(db.engine, path, changed_by="me")
    detail = queries.get_action(db.engine, result.rows[0].action_id or 0)
    assert detail.action.owner == "Yamanashi"


def test_undo_of_a_delete_a_duplicate_and_a_next_occurrence_keep_the_versions(
    db: OpenedDatabase,
) -> None:
    snapshot = delete_action(db.engine, 3)
    restored = restore_action(db.engine, snapshot, changed_by="me")
    values = editing.read_record(db.engine, RecordKind.ACTION, restored.action.id).values
    assert (values["title_vi"], values["description_vi"]) == (TITLE_VI, DESCRIPTION_VI)
    copy = duplicate_action(db.engine, restored.action.id, changed_by="me", title="Copy")
    values = editing.read_record(db.engine, RecordKind.ACTION, copy.action.id).values
    assert values["title_vi"] == TITLE_VI


def test_a_remarks_versions_travel_in_json(
    db: OpenedDatabase, make_db: Callable[..., OpenedDatabase], tmp_path: Path
) -> None:
    said = add_comment(db.engine, RecordKind.ACTION, 3, "Send the draft first", "Lê Thị Hoa")
    with writing(db.engine) as session:
        row = session.get(m.Comment, said.id)
        assert row is not None
        row.translations = {"vi": {"text": "Gửi dự thảo trước", OFFICE_TRANSLATION: True}}
    path = _export(db, tmp_path / "actions.json")
    document = json.loads(path.read_text(encoding="utf-8"))
    mine = next(a for a in document["actions"] if a["id"] == 3)
    comment = next(c for c in mine["comments"] if c["text"] == "Send the draft first")
    assert comment["text_translations"] == {"en": "Send the draft first", "vi": "Gửi dự thảo trước"}
    _without_ids(path)
    other = make_db("other.sqlite3")

    result = import_actions(other.engine, path, changed_by="Tanaka Kenji")

    with reading(other.engine) as session:
        copied = session.scalars(
            sa.select(m.Comment).where(
                m.Comment.record_id.in_([r.action_id for r in result.rows]),
                m.Comment.text == "Send the draft first",
            )
        ).one()
        assert copied.translations == {"vi": {"text": "Gửi dự thảo trước"}}
    before = fingerprint(other.engine)
    comment["text_translations"] = {"vi": 3}
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ImportRefusedError) as refused:
        import_actions(other.engine, path, changed_by="me")
    assert ("comments", "must be text") in {(p.column, p.reason) for p in refused.value.problems}
    assert fingerprint(other.engine) == before
