"""Checks shared by the wheel and the bundle tests: the same user story from the installed
program (version, a new database, a meeting brief read back, the GUI started and closed)."""

import sqlite3
from contextlib import closing
from io import BytesIO
from pathlib import Path

from packaging_helpers import VERSION, ok, run
from pypdf import PdfReader

MEETING_NAMES = ("Thanh Hóa", "Cao Văn Cường", "山梨県", "Yamanashi")


def check_version(command: list[str | Path], cwd: Path) -> None:
    done = ok(run([*command, "--version"], cwd=cwd))
    assert done.stdout.split()[-1] == VERSION, done.stdout


def check_db_init_and_brief(command: list[str | Path], cwd: Path) -> None:
    db = cwd / "fresh.sqlite3"
    done = ok(run([*command, "--db", db, "db", "init"], cwd=cwd))
    assert "database ready" in done.stdout
    with closing(sqlite3.connect(db)) as connection:
        (meetings,) = connection.execute("SELECT count(*) FROM meetings").fetchone()
    assert meetings > 0
    pdf = cwd / "meeting-1.pdf"
    done = ok(run([*command, "--db", db, "brief", "meeting", "1", "-o", pdf], cwd=cwd))
    assert done.stdout.startswith(f"briefing written: {pdf.name}") or str(pdf) in done.stdout
    assert done.stderr == ""
    reader = PdfReader(BytesIO(pdf.read_bytes()))
    text = "\n".join(page.extract_text() for page in reader.pages)
    for name in MEETING_NAMES:
        assert name in text, name
    assert reader.metadata is not None
    assert reader.metadata.get("/Creator") == f"Briefing desk {VERSION}"
    # Vietnamese labels come from the shipped translation file.
    pdf_vi = cwd / "meeting-1-vi.pdf"
    ok(run([*command, "--db", db, "brief", "meeting", "1", "--lang", "vi", "-o", pdf_vi], cwd=cwd))
    text_vi = "\n".join(page.extract_text() for page in PdfReader(pdf_vi).pages)
    assert "TÀI LIỆU PHỤC VỤ CUỘC GẶP" in text_vi and "Thành phần phía đối tác" in text_vi


def check_gui_starts_and_quits(command: list[str | Path], cwd: Path) -> None:
    """The desktop app itself (no sub-command, in Vietnamese) on a new database, offscreen: it
    creates and seeds the database, shows its window and, with BRIEFING_QUIT_AFTER_START=1,
    closes it."""
    db = cwd / "gui.sqlite3"
    done = run([*command, "--db", db, "--lang", "vi"], cwd=cwd, BRIEFING_QUIT_AFTER_START="1")
    ok(done)
    with closing(sqlite3.connect(db)) as connection:
        (actions,) = connection.execute("SELECT count(*) FROM follow_up_actions").fetchone()
    assert actions > 0
