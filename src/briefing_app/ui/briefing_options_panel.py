"""How a briefing is printed: the classification level, language, paper and sections, and the
office and the person named in every page's header and footer.

The office, who prepares it and the paper are remembered between exports; the language starts
at the interface language every time (docs/desktop-app.md), and the level at Public: both are
changed on purpose."""

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from briefing_app.briefing.options import BriefingOptions, OfficialHeading, Paper, Section
from briefing_app.domain.enums import Classification
from briefing_app.i18n import ENDONYMS, Language, language_of_locale
from briefing_app.ui import labels
from briefing_app.ui.settings import BRIEFING_OFFICE, BRIEFING_PREPARED_BY, AppSettings
from briefing_app.ui.widgets.form_widgets import buddy_label, combo_box


class BriefingOptionsPanel(QWidget):
    """The "Options" and "Page header and footer" groups, and the official format's choice."""

    def __init__(
        self,
        *,
        settings: AppSettings,
        levels: Sequence[Classification] = tuple(Classification),
        parent: QWidget | None = None,
    ) -> None:
        """`levels`: the classification levels offered, those the user may read (a briefing
        marked above them would carry a banner its content, hidden from the user, lacks)."""
        super().__init__(parent)
        self.settings = settings
        self.level_box = combo_box(
            "briefingClassification", self.tr("Classification level"), minimum_length=12
        )
        for level in levels:
            self.level_box.addItem(labels.label(level), level.value)
        self.language_box = combo_box("briefingLanguage", self.tr("Language"), minimum_length=12)
        for language in Language:
            self.language_box.addItem(ENDONYMS[language], language.value)
        self.paper_box = combo_box("briefingPaper", self.tr("Paper size"), minimum_length=12)
        self.paper_box.addItem(self.tr("A4"), Paper.A4.value)
        self.paper_box.addItem(self.tr("US Letter"), Paper.LETTER.value)
        self.section_checks: dict[Section, QCheckBox] = {}
        for section, text in (
            (Section.PARTICIPANTS, self.tr("Participants")),
            (Section.OUTCOMES, self.tr("Outcomes")),
            (Section.SOURCES, self.tr("Sources")),
            (Section.NOTES, self.tr("Descriptions and assessment")),
        ):
            check = QCheckBox(text)
            check.setObjectName(f"section_{section.value}")
            check.setChecked(True)
            self.section_checks[section] = check
        self.comments_check = QCheckBox(self.tr("Comments"))
        self.comments_check.setObjectName("briefingComments")
        self.comments_check.setToolTip(
            self.tr("The follow-up actions' comment threads: the office's working notes.")
        )
        self.office_field = QLineEdit()
        self.office_field.setObjectName("briefingOffice")
        self.office_field.setAccessibleName(self.tr("Office name"))
        self.office_field.setPlaceholderText(self.tr("Printed on every page"))
        self.prepared_field = QLineEdit()
        self.prepared_field.setObjectName("briefingPreparedBy")
        self.prepared_field.setAccessibleName(self.tr("Prepared by"))
        self.official_check = QCheckBox(self.tr("Offic&ial format (Decree 30)"))
        self.official_check.setObjectName("briefingOfficialFormat")
        self.official_check.setToolTip(
            self.tr(
                "A Vietnamese administrative document: agency, national title, number, "
                "recipients and signer, as set in Preferences."
            )
        )
        self.language_box.currentIndexChanged.connect(self._update_official)
        self._build_layout()
        self.restore_preferences()

    def _build_layout(self) -> None:
        look = QGroupBox(self.tr("Options"))
        grid = QGridLayout(look)
        grid.addWidget(buddy_label(self.tr("&Classification:"), self.level_box), 0, 0)
        grid.addWidget(self.level_box, 0, 1)
        grid.addWidget(buddy_label(self.tr("L&anguage:"), self.language_box), 1, 0)
        grid.addWidget(self.language_box, 1, 1)
        grid.addWidget(buddy_label(self.tr("&Paper:"), self.paper_box), 2, 0)
        grid.addWidget(self.paper_box, 2, 1)
        # One block beside the options: Tab takes the options, then the sections.
        included = QWidget()
        sections = QVBoxLayout(included)
        sections.setContentsMargins(0, 0, 0, 0)
        sections.addWidget(QLabel(self.tr("Include:")))
        for check in self.section_checks.values():
            sections.addWidget(check)
        sections.addWidget(self.comments_check)
        sections.addStretch(1)
        grid.addWidget(included, 0, 2, 4, 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnMinimumWidth(2, 160)
        self.level_note = QLabel(
            self.tr("Nothing above this level is printed; the banner on every page shows it.")
        )
        self.level_note.setWordWrap(True)
        self.level_note.setStyleSheet("color: #555555;")
        grid.addWidget(self.level_note, 3, 0, 1, 2)
        grid.addWidget(self.official_check, 4, 0, 1, 2)

        who = QGroupBox(self.tr("Page header and footer"))
        who_form = QFormLayout(who)
        who_form.addRow(self.tr("&Office:"), self.office_field)
        who_form.addRow(self.tr("P&repared by:"), self.prepared_field)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(look)
        column.addWidget(who)

    def restore_preferences(self) -> None:
        pref = self.settings.preference
        self.office_field.setText(pref(BRIEFING_OFFICE) or "")
        # "Prepared by" starts as the user's name from Preferences (the name history records),
        # never the login name; a name typed here is for this briefing only.
        self.prepared_field.setText(pref(BRIEFING_PREPARED_BY) or "")
        # Briefings start in the interface language (a brief in another one is picked here).
        index = self.language_box.findData(language_of_locale(QLocale().name()).value)
        self.language_box.setCurrentIndex(max(index, 0))
        index = self.paper_box.findData(pref("briefing/paper"))
        if index >= 0:
            self.paper_box.setCurrentIndex(index)
        # The level is not remembered: every export starts at Public and is raised on purpose.
        self.level_box.setCurrentIndex(self.level_box.findData(Classification.PUBLIC.value))
        self._update_official()

    def _update_official(self) -> None:
        """The official format is Vietnamese, and needs the issuing agency from Preferences."""
        agency = self.settings.official()["agency"]
        vietnamese = self.language_box.currentData() == Language.VI.value
        self.official_check.setEnabled(vietnamese and bool(agency))
        if not agency:
            self.official_check.setToolTip(
                self.tr("Set the issuing agency in Preferences to use the official format.")
            )
        if not self.official_check.isEnabled():
            self.official_check.setChecked(False)

    def official(self) -> OfficialHeading | None:
        """The official format's heading from Preferences, when it is chosen."""
        if not (self.official_check.isEnabled() and self.official_check.isChecked()):
            return None
        return OfficialHeading(**self.settings.official(), recipients=())

    def save_preferences(self) -> None:
        save = self.settings.save_preference
        save(BRIEFING_OFFICE, self.office_field.text().strip())
        save("briefing/paper", str(self.paper_box.currentData()))

    def options(self, prepared_on: date) -> BriefingOptions:
        return BriefingOptions(
            classification=Classification(self.level_box.currentData()),
            language=Language(self.language_box.currentData()),
            paper=Paper(self.paper_box.currentData()),
            office=self.office_field.text().strip(),
            prepared_by=self.prepared_field.text().strip(),
            prepared_on=prepared_on,
            omit=frozenset(s for s, check in self.section_checks.items() if not check.isChecked()),
            official=self.official(),
            comments=self.comments_check.isChecked(),
        )

    def set_running(self, running: bool) -> None:
        """While a briefing is written, nothing here can be changed."""
        for widget in (
            self.level_box,
            self.language_box,
            self.paper_box,
            self.office_field,
            self.prepared_field,
            *self.section_checks.values(),
            self.comments_check,
        ):
            widget.setEnabled(not running)
        if running:
            self.official_check.setEnabled(False)
        else:
            self._update_official()
