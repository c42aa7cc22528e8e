"""The export dialog of PDF briefings: which briefing (kind and the records it is about), the
classification level, language, paper, sections, the office and who prepares it (remembered),
and where to write it. The build runs through the task runner with progress and Cancel; the
characters no shipped font has are listed in the dialog; the result opens in a preview.

The records to choose from are read as a QueryOp (ui/operations.py) when the dialog opens;
`ready` is True once they are in (Export waits for them). The dialog never reads the database
on the GUI thread."""

import re
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QStandardPaths, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import Engine
from typing_extensions import override

from briefing_app.briefing.options import BriefingOptions, Paper, Section
from briefing_app.domain.enums import Classification
from briefing_app.i18n import ENDONYMS, Language, language_of_locale
from briefing_app.services import queries
from briefing_app.services.dto import LocalityRow, MeetingRow
from briefing_app.services.overview import EventSummary, forum_overview
from briefing_app.services.queries import ActionFilter
from briefing_app.ui import labels
from briefing_app.ui.errors import user_message
from briefing_app.ui.operations import Operations
from briefing_app.ui.pdf_preview import PdfPreview
from briefing_app.ui.prompts import Prompts
from briefing_app.ui.settings import BRIEFING_OFFICE, BRIEFING_PREPARED_BY, AppSettings
from briefing_app.ui.tasks import TaskControl, TaskRunner

if TYPE_CHECKING:
    from briefing_app.briefing.briefing_builder import RenderedBriefing

#: The kinds the dialog offers (BriefingKind values; a delegation is briefed as its locality).
MEETING, LOCALITY, PAIR, FORUM, ACTIONS = "meeting", "locality", "pair", "forum", "actions"
KINDS = (MEETING, LOCALITY, PAIR, FORUM, ACTIONS)
# What the dialog offers: the meetings, the localities and the forum (with its parts).
Choices = tuple[list[MeetingRow], list[LocalityRow], EventSummary | None]
#: Steps reported by the build (TaskControl.progress "done" values).
STEP_READ, STEP_LAYOUT, STEP_WRITE, STEPS = 0, 1, 2, 3


@dataclass(frozen=True)
class BriefingScope:
    """What the dialog opens on: the kind and the records preselected for each kind."""

    kind: str = MEETING
    meeting_id: int | None = None
    locality_ids: tuple[int, ...] = ()
    event_id: int | None = None
    #: the action list's filter, for the tracker
    action_filter: ActionFilter = field(default_factory=ActionFilter)
    #: a sentence describing that filter (shown in the dialog)
    filter_description: str = ""


def safe_file_name(text: str) -> str:
    """A file name that works on every system: accents folded, no separators or reserved
    characters, at most 120 characters."""
    text = text.replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[–—]", "-", text)
    text = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", text)
    text = re.sub(r"\s+", " ", text).strip(" .")
    return text[:120].rstrip(" .") or "briefing"


def documents_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def build_briefing(
    control: TaskControl,
    *,
    engine: Engine,
    kind: str,
    ids: tuple[int, ...],
    action_filter: ActionFilter,
    group_by: str,
    options: BriefingOptions,
    path: Path,
    write_lock: threading.Lock,
) -> "RenderedBriefing":
    """Runs on a pool thread: read, lay out, write. Touches no widget. Once cancelled, it writes
    nothing (the check and the write happen under `write_lock`, which cancelling also takes)."""
    # ReportLab loads when the first briefing is made, not when the app starts.
    from briefing_app.briefing.action_tracker import GroupBy
    from briefing_app.briefing.export import (
        BriefingKind,
        BriefingRequest,
        builder_for,
        check_writable,
        write_atomically,
    )

    control.progress(STEP_READ, STEPS)
    check_writable(path)
    request = BriefingRequest(BriefingKind(kind), ids, action_filter, GroupBy(group_by))
    builder = builder_for(engine, request, options)
    control.check()
    control.progress(STEP_LAYOUT, STEPS)
    rendered = builder.build()
    control.check()
    control.progress(STEP_WRITE, STEPS)
    with write_lock:
        control.check()
        write_atomically(path, rendered.pdf)
    return rendered


class BriefingDialog(QDialog):
    """Choose and write one PDF briefing. Not modal to the app: the build runs in the
    background and the dialog stays responsive (Cancel)."""

    def __init__(
        self,
        *,
        ops: Operations,
        prompts: Prompts,
        settings: AppSettings,
        user: str,
        scope: BriefingScope,
        on_unexpected: Callable[[BaseException], None],
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("briefingDialog")
        self.setWindowTitle(self.tr("Print briefing"))
        self.ops = ops
        self.prompts = prompts
        self.settings = settings
        self.tasks: TaskRunner = ops.tasks
        self.ready = False
        self.user = user
        self.scope = scope
        self.today = today
        self.on_unexpected = on_unexpected
        self.control: TaskControl | None = None
        self._write_lock = threading.Lock()
        self._path_edited = False
        self.result_path: Path | None = None
        self.rendered: RenderedBriefing | None = None
        self.preview: PdfPreview | None = None

        self._build_choices()
        self._build_layout()
        self._restore_preferences()
        self._preselect(scope)
        self._update_path()
        self._set_running(False)
        self._load_choices()

    # --- widgets ------------------------------------------------------------------------------

    def _combo(self, name: str, accessible: str) -> QComboBox:
        box = QComboBox()
        box.setObjectName(name)
        box.setAccessibleName(accessible)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(40)
        return box

    def _build_choices(self) -> None:
        self.kind_box = self._combo("briefingKind", self.tr("Kind of briefing"))
        for kind, text in (
            (MEETING, self.tr("Meeting brief")),
            (LOCALITY, self.tr("Locality brief")),
            (PAIR, self.tr("Counterpart-pair brief")),
            (FORUM, self.tr("Forum briefing book")),
            (ACTIONS, self.tr("Action tracker")),
        ):
            self.kind_box.addItem(text, kind)

        self.meeting_box = self._combo("meetingScope", self.tr("Meeting"))
        self.locality_box = self._combo("localityScope", self.tr("Locality"))
        self.pair_first = self._combo("pairFirst", self.tr("First locality"))
        self.pair_second = self._combo("pairSecond", self.tr("Counterpart locality"))
        self.event_box = self._combo("eventScope", self.tr("Event"))
        self.group_box = self._combo("trackerGroupBy", self.tr("Group actions by"))
        self.group_box.addItem(self.tr("Owner"), "owner")
        self.group_box.addItem(self.tr("Locality"), "locality")
        self.tracker_label = QLabel()
        self.tracker_label.setObjectName("trackerScope")
        self.tracker_label.setWordWrap(True)

        self.level_box = self._combo("briefingClassification", self.tr("Classification level"))
        self.level_box.setMinimumContentsLength(12)
        for level in Classification:
            self.level_box.addItem(labels.label(level), level.value)
        self.language_box = self._combo("briefingLanguage", self.tr("Language"))
        self.language_box.setMinimumContentsLength(12)
        for language in Language:
            self.language_box.addItem(ENDONYMS[language], language.value)
        self.paper_box = self._combo("briefingPaper", self.tr("Paper size"))
        self.paper_box.setMinimumContentsLength(12)
        self.paper_box.addItem(self.tr("A4"), Paper.A4.value)
        self.paper_box.addItem(self.tr("US Letter"), Paper.LETTER.value)
        self.section_checks: dict[Section, QCheckBox] = {}
        for section, text in (
            (Section.PARTICIPANTS, self.tr("Participants")),
            (Section.OUTCOMES, self.tr("Outcomes")),
            (Section.SOURCES, self.tr("Sources")),
            (Section.NOTES, self.tr("Notes")),
        ):
            check = QCheckBox(text)
            check.setObjectName(f"section_{section.value}")
            check.setChecked(True)
            self.section_checks[section] = check
        self.office_field = QLineEdit()
        self.office_field.setObjectName("briefingOffice")
        self.office_field.setAccessibleName(self.tr("Office name"))
        self.office_field.setPlaceholderText(self.tr("Printed on every page"))
        self.prepared_field = QLineEdit()
        self.prepared_field.setObjectName("briefingPreparedBy")
        self.prepared_field.setAccessibleName(self.tr("Prepared by"))
        self.path_field = QLineEdit()
        self.path_field.setObjectName("briefingPath")
        self.path_field.setAccessibleName(self.tr("Output file"))
        self.path_field.textEdited.connect(self._path_typed)
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        self.choose_button.setObjectName("briefingChoosePath")
        self.choose_button.clicked.connect(self.choose_path)
        self.preview_check = QCheckBox(self.tr("Show a preview when it is written"))
        self.preview_check.setObjectName("briefingShowPreview")
        self.preview_check.setChecked(True)

        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        for box in (
            self.meeting_box,
            self.locality_box,
            self.pair_first,
            self.pair_second,
            self.event_box,
            self.language_box,
        ):
            box.currentIndexChanged.connect(self._update_path)

    def _load_choices(self) -> None:
        """Read the meetings, localities and the forum in the background, then offer them."""
        today = self.today()

        def read(engine: Engine) -> Choices:
            return (
                queries.list_meetings(engine),
                queries.list_localities(engine),
                forum_overview(engine, today=today).event,
            )

        def failed(exc: BaseException) -> None:
            self.prompts.error(self, self.tr("Cannot read the records"), user_message(exc) or "")
            self._choices_loaded(([], [], None))

        self.ops.query(read, success=self._choices_loaded, failure=failed, owner=self)

    def _choices_loaded(self, choices: "Choices") -> None:
        meetings, localities, event = choices
        for mt in meetings:
            when = labels.format_date(mt.starts_at)
            text = f"{mt.title} ({when})" if when else mt.title
            self.meeting_box.addItem(text, mt.id)
        for loc in localities:
            text = f"{loc.name} ({loc.name_native})" if loc.name_native else loc.name
            for box in (self.locality_box, self.pair_first, self.pair_second):
                box.addItem(text, loc.id)
        if event is not None:
            self.event_box.addItem(event.name, event.id)
            for part in event.parts:
                self.event_box.addItem("    " + part.name, part.id)
        self.ready = True
        self._preselect(self.scope)
        self._update_path()
        self._set_running(self.running)

    def _build_layout(self) -> None:
        self.scope_stack = QStackedWidget()
        self.scope_stack.setObjectName("briefingScope")
        pages: dict[str, QWidget] = {}
        for kind, rows in (
            (MEETING, [(self.tr("&Meeting:"), self.meeting_box)]),
            (LOCALITY, [(self.tr("&Locality:"), self.locality_box)]),
            (
                PAIR,
                [
                    (self.tr("&Locality:"), self.pair_first),
                    (self.tr("C&ounterpart:"), self.pair_second),
                ],
            ),
            (FORUM, [(self.tr("&Event:"), self.event_box)]),
            (
                ACTIONS,
                [
                    (self.tr("Actions:"), self.tracker_label),
                    (self.tr("&Group by:"), self.group_box),
                ],
            ),
        ):
            page = QWidget()
            form = QFormLayout(page)
            form.setContentsMargins(0, 0, 0, 0)
            for caption, widget in rows:
                form.addRow(caption, widget)
            pages[kind] = page
            self.scope_stack.addWidget(page)
        self.scope_pages = pages

        what = QGroupBox(self.tr("Briefing"))
        what_form = QFormLayout(what)
        what_form.addRow(self.tr("&Kind:"), self.kind_box)
        what_form.addRow(self.scope_stack)

        look = QGroupBox(self.tr("Options"))
        grid = QGridLayout(look)
        grid.addWidget(self._buddy(self.tr("&Classification:"), self.level_box), 0, 0)
        grid.addWidget(self.level_box, 0, 1)
        grid.addWidget(self._buddy(self.tr("L&anguage:"), self.language_box), 1, 0)
        grid.addWidget(self.language_box, 1, 1)
        grid.addWidget(self._buddy(self.tr("&Paper:"), self.paper_box), 2, 0)
        grid.addWidget(self.paper_box, 2, 1)
        sections = QVBoxLayout()
        sections.addWidget(QLabel(self.tr("Include:")))
        for check in self.section_checks.values():
            sections.addWidget(check)
        sections.addStretch(1)
        grid.addLayout(sections, 0, 2, 4, 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnMinimumWidth(2, 160)
        self.level_note = QLabel(
            self.tr("Nothing above this level is printed; the banner on every page shows it.")
        )
        self.level_note.setWordWrap(True)
        self.level_note.setStyleSheet("color: #555555;")
        grid.addWidget(self.level_note, 3, 0, 1, 2)

        who = QGroupBox(self.tr("Page header and footer"))
        who_form = QFormLayout(who)
        who_form.addRow(self.tr("&Office:"), self.office_field)
        who_form.addRow(self.tr("P&repared by:"), self.prepared_field)

        output = QGroupBox(self.tr("Output"))
        output_layout = QVBoxLayout(output)
        path_row = QHBoxLayout()
        path_row.addWidget(self._buddy(self.tr("&File:"), self.path_field))
        path_row.addWidget(self.path_field, 1)
        path_row.addWidget(self.choose_button)
        output_layout.addLayout(path_row)
        output_layout.addWidget(self.preview_check)

        self.progress = QProgressBar()
        self.progress.setObjectName("briefingProgress")
        self.progress.setTextVisible(False)
        self.status_label = QLabel()
        self.status_label.setObjectName("briefingStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings = QPlainTextEdit()
        self.warnings.setObjectName("briefingWarnings")
        self.warnings.setAccessibleName(self.tr("Characters no font could print"))
        self.warnings.setReadOnly(True)
        self.warnings.setMaximumHeight(110)
        self.warnings.hide()

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            self.tr("&Write PDF"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("briefingExport")
        self.export_button.setDefault(True)
        self.preview_button = self.buttons.addButton(
            self.tr("Pre&view"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.preview_button.setObjectName("briefingPreview")
        self.cancel_button = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setObjectName("briefingCancel")
        self.export_button.clicked.connect(self.export)
        self.preview_button.clicked.connect(self.show_preview)
        self.cancel_button.clicked.connect(self.cancel_or_close)

        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(look)
        layout.addWidget(who)
        layout.addWidget(output)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addWidget(self.warnings)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        return label

    # --- state --------------------------------------------------------------------------------

    def _restore_preferences(self) -> None:
        pref = self.settings.preference
        self.office_field.setText(pref(BRIEFING_OFFICE) or "")
        prepared = pref(BRIEFING_PREPARED_BY)
        self.prepared_field.setText(self.user if prepared is None else prepared)
        # Briefings start in the interface language until one is chosen here.
        index = self.language_box.findData(pref("briefing/language"))
        if index < 0:
            index = self.language_box.findData(language_of_locale(QLocale().name()).value)
        self.language_box.setCurrentIndex(max(index, 0))
        index = self.paper_box.findData(pref("briefing/paper"))
        if index >= 0:
            self.paper_box.setCurrentIndex(index)
        # The level is not remembered: every export starts at Public and is raised on purpose.
        self.level_box.setCurrentIndex(self.level_box.findData(Classification.PUBLIC.value))

    def _save_preferences(self) -> None:
        save = self.settings.save_preference
        save(BRIEFING_OFFICE, self.office_field.text().strip())
        save(BRIEFING_PREPARED_BY, self.prepared_field.text().strip())
        save("briefing/language", str(self.language_box.currentData()))
        save("briefing/paper", str(self.paper_box.currentData()))
        if self.result_path is not None:
            save("briefing/folder", str(self.result_path.parent))

    @staticmethod
    def _select(box: QComboBox, value: object) -> None:
        index = box.findData(value)
        if index >= 0:
            box.setCurrentIndex(index)

    def _preselect(self, scope: BriefingScope) -> None:
        if scope.meeting_id is not None:
            self._select(self.meeting_box, scope.meeting_id)
        if scope.locality_ids:
            self._select(self.locality_box, scope.locality_ids[0])
            self._select(self.pair_first, scope.locality_ids[0])
        if len(scope.locality_ids) > 1:
            self._select(self.pair_second, scope.locality_ids[1])
        elif self.pair_second.count() > 1 and self.pair_second.currentIndex() == 0:
            self.pair_second.setCurrentIndex(1 if self.pair_first.currentIndex() == 0 else 0)
        if scope.event_id is not None:
            self._select(self.event_box, scope.event_id)
        self.tracker_label.setText(scope.filter_description or self.tr("All follow-up actions."))
        self._select(self.kind_box, scope.kind)
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = self.kind()
        for page_kind, page in self.scope_pages.items():  # the stack is as tall as its page
            shown = page_kind == kind
            policy = QSizePolicy.Policy.Preferred if shown else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        self.scope_stack.setCurrentWidget(self.scope_pages[kind])
        self.scope_stack.adjustSize()
        self._update_path()

    def kind(self) -> str:
        return str(self.kind_box.currentData())

    def _path_typed(self, _text: str) -> None:
        self._path_edited = True

    def scope_title(self) -> str:
        kind = self.kind()
        if kind == MEETING:
            return self.meeting_box.currentText()
        if kind == LOCALITY:
            return self.locality_box.currentText()
        if kind == PAIR:
            return f"{self.pair_first.currentText()} – {self.pair_second.currentText()}"
        if kind == FORUM:
            return self.event_box.currentText().strip()
        return ""

    def suggested_name(self) -> str:
        kind_text = self.kind_box.currentText()
        scope = re.sub(r"\s*\([^)]*\)", "", self.scope_title())  # no dates or native names
        day = self.today().isoformat()
        name = f"{kind_text} - {scope} - {day}" if scope else f"{kind_text} - {day}"
        return safe_file_name(name) + ".pdf"

    def _folder(self) -> Path:
        remembered = self.settings.preference("briefing/folder")
        if remembered and Path(remembered).is_dir():
            return Path(remembered)
        return documents_folder()

    def _update_path(self) -> None:
        if self._path_edited:
            return
        current = self.path_field.text().strip()
        folder = Path(current).parent if current else self._folder()
        self.path_field.setText(str(folder / self.suggested_name()))

    def choose_path(self) -> None:
        chosen = self.prompts.save_briefing_file(self, self.path_field.text().strip())
        if chosen:
            self.path_field.setText(chosen)
            self._path_edited = True

    def output_path(self) -> Path | None:
        text = self.path_field.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        return path

    def options(self) -> BriefingOptions:
        return BriefingOptions(
            classification=Classification(self.level_box.currentData()),
            language=Language(self.language_box.currentData()),
            paper=Paper(self.paper_box.currentData()),
            office=self.office_field.text().strip(),
            prepared_by=self.prepared_field.text().strip(),
            prepared_on=self.today(),
            omit=frozenset(s for s, check in self.section_checks.items() if not check.isChecked()),
        )

    def record_ids(self) -> tuple[int, ...]:
        kind = self.kind()
        box = {MEETING: self.meeting_box, LOCALITY: self.locality_box, FORUM: self.event_box}
        if kind in box:
            value = box[kind].currentData()
            return (int(value),) if value is not None else ()
        if kind == PAIR:
            first, second = self.pair_first.currentData(), self.pair_second.currentData()
            return (int(first), int(second)) if first is not None and second is not None else ()
        return ()

    # --- run ----------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.control is not None

    def _set_running(self, running: bool) -> None:
        for widget in (
            self.kind_box,
            self.scope_stack,
            self.level_box,
            self.language_box,
            self.paper_box,
            self.office_field,
            self.prepared_field,
            self.path_field,
            self.choose_button,
            *self.section_checks.values(),
        ):
            widget.setEnabled(not running)
        self.export_button.setEnabled(not running and self.ready)
        self.preview_button.setEnabled(not running and self.result_path is not None)
        self.cancel_button.setText(self.tr("Cancel") if running else self.tr("Close"))
        self.progress.setVisible(running)

    def _refuse(self, text: str) -> None:
        self.prompts.error(self, self.tr("Cannot write the briefing"), text)

    def export(self) -> None:
        """Check the choices, then build and write the PDF in the background."""
        if self.running or not self.ready:
            return
        path = self.output_path()
        if path is None:
            self._refuse(self.tr("Choose the file to write the briefing to."))
            return
        ids = self.record_ids()
        kind = self.kind()
        if kind != ACTIONS and not ids:
            self._refuse(self.tr("Choose what the briefing is about."))
            return
        if kind == PAIR and ids[0] == ids[1]:
            self._refuse(self.tr("Choose two different localities for a counterpart brief."))
            return
        if (
            path.is_file()
            and path != self.result_path
            and not self.prompts.confirm(
                self,
                self.tr("Replace the file?"),
                self.tr("{path} already exists.").format(path=path),
                ok_text=self.tr("Replace"),
            )
        ):
            return
        self.path_field.setText(str(path))
        options = self.options()
        engine = self.ops.engine()
        action_filter = self.scope.action_filter
        group_by = str(self.group_box.currentData())
        lock = self._write_lock
        self.result_path = None
        self.rendered = None
        self.warnings.clear()
        self.warnings.hide()
        self.progress.setRange(0, STEPS)
        self.progress.setValue(0)
        self.status_label.setText(self.tr("Reading the records…"))
        self._save_preferences()
        self.control = self.tasks.submit(
            lambda control: build_briefing(
                control,
                engine=engine,
                kind=kind,
                ids=ids,
                action_filter=action_filter,
                group_by=group_by,
                options=options,
                path=path,
                write_lock=lock,
            ),
            on_done=lambda rendered: self._written(path, rendered),
            on_error=self._failed,
            on_progress=self._progressed,
        )
        self._set_running(True)

    def _progressed(self, done: int, total: int, _text: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        texts = {
            STEP_READ: self.tr("Reading the records…"),
            STEP_LAYOUT: self.tr("Laying out the pages…"),
            STEP_WRITE: self.tr("Writing the file…"),
        }
        self.status_label.setText(texts.get(done, ""))
        if done == STEP_LAYOUT:
            self.progress.setRange(0, 0)  # layout reports no steps of its own: busy

    def _written(self, path: Path, rendered: "RenderedBriefing") -> None:
        self.control = None
        self.result_path = path
        self.rendered = rendered
        self._save_preferences()
        count = rendered.page_count
        pages = self.tr("1 page") if count == 1 else self.tr("{n} pages").format(n=count)
        self.status_label.setText(
            self.tr("Written: {path} ({pages}).").format(path=path, pages=pages)
        )
        if rendered.uncovered:
            self.status_label.setText(
                self.status_label.text()
                + " "
                + self.tr(
                    "Characters no shipped font has were printed as �; the record fields "
                    "they are in ({n}):"
                ).format(n=len(rendered.uncovered))
            )
            self.warnings.setPlainText("\n".join(str(problem) for problem in rendered.uncovered))
            self.warnings.show()
        self._set_running(False)
        if self.preview_check.isChecked():
            self.show_preview()

    def _failed(self, exc: BaseException) -> None:
        self.control = None
        self._set_running(False)
        message = user_message(exc)
        if message is None and isinstance(exc, OSError):
            message = str(exc)
        if message is None:
            self.status_label.setText(self.tr("The briefing could not be written."))
            self.on_unexpected(exc)
            return
        self.status_label.setText(self.tr("Not written: {reason}").format(reason=message))
        self._refuse(message)

    def cancel(self) -> bool:
        """Stop the build; True when nothing was written."""
        control = self.control
        if control is None:
            return True
        with self._write_lock:  # the build writes only while holding it, after a last check
            control.cancel()
        self.control = None
        self._set_running(False)
        self.status_label.setText(self.tr("Cancelled. Nothing was written."))
        return True

    def cancel_or_close(self) -> None:
        if self.running:
            self.cancel()
        else:
            self.reject()

    def show_preview(self) -> PdfPreview | None:
        if self.result_path is None:
            return None
        if self.preview is not None:
            self.preview.close()
        preview = PdfPreview(
            path=self.result_path,
            prompts=self.prompts,
            title=self.scope_title() or self.kind_box.currentText(),
            parent=self.parentWidget(),
        )
        preview.destroyed.connect(lambda _obj=None: self._preview_gone(preview))
        self.preview = preview
        preview.show()
        return preview

    def _preview_gone(self, preview: PdfPreview) -> None:
        if self.preview is preview:
            self.preview = None

    @override
    def reject(self) -> None:
        self.cancel()
        super().reject()

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel()
        super().closeEvent(event)
