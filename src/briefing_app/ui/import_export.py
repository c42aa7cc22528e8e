"""File ▸ Backup…, Restore…, Import…, Export…: file dialogs through Prompts, the slow part on
the task runner with progress in the status bar, reports and previews in dialogs.

The file dialogs start in the last folder used (remembered in the settings), else the
documents folder when there is one, else home; no folder is created."""

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from briefing_app.config import to_url
from briefing_app.domain.enums import Classification
from briefing_app.domain.file_names import safe_file_name
from briefing_app.i18n import QT_TRANSLATE_NOOP
from briefing_app.services.queries import ActionFilter
from briefing_app.store import maintenance
from briefing_app.store.database import OpenedDatabase
from briefing_app.ui import labels
from briefing_app.ui.errors import interface_wording, user_message
from briefing_app.ui.file_places import start_folder
from briefing_app.ui.prompts import Prompts
from briefing_app.ui.settings import AppSettings
from briefing_app.ui.tasks import TaskControl, TaskRunner

DATABASE_FILTER = QT_TRANSLATE_NOOP(
    "ImportExport", "SQLite databases (*.sqlite3 *.sqlite *.db);;All files (*)"
)
EXPORT_FILTER = QT_TRANSLATE_NOOP(
    "ImportExport",
    "Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;JSON (*.json);;iCalendar (*.ics)",
)
IMPORT_FILTER = QT_TRANSLATE_NOOP("ImportExport", "Actions (*.xlsx *.csv *.json);;All files (*)")


def change_text(change: tuple[str, str | None, str | None]) -> str:
    """One field's change in an import preview: the field and its values as the interface
    names them (statuses by their labels)."""
    field, old, new = change
    before = labels.history_value(field, old) or "-"
    after = labels.history_value(field, new) or "-"
    return f"{labels.field_label(field)}: {before} → {after}"


class ImportExport(QObject):
    """The four File menu entries. Collaborators come in as callables so the window can swap
    its database without rebuilding this object."""

    def __init__(
        self,
        *,
        parent_widget: QWidget,
        prompts: Prompts,
        tasks: TaskRunner,
        database: Callable[[], OpenedDatabase],
        settings: AppSettings,
        status: Callable[[str], None],
        changed: Callable[[], None],
        reopen: Callable[[str], None],
        user: Callable[[], str],
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent_widget)
        self._parent = parent_widget
        self._prompts = prompts
        self._tasks = tasks
        self._database = database
        self._settings = settings
        self._status = status
        self._changed = changed
        self._reopen = reopen
        self._user = user
        self._today = today
        self._running: TaskControl | None = None
        # Shown in the status bar while an import runs: its progress and a Cancel button.
        self.progress_widget = QWidget()
        self.progress_widget.setObjectName("importProgress")
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("importProgressBar")
        self.progress_bar.setMaximumWidth(160)
        self.progress_bar.setAccessibleName(self.tr("Import progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelImport")
        self.cancel_button.setToolTip(self.tr("Stop the import; nothing is changed"))
        self.cancel_button.clicked.connect(self.cancel_import)
        row = QHBoxLayout(self.progress_widget)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.progress_bar)
        row.addWidget(self.cancel_button)
        self.progress_widget.setVisible(False)

    # ------------------------------------------------------------------ helpers

    def _start_directory(self) -> str:
        return str(start_folder(self._settings.last_directory()))

    def _suggest(self, stem: str, extension: str) -> str:
        """A file in the start folder, its name safe on every system."""
        return str(Path(self._start_directory()) / safe_file_name(stem, extension))

    def _ask_file(self, title: str, suggested: str, filters: str, *, save: bool) -> str | None:
        """The file the user picks; its folder is where the next dialog starts."""
        path = self._prompts.exchange_file(self._parent, title, suggested, filters, save=save)
        if path:
            self._settings.save_last_directory(str(Path(path).parent))
        return path

    def _failed(self, title: str) -> Callable[[BaseException], None]:
        def show(exc: BaseException) -> None:
            from briefing_app.services import exchange

            self._status("")
            if isinstance(exc, exchange.ImportRefusedError):
                self._prompts.error(
                    self._parent,
                    title,
                    exc.message(interface_wording),
                    exc.report(interface_wording),
                )
                return
            message = user_message(exc)
            if message is None:
                raise exc
            self._prompts.error(self._parent, title, message)

        return show

    # ------------------------------------------------------------------ backup, restore

    def backup(self) -> None:
        opened = self._database()
        stem = opened.path.stem if opened.path else "briefing"
        name = f"{stem}-backup-{self._today().isoformat()}"
        path = self._ask_file(
            self.tr("Back up the database"),
            self._suggest(name, ".sqlite3"),
            QCoreApplication.translate("ImportExport", DATABASE_FILTER),
            save=True,
        )
        if not path:
            return
        self._status(self.tr("Backing up…"))
        self._tasks.submit(
            lambda _c: maintenance.backup(opened.url, Path(path)),
            on_done=lambda dest: self._done(self.tr("Backup written: {p}").format(p=dest)),
            on_error=self._failed(self.tr("Backup failed")),
        )

    def restore(self) -> None:
        opened = self._database()
        path = self._ask_file(
            self.tr("Restore from a backup"),
            self._start_directory(),
            QCoreApplication.translate("ImportExport", DATABASE_FILTER),
            save=False,
        )
        if not path:
            return
        if not self._prompts.confirm(
            self._parent,
            self.tr("Restore from a backup"),
            self.tr("Replace the open database with {p}?").format(p=path),
            ok_text=self.tr("Restore"),
            informative=self.tr(
                "The backup is checked first; the current database is kept aside next to it."
            ),
        ):
            return
        self._status(self.tr("Checking and restoring…"))
        url = opened.url

        def run(_control: TaskControl) -> Path:
            return maintenance.restore(url, to_url(path))

        def done(aside: Path) -> None:
            self._reopen(url)
            self._prompts.info(
                self._parent,
                self.tr("Restored"),
                self.tr("Restored from {p}. The replaced database was kept as {a}.").format(
                    p=path, a=aside
                ),
            )

        self._tasks.submit(run, on_done=done, on_error=self._failed(self.tr("Restore refused")))

    # ------------------------------------------------------------------ export, import

    def export_actions(self, flt: ActionFilter | None = None) -> None:
        """Export what `flt` selects (all by default; the action list's filter: what the list
        shows), nothing above the classification the user chooses."""
        levels = {labels.label(c): c for c in Classification}
        chosen = self._prompts.choose(
            self._parent,
            self.tr("Export actions"),
            self.tr("Export nothing above this classification:"),
            list(levels),
        )
        if chosen is None:
            return
        level = levels[chosen]
        path = self._ask_file(
            self.tr("Export actions"),
            self._suggest("actions", ".xlsx"),
            QCoreApplication.translate("ImportExport", EXPORT_FILTER),
            save=True,
        )
        if not path:
            return
        target = Path(path) if Path(path).suffix else Path(path).with_suffix(".xlsx")
        base = flt or ActionFilter()
        ceiling = base.max_classification
        if ceiling is None or ceiling.rank > level.rank:
            ceiling = level  # the stricter of the filter's own ceiling and the chosen one
        wanted = replace(base, max_classification=ceiling)
        engine = self._database().engine
        today = self._today()

        def run(_control: TaskControl) -> Any:
            from briefing_app.services import exchange  # openpyxl and icalendar: from here on

            fmt = exchange.format_for(target)
            return exchange.export_actions(engine, target, fmt, wanted, today=today)

        self._status(self.tr("Exporting…"))
        self._tasks.submit(
            run,
            on_done=lambda r: self._done(
                self.tr("Exported {n} actions to {p}").format(n=r.actions, p=r.path)
            ),
            on_error=self._failed(self.tr("Export failed")),
        )

    def _track(self, control: TaskControl, text: str) -> None:
        """Show the progress bar and Cancel for the import step `control` runs."""
        self._running = control
        self.progress_bar.setRange(0, 0)  # busy until the first progress report
        self.progress_widget.setVisible(True)
        self._status(text)

    def _untrack(self) -> None:
        self._running = None
        self.progress_widget.setVisible(False)

    def _import_progress(self, text: str) -> Callable[[int, int, str], None]:
        def show(done: int, total: int, _text: str) -> None:
            self.progress_bar.setRange(0, max(total, 1))
            self.progress_bar.setValue(done)
            self._status(f"{text} {done}/{total}")

        return show

    @property
    def importing(self) -> bool:
        return self._running is not None

    def cancel_import(self) -> None:
        """Stop the running import (its check or its write): all or nothing, so nothing is
        changed. The task ends at its next progress report and rolls back."""
        if self._running is None:
            return
        self._running.cancel()
        self._untrack()
        self._status(self.tr("Import cancelled: nothing was changed."))

    def import_actions(self) -> None:
        from briefing_app.services import exchange  # openpyxl: not at the app's start

        path = self._ask_file(
            self.tr("Import actions"),
            self._start_directory(),
            QCoreApplication.translate("ImportExport", IMPORT_FILTER),
            save=False,
        )
        if not path:
            return
        engine = self._database().engine
        user = self._user()

        def run(dry_run: bool) -> Callable[[TaskControl], exchange.ImportResult]:
            def work(control: TaskControl) -> exchange.ImportResult:
                def progress(done: int, total: int) -> None:
                    control.check()
                    control.progress(done, total)

                return exchange.import_actions(
                    engine, Path(path), changed_by=user, dry_run=dry_run, progress=progress
                )

            return work

        refused = self._failed(self.tr("Import refused"))

        def failed(exc: BaseException) -> None:
            self._untrack()
            refused(exc)

        def previewed(result: exchange.ImportResult) -> None:
            self._untrack()
            self._status("")
            if not self._prompts.import_preview(
                self._parent,
                result.summary(interface_wording),
                result.report(interface_wording, change_text),
            ):
                return
            importing = self.tr("Importing…")
            control = self._tasks.submit(
                run(False),
                on_done=applied,
                on_error=failed,
                on_progress=self._import_progress(importing),
            )
            self._track(control, importing)

        def applied(result: exchange.ImportResult) -> None:
            self._untrack()
            self._changed()
            self._done(result.summary(interface_wording))

        checking = self.tr("Checking…")
        control = self._tasks.submit(
            run(True),
            on_done=previewed,
            on_error=failed,
            on_progress=self._import_progress(checking),
        )
        self._track(control, checking)

    def _done(self, message: str) -> None:
        self._status(message)
