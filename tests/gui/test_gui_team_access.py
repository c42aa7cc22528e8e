"""The window follows what the user may do on the team server (issue 17, item 3): a reader sees
the lists and the records but every control that writes is disabled with the reason; an editor
cleared for "internal" is offered public and internal only, and acts as their login (history,
comments); a login that is no member of the office is told so, and nothing opens. On a file
nothing changes."""

import itertools
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from gui_fakes import FakePrompts
from gui_helpers import MEMBER_PASSWORD as PASSWORD
from gui_helpers import make_window, member_url, replace_text, shut, wait_idle, wait_ready
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from briefing_app.app import build_main_window, open_with_recovery
from briefing_app.config import to_url
from briefing_app.domain.enums import Classification, OfficeRole
from briefing_app.domain.errors import UserError
from briefing_app.domain.record_kind import RecordKind
from briefing_app.i18n import Language
from briefing_app.store import team_users
from briefing_app.store.team_users import Member
from briefing_app.ui import main_window
from briefing_app.ui.comments_panel import CommentsPanel
from briefing_app.ui.language import install_language
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.member_form import MemberForm
from briefing_app.ui.members_dialog import MembersDialog
from briefing_app.ui.trash_dialog import TrashDialog
from briefing_app.ui.views.list_page import ListPage
from briefing_app.ui.write_access import read_only_reason, server_backups_reason

_numbers = itertools.count(1)
#: Opens a window as a new member with this role and clearance: (login name, window).
OpenAs = Callable[[OfficeRole, Classification], tuple[str, MainWindow]]


@pytest.fixture
def open_as(
    qtbot: QtBot, colleague: sa.Engine, server_url: str, prompts: FakePrompts, settings_file: Path
) -> Iterator[OpenAs]:
    windows: list[MainWindow] = []

    def open_window(role: OfficeRole, clearance: Classification) -> tuple[str, MainWindow]:
        name, url = member_url(colleague, server_url, role, clearance)
        window = make_window(qtbot, url, prompts, settings_file)
        windows.append(window)
        return name, window

    yield open_window
    for window in windows:
        shut(window)
    assert not prompts.pending(), f"scripted answers left unused: {prompts.pending()}"


def _disabled_with_reason(*controls: QWidget | QAction) -> list[str]:
    """The controls that are enabled or do not say why they are not (empty: all fine)."""
    reason = read_only_reason()
    return [
        control.objectName() or control.text()
        for control in controls
        if control.isEnabled() or control.toolTip() != reason
    ]


def _first_row(qtbot: QtBot, window: MainWindow, page: ListPage) -> int:
    page.view.selectRow(0)
    wait_idle(qtbot, window)
    record_id = page.current_id()
    assert record_id is not None
    return record_id


def _choices(box: QComboBox) -> list[str]:
    return [box.itemData(i) for i in range(box.count()) if box.itemData(i) is not None]


@pytest.mark.postgresql_only
def test_a_reader_sees_the_lists_but_every_write_is_disabled(
    qtbot: QtBot, open_as: OpenAs, prompts: FakePrompts
) -> None:
    name, window = open_as(OfficeRole.READER, Classification.INTERNAL)
    assert window.user == name
    assert window.access_label.text() == f"{name} · Reader · Internal"
    commands, records = window.commands, window.records
    assert not _disabled_with_reason(
        commands.new_action,
        commands.save_action,
        commands.duplicate_action,
        commands.delete_action,
        commands.import_action,
        records.new_actions[RecordKind.MEETING],
        records.delete_record_action,
        records.new_part_action,
        records.copy_event_action,
    )
    assert commands.export_action.isEnabled() and records.trash_action.isEnabled()

    window.go(RecordKind.ACTION)
    wait_idle(qtbot, window)
    page = window.actions_page
    assert page.model.rows(), "a reader reads the actions"
    action_id = page.model.rows()[0].id
    window.open_record("action", action_id)
    wait_idle(qtbot, window)
    editor = window.editor
    assert editor.action_id == action_id and editor.title_edit.text()
    assert isinstance(editor.title_edit, QLineEdit) and editor.title_edit.isReadOnly()
    assert not editor.status_box.isEnabled()
    assert not editor.due_edit.text_field.isClearButtonEnabled()
    note = editor.view.findChild(QLabel, "readOnlyNote")
    assert note is not None and note.isVisibleTo(editor) and note.text() == read_only_reason()
    buttons = editor.buttons
    assert not _disabled_with_reason(
        buttons.save_button, buttons.delete_button, buttons.duplicate_button
    )
    comments = editor.tabs.comments
    assert isinstance(comments, CommentsPanel)
    assert not _disabled_with_reason(comments.box, comments.post_button)
    assert not _disabled_with_reason(editor.tabs.attachments.add_button)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    wait_idle(qtbot, window)
    assert not prompts.asked("confirm")
    menu = page.context_menu(page.model.index(0, 1))
    status_menu = menu.findChild(QWidget, "statusMenu")
    assert status_menu is not None
    assert not _disabled_with_reason(status_menu.menuAction())  # type: ignore[attr-defined]

    window.go("meetings")
    wait_idle(qtbot, window)
    meetings = window.pages[RecordKind.MEETING.value]
    assert isinstance(meetings, ListPage)
    meeting_id = _first_row(qtbot, window, meetings)  # a row selected: Delete stays disabled
    assert not _disabled_with_reason(meetings.new_button, meetings.delete_button)
    assert not _disabled_with_reason(commands.new_action)  # its tip changed with the page
    meetings.view.setFocus()
    qtbot.keyClick(meetings.view, Qt.Key.Key_Delete)
    assert not prompts.asked("confirm")  # the Delete key follows the button: nothing asked
    assert meetings.edit_button.isEnabled()  # to read it
    assert meetings.edit_button.text().replace("&", "") == "Open…"
    assert records.edit_action.text().replace("&", "") == "Open record…"
    assert not _disabled_with_reason(window.meeting_pane.new_button)
    window.records.edit_record(RecordKind.MEETING, meeting_id)
    wait_idle(qtbot, window)
    record_editor = window.records.editors[(RecordKind.MEETING, meeting_id)]
    title = record_editor.view.editor("title")
    assert isinstance(title, QLineEdit) and title.text() and title.isReadOnly()
    assert not record_editor.view.editor("classification").isEnabled()
    held_on = record_editor.view.editor("held_on")
    assert isinstance(held_on, QLineEdit) and held_on.text()
    assert held_on.isReadOnly() and not held_on.isClearButtonEnabled()  # no ⊗ drawn
    assert not _disabled_with_reason(record_editor.save_button, record_editor.delete_button)

    seen: list[list[str]] = []

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, TrashDialog)
        seen.append(_disabled_with_reason(dialog.restore_button, dialog.empty_button))
        dialog.reject()

    prompts.answer("run_dialog", look)
    records.show_trash()
    assert seen == [[]]


@pytest.mark.postgresql_only
def test_an_internal_editor_is_offered_what_they_are_cleared_for_and_acts_as_their_login(
    qtbot: QtBot, open_as: OpenAs, colleague: sa.Engine
) -> None:
    name, window = open_as(OfficeRole.EDITOR, Classification.INTERNAL)
    assert window.user == name and window.commands.new_action.isEnabled()
    window.go(RecordKind.ACTION)
    wait_idle(qtbot, window)
    action_id = window.actions_page.model.rows()[0].id
    window.open_record("action", action_id)
    wait_idle(qtbot, window)
    editor = window.editor
    box = editor.view.inputs["classification"].box  # type: ignore[attr-defined]
    assert _choices(box) == ["public", "internal"]
    replace_text(qtbot, editor.title_edit, "Agreed by the internal editor")
    assert editor.save_button.isEnabled() and editor.buttons.delete_button.isEnabled()
    editor.save()
    wait_idle(qtbot, window)
    assert not editor.is_dirty()
    with colleague.connect() as connection:
        who = connection.execute(
            sa.text(
                "SELECT changed_by FROM action_changes WHERE action_id = :a AND field = 'title'"
                " ORDER BY id DESC LIMIT 1"
            ),
            {"a": action_id},
        ).scalar_one()
    assert who == name

    comments = editor.tabs.comments
    assert isinstance(comments, CommentsPanel) and comments.post_button.isEnabled()
    comments.box.setPlainText("Called the prefecture.")
    comments.post()
    wait_idle(qtbot, window)
    card = comments.cards[-1]
    assert card.comment.author == name
    assert card.strike_button.isVisibleTo(comments)  # theirs: the window acts as the login

    window.go("meetings")
    wait_idle(qtbot, window)
    meetings = window.pages[RecordKind.MEETING.value]
    assert isinstance(meetings, ListPage)
    meeting_id = _first_row(qtbot, window, meetings)
    window.records.edit_record(RecordKind.MEETING, meeting_id)
    wait_idle(qtbot, window)
    record_editor = window.records.editors[(RecordKind.MEETING, meeting_id)]
    level = record_editor.view.inputs["classification"].box  # type: ignore[attr-defined]
    assert _choices(level) == ["public", "internal"]
    assert not record_editor.view.editor("title").isReadOnly()  # type: ignore[attr-defined]

    # A person's personal data: a classification the server does not enforce (README)
    window.records.edit_record(RecordKind.PERSON, 1)
    wait_idle(qtbot, window)
    person = window.records.editors[(RecordKind.PERSON, 1)].view
    privacy = person.inputs["personal_data_classification"].box  # type: ignore[attr-defined]
    assert _choices(privacy) == ["public", "internal", "confidential"]


@pytest.mark.postgresql_only
def test_a_login_that_is_no_member_is_told_so_and_nothing_opens(
    qtbot: QtBot,
    qapp: QApplication,
    colleague: sa.Engine,
    server_url: str,
    prompts: FakePrompts,
    settings_file: Path,
) -> None:
    name, url = member_url(colleague, server_url, OfficeRole.EDITOR, Classification.PUBLIC)
    team_users.remove_member(colleague, name)
    install_language(qapp, Language.VI)
    try:
        prompts.answer("unusable_database", "quit")
        assert open_with_recovery(url, prompts=prompts) is None
        (_where, reason) = prompts.asked("unusable_database")[0]
        assert reason == (
            f"{name} chưa là thành viên của cơ quan trên máy chủ nhóm này: quản trị viên thêm "
            f"bằng lệnh `briefing-app db users add {name}`"
        )
    finally:
        install_language(qapp, Language.EN)

    window = make_window(qtbot, server_url, prompts, settings_file)  # the owner's
    try:
        window.switch_database(url)
        qtbot.waitUntil(lambda: bool(prompts.asked("error")), timeout=10000)
        title, text, _details = prompts.asked("error")[0]
        assert title == "Cannot open the database"
        assert text.startswith(f"{name} is not a member of the office on this team server")
        assert window.database.url == server_url and window.workspace.ready
    finally:
        shut(window)


def test_on_a_file_everything_is_offered(qtbot: QtBot, window: MainWindow) -> None:
    """One user, who may do everything: no roles shown, every choice offered."""
    assert window.access_label.isHidden() and window.commands.new_action.isEnabled()
    assert not window.members.action.isVisible()
    window.open_record("action", 2)
    wait_idle(qtbot, window)
    editor = window.editor
    box = editor.view.inputs["classification"].box  # type: ignore[attr-defined]
    assert _choices(box) == ["public", "internal", "confidential"]
    assert not editor.title_edit.isReadOnly()  # type: ignore[attr-defined]
    assert editor.buttons.duplicate_button.isEnabled()
    assert editor.buttons.duplicate_button.toolTip() != read_only_reason()
    assert editor.view.findChild(QLabel, "readOnlyNote") is None
    assert editor.due_edit.text_field.isClearButtonEnabled()


@pytest.mark.postgresql_only
def test_an_administrator_manages_the_members_but_not_themselves(
    qtbot: QtBot, open_as: OpenAs, prompts: FakePrompts
) -> None:
    admin, window = open_as(OfficeRole.ADMINISTRATOR, Classification.CONFIDENTIAL)
    action = window.members.action
    assert action.isVisible() and action.isEnabled()
    newcomer = f"t{os.getpid()}.new{next(_numbers)}"

    def fill_in(form: QDialog) -> None:
        assert isinstance(form, MemberForm)
        form.name_field.setText(newcomer)
        form.role_box.setCurrentIndex(form.role_box.findData("reader"))
        form.clearance_box.setCurrentIndex(form.clearance_box.findData("internal"))
        form.password_field.setText(PASSWORD)
        form.accept()

    def make_editor(form: QDialog) -> None:
        assert isinstance(form, MemberForm) and form.name_field.isReadOnly()
        form.role_box.setCurrentIndex(form.role_box.findData("editor"))
        form.accept()

    def drive(dialog: QDialog) -> None:
        assert isinstance(dialog, MembersDialog)

        def member(name: str) -> Member | None:
            return next((m for m in dialog.members if m.name == name), None)

        def select(name: str) -> None:
            dialog.table.selectRow([m.name for m in dialog.members].index(name))

        qtbot.waitUntil(lambda: member(admin) is not None, timeout=10000)
        prompts.answer("run_dialog", fill_in)
        dialog.add()
        qtbot.waitUntil(lambda: member(newcomer) is not None, timeout=10000)
        assert member(newcomer) == Member(
            newcomer, OfficeRole.READER, Classification.INTERNAL, can_log_in=True
        )
        select(newcomer)
        prompts.answer("run_dialog", make_editor)
        dialog.change()
        qtbot.waitUntil(
            lambda: getattr(member(newcomer), "office_role", None) is OfficeRole.EDITOR,
            timeout=10000,
        )
        select(newcomer)
        prompts.answer("confirm", True)
        dialog.remove()
        qtbot.waitUntil(lambda: member(newcomer) is None, timeout=10000)

        select(admin)
        prompts.answer("run_dialog", make_editor)
        dialog.change()
        qtbot.waitUntil(lambda: bool(prompts.asked("error")), timeout=10000)
        assert prompts.asked("error")[0][:2] == (
            "Not changed",
            f"you cannot change your own membership ({admin}): ask another administrator",
        )
        dialog.accept()

    prompts.answer("run_dialog", drive)
    window.members.show()
    assert not prompts.pending()


@pytest.mark.postgresql_only
def test_only_an_administrator_may_open_the_members(open_as: OpenAs) -> None:
    _name, window = open_as(OfficeRole.EDITOR, Classification.CONFIDENTIAL)
    action = window.members.action
    assert action.isVisible() and not action.isEnabled()
    assert action.toolTip() == "Only an administrator of the office manages its members"


@pytest.mark.postgresql_only
def test_a_briefing_is_offered_up_to_the_clearance(qtbot: QtBot, open_as: OpenAs) -> None:
    """A briefing marked above the clearance would carry a banner its content does not have:
    the records above it are hidden from the member, so it is not offered."""
    _name, window = open_as(OfficeRole.READER, Classification.INTERNAL)
    window.print_briefing("meeting", 1)
    dialog = window.briefing_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.ready, timeout=5000)
    assert _choices(dialog.level_box) == ["public", "internal"]
    dialog.close()


@pytest.mark.postgresql_only
def test_preferences_say_what_a_team_server_records_and_backs_up(
    open_as: OpenAs, prompts: FakePrompts
) -> None:
    """The General page said the name given there is recorded as who made each change, and
    that the database is backed up each day: on a team server neither is so."""
    name, window = open_as(OfficeRole.EDITOR, Classification.INTERNAL)
    seen: list[tuple[str, str]] = []

    def look(dialog: QDialog) -> None:
        notes = [dialog.findChild(QLabel, n) for n in ("nameNote", "backupNote")]
        seen.append(tuple(note.text() if note else "" for note in notes))  # type: ignore[arg-type]
        dialog.reject()

    prompts.answer("run_dialog", look)
    window.commands.show_preferences()
    [(name_note, backup_note)] = seen
    assert f"your login, {name}" in name_note and "Recorded as who" not in name_note
    assert "pg_dump" in backup_note


@pytest.mark.postgresql_only
def test_a_record_classified_above_the_clearance_meanwhile_is_not_said_to_be_deleted(
    qtbot: QtBot, open_as: OpenAs, colleague: sa.Engine, prompts: FakePrompts
) -> None:
    """Row-level security hides it from the member as if it were gone; the save's refusal said
    someone had deleted it."""
    _name, window = open_as(OfficeRole.EDITOR, Classification.INTERNAL)
    window.go(RecordKind.ACTION)
    wait_idle(qtbot, window)
    action_id = window.actions_page.model.rows()[0].id
    window.open_record("action", action_id)
    window.records.edit_record(RecordKind.MEETING, 1)
    wait_idle(qtbot, window)
    with colleague.begin() as connection:
        for table, record_id in (("follow_up_actions", action_id), ("meetings", 1)):
            connection.execute(
                sa.text(f"UPDATE {table} SET classification = 'confidential' WHERE id = :i"),
                {"i": record_id},
            )
    editor = window.editor
    replace_text(qtbot, editor.title_edit, "Raised meanwhile")
    editor.buttons.save_button.click()
    wait_idle(qtbot, window)
    meeting = window.records.editors[(RecordKind.MEETING, 1)]
    replace_text(qtbot, meeting.view.editor("title"), "Raised meanwhile")
    meeting.save_button.click()
    wait_idle(qtbot, window)
    titles = [title for title, _text, _details in prompts.asked("error")]
    assert titles == ["The action is no longer there", "The record is no longer there"]
    assert all("above your clearance" in text for _t, text, _d in prompts.asked("error"))


def test_a_login_name_the_server_would_refuse_keeps_the_form_open(qtbot: QtBot) -> None:
    form = MemberForm(member=None)
    qtbot.addWidget(form)
    form.name_field.setText("Lan Nguyen")
    form.accept()
    assert form.result() != QDialog.DialogCode.Accepted and form.error.isVisibleTo(form)
    assert form.error.text().startswith("Lan Nguyen cannot be a login name")
    form.name_field.setText("lan.nguyen")
    form.accept()
    assert form.result() == QDialog.DialogCode.Accepted
    assert (form.name(), form.office_role(), form.clearance(), form.password()) == (
        "lan.nguyen",
        OfficeRole.EDITOR,
        Classification.PUBLIC,
        None,
    )


@pytest.mark.postgresql_only
def test_a_file_opened_after_the_server_offers_everything_again(
    qtbot: QtBot, open_as: OpenAs, tmp_path: Path
) -> None:
    name, window = open_as(OfficeRole.READER, Classification.PUBLIC)
    assert window.user == name and not window.commands.new_action.isEnabled()
    url = to_url(str(tmp_path / "mine.sqlite3"))
    window.switch_database(url)
    qtbot.waitUntil(lambda: window.database.url == url, timeout=30000)
    wait_ready(qtbot, window)
    new = window.commands.new_action
    assert new.isEnabled() and new.toolTip() == "Create a follow-up action (Ctrl+N)"
    assert window.records.new_actions[RecordKind.MEETING].isEnabled()
    assert window.user == "tester" and window.access_label.isHidden()
    assert not window.members.action.isVisible()
    backup, restore = window.commands.backup_action, window.commands.restore_action
    assert backup.isEnabled() and restore.isEnabled()
    assert restore.toolTip() != server_backups_reason()


@pytest.mark.postgresql_only
def test_backup_and_restore_say_a_server_is_backed_up_by_its_own_tools(open_as: OpenAs) -> None:
    """They copy SQLite files: on a team server they were offered, asked for a file name, and
    only then refused."""
    _name, window = open_as(OfficeRole.ADMINISTRATOR, Classification.CONFIDENTIAL)
    for command in (window.commands.backup_action, window.commands.restore_action):
        assert not command.isEnabled()
        assert command.toolTip() == command.statusTip() == server_backups_reason()
    assert "pg_dump" in server_backups_reason()


@pytest.mark.postgresql_only
def test_a_window_whose_login_turns_out_no_member_says_so_and_closes(
    qtbot: QtBot,
    server_url: str,
    prompts: FakePrompts,
    settings_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On a team server the access is read as the window opens (off the GUI thread): refused,
    the window says why and closes, with nothing built."""

    def refuse(_engine: object) -> None:
        raise UserError(
            "{user} is not a member of the office on this team server: an administrator adds "
            "them with `briefing-app db users add {user}`",
            user="lan",
        )

    monkeypatch.setattr(main_window, "read_access", refuse)
    window = build_main_window(
        server_url,
        prompts=prompts,
        settings=QSettings(str(settings_file), QSettings.Format.IniFormat),
        user="tester",
    )
    window.show()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10000)
    assert prompts.asked("error") == [
        (
            "Cannot open the database",
            "lan is not a member of the office on this team server: an administrator adds "
            "them with `briefing-app db users add lan`",
            "",
        )
    ]
    assert not window.workspace.ready
    window.tasks.wait()
    window.database.engine.dispose()
