"""Edit ▸ Trash…: the deleted records (kind, name, when, by whom, links that come back), a
Restore button that puts the selected one back under its old id with what referred to it, and
Empty trash… that forgets them all for good (asks first). Reads and writes run as operations;
a restore is announced on the change hub as (kind, id), so the lists show the record again."""

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.record_kind import RecordKind
from briefing_app.services.record_kinds import trash
from briefing_app.services.record_kinds.spec import RecordData, TrashEntry
from briefing_app.ui.errors import user_message
from briefing_app.ui.models.trash_table_model import TrashTableModel
from briefing_app.ui.operations import Engine, Operations, Written
from briefing_app.ui.prompts import Prompts
from briefing_app.ui.write_access import gate_writes


class TrashDialog(QDialog):
    """`restored(kind, id)` after a record came back (the window opens it)."""

    restored = Signal(str, int)

    def __init__(
        self, *, ops: Operations, prompts: Prompts, user: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trashDialog")
        self.setWindowTitle(self.tr("Trash"))
        self._ops = ops
        self._prompts = prompts
        self._user = user
        self._pending = 0
        self.model = TrashTableModel(self)
        self.view = QTableView()
        self.view.setObjectName("trashView")
        self.view.setAccessibleName(self.tr("Deleted records"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        fit, stretch = QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch
        for section, mode in enumerate((fit, stretch, fit, fit, fit)):
            header.setSectionResizeMode(section, mode)
        self.view.activated.connect(lambda _index: self.restore_selected())
        self.note = QLabel()
        self.note.setObjectName("trashNote")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setStyleSheet("color: #555555;")
        heading = QLabel(self.tr("&Deleted records:"))
        heading.setBuddy(self.view)

        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setToolTip(
            self.tr("Put the selected record back, with the links to it (Enter)")
        )
        self.empty_button = QPushButton(self.tr("&Empty trash…"))
        self.empty_button.setObjectName("emptyTrashButton")
        self.empty_button.setToolTip(self.tr("Forget every deleted record for good (asks first)"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("closeButton")
        for button in (self.restore_button, self.empty_button, self.close_button):
            button.setAutoDefault(False)
        self.restore_button.clicked.connect(lambda _checked=False: self.restore_selected())
        self.empty_button.clicked.connect(lambda _checked=False: self.empty())
        self.close_button.clicked.connect(lambda _checked=False: self.accept())
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.empty_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_state())
        self.resize(760, 420)
        self._update_state()
        gate_writes(ops.access(), self.restore_button, self.empty_button)
        self.reload()

    @property
    def busy(self) -> bool:
        """A read or write of the dialog is running."""
        return self._pending > 0

    def _update_state(self) -> None:
        has_entries = self.model.rowCount() > 0
        self.restore_button.setEnabled(self.view.currentIndex().isValid() and not self.busy)
        self.empty_button.setEnabled(has_entries and not self.busy)

    def reload(self) -> None:
        self._pending += 1

        def done(entries: Sequence[TrashEntry]) -> None:
            self._pending -= 1
            self.model.set_entries(entries)
            if entries:
                self.view.selectRow(0)
                self.note.setText(
                    self.tr("{count} record(s) in the trash.").format(count=len(entries))
                )
            else:
                self.note.setText(self.tr("The trash is empty."))
            self._update_state()

        self._ops.query(trash.list_trash, success=done, failure=self._failed, owner=self)

    def _failed(self, exc: BaseException) -> None:
        self._pending -= 1
        self._update_state()
        self._prompts.error(self, self.tr("Trash"), user_message(exc) or str(exc))

    def selected(self) -> TrashEntry | None:
        index = self.view.currentIndex()
        return self.model.entry_at(index.row()) if index.isValid() else None

    def select(self, kind: RecordKind, record_id: int) -> bool:
        """Make the entry of (kind, id) current."""
        for row, entry in enumerate(self.model.entries()):
            if (entry.kind, entry.record_id) == (kind, record_id):
                self.view.selectRow(row)
                return True
        return False

    def restore_selected(self) -> None:
        entry = self.selected()
        if entry is None or self.busy or not self.restore_button.isEnabled():
            return  # Enter on a row: not for a reader either (ui/write_access.py)
        kind, record_id, user = entry.kind, entry.record_id, self._user

        def work(engine: Engine) -> Written[RecordData]:
            record = trash.restore_record(engine, kind, record_id, changed_by=user)
            return Written(record, ((kind, record_id),))

        def done(record: RecordData) -> None:
            self._pending -= 1
            self.note.setText(self.tr("Restored “{name}”.").format(name=record.label))
            self.restored.emit(kind.value, record_id)
            self.reload()

        self._pending += 1
        self._update_state()
        self._ops.write(work, success=done, failure=self._failed, owner=self)

    def empty(self) -> None:
        """Forget everything in the trash, after asking."""
        count = self.model.rowCount()
        if not count or self.busy:
            return
        if not self._prompts.confirm(
            self,
            self.tr("Empty the trash?"),
            self.tr("Forget the {count} deleted record(s) for good?").format(count=count),
            ok_text=self.tr("Empty trash"),
            informative=self.tr("They cannot be restored afterwards."),
        ):
            return

        def work(engine: Engine) -> Written[int]:
            return Written(trash.empty_trash(engine))

        def done(_count: int) -> None:
            self._pending -= 1
            self.reload()

        self._pending += 1
        self._update_state()
        self._ops.write(work, success=done, failure=self._failed, owner=self)
