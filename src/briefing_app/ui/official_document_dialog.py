"""Asked when files are attached: if they are an official document (a công văn, a decision, a
signed MoU), its number, date and issuing body — all optional ("Công văn số 1234/UBND-NgV,
20/12/2025, UBND tỉnh Thanh Hóa"). Attach with none of them given for any other file."""

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from briefing_app.domain.errors import FieldError
from briefing_app.domain.typed_dates import parse_typed_day
from briefing_app.services.dto import OfficialDocument
from briefing_app.ui.errors import field_reason

MUTED = "color: #555555;"


class OfficialDocumentDialog(QDialog):
    def __init__(self, *, names: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("officialDocumentDialog")
        self.setWindowTitle(self.tr("Attach files"))
        shown = ", ".join(names[:3]) + (" …" if len(names) > 3 else "")
        intro = QLabel(
            self.tr(
                "Attach {files}. If it is an official document (a letter, a decision, a signed "
                "agreement), give its number, date and issuing body; otherwise leave them empty."
            ).format(files=shown)
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.number_field = QLineEdit()
        self.number_field.setObjectName("documentNumber")
        self.number_field.setAccessibleName(self.tr("Document number"))
        self.number_field.setPlaceholderText(self.tr("e.g. 1234/UBND-NgV"))
        self.number_field.setMaxLength(100)
        self.date_field = QLineEdit()
        self.date_field.setObjectName("documentDate")
        self.date_field.setAccessibleName(self.tr("Date of issue"))
        self.date_field.setPlaceholderText(self.tr("e.g. 20/12/2025"))
        self.date_field.setMaxLength(40)
        self.issuer_field = QLineEdit()
        self.issuer_field.setObjectName("documentIssuer")
        self.issuer_field.setAccessibleName(self.tr("Issuing body"))
        self.issuer_field.setPlaceholderText(self.tr("e.g. UBND tỉnh Thanh Hóa"))
        self.issuer_field.setMaxLength(200)
        self.date_error = QLabel()
        self.date_error.setObjectName("documentDateError")
        self.date_error.setStyleSheet("color: #a61b1b;")
        self.date_error.setVisible(False)
        form = QFormLayout()
        form.addRow(self.tr("&Number:"), self.number_field)
        form.addRow(self.tr("&Date:"), self.date_field)
        form.addRow("", self.date_error)
        form.addRow(self.tr("&Issued by:"), self.issuer_field)
        note = QLabel(self.tr("The same details are kept with each file attached now."))
        note.setStyleSheet(MUTED)
        note.setVisible(len(names) > 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.attach_button = buttons.addButton(
            self.tr("Attach"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.attach_button.setObjectName("attachButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addLayout(form)
        column.addWidget(note)
        column.addWidget(buttons)
        # Only once the box is in the dialog: set before, Cancel (the box's first button) was
        # the default and Enter in a field threw away what was typed.
        self.attach_button.setDefault(True)
        self.setMinimumWidth(420)

    def _issued_on(self) -> date | None:
        text = self.date_field.text().strip()
        return parse_typed_day(text, field="date") if text else None

    def document(self) -> OfficialDocument:
        """What was given (only after the dialog was accepted: the date is then a day)."""
        return OfficialDocument(
            self.number_field.text().strip() or None,
            self._issued_on(),
            self.issuer_field.text().strip() or None,
        )

    @override
    def accept(self) -> None:
        try:
            self._issued_on()
        except FieldError as exc:
            self.date_error.setText(self.tr("⚠ Date: {reason}").format(reason=field_reason(exc)))
            self.date_error.setVisible(True)
            self.date_field.setFocus()
            return
        super().accept()
