"""My work and the reminders (issue 13): the actions assigned to the user in their groups, an
action opened from them; the reminders shown on start for the assigned user (not for another),
again when the timer fires, within the horizon of Preferences."""

from datetime import date
from pathlib import Path

import pytest
from gui_fakes import FakePrompts
from gui_helpers import TODAY, make_window, replace_text, shut, wait_idle
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from briefing_app.domain.enums import ActionStatus, DuePrecision, Recurrence
from briefing_app.domain.errors import NotFoundError
from briefing_app.domain.record_kind import RecordKind
from briefing_app.services.actions import ActionEdit, update_action
from briefing_app.services.queries import get_action
from briefing_app.store.database import OpenedDatabase
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.preferences_dialog import PreferencesDialog
from briefing_app.ui.record_pages import MY_WORK
from briefing_app.ui.reminders_dialog import RemindersDialog
from briefing_app.ui.settings import REMIND_WITHIN, AppSettings
from briefing_app.ui.views.action_groups_view import ActionGroupsView, IdRole

DAY, MONTH, QUARTER = DuePrecision.DAY, DuePrecision.MONTH, DuePrecision.QUARTER
LAN = "Nguyễn Thị Lan"


def assign(db: OpenedDatabase) -> None:
    """Today is Monday 16 March 2026 (the week ends on the 22nd). The tester has an overdue
    action, one due this week, one due this month (Q1 2026: by 31 March), one waiting on the
    counterpart, one for the autumn and one undated; Lan has an overdue one."""
    assert date(2026, 3, 16) == TODAY
    plan = {
        1: ("tester", (date(2026, 3, 10), DAY), None),
        2: ("tester", (date(2026, 3, 20), DAY), None),
        3: ("tester", (date(2026, 1, 1), QUARTER), None),
        4: ("tester", (date(2026, 6, 1), MONTH), ActionStatus.WAITING),
        5: ("tester", (date(2026, 9, 30), DAY), None),
        6: ("tester", None, None),
        7: (LAN, (date(2026, 3, 1), DAY), None),
    }
    for action_id, (assignee, due, status) in plan.items():
        edit = (
            ActionEdit(assignee=assignee, due=due, status=status)
            if status
            else ActionEdit(assignee=assignee, due=due)
        )
        update_action(db.engine, action_id, edit, changed_by="lead", check_status=False)


def groups(view: ActionGroupsView) -> dict[str, list[int]]:
    """Each group's title (without its count) and the actions in it."""
    found = {}
    for n in range(view.topLevelItemCount()):
        group = view.topLevelItem(n)
        assert group is not None
        children = [group.child(i) for i in range(group.childCount())]
        found[group.text(0).split(" (")[0]] = [c.data(0, IdRole) for c in children if c]
    return found


@pytest.fixture
def assigned(seeded_db: OpenedDatabase) -> OpenedDatabase:
    assign(seeded_db)
    return seeded_db


def open_window(
    qtbot: QtBot, db: OpenedDatabase, prompts: FakePrompts, settings: Path, user: str = "tester"
) -> MainWindow:
    window = make_window(qtbot, db.url, prompts, settings, user=user)
    wait_idle(qtbot, window)  # the reminders are read once the pages are built
    return window


def test_my_work_groups_the_users_actions_and_opens_one(
    qtbot: QtBot, assigned: OpenedDatabase, prompts: FakePrompts, settings_file: Path
) -> None:
    window = open_window(qtbot, assigned, prompts, settings_file)
    try:
        window.go(MY_WORK)
        wait_idle(qtbot, window)
        page = window.workspace.my_work
        assert groups(page.groups) == {
            "Overdue": [1],
            "Due this week": [2],
            "Due this month": [3],
            "Waiting on the counterpart": [4],
            "Later": [5, 6],
        }
        assert page.groups.group_titles()[0] == "Overdue (1)"
        assert not page.empty_label.isVisible()
        overdue = page.groups.topLevelItem(0)
        assert overdue is not None and overdue.child(0) is not None
        where = page.groups.visualItemRect(overdue.child(0)).center()
        left = Qt.MouseButton.LeftButton
        qtbot.mouseClick(page.groups.viewport(), left, pos=where)  # a double-click's first half
        qtbot.mouseDClick(page.groups.viewport(), left, pos=where)
        wait_idle(qtbot, window)
        assert window.current_kind() == "action" and window.editor.action_id == 1
        # Handed to Lan: it leaves My work (the page reads again when shown).
        window.editor.assignee_box.setEditText(LAN)
        assert window.editor.save()
        wait_idle(qtbot, window)
        window.go(MY_WORK)
        wait_idle(qtbot, window)
        assert "Overdue" not in groups(page.groups)
    finally:
        shut(window)


def reminded(window: MainWindow) -> dict[str, list[int]]:
    dialog = window.reminders.dialog
    assert isinstance(dialog, RemindersDialog) and dialog.isVisible()
    assert not dialog.isModal()
    return groups(dialog.groups)


def test_the_assigned_user_is_reminded_on_start_and_opens_an_action(
    qtbot: QtBot, assigned: OpenedDatabase, prompts: FakePrompts, settings_file: Path
) -> None:
    window = open_window(qtbot, assigned, prompts, settings_file)
    try:
        # Overdue, then due within 7 days: action 2 (20 March); Q1 ends on the 31st, beyond.
        assert reminded(window) == {"Overdue": [1], "Due within 7 days": [2]}
        dialog = window.reminders.dialog
        assert dialog is not None
        assert dialog.summary.text() == "1 overdue and 1 due within 7 days are assigned to you."
        dialog.groups.action_requested.emit(2)
        wait_idle(qtbot, window)
        assert window.editor.action_id == 2
        qtbot.mouseClick(dialog.my_work_button, Qt.MouseButton.LeftButton)
        assert window.current_kind() == MY_WORK
        # My work holds the same list: the window no longer stands in front of it.
        assert not dialog.isVisible()
    finally:
        shut(window)


def test_a_colleague_is_reminded_of_their_own_only(
    qtbot: QtBot, assigned: OpenedDatabase, prompts: FakePrompts, tmp_path: Path
) -> None:
    window = open_window(qtbot, assigned, prompts, tmp_path / "lan.ini", user=LAN)
    try:
        assert reminded(window) == {"Overdue": [7]}
    finally:
        shut(window)
    nobody = open_window(qtbot, assigned, FakePrompts(), tmp_path / "x.ini", user="Trần Văn Nam")
    try:
        assert nobody.reminders.dialog is None  # nothing due: no window
    finally:
        shut(nobody)


def test_the_horizon_of_preferences_and_the_hourly_timer(
    qtbot: QtBot,
    seeded_db: OpenedDatabase,
    prompts: FakePrompts,
    settings_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    AppSettings(store=QSettings(str(settings_file), QSettings.Format.IniFormat)).save_preference(
        REMIND_WITHIN, "30"
    )
    window = open_window(qtbot, seeded_db, prompts, settings_file)
    try:
        assert window.reminders.dialog is None  # nothing is assigned yet
        assert window.reminders.timer.isActive()
        assert window.reminders.timer.interval() == 60 * 60 * 1000
        assign(seeded_db)  # a colleague assigns while the app runs
        notes: list[tuple[str, str]] = []
        monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", lambda: True)
        monkeypatch.setattr(
            QSystemTrayIcon,
            "showMessage",
            lambda _tray, title, text, *_a: notes.append((title, text)),
        )
        window.reminders.timer.setInterval(50)  # an hour, in a test
        qtbot.waitUntil(lambda: window.reminders.dialog is not None, timeout=5000)
        window.reminders.timer.stop()
        wait_idle(qtbot, window)
        # Within 30 days: this week's and Q1 (31 March); the waiting one (June) is not.
        assert reminded(window) == {"Overdue": [1], "Due within 30 days": [2, 3]}
        assert notes and notes[0] == (
            "Follow-up actions need you",
            "1 overdue, 2 due within 30 days.",
        )
    finally:
        shut(window)


def test_preferences_keep_the_reminders_horizon(
    qtbot: QtBot, window: MainWindow, prompts: FakePrompts
) -> None:
    dialog = PreferencesDialog(
        settings=window.settings, user="tester", tasks=window.tasks, prompts=prompts
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.height() >= dialog.heightForWidth(dialog.width())  # no note is cut
    assert dialog.remind_spin.value() == 7
    dialog.remind_spin.setValue(14)
    dialog.accept()
    assert window.settings.remind_within() == 14


def test_assigning_an_action_in_the_editor_offers_the_office_and_fills_my_work(
    qtbot: QtBot, seeded_db: OpenedDatabase, prompts: FakePrompts, settings_file: Path
) -> None:
    update_action(seeded_db.engine, 7, ActionEdit(assignee=LAN), changed_by="Trần Văn Nam")
    window = open_window(qtbot, seeded_db, prompts, settings_file)
    try:
        window.open_record("action", 6)
        wait_idle(qtbot, window)
        box = window.editor.assignee_box
        assert isinstance(box, QComboBox) and box.isEditable()
        offered = [box.itemText(n) for n in range(box.count())]
        assert offered[0] == "tester" and {LAN, "Trần Văn Nam"} <= set(offered)  # me first
        assert box.currentText() == ""  # nobody yet
        replace_text(qtbot, box.lineEdit(), "tester")
        assert window.editor.is_dirty()
        qtbot.keyClick(box, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        wait_idle(qtbot, window)
        assert get_action(seeded_db.engine, 6).action.assignee == "tester"
        window.go(MY_WORK)
        wait_idle(qtbot, window)
        assert groups(window.workspace.my_work.groups) == {"Later": [6]}
    finally:
        shut(window)


def test_marking_a_recurring_action_done_says_when_the_next_is_due(
    qtbot: QtBot, seeded_db: OpenedDatabase, prompts: FakePrompts, settings_file: Path
) -> None:
    quarterly = ActionEdit(due=(date(2026, 1, 1), QUARTER), repeat=Recurrence.QUARTERLY)
    update_action(seeded_db.engine, 2, quarterly, changed_by="lead")
    window = open_window(qtbot, seeded_db, prompts, settings_file)
    window.go(RecordKind.ACTION)
    page = window.actions_page
    wait_idle(qtbot, window)
    menu = page.context_menu(page.model.index(page.model.row_of_id(2), 0))
    status_menu = menu.findChild(type(menu), "statusMenu")
    {a.objectName(): a for a in status_menu.actions()}["status_done"].trigger()
    wait_idle(qtbot, window)

    message = window.statusBar().currentMessage()
    assert "next occurrence" in message and "Q2 2026" in message
    following = int(message.split("#")[1].split(")")[0])
    assert get_action(seeded_db.engine, following, TODAY).action.due_label == "2026-Q2"
    window.undo()  # done by mistake: the occurrence it made goes too
    wait_idle(qtbot, window)
    assert get_action(seeded_db.engine, 2, TODAY).action.status is ActionStatus.AGREED
    with pytest.raises(NotFoundError):
        get_action(seeded_db.engine, following, TODAY)
    shut(window)


def test_saving_a_recurring_action_done_in_the_editor_says_when_the_next_is_due(
    qtbot: QtBot, seeded_db: OpenedDatabase, prompts: FakePrompts, settings_file: Path
) -> None:
    """The editor's "Saved …" came after the news of the next occurrence and hid it."""
    quarterly = ActionEdit(due=(date(2026, 1, 1), QUARTER), repeat=Recurrence.QUARTERLY)
    update_action(seeded_db.engine, 2, quarterly, changed_by="lead")
    window = open_window(qtbot, seeded_db, prompts, settings_file)
    try:
        window.open_record("action", 2)
        wait_idle(qtbot, window)
        box = window.editor.status_box
        box.setCurrentIndex(box.findText("Done"))
        qtbot.keyClick(box, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        wait_idle(qtbot, window)
        message = window.statusBar().currentMessage()
        assert "next occurrence" in message and "Q2 2026" in message, message
    finally:
        shut(window)
