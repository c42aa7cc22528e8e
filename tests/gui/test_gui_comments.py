"""The Comments tab (issue 13): post with Ctrl+Enter, two people posting at once both kept, a
correction within the edit window, striking through; on real widgets and a real SQLite file."""

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from gui_fakes import FakePrompts
from gui_helpers import make_window, replace_text, shut, type_text, wait_idle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from briefing_app.domain.record_kind import RecordKind
from briefing_app.services.comments import EDIT_WINDOW, insert_comment, list_comments
from briefing_app.store.database import OpenedDatabase
from briefing_app.ui.comments_panel import CommentCard, CommentsPanel, utc_now
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.models.record_history_model import WHO

CTRL = Qt.KeyboardModifier.ControlModifier
ACTION = 3


def open_comments(qtbot: QtBot, window: MainWindow, action_id: int = ACTION) -> CommentsPanel:
    window.open_record("action", action_id)
    wait_idle(qtbot, window)
    tabs = window.editor.tabs
    panel = tabs.comments
    assert panel is not None
    tabs.setCurrentWidget(panel)
    return panel


def activate(qtbot: QtBot, window: MainWindow) -> None:
    """Shortcuts reach only the active window. Offscreen, the window loses that when the action
    form's citation combo boxes are rebuilt on a reload (their hidden popups close)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)


def post(qtbot: QtBot, panel: CommentsPanel, text: str) -> None:
    activate(qtbot, panel.window())
    type_text(qtbot, panel.box, text)
    qtbot.keyClick(panel.box, Qt.Key.Key_Return, CTRL)


def texts(db: OpenedDatabase, action_id: int = ACTION) -> list[tuple[str, str]]:
    return [(c.author, c.text) for c in list_comments(db.engine, RecordKind.ACTION, action_id)]


@pytest.fixture
def colleague(
    qtbot: QtBot, seeded_db: OpenedDatabase, tmp_path: Path
) -> Iterator[tuple[MainWindow, FakePrompts]]:
    """A second app instance on the same file, used by someone else."""
    prompts = FakePrompts()
    win = make_window(qtbot, seeded_db.url, prompts, tmp_path / "lan.ini", user="Nguyễn Thị Lan")
    yield win, prompts
    shut(win)


def test_ctrl_enter_posts_a_comment_shown_last_with_its_author(
    qtbot: QtBot, window: MainWindow, seeded_db: OpenedDatabase
) -> None:
    panel = open_comments(qtbot, window)
    before = texts(seeded_db)
    post(qtbot, panel, "Đã gọi điện cho tỉnh Yamanashi; chờ dự thảo chương trình.")
    wait_idle(qtbot, window)
    assert texts(seeded_db) == [
        *before,
        ("tester", "Đã gọi điện cho tỉnh Yamanashi; chờ dự thảo chương trình."),
    ]
    assert panel.box.toPlainText() == ""
    last = panel.cards[-1]
    assert "tester" in last.heading.text()
    assert "chờ dự thảo" in last.text.text()
    tabs = window.editor.tabs
    assert tabs.tabText(tabs.indexOf(panel)) == f"Comments ({len(before) + 1})"
    # An empty box posts nothing.
    qtbot.keyClick(panel.box, Qt.Key.Key_Return, CTRL)
    wait_idle(qtbot, window)
    assert len(texts(seeded_db)) == len(before) + 1


def test_two_people_commenting_at_once_both_keep_theirs(
    qtbot: QtBot,
    window: MainWindow,
    colleague: tuple[MainWindow, FakePrompts],
    seeded_db: OpenedDatabase,
) -> None:
    other, _prompts = colleague
    mine, theirs = open_comments(qtbot, window), open_comments(qtbot, other)
    before = len(texts(seeded_db))
    type_text(qtbot, mine.box, "I sent the letter today.")
    type_text(qtbot, theirs.box, "Tôi đã gọi cho văn phòng Kōfu.")
    mine.post()
    theirs.post()  # before either write came back
    wait_idle(qtbot, window)
    wait_idle(qtbot, other)
    stored = texts(seeded_db)[before:]
    assert sorted(stored) == sorted(
        [
            ("tester", "I sent the letter today."),
            ("Nguyễn Thị Lan", "Tôi đã gọi cho văn phòng Kōfu."),
        ]
    )
    # A colleague's post reaches the panel through the change hub (LISTEN/NOTIFY on a server).
    for win, panel in ((window, mine), (other, theirs)):
        win.changes.announce(RecordKind.ACTION, ACTION)
        wait_idle(qtbot, win)
        assert [c.text for c in panel.comments[-2:]] == [text for _who, text in stored]


def buttons(card: CommentCard) -> tuple[bool, bool]:
    return card.edit_button.isVisibleTo(card), card.strike_button.isVisibleTo(card)


def test_the_author_corrects_a_comment_within_the_window(
    qtbot: QtBot, window: MainWindow, seeded_db: OpenedDatabase
) -> None:
    panel = open_comments(qtbot, window)
    post(qtbot, panel, "Meeting on 12 May.")
    wait_idle(qtbot, window)
    card = panel.cards[-1]
    assert buttons(card) == (True, True)
    qtbot.mouseClick(card.edit_button, Qt.MouseButton.LeftButton)
    assert panel.box.toPlainText() == "Meeting on 12 May."
    assert panel.post_button.text() == "Save correction" and panel.editing_label.isVisible()
    activate(qtbot, window)
    replace_text(qtbot, panel.box, "Meeting on 14 May.")
    qtbot.keyClick(panel.box, Qt.Key.Key_Return, CTRL)
    wait_idle(qtbot, window)
    latest = list_comments(seeded_db.engine, RecordKind.ACTION, ACTION)[-1]
    assert (latest.text, latest.earlier) == ("Meeting on 14 May.", ("Meeting on 12 May.",))
    assert latest.edited_at is not None
    assert "(edited)" in panel.cards[-1].heading.text()
    assert panel.post_button.text() == "Post comment" and not panel.editing_label.isVisible()


def test_the_edit_button_goes_when_the_window_closes(
    qtbot: QtBot, window: MainWindow, seeded_db: OpenedDatabase
) -> None:
    with Session(seeded_db.engine) as session, session.begin():
        almost = utc_now() - EDIT_WINDOW + timedelta(seconds=1)
        insert_comment(session, RecordKind.ACTION, ACTION, "Just in time.", "tester", almost)
    panel = open_comments(qtbot, window)
    assert buttons(panel.cards[-1]) == (True, True)
    qtbot.waitUntil(lambda: buttons(panel.cards[-1]) == (False, True), timeout=5000)


def test_an_old_comment_is_only_struck_through_and_others_are_left_alone(
    qtbot: QtBot, window: MainWindow, seeded_db: OpenedDatabase, prompts: FakePrompts
) -> None:
    with Session(seeded_db.engine) as session, session.begin():
        old = insert_comment(
            session,
            RecordKind.ACTION,
            ACTION,
            "Draft programme expected in April.",
            "tester",
            written_at=utc_now() - timedelta(minutes=20),
        )
        insert_comment(session, RecordKind.ACTION, ACTION, "Not mine.", "Nguyễn Thị Lan")
        old_id = old.id
    panel = open_comments(qtbot, window)
    own = next(c for c in panel.cards if c.comment.id == old_id)
    other = panel.cards[-1]
    assert buttons(own) == (False, True)  # past the edit window: strike through only
    assert buttons(other) == (False, False)

    prompts.answer("confirm", True)
    qtbot.mouseClick(own.strike_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    struck = next(c for c in panel.cards if c.comment.id == old_id)
    assert struck.comment.struck_by == "tester"
    assert "<s>" in struck.text.text() and "Draft programme" in struck.text.text()
    assert buttons(struck) == (False, False)
    assert struck.findChild(type(struck.text), "struckNote") is not None
    kept = list_comments(seeded_db.engine, RecordKind.ACTION, ACTION)
    assert any(c.text == "Draft programme expected in April." and c.struck_at for c in kept)


def test_meetings_and_agreements_have_comments_and_every_editor_has_attachments(
    qtbot: QtBot, window: MainWindow
) -> None:
    titles = {}
    for kind in (RecordKind.MEETING, RecordKind.AGREEMENT, RecordKind.SOURCE):
        window.records.edit_record(kind, 1)
        wait_idle(qtbot, window)
        editor = window.records.editor_of(kind, 1)
        assert editor is not None
        tabs = editor.tabs
        titles[kind] = [tabs.tabText(i).split(" (")[0] for i in range(tabs.count())]
        assert all(tabs.isTabEnabled(i) for i in range(tabs.count()))
    assert titles[RecordKind.MEETING] == ["Details", "History", "Comments", "Attachments"]
    assert titles[RecordKind.AGREEMENT] == ["Details", "History", "Comments", "Attachments"]
    assert titles[RecordKind.SOURCE] == ["Details", "History", "Attachments"]
    assert isinstance(window.findChild(QPushButton, "postComment"), QPushButton)


def test_notes_from_before_the_threads_read_as_earlier_notes(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel = open_comments(qtbot, window, action_id=2)  # the dataset's remark starts its thread
    first = panel.cards[0]
    assert "Earlier notes" in first.heading.text()
    assert "briefing-desk" not in first.heading.text()
    model = window.editor.tabs.history_view.history_model
    whos = {model.text(row, WHO) for row in range(model.rowCount())}
    assert "Earlier notes" in whos and "briefing-desk" not in whos  # the History tab too
