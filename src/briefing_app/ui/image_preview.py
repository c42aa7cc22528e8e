"""An in-app preview of an attached image: the picture, scaled down to fit the window (never
up), in a window of its own (Esc closes it)."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget
from typing_extensions import override

from briefing_app.ui.widgets.preview_window import PreviewWindow


class ImagePreview(PreviewWindow):
    def __init__(self, *, path: Path, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imagePreview")
        self.setWindowTitle(self.tr("Preview — {name}").format(name=title))
        self.pixmap = QPixmap(str(path))
        self.image = QLabel()
        self.image.setObjectName("previewImage")
        self.image.setAccessibleName(title)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if self.pixmap.isNull():
            self.image.setText(self.tr("This image cannot be shown."))
        self.image_scroll = QScrollArea()
        self.image_scroll.setWidgetResizable(True)
        self.image_scroll.setWidget(self.image)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.image_scroll)
        self.fit_screen(800, 600)

    def loaded(self) -> bool:
        return not self.pixmap.isNull()

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.pixmap.isNull():
            return
        room = self.image_scroll.viewport().size()
        shown = self.pixmap
        if shown.width() > room.width() or shown.height() > room.height():
            shown = shown.scaled(
                room, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        self.image.setPixmap(shown)
