"""The briefing export dialog and the PDF preview, driven like a user on a seeded database:
a meeting brief written and read back, preview, a Word brief, printing through QPrinter to a
PDF file, cancelling a forum book, an unwritable path, characters no font has, the action
tracker."""

import json
import unicodedata
from datetime import date
from io import BytesIO
from pathlib import Path

import docx
import pytest
import sqlalchemy as sa
from gui_fakes import FakePrompts
from gui_helpers import wait_idle
from pypdf import PdfReader
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QCheckBox, QWidget
from pytestqt.qtbot import QtBot

from briefing_app.domain.enums import ActionStatus, Classification
from briefing_app.domain.file_names import safe_file_name
from briefing_app.domain.record_kind import RecordKind
from briefing_app.services import briefing_data, listing, queries
from briefing_app.services.comments import add_comment
from briefing_app.services.dto import PartyRef
from briefing_app.services.pages import PageRequest
from briefing_app.ui import labels
from briefing_app.ui.briefing_dialog import BriefingDialog
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.pdf_preview import PdfPreview

MEETING = "Thanh Hóa – Yamanashi bilateral meeting"


class BriefingPrompts(FakePrompts):
    """FakePrompts plus the save and print dialogs of the briefing export."""

    def __init__(self) -> None:
        super().__init__()
        self.print_file: Path | None = None
        self.doc_names: list[str] = []

    def save_briefing_file(self, parent: QWidget | None, suggested: str) -> str | None:
        return self._next("save_briefing_file", suggested)  # type: ignore[no-any-return]

    def print_setup(self, parent: QWidget | None, printer: QPrinter, page_count: int) -> bool:
        """Accept the print dialog, printing to a PDF file at a modest resolution."""
        self.calls.append(("print_setup", (page_count,)))
        self.doc_names.append(printer.docName())  # what "Print to File" names the file after
        assert self.print_file is not None
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.print_file))
        printer.setResolution(96)
        return True


@pytest.fixture
def prompts() -> BriefingPrompts:
    return BriefingPrompts()


def squash(text: str) -> str:
    return "".join(unicodedata.normalize("NFC", text).split())


def pdf_text(path: Path) -> tuple[int, str]:
    reader = PdfReader(BytesIO(path.read_bytes()))
    return len(reader.pages), squash("".join(p.extract_text() or "" for p in reader.pages))


def open_dialog(qtbot: QtBot, window: MainWindow) -> BriefingDialog:
    dialog = window.briefing_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.ready, timeout=5000)  # its choices are read in the background
    return dialog


def write(qtbot: QtBot, dialog: BriefingDialog, path: Path) -> None:
    dialog.path_field.setText(str(path))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=20_000)


def close_preview(dialog: BriefingDialog) -> None:
    if dialog.preview is not None:
        dialog.preview.close()


def test_meeting_brief_from_the_pane_is_written_previewed_and_remembered(
    qtbot: QtBot, window: MainWindow, prompts: BriefingPrompts, tmp_path: Path, settings_file: Path
) -> None:
    window.open_record("meeting", 1)
    wait_idle(qtbot, window)
    button = window.meeting_pane.briefing_button
    assert button is not None and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(qtbot, window)
    assert dialog.kind() == "meeting"
    assert dialog.meeting_box.currentData() == 1
    suggested = Path(dialog.path_field.text())
    assert suggested.name == f"Meeting brief - {MEETING} - 2026-03-16.pdf"
    assert suggested.parent == Path.home()  # no Documents folder in the test's home

    target = tmp_path / "Thanh Hóa brief.pdf"
    prompts.answer("save_briefing_file", str(target))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert prompts.asked("save_briefing_file") == [(str(suggested),)]
    dialog.office_field.setText("Sở Ngoại vụ Thanh Hóa")  # keyClicks aborts on non-ASCII
    dialog.prepared_field.setText("Nguyễn Thị Lan")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.running and not dialog.export_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.result_path is not None, timeout=20_000)

    pages, text = pdf_text(target)
    for name in ("Thanh Hóa", "Cao Văn Cường", "Yamanashi", "Sở Ngoại vụ Thanh Hóa"):
        assert squash(name) in text
    assert dialog.rendered is not None and dialog.rendered.page_count == pages
    assert f"{pages} pages" in dialog.status_label.text()
    assert dialog.warnings.isHidden()
    assert not [c for c in prompts.calls if c[0] in ("error", "crash")]

    preview = dialog.preview
    assert isinstance(preview, PdfPreview)
    qtbot.waitExposed(preview)
    assert preview.page_count() == pages
    assert preview.page_count_label.text() == f"of {pages}"
    assert preview.page_box.maximum() == pages
    qtbot.mouseClick(preview.next_button, Qt.MouseButton.LeftButton)
    assert preview.page_box.value() == 2
    preview.go_to(99)
    assert preview.page_box.value() == pages and not preview.next_button.isEnabled()
    preview.zoom_step(1)
    assert preview.zoom_box.currentData() == 1.25  # from "fit width" to the next step
    preview.zoom_step(-1)
    assert preview.zoom_box.currentData() == 1.0

    qtbot.mouseClick(preview.open_button, Qt.MouseButton.LeftButton)
    assert prompts.asked("open_url") == [(target.as_uri(),)]
    close_preview(dialog)

    # the office is remembered for the next briefing; the level is not, and a prepared-by typed
    # for one briefing does not become the user's name (which history records)
    dialog.level_box.setCurrentIndex(dialog.level_box.findData("confidential"))
    dialog.close()
    window.print_briefing("locality", 1)
    again = open_dialog(qtbot, window)
    assert again is not dialog
    assert again.office_field.text() == "Sở Ngoại vụ Thanh Hóa"
    assert again.prepared_field.text() != "Nguyễn Thị Lan"
    assert window.settings.user_name() != "Nguyễn Thị Lan"
    assert again.level_box.currentData() == "public"
    assert Path(again.path_field.text()).parent == tmp_path  # the last folder written to
    stored = QSettings(str(settings_file), QSettings.Format.IniFormat)
    assert stored.value("preferences/briefing/office") == "Sở Ngoại vụ Thanh Hóa"
    again.close()


def test_a_word_brief_is_chosen_written_and_remembered(
    qtbot: QtBot, window: MainWindow, prompts: BriefingPrompts, tmp_path: Path, settings_file: Path
) -> None:
    window.print_briefing("meeting", 1)
    dialog = open_dialog(qtbot, window)
    assert dialog.path_field.text().endswith(".pdf")
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("docx"))
    assert dialog.path_field.text().endswith(f"{MEETING} - 2026-03-16.docx")
    assert dialog.export_button.text() == "&Write Word file"
    assert not dialog.preview_check.isEnabled()
    target = tmp_path / "brief.docx"
    write(qtbot, dialog, target)
    assert dialog.rendered is not None and dialog.rendered.page_count is None
    assert "(Word document)" in dialog.status_label.text()
    assert dialog.preview is None  # a Word file has no preview here: it opens in Word
    document = docx.Document(str(target))
    assert any(p.style is not None and p.style.name == "Heading 1" for p in document.paragraphs)
    assert MEETING in [p.text for p in document.paragraphs]
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert prompts.asked("open_url") == [(target.as_uri(),)]
    # a typed .pdf name takes the format back to PDF (the extension decides)
    dialog.path_field.textEdited.emit(str(tmp_path / "brief.pdf"))
    assert dialog.format_box.currentData() == "pdf"
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("docx"))
    dialog.close()
    window.print_briefing("locality", 1)
    again = open_dialog(qtbot, window)
    assert again.format_box.currentData() == "docx"  # remembered
    assert again.path_field.text().endswith(".docx")
    again.close()


def test_a_delegation_prints_a_delegation_brief(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.print_briefing("delegation", 2)
    dialog = open_dialog(qtbot, window)
    assert dialog.kind() == "delegation"
    assert dialog.scope_picker.delegation_box.currentData() == 2
    assert dialog.scope_picker.scope_title() == "Yamanashi Prefecture delegation"
    write(qtbot, dialog, tmp_path / "delegation.pdf")
    _, text = pdf_text(tmp_path / "delegation.pdf")
    for line in ("Delegation brief", "Yamanashi Prefecture delegation", "Purpose of the visit"):
        assert squash(line) in text
    close_preview(dialog)
    dialog.close()


def test_printing_the_preview_to_a_pdf_file_keeps_the_page_count(
    qtbot: QtBot, window: MainWindow, prompts: BriefingPrompts, tmp_path: Path
) -> None:
    window.print_briefing("meeting", 1)
    dialog = open_dialog(qtbot, window)
    write(qtbot, dialog, tmp_path / "brief.pdf")
    preview = dialog.preview
    assert preview is not None
    prompts.print_file = tmp_path / "printed.pdf"
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    assert prompts.asked("print_setup") == [(preview.page_count(),)]
    assert prompts.doc_names == [safe_file_name(preview.title, ".pdf")]
    printed = PdfReader(str(prompts.print_file))
    assert len(printed.pages) == preview.page_count() == 4
    width = float(printed.pages[0].mediabox.width)
    assert abs(width - 595) < 2  # the printer was set to the briefing's A4 paper
    assert not prompts.asked("error")
    close_preview(dialog)
    dialog.close()


def test_print_to_file_suggests_a_name_without_the_dates_slashes(
    qtbot: QtBot, window: MainWindow, prompts: BriefingPrompts, tmp_path: Path
) -> None:
    """A date shown as 25/11/2025 in the title made Print to File suggest a path into folders
    that do not exist: the document name the print dialog builds it from is a safe name."""
    window.print_briefing("meeting", 1)
    dialog = open_dialog(qtbot, window)
    write(qtbot, dialog, tmp_path / "brief.pdf")
    close_preview(dialog)
    preview = PdfPreview(
        path=tmp_path / "brief.pdf", prompts=prompts, title=f"{MEETING} (25/11/2025)"
    )
    qtbot.addWidget(preview)
    prompts.print_file = tmp_path / "printed.pdf"
    preview.print_document()
    assert prompts.doc_names == [f"{MEETING} (25-11-2025).pdf"]
    assert preview.print_file_name() == f"{MEETING} (25-11-2025).pdf"
    dialog.close()


def test_cancelling_a_forum_book_writes_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.go("overview")
    window.print_briefing()  # what Ctrl+P does on the overview
    dialog = open_dialog(qtbot, window)
    assert dialog.kind() == "forum"
    assert dialog.event_box.currentText() == "Vietnam–Japan Local Cooperation Forum"
    target = tmp_path / "forum book.pdf"
    dialog.path_field.setText(str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.running and dialog.progress.isVisible()
    assert dialog.cancel_button.text() == "Cancel"
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.running and dialog.isVisible()  # Cancel stops the build, not the dialog
    assert "Nothing was written" in dialog.status_label.text()
    assert window.tasks.wait(20_000)
    QApplication.processEvents()
    assert list(tmp_path.iterdir()) == [p for p in tmp_path.iterdir() if p.suffix != ".pdf"]
    assert not target.exists()
    assert not list(tmp_path.glob(".*.part"))
    assert dialog.result_path is None and dialog.preview is None
    assert dialog.cancel_button.text() == "Close"
    dialog.close()


@pytest.mark.parametrize("where", ["missing folder", "a folder"])
def test_an_unwritable_path_gives_a_message(
    qtbot: QtBot, window: MainWindow, prompts: BriefingPrompts, tmp_path: Path, where: str
) -> None:
    if where == "a folder":
        target = tmp_path / "taken.pdf"
        target.mkdir()
    else:
        target = tmp_path / "no such folder" / "brief.pdf"
    window.print_briefing("meeting", 1)
    dialog = open_dialog(qtbot, window)
    write(qtbot, dialog, target)
    errors = prompts.asked("error")
    assert len(errors) == 1
    title, text, _details = errors[0]
    assert title == "Cannot write the briefing"
    assert str(target) in text
    assert not prompts.asked("crash")
    assert dialog.result_path is None and dialog.preview is None
    assert dialog.export_button.isEnabled()
    assert "Not written" in dialog.status_label.text()
    dialog.close()


def test_characters_no_font_has_are_listed_in_the_dialog(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    with window.engine.begin() as connection:
        connection.execute(sa.text("UPDATE meetings SET summary = summary || ' 𓀀' WHERE id = 1"))
    window.print_briefing("meeting", 1)
    dialog = open_dialog(qtbot, window)
    dialog.preview_check.setChecked(False)
    write(qtbot, dialog, tmp_path / "brief.pdf")
    assert dialog.result_path is not None and dialog.preview is None
    assert dialog.warnings.isVisible()
    warning = dialog.warnings.toPlainText()
    assert "U+13000" in warning and "EGYPTIAN HIEROGLYPH A001" in warning
    assert "meeting" in warning.lower()
    assert "printed as �" in dialog.status_label.text()
    dialog.close()


def test_the_dialog_says_how_many_texts_are_printed_in_the_other_language(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    with window.engine.begin() as connection:
        versions = connection.execute(sa.text("SELECT translations FROM meetings WHERE id = 1"))
        missing = len(set(json.loads(versions.scalar_one())["vi"]) - {"office_translation"})
        connection.execute(sa.text("UPDATE meetings SET translations = '{}' WHERE id = 1"))
    window.print_briefing("meeting", 1)
    dialog = open_dialog(qtbot, window)
    dialog.preview_check.setChecked(False)
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("vi"))
    write(qtbot, dialog, tmp_path / "brief.pdf")
    assert dialog.result_path is not None
    assert dialog.rendered is not None and dialog.rendered.fallbacks == missing > 1
    assert (
        f"{missing} texts had no Vietnamese version and are printed in English, marked."
        in dialog.status_label.text()
    )
    dialog.close()


def test_the_action_list_prints_a_tracker_of_its_filter(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.show_actions_with_status(ActionStatus.AGREED.value)
    qtbot.mouseClick(window.actions_page.briefing_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(qtbot, window)
    assert dialog.kind() == "actions"
    assert dialog.scope.action_filter.statuses == (ActionStatus.AGREED,)
    assert "Agreed" in dialog.tracker_label.text()
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("vi"))
    dialog.paper_box.setCurrentIndex(dialog.paper_box.findData("letter"))
    write(qtbot, dialog, tmp_path / "tracker.pdf")
    assert dialog.result_path is not None
    reader = PdfReader(str(tmp_path / "tracker.pdf"))
    box = reader.pages[0].mediabox
    # US Letter, landscape: the tracker's table uses the page's width
    assert (round(float(box.width)), round(float(box.height))) == (792, 612)
    close_preview(dialog)
    dialog.close()


def test_the_tracker_applies_every_filter_of_the_list(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """Owner, cooperation area and classification (not only search, status, overdue and
    meeting) reach the tracker: it holds exactly what the list shows, and says so."""
    filters = window.actions_page.filters
    window.go("actions")
    filters.owner_picker.set_ref(PartyRef("locality", 19, "Yamanashi"))
    line = filters.owner_picker.lineEdit()
    assert line is not None
    line.editingFinished.emit()
    filters.area_box.setCurrentIndex(filters.area_box.findData(3))
    filters.classification_box.setCurrentIndex(
        filters.classification_box.findData(Classification.PUBLIC.value)
    )
    listed = window.actions_page.current_query()
    shown = listing.page_actions(window.engine, listed, PageRequest(limit=1000))
    assert [r.id for r in shown.rows] == [4]  # Yamanashi owns 2 and 4; only 4 is in area 3

    qtbot.mouseClick(window.actions_page.briefing_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(qtbot, window)
    assert dialog.kind() == "actions"
    assert dialog.scope.action_filter == listed
    described = dialog.tracker_label.text()
    assert "Yamanashi" in described and filters.area_name(3) in described
    assert "Public" in described and "Not applied" not in described
    tracked = briefing_data.action_tracker_data(
        window.engine, dialog.scope.action_filter, level=Classification.PUBLIC, today=window.today()
    )
    assert [a.row.id for a in tracked] == [4]
    dialog.preview_check.setChecked(False)
    write(qtbot, dialog, tmp_path / "tracker.pdf")
    assert dialog.result_path is not None
    _pages, text = pdf_text(tmp_path / "tracker.pdf")
    titles = {r.id: r.title for r in queries.list_actions(window.engine)}
    assert squash(titles[4]) in text and squash(titles[2]) not in text
    dialog.close()


def test_the_trackers_description_names_the_lists_due_range(
    qtbot: QtBot, window: MainWindow
) -> None:
    filters = window.actions_page.filters
    window.go("actions")
    filters.due_from.setDate(QDate(2026, 1, 1))
    filters.due_to.setDate(QDate(2026, 1, 31))
    window.print_briefing("actions")
    dialog = open_dialog(qtbot, window)
    scope = dialog.scope
    assert (scope.action_filter.due_from, scope.action_filter.due_to) == (
        date(2026, 1, 1),
        date(2026, 1, 31),
    )
    start, end = (labels.format_date(d) for d in (date(2026, 1, 1), date(2026, 1, 31)))
    assert f"due from {start} to {end}" in dialog.tracker_label.text()
    dialog.close()


def test_ctrl_p_opens_the_dialog_on_the_selected_record(qtbot: QtBot, window: MainWindow) -> None:
    window.open_record("locality", 1)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = open_dialog(qtbot, window)
    assert dialog.kind() == "locality"
    assert dialog.locality_box.currentData() == 1
    assert dialog.pair_first.currentData() == 1 and dialog.pair_second.currentData() != 1
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("pair"))
    assert " - " in Path(dialog.path_field.text()).name
    dialog.close()


def test_the_suggested_folder_exists_and_none_is_created(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    documents = Path.home() / "Documents"
    assert not documents.exists()
    window.print_briefing("meeting", 1)
    dialog = open_dialog(qtbot, window)
    assert Path(dialog.path_field.text()).parent == Path.home()  # no Documents: home
    assert not documents.exists()  # and it was not created
    dialog.close()

    documents.mkdir()
    window.print_briefing("meeting", 1)
    dialog = open_dialog(qtbot, window)
    assert Path(dialog.path_field.text()).parent == documents  # the platform's, when it exists
    write(qtbot, dialog, tmp_path / "written here.pdf")
    close_preview(dialog)
    dialog.close()

    window.print_briefing("locality", 1)
    dialog = open_dialog(qtbot, window)
    assert Path(dialog.path_field.text()).parent == tmp_path  # the folder used last
    dialog.close()

    (tmp_path / "written here.pdf").unlink()
    tmp_path.rename(tmp_path.with_name(tmp_path.name + "-moved"))  # the last folder is gone
    try:
        window.print_briefing("locality", 1)
        dialog = open_dialog(qtbot, window)
        assert Path(dialog.path_field.text()).parent == documents
        dialog.close()
    finally:
        tmp_path.with_name(tmp_path.name + "-moved").rename(tmp_path)


def test_the_tracker_prints_comments_only_when_ticked(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    add_comment(window.engine, RecordKind.ACTION, 2, "Đã gọi điện cho 山梨県", "Lê Thị Hoa")
    qtbot.mouseClick(window.actions_page.briefing_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(qtbot, window)
    comments = dialog.findChild(QCheckBox, "briefingComments")
    assert comments is not None and not comments.isChecked()  # working notes: out by default
    write(qtbot, dialog, tmp_path / "without.pdf")
    close_preview(dialog)
    comments.setChecked(True)
    write(qtbot, dialog, tmp_path / "with.pdf")
    close_preview(dialog)
    dialog.close()
    assert squash("Đã gọi điện cho 山梨県") not in pdf_text(tmp_path / "without.pdf")[1]
    assert squash("Lê Thị Hoa") in pdf_text(tmp_path / "with.pdf")[1]
    assert squash("Đã gọi điện cho 山梨県") in pdf_text(tmp_path / "with.pdf")[1]


def test_the_chosen_records_box_is_as_wide_as_the_dialog(qtbot: QtBot, window: MainWindow) -> None:
    """A meeting's name is cut in the box only when the dialog is too narrow for it (the box
    stayed as narrow as its hint once the dialog had picked the kind: '… (25/11/2025' cut)."""
    window.print_briefing("meeting", 1)
    dialog = open_dialog(qtbot, window)
    wait_idle(qtbot, window)
    for kind in ("pair", "meeting"):
        dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(kind))
        qtbot.wait(20)  # the layout's pass
        right = dialog.meeting_box.mapTo(dialog, dialog.meeting_box.rect().topRight()).x()
        kind_right = dialog.kind_box.mapTo(dialog, dialog.kind_box.rect().topRight()).x()
        assert right == kind_right
    box = dialog.meeting_box
    assert box.fontMetrics().horizontalAdvance(box.currentText()) < box.width() - 30
    page = dialog.scope_picker.scope_pages["meeting"]
    assert dialog.scope_picker.scope_stack.height() == page.sizeHint().height()
    dialog.close()
