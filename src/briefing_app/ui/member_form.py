"""One member of the office, added or changed (ui/members_dialog.py): the login name (a new
member's only), the office role, the clearance and, for a new login, an optional password.
The name is checked as the server will take it (store.team_users.checked_name) before OK
closes the dialog; the change itself is the caller's operation."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from briefing_app.domain.enums import Classification, OfficeRole
from briefing_app.domain.errors import UserError
from briefing_app.store.team_users import Member, checked_name
from briefing_app.ui import labels
from briefing_app.ui.errors import user_message
from briefing_app.ui.forms.form_view import ERROR_STYLE
from briefing_app.ui.widgets.form_widgets import buddy_label


def _choices(name: str, values: type[OfficeRole] | type[Classification]) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    for value in values:
        box.addItem(labels.label(value), value.value)
    return box


class MemberForm(QDialog):
    """A new member (`member` None) or a change of `member`'s role and clearance."""

    def __init__(self, *, member: Member | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memberForm")
        self.setWindowTitle(self.tr("New member") if member is None else self.tr("Change member"))
        self.name_field = QLineEdit(member.name if member else "")
        self.name_field.setObjectName("memberName")
        self.name_field.setReadOnly(member is not None)
        self.name_field.setPlaceholderText(self.tr("lan.nguyen"))
        self.role_box = _choices("memberRole", OfficeRole)
        self.clearance_box = _choices("memberClearance", Classification)
        role = member.office_role if member else OfficeRole.EDITOR
        level = member.clearance if member else Classification.PUBLIC
        self.role_box.setCurrentIndex(self.role_box.findData(role.value))
        self.clearance_box.setCurrentIndex(self.clearance_box.findData(level.value))
        self.password_field = QLineEdit()
        self.password_field.setObjectName("memberPassword")
        self.password_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_field.setPlaceholderText(self.tr("Optional"))
        self.password_note = QLabel(
            self.tr(
                "Without a password they log in as the server allows them (a .pgpass file, "
                "the server's own rules), or not until its administrator sets one."
            )
        )
        self.password_note.setWordWrap(True)
        self.password_note.setStyleSheet("color: #555555;")
        self.error = QLabel()
        self.error.setObjectName("memberError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setVisible(False)

        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Login name:"), self.name_field), self.name_field)
        form.addRow(buddy_label(self.tr("Office &role:"), self.role_box), self.role_box)
        form.addRow(buddy_label(self.tr("&Clearance:"), self.clearance_box), self.clearance_box)
        if member is None:
            form.addRow(
                buddy_label(self.tr("&Password:"), self.password_field), self.password_field
            )
            form.addRow("", self.password_note)
        else:
            self.password_field.setVisible(False)
            self.password_note.setVisible(False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.error)
        column.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def name(self) -> str:
        return self.name_field.text().strip()

    def office_role(self) -> OfficeRole:
        return OfficeRole(self.role_box.currentData())

    def clearance(self) -> Classification:
        return Classification(self.clearance_box.currentData())

    def password(self) -> str | None:
        return self.password_field.text() or None

    @override
    def accept(self) -> None:
        """OK: only with a name the server takes as a login."""
        try:
            checked_name(self.name())
        except UserError as exc:
            self.error.setText(user_message(exc) or str(exc))
            self.error.setVisible(True)
            self.name_field.setFocus()
            return
        super().accept()
