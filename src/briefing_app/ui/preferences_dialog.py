"""Edit ▸ Preferences…: the interface language (applied from the next start), how many daily
backups to keep, how far ahead the reminders look, and who the user is: their name (recorded as
who made each change, from the next start, by the app and by the command line; printed as
"prepared by" on briefings) and their office (printed on briefings), first asked on the first
start; on a tab of its own, for briefs in the Vietnamese official format, the issuing agency and
the signer; and on a third, Team server (ui/team_server_page.py), the database: this
computer's file or a team's PostgreSQL server. Saved to the settings only when the user
presses OK."""

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from briefing_app.i18n import ENDONYMS, Language
from briefing_app.ui.language import system_language
from briefing_app.ui.prompts import Prompts
from briefing_app.ui.settings import (
    BRIEFING_OFFICE,
    BRIEFING_PREPARED_BY,
    MAX_BACKUPS_TO_KEEP,
    MAX_REMIND_WITHIN,
    OFFICIAL_PREFIX,
    AppSettings,
)
from briefing_app.ui.tasks import TaskRunner
from briefing_app.ui.team_server_page import TeamServerPage


class PreferencesDialog(QDialog):
    def __init__(
        self,
        *,
        settings: AppSettings,
        user: str,
        tasks: TaskRunner,
        prompts: Prompts,
        login: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`login`: the user's login on the team server in use (None on a file), which the
        server records as who made each change; nor is a server's database backed up here."""
        super().__init__(parent)
        self.language_changed = False
        self.server_changed = False
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self._settings = settings

        self.language_box = QComboBox()
        self.language_box.setObjectName("interfaceLanguage")
        self.language_box.setAccessibleName(self.tr("Interface language"))
        system = ENDONYMS[system_language()]
        self.language_box.addItem(self.tr("As the system ({language})").format(language=system))
        for language in Language:
            self.language_box.addItem(ENDONYMS[language], language.value)
        chosen = settings.language()
        self.language_box.setCurrentIndex(self.language_box.findData(chosen.value) if chosen else 0)
        self.keep_spin = QSpinBox()
        self.keep_spin.setObjectName("backupsToKeep")
        self.keep_spin.setAccessibleName(self.tr("Daily backups to keep"))
        self.keep_spin.setRange(1, MAX_BACKUPS_TO_KEEP)
        self.keep_spin.setValue(settings.backups_to_keep())
        self.remind_spin = QSpinBox()
        self.remind_spin.setObjectName("remindWithin")
        self.remind_spin.setAccessibleName(self.tr("Remind me of what is due within, in days"))
        self.remind_spin.setRange(0, MAX_REMIND_WITHIN)
        self.remind_spin.setSuffix(self.tr(" days"))
        self.remind_spin.setValue(settings.remind_within())
        # Your name, then the office: created in the order they are shown (and tabbed through).
        prepared = settings.preference(BRIEFING_PREPARED_BY)
        self.prepared_field = QLineEdit(user if prepared is None else prepared)
        self.prepared_field.setObjectName("preparedBy")
        self.prepared_field.setAccessibleName(self.tr("Your name"))
        self.office_field = QLineEdit(settings.preference(BRIEFING_OFFICE) or "")
        self.office_field.setObjectName("officeName")
        self.office_field.setAccessibleName(self.tr("Office name"))
        self.office_field.setPlaceholderText(self.tr("Printed in the header of briefings"))

        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language_box)
        language_note = QLabel(
            self.tr("A new language applies the next time Briefing desk starts.")
        )
        language_note.setWordWrap(True)
        language_note.setStyleSheet("color: #555555;")
        form.addRow("", language_note)
        form.addRow(self.tr("Daily &backups to keep:"), self.keep_spin)
        note = QLabel(
            self.tr(
                "The database is backed up on the first start of each day; older daily "
                "backups beyond this number are deleted."
            )
            if login is None
            else self.tr(
                "A database file is backed up on the first start of each day. The team "
                "server's database is backed up by its administrator (pg_dump)."
            )
        )
        note.setObjectName("backupNote")
        note.setWordWrap(True)
        note.setStyleSheet("color: #555555;")
        form.addRow("", note)
        form.addRow(self.tr("Remind me of what is &due within:"), self.remind_spin)
        form.addRow(self.tr("Your &name:"), self.prepared_field)
        name_note = QLabel(
            self.tr(
                "Recorded as who made each change (from the next start) and printed as "
                "“prepared by” on briefings."
            )
            if login is None
            else self.tr(
                "Printed as “prepared by” on briefings. The team server records your "
                "changes under your login, {login}."
            ).format(login=login)
        )
        name_note.setObjectName("nameNote")
        name_note.setWordWrap(True)
        name_note.setStyleSheet("color: #555555;")
        form.addRow("", name_note)
        form.addRow(self.tr("&Office name:"), self.office_field)

        official = self._official_group(settings)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        general = QWidget()
        general_layout = QVBoxLayout(general)
        general_layout.addLayout(form)
        general_layout.addStretch(1)
        official_page = QWidget()
        official_layout = QVBoxLayout(official_page)
        official_layout.addWidget(official)
        official_layout.addStretch(1)
        self.team_server = TeamServerPage(tasks=tasks, prompts=prompts)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("preferencesTabs")
        self.tabs.addTab(general, self.tr("G&eneral"))
        self.tabs.addTab(official_page, self.tr("O&fficial format"))
        self.tabs.addTab(self.team_server, self.tr("Team ser&ver"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        # Tall enough for the wrapped notes at its width (shown at its minimum, they were cut).
        self.resize(self.sizeHint())

    def _official_group(self, settings: AppSettings) -> QGroupBox:
        """The official format's agency and signer (config.OFFICIAL_KEYS), each a line edit
        named official_<key>."""
        group = QGroupBox(self.tr("Official format (Vietnamese administrative documents)"))
        form = QFormLayout(group)
        saved = settings.official()
        self.official_fields: dict[str, QLineEdit] = {}
        for key, label, name, example in (
            (
                "agency",
                self.tr("&Issuing agency:"),
                self.tr("Issuing agency"),
                "ỦY BAN NHÂN DÂN / TỈNH THANH HÓA",
            ),
            ("parent_agency", self.tr("Pa&rent agency:"), self.tr("Parent agency"), ""),
            ("symbol", self.tr("Agency s&ymbol:"), self.tr("Agency symbol"), "UBND"),
            ("place", self.tr("Place of iss&ue:"), self.tr("Place of issue"), "Thanh Hóa"),
            (
                "signer_title",
                self.tr("Signer's &title:"),
                self.tr("Signer's title"),
                "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH",
            ),
            ("signer_name", self.tr("Si&gner:"), self.tr("Signer"), ""),
        ):
            field = QLineEdit(saved[key])
            field.setObjectName(f"official_{key}")
            field.setAccessibleName(name)
            field.setPlaceholderText(example)
            self.official_fields[key] = field
            form.addRow(label, field)
        note = QLabel(self.tr("“ / ” starts a new line, as in the examples."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555555;")
        form.addRow("", note)
        return group

    def chosen_language(self) -> Language | None:
        """The language picked in the box; None follows the system."""
        data = self.language_box.currentData()
        return Language(data) if data else None

    def done(self, result: int) -> None:
        self.team_server.cancel_test()
        super().done(result)

    def accept(self) -> None:
        if not self.team_server.ready():
            self.tabs.setCurrentWidget(self.team_server)
            return
        self.server_changed = self.team_server.save()
        self.language_changed = self.chosen_language() != self._settings.language()
        self._settings.save_language(self.chosen_language())
        self._settings.save_backups_to_keep(self.keep_spin.value())
        self._settings.save_remind_within(self.remind_spin.value())
        self._settings.save_preference(BRIEFING_OFFICE, self.office_field.text().strip())
        self._settings.save_preference(BRIEFING_PREPARED_BY, self.prepared_field.text().strip())
        for key, field in self.official_fields.items():
            self._settings.save_preference(OFFICIAL_PREFIX + key, field.text().strip())
        self._settings.sync()
        super().accept()
