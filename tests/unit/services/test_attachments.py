"""Files kept with records inside the database: deduplicated, limited, checked, and carried by
backups and the JSON export byte for byte (issue 13)."""

import hashlib
import json
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from briefing_app.domain import models as m
from briefing_app.domain.enums import ExportFormat
from briefing_app.domain.errors import NotFoundError, UserError
from briefing_app.domain.record_kind import RecordKind
from briefing_app.services.action_lifecycle import delete_action, restore_action
from briefing_app.services.attachments import (
    MAX_BYTES,
    attach_file,
    attachment_content,
    list_attachments,
    remove_attachment,
)
from briefing_app.services.comments import (
    add_comment,
    edit_comment,
    list_comments,
    strike_comment,
)
from briefing_app.services.dto import OfficialDocument
from briefing_app.services.exchange.export_actions import export_actions
from briefing_app.services.exchange.import_actions import import_actions
from briefing_app.services.record_kinds.trash import delete_record, empty_trash
from briefing_app.store.backup import backup_file
from briefing_app.store.database import OpenedDatabase, open_database
from sample_files import pdf_letter

LETTER = OfficialDocument("1234/UBND-NgV", date(2025, 12, 20), "UBND tỉnh Thanh Hóa")


def _blobs(db: OpenedDatabase) -> int:
    with db.engine.connect() as connection:
        return connection.scalar(sa.select(sa.func.count()).select_from(m.Blob)) or 0


def test_a_letter_is_kept_byte_for_byte_with_its_number(
    seeded_db: OpenedDatabase, tmp_path: Path
) -> None:
    letter = pdf_letter(tmp_path / "cong-van-1234.pdf")
    row = attach_file(seeded_db.engine, RecordKind.ACTION, 3, letter, "Lê Thị Hoa", LETTER)

    assert (row.file_name, row.media_type, row.size) == (
        "cong-van-1234.pdf",
        "application/pdf",
        letter.stat().st_size,
    )
    assert row.sha256 == hashlib.sha256(letter.read_bytes()).hexdigest()
    assert row.document == LETTER and row.added_by == "Lê Thị Hoa"
    again, content = attachment_content(seeded_db.engine, row.id)
    assert again == row and content == letter.read_bytes()
    assert list_attachments(seeded_db.engine, RecordKind.ACTION, 3) == [row]


def test_the_same_file_on_two_records_is_stored_once(
    seeded_db: OpenedDatabase, tmp_path: Path
) -> None:
    letter = pdf_letter(tmp_path / "letter.pdf")
    first = attach_file(seeded_db.engine, RecordKind.ACTION, 3, letter, "lan")
    attach_file(seeded_db.engine, RecordKind.AGREEMENT, 1, letter, "lan")
    assert _blobs(seeded_db) == 1

    remove_attachment(seeded_db.engine, first.id)
    assert _blobs(seeded_db) == 1  # the agreement still keeps it
    assert list_attachments(seeded_db.engine, RecordKind.ACTION, 3) == []
    (kept,) = list_attachments(seeded_db.engine, RecordKind.AGREEMENT, 1)
    remove_attachment(seeded_db.engine, kept.id)
    assert _blobs(seeded_db) == 0


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("letter.pdf", b"MZ\x90\x00 an executable renamed", "is not a PDF file"),
        ("photo.jpg", b"%PDF-1.4 a pdf named as a photo", "is not a JPG file"),
        ("notes.txt", b"\x00\x01\x02 binary", "is not a TXT file"),
        ("setup.exe", b"MZ\x90\x00", "files of this type cannot be attached"),
        ("no-extension", b"hello", "files of this type cannot be attached"),
    ],
)
def test_a_file_that_is_not_what_its_name_says_is_refused(
    seeded_db: OpenedDatabase, tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UserError, match=message):
        attach_file(seeded_db.engine, RecordKind.ACTION, 3, path, "lan")
    assert list_attachments(seeded_db.engine, RecordKind.ACTION, 3) == []
    assert _blobs(seeded_db) == 0


def test_a_file_above_the_limit_is_refused_before_it_is_read(
    seeded_db: OpenedDatabase, tmp_path: Path
) -> None:
    big = tmp_path / "scan.pdf"
    with big.open("wb") as handle:  # sparse: 50 MB and one byte, written in no time
        handle.write(b"%PDF-1.4\n")
        handle.truncate(MAX_BYTES + 1)
    with pytest.raises(UserError, match=r"scan.pdf is 50.0 MB; a file of at most 50 MB"):
        attach_file(seeded_db.engine, RecordKind.ACTION, 3, big, "lan")
    assert _blobs(seeded_db) == 0


def test_text_and_office_files_are_recognised(seeded_db: OpenedDatabase, tmp_path: Path) -> None:
    from openpyxl import Workbook

    sheet = tmp_path / "tracker.xlsx"
    Workbook().save(sheet)
    note = tmp_path / "ghi-chu.txt"
    note.write_text("Ghi chú: gọi điện cho 山梨県\n", encoding="utf-8")
    for path in (sheet, note):
        attach_file(seeded_db.engine, RecordKind.MEETING, 1, path, "lan")
    types = [a.media_type for a in list_attachments(seeded_db.engine, RecordKind.MEETING, 1)]
    assert types == [
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "text/plain",
    ]


def test_an_unknown_record_is_refused(seeded_db: OpenedDatabase, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError, match="no meeting with id 777"):
        attach_file(seeded_db.engine, RecordKind.MEETING, 777, pdf_letter(tmp_path / "a.pdf"), "x")


@pytest.mark.sqlite_only  # a backup file (a server's backups are pg_dump's)
def test_a_backup_carries_every_comment_and_file(seeded_db: OpenedDatabase, tmp_path: Path) -> None:
    letter = pdf_letter(tmp_path / "letter.pdf")
    attach_file(seeded_db.engine, RecordKind.ACTION, 3, letter, "lan", LETTER)
    add_comment(seeded_db.engine, RecordKind.ACTION, 3, "Đã gửi công văn", "lan")
    copy = backup_file(seeded_db.engine, tmp_path / "elsewhere" / "backup.sqlite3")

    other = open_database(f"sqlite:///{copy}")
    try:
        (kept,) = list_attachments(other.engine, RecordKind.ACTION, 3)
        assert attachment_content(other.engine, kept.id)[1] == letter.read_bytes()
        assert kept.document == LETTER
        assert list_comments(other.engine, RecordKind.ACTION, 3) == list_comments(
            seeded_db.engine, RecordKind.ACTION, 3
        )
    finally:
        other.engine.dispose()


def test_the_json_export_carries_threads_and_files_into_another_database(
    make_db, tmp_path: Path
) -> None:
    source, target = make_db("here.sqlite3"), make_db("there.sqlite3")
    letter = pdf_letter(tmp_path / "letter.pdf")
    attach_file(source.engine, RecordKind.ACTION, 3, letter, "Lê Thị Hoa", LETTER)
    add_comment(source.engine, RecordKind.ACTION, 3, "Yamanashi đã nhận thư", "Lê Thị Hoa")
    struck = add_comment(source.engine, RecordKind.ACTION, 3, "Sai ngày", "Lê Thị Hoa")
    strike_comment(source.engine, struck.id, "Lê Thị Hoa")
    exported = tmp_path / "actions.json"
    export_actions(source.engine, exported, ExportFormat.JSON)

    dry = import_actions(target.engine, exported, changed_by="Tanaka Kenji", dry_run=True)
    result = import_actions(target.engine, exported, changed_by="Tanaka Kenji")

    for told in (dry, result):  # the report says what the threads gained
        (row,) = [r for r in told.rows if r.action_id == 3]
        assert row.kind == "update"
        assert ("comments", None, "+2") in row.changes
        assert ("attachments", None, "letter.pdf") in row.changes
    (copied,) = list_attachments(target.engine, RecordKind.ACTION, 3)
    assert attachment_content(target.engine, copied.id)[1] == letter.read_bytes()
    assert (copied.file_name, copied.document, copied.added_by) == (
        "letter.pdf",
        LETTER,
        "Lê Thị Hoa",
    )

    def thread(db: OpenedDatabase) -> list[tuple[object, ...]]:
        return [
            (c.author, c.written_at.replace(microsecond=0), c.text, c.struck_at is not None)
            for c in list_comments(db.engine, RecordKind.ACTION, 3)
        ]

    assert thread(target) == thread(source)
    again = import_actions(target.engine, exported, changed_by="Tanaka Kenji")
    assert again.count("update") == 0  # nothing doubles
    assert thread(target) == thread(source)
    assert len(list_attachments(target.engine, RecordKind.ACTION, 3)) == 1


def test_emptying_the_trash_forgets_a_deleted_records_comments_and_files(
    seeded_db: OpenedDatabase, tmp_path: Path
) -> None:
    attach_file(seeded_db.engine, RecordKind.AGREEMENT, 1, pdf_letter(tmp_path / "a.pdf"), "lan")
    add_comment(seeded_db.engine, RecordKind.AGREEMENT, 1, "MoU draft", "lan")
    delete_record(seeded_db.engine, RecordKind.AGREEMENT, 1, changed_by="lan")
    assert _blobs(seeded_db) == 1  # kept while the agreement may come back from the trash
    empty_trash(seeded_db.engine)
    with seeded_db.engine.connect() as connection:
        left = connection.scalar(
            sa.select(sa.func.count()).select_from(m.Comment).where(m.Comment.kind == "agreement")
        )
    assert (left, _blobs(seeded_db)) == (0, 0)


def test_exported_times_carry_their_offset_and_any_offset_is_read(make_db, tmp_path: Path) -> None:
    db = make_db("times.sqlite3")
    add_comment(db.engine, RecordKind.ACTION, 3, "Đã gửi thư", "Lê Thị Hoa")
    exported = tmp_path / "actions.json"
    export_actions(db.engine, exported, ExportFormat.JSON)
    document = json.loads(exported.read_text(encoding="utf-8"))
    (action,) = [a for a in document["actions"] if a["id"] == 3]
    assert action["comments"][-1]["written_at"].endswith("+00:00")

    action["comments"] = [
        {"author": "Tanaka Kenji", "written_at": "2026-01-05T16:30:00+07:00", "text": "Hà Nội"}
    ]
    document["actions"] = [action]
    exported.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    import_actions(db.engine, exported, changed_by="lan")
    written = {c.text: c.written_at for c in list_comments(db.engine, RecordKind.ACTION, 3)}
    assert str(written["Hà Nội"]) == "2026-01-05 09:30:00"  # stored as UTC


def test_emptying_the_trash_keeps_the_thread_of_an_action_whose_delete_can_be_undone(
    seeded_db: OpenedDatabase, tmp_path: Path
) -> None:
    attach_file(seeded_db.engine, RecordKind.ACTION, 2, pdf_letter(tmp_path / "a.pdf"), "lan")
    add_comment(seeded_db.engine, RecordKind.ACTION, 2, "Đã gửi thư", "lan")
    before = list_comments(seeded_db.engine, RecordKind.ACTION, 2)
    snapshot = delete_action(seeded_db.engine, 2)  # the action list's Delete, with its Undo
    delete_record(seeded_db.engine, RecordKind.AGREEMENT, 1, changed_by="lan")
    empty_trash(seeded_db.engine)  # a colleague empties the trash meanwhile
    restore_action(seeded_db.engine, snapshot, changed_by="lan")
    assert list_comments(seeded_db.engine, RecordKind.ACTION, 2) == before
    assert len(list_attachments(seeded_db.engine, RecordKind.ACTION, 2)) == 1


def test_re_importing_an_export_with_an_edited_comment_adds_nothing(
    make_db, tmp_path: Path
) -> None:
    source, target = make_db("here.sqlite3"), make_db("there.sqlite3")
    draft = add_comment(source.engine, RecordKind.ACTION, 3, "draft", "Lê Thị Hoa")
    edit_comment(source.engine, draft.id, "final draft", "Lê Thị Hoa")
    exported = tmp_path / "actions.json"
    export_actions(source.engine, exported, ExportFormat.JSON)
    for db in (source, target, target):  # into itself, elsewhere, and elsewhere again
        import_actions(db.engine, exported, changed_by="lan")
        thread = list_comments(db.engine, RecordKind.ACTION, 3)
        assert [(c.text, c.earlier) for c in thread if c.author == "Lê Thị Hoa"] == [
            ("final draft", ("draft",))
        ]
