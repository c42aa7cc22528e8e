"""Scrolling the action editor: the wheel scrolls the form and does not change a pick list the
pointer passes over; a new or another action shows the top of the form (both found trying
issue 13 as a user)."""

from gui_helpers import wait_idle
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from briefing_app.ui.main_window import MainWindow


def turn_wheel(widget: QWidget, notches: int) -> None:
    """One wheel turn over the middle of `widget` (negative: towards the user, scrolling down)."""
    middle = QPointF(widget.rect().center())
    event = QWheelEvent(
        middle,
        QPointF(widget.mapToGlobal(middle)),
        QPoint(),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_scrolls_the_editor_past_its_pick_lists(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1024, 700)
    window.open_record("action", 1)
    wait_idle(qtbot, window)
    view = window.editor.view
    box = view.inputs["counterpart_ref"].findChild(QComboBox)
    assert box is not None
    chosen = box.currentText()
    assert chosen.startswith("Yamanashi")
    bar = view.form_scroll.verticalScrollBar()
    assert bar.maximum() > 0  # the form is taller than its pane
    top = bar.value()

    turn_wheel(box, -3)

    assert box.currentText() == chosen
    assert not window.editor.is_dirty()
    assert bar.value() > top  # the form scrolled instead
    box.setFocus()  # clicked or tabbed into, the wheel steps through its choices again
    turn_wheel(box, -1)
    assert box.currentText() != chosen


def test_a_new_or_another_action_shows_the_top_of_the_form(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Scrolled down in one action, a new action opened at the bottom: title and meeting, the
    two fields it needs, were out of sight (found trying issue 13 as a user)."""
    window.resize(1024, 700)
    window.open_record("action", 1)
    wait_idle(qtbot, window)
    editor = window.editor
    bar = editor.view.form_scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert editor.start_new()
    wait_idle(qtbot, window)
    assert bar.value() == 0 and editor.title_edit.hasFocus()
    editor.cancel()
    window.open_record("action", 1)
    wait_idle(qtbot, window)
    bar.setValue(bar.maximum())
    window.open_record("action", 2)
    wait_idle(qtbot, window)
    assert bar.value() == 0
