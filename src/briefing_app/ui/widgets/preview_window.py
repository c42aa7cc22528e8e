"""What the in-app previews of a PDF and an image share: a window of their own, gone once closed,
closed by Esc or Ctrl+W, opening at their preferred size when the screen has room and else
within its free area (the PDF's opened 1000 pixels tall, its lower part off a 1366×768 screen;
the image's had no key to close it)."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget
from typing_extensions import override

#: The most of the screen's free area a preview takes.
SCREEN_SHARE = 0.9


class PreviewWindow(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self).activated.connect(self.close)

    def fit_screen(self, width: int, height: int) -> None:
        """Resize to `width`×`height`, shrunk to fit the free area of the window's screen."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry()
        self.resize(
            min(width, int(room.width() * SCREEN_SHARE)),
            min(height, int(room.height() * SCREEN_SHARE)),
        )

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.close()
            return
        super().keyPressEvent(event)
