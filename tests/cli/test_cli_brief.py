"""`briefing-app brief …`: every kind writes a readable PDF (a Word file for -o X.docx);
uncovered characters are warned about on stderr while the PDF is still written; user errors
exit 1 with one line and leave no half-written file behind."""

import getpass
import os
import re
from io import BytesIO
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from briefing_app.cli import main
from briefing_app.config import save_user
from briefing_app.domain import models as m
from briefing_app.domain.enums import Classification
from briefing_app.services.actions import ActionEdit, update_action
from briefing_app.store.database import OpenedDatabase
from briefing_app.store.unit_of_work import writing


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(path.read_bytes())).pages)


def brief(db: OpenedDatabase, *args: str) -> int:
    return main(["--db", db.url, "brief", *args])


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["meeting", "1"], ["Thanh Hóa", "Cao Văn Cường", "山梨県"]),
        (["delegation", "1"], ["Thanh Hóa provincial delegation", "Cao Văn Cường"]),
        (["locality", "19"], ["Yamanashi (山梨県)"]),
        (["pair", "59", "19"], ["Thanh Hóa – Yamanashi (山梨県)"]),
        (["forum", "1"], ["Vietnam–Japan Local Cooperation Forum", "武部勤"]),
        (["actions", "--status", "agreed", "--group-by", "locality"], ["Agreed", "山梨県"]),
    ],
)
def test_each_kind_writes_a_pdf(
    seeded_db: OpenedDatabase,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    expected: list[str],
) -> None:
    out = tmp_path / "brief.pdf"
    assert brief(seeded_db, *args, "-o", str(out), "--office", "Sở Ngoại vụ") == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    assert captured.out.startswith(f"briefing written: {out} (")
    text = text_of(out)
    for name in expected:
        assert name in text
    assert "Sở Ngoại vụ" in text and "PUBLIC" in text


@pytest.mark.parametrize("extension", [".docx", ".DOCX"])
def test_a_docx_output_is_a_word_brief(
    seeded_db: OpenedDatabase,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extension: str,
) -> None:
    out = tmp_path / f"brief{extension}"
    args = ["meeting", "1", "-o", str(out), "--lang", "vi", "--classification", "internal"]
    assert brief(seeded_db, *args) == 0
    assert capsys.readouterr().out == f"briefing written: {out} (Word, internal)\n"
    document = docx.Document(str(out))
    texts = [p.text for p in document.paragraphs]
    assert "Cuộc gặp song phương Thanh Hóa – Yamanashi" in texts  # the records in Vietnamese too
    assert any(p.style is not None and p.style.name == "Heading 1" for p in document.paragraphs)
    assert "Độ mật: NỘI BỘ" in document.sections[0].header.paragraphs[0].text


def test_options_reach_the_pdf(seeded_db: OpenedDatabase, tmp_path: Path) -> None:
    out = tmp_path / "vi.pdf"
    code = brief(
        seeded_db,
        "meeting",
        "1",
        "-o",
        str(out),
        "--lang",
        "vi",
        "--paper",
        "letter",
        "--classification",
        "internal",
        "--prepared-by",
        "Nguyễn Thị Lan",
        "--omit",
        "sources",
    )
    assert code == 0
    text = text_of(out)
    assert "NỘI BỘ" in text and "Người soạn: Nguyễn Thị Lan" in text and "Trang 1/" in text
    assert "Nguồn tham khảo" not in text
    assert float(PdfReader(out).pages[0].mediabox.width) == 612.0


def test_uncovered_characters_are_warned_about_and_the_pdf_is_still_written(
    seeded_db: OpenedDatabase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    update_action(seeded_db.engine, 1, ActionEdit(new_comment="Offering ༀ 😀"), changed_by="t")
    out = tmp_path / "brief.pdf"
    # the comment thread is printed only when asked for
    assert brief(seeded_db, "meeting", "1", "--comments", "-o", str(out)) == 0
    warnings = capsys.readouterr().err.splitlines()
    assert len(warnings) == 2
    assert all(re.match(r"briefing-app: warning: action 1 comment \d+: U\+", w) for w in warnings)
    assert "U+0F00" in warnings[0] and "U+1F600" in warnings[1]
    assert "Offering \ufffd \ufffd" in text_of(out)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["meeting", "99"], "there is no meeting with id 99"),
        (["forum", "42"], "there is no event with id 42"),
        (["locality", "500"], "there is no locality with id 500"),
        (["pair", "59", "59"], "two different localities"),
        (["delegation", "300"], "there is no delegation with id 300"),
    ],
)
def test_bad_ids_exit_1_with_one_line_and_write_nothing(
    seeded_db: OpenedDatabase,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    out = tmp_path / "brief.pdf"
    assert brief(seeded_db, *args, "-o", str(out)) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err and "Traceback" not in err
    assert not [p.name for p in tmp_path.iterdir() if "brief.pdf" in p.name]


def test_a_meeting_above_the_chosen_level_is_refused(
    seeded_db: OpenedDatabase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with writing(seeded_db.engine) as session:
        meeting = session.get(m.Meeting, 2)
        assert meeting is not None
        meeting.classification = Classification.CONFIDENTIAL
    out = tmp_path / "brief.pdf"
    assert brief(seeded_db, "meeting", "2", "-o", str(out), "--classification", "internal") == 1
    assert "meeting 2 is classified confidential" in capsys.readouterr().err
    assert not out.exists()
    assert brief(seeded_db, "meeting", "2", "-o", str(out), "--classification", "confidential") == 0


@pytest.mark.parametrize(
    ("output", "message"), [("missing/brief.pdf", "does not exist"), (".", "it is a folder")]
)
def test_unusable_output_paths_exit_1(
    seeded_db: OpenedDatabase,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    output: str,
    message: str,
) -> None:
    assert brief(seeded_db, "meeting", "1", "-o", str(tmp_path / output)) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(
    seeded_db: OpenedDatabase,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "brief.pdf"
    out.write_bytes(b"the previous briefing")

    def disk_full(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    assert brief(seeded_db, "meeting", "1", "-o", str(out)) == 1
    assert "No space left on device" in capsys.readouterr().err
    assert out.read_bytes() == b"the previous briefing"
    assert [p.name for p in folder.iterdir()] == ["brief.pdf"]


def test_a_briefing_is_private_whether_new_or_replacing_a_shared_file(
    seeded_db: OpenedDatabase, tmp_path: Path
) -> None:
    """Issue 18: outputs are always 0600 (a briefing may be classified); before, a replaced
    file kept its 0644 or 0666."""
    new = tmp_path / "new.pdf"
    assert brief(seeded_db, "meeting", "1", "-o", str(new)) == 0
    assert new.stat().st_mode & 0o777 == 0o600
    shared = tmp_path / "shared.pdf"
    shared.write_bytes(b"old")
    shared.chmod(0o644)
    assert brief(seeded_db, "meeting", "1", "-o", str(shared)) == 0
    assert shared.stat().st_mode & 0o777 == 0o600
    assert shared.read_bytes().startswith(b"%PDF")


def test_usage_errors_exit_2(seeded_db: OpenedDatabase, tmp_path: Path) -> None:
    for args in (["meeting", "1"], ["meeting", "x", "-o", "a.pdf"], ["pair", "1", "-o", "a.pdf"]):
        with pytest.raises(SystemExit) as exit_info:
            brief(seeded_db, *args)
        assert exit_info.value.code == 2


def test_the_official_format_uses_the_preferences_and_says_what_is_missing(
    seeded_db: OpenedDatabase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "official.pdf"
    # Vietnamese only, and it needs the issuing agency: one line, nothing written
    assert brief(seeded_db, "meeting", "1", "--official", "--lang", "en", "-o", str(out)) == 1
    assert "--lang vi" in capsys.readouterr().err
    assert brief(seeded_db, "meeting", "1", "--official", "--lang", "vi", "-o", str(out)) == 1
    err = capsys.readouterr().err
    assert "issuing agency" in err and len(err.strip().splitlines()) == 1
    assert not out.exists()
    # with the agency and signer saved by the desktop app's Preferences (user.json)
    save_user(
        "Lê Thị Thu Hà",
        "Sở Ngoại vụ",
        official={
            "agency": "ỦY BAN NHÂN DÂN / TỈNH THANH HÓA",
            "symbol": "UBND",
            "place": "Thanh Hóa",
            "signer_title": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH",
            "signer_name": "Lê Đức Giang",
        },
    )
    args = ["meeting", "1", "--official", "--lang", "vi", "--recipient", "Sở Ngoại vụ"]
    assert brief(seeded_db, *args, "-o", str(out)) == 0
    text = text_of(out)
    for block in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "TỈNH THANH HÓA",
        "BÁO CÁO",
        "Nơi nhận:",
        "- Sở Ngoại vụ;",
        "Lê Đức Giang",
    ):
        assert block in text
    info = PdfReader(BytesIO(out.read_bytes())).metadata
    assert info is not None and info.author == "Lê Thị Thu Hà"  # Preferences' name, not the login


def test_prepared_by_is_never_the_login_name(
    seeded_db: OpenedDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(getpass, "getuser", lambda: "root")
    out = tmp_path / "brief.pdf"
    assert brief(seeded_db, "meeting", "1", "-o", str(out)) == 0
    assert "root" not in text_of(out)
    info = PdfReader(BytesIO(out.read_bytes())).metadata
    assert info is not None and info.author != "root"


def test_a_brief_says_how_many_texts_fell_back_to_the_other_language(
    seeded_db: OpenedDatabase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with writing(seeded_db.engine) as session:
        meeting = session.get(m.Meeting, 1)
        assert meeting is not None
        meeting.translations = {"vi": {"summary": "Hai bên đã hội đàm."}}  # no Vietnamese title
    assert brief(seeded_db, "meeting", "1", "--lang", "vi", "-o", str(tmp_path / "b.pdf")) == 0
    out = capsys.readouterr().out
    assert "had no Vietnamese version and are printed in English, marked †" in out
    assert brief(seeded_db, "meeting", "1", "--lang", "en", "-o", str(tmp_path / "e.pdf")) == 0
    assert "had no" not in capsys.readouterr().out


def test_one_text_in_the_other_language_is_told_in_the_singular(
    seeded_db: OpenedDatabase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """'1 text had no Vietnamese version and are printed in English' before."""
    with writing(seeded_db.engine) as session:
        meeting = session.get(m.Meeting, 1)
        assert meeting is not None
        versions = dict(meeting.translations["vi"])
        del versions["summary"]
        meeting.translations = {**meeting.translations, "vi": versions}
    assert brief(seeded_db, "meeting", "1", "--lang", "vi", "-o", str(tmp_path / "b.pdf")) == 0
    out = capsys.readouterr().out
    assert "1 text had no Vietnamese version and is printed in English, marked †" in out
