"""The Attachments tab (issue 13): a real PDF attached with its official number, date and issuer,
read back byte for byte (open, save a copy), previewed; a file whose content is not what its
name says refused with the message; an image previewed; dropped files; removing asks first."""

from datetime import date
from pathlib import Path

from gui_fakes import FakePrompts
from gui_helpers import wait_idle
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from briefing_app.domain.record_kind import RecordKind
from briefing_app.services.attachments import MAX_BYTES, attachment_content, list_attachments
from briefing_app.store.database import OpenedDatabase
from briefing_app.ui.attachments_panel import AttachmentsPanel
from briefing_app.ui.image_preview import ImagePreview
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.models.attachment_table_model import DOCUMENT
from briefing_app.ui.official_document_dialog import OfficialDocumentDialog
from briefing_app.ui.pdf_preview import PdfPreview

ACTION = 3


def letter(path: Path) -> Path:
    """A two-page PDF letter, made with ReportLab."""
    canvas = Canvas(str(path), pagesize=A4)
    canvas.drawString(72, 760, "Cong van so 1234/UBND-NgV")
    canvas.showPage()
    canvas.drawString(72, 760, "Page 2")
    canvas.save()
    return path


def open_attachments(qtbot: QtBot, window: MainWindow) -> AttachmentsPanel:
    window.open_record("action", ACTION)
    wait_idle(qtbot, window)
    panel = window.editor.tabs.attachments
    window.editor.tabs.setCurrentWidget(panel)
    return panel


def fill_document(dialog: OfficialDocumentDialog) -> None:
    dialog.number_field.setText("1234/UBND-NgV")
    dialog.date_field.setText("20/12/2025")
    dialog.issuer_field.setText("UBND tỉnh Thanh Hóa")
    dialog.attach_button.click()


def stored(db: OpenedDatabase) -> list[tuple[str, bytes]]:
    rows = list_attachments(db.engine, RecordKind.ACTION, ACTION)
    return [(r.file_name, attachment_content(db.engine, r.id)[1]) for r in rows]


def test_a_pdf_letter_is_attached_with_its_number_and_read_back_byte_for_byte(
    qtbot: QtBot,
    window: MainWindow,
    seeded_db: OpenedDatabase,
    prompts: FakePrompts,
    tmp_path: Path,
) -> None:
    pdf = letter(tmp_path / "Công văn 1234.pdf")
    content = pdf.read_bytes()
    panel = open_attachments(qtbot, window)
    assert not panel.open_button.isEnabled() and not panel.preview_button.isEnabled()
    prompts.answer("attach_files", [str(pdf)])
    prompts.answer("run_dialog", fill_document)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)

    assert stored(seeded_db) == [("Công văn 1234.pdf", content)]
    row = list_attachments(seeded_db.engine, RecordKind.ACTION, ACTION)[0]
    assert row.document.number == "1234/UBND-NgV" and row.added_by == "tester"
    assert row.document.issued_on == date(2025, 12, 20)
    assert panel.model.rowCount() == 1
    shown = panel.model.index(0, DOCUMENT).data()
    assert "1234/UBND-NgV" in shown and "UBND tỉnh Thanh Hóa" in shown
    tabs = window.editor.tabs
    assert tabs.tabText(tabs.indexOf(panel)) == "Attachments (1)"

    panel.view.selectRow(0)
    assert panel.preview_button.isEnabled()
    # Open: a private copy, handed to the system's viewer.
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    (opened,) = prompts.asked("open_file")
    assert opened[0].read_bytes() == content and opened[0].name == "Công văn 1234.pdf"
    assert opened[0].parent.stat().st_mode & 0o077 == 0  # only the user can read it
    # Save a copy…
    copy = tmp_path / "copy.pdf"
    prompts.answer("save_attachment_file", str(copy))
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert copy.read_bytes() == content
    assert window.statusBar().currentMessage() == f"Saved a copy: {copy}"  # said where
    # Preview, in the app.
    qtbot.mouseClick(panel.preview_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    preview = panel.previews[-1]
    assert isinstance(preview, PdfPreview) and preview.isVisible()
    assert preview.page_count() == 2
    preview.close()


def test_a_file_whose_content_is_not_what_its_name_says_is_refused(
    qtbot: QtBot,
    window: MainWindow,
    seeded_db: OpenedDatabase,
    prompts: FakePrompts,
    tmp_path: Path,
) -> None:
    fake = tmp_path / "letter.pdf"
    fake.write_text("not a PDF at all\n", encoding="utf-8")
    panel = open_attachments(qtbot, window)
    prompts.answer("attach_files", [str(fake)])
    prompts.answer("run_dialog", True)
    panel.add_files()
    wait_idle(qtbot, window)
    (error,) = prompts.asked("error")
    assert error[0] == "Not attached"
    assert error[1] == "letter.pdf: the content is not a PDF file; it was not attached"
    assert stored(seeded_db) == [] and panel.model.rowCount() == 0


def test_a_file_above_the_limit_and_a_type_that_cannot_be_attached_are_refused(
    qtbot: QtBot,
    window: MainWindow,
    seeded_db: OpenedDatabase,
    prompts: FakePrompts,
    tmp_path: Path,
) -> None:
    big = tmp_path / "scan.pdf"
    with big.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: refused by its size before it is read
    tool = tmp_path / "setup.exe"
    tool.write_bytes(b"MZ" + bytes(100))
    panel = open_attachments(qtbot, window)
    prompts.answer("run_dialog", True)
    panel.attach([str(big), str(tool)])
    wait_idle(qtbot, window)
    messages = sorted(text for _title, text, _details in prompts.asked("error"))
    assert messages[0] == "scan.pdf is 50.0 MB; a file of at most 50 MB can be attached"
    assert messages[1].startswith("setup.exe: files of this type cannot be attached (allowed: ")
    assert stored(seeded_db) == [] and panel.model.rowCount() == 0


def test_a_wrong_date_is_refused_in_the_dialog(qtbot: QtBot) -> None:
    dialog = OfficialDocumentDialog(names=["a.pdf"])
    qtbot.addWidget(dialog)
    dialog.date_field.setText("31/02/2025")
    dialog.attach_button.click()
    assert dialog.result() != OfficialDocumentDialog.DialogCode.Accepted
    assert dialog.date_error.isVisibleTo(dialog) and dialog.date_error.text().startswith("⚠")
    dialog.date_field.setText("")
    dialog.attach_button.click()
    assert dialog.result() == OfficialDocumentDialog.DialogCode.Accepted
    assert dialog.document().issued_on is None


def test_enter_in_a_field_attaches_with_what_was_typed(qtbot: QtBot) -> None:
    """Enter is Attach, not Cancel: the number typed is kept (found trying issue 13 as a user)."""
    dialog = OfficialDocumentDialog(names=["a.pdf"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.issuer_field.setFocus()
    dialog.number_field.setText("1234/UBND-NgV")
    qtbot.keyClick(dialog.issuer_field, Qt.Key.Key_Return)
    assert dialog.result() == OfficialDocumentDialog.DialogCode.Accepted
    assert dialog.document().number == "1234/UBND-NgV"


def drop(panel: AttachmentsPanel, paths: list[Path]) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    point = QPoint(10, 10)
    action = Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point.toPointF(), action, data, buttons, keys)
    QApplication.sendEvent(panel, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(panel, QDropEvent(point.toPointF(), action, data, buttons, keys))


def test_dropped_images_are_attached_previewed_and_removed_after_asking(
    qtbot: QtBot,
    window: MainWindow,
    seeded_db: OpenedDatabase,
    prompts: FakePrompts,
    tmp_path: Path,
) -> None:
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a6fb0"))
    photo = tmp_path / "signing.png"
    assert image.save(str(photo))
    notes = tmp_path / "notes.txt"
    notes.write_text("Ghi chú cuộc gọi với Kōfu\n", encoding="utf-8")
    panel = open_attachments(qtbot, window)
    prompts.answer("run_dialog", True)
    drop(panel, [photo, notes])
    wait_idle(qtbot, window)
    assert sorted(name for name, _ in stored(seeded_db)) == ["notes.txt", "signing.png"]
    assert panel.model.rowCount() == 2

    row = next(i for i in range(2) if panel.model.attachment_at(i).file_name == "signing.png")
    panel.view.selectRow(row)
    panel.preview()
    wait_idle(qtbot, window)
    preview = panel.previews[-1]
    assert isinstance(preview, ImagePreview) and preview.loaded()
    assert preview.image.pixmap().width() > 0
    preview.close()  # deletes itself; the next preview opens all the same
    panel.preview()
    wait_idle(qtbot, window)
    assert isinstance(panel.previews[-1], ImagePreview) and panel.previews[-1] is not preview
    panel.previews[-1].close()

    prompts.answer("confirm", False)
    panel.remove()
    wait_idle(qtbot, window)
    assert len(stored(seeded_db)) == 2
    prompts.answer("confirm", True)
    panel.remove()
    wait_idle(qtbot, window)
    assert [name for name, _ in stored(seeded_db)] == ["notes.txt"]
    assert panel.model.rowCount() == 1
