"""Laptop screens (issue 12, item 1): at 1024×700 and 1366×768, in English and Vietnamese, on
every page and in the editors no input of a form lies outside its scroll area sideways, and the
search field stays in the toolbar (not in its overflow) even when undo names a long title."""

from pathlib import Path

import pytest
from gui_fakes import FakePrompts
from gui_helpers import make_window, shut, wait_idle, wait_ready
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QScrollArea, QToolBar, QWidget
from pytestqt.qtbot import QtBot
from record_helpers import newest_editor, settle

from briefing_app.domain.record_kind import RecordKind
from briefing_app.domain.translations import BASE_LANGUAGE, reading_language, translation_key
from briefing_app.ui.forms.form_view import FormView
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.widgets.elided_label import ElidedLabel
from briefing_app.ui.widgets.form_widgets import combo_box

SIZES = [(1024, 700), (1366, 768)]
PAGES = [
    "overview",
    "delegation",
    "meeting",
    "action",
    "agreement",
    "locality",
    "person",
    "source",
    "event",
    "organisation",
    "fact",
]
#: A record of each kind the seeded database holds, opened in its record editor.
RECORDS = [
    (RecordKind.MEETING, 1),
    (RecordKind.EVENT, 1),
    (RecordKind.DELEGATION, 1),
    (RecordKind.PERSON, 1),
    (RecordKind.AGREEMENT, 1),
    (RecordKind.SOURCE, 1),
    (RecordKind.LOCALITY, 1),
    (RecordKind.ORGANISATION, 1),
    (RecordKind.FACT, 1),
]


def outside_sideways(scroll: QScrollArea) -> list[str]:
    """The visible inputs of the form in `scroll` that do not fit its viewport sideways, and
    the horizontal scroll bar when it shows."""
    problems: list[str] = []
    if scroll.horizontalScrollBar().isVisible():
        problems.append("horizontal scroll bar")
    inner = scroll.widget()
    assert inner is not None
    viewport = scroll.viewport().rect()
    for child in inner.findChildren(QWidget):
        name = child.objectName()
        if not child.isVisibleTo(inner) or not name.startswith("field_"):
            continue
        top_left = child.mapTo(scroll.viewport(), QPoint(0, 0))
        box = QRect(top_left, child.size())
        if box.left() < viewport.left() or box.right() > viewport.right():
            problems.append(f"{name} at {box.left()}–{box.right()} of {viewport.width()}")
    return problems


def button_cut(widget: QWidget, form: QScrollArea) -> list[str]:
    """The visible buttons of `widget` that are cut: outside its window, narrower than they
    need, or (in the form, which scrolls up and down) outside the form sideways."""
    window = widget.window()
    area = window.rect()
    viewport = form.viewport()
    cut = []
    for button in widget.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or not button.text():
            continue
        if button.width() < button.minimumSizeHint().width():
            cut.append(f"{button.text()} narrower than its text")
        elif viewport.isAncestorOf(button):
            left = button.mapTo(viewport, QPoint(0, 0)).x()
            if left < 0 or left + button.width() > viewport.width():
                cut.append(f"{button.text()} outside the form sideways")
        elif not area.contains(QRect(button.mapTo(window, QPoint(0, 0)), button.size())):
            cut.append(f"{button.text()} outside the window")
    return cut


def search_in_toolbar(window: MainWindow) -> bool:
    toolbar = window.findChild(QToolBar, "mainToolbar")
    assert toolbar is not None
    field = window.search.field
    if not field.isVisible():
        return False
    box = QRect(field.mapTo(toolbar, QPoint(0, 0)), field.size())
    return toolbar.rect().contains(box)


@pytest.mark.parametrize(("width", "height"), SIZES, ids=["1024x700", "1366x768"])
def test_every_page_fits_without_sideways_scrolling(
    qtbot: QtBot, any_window: MainWindow, width: int, height: int
) -> None:
    window = any_window
    window.resize(width, height)
    for name in PAGES:
        window.go(name)
        wait_idle(qtbot, window)
        qtbot.wait(10)
        assert window.width() == width, name
        assert window.height() == height, name  # not taller than the screen either
        assert search_in_toolbar(window), name
        page = window.pages[name]
        for form in page.findChildren(FormView):
            if form.isVisible():
                assert outside_sideways(form.form_scroll) == [], name
        if name == "action":  # the filters fold into two columns rather than run off
            filters = window.actions_page.filters
            holder = filters.parentWidget()
            assert holder is not None
            assert filters.width() <= holder.width()
            for child in filters.findChildren(QWidget):
                if child.isVisibleTo(filters) and child.parentWidget() is filters:
                    left = child.mapTo(filters, QPoint(0, 0)).x()
                    assert left >= 0 and left + child.width() <= filters.width(), (
                        child.objectName() or type(child).__name__
                    )
        for scroll in page.findChildren(QScrollArea):
            if scroll.isVisible() and scroll.objectName() != "formScroll":
                assert not scroll.horizontalScrollBar().isVisible(), (name, scroll.objectName())


@pytest.mark.parametrize(("width", "height"), SIZES, ids=["1024x700", "1366x768"])
def test_the_action_editor_fits(
    qtbot: QtBot, any_window: MainWindow, width: int, height: int
) -> None:
    window = any_window
    window.resize(width, height)
    window.open_record("action", 2)
    wait_idle(qtbot, window)
    qtbot.wait(10)
    editor = window.editor
    assert outside_sideways(editor.view.form_scroll) == []
    assert button_cut(editor, editor.view.form_scroll) == []


def test_the_action_editors_tabs_show_whole_at_1366(qtbot: QtBot, any_window: MainWindow) -> None:
    """Every tab of the action editor is named in full on a 1366x768 screen (in Vietnamese,
    'Nguồn tham khảo (1)' was cut behind the tab bar's scroll arrows)."""
    window = any_window
    window.resize(1366, 768)
    window.open_record("action", 2)
    wait_idle(qtbot, window)
    qtbot.wait(10)
    bar = window.editor.tabs.tabBar()
    assert bar.sizeHint().width() <= bar.width(), [bar.tabText(i) for i in range(bar.count())]


@pytest.mark.parametrize(("width", "height"), SIZES, ids=["1024x700", "1366x768"])
def test_every_record_editor_fits(
    qtbot: QtBot, any_window: MainWindow, width: int, height: int
) -> None:
    window = any_window
    window.resize(width, height)
    for kind, record_id in RECORDS:
        window.records.edit_record(kind, record_id)
        editor = newest_editor(qtbot, window, kind)
        editor.resize(min(editor.width(), width), min(editor.height(), height))
        settle(qtbot, window, editor)
        qtbot.wait(10)
        assert editor.width() <= width and editor.height() <= height, kind
        assert outside_sideways(editor.view.form_scroll) == [], kind
        assert button_cut(editor, editor.view.form_scroll) == [], kind
        editor.request_close()
        settle(qtbot, window)


def test_the_search_field_stays_after_saving_a_long_title(
    qtbot: QtBot, any_window: MainWindow
) -> None:
    window = any_window
    window.resize(1024, 700)
    window.open_record("action", 2)
    wait_idle(qtbot, window)
    # the title in the interface language: the undo names the action by it
    language = reading_language()
    key = "title" if language == BASE_LANGUAGE else translation_key("title", language)
    title = window.editor.view.editor(key)
    title.setText("Invite Yamanashi's leaders to visit Thanh Hóa " * 5)
    window.save_action.trigger()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: window.undo_action.isEnabled(), timeout=5000)
    assert "Invite Yamanashi" in window.undo_action.text()
    assert "Invite Yamanashi" in window.undo_action.toolTip()
    qtbot.wait(10)
    assert search_in_toolbar(window)
    window.undo_action.trigger()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: window.redo_action.isEnabled(), timeout=5000)
    qtbot.wait(10)
    assert search_in_toolbar(window)


def test_a_count_cut_short_shows_its_whole_text_as_a_tooltip(qtbot: QtBot) -> None:
    label = ElidedLabel("7 follow-up actions in all, 2 of them overdue")
    qtbot.addWidget(label)
    label.resize(60, 20)
    label.grab()  # painted: the text is cut short
    assert label.is_elided()
    assert label.toolTip() == "7 follow-up actions in all, 2 of them overdue"
    label.resize(600, 20)
    label.grab()
    assert not label.is_elided()
    assert label.toolTip() == ""


def test_a_dialog_choice_cut_short_has_its_whole_text_as_tooltip(qtbot: QtBot) -> None:
    box = combo_box("meetingScope", "Meeting", minimum_length=10)
    qtbot.addWidget(box)
    long = "Thanh Hóa – Yamanashi bilateral meeting (25/11/2025)"
    box.addItems(["Plenary", long])
    assert box.toolTip() == "Plenary"
    box.setCurrentIndex(1)
    assert box.toolTip() == long


def test_a_long_database_name_gives_way_in_the_status_bar(
    qtbot: QtBot, tmp_path: Path, prompts: FakePrompts, settings_file: Path
) -> None:
    """A database in a deep shared folder (or on a team server with a long host name) was cut
    off in the status bar without "…", and the status bar asked for more than a 1024-pixel
    screen: it ends in "…", the whole of it in the tooltip."""
    folder = tmp_path / "Phòng Hợp tác quốc tế - Sở Ngoại vụ tỉnh Quảng Ninh" / ("dữ liệu " * 12)
    folder.mkdir(parents=True)
    window = make_window(qtbot, str(folder / "briefing.sqlite3"), prompts, settings_file)
    try:
        window.resize(1024, 700)
        window.show()
        wait_ready(qtbot, window)
        label = window.database_label
        assert window.statusBar().minimumSizeHint().width() <= 1024
        assert isinstance(label, ElidedLabel)
        label.grab()
        assert label.is_elided() and str(folder) in label.toolTip()
    finally:
        shut(window)
