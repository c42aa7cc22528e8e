"""New event like this…: asks the new event's name and start date (the form's own inputs,
`field_name` and `field_starts_on`), checked without the database before OK closes it. The
copy itself (services/record_kinds/event_copy.py) is run by the caller as an operation."""

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from briefing_app.domain.errors import ValidationError
from briefing_app.domain.record_kind import RecordKind
from briefing_app.domain.translations import BASE_LANGUAGE, reading_language, translation_key
from briefing_app.services.record_kinds import editing
from briefing_app.services.record_kinds.registry import SPECS
from briefing_app.ui.errors import field_reason
from briefing_app.ui.forms.form_view import ERROR_STYLE
from briefing_app.ui.forms.inputs import DateInput, TextInput, field_caption


class EventCopyDialog(QDialog):
    def __init__(self, *, name: str, starts_on: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventCopyDialog")
        self.setWindowTitle(self.tr("New event like this"))
        spec = SPECS[RecordKind.EVENT]
        intro = QLabel(
            self.tr(
                "A new event with the programme of “{name}”: its parts are copied with their "
                "dates moved by as many days as the start date moves. Meetings, facts, "
                "follow-up actions and outcomes are not copied."
            ).format(name=name)
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.name_input = TextInput(spec.field("name"))
        self.name_input.set_value(name)
        self._name = str(name)
        self.date_input = DateInput(spec.field("starts_on"))
        self.date_input.set_value(starts_on)
        self.error = QLabel()
        self.error.setObjectName("eventCopyError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setVisible(False)
        form = QFormLayout()
        name_label = QLabel(self.tr("&Name of the new event:"))
        name_label.setBuddy(self.name_input.editor)
        date_label = QLabel(self.tr("&Starts on:"))
        date_label.setBuddy(self.date_input.editor)
        form.addRow(name_label, self.name_input)
        form.addRow(date_label, self.date_input)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create the event"))
        self.ok_button.setObjectName("okButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())
        self.name_input.editor.setFocus()

    def values(self) -> dict[str, Any]:
        """What the new event takes over from the copied one (the JSON `create` reads). The name
        shown is the event's in the interface language (or, where that version is missing,
        another's): a changed name is that language's version, an unchanged one is not given
        (a fallback must not become the interface language's version)."""
        values = {"starts_on": self.date_input.value()}
        typed = self.name_input.value()
        if typed != self._name:
            language = reading_language()
            key = "name" if language == BASE_LANGUAGE else translation_key("name", language)
            values[key] = typed
        return values

    @override
    def accept(self) -> None:
        try:
            editing.check_values(RecordKind.EVENT, self.values(), partial=True)
        except ValidationError as refused:
            spec = SPECS[RecordKind.EVENT]
            self.error.setText(
                "\n".join(
                    self.tr("⚠ {field} {reason}").format(
                        field=field_caption(spec.field(e.field)), reason=field_reason(e)
                    )
                    for e in refused.errors
                )
            )
            self.error.setVisible(True)
            return
        if not self.name_input.value():
            self.error.setText(self.tr("⚠ The new event needs a name."))
            self.error.setVisible(True)
            return
        super().accept()
