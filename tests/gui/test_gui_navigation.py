"""Navigating the forum: search over every list, the overview's links, the detail panes,
sorting in SQL, overdue actions standing out, remembered settings, keyboard shortcuts."""

from datetime import date
from pathlib import Path
from typing import Any

from gui_fakes import FakePrompts
from gui_helpers import make_window, shut, type_text, wait_idle
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from briefing_app.domain.enums import ActionStatus
from briefing_app.domain.record_kind import RecordKind
from briefing_app.services.actions import ActionEdit, update_action
from briefing_app.store.database import OpenedDatabase
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.models.paged_table_model import RowRole
from briefing_app.ui.views.list_page import ListPage

CTRL = Qt.KeyboardModifier.ControlModifier


def nav_texts(window: MainWindow) -> list[str]:
    nav = window.navigation
    return [nav.item(i).text() for i in range(nav.count())]


def list_page(window: MainWindow, kind: str) -> ListPage:
    page = window.pages[kind]
    assert isinstance(page, ListPage)
    return page


def test_search_filters_the_list_and_counts_every_kind(qtbot: QtBot, window: MainWindow) -> None:
    window.go(RecordKind.MEETING)
    meetings = list_page(window, RecordKind.MEETING)
    wait_idle(qtbot, window)
    assert meetings.model.total == 4
    qtbot.keyClicks(window.search_field, "thanh hoa")  # no accents typed
    qtbot.waitUntil(lambda: meetings.model.total == 1, timeout=3000)
    assert meetings.model.row_at(0).title == "Thanh Hóa – Yamanashi bilateral meeting"
    qtbot.waitUntil(lambda: "Meetings (1)" in nav_texts(window), timeout=3000)
    assert "Follow-up actions (5)" in nav_texts(window)
    assert "found for “thanh hoa”" in meetings.count_label.text()

    window.search_field.clear()
    type_text(qtbot, window.search_field, "山梨")  # Japanese, one key event per character
    window.go(RecordKind.LOCALITY)
    localities = list_page(window, RecordKind.LOCALITY)
    qtbot.waitUntil(lambda: localities.model.total == 1, timeout=3000)
    assert localities.model.row_at(0).name == "Yamanashi"

    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)  # Esc clears the search
    assert window.search_field.text() == ""
    qtbot.waitUntil(lambda: localities.model.total == 81, timeout=3000)
    qtbot.waitUntil(lambda: "Meetings" in nav_texts(window), timeout=3000)


def test_enter_in_search_on_the_overview_opens_the_first_list_with_hits(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.go("overview")
    qtbot.keyClicks(window.search_field, "takebe")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_kind() == RecordKind.MEETING, timeout=5000)
    wait_idle(qtbot, window)
    titles = [r.title for r in list_page(window, RecordKind.MEETING).model.rows()]
    assert any("Takebe Tsutomu" in t for t in titles)


def test_shortcuts_focus_search_and_switch_views(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_K, CTRL)
    assert QApplication.focusWidget() is window.search_field
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is window.search_field
    qtbot.keyClick(window.navigation, Qt.Key.Key_4, CTRL)
    assert window.current_kind() == RecordKind.MEETING
    qtbot.keyClick(window.navigation, Qt.Key.Key_N, CTRL)  # on a record page: one of its kind
    qtbot.waitUntil(lambda: window.records.editor_of(RecordKind.MEETING) is not None)
    meeting_editor = window.records.editor_of(RecordKind.MEETING)
    assert meeting_editor is not None and meeting_editor.model.is_new
    wait_idle(qtbot, window)
    meeting_editor.request_close()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    qtbot.keyClick(window.navigation, Qt.Key.Key_5, CTRL)
    qtbot.keyClick(window.navigation, Qt.Key.Key_N, CTRL)  # on the actions page: an action
    assert window.current_kind() == RecordKind.ACTION and window.editor.is_new
    window.editor.clear()
    for name in ("navigation", "searchField", "actionsView", "actionEditor", "overview"):
        widget = window.findChild(object, name)
        assert widget is not None, name
        assert widget.accessibleName(), name
    assert window.findChild(object, "meetingsView") is not None
    assert window.findChild(object, "delegationsView") is not None


def test_overview_shows_facts_counts_and_opens_what_is_clicked(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.go("overview")
    overview = window.overview
    wait_idle(qtbot, window)
    assert overview.objectName() == "overview"
    assert overview.event_title.text() == "Vietnam–Japan Local Cooperation Forum"
    facts = overview.facts_label.text()
    assert "Japanese localities participating" in facts and "[1]" in facts
    assert overview.count_buttons["meetings"].text().startswith("4\n")
    assert overview.status_buttons[ActionStatus.AGREED].text() == "Agreed: 3"
    assert not overview.overdue_view.isVisible() and overview.overdue_empty.isVisible()

    qtbot.mouseClick(overview.status_buttons[ActionStatus.AGREED], Qt.MouseButton.LeftButton)
    assert window.current_kind() == RecordKind.ACTION
    wait_idle(qtbot, window)
    assert window.actions_page.model.total == 3
    assert all(r.status is ActionStatus.AGREED for r in window.actions_page.model.rows())

    window.go("overview")
    qtbot.mouseClick(overview.count_buttons["delegations"], Qt.MouseButton.LeftButton)
    assert window.current_kind() == RecordKind.DELEGATION

    overview.facts_label.linkActivated.emit("source:2")
    assert window.current_kind() == RecordKind.SOURCE
    wait_idle(qtbot, window)
    assert "Báo Thanh Hóa" in list_page(window, RecordKind.SOURCE).detail.browser.toPlainText()


def test_detail_panes_show_people_with_native_names_and_follow_links(
    qtbot: QtBot, window: MainWindow, prompts: FakePrompts
) -> None:
    window.open_record("delegation", 1)
    wait_idle(qtbot, window)
    text = list_page(window, RecordKind.DELEGATION).detail.browser.toPlainText()
    assert "Cao Văn Cường" in text and "Thanh Hóa – Yamanashi bilateral meeting" in text
    assert list_page(window, RecordKind.DELEGATION).view.current_id() == 1

    window.open_record("person", 3)
    wait_idle(qtbot, window)
    assert "高市早苗" in list_page(window, RecordKind.PERSON).detail.browser.toPlainText()

    window.go(RecordKind.LOCALITY)
    wait_idle(qtbot, window)
    localities = list_page(window, RecordKind.LOCALITY)
    yamanashi = [r for r in localities.model.rows() if r.name == "Yamanashi"]
    window.open_record("locality", yamanashi[0].id)
    wait_idle(qtbot, window)
    text = localities.detail.browser.toPlainText()
    assert "Yamanashi (山梨県)" in text
    assert "Open follow-up actions" in text and "Yamanashi supports connecting" in text

    window.open_record("meeting", 1)
    wait_idle(qtbot, window)
    pane = window.meeting_pane
    text = pane.browser.toPlainText()
    for expected in ("Parties", "Participants", "Proposals", "Agreed outcomes", "Sources"):
        assert expected in text
    assert pane.actions_view.table_model().total == 5
    # Links: a source's web page goes to the browser (through prompts), a record opens here.
    pane.browser.follow(pane.browser.source().fromUserInput("https://baothanhhoa.vn/x"))
    assert prompts.asked("open_url") == [("https://baothanhhoa.vn/x",)]
    pane.browser.record_requested.emit("delegation", 2)
    assert window.current_kind() == RecordKind.DELEGATION


def test_sorting_is_done_by_the_database(qtbot: QtBot, window: MainWindow) -> None:
    window.go(RecordKind.ACTION)
    page = window.actions_page
    wait_idle(qtbot, window)
    header = page.view.horizontalHeader()
    owner = page.model.column_of("owner")
    x = header.sectionViewportPosition(owner) + header.sectionSize(owner) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )
    wait_idle(qtbot, window)
    assert page.model.sort_key == "owner" and not page.model.descending
    owners = [r.owner for r in page.model.rows()]
    assert owners[-1] is None and owners[0] == "Thanh Hóa"
    page.view.sortByColumn(owner, Qt.SortOrder.DescendingOrder)
    wait_idle(qtbot, window)
    assert page.model.descending
    assert [r.owner for r in page.model.rows()][0] == "Yamanashi"


def test_overdue_actions_stand_out_by_colour_icon_and_text(
    qtbot: QtBot, seeded_db: OpenedDatabase, prompts: FakePrompts, settings_file: Path
) -> None:
    window = make_window(qtbot, seeded_db.url, prompts, settings_file, today=date(2027, 1, 10))
    try:
        window.go("overview")
        wait_idle(qtbot, window)
        assert window.overview.overdue_view.isVisible()
        assert window.overview.overdue_model.total == 2
        window.go(RecordKind.ACTION)
        wait_idle(qtbot, window)
        model = window.actions_page.model
        due = model.column_of("due")
        row = model.row_of_id(2)
        index = model.index(row, due)
        assert index.data(RowRole).overdue
        assert index.data() == "2026 (overdue)"
        assert index.data(Qt.ItemDataRole.DecorationRole) is not None
        assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
        not_due = model.index(model.row_of_id(1), due)
        assert not_due.data(Qt.ItemDataRole.BackgroundRole) is None
        window.open_record("action", 2)
        wait_idle(qtbot, window)
        assert "OVERDUE" in window.editor.meta.text()
        qtbot.waitUntil(lambda: "(2 overdue)" in window.counts_label.text(), timeout=3000)
    finally:
        shut(window)


def test_view_and_window_are_remembered(
    qtbot: QtBot, seeded_db: OpenedDatabase, prompts: FakePrompts, settings_file: Path
) -> None:
    first = make_window(qtbot, seeded_db.url, prompts, settings_file)
    first.go(RecordKind.PERSON)
    first.resize(1200, 800)
    shut(first)
    second = make_window(qtbot, seeded_db.url, prompts, settings_file)
    try:
        assert second.current_kind() == RecordKind.PERSON
        assert second.stack.currentWidget() is second.pages[RecordKind.PERSON]
    finally:
        shut(second)


def test_refresh_reads_again_but_keeps_unsaved_text(
    qtbot: QtBot, window: MainWindow, seeded_db: OpenedDatabase
) -> None:
    window.open_record("action", 2)
    wait_idle(qtbot, window)
    window.editor.title_edit.setText("Unsaved draft title")
    update_action(seeded_db.engine, 3, ActionEdit(title="Renamed elsewhere"), changed_by="x")
    model = window.actions_page.model
    assert model.row_at(model.row_of_id(3)).title != "Renamed elsewhere"
    qtbot.keyClick(window.actions_page.view, Qt.Key.Key_F5)
    wait_idle(qtbot, window)
    assert model.row_at(model.row_of_id(3)).title == "Renamed elsewhere"
    assert window.editor.title_edit.text() == "Unsaved draft title"
    assert window.editor.is_dirty()
    window.editor.revert()


def test_status_bar_names_the_database_and_counts(qtbot: QtBot, window: MainWindow) -> None:
    assert str(window.database.path) in window.database_label.text()
    qtbot.waitUntil(lambda: "7 follow-up actions" in window.counts_label.text(), timeout=3000)
    # the app's name last: Qt adds it to a title that does not end with it (on Linux it said
    # "Briefing desk — briefing.sqlite3 — Briefing desk")
    assert window.windowTitle() == "briefing.sqlite3[*] — Briefing desk"


def test_about_lists_versions_and_font_licences(window: MainWindow, prompts: FakePrompts) -> None:
    window.about_action.trigger()
    ((title, html),) = prompts.asked("about")
    assert title == "About Briefing desk"
    for expected in ("PySide6", "SQLAlchemy", "Qt", "Python", "OFL.txt", "IPA Font License"):
        assert expected in html


def test_shipped_fonts_are_registered(window: MainWindow) -> None:
    families = QFontDatabase.families()
    assert "Noto Sans" in families and "IPAexGothic" in families
    app_font = QApplication.font()
    assert {"Noto Sans", "IPAexGothic"} <= set(app_font.families())


def test_menus_offer_only_working_entries(window: MainWindow) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Help"]
    everything = [
        entry.text().replace("&", "")
        for menu in window.menuBar().actions()
        for entry in menu.menu().actions()
        if not entry.isSeparator()
    ]
    for entry in ("Backup…", "Restore from backup…", "Export actions…", "Import actions…"):
        assert entry in everything
    assert "Print briefing…" in everything
    assert "Open database…" in everything and "Quit" in everything


def test_the_window_fits_a_1024_pixel_screen_on_every_page(qtbot, window) -> None:
    for page in ["overview", "action", "meeting", "event", "locality", "person", "source"]:
        window.go(page)
        wait_idle(qtbot, window)
        window.resize(1024, 700)
        assert window.minimumSizeHint().width() <= 1024, page
        assert window.width() == 1024, page


def test_tab_goes_through_a_lists_buttons_then_into_the_list(window: MainWindow) -> None:
    # The buttons were made before the page was laid out: Qt refused their order ("must be in
    # the same window"), and Tab went wherever the widgets' creation order sent it.
    for kind in (RecordKind.MEETING, RecordKind.EVENT, RecordKind.PERSON):
        page = list_page(window, kind)
        items = (page.commands.itemAt(i) for i in range(page.commands.count()))
        buttons = [item.widget() for item in items if item.widget() is not None]
        assert buttons[:3] == [page.new_button, page.edit_button, page.delete_button]
        for first, second in zip(buttons, [*buttons[1:], page.view], strict=True):
            assert _next_for_tab(first) is second, (kind, first.objectName())


def _next_for_tab(widget: QWidget) -> QWidget:
    """The widget after `widget` in its window's Tab chain (labels and the like skipped)."""
    following = widget.nextInFocusChain()
    while not following.focusPolicy() & Qt.FocusPolicy.TabFocus:
        following = following.nextInFocusChain()
    return following


def test_a_window_builds_its_pages_without_qt_warnings(
    qtbot: QtBot, qtlog: Any, seeded_db: OpenedDatabase, prompts: FakePrompts, tmp_path: Path
) -> None:
    # Ordering the list pages' buttons before they were laid out made Qt warn "setTabOrder:
    # 'first' and 'second' must be in the same window" 45 times a start (on the terminal).
    built = make_window(qtbot, seeded_db.url, prompts, tmp_path / "settings.ini")
    try:
        warned = [r.message for r in qtlog.records if "setTabOrder" in r.message]
        assert warned == []
    finally:
        shut(built)
