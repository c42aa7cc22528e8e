"""Two editors racing on one action: the later save is refused and the conflict dialog shows
both versions; keep mine, take theirs and merge by hand each end in the stored state the user
chose, read back in a fresh session. The dialog itself is driven without exec()."""

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from gui_fakes import FakePrompts
from gui_helpers import append_text, make_window, replace_text, shut, wait_idle
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from briefing_app.domain import models as m
from briefing_app.services.actions import ActionEdit, update_action
from briefing_app.store.database import OpenedDatabase
from briefing_app.ui.conflict_dialog import STORED, YOURS, ConflictDialog, ConflictField
from briefing_app.ui.main_window import MainWindow


def stored(db: OpenedDatabase, action_id: int) -> m.FollowUpAction:
    """The action as a fresh engine and session read it from the file."""
    engine = sa.create_engine(db.url)
    try:
        with Session(engine) as session:
            action = session.get(m.FollowUpAction, action_id)
            assert action is not None
            session.expunge_all()
            return action
    finally:
        engine.dispose()


@pytest.fixture
def other(
    qtbot: QtBot, seeded_db: OpenedDatabase, tmp_path: Path
) -> Iterator[tuple[MainWindow, FakePrompts]]:
    """A second app instance (own engine, own window) on the same file."""
    prompts = FakePrompts()
    win = make_window(qtbot, seeded_db.url, prompts, tmp_path / "other.ini")
    yield win, prompts
    shut(win)


def race(qtbot: QtBot, window: MainWindow, db: OpenedDatabase) -> int:
    """The user edits title and description of action 3; meanwhile a colleague saves title
    and assignee. Returns the colleague's version."""
    window.open_record("action", 3)
    wait_idle(qtbot, window)
    editor = window.editor
    replace_text(qtbot, editor.title_edit, "My title")
    append_text(qtbot, editor.description_edit, "\nXác nhận qua email.")
    theirs = update_action(
        db.engine,
        3,
        ActionEdit(title="Their title", assignee="Nguyễn Thị Lan"),
        changed_by="colleague",
    )
    return theirs.action.version


def conflict_fields(prompts: FakePrompts) -> dict[str, ConflictField]:
    _what, _summary, fields = prompts.asked("save_conflict")[-1]
    return {f.name: f for f in fields}


def test_the_dialog_lists_both_versions_with_who_saved(
    qtbot: QtBot, window: MainWindow, seeded_db: OpenedDatabase, prompts: FakePrompts
) -> None:
    version = race(qtbot, window, seeded_db)
    prompts.answer("save_conflict", "cancel")
    window.editor.save()
    wait_idle(qtbot, window)  # the save is refused, the latest version read, the dialog shown
    what, summary, _fields = prompts.asked("save_conflict")[-1]
    assert f"Version {version} was saved by colleague" in summary
    fields = conflict_fields(prompts)
    assert set(fields) == {"title", "description", "assignee"}
    title = fields["title"]
    assert (title.yours, title.stored) == ("My title", "Their title")
    assert title.changed_by_you and title.changed_by_them
    assert title.saved_by.startswith("colleague, ")
    assert fields["description"].changed_by_you and not fields["description"].changed_by_them
    assert fields["description"].saved_by == ""
    assert fields["assignee"].stored == "Nguyễn Thị Lan"
    assert not fields["assignee"].changed_by_you
    # Cancelled: the form keeps the user's text, nothing of theirs is overwritten.
    assert window.editor.title_edit.text() == "My title" and window.editor.is_dirty()
    assert stored(seeded_db, 3).title == "Their title"


def test_keep_mine_saves_over_theirs(
    qtbot: QtBot, window: MainWindow, seeded_db: OpenedDatabase, prompts: FakePrompts
) -> None:
    version = race(qtbot, window, seeded_db)
    prompts.answer("save_conflict", "mine")
    assert window.editor.save()
    wait_idle(qtbot, window)
    final = stored(seeded_db, 3)
    assert final.title == "My title"  # mine wins where I changed it
    assert final.description.endswith("Xác nhận qua email.")
    assert final.assignee == "Nguyễn Thị Lan"  # their other change stays
    assert final.version == version + 1
    assert not window.editor.is_dirty()
    assert window.editor.detail is not None and window.editor.detail.action.version == version + 1


def test_take_theirs_discards_mine(
    qtbot: QtBot, window: MainWindow, seeded_db: OpenedDatabase, prompts: FakePrompts
) -> None:
    version = race(qtbot, window, seeded_db)
    prompts.answer("save_conflict", "theirs")
    assert window.editor.save()
    wait_idle(qtbot, window)
    final = stored(seeded_db, 3)
    assert (final.title, final.version) == ("Their title", version)
    assert not (final.description or "").endswith("Xác nhận qua email.")
    editor = window.editor
    assert editor.title_edit.text() == "Their title" and not editor.is_dirty()
    assert editor.assignee_box.currentText() == "Nguyễn Thị Lan"


def test_merge_by_hand_loads_theirs_with_mine_marked_and_saves_nothing(
    qtbot: QtBot, window: MainWindow, seeded_db: OpenedDatabase, prompts: FakePrompts
) -> None:
    version = race(qtbot, window, seeded_db)
    prompts.answer("save_conflict", "merge")
    editor = window.editor
    editor.save()
    wait_idle(qtbot, window)
    assert stored(seeded_db, 3).version == version  # nothing saved
    assert editor.detail is not None and editor.detail.action.version == version
    assert editor.title_edit.text() == "My title"
    assert editor.description_edit.toPlainText().endswith("Xác nhận qua email.")
    assert editor.assignee_box.currentText() == "Nguyễn Thị Lan"
    title_mark = editor.findChild(QLabel, "error_title")
    description_mark = editor.findChild(QLabel, "error_description")
    assert title_mark.isVisible() and "Their title" in title_mark.text()
    assert description_mark.isVisible() and "Your change" in description_mark.text()
    assert editor.is_dirty()
    # The user settles the title by hand, then saves on top of the latest version.
    replace_text(qtbot, editor.title_edit, "Our title")
    assert editor.save()
    wait_idle(qtbot, window)
    final = stored(seeded_db, 3)
    assert final.title == "Our title"
    assert final.assignee == "Nguyễn Thị Lan"
    assert final.description.endswith("Xác nhận qua email.")
    assert final.version == version + 1


def test_two_app_instances_race_on_one_action(
    qtbot: QtBot,
    window: MainWindow,
    other: tuple[MainWindow, FakePrompts],
    seeded_db: OpenedDatabase,
    prompts: FakePrompts,
) -> None:
    second, second_prompts = other
    window.open_record("action", 4)
    second.open_record("action", 4)
    wait_idle(qtbot, window)
    wait_idle(qtbot, second)
    replace_text(qtbot, window.editor.title_edit, "First instance")
    replace_text(qtbot, second.editor.title_edit, "Second instance")
    assert window.editor.save()
    wait_idle(qtbot, window)
    assert stored(seeded_db, 4).title == "First instance"

    second_prompts.answer("save_conflict", "mine")
    assert second.editor.save()
    wait_idle(qtbot, second)
    fields = conflict_fields(second_prompts)
    assert fields["title"].stored == "First instance"
    assert fields["title"].saved_by.startswith("tester, ")
    assert stored(seeded_db, 4).title == "Second instance"
    assert not prompts.asked("save_conflict")  # the first instance was never in conflict


def test_conflict_dialog_buttons(qtbot: QtBot) -> None:
    fields = [
        ConflictField("title", "Title", "Mine", "Theirs", "colleague, now", True, True),
        ConflictField("description", "Description", "d", "d", "", False, False),
    ]
    for button, expected in (
        ("mine_button", "mine"),
        ("theirs_button", "theirs"),
        ("merge_button", "merge"),
    ):
        dialog = ConflictDialog(what="An action", summary="Version 3 …", fields=fields)
        qtbot.addWidget(dialog)
        assert dialog.table.rowCount() == 2
        assert dialog.table.item(0, YOURS).text() == "Mine"
        assert dialog.table.item(0, STORED).text() == "Theirs"
        assert dialog.table.item(1, YOURS).text() == "(not changed by you)"
        getattr(dialog, button).click()
        assert dialog.choice() == expected
    dialog = ConflictDialog(what="An action", summary="", fields=fields)
    qtbot.addWidget(dialog)
    dialog.reject()
    assert dialog.choice() == "cancel"
