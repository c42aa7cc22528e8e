"""The password of the team server, asked at start when none was found (issue 17): not in the
URL, not in this session, not in the system keyring, and PostgreSQL's ~/.pgpass had none (or
the one found was refused). "Remember" keeps it in the system keyring once it has worked."""

import sqlalchemy as sa
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from briefing_app.store import server_connection as sc
from briefing_app.ui.prompts import Prompts


class ServerPasswordDialog(QDialog):
    def __init__(
        self, *, url: str, wrong: bool, keyring: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("serverPasswordDialog")
        self.setWindowTitle(self.tr("Team server password"))
        parsed = sa.make_url(url)
        intro = QLabel(
            self.tr("The password of {user} for the database {database} on {server}:").format(
                user=parsed.username or "",
                database=parsed.database or "",
                server=f"{parsed.host or 'localhost'}:{parsed.port or sc.DEFAULT_PORT}",
            )
        )
        intro.setWordWrap(True)
        self.wrong_label = QLabel(self.tr("Wrong password: try again."))
        self.wrong_label.setObjectName("wrongPassword")
        self.wrong_label.setStyleSheet("color: #b00020;")
        self.wrong_label.setVisible(wrong)
        self.password_field = QLineEdit()
        self.password_field.setObjectName("serverPassword")
        self.password_field.setAccessibleName(self.tr("Password"))
        self.password_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember_box = QCheckBox(self.tr("&Remember the password in the system keyring"))
        self.remember_box.setObjectName("rememberPassword")
        self.remember_box.setEnabled(keyring)
        form = QFormLayout()
        form.addRow(self.tr("Pass&word:"), self.password_field)
        form.addRow("", self.remember_box)
        if not keyring:
            note = QLabel(
                self.tr(
                    "This computer has no system keyring: to be asked no more, put the "
                    "password in PostgreSQL's ~/.pgpass file (readable by you only)."
                )
            )
            note.setWordWrap(True)
            note.setStyleSheet("color: #555555;")
            form.addRow("", note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.wrong_label)
        layout.addLayout(form)
        layout.addWidget(self.buttons)


def ask_server_password(url: str, prompts: Prompts, *, wrong: bool) -> tuple[str, bool] | None:
    """Ask the password for `url`'s server: (password, remember it), or None when the user
    gave none (Cancel, or OK on an empty field)."""
    dialog = ServerPasswordDialog(url=url, wrong=wrong, keyring=sc.keyring_usable())
    try:
        if not prompts.run_dialog(dialog) or not dialog.password_field.text():
            return None
        return dialog.password_field.text(), dialog.remember_box.isChecked()
    finally:
        dialog.deleteLater()
