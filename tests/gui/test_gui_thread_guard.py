"""The guard of tests/gui/conftest.py: a statement the interface runs on the GUI thread is
caught (and would fail the test); the test's own statements, worker threads and the exempt
modules are not. And the window itself reads off the GUI thread: every page, every pane."""

import threading

import sqlalchemy as sa
from gui_helpers import wait_idle
from pytestqt.qtbot import QtBot

from briefing_app.domain.record_kind import RecordKind
from briefing_app.services import queries
from briefing_app.ui.details.meeting_pane import MeetingPane
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.record_pages import PAGE_KEYS
from briefing_app.ui.views.list_page import ListPage


def test_a_read_from_ui_code_on_the_gui_thread_is_caught(
    window: MainWindow, database_off_the_gui_thread: list[str]
) -> None:
    caught = database_off_the_gui_thread
    MeetingPane.load(window.engine, 1)  # UI code reading here, on the GUI thread
    assert caught, "the guard saw nothing"
    assert all(c.startswith("ui/details/meeting_pane.py:") for c in caught)
    assert any("SELECT meetings." in c for c in caught)
    caught.clear()  # the guard worked; do not fail this test for it


def test_the_tests_own_statements_and_worker_threads_pass(
    window: MainWindow, database_off_the_gui_thread: list[str]
) -> None:
    with window.engine.connect() as connection:  # a test checking what was stored
        assert (
            connection.execute(sa.text("SELECT count(*) FROM follow_up_actions")).scalar_one() == 7
        )
    worker = threading.Thread(target=MeetingPane.load, args=(window.engine, 1))
    worker.start()
    worker.join()
    queries.get_action(window.engine, 1)
    assert database_off_the_gui_thread == []


def test_every_page_and_pane_reads_in_the_background(
    qtbot: QtBot, window: MainWindow, database_off_the_gui_thread: list[str]
) -> None:
    for key in PAGE_KEYS:
        window.go(key)
        wait_idle(qtbot, window)
        page = window.pages[key]
        if isinstance(page, ListPage):
            assert page.model.rowCount() > 0, key
            first = page.model.row_at(0).id
            window.open_record(key, first)
            qtbot.waitUntil(lambda p=page, f=first: p.detail.record_id == f, timeout=5000)
            wait_idle(qtbot, window)
            assert page.detail.loading is None
            assert page.view.current_id() == first
    window.search_field.setText("yamanashi")
    qtbot.waitUntil(window.search_popup.isVisible, timeout=5000)
    window.print_briefing(RecordKind.DELEGATION.value, 1)
    qtbot.waitUntil(lambda: window.briefing_dialog is not None, timeout=5000)
    window.briefing_dialog.close()
    window.refresh()
    wait_idle(qtbot, window)
    assert database_off_the_gui_thread == []
