"""The export dialog of briefings: which briefing (kind and the records it is about), the
classification level, language, paper, sections, the office and who prepares it (remembered),
and where to write it, as PDF or Word (the format box sets the file's extension; the extension
decides). The build runs through the task runner with progress and Cancel; the characters no
shipped font has are listed in the dialog; a PDF opens in a preview.

Its parts: what the briefing is about (briefing_scope_picker.py), how it is printed
(briefing_options_panel.py) and the background build (briefing_build.py); the dialog itself
holds the output file, the run (progress, Cancel, the result) and the preview.

The records to choose from are read as a QueryOp (ui/operations.py) when the dialog opens;
`ready` is True once they are in (Export waits for them). The dialog never reads the database
on the GUI thread."""

import re
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from briefing_app.domain.file_names import safe_file_name
from briefing_app.i18n import Language
from briefing_app.services import queries
from briefing_app.services.overview import forum_overview
from briefing_app.ui.briefing_build import STEP_LAYOUT, STEP_READ, STEP_WRITE, STEPS, build_briefing
from briefing_app.ui.briefing_options_panel import BriefingOptionsPanel
from briefing_app.ui.briefing_scope_picker import (
    ACTIONS,
    PAIR,
    BriefingScope,
    BriefingScopePicker,
    Choices,
)
from briefing_app.ui.errors import user_message
from briefing_app.ui.file_places import start_folder
from briefing_app.ui.operations import Engine, Operations
from briefing_app.ui.pdf_preview import PdfPreview
from briefing_app.ui.prompts import Prompts
from briefing_app.ui.settings import AppSettings
from briefing_app.ui.tasks import TaskControl, TaskRunner
from briefing_app.ui.widgets.form_widgets import buddy_label

if TYPE_CHECKING:
    from briefing_app.briefing.export import WrittenBriefing

#: The output formats by file extension (briefing.export.OutputFormat values), PDF first.
FORMATS = ("pdf", "docx")


class BriefingDialog(QDialog):
    """Choose and write one briefing. Not modal to the app: the build runs in the background and
    the dialog stays responsive (Cancel)."""

    def __init__(
        self,
        *,
        ops: Operations,
        prompts: Prompts,
        settings: AppSettings,
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
        self.scope = scope
        self.today = today
        self.on_unexpected = on_unexpected
        self.control: TaskControl | None = None
        self._write_lock = threading.Lock()
        self._path_edited = False
        self.result_path: Path | None = None
        self.rendered: WrittenBriefing | None = None
        self.preview: PdfPreview | None = None

        self._build_widgets()
        self._build_layout()
        self._format_chosen()
        self.scope_picker.preselect(scope)
        self._update_path()
        self._set_running(False)
        self._load_choices()

    # --- widgets ------------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.scope_picker = BriefingScopePicker()
        self.options_panel = BriefingOptionsPanel(
            settings=self.settings, levels=self.ops.access().classifications
        )
        # The widgets by the names the tests know them by.
        picker, panel = self.scope_picker, self.options_panel
        self.kind_box, self.meeting_box = picker.kind_box, picker.meeting_box
        self.locality_box, self.event_box = picker.locality_box, picker.event_box
        self.pair_first, self.pair_second = picker.pair_first, picker.pair_second
        self.tracker_label = picker.tracker_label
        self.level_box, self.language_box = panel.level_box, panel.language_box
        self.paper_box = panel.paper_box
        self.office_field, self.prepared_field = panel.office_field, panel.prepared_field
        self.path_field = QLineEdit()
        self.path_field.setObjectName("briefingPath")
        self.path_field.setAccessibleName(self.tr("Output file"))
        self.path_field.textEdited.connect(self._path_typed)
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        self.choose_button.setObjectName("briefingChoosePath")
        self.choose_button.clicked.connect(self.choose_path)
        self.format_box = QComboBox()
        self.format_box.setObjectName("briefingFormat")
        self.format_box.addItem(self.tr("PDF"), "pdf")
        self.format_box.addItem(self.tr("Word document (.docx)"), "docx")
        saved = self.settings.preference("briefing/format")
        self.format_box.setCurrentIndex(FORMATS.index(saved) if saved in FORMATS else 0)
        self.format_box.currentIndexChanged.connect(self._format_chosen)
        self.preview_check = QCheckBox(self.tr("Show a preview when it is written"))
        self.preview_check.setObjectName("briefingShowPreview")
        self.preview_check.setChecked(True)

        picker.changed.connect(self._update_path)
        panel.language_box.currentIndexChanged.connect(self._update_path)

    def _load_choices(self) -> None:
        """Read the meetings, delegations, localities and the forum in the background, then
        offer them."""
        today = self.today()

        def read(engine: Engine) -> Choices:
            return (
                queries.list_meetings(engine),
                queries.list_delegations(engine),
                queries.list_localities(engine),
                forum_overview(engine, today=today).event,
            )

        def failed(exc: BaseException) -> None:
            self.prompts.error(self, self.tr("Cannot read the records"), user_message(exc) or "")
            self._choices_loaded(([], [], [], None))

        self.ops.query(read, success=self._choices_loaded, failure=failed, owner=self)

    def _choices_loaded(self, choices: Choices) -> None:
        self.scope_picker.set_choices(choices)
        self.ready = True
        self.scope_picker.preselect(self.scope)
        self._update_path()
        self._set_running(self.running)

    def _build_layout(self) -> None:
        output = QGroupBox(self.tr("Output"))
        output_layout = QVBoxLayout(output)
        format_row = QHBoxLayout()
        format_row.addWidget(buddy_label(self.tr("Forma&t:"), self.format_box))
        format_row.addWidget(self.format_box)
        format_row.addStretch(1)
        output_layout.addLayout(format_row)
        path_row = QHBoxLayout()
        path_row.addWidget(buddy_label(self.tr("&File:"), self.path_field))
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
        layout.addWidget(self.scope_picker)
        layout.addWidget(self.options_panel)
        layout.addWidget(output)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addWidget(self.warnings)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)

    # --- state --------------------------------------------------------------------------------

    def _save_preferences(self) -> None:
        self.options_panel.save_preferences()
        if self.result_path is not None:
            self.settings.save_preference("briefing/folder", str(self.result_path.parent))
        self.settings.save_preference("briefing/format", self.extension())

    def kind(self) -> str:
        return self.scope_picker.kind()

    def _path_typed(self, text: str) -> None:
        self._path_edited = True
        typed = Path(text.strip()).suffix.lower().lstrip(".")
        if typed in FORMATS:  # the extension decides: the format box follows it
            self.format_box.setCurrentIndex(FORMATS.index(typed))

    def extension(self) -> str:
        """ "pdf" or "docx", as the format box says."""
        return str(self.format_box.currentData())

    def _format_chosen(self) -> None:
        """Put the chosen format's extension on the file name; only a PDF has a preview."""
        pdf = self.extension() == "pdf"
        self.export_button.setText(self.tr("&Write PDF") if pdf else self.tr("&Write Word file"))
        self.preview_check.setEnabled(pdf)
        text = self.path_field.text().strip()
        if text:
            path = Path(text)
            if path.suffix.lower().lstrip(".") in FORMATS:
                path = path.with_suffix("")
            self.path_field.setText(str(path.with_name(f"{path.name}.{self.extension()}")))

    def suggested_name(self) -> str:
        kind_text = self.scope_picker.kind_text()
        # no dates or native names
        scope = re.sub(r"\s*\([^)]*\)", "", self.scope_picker.scope_title())
        day = self.today().isoformat()
        name = f"{kind_text} - {scope} - {day}" if scope else f"{kind_text} - {day}"
        return safe_file_name(name, f".{self.extension()}", fallback="briefing")

    def _folder(self) -> Path:
        """The folder the last briefing was written to, else the documents folder, else home:
        never a folder that does not exist, and none is created."""
        return start_folder(self.settings.preference("briefing/folder"))

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
        if path.suffix.lower().lstrip(".") not in FORMATS:
            path = path.with_name(f"{path.name}.{self.extension()}")
        return path

    # --- run ----------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.control is not None

    def _set_running(self, running: bool) -> None:
        self.scope_picker.set_running(running)
        self.options_panel.set_running(running)
        for widget in (self.path_field, self.choose_button):
            widget.setEnabled(not running)
        self.export_button.setEnabled(not running and self.ready)
        self.preview_button.setEnabled(not running and self.result_path is not None)
        self.cancel_button.setText(self.tr("Cancel") if running else self.tr("Close"))
        self.progress.setVisible(running)

    def _refuse(self, text: str) -> None:
        self.prompts.error(self, self.tr("Cannot write the briefing"), text)

    def export(self) -> None:
        """Check the choices, then build and write the file in the background."""
        if self.running or not self.ready:
            return
        path = self.output_path()
        if path is None:
            self._refuse(self.tr("Choose the file to write the briefing to."))
            return
        ids = self.scope_picker.record_ids()
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
        options = self.options_panel.options(prepared_on=self.today())
        engine = self.ops.engine()
        action_filter = self.scope.action_filter
        group_by = self.scope_picker.group_by()
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
            on_done=lambda rendered: self._written(path, rendered, options.language),
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

    def _written(self, path: Path, rendered: "WrittenBriefing", language: Language) -> None:
        self.control = None
        self.result_path = path
        self.rendered = rendered
        self._save_preferences()
        count = rendered.page_count
        if count is None:  # Word sets its own pages
            pages = self.tr("Word document")
        else:
            pages = self.tr("1 page") if count == 1 else self.tr("{n} pages").format(n=count)
        written = self.tr("Written: {path} ({pages}).").format(path=path, pages=pages)
        if rendered.fallbacks:
            written += " " + self._fallback_note(rendered.fallbacks, language)
        self.status_label.setText(written)
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
        if self.preview_check.isChecked() and count is not None:
            self.show_preview()

    def _fallback_note(self, count: int, language: Language) -> str:
        """How many texts the brief prints in the other language, for want of a version in
        its own (each marked in the brief)."""
        if language is Language.VI:
            if count == 1:
                return self.tr(
                    "1 text had no Vietnamese version and is printed in English, marked."
                )
            return self.tr(
                "{n} texts had no Vietnamese version and are printed in English, marked."
            ).format(n=count)
        if count == 1:
            return self.tr("1 text had no English version and is printed in Vietnamese, marked.")
        return self.tr(
            "{n} texts had no English version and are printed in Vietnamese, marked."
        ).format(n=count)

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
        """The written PDF in the preview (a Word file opens in Word instead)."""
        if self.result_path is None:
            return None
        if self.result_path.suffix.lower() != ".pdf":
            self.prompts.open_url(self.result_path.as_uri())
            return None
        if self.preview is not None:
            self.preview.close()
        preview = PdfPreview(
            path=self.result_path,
            prompts=self.prompts,
            title=self.scope_picker.scope_title() or self.scope_picker.kind_text(),
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
