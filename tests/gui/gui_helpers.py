"""Drive widgets like a user: type (non-ASCII one key event per character), click rows."""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type like a user. qtbot.keyClicks aborts on non-ASCII, so those characters are sent
    as one QKeyEvent each (press and release)."""
    widget.setFocus()
    for ch in text:
        if ch == "\n":
            qtbot.keyClick(widget, Qt.Key.Key_Return)
            continue
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


def replace_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Select everything in a text field (Ctrl+A) and type over it."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        type_text(qtbot, widget, text)
    else:
        qtbot.keyClick(widget, Qt.Key.Key_Delete)


def click_row(qtbot: QtBot, view: QAbstractItemView, row: int, column: int = 1) -> None:
    index = view.model().index(row, column)
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def double_click_row(qtbot: QtBot, view: QAbstractItemView, row: int, column: int = 1) -> None:
    index = view.model().index(row, column)
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def append_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type at the end of what a field holds (End in a line, Ctrl+End in a text box)."""
    widget.setFocus()
    line = isinstance(widget, QLineEdit)
    modifier = Qt.KeyboardModifier.NoModifier if line else Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(widget, Qt.Key.Key_End, modifier)
    type_text(qtbot, widget, text)
