"""Preferences ▸ Team server and the password asked at start (issue 17): the server's address
is saved, its password never is (only the keyring keeps it); Test connection says what happened,
off the GUI thread; a start on a server that wants a password asks for it, again after a wrong
one, and the live listener then connects with it too."""

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from gui_fakes import FakePrompts
from gui_helpers import make_window, shut
from keyring.backends import fail
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from briefing_app import config
from briefing_app.app import open_with_recovery
from briefing_app.store import server_connection as sc
from briefing_app.store.server_connection import ServerSettings
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.preferences_dialog import PreferencesDialog
from briefing_app.ui.server_password_dialog import ServerPasswordDialog
from memory_keyring import MemoryKeyring
from pg_databases import PgDatabases

PASSWORD = "sêcret-Ünï-42"


def fill(dialog: PreferencesDialog, *, host: str, port: int, database: str, user: str) -> None:
    page = dialog.team_server
    dialog.tabs.setCurrentWidget(page)
    page.use_server.setChecked(True)
    page.host_field.setText(host)
    page.port_spin.setValue(port)
    page.database_field.setText(database)
    page.user_field.setText(user)


def ok(dialog: PreferencesDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def files_under(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def test_the_server_is_saved_and_its_password_only_in_the_keyring(
    window: MainWindow,
    prompts: FakePrompts,
    settings_file: Path,
    memory_keyring: MemoryKeyring,
    isolated_user_dirs: Path,
) -> None:
    def answer(dialog: PreferencesDialog) -> None:
        fill(dialog, host="db.example.org", port=6543, database="forum", user="lan")
        page = dialog.team_server
        page.tls_box.setCurrentIndex(page.tls_box.findData("verify-full"))
        assert page.ca_row.isVisibleTo(dialog)
        prompts.answer("ca_file", "/etc/ssl/team-ca.crt")
        page.ca_button.click()
        page.password_field.setText(PASSWORD)
        assert page.remember_box.isEnabled()
        page.remember_box.setChecked(True)
        ok(dialog)

    prompts.answer("run_dialog", answer)
    window.preferences_action.trigger()
    saved = sc.read_server(config.server_file())
    assert saved == ServerSettings(
        use_server=True,
        host="db.example.org",
        port=6543,
        database="forum",
        user="lan",
        tls="verify-full",
        ca_file="/etc/ssl/team-ca.crt",
    )
    assert config.database_url() == sc.server_url(saved)
    key = ("briefing-desk", "lan@db.example.org:6543/forum")
    assert memory_keyring.passwords == {key: PASSWORD}
    window.settings.sync()
    written = [settings_file, *files_under(isolated_user_dirs)]
    assert config.server_file() in written
    for path in written:
        assert PASSWORD.encode() not in path.read_bytes(), path
    assert "restarts" in window.statusBar().currentMessage()

    # Opened again: the password is not shown, the page says the keyring keeps it; unticking
    # "Remember" takes it out of the keyring.
    def forget(dialog: PreferencesDialog) -> None:
        page = dialog.team_server
        assert page.password_field.text() == ""
        assert page.remember_box.isChecked() and page.password_field.placeholderText()
        page.remember_box.setChecked(False)
        ok(dialog)

    prompts.answer("run_dialog", forget)
    window.preferences_action.trigger()
    assert memory_keyring.passwords == {}


def test_without_a_keyring_the_page_says_so_and_writes_the_password_nowhere(
    window: MainWindow, prompts: FakePrompts, settings_file: Path, isolated_user_dirs: Path
) -> None:
    import keyring

    keyring.set_keyring(fail.Keyring())
    seen: dict[str, object] = {}

    def answer(dialog: PreferencesDialog) -> None:
        fill(dialog, host="db.example.org", port=5432, database="forum", user="lan")
        page = dialog.team_server
        seen["enabled"] = page.remember_box.isEnabled()
        seen["help"] = " ".join(label.text() for label in page.findChildren(QLabel))
        page.password_field.setText(PASSWORD)
        ok(dialog)

    prompts.answer("run_dialog", answer)
    window.preferences_action.trigger()
    assert seen["enabled"] is False
    assert "no system keyring" in str(seen["help"]) and ".pgpass" in str(seen["help"])
    window.settings.sync()
    for path in [settings_file, *files_under(isolated_user_dirs)]:
        assert PASSWORD.encode() not in path.read_bytes(), path


def test_a_team_server_needs_its_address_before_ok(
    window: MainWindow, prompts: FakePrompts
) -> None:
    def answer(dialog: PreferencesDialog) -> None:
        dialog.team_server.use_server.setChecked(True)
        ok(dialog)
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert "database" in dialog.team_server.result_label.text()
        dialog.reject()

    prompts.answer("run_dialog", answer)
    window.preferences_action.trigger()
    assert not config.server_file().exists()


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def run_test(qtbot: QtBot, dialog: PreferencesDialog) -> str:
    page = dialog.team_server
    page.test_button.click()
    qtbot.waitUntil(lambda: page.test_button.isEnabled(), timeout=15_000)
    return page.result_label.text()


def test_test_connection_says_the_server_cannot_be_reached(
    qtbot: QtBot, window: MainWindow, prompts: FakePrompts
) -> None:
    said: list[str] = []

    def answer(dialog: PreferencesDialog) -> None:
        fill(dialog, host="127.0.0.1", port=closed_port(), database="forum", user="lan")
        said.append(run_test(qtbot, dialog))
        dialog.reject()

    prompts.answer("run_dialog", answer)
    window.preferences_action.trigger()
    assert said == ["The server cannot be reached: check the server's name and the port."]


# ------------------------------------------------------------------ on the test server


@pytest.fixture
def server(pg_databases: PgDatabases) -> Iterator[sa.URL]:
    """A seeded database on the test server; its URL with the password."""
    url = pg_databases.create()
    yield sa.make_url(url)
    pg_databases.release(url)


def bare(url: sa.URL) -> str:
    """`url` without its password (URL.set leaves a None unchanged)."""
    return url._replace(password=None).render_as_string(hide_password=False)


def test_test_connection_wrong_then_right_password(
    qtbot: QtBot, window: MainWindow, prompts: FakePrompts, server: sa.URL
) -> None:
    said: list[str] = []
    assert server.host and server.port and server.database and server.username

    def answer(dialog: PreferencesDialog) -> None:
        fill(
            dialog,
            host=server.host,
            port=server.port,
            database=server.database,
            user=server.username,
        )
        page = dialog.team_server
        page.tls_box.setCurrentIndex(page.tls_box.findData("disable"))
        page.password_field.setText("not-the-password")
        said.append(run_test(qtbot, dialog))
        page.password_field.setText(str(server.password))
        said.append(run_test(qtbot, dialog))
        dialog.reject()

    prompts.answer("run_dialog", answer)
    window.preferences_action.trigger()
    assert said[0] == "Wrong user name or password."
    assert said[1].startswith(f"Connected as {server.username}; PostgreSQL 1")


def test_a_start_asks_the_password_again_after_a_wrong_one(
    qtbot: QtBot,
    server: sa.URL,
    memory_keyring: MemoryKeyring,
    settings_file: Path,
) -> None:
    assert server.host and server.port and server.database and server.username
    sc.save_server(
        ServerSettings(
            use_server=True,
            host=server.host,
            port=server.port,
            database=server.database,
            user=server.username,
            tls="disable",
        ),
        config.server_file(),
    )
    url = config.database_url()
    assert url == bare(server.set(query={"sslmode": "disable"}))
    prompts = FakePrompts()
    seen: list[tuple[bool, bool]] = []

    def type_password(password: str, remember: bool):  # noqa: ANN202 - a scripted answer
        def answer(dialog: ServerPasswordDialog) -> None:
            seen.append((dialog.wrong_label.isVisibleTo(dialog), dialog.remember_box.isEnabled()))
            dialog.password_field.setText(password)
            dialog.remember_box.setChecked(remember)
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

        return answer

    prompts.answer("run_dialog", type_password("wrong", True))
    prompts.answer("run_dialog", type_password(str(server.password), True))
    opened = open_with_recovery(url, prompts=prompts)
    assert opened is not None
    opened.engine.dispose()
    assert seen == [(False, True), (True, True)]
    assert not prompts.pending()
    assert memory_keyring.passwords == {
        ("briefing-desk", sc.password_key(url)): str(server.password)
    }

    # The window on that server listens for colleagues' saves with the same password.
    window = make_window(qtbot, url, prompts, settings_file)
    try:
        listener = window.live.listener
        assert listener is not None and listener.listening.wait(10)
        assert str(server.password) not in window.windowTitle()
    finally:
        shut(window)


def test_cancelling_the_password_offers_another_file(server: sa.URL) -> None:
    url = bare(server)
    prompts = FakePrompts()
    prompts.answer("run_dialog", False)
    prompts.answer("unusable_database", "quit")
    assert open_with_recovery(url, prompts=prompts) is None
    ((where, reason),) = prompts.asked("unusable_database")
    assert "password" in reason and str(server.password) not in where + reason


def test_a_password_in_the_url_is_shown_masked(
    qtbot: QtBot, server: sa.URL, prompts: FakePrompts, settings_file: Path
) -> None:
    """`--db` with a password in it: the window title, the status bar and the About box show
    the server and the database, never the password."""
    password = str(server.password)
    window = make_window(
        qtbot, server.render_as_string(hide_password=False), prompts, settings_file
    )
    try:
        window.about_action.trigger()
        ((_title, html),) = prompts.asked("about")
        shown = [window.windowTitle(), window.statusBar().currentMessage(), html]
        assert all(password not in text for text in shown), shown
        assert server.database in window.windowTitle() or server.database in html
    finally:
        shut(window)
