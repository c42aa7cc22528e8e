"""Edit ▸ Preferences…: how many daily backups to keep, and the office name and prepared-by
name the briefing export starts with. Saved to the settings only when the user presses OK."""

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from briefing_app.ui.settings import (
    BRIEFING_OFFICE,
    BRIEFING_PREPARED_BY,
    MAX_BACKUPS_TO_KEEP,
    AppSettings,
)


class PreferencesDialog(QDialog):
    def __init__(self, *, settings: AppSettings, user: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self._settings = settings

        self.keep_spin = QSpinBox()
        self.keep_spin.setObjectName("backupsToKeep")
        self.keep_spin.setAccessibleName(self.tr("Daily backups to keep"))
        self.keep_spin.setRange(1, MAX_BACKUPS_TO_KEEP)
        self.keep_spin.setValue(settings.backups_to_keep())
        self.office_field = QLineEdit(settings.preference(BRIEFING_OFFICE) or "")
        self.office_field.setObjectName("officeName")
        self.office_field.setAccessibleName(self.tr("Office name"))
        self.office_field.setPlaceholderText(self.tr("Printed in the header of briefings"))
        prepared = settings.preference(BRIEFING_PREPARED_BY)
        self.prepared_field = QLineEdit(user if prepared is None else prepared)
        self.prepared_field.setObjectName("preparedBy")
        self.prepared_field.setAccessibleName(self.tr("Prepared by"))

        form = QFormLayout()
        form.addRow(self.tr("Daily &backups to keep:"), self.keep_spin)
        note = QLabel(
            self.tr(
                "The database is backed up on the first start of each day; older daily "
                "backups beyond this number are deleted."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555555;")
        form.addRow("", note)
        form.addRow(self.tr("&Office name:"), self.office_field)
        form.addRow(self.tr("&Prepared by:"), self.prepared_field)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        self._settings.save_backups_to_keep(self.keep_spin.value())
        self._settings.save_preference(BRIEFING_OFFICE, self.office_field.text().strip())
        self._settings.save_preference(BRIEFING_PREPARED_BY, self.prepared_field.text().strip())
        self._settings.sync()
        super().accept()
