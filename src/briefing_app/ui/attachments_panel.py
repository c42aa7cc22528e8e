"""The Attachments tab of every record editor: the files kept with the record, inside the
database (services/attachments.py), with Add… (or files dropped on the panel, with an optional
official document's number, date and issuer), Open (a private copy, with the system's viewer),
Save a copy…, Preview (PDFs and images, in the app) and Remove (asked first).

A file too large, of a type that cannot be attached or whose content is not what its name says
is refused by the services with a message saying so; nothing is attached then. Every read and
write is an operation; a write announces the record on the change hub, and the panel reads its
list again whenever the hub names its record.
"""

from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

import shiboken6
from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from briefing_app.domain.errors import UserError
from briefing_app.domain.file_types import PREVIEWED
from briefing_app.domain.record_kind import RecordKind
from briefing_app.i18n import QT_TRANSLATE_NOOP
from briefing_app.services.attachments import (
    MAX_BYTES,
    attach_file,
    attachment_content,
    list_attachments,
    remove_attachment,
)
from briefing_app.services.dto import AttachmentRow, OfficialDocument
from briefing_app.ui.attachment_files import private_copy
from briefing_app.ui.errors import user_message
from briefing_app.ui.image_preview import ImagePreview
from briefing_app.ui.models.attachment_table_model import AttachmentTableModel
from briefing_app.ui.official_document_dialog import OfficialDocumentDialog
from briefing_app.ui.operations import Engine, Operations, Written
from briefing_app.ui.pdf_preview import PdfPreview
from briefing_app.ui.prompts import Prompts
from briefing_app.ui.write_access import gate_writes

CANNOT_WRITE = QT_TRANSLATE_NOOP("Messages", "cannot write {path}: {reason}")


def _dropped_files(event: QDragEnterEvent | QDropEvent) -> list[str]:
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    return [url.toLocalFile() for url in urls if url.isLocalFile() and url.toLocalFile()]


class AttachmentsPanel(QWidget):
    """`message(text)`: a short status-bar message (where a copy was saved)."""

    message = Signal(str)

    def __init__(
        self,
        *,
        ops: Operations,
        prompts: Prompts,
        user: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentsPanel")
        self.setAcceptDrops(ops.access().may_edit)
        self._ops = ops
        self._prompts = prompts
        self._user = user
        self._kind: RecordKind | None = None
        self._record_id: int | None = None
        self._directory = str(Path.home())
        # the preview windows open now
        self.previews: list[QWidget] = []
        self._build()
        ops.hub.changed.connect(self._record_changed)

    def _build(self) -> None:
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()  # the list, its buttons on the right (narrow screens keep room)
        column.addLayout(top, 1)
        self.model = AttachmentTableModel(self)
        self.view = QTableView()
        self.view.setObjectName("attachmentsView")
        self.view.setAccessibleName(self.tr("Attached files"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(True)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.view.horizontalHeader()
        fit, stretch = QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch
        for section, mode in enumerate((stretch, stretch, fit)):
            header.setSectionResizeMode(section, mode)
        self.view.doubleClicked.connect(self._double_clicked)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        top.addWidget(self.view, 1)
        self.hint = QLabel(
            self.tr(
                "Drop files here or use Add…. At most {limit} MB per file; PDF, Word, Excel, "
                "PowerPoint, OpenDocument, images, text and e-mail files."
            ).format(limit=MAX_BYTES // (1024 * 1024))
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555555;")
        column.addWidget(self.hint)

        row = QVBoxLayout()
        self.add_button = self._button("addAttachment", self.tr("&Add…"), self.add_files, row)
        self.open_button = self._button("openAttachment", self.tr("&Open"), self.open_file, row)
        self.preview_button = self._button(
            "previewAttachment", self.tr("Pre&view"), self.preview, row
        )
        self.save_button = self._button(
            "saveAttachment", self.tr("Save a &copy…"), self.save_copy, row
        )
        row.addStretch(1)
        self.remove_button = self._button("removeAttachment", self.tr("&Remove…"), self.remove, row)
        top.addLayout(row)
        self._update_buttons()
        gate_writes(self._ops.access(), self.add_button, self.remove_button)

    def _button(
        self, name: str, text: str, slot: Callable[[], None], row: QVBoxLayout
    ) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda: slot())
        row.addWidget(button)
        return button

    def selected(self) -> AttachmentRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.attachment_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected()
        for button in (self.open_button, self.save_button, self.remove_button):
            button.setEnabled(chosen is not None)
        self.preview_button.setEnabled(chosen is not None and chosen.media_type in PREVIEWED)

    # ------------------------------------------------------------------ reading

    def show_record(self, kind: RecordKind, record_id: int | None) -> None:
        """Show the files of a record (None: a record not saved yet has none)."""
        self._kind, self._record_id = kind, record_id
        self.setEnabled(record_id is not None)
        if record_id is None:
            self.model.set_attachments([])
            self._update_buttons()
            return
        self.reload()

    def reload(self) -> None:
        kind, record_id = self._kind, self._record_id
        if kind is None or record_id is None:
            return
        self._ops.query(
            lambda engine: list_attachments(engine, kind, record_id),
            success=partial(self._arrived, kind, record_id),
            failure=lambda _exc: None,
            owner=self,
        )

    def _arrived(self, kind: RecordKind, record_id: int, rows: Sequence[AttachmentRow]) -> None:
        if (kind, record_id) != (self._kind, self._record_id):
            return
        chosen = self.selected()
        self.model.set_attachments(rows)
        for index, row in enumerate(rows):
            if chosen is not None and row.id == chosen.id:
                self.view.selectRow(index)
        self._update_buttons()

    def _record_changed(self, kind: str, record_id: int) -> None:
        mine = self._kind is not None and kind == self._kind.value
        if mine and record_id in (0, self._record_id):
            self.reload()

    # ------------------------------------------------------------------ adding

    def add_files(self) -> None:
        """Add…: choose files, then say whether they are an official document."""
        paths = self._prompts.attach_files(self, self._directory)
        if paths:
            self.attach(paths)

    def attach(self, paths: Sequence[str]) -> None:
        """Attach files (chosen or dropped), after the official document's optional details."""
        kind, record_id, user = self._kind, self._record_id, self._user
        if kind is None or record_id is None or not paths:
            return
        files = [Path(p) for p in paths]
        self._directory = str(files[0].parent)
        dialog = OfficialDocumentDialog(names=[f.name for f in files], parent=self)
        if not self._prompts.run_dialog(dialog):
            return
        document = dialog.document()
        for path in files:
            self._attach_one(kind, record_id, path, user, document)

    def _attach_one(
        self, kind: RecordKind, record_id: int, path: Path, user: str, doc: OfficialDocument
    ) -> None:
        def write(engine: Engine) -> Written[AttachmentRow]:
            return Written(
                attach_file(engine, kind, record_id, path, user, doc), ((kind, record_id),)
            )

        self._ops.write(write, failure=partial(self._failed, self.tr("Not attached")), owner=self)

    def _failed(self, title: str, exc: BaseException) -> None:
        self._prompts.error(self, title, user_message(exc) or str(exc))

    @override
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._record_id is not None and _dropped_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    @override
    def dropEvent(self, event: QDropEvent) -> None:
        files = _dropped_files(event)
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.attach(files)

    # ------------------------------------------------------------------ using a file

    def _with_copy(self, then: Callable[[AttachmentRow, Path], None]) -> None:
        """Read the chosen file's bytes into a private copy (off the GUI thread), then `then`."""
        chosen = self.selected()
        if chosen is None:
            return

        def read(engine: Engine) -> tuple[AttachmentRow, Path]:
            row, content = attachment_content(engine, chosen.id)
            return row, private_copy(row.file_name, content)

        self._ops.query(
            read,
            success=lambda result: then(*result),
            failure=partial(self._failed, self.tr("Cannot open the file")),
            owner=self,
        )

    def open_file(self) -> None:
        """Open the chosen file with the system's application for its type."""

        def opened(row: AttachmentRow, path: Path) -> None:
            if not self._prompts.open_file(path):
                self._prompts.error(
                    self,
                    self.tr("Cannot open the file"),
                    self.tr("No application on this computer opens {name}.").format(
                        name=row.file_name
                    ),
                )

        self._with_copy(opened)

    def preview(self) -> None:
        """Show the chosen PDF or image in a window of the app."""
        chosen = self.selected()
        if chosen is None or chosen.media_type not in PREVIEWED:
            return
        self._with_copy(self._show_preview)

    def _show_preview(self, row: AttachmentRow, path: Path) -> None:
        window: QWidget
        if row.media_type == "application/pdf":
            pdf = PdfPreview(path=path, prompts=self._prompts, title=row.file_name, parent=self)
            pdf.load()
            window = pdf
        else:
            window = ImagePreview(path=path, title=row.file_name, parent=self)
        # a closed preview deletes itself (WA_DeleteOnClose)
        self.previews = [w for w in self.previews if shiboken6.isValid(w)] + [window]
        window.show()

    def save_copy(self) -> None:
        """Save a copy of the chosen file where the user says."""
        chosen = self.selected()
        if chosen is None:
            return
        target = self._prompts.save_attachment_file(
            self, str(Path(self._directory) / chosen.file_name)
        )
        if not target:
            return
        self._directory = str(Path(target).parent)

        def save(engine: Engine) -> Path:
            _row, content = attachment_content(engine, chosen.id)
            try:
                Path(target).write_bytes(content)
            except OSError as exc:
                raise UserError(CANNOT_WRITE, path=target, reason=exc.strerror or str(exc)) from exc
            return Path(target)

        self._ops.query(
            save,
            success=lambda path: self.message.emit(
                self.tr("Saved a copy: {path}").format(path=path)
            ),
            failure=partial(self._failed, self.tr("Copy not saved")),
            owner=self,
        )

    def remove(self) -> None:
        """Take the chosen file off the record, after asking."""
        chosen = self.selected()
        if chosen is None or self._kind is None or self._record_id is None:
            return
        if not self._prompts.confirm(
            self,
            self.tr("Remove the attachment?"),
            self.tr("Remove “{name}” from this record? It cannot be undone.").format(
                name=chosen.file_name
            ),
            ok_text=self.tr("Remove"),
        ):
            return
        kind, record_id = self._kind, self._record_id

        def write(engine: Engine) -> Written[AttachmentRow]:
            return Written(remove_attachment(engine, chosen.id), ((kind, record_id),))

        self._ops.write(write, failure=partial(self._failed, self.tr("Not removed")), owner=self)

    def _double_clicked(self, index: QModelIndex) -> None:
        row = self.model.attachment_at(index.row())
        self.view.selectRow(index.row())
        if row.media_type in PREVIEWED:
            self.preview()
        else:
            self.open_file()
