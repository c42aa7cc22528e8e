"""The workspace follows the table of record kinds: one navigation entry, one View action
(Ctrl+1 … in order, `show_<slug>`) and one page per entry after the overview; a change
announced on the hub reads the page on show again and leaves the others to read when shown."""

from gui_helpers import wait_idle
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from briefing_app.domain.record_kind import RecordKind
from briefing_app.services.action_lifecycle import NewAction, create_action
from briefing_app.services.actions import ActionEdit, update_action
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.record_pages import MY_WORK, OVERVIEW, PAGE_KEYS, RECORD_PAGES
from briefing_app.ui.views.list_page import ListPage


def test_navigation_menu_and_pages_follow_the_record_kind_table(window: MainWindow) -> None:
    assert PAGE_KEYS[:2] == (OVERVIEW, MY_WORK)
    assert [spec.kind for spec in RECORD_PAGES] == [
        RecordKind.DELEGATION,
        RecordKind.MEETING,
        RecordKind.ACTION,
        RecordKind.AGREEMENT,
        RecordKind.LOCALITY,
        RecordKind.PERSON,
        RecordKind.SOURCE,
        RecordKind.EVENT,
        RecordKind.ORGANISATION,
        RecordKind.FACT,
    ]
    assert window.navigation.count() == len(PAGE_KEYS)
    assert set(window.pages) == set(PAGE_KEYS)
    view = window.commands.page_actions
    for number, key in enumerate(PAGE_KEYS, start=1):
        action = view[key]
        keys = [QKeySequence(f"Ctrl+{number}")] if number <= 9 else []
        assert action.shortcuts() == keys
        window.go(key)
        assert window.current_kind() == key
        assert window.stack.currentWidget() is window.pages[key]
    slugs = [view[key].objectName() for key in PAGE_KEYS]
    assert slugs == [
        "show_overview",
        "show_my_work",
        "show_delegations",
        "show_meetings",
        "show_actions",
        "show_agreements",
        "show_localities",
        "show_people",
        "show_sources",
        "show_events",
        "show_organisations",
        "show_facts",
    ]
    window.go("localities")  # the slugs of links and saved settings still lead to the page
    assert window.current_kind() == RecordKind.LOCALITY
    window.go("no such page")
    assert window.current_kind() == RecordKind.LOCALITY


def test_a_change_reads_the_page_on_show_and_marks_the_others(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.go(RecordKind.MEETING)
    wait_idle(qtbot, window)
    meetings = window.pages[RecordKind.MEETING]
    assert isinstance(meetings, ListPage)
    counts = {r.id: r.action_count for r in meetings.model.rows()}
    window.go(RecordKind.ACTION)
    wait_idle(qtbot, window)

    # A colleague's writes; the hub tells the window what changed.
    update_action(window.engine, 1, ActionEdit(title="Renamed elsewhere"), changed_by="x")
    created = create_action(window.engine, NewAction(meeting_id=1, title="New"), changed_by="x")
    with qtbot.waitSignal(window.actions_page.model.loaded, timeout=5000):
        window.changes.announce(RecordKind.ACTION, created.action.id)
    titles = {r.id: r.title for r in window.actions_page.model.rows()}
    assert titles[1] == "Renamed elsewhere" and created.action.id in titles  # on show: read
    assert {r.id: r.action_count for r in meetings.model.rows()} == counts  # not on show

    window.go(RecordKind.MEETING)  # marked stale: read again when shown
    wait_idle(qtbot, window)
    after = {r.id: r.action_count for r in meetings.model.rows()}
    assert after[1] == counts[1] + 1
