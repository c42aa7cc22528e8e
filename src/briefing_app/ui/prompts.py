"""Every message box, question and file dialog of the app goes through one Prompts object.

Widgets receive it as a collaborator; tests pass a scripted replacement, so no real modal
dialog ever blocks a test run. Messages that contain user data are shown as plain text.

The conflict dialog and Qt's print dialog load when first shown: a start makes its Prompts
before it opens the database (for the dialogs that say a file cannot be used), and they cost
a tenth of a second (issue 16).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLabel, QMessageBox, QWidget

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from briefing_app.ui.conflict_dialog import ConflictChoice, ConflictField

UnsavedChoice = Literal["save", "discard", "cancel"]
DatabaseChoice = Literal["open", "new", "quit"]

__all__ = ["DatabaseChoice", "Prompts", "UnsavedChoice"]


class Prompts(QObject):
    """Asks and tells the user things. Replace it in tests (see tests/gui/fakes.py)."""

    def _box(
        self,
        parent: QWidget | None,
        icon: QMessageBox.Icon,
        title: str,
        text: str,
        informative: str = "",
    ) -> QMessageBox:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        if informative:
            box.setInformativeText(informative)
        return box

    def error(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        box = self._box(parent, QMessageBox.Icon.Warning, title, text, details)
        box.addButton(QMessageBox.StandardButton.Ok)
        box.exec()

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        box = self._box(parent, QMessageBox.Icon.Information, title, text)
        box.addButton(QMessageBox.StandardButton.Ok)
        box.exec()

    def confirm(
        self, parent: QWidget | None, title: str, text: str, *, ok_text: str, informative: str = ""
    ) -> bool:
        """A yes/no question whose yes button says what will happen ("Delete")."""
        box = self._box(parent, QMessageBox.Icon.Question, title, text, informative)
        ok = box.addButton(ok_text, QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is ok

    def unsaved_changes(self, parent: QWidget | None, what: str) -> UnsavedChoice:
        box = self._box(
            parent,
            QMessageBox.Icon.Warning,
            self.tr("Unsaved changes"),
            self.tr("You have unsaved changes to “{what}”.").format(what=what),
            self.tr("Save them before you go on?"),
        )
        save = box.addButton(QMessageBox.StandardButton.Save)
        discard = box.addButton(QMessageBox.StandardButton.Discard)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save:
            return "save"
        if clicked is discard:
            return "discard"
        return "cancel"

    def save_conflict(
        self,
        parent: QWidget | None,
        what: str,
        summary: str,
        fields: Sequence[ConflictField],
    ) -> ConflictChoice:
        """A save lost an optimistic-lock race: keep mine, take theirs, merge, or cancel."""
        from briefing_app.ui.conflict_dialog import ConflictDialog

        dialog = ConflictDialog(what=what, summary=summary, fields=fields, parent=parent)
        dialog.exec()
        return dialog.choice()

    def unusable_database(self, parent: QWidget | None, where: str, reason: str) -> DatabaseChoice:
        box = self._box(
            parent,
            QMessageBox.Icon.Critical,
            self.tr("Cannot open the database"),
            self.tr("Briefing desk cannot use the database {where}.").format(where=where),
            reason,
        )
        open_button = box.addButton(
            self.tr("Open another file…"), QMessageBox.ButtonRole.AcceptRole
        )
        new_button = box.addButton(
            self.tr("Create a new database…"), QMessageBox.ButtonRole.ActionRole
        )
        quit_button = box.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(open_button)
        box.setEscapeButton(quit_button)
        box.exec()
        clicked = box.clickedButton()
        if clicked is open_button:
            return "open"
        if clicked is new_button:
            return "new"
        return "quit"

    def open_database_file(self, parent: QWidget | None, directory: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            parent,
            self.tr("Open a database"),
            directory,
            self.tr("SQLite databases (*.sqlite3 *.sqlite *.db);;All files (*)"),
        )
        return path or None

    def new_database_file(self, parent: QWidget | None, directory: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(
            parent,
            self.tr("Create a new database"),
            str(Path(directory) / "briefing.sqlite3"),
            self.tr("SQLite databases (*.sqlite3 *.sqlite *.db);;All files (*)"),
        )
        return path or None

    def ca_file(self, parent: QWidget | None, directory: str) -> str | None:
        """The certificate file of the authority that signed a team server's certificate."""
        path, _ = QFileDialog.getOpenFileName(
            parent,
            self.tr("The server's certificate authority"),
            directory,
            self.tr("Certificates (*.crt *.pem *.cer);;All files (*)"),
        )
        return path or None

    def save_briefing_file(self, parent: QWidget | None, suggested: str) -> str | None:
        """Where to write a briefing (PDF or Word); `suggested` is a full path (folder and file
        name)."""
        path, _ = QFileDialog.getSaveFileName(
            parent,
            self.tr("Save the briefing as"),
            suggested,
            self.tr("PDF documents (*.pdf);;Word documents (*.docx);;All files (*)"),
        )
        return path or None

    def exchange_file(
        self, parent: QWidget | None, title: str, suggested: str, filters: str, *, save: bool
    ) -> str | None:
        """A file to back up to, restore from, export to or import from."""
        dialog = QFileDialog.getSaveFileName if save else QFileDialog.getOpenFileName
        path, _ = dialog(parent, title, suggested, filters)
        return path or None

    def attach_files(self, parent: QWidget | None, directory: str) -> list[str]:
        """Files to attach to a record (none when cancelled)."""
        paths, _ = QFileDialog.getOpenFileNames(parent, self.tr("Attach files"), directory)
        return list(paths)

    def save_attachment_file(self, parent: QWidget | None, suggested: str) -> str | None:
        """Where to save a copy of an attachment; `suggested` is a full path."""
        path, _ = QFileDialog.getSaveFileName(parent, self.tr("Save a copy"), suggested)
        return path or None

    def choose(
        self, parent: QWidget | None, title: str, label: str, items: list[str], current: int = 0
    ) -> str | None:
        """One of `items`, or None when cancelled."""
        item, ok = QInputDialog.getItem(parent, title, label, items, current, False)
        return str(item) if ok else None

    def import_preview(self, parent: QWidget | None, summary: str, report: str) -> bool:
        """Show what an import would change; True when the user applies it."""
        box = self._box(parent, QMessageBox.Icon.Question, self.tr("Import actions"), summary)
        box.setDetailedText(report)
        apply = box.addButton(self.tr("Apply the import"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is apply

    def run_dialog(self, dialog: QDialog) -> bool:
        """Run one of the app's own modal dialogs (Preferences …); True when accepted."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def print_setup(self, parent: QWidget | None, printer: QPrinter, page_count: int) -> bool:
        """Let the user choose the printer, pages and copies; False when they cancel."""
        from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog

        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(self.tr("Print the briefing"))
        dialog.setMinMax(1, max(page_count, 1))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def about(self, parent: QWidget | None, title: str, html: str) -> None:
        """The About box; `html` is built by the app with every inserted value escaped."""
        box = QMessageBox(parent)
        box.setWindowTitle(title)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(html)
        box.setIconPixmap(parent.windowIcon().pixmap(64, 64) if parent else box.iconPixmap())
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        label = box.findChild(QLabel, "qt_msgbox_label")
        if label is not None:
            label.setOpenExternalLinks(True)  # the licence files and web pages
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()

    def crash(self, parent: QWidget | None, log_path: str) -> None:
        box = self._box(
            parent,
            QMessageBox.Icon.Critical,
            self.tr("Unexpected problem"),
            self.tr(
                "Something unexpected went wrong. Your saved work is safe; the last action may "
                "not have completed."
            ),
            self.tr(
                "The details were written to:\n{path}\n\nPlease send this file to your support "
                "contact. Further problems in this session are logged there without this message."
            ).format(path=log_path),
        )
        box.addButton(QMessageBox.StandardButton.Ok)
        box.exec()

    def open_url(self, url: str) -> bool:
        """Open a web page in the user's browser."""
        return QDesktopServices.openUrl(QUrl(url))

    def open_file(self, path: Path) -> bool:
        """Open a file with the system's application for its type."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
