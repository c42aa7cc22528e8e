"""Editing a text in both languages (issue 15 item 2): each translated field is one row with an
input per language, the interface language's first; a missing version is marked; "Copy from …"
fills only the empty side; both versions are kept through save, undo, a colleague's save
(the merge dialog names each version by its language) and reopening. Real widgets, a real
SQLite file; every test runs in the English and in the Vietnamese interface."""

from typing import Any

import pytest
import sqlalchemy as sa
from gui_fakes import FakePrompts
from gui_helpers import replace_text, type_text
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from record_helpers import close, field, newest_editor, settle
from test_gui_small_screens import button_cut, outside_sideways

from briefing_app.domain.record_kind import RecordKind
from briefing_app.services.record_kinds import editing
from briefing_app.store.database import OpenedDatabase
from briefing_app.ui.forms.list_inputs import PointsInput, TableInput
from briefing_app.ui.forms.merge_dialog import FIELD, MergeDialog
from briefing_app.ui.forms.version_cells import MembersInput
from briefing_app.ui.language import interface_language
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.record_editor import RecordEditor

MEETING = RecordKind.MEETING
VI_TITLE = "Hội đàm Thanh Hóa – Yamanashi"
VI_POINT = "Nông nghiệp công nghệ cao: kỹ thuật trồng cây ăn quả của Yamanashi"
VI_ROLE = "Trưởng đoàn Thanh Hóa"


def vietnamese() -> bool:
    return interface_language().value == "vi"


def caption(label: str, language: str) -> str:
    """A version's name as the interface gives it: the field's label and the language's own
    name."""
    return f"{QCoreApplication.translate('Fields', label)} ({language})"


def without_vietnamese(engine: sa.Engine, meeting_id: int) -> dict[str, Any]:
    """Give the meeting English talking points and take its Vietnamese title, talking points
    and roles away (whatever the shipped dataset holds), as a colleague would; the stored
    values."""
    stored = editing.read_record(engine, MEETING, meeting_id)
    participants = [{**p, "role_vi": None} for p in stored.values["participants"]]
    assert participants, "the meeting has participants"
    saved = editing.edit_record(
        engine,
        MEETING,
        meeting_id,
        {
            "title_vi": None,
            "talking_points": ["High-tech agriculture", "Direct flights to Thọ Xuân"],
            "talking_points_vi": [],
            "participants": participants,
        },
        changed_by="setup",
    )
    return saved.values


def open_meeting(qtbot: QtBot, window: MainWindow, meeting_id: int) -> RecordEditor:
    window.records.edit_record(MEETING, meeting_id)
    editor = newest_editor(qtbot, window, MEETING)
    editor.resize(1300, 760)  # wide enough for both versions side by side
    settle(qtbot, window, editor)
    return editor


def comes_first(editor: QWidget, first: str, second: str) -> bool:
    """`first`'s input is left of `second`'s (side by side) or above it (stacked), once the
    layout is done."""
    QApplication.sendPostedEvents()
    row = editor.view.version_rows[first]  # type: ignore[attr-defined]
    a = field(editor, first).mapTo(row, QPoint(0, 0))
    b = field(editor, second).mapTo(row, QPoint(0, 0))
    return a.y() < b.y() if row.stacked else a.x() < b.x() and a.y() == b.y()


def role_column(table: TableInput, key: str) -> int:
    return [c.key for c in table.columns].index(key)


def test_both_versions_side_by_side_through_save_undo_and_reopening(
    qtbot: QtBot, any_window: MainWindow, seeded_db: OpenedDatabase
) -> None:
    window, engine = any_window, seeded_db.engine
    before = without_vietnamese(engine, 1)
    editor = open_meeting(qtbot, window, 1)
    view = editor.view
    mine, other = ("title_vi", "title") if vietnamese() else ("title", "title_vi")

    # one row, the interface language's version first, each under its language's name
    row = view.version_rows["title"]
    assert view.version_rows["title_vi"] is row and not row.stacked
    assert comes_first(editor, mine, other)
    assert comes_first(
        editor,
        "talking_points_vi" if vietnamese() else "talking_points",
        "talking_points" if vietnamese() else "talking_points_vi",
    )
    assert row.headers["title"].name.text() == "English"
    assert row.headers["title_vi"].name.text() == "Tiếng Việt"
    title_label = "Title"
    assert field(editor, "title").accessibleName() == caption(title_label, "English")
    assert field(editor, "title_vi").accessibleName() == caption(title_label, "Tiếng Việt")
    assert field(editor, "title_vi").accessibleName() != field(editor, "title").accessibleName()
    members = view.inputs["participants"]
    assert isinstance(members, MembersInput)
    citations = view.inputs["citations"]
    assert isinstance(citations, TableInput)
    cited = [label for _key, label in citations.columns[1].options or []]
    assert caption(title_label, "Tiếng Việt") in cited and len(set(cited)) == len(cited)
    headers = [members.table.horizontalHeaderItem(i).text() for i in range(3)]
    assert headers[1].endswith("(Tiếng Việt)" if vietnamese() else "(English)"), headers

    # the missing Vietnamese version is marked, never filled
    title_vi = field(editor, "title_vi")
    assert isinstance(title_vi, QLineEdit) and title_vi.text() == ""
    missing = "Chưa có bản tiếng Việt" if vietnamese() else "No Vietnamese version yet"
    assert title_vi.placeholderText() == missing
    assert row.headers["title_vi"].mark.isVisibleTo(editor)
    assert not row.headers["title"].mark.isVisibleTo(editor)
    points_row = view.version_rows["talking_points"]
    assert points_row.headers["talking_points_vi"].mark.isVisibleTo(editor)

    # "copy from the other language" is offered on the empty side only, and reached by Tab
    assert not row.headers["title"].copy.isEnabled(), "the English side is filled"
    copy = row.headers["title_vi"].copy
    assert copy.isEnabled() and copy.isVisibleTo(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    title_vi.setFocus()
    qtbot.keyClick(title_vi, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is copy
    qtbot.keyClick(copy, Qt.Key.Key_Space)
    assert title_vi.text() == before["title"], "pre-filled with the English text"
    assert editor.model.value("title") == before["title"], "the English side is untouched"
    assert editor.is_dirty() and not copy.isEnabled()
    assert not row.headers["title_vi"].mark.isVisibleTo(editor)
    # the field's own Undo takes the copy back (not the last save: no question asked)
    qtbot.keyClick(title_vi, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert title_vi.text() == "" and editor.model.value("title_vi") is None
    assert not editor.is_dirty() and copy.isEnabled()
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    assert title_vi.text() == before["title"]
    view.copy_version("title_vi")  # asked again on a filled side: nothing changes
    replace_text(qtbot, title_vi, VI_TITLE)
    view.copy_version("title_vi")
    assert editor.model.value("title_vi") == VI_TITLE

    points_row.headers["talking_points_vi"].copy.click()
    points = view.inputs["talking_points_vi"]
    assert isinstance(points, PointsInput)
    assert points.value() == before["talking_points"], "the list is copied"
    points.list.item(0).setText(VI_POINT)
    vi_points = [VI_POINT, *before["talking_points"][1:]]
    assert editor.model.value("talking_points_vi") == vi_points

    column = role_column(members, "role_vi")
    cell = members.table.item(0, column)
    assert cell is not None and cell.text() == ""
    english_role = members.menu(0, role_column(members, "role")).actions()[0]
    assert not english_role.isEnabled(), "the English role is there: nothing to copy into it"
    copy_role = members.menu(0, column).actions()[0]
    assert copy_role.isEnabled()
    copy_role.trigger()
    assert cell.text() == before["participants"][0]["role"]
    cell.setText(VI_ROLE)
    assert editor.model.value("participants")[0]["role_vi"] == VI_ROLE

    # saved: both versions stored, the English ones as they were
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window, editor)
    assert not editor.is_dirty(), editor.model.errors
    stored = editing.read_record(engine, MEETING, 1).values
    assert (stored["title"], stored["title_vi"]) == (before["title"], VI_TITLE)
    assert stored["talking_points"] == before["talking_points"]
    assert stored["talking_points_vi"] == vi_points
    assert stored["participants"][0]["role"] == before["participants"][0]["role"]
    assert stored["participants"][0]["role_vi"] == VI_ROLE
    history = editor.history_model
    fields = {history.text(r, 2) for r in range(history.rowCount())}
    assert caption(title_label, "Tiếng Việt") in fields, fields

    # undone: the Vietnamese versions are gone again, and marked missing again
    editor.undo_save()
    settle(qtbot, window, editor)
    undone = editing.read_record(engine, MEETING, 1).values
    assert undone["title_vi"] is None and not undone["talking_points_vi"]
    assert undone["participants"][0]["role_vi"] is None
    assert undone["title"] == before["title"]
    assert title_vi.text() == "" and row.headers["title_vi"].mark.isVisibleTo(editor)
    editor.redo_save()
    settle(qtbot, window, editor)
    assert editing.read_record(engine, MEETING, 1).values["title_vi"] == VI_TITLE

    # reopened: both versions shown side by side again
    close(qtbot, window, editor)
    editor = open_meeting(qtbot, window, 1)
    assert field(editor, "title").text() == before["title"]  # type: ignore[attr-defined]
    assert field(editor, "title_vi").text() == VI_TITLE  # type: ignore[attr-defined]
    points = editor.view.inputs["talking_points_vi"]
    assert isinstance(points, PointsInput) and points.value() == vi_points
    members = editor.view.inputs["participants"]
    assert isinstance(members, TableInput)
    assert members.value()[0]["role_vi"] == VI_ROLE
    assert not editor.view.version_rows["title"].headers["title_vi"].mark.isVisibleTo(editor)
    close(qtbot, window, editor)


def test_a_colleagues_vietnamese_version_is_named_by_its_language_in_the_merge(
    qtbot: QtBot, any_window: MainWindow, seeded_db: OpenedDatabase, prompts: FakePrompts
) -> None:
    window, engine = any_window, seeded_db.engine
    without_vietnamese(engine, 1)
    editor = open_meeting(qtbot, window, 1)
    version = editor.model.version
    replace_text(qtbot, field(editor, "title_vi"), "Hội đàm (bản của tôi)")
    editing.edit_record(
        engine,
        MEETING,
        1,
        {"title_vi": "Hội đàm (bản của đồng nghiệp)", "summary_vi": "Tóm tắt của đồng nghiệp"},
        changed_by="colleague",
        if_version=version,
    )
    seen: dict[str, list[str]] = {}

    def answer(dialog: MergeDialog) -> None:
        assert dialog.merge.conflict_keys == ("title_vi",)
        table = dialog.table
        seen["fields"] = [table.item(r, FIELD).text() for r in range(table.rowCount())]
        box = dialog.findChild(QComboBox, "pick_title_vi")
        assert box is not None
        seen["pick"] = [box.accessibleName()]
        dialog.set_pick("title_vi", "mine")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    prompts.answer("run_dialog", answer)
    editor.save()
    settle(qtbot, window, editor)
    both = QCoreApplication.translate("MergeDialog", "{field} (both)")
    title_vi = caption("Title", "Tiếng Việt")
    assert seen["fields"] == [
        both.format(field=title_vi),
        caption("Summary or minutes", "Tiếng Việt"),
    ]
    assert seen["pick"][0].endswith(title_vi)
    stored = editing.read_record(engine, MEETING, 1).values
    assert stored["title_vi"] == "Hội đàm (bản của tôi)"
    assert stored["summary_vi"] == "Tóm tắt của đồng nghiệp"
    assert stored["title"] != stored["title_vi"], "the English title is untouched"
    assert field(editor, "title_vi").text() == "Hội đàm (bản của tôi)"  # type: ignore[attr-defined]
    close(qtbot, window, editor)


def test_a_new_record_with_only_a_vietnamese_title_says_what_to_do(
    qtbot: QtBot, any_window: MainWindow, seeded_db: OpenedDatabase
) -> None:
    window, engine = any_window, seeded_db.engine
    count = len(editing.list_records(engine, MEETING))
    window.records.new_record(MEETING, {"event_id": 1})
    editor = newest_editor(qtbot, window, MEETING)
    kind = field(editor, "kind")
    assert isinstance(kind, QComboBox)
    kind.setCurrentIndex(kind.findData("bilateral"))
    type_text(qtbot, field(editor, "title_vi"), VI_TITLE)
    row = editor.view.version_rows["title"]
    assert row.headers["title"].mark.isVisibleTo(editor), "the English version is missing"
    assert field(editor, "title").placeholderText() == (  # type: ignore[attr-defined]
        "Chưa có bản tiếng Anh" if vietnamese() else "No English version yet"
    )

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window, editor)

    assert len(editing.list_records(engine, MEETING)) == count, "nothing saved"
    message = editor.findChild(QWidget, "error_title")
    assert message is not None and message.isVisibleTo(editor)
    expected = (
        "⚠ Tiêu đề (English): bắt buộc phải nhập — hãy viết, hoặc sao chép từ bản tiếng Việt"
        if vietnamese()
        else "⚠ Title (English) is required: write it, or copy it from the Vietnamese version"
    )
    assert message.text() == expected  # type: ignore[attr-defined]
    row.headers["title"].copy.click()
    assert editor.model.value("title") == VI_TITLE
    assert not message.isVisibleTo(editor), "the refusal goes once the title is there"
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window, editor)
    assert len(editing.list_records(engine, MEETING)) == count + 1
    editor.model.revert()
    close(qtbot, window, editor)


def test_narrow_editors_stack_the_versions_interface_language_on_top(
    qtbot: QtBot, any_window: MainWindow, seeded_db: OpenedDatabase
) -> None:
    window = any_window
    editor = open_meeting(qtbot, window, 1)
    mine, other = ("summary_vi", "summary") if vietnamese() else ("summary", "summary_vi")
    row = editor.view.version_rows["summary"]
    assert not row.stacked
    editor.resize(700, 700)
    qtbot.waitUntil(lambda: row.stacked)
    assert comes_first(editor, mine, other)
    scroll = editor.view.form_scroll
    assert not scroll.horizontalScrollBar().isVisible(), "nothing is cut off at the side"
    for key in ("summary", "summary_vi", "talking_points", "talking_points_vi"):
        widget = editor.view.inputs[key]
        assert widget.width() >= widget.minimumSizeHint().width(), key
    editor.resize(1300, 700)
    qtbot.waitUntil(lambda: not row.stacked)
    assert comes_first(editor, mine, other)
    close(qtbot, window, editor)


def test_the_action_editor_edits_both_versions(
    qtbot: QtBot, any_window: MainWindow, seeded_db: OpenedDatabase
) -> None:
    window, engine = any_window, seeded_db.engine
    editing.edit_record(engine, RecordKind.ACTION, 2, {"title_vi": None}, changed_by="setup")
    window.resize(1366, 768)
    window.open_record("action", 2)
    editor = window.editor
    qtbot.waitUntil(lambda: editor.action_id == 2 and not editor.busy, timeout=10000)
    row = editor.view.version_rows["title"]
    assert row is editor.view.version_rows["title_vi"]
    assert row.headers["title_vi"].mark.isVisibleTo(editor)
    replace_text(qtbot, field(editor, "title_vi"), "Gửi dự thảo văn kiện hợp tác")
    assert editor.save()
    qtbot.waitUntil(lambda: not editor.busy and not editor.is_dirty(), timeout=10000)
    stored = editing.read_record(engine, RecordKind.ACTION, 2).values
    assert stored["title_vi"] == "Gửi dự thảo văn kiện hợp tác"
    history = editor.history_model
    fields = {history.text(r, 2) for r in range(history.rowCount())}
    assert caption("Title", "Tiếng Việt") in fields, fields


def test_the_action_conflict_dialog_names_the_vietnamese_version(
    qtbot: QtBot, any_window: MainWindow, seeded_db: OpenedDatabase, prompts: FakePrompts
) -> None:
    window, engine = any_window, seeded_db.engine
    window.open_record("action", 3)
    editor = window.editor
    qtbot.waitUntil(lambda: editor.action_id == 3 and not editor.busy, timeout=10000)
    version = editor.model.version
    replace_text(qtbot, field(editor, "title_vi"), "Mời lãnh đạo Yamanashi (bản của tôi)")
    editing.edit_record(
        engine,
        RecordKind.ACTION,
        3,
        {"title_vi": "Mời lãnh đạo Yamanashi (bản của đồng nghiệp)"},
        changed_by="colleague",
        if_version=version,
    )
    prompts.answer("save_conflict", "mine")
    editor.save()
    qtbot.waitUntil(lambda: not editor.busy and not editor.is_dirty(), timeout=10000)
    (_what, _summary, fields), *_ = prompts.asked("save_conflict")
    assert [(f.name, f.caption) for f in fields] == [("title_vi", caption("Title", "Tiếng Việt"))]
    assert fields[0].saved_by.startswith("colleague")
    stored = editing.read_record(engine, RecordKind.ACTION, 3).values
    assert stored["title_vi"] == "Mời lãnh đạo Yamanashi (bản của tôi)"


@pytest.mark.parametrize(("width", "height"), [(1024, 700), (1366, 768)], ids=["1024", "1366"])
def test_missing_versions_and_their_copy_buttons_fit_small_screens(
    qtbot: QtBot, any_window: MainWindow, seeded_db: OpenedDatabase, width: int, height: int
) -> None:
    window, engine = any_window, seeded_db.engine
    editing.edit_record(
        engine, RecordKind.ACTION, 2, {"title_vi": None, "description_vi": None}, changed_by="t"
    )
    without_vietnamese(engine, 1)
    window.resize(width, height)
    window.open_record("action", 2)
    editor = window.editor
    qtbot.waitUntil(lambda: editor.action_id == 2 and not editor.busy, timeout=10000)
    qtbot.wait(10)
    copy = editor.view.version_rows["title"].headers["title_vi"].copy
    assert copy.isVisibleTo(editor)
    assert outside_sideways(editor.view.form_scroll) == []
    assert button_cut(editor, editor.view.form_scroll) == []
    window.records.edit_record(MEETING, 1)
    meeting = newest_editor(qtbot, window, MEETING)
    meeting.resize(min(meeting.width(), width), min(meeting.height(), height))
    settle(qtbot, window, meeting)
    qtbot.wait(10)
    assert meeting.view.version_rows["title"].headers["title_vi"].copy.isVisibleTo(meeting)
    assert outside_sideways(meeting.view.form_scroll) == []
    assert button_cut(meeting, meeting.view.form_scroll) == []
    close(qtbot, window, meeting)
