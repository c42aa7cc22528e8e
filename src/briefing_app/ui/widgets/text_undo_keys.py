"""Ctrl+Z and Ctrl+Shift+Z in a text field that has nothing of its own to undo or redo reach the
window's Undo and Redo (undo the last save) instead of being swallowed by the field.

A QLineEdit, QPlainTextEdit or QTextEdit claims the Undo and Redo keys for itself (it accepts the
ShortcutOverride event) even when its own history is empty, so the window's shortcut never ran:
right after Ctrl+S, with the cursor still in the title, Ctrl+Z did nothing. Saving shows the
stored values again, which empties each field's history; from then on this filter lets the keys
through to the window until the user types again. The form view (forms/form_view.py) watches
its inputs; only their events pass through this filter.
"""

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget
from typing_extensions import override

_CTRL_SHIFT_Z = QKeySequence("Ctrl+Shift+Z")
TEXT_FIELDS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox)


def _is_redo(event: QKeyEvent) -> bool:
    if event.matches(QKeySequence.StandardKey.Redo):
        return True
    return QKeySequence(event.keyCombination()) == _CTRL_SHIFT_Z


def own_history(widget: QObject, *, redo: bool) -> bool | None:
    """Whether the text field `widget` has something of its own to undo (or redo); None when
    `widget` is not a text field."""
    if isinstance(widget, QComboBox):
        line = widget.lineEdit()
        return None if line is None else own_history(line, redo=redo)
    if isinstance(widget, QLineEdit):
        return widget.isRedoAvailable() if redo else widget.isUndoAvailable()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        document = widget.document()
        return document.isRedoAvailable() if redo else document.isUndoAvailable()
    return None


class TextUndoKeys(QObject):
    """The event filter of a form's text fields (`watch`)."""

    @classmethod
    def watch(cls, root: QWidget) -> "TextUndoKeys":
        """Let the undo keys through to the window from the text fields in `root` whenever
        they have nothing of their own to undo or redo."""
        keys = cls(root)
        keys.setObjectName("textUndoKeys")
        for field in root.findChildren(QWidget):
            if isinstance(field, TEXT_FIELDS):
                field.installEventFilter(keys)
        return keys

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        if event.matches(QKeySequence.StandardKey.Undo):
            redo = False
        elif _is_redo(event):
            redo = True
        else:
            return False
        if own_history(watched, redo=redo) is False:
            event.ignore()  # not the field's key this time: the window's shortcut runs
            return True
        return False
