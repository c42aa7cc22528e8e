"""The mouse wheel turned over a form scrolls the form: it no longer changes the choice of a pick
list or the number of a spin box that happens to pass under the pointer on the way.

Qt gives a QComboBox or a QAbstractSpinBox the focus on a wheel turn (Qt.WheelFocus) and then
steps its value. Scrolling down the action editor to reach the assignee thus changed the
counterpart the pointer crossed, silently, and a save stored it (found trying issue 13 as a
user). Watched boxes take the focus on a click or Tab only; a wheel turn over one without the
focus goes to the nearest scroll area around it (sent there: Qt6 hands an ignored wheel event to
the parent only when it came from the window system). With the focus (clicked, tabbed into) the
wheel still steps through its choices.
"""

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)
from typing_extensions import override

STEPPED = (QComboBox, QAbstractSpinBox)


class WheelGuard(QObject):
    """The event filter of a form's pick lists and spin boxes (`watch`)."""

    @classmethod
    def watch(cls, root: QWidget) -> "WheelGuard":
        """Let the wheel scroll `root` past its pick lists and spin boxes."""
        guard = cls(root)
        guard.setObjectName("wheelGuard")
        for box in root.findChildren(QWidget):
            if isinstance(box, STEPPED):
                box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
                box.installEventFilter(guard)
        return guard

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        if watched.hasFocus():
            return False
        area = watched.parentWidget()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        if area is not None:
            QApplication.sendEvent(area.viewport(), event)
        return True
