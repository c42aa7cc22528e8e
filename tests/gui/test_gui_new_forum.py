"""Issue 11's "Done when", with the GUI alone on a fresh database: a new forum with two
programme items, a bilateral meeting between two localities' delegations (participants,
objectives, three talking points, an expected ask), an agreement and a source the meeting
cites; the meeting brief printed (its talking points in it); a participant deleted and restored
from the trash; the window closed and a new one built on the same file: everything is there,
with its history."""

from pathlib import Path
from typing import Any

import pytest
from gui_fakes import FakePrompts
from gui_helpers import TODAY, make_window, shut
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from record_helpers import (
    close,
    create,
    fill,
    newest_editor,
    page,
    save,
    select,
    settle,
)

from briefing_app.briefing.export import BriefingKind, BriefingRequest, export_briefing
from briefing_app.briefing.options import BriefingOptions
from briefing_app.domain.record_kind import RecordKind
from briefing_app.services.record_kinds import editing, trash
from briefing_app.store.database import OpenedDatabase
from briefing_app.store.engine import make_engine
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.trash_dialog import TrashDialog

TALKING_POINTS = [
    "Hợp tác nông nghiệp công nghệ cao với Yamanashi",
    "Đường bay thẳng Thọ Xuân – Narita",
    "Đào tạo nguồn nhân lực ngành du lịch",
]


def locality(engine: Any, name: str) -> int:
    return next(r.id for r in editing.list_records(engine, RecordKind.LOCALITY) if r.label == name)


@pytest.fixture
def colleague(seeded_db: OpenedDatabase) -> Any:
    """The test's own reads of the same file (not the window's engine)."""
    engine = make_engine(seeded_db.url)
    yield engine
    engine.dispose()


def test_a_new_forum_prepared_with_the_gui_alone(
    qtbot: QtBot,
    window: MainWindow,
    seeded_db: OpenedDatabase,
    prompts: FakePrompts,
    settings_file: Path,
    colleague: Any,
    tmp_path: Path,
) -> None:
    # --- the forum and two programme items (New part… on the events page) -------------------
    forum = create(
        qtbot,
        window,
        RecordKind.EVENT,
        {
            "name": "Diễn đàn Hợp tác địa phương Việt Nam – Nhật Bản lần thứ hai",
            "kind": "forum",
            "starts_on": "2026-11-20",
            "venue": "Thanh Hóa",
        },
    )
    parts = []
    for name, kind in (
        ("Phiên toàn thể", "plenary"),
        ("Phiên chuyên đề: du lịch", "thematic_session"),
    ):
        select(qtbot, window, RecordKind.EVENT, forum)
        window.records.new_part_action.trigger()  # From this event ▸ New part of this event…
        editor = newest_editor(qtbot, window, RecordKind.EVENT)
        assert editor.model.value("parent_id") == forum, "a part of the selected event"
        fill(qtbot, editor, {"name": name, "kind": kind, "starts_on": "2026-11-20"})
        parts.append(save(qtbot, window, editor))
        close(qtbot, window, editor)
    stored_parts = [editing.read_record(colleague, RecordKind.EVENT, p) for p in parts]
    assert [p.values["parent_id"] for p in stored_parts] == [forum, forum]

    # --- people, two localities' delegations ---------------------------------------------------
    thanh_hoa, yamanashi = locality(colleague, "Thanh Hóa"), locality(colleague, "Yamanashi")
    governor = create(
        qtbot,
        window,
        RecordKind.PERSON,
        {"full_name": "Nguyễn Văn Thi", "country": "VN", "position": "Phó Chủ tịch UBND tỉnh"},
    )
    counterpart = create(
        qtbot,
        window,
        RecordKind.PERSON,
        {"full_name": "Nagasaki Kotaro", "name_native": "長崎幸太郎", "country": "JP"},
    )
    ours = create(
        qtbot,
        window,
        RecordKind.DELEGATION,
        {
            "name": "Đoàn tỉnh Thanh Hóa 2026",
            "event_id": forum,
            "side": "VN",
            "locality_id": thanh_hoa,
            "head_id": governor,
        },
    )
    theirs = create(
        qtbot,
        window,
        RecordKind.DELEGATION,
        {
            "name": "Yamanashi Prefecture delegation 2026",
            "event_id": forum,
            "side": "JP",
            "locality_id": yamanashi,
            "head_id": counterpart,
        },
    )

    # --- the bilateral meeting (New meeting… on the event) -----------------------------------
    events = select(qtbot, window, RecordKind.EVENT, forum)
    button = events.findChild(QPushButton, "eventsFromEvent")
    assert button is not None and button.isEnabled() and button.menu() is not None
    window.records.new_meeting_action.trigger()  # From this event ▸ New meeting in this event…
    editor = newest_editor(qtbot, window, RecordKind.MEETING)
    assert editor.model.value("event_id") == forum
    fill(
        qtbot,
        editor,
        {
            "title": "Hội đàm Thanh Hóa – Yamanashi 2026",
            "kind": "bilateral",
            "held_on": "2026-11-20",
            "start_time": "14:30",
            "party_ids": [ours, theirs],
            "participants": [
                {"person_id": governor, "role": "Trưởng đoàn"},
                {"person_id": counterpart, "role": "Governor"},
            ],
            "objectives": ["Ký kết biên bản ghi nhớ về nông nghiệp"],
            "talking_points": TALKING_POINTS,
            "expected_asks": [
                {"ask": "Hỗ trợ thủ tục bay thẳng", "response": "Đang làm việc với Bộ Xây dựng"}
            ],
        },
    )
    meeting = save(qtbot, window, editor)
    close(qtbot, window, editor)

    # --- a source, cited by the meeting (Enter on the meeting's row opens its editor) --------
    source = create(
        qtbot,
        window,
        RecordKind.SOURCE,
        {
            "title": "Thanh Hóa và Yamanashi thúc đẩy hợp tác",
            "kind": "article",
            "publisher": "Báo Thanh Hóa",
            "url": "https://baothanhhoa.vn/",
            "language": "vi",
        },
    )
    meetings = select(qtbot, window, RecordKind.MEETING, meeting)
    meetings.view.setFocus()
    qtbot.keyClick(meetings.view, Qt.Key.Key_Return)
    editor = newest_editor(qtbot, window, RecordKind.MEETING)
    assert editor.record_id == meeting
    fill(qtbot, editor, {"citations": [{"source_id": source, "excerpt": "hai bên nhất trí"}]})
    save(qtbot, window, editor)
    close(qtbot, window, editor)

    # --- an agreement -----------------------------------------------------------------------
    agreement = create(
        qtbot,
        window,
        RecordKind.AGREEMENT,
        {
            "title": "Biên bản ghi nhớ hợp tác nông nghiệp Thanh Hóa – Yamanashi",
            "kind": "memorandum",
            "status": "under_discussion",
            "party_ids": [thanh_hoa, yamanashi],
            "meeting_id": meeting,
        },
    )
    stored = editing.read_record(colleague, RecordKind.MEETING, meeting).values
    assert stored["talking_points"] == TALKING_POINTS
    assert stored["party_ids"] == [ours, theirs]
    assert stored["citations"][0]["source_id"] == source
    assert editing.read_record(colleague, RecordKind.AGREEMENT, agreement).values["meeting_id"]

    # --- File ▸ Print briefing… on the new meeting: the export dialog writes its brief ---------
    select(qtbot, window, RecordKind.MEETING, meeting)
    window.commands.print_briefing_action.trigger()
    qtbot.waitUntil(lambda: window.briefing_dialog is not None, timeout=5000)
    dialog = window.briefing_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.ready, timeout=5000)
    assert dialog.kind() == "meeting" and dialog.meeting_box.currentData() == meeting
    printed = tmp_path / "printed.pdf"
    dialog.path_field.setText(str(printed))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running and printed.exists(), timeout=20_000)
    if dialog.preview is not None:
        dialog.preview.close()
    dialog.close()
    shown = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(printed).pages)
    assert all(" ".join(point.split()) in shown for point in TALKING_POINTS)

    # --- the meeting brief, from the same database -------------------------------------------
    pdf = tmp_path / "brief.pdf"
    export_briefing(
        colleague,
        BriefingRequest(BriefingKind.MEETING, (meeting,)),
        BriefingOptions(prepared_on=TODAY),
        pdf,
    )
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages)
    for point in TALKING_POINTS:
        assert " ".join(point.split()) in text, point

    # --- delete a participant, restore it from the trash -------------------------------------
    people = select(qtbot, window, RecordKind.PERSON, counterpart)
    people.view.setFocus()
    prompts.answer("confirm", True)
    qtbot.keyClick(people.view, Qt.Key.Key_Delete)
    settle(qtbot, window)
    assert "Trash" in window.statusBar().currentMessage()
    after = editing.read_record(colleague, RecordKind.MEETING, meeting).values["participants"]
    assert [p["person_id"] for p in after] == [governor]
    qtbot.waitUntil(lambda: people.model.row_of_id(counterpart) is None)

    def restore(dialog: TrashDialog) -> None:
        qtbot.waitUntil(lambda: not dialog.busy and dialog.model.rowCount() == 1)
        assert dialog.select(RecordKind.PERSON, counterpart)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.busy and dialog.model.rowCount() == 0)
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)

    prompts.answer("run_dialog", restore)
    window.records.trash_action.trigger()
    settle(qtbot, window)
    back = editing.read_record(colleague, RecordKind.MEETING, meeting).values["participants"]
    assert {p["person_id"] for p in back} == {governor, counterpart}
    window.go(RecordKind.PERSON.value)
    settle(qtbot, window)
    assert page(window, RecordKind.PERSON).model.row_of_id(counterpart) is not None
    assert trash.list_trash(colleague) == []

    # --- quit and start again on the same file: everything is there, with its history -------
    shut(window)
    again = make_window(qtbot, seeded_db.url, prompts, settings_file)
    try:
        events = select(qtbot, again, RecordKind.EVENT, forum)
        assert events.model.row_of_id(parts[0]) is not None
        for kind, record_id in (
            (RecordKind.MEETING, meeting),
            (RecordKind.AGREEMENT, agreement),
            (RecordKind.SOURCE, source),
            (RecordKind.PERSON, counterpart),
        ):
            select(qtbot, again, kind, record_id)
            again.records.edit_current()
            editor = newest_editor(qtbot, again, kind)
            assert editor.record_id == record_id
            history = editor.history_model
            fields = [history.entry_at(row).field for row in range(history.rowCount())]
            assert "created" in fields, (kind, fields)
            if kind is RecordKind.MEETING:
                assert "citations" in fields
                assert editor.model.value("talking_points") == TALKING_POINTS
            if kind is RecordKind.PERSON:
                assert {"deleted", "restored"} <= set(fields)
            close(qtbot, again, editor)
    finally:
        shut(again)
