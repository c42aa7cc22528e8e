"""The global search popup: results as you type under the search field, grouped by kind,
arrow keys to move, Enter opens the record."""

from gui_helpers import wait_idle
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from briefing_app.domain.record_kind import RecordKind
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.views.list_page import ListPage
from briefing_app.ui.widgets.search_popup import IdRole, KindRole

MEETING = "Thanh Hóa – Yamanashi bilateral meeting"


def _press(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    qtbot.keyClick(window.search_field, key)


def test_typing_shows_grouped_results_and_enter_opens_the_meeting(
    qtbot: QtBot, window: MainWindow
) -> None:
    popup = window.search_popup
    window.show()
    window.search_field.setFocus()
    window.search_field.setText("thanh hoa")  # keyClicks aborts on non-ASCII; this is ASCII anyway
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    texts = [popup.list.item(r).text() for r in range(popup.list.count())]
    assert texts[0] == "Localities" and "Thanh Hóa" in texts[1]
    assert "Meetings" in texts and any(MEETING in t for t in texts)

    _press(qtbot, window, Qt.Key.Key_Down)
    assert popup.current_hit() is not None and popup.current_hit()[0] == "locality"
    while popup.current_hit() is not None and popup.current_hit()[0] != "meeting":
        before = popup.current_hit()
        _press(qtbot, window, Qt.Key.Key_Down)
        assert popup.current_hit() != before, "the arrow keys stopped before the meetings"
    assert MEETING in popup.list.currentItem().text()
    meeting_id = popup.list.currentItem().data(IdRole)
    assert popup.list.currentItem().data(KindRole) == "meeting"

    _press(qtbot, window, Qt.Key.Key_Return)

    assert not popup.isVisible()
    assert window.current_kind() == RecordKind.MEETING
    wait_idle(qtbot, window)
    page = window.pages[RecordKind.MEETING]
    assert isinstance(page, ListPage)
    assert page.view.current_id() == meeting_id
    assert MEETING in window.meeting_pane.browser.toPlainText()


def test_kanji_finds_yamanashi_and_clearing_hides_the_popup(
    qtbot: QtBot, window: MainWindow
) -> None:
    popup = window.search_popup
    window.show()
    window.search_field.setText("山梨")
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    texts = [popup.list.item(r).text() for r in range(popup.list.count())]
    assert any(t.strip().startswith("Yamanashi  —  山梨県") for t in texts), texts
    window.search_field.setText("")
    assert not popup.isVisible()
    window.search_field.setText("zzzqqq no such thing")
    with qtbot.waitSignal(popup.searched, timeout=3000) as searched:
        popup.refresh()
    assert searched.args == ["zzzqqq no such thing"]
    assert not popup.isVisible()


def test_the_popup_stays_under_the_field_inside_the_window(
    qtbot: QtBot, window: MainWindow
) -> None:
    """At 1366x768 the field is narrower than the popup, which ran past the window's right edge
    (and the screen's, the window maximised)."""
    popup = window.search_popup
    window.resize(1366, 768)
    window.show()
    wait_idle(qtbot, window)
    window.search_field.setText("thanh hoa")
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    field = window.search_field
    field_right = field.mapToGlobal(field.rect().topRight()).x()
    window_right = window.mapToGlobal(window.rect().topRight()).x()
    assert field.width() < popup.width()
    assert popup.geometry().right() == field_right
    assert popup.geometry().right() <= window_right
