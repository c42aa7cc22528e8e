"""On the first start, ask who the user is: their name (recorded as who made each change and
printed as "prepared by" on briefings) and their office (printed on briefings). Preferences
edits both later; the dialog never comes back once answered or dismissed."""

import unicodedata
from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from briefing_app.ui.settings import AppSettings

# As long as the briefing's prepared-by and office (cli.py's limit too).
MAX_LENGTH = 200


class FirstStartDialog(QDialog):
    def __init__(self, *, login: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstStartDialog")
        self.setWindowTitle(self.tr("Welcome to Briefing desk"))
        intro = QLabel(
            self.tr(
                "Who are you? Your name is recorded in the history of every change you make "
                "and printed as “prepared by” on briefings; the office is printed on them too. "
                "Edit ▸ Preferences changes both later."
            )
        )
        intro.setWordWrap(True)
        self.name_field = QLineEdit()
        self.name_field.setObjectName("firstStartName")
        self.name_field.setAccessibleName(self.tr("Your name"))
        self.name_field.setPlaceholderText(login)
        self.name_field.setMaxLength(MAX_LENGTH)
        self.office_field = QLineEdit()
        self.office_field.setObjectName("firstStartOffice")
        self.office_field.setAccessibleName(self.tr("Office"))
        self.office_field.setPlaceholderText(self.tr("Department of Foreign Affairs"))
        self.office_field.setMaxLength(MAX_LENGTH)
        form = QFormLayout()
        form.addRow(self.tr("Your &name:"), self.name_field)
        form.addRow(self.tr("&Office:"), self.office_field)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Later"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def name(self) -> str:
        return one_line(self.name_field.text())

    def office(self) -> str:
        return one_line(self.office_field.text())


def one_line(text: str) -> str:
    """What was typed (or pasted), NFC, on one line without control characters."""
    text = "".join(ch if ch.isprintable() else " " for ch in unicodedata.normalize("NFC", text))
    return " ".join(text.split())


def ask_who_on_first_start(
    settings: AppSettings,
    run_dialog: Callable[[QDialog], bool],
    login: str,
    parent: QWidget | None = None,
) -> None:
    """Ask the user's name and office once (the first start); the answer goes to the
    settings. Dismissed, it is not asked again: the login name stands until Preferences.

    A name saved before this question existed (Preferences, a briefing's prepared-by) is kept
    and not asked about, unless it is only the login name the app used to fill in."""
    if settings.asked_who():
        return
    saved = settings.user_name()
    if saved is not None and saved != login:
        settings.mark_asked_who()
        settings.sync()
        return
    dialog = FirstStartDialog(login=login, parent=parent)
    if run_dialog(dialog) and dialog.name():
        settings.save_user(dialog.name(), dialog.office())
    else:
        settings.mark_asked_who()
    settings.sync()
