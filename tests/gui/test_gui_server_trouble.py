"""Trouble with the team server while editing (issue 17, item 5): the window is on a database
of the PostgreSQL test server. A save that fails because the server is out of reach, or
because its connection dropped mid-save, says so in one line, leaves the editor open with the
user's text, unsaved; a second Save once the server is back stores it once. A connection the
server dropped while the window was idle is replaced without a word."""

import sqlalchemy as sa
from gui_fakes import FakePrompts
from gui_helpers import replace_text, wait_idle
from pytestqt.qtbot import QtBot
from record_helpers import field, newest_editor, settle
from sqlalchemy import event
from sqlalchemy.engine import Engine

from briefing_app.domain.record_kind import RecordKind
from briefing_app.services.record_kinds import editing
from briefing_app.ui.main_window import MainWindow
from pg_databases import PgDatabases, end_sessions

LOST = (
    "the connection to the team server was lost (terminating connection due to administrator "
    "command); nothing was saved — try again"
)


def _entries(engine: Engine, kind: RecordKind, record_id: int, text: str) -> int:
    """How many history rows record a change to `text`."""
    history = editing.record_history(engine, kind, record_id)
    return sum(1 for entry in history if entry.new_value == text)


def _told(prompts: FakePrompts) -> list[tuple[str, ...]]:
    """Every message box shown: errors and crash reports."""
    return [(name, *details) for name, details in prompts.calls if name in ("error", "crash")]


def test_a_save_while_the_server_is_down_keeps_the_text_and_saves_once_it_is_back(
    qtbot: QtBot,
    pg_window: MainWindow,
    pg_databases: PgDatabases,
    server_url: str,
    colleague: Engine,
    prompts: FakePrompts,
) -> None:
    person = editing.list_records(colleague, RecordKind.PERSON)[0]
    pg_window.records.edit_record(RecordKind.PERSON, person.id)
    editor = newest_editor(qtbot, pg_window, RecordKind.PERSON)
    version = editor.model.version
    position = field(editor, "position")
    replace_text(qtbot, position, "Deputy Director, written offline")
    url = sa.make_url(server_url)

    with pg_databases.outage(server_url):
        editor.save()
        settle(qtbot, pg_window, editor)
        assert _told(prompts) == [
            (
                "error",
                "Not saved",
                f"cannot reach the team server {url.host}:{url.port} (database "
                f'"{url.database}" is not currently accepting connections)',
                "",
            )
        ]
        assert editor.isVisible() and editor.is_dirty() and editor.model.version == version
        assert position.text() == "Deputy Director, written offline"  # type: ignore[attr-defined]

    editor.save()
    settle(qtbot, pg_window, editor)
    assert not editor.is_dirty() and editor.model.version == version + 1
    assert (
        _entries(colleague, RecordKind.PERSON, person.id, "Deputy Director, written offline") == 1
    )
    # the live updates connect again by themselves, with nothing to tell the user
    listener = pg_window.live.listener
    assert listener is not None
    qtbot.waitUntil(listener.listening.is_set, timeout=40000)
    wait_idle(qtbot, pg_window)
    assert len(_told(prompts)) == 1


def test_a_connection_dropped_mid_save_keeps_the_text_and_the_next_save_stores_it_once(
    qtbot: QtBot, pg_window: MainWindow, colleague: Engine, server_url: str, prompts: FakePrompts
) -> None:
    pg_window.open_record("action", 3)
    wait_idle(qtbot, pg_window)
    editor = pg_window.editor
    version = editor.model.version
    replace_text(qtbot, editor.title_edit, "Sign the memorandum in May")
    engine = pg_window.database.engine
    dropped: list[int] = []

    def drop(connection: sa.Connection) -> None:  # the save's, just before its COMMIT
        if not dropped:
            dropped.append(connection.exec_driver_sql("SELECT pg_backend_pid()").scalar_one())
            end_sessions(server_url, f"pid = {dropped[0]}")

    event.listen(engine, "commit", drop)
    try:
        editor.save()
        wait_idle(qtbot, pg_window)
    finally:
        event.remove(engine, "commit", drop)
    assert dropped
    assert _told(prompts) == [("error", "Not saved", LOST, "")]
    assert editor.title_edit.text() == "Sign the memorandum in May"
    assert editor.is_dirty() and editor.model.version == version

    editor.save()
    wait_idle(qtbot, pg_window)
    assert not editor.is_dirty() and editor.model.version == version + 1
    assert _entries(colleague, RecordKind.ACTION, 3, "Sign the memorandum in May") == 1
    assert len(_told(prompts)) == 1


def test_connections_dropped_while_idle_are_replaced_without_a_word(
    qtbot: QtBot, pg_window: MainWindow, colleague: Engine, server_url: str, prompts: FakePrompts
) -> None:
    pg_window.open_record("action", 3)
    wait_idle(qtbot, pg_window)
    editor = pg_window.editor
    replace_text(qtbot, editor.title_edit, "Saved after a restart")
    assert end_sessions(server_url) >= 2  # the window's idle ones and its live updates'
    editor.save()
    wait_idle(qtbot, pg_window)
    assert not editor.is_dirty()
    assert _entries(colleague, RecordKind.ACTION, 3, "Saved after a restart") == 1
    assert _told(prompts) == []


def test_a_read_whose_connection_drops_is_read_again_without_a_word(
    qtbot: QtBot, pg_window: MainWindow, colleague: Engine, server_url: str, prompts: FakePrompts
) -> None:
    engine = pg_window.database.engine
    dropped: list[int] = []

    def drop(_conn: sa.Connection, cursor: object, statement: str, *_args: object) -> None:
        if not dropped and "FROM follow_up_actions" in statement:
            dropped.append(cursor.connection.pgconn.backend_pid)  # type: ignore[attr-defined]
            end_sessions(server_url, f"pid = {dropped[0]}")

    event.listen(engine, "before_cursor_execute", drop)
    try:
        pg_window.open_record("action", 3)
        wait_idle(qtbot, pg_window)
    finally:
        event.remove(engine, "before_cursor_execute", drop)
    assert dropped
    title = editing.read_record(colleague, RecordKind.ACTION, 3).values["title"]
    assert pg_window.editor.title_edit.text() == title
    assert _told(prompts) == []
