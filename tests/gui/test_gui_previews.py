"""The previews of an attached PDF or image, as windows of their own: they fit a small screen
(the PDF's opened 1000 pixels tall, its lower part off a 1366×768 screen) and Esc closes them
(the image's had no key to close it at all). Found trying issue 13 as a user."""

from pathlib import Path

from gui_fakes import FakePrompts
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from briefing_app.ui.image_preview import ImagePreview
from briefing_app.ui.pdf_preview import PdfPreview


def letter(path: Path) -> Path:
    canvas = Canvas(str(path), pagesize=A4)
    canvas.drawString(72, 760, "Cong van so 1234/UBND-NgV")
    canvas.save()
    return path


def picture(path: Path) -> Path:
    image = QImage(1600, 1200, QImage.Format.Format_RGB32)
    image.fill(QColor("steelblue"))
    assert image.save(str(path))
    return path


def previews(tmp_path: Path) -> list[QWidget]:
    return [
        PdfPreview(path=letter(tmp_path / "cv.pdf"), prompts=FakePrompts(), title="cv.pdf"),
        ImagePreview(path=picture(tmp_path / "photo.png"), title="photo.png"),
    ]


def test_a_preview_fits_the_screen_and_esc_closes_it(qtbot: QtBot, tmp_path: Path) -> None:
    for preview in previews(tmp_path):
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        qtbot.addWidget(preview)
        room = preview.screen().availableGeometry()
        assert preview.width() <= room.width() and preview.height() <= room.height()
        preview.show()
        qtbot.waitExposed(preview)
        qtbot.keyClick(preview, Qt.Key.Key_Escape)
        assert not preview.isVisible(), preview.objectName()
