"""View and edit one follow-up action, or create a new one, without ever losing an edit.

- Inline messages beside each refused field (the service's ValidationError.errors).
- Save (Ctrl+S) and Cancel (Esc, asks before throwing typed text away).
- `maybe_leave()` guards closing, navigating away and quitting: save, discard or stay.
- A save that loses an optimistic-lock race opens the conflict dialog (both versions side by
  side): keep mine (save over the stored version), take theirs, or merge by hand (the latest
  version loaded, the user's changed fields on top and marked, nothing saved).
- History and Sources tabs; create, duplicate, delete (asks; undoable through the operations).

Every read runs as a QueryOp and every write through ActionOperations (CollectionOps), off the
GUI thread: `load`, `save`, `duplicate` and `delete` start the work and return; the result
arrives later on the GUI thread (`busy` is True meanwhile). Whatever must follow a save or a
load (moving on to another action, closing) is handed over as `then`.
"""

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.enums import ActionStatus, Classification, Priority
from briefing_app.domain.errors import (
    FieldError,
    NotFoundError,
    StaleVersionError,
    ValidationError,
)
from briefing_app.domain.status_rules import allowed_next
from briefing_app.services import queries
from briefing_app.services.action_lifecycle import NewAction, text_problems
from briefing_app.services.catalogue import AreaRow, PartyChoice
from briefing_app.services.dto import ActionDetail, MeetingRow
from briefing_app.services.record_kinds.form_model import three_way
from briefing_app.ui import labels
from briefing_app.ui.action_operations import ActionOperations
from briefing_app.ui.conflict_dialog import ConflictField
from briefing_app.ui.details.html_parts import esc, section, sources_html
from briefing_app.ui.details.record_browser import RecordBrowser
from briefing_app.ui.errors import field_message, field_reason, user_message
from briefing_app.ui.models.history_table_model import HistoryTableModel
from briefing_app.ui.operations import Operations
from briefing_app.ui.prompts import Prompts
from briefing_app.ui.widgets.area_picker import AreaIdRole, AreaPicker
from briefing_app.ui.widgets.due_date_edit import DueDateEdit
from briefing_app.ui.widgets.party_picker import PartyPicker

#: The form's fields, in the order they are compared and shown.
FIELDS = (
    "title",
    "status",
    "priority",
    "classification",
    "due",
    "owner",
    "counterpart",
    "area_ids",
    "description",
    "notes",
)
#: Field names in service messages (ValidationError.by_field keys) -> form fields.
ERROR_FIELDS = {
    "title": "title",
    "description": "description",
    "notes": "notes",
    "note": "notes",
    "status": "status",
    "priority": "priority",
    "classification": "classification",
    "due date": "due",
    "due": "due",
    "owner": "owner",
    "counterpart": "counterpart",
    "cooperation areas": "area_ids",
    "meeting": "meeting",
}
#: Field names in the history (ChangeRow.field) -> form fields.
HISTORY_FIELDS = {"cooperation_areas": "area_ids"}
ERROR_STYLE = "color: #a61b1b;"
NOTICE_STYLE = "color: #7a4d00;"
BANNER_STYLE = (
    "QLabel { background: #fff4ce; border: 1px solid #e0c36c; border-radius: 3px; padding: 6px; }"
)
TITLE_LIMIT = 300


def _text(value: str | None) -> str:
    return (value or "").replace("\r\n", "\n").strip()


class ActionEditor(QWidget):
    saved = Signal(int)
    dirty_changed = Signal(bool)
    current_changed = Signal(int)  # the action shown; 0 for none or a new one
    record_requested = Signal(str, int)
    message = Signal(str)  # a short status-bar message

    def __init__(
        self,
        *,
        ops: Operations,
        operations: ActionOperations,
        prompts: Prompts,
        areas: Sequence[AreaRow],
        parties: Sequence[PartyChoice],
        meetings: Sequence[MeetingRow],
        today: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("actionEditor")
        self.setAccessibleName(self.tr("Follow-up action editor"))
        self._queries = ops
        self._ops = operations
        self._reads = 0
        self._after_save: Callable[[], object] | None = None
        self._prompts = prompts
        self._today = today
        self._detail: ActionDetail | None = None
        self._new = False
        self._base: dict[str, Any] = {}
        self._loading = False
        self._dirty = False
        self._errors: dict[str, QLabel] = {}
        self._field_widgets: dict[str, QWidget] = {}
        self._build(areas, parties, meetings)
        self.clear()

    # ------------------------------------------------------------------ building the widget

    def _build(
        self,
        areas: Sequence[AreaRow],
        parties: Sequence[PartyChoice],
        meetings: Sequence[MeetingRow],
    ) -> None:
        self.stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        self.empty_label = QLabel(
            self.tr(
                "Select a follow-up action to see and edit it,\n"
                "or press Ctrl+N to create a new one."
            )
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #666666;")
        self.stack.addWidget(self.empty_label)

        page = QWidget()
        self.stack.addWidget(page)
        column = QVBoxLayout(page)
        column.setContentsMargins(6, 4, 6, 4)

        self.heading = QLabel()
        self.heading.setObjectName("actionHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        heading_font = QFont(self.heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.25)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.meta = QLabel()
        self.meta.setObjectName("actionMeta")
        self.meta.setWordWrap(True)
        self.meta.setTextFormat(Qt.TextFormat.PlainText)
        self.meta.setStyleSheet("color: #555555;")
        self.dirty_label = QLabel(self.tr("● Unsaved changes"))
        self.dirty_label.setObjectName("dirtyLabel")
        self.dirty_label.setStyleSheet("color: #a65e00; font-weight: bold;")
        self.dirty_label.setVisible(False)
        meta_row = QHBoxLayout()
        meta_row.addWidget(self.meta, 1)
        meta_row.addWidget(
            self.dirty_label, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
        )
        self.banner = QLabel()
        self.banner.setObjectName("editorBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setVisible(False)
        column.addWidget(self.heading)
        column.addLayout(meta_row)
        column.addWidget(self.banner)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("editorTabs")
        self.tabs.setDocumentMode(True)
        column.addWidget(self.tabs, 1)
        self.tabs.addTab(self._build_form(areas, parties, meetings), self.tr("Details"))

        self.history_model = HistoryTableModel(self)
        self.history_view = QTableView()
        self.history_view.setObjectName("historyView")
        self.history_view.setAccessibleName(self.tr("History of this action"))
        self.history_view.setModel(self.history_model)
        self.history_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_view.setAlternatingRowColors(True)
        self.history_view.verticalHeader().setVisible(False)
        history_header = self.history_view.horizontalHeader()
        history_header.setStretchLastSection(False)
        fit = QHeaderView.ResizeMode.ResizeToContents
        for section_index, mode in enumerate(
            (fit, fit, fit, QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.Stretch, fit)
        ):
            history_header.setSectionResizeMode(section_index, mode)
        self.history_view.setWordWrap(False)
        self.tabs.addTab(self.history_view, self.tr("History"))

        self.sources = RecordBrowser(prompts=self._prompts)
        self.sources.setObjectName("actionSources")
        self.sources.setAccessibleName(self.tr("Sources of this action"))
        self.sources.record_requested.connect(self.record_requested)
        self.tabs.addTab(self.sources, self.tr("Sources"))

        buttons = QHBoxLayout()
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setObjectName("deleteButton")
        self.delete_button.setToolTip(self.tr("Delete this action (can be undone)"))
        self.delete_button.clicked.connect(self.delete)
        self.duplicate_button = QPushButton(self.tr("Duplicate"))
        self.duplicate_button.setObjectName("duplicateButton")
        self.duplicate_button.setToolTip(self.tr("Create a copy of this action"))
        self.duplicate_button.clicked.connect(self.duplicate)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setToolTip(self.tr("Throw away unsaved changes (Esc)"))
        self.cancel_button.clicked.connect(self.cancel)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setToolTip(self.tr("Save changes (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.duplicate_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        column.addLayout(buttons)

        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.cancel)

        QWidget.setTabOrder(self.meeting_box, self.title_edit)
        QWidget.setTabOrder(self.title_edit, self.status_box)
        QWidget.setTabOrder(self.status_box, self.priority_box)
        QWidget.setTabOrder(self.priority_box, self.classification_box)
        QWidget.setTabOrder(self.classification_box, self.due_edit.text_field)
        QWidget.setTabOrder(self.due_edit.text_field, self.due_edit.precision_box)
        QWidget.setTabOrder(self.due_edit.precision_box, self.due_edit.calendar_button)
        QWidget.setTabOrder(self.due_edit.calendar_button, self.owner_picker)
        QWidget.setTabOrder(self.owner_picker, self.counterpart_picker)
        QWidget.setTabOrder(self.counterpart_picker, self.area_picker)
        QWidget.setTabOrder(self.area_picker, self.description_edit)
        QWidget.setTabOrder(self.description_edit, self.notes_edit)
        QWidget.setTabOrder(self.notes_edit, self.save_button)
        QWidget.setTabOrder(self.save_button, self.cancel_button)

    def _error_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"error_{name}")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setStyleSheet(ERROR_STYLE)
        label.setVisible(False)
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._errors[name] = label
        return label

    def _row(
        self,
        grid: QGridLayout,
        row: int,
        caption: str,
        name: str,
        widget: QWidget,
        focus: QWidget | None = None,
    ) -> int:
        label = QLabel(caption)
        label.setBuddy(focus or widget)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        label.setContentsMargins(0, 4, 0, 0)
        grid.addWidget(label, row, 0)
        holder = QVBoxLayout()
        holder.setSpacing(2)
        holder.addWidget(widget)
        holder.addWidget(self._error_label(name))
        grid.addLayout(holder, row, 1)
        self._field_widgets[name] = focus or widget
        return row + 1

    def _build_form(
        self,
        areas: Sequence[AreaRow],
        parties: Sequence[PartyChoice],
        meetings: Sequence[MeetingRow],
    ) -> QWidget:
        form = QWidget()
        grid = QGridLayout(form)
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(6)

        self.meeting_box = QComboBox()
        self.meeting_box.setObjectName("meetingBox")
        self.meeting_box.setAccessibleName(self.tr("Meeting"))
        self.meeting_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.meeting_box.setMinimumContentsLength(12)
        for meeting in meetings:
            when = labels.format_date(meeting.starts_at)
            text = f"{meeting.title} ({when})" if when else meeting.title
            self.meeting_box.addItem(text, meeting.id)
            self.meeting_box.setItemData(
                self.meeting_box.count() - 1, text, Qt.ItemDataRole.ToolTipRole
            )
        self.open_meeting_button = QToolButton()
        self.open_meeting_button.setText(self.tr("Open meeting"))
        self.open_meeting_button.setAccessibleName(self.tr("Open the meeting of this action"))
        self.open_meeting_button.clicked.connect(self._open_meeting)
        meeting_row = QWidget()
        meeting_layout = QHBoxLayout(meeting_row)
        meeting_layout.setContentsMargins(0, 0, 0, 0)
        meeting_layout.addWidget(self.meeting_box, 1)
        meeting_layout.addWidget(self.open_meeting_button)

        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.setMaxLength(TITLE_LIMIT + 50)  # longer text gets the service's message

        self.status_box = QComboBox()
        self.status_box.setObjectName("statusBox")
        self.status_box.setAccessibleName(self.tr("Status"))
        for status in ActionStatus:
            self.status_box.addItem(labels.label(status), status.value)
        self.priority_box = QComboBox()
        self.priority_box.setObjectName("priorityBox")
        self.priority_box.setAccessibleName(self.tr("Priority"))
        for priority in Priority:
            self.priority_box.addItem(labels.label(priority), priority.value)
        self.classification_box = QComboBox()
        self.classification_box.setObjectName("classificationBox")
        self.classification_box.setAccessibleName(self.tr("Classification"))
        for level in Classification:
            self.classification_box.addItem(labels.label(level), level.value)
        status_row = QWidget()
        status_layout = QHBoxLayout(status_row)
        status_layout.setContentsMargins(0, 0, 0, 0)
        status_layout.addWidget(self.status_box, 1)
        priority_label = QLabel(self.tr("&Priority:"))
        priority_label.setBuddy(self.priority_box)
        status_layout.addWidget(priority_label)
        status_layout.addWidget(self.priority_box, 1)

        self.due_edit = DueDateEdit(today=self._today())
        self.due_edit.setObjectName("dueEdit")

        self.owner_picker = PartyPicker(
            choices=parties,
            none_text=self.tr("No owner (type a name or choose)"),
            accessible_name=self.tr("Owner"),
        )
        self.owner_picker.setObjectName("ownerPicker")
        self.counterpart_picker = PartyPicker(
            choices=parties,
            none_text=self.tr("No counterpart (type a name or choose)"),
            accessible_name=self.tr("Counterpart"),
        )
        self.counterpart_picker.setObjectName("counterpartPicker")

        self.area_picker = AreaPicker(areas=areas)
        self.area_picker.setObjectName("areaPicker")
        rows = 6
        self.area_picker.setFixedHeight(self.area_picker.sizeHintForRow(0) * rows + 6)

        self.description_edit = QPlainTextEdit()
        self.description_edit.setObjectName("descriptionEdit")
        self.description_edit.setAccessibleName(self.tr("Description"))
        self.description_edit.setTabChangesFocus(True)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("notesEdit")
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setTabChangesFocus(True)
        line = self.fontMetrics().lineSpacing()
        for edit in (self.description_edit, self.notes_edit):
            edit.setMinimumHeight(line * 4 + 12)
            edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

        self.agreement_label = QLabel()
        self.agreement_label.setWordWrap(True)
        self.agreement_label.setTextFormat(Qt.TextFormat.PlainText)

        row = 0
        row = self._row(grid, row, self.tr("&Meeting:"), "meeting", meeting_row, self.meeting_box)
        row = self._row(grid, row, self.tr("&Title:"), "title", self.title_edit)
        row = self._row(grid, row, self.tr("&Status:"), "status", status_row, self.status_box)
        self._errors["priority"] = self._errors["status"]
        row = self._row(
            grid, row, self.tr("C&lassification:"), "classification", self.classification_box
        )
        row = self._row(
            grid, row, self.tr("D&ue date:"), "due", self.due_edit, self.due_edit.text_field
        )
        row = self._row(grid, row, self.tr("&Owner:"), "owner", self.owner_picker)
        row = self._row(grid, row, self.tr("Co&unterpart:"), "counterpart", self.counterpart_picker)
        row = self._row(grid, row, self.tr("Cooperation &areas:"), "area_ids", self.area_picker)
        row = self._row(grid, row, self.tr("&Description:"), "description", self.description_edit)
        row = self._row(grid, row, self.tr("&Notes:"), "notes", self.notes_edit)
        self.agreement_caption = QLabel(self.tr("Agreement:"))
        self.agreement_caption.setAlignment(Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.agreement_caption, row, 0)
        grid.addWidget(self.agreement_label, row, 1)
        grid.setRowStretch(row + 1, 1)

        for signal in (
            self.title_edit.textChanged,
            self.status_box.currentIndexChanged,
            self.priority_box.currentIndexChanged,
            self.classification_box.currentIndexChanged,
            self.due_edit.changed,
            self.owner_picker.changed,
            self.counterpart_picker.changed,
            self.area_picker.changed,
            self.description_edit.textChanged,
            self.notes_edit.textChanged,
            self.meeting_box.currentIndexChanged,
        ):
            signal.connect(self._edited)

        scroll = QScrollArea()
        self.form_scroll = scroll
        scroll.setObjectName("editorForm")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(form)
        return scroll

    # ------------------------------------------------------------------ state

    @property
    def action_id(self) -> int | None:
        return self._detail.action.id if self._detail is not None and not self._new else None

    @property
    def detail(self) -> ActionDetail | None:
        return self._detail

    @property
    def is_new(self) -> bool:
        return self._new

    def is_dirty(self) -> bool:
        return self._dirty

    @property
    def busy(self) -> bool:
        """True while a read or write of this editor runs."""
        return self._reads > 0 or self._ops.writing

    def _read(
        self,
        action_id: int,
        success: Callable[[ActionDetail], None],
        failure: Callable[[BaseException], None],
    ) -> None:
        """Read one action as a QueryOp; `success` or `failure` later, on the GUI thread."""
        today = self._today()
        self._reads += 1

        def done(detail: ActionDetail) -> None:
            self._reads -= 1
            success(detail)

        def failed(exc: BaseException) -> None:
            self._reads -= 1
            failure(exc)

        self._queries.query(
            lambda engine: queries.get_action(engine, action_id, today),
            success=done,
            failure=failed,
            owner=self,
        )

    def _read_failed(self, title: str) -> Callable[[BaseException], None]:
        return lambda exc: self._prompts.error(self, title, user_message(exc) or str(exc))

    def what(self) -> str:
        """How to name what is being edited in a question."""
        if self._new:
            return _text(self.title_edit.text()) or self.tr("the new follow-up action")
        return self._detail.action.title if self._detail else ""

    def _form(self) -> dict[str, Any]:
        """The comparable value of every field as the form shows it."""
        values: dict[str, Any] = {
            "title": _text(self.title_edit.text()),
            "status": ActionStatus(self.status_box.currentData()),
            "priority": Priority(self.priority_box.currentData()),
            "classification": Classification(self.classification_box.currentData()),
            "due": self.due_edit.text(),
            "owner": self.owner_picker.text(),
            "counterpart": self.counterpart_picker.text(),
            "area_ids": self.area_picker.area_ids(),
            "description": _text(self.description_edit.toPlainText()),
            "notes": _text(self.notes_edit.toPlainText()),
        }
        if self._new:
            values["meeting"] = self.meeting_box.currentData()
        return values

    def _set_field(self, name: str, value: Any) -> None:
        if name == "title":
            self.title_edit.setText(value)
        elif name in ("status", "priority", "classification"):
            box = {
                "status": self.status_box,
                "priority": self.priority_box,
                "classification": self.classification_box,
            }[name]
            box.setCurrentIndex(box.findData(str(value)))
        elif name == "due":
            self.due_edit.set_text(value)
        elif name in ("owner", "counterpart"):
            picker = self.owner_picker if name == "owner" else self.counterpart_picker
            row = picker.findText(value, Qt.MatchFlag.MatchFixedString) if value else 0
            if row >= 0:
                picker.setCurrentIndex(row)
            picker.setEditText(value)
        elif name == "area_ids":
            self.area_picker.set_area_ids(value)
        elif name == "description":
            self.description_edit.setPlainText(value)
        elif name == "notes":
            self.notes_edit.setPlainText(value)
        elif name == "meeting":
            self.meeting_box.setCurrentIndex(max(0, self.meeting_box.findData(value)))

    def _display(self, name: str, value: Any) -> str:
        if name in ("status", "priority", "classification"):
            return labels.label(value)
        if name == "area_ids":
            names = [
                self.area_picker.item(i).text()
                for i in range(self.area_picker.count())
                if int(self.area_picker.item(i).data(AreaIdRole)) in value
            ]
            return ", ".join(names) or self.tr("(none)")
        return str(value) if value else self.tr("(empty)")

    def _edited(self) -> None:
        if self._loading:
            return
        self._update_dirty()

    def _update_dirty(self) -> None:
        dirty = (self._new and self._form() != self._base) or (
            not self._new and self._detail is not None and self._form() != self._base
        )
        self.dirty_label.setVisible(dirty)
        self.save_button.setEnabled(dirty and not self._ops.writing)
        self.cancel_button.setEnabled(dirty or self._new)
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    # ------------------------------------------------------------------ showing records

    def clear(self) -> None:
        """Show nothing (no guard: callers guard first)."""
        self._detail = None
        self._new = False
        self._base = {}
        self._clear_messages()
        self.stack.setCurrentWidget(self.empty_label)
        self._update_dirty()
        self.current_changed.emit(0)

    def load(self, action_id: int, then: Callable[[], object] | None = None) -> None:
        """Show `action_id` as stored now, once read (no guard: callers guard first); `then`
        runs after it is shown."""

        def arrived(detail: ActionDetail) -> None:
            self._show_detail(detail)
            if then is not None:
                then()

        self._read(action_id, arrived, self._read_failed(self.tr("Cannot open the action")))

    def open_action(self, action_id: int, then: Callable[[], object] | None = None) -> bool:
        """Show another action, asking first about unsaved changes. False when the user
        stays (or chose to save first: the action opens once the save is stored); `then` runs
        once the action is shown."""
        if self.action_id == action_id and not self._new:
            if then is not None:
                then()
            return True
        if not self.maybe_leave(then=lambda: self.open_action(action_id, then)):
            return False
        self.load(action_id, then)
        return True

    def reload_if_clean(self, action_id: int) -> None:
        """After a change made elsewhere (undo, quick status change), show the stored state."""
        if self.action_id != action_id or self._dirty:
            return

        def arrived(detail: ActionDetail) -> None:
            if self.action_id == action_id and not self._dirty and not self._ops.writing:
                self._show_detail(detail)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, NotFoundError):
                if self.action_id == action_id and not self._dirty:
                    self.clear()
                return
            self._read_failed(self.tr("Cannot open the action"))(exc)

        self._read(action_id, arrived, failed)

    def _show_detail(self, detail: ActionDetail) -> None:
        self._loading = True
        try:
            self._detail = detail
            self._new = False
            row = detail.action
            self._set_field("meeting", row.meeting_id)
            self.meeting_box.setEnabled(False)
            self.open_meeting_button.setVisible(True)
            self.title_edit.setText(row.title)
            self.title_edit.setCursorPosition(0)
            self._apply_status_rules(row.status)
            self._set_field("status", row.status)
            self._set_field("priority", row.priority)
            self._set_field("classification", row.classification)
            self.due_edit.set_text(row.due_label)
            self.owner_picker.set_ref(detail.owner_ref)
            self.counterpart_picker.set_ref(detail.counterpart_ref)
            self.area_picker.set_area_ids(self.area_picker.ids_for_names(detail.cooperation_areas))
            self.description_edit.setPlainText(detail.description or "")
            self.notes_edit.setPlainText(detail.notes or "")
            self.agreement_label.setText(detail.agreement or "")
            self.agreement_label.setVisible(bool(detail.agreement))
            self.agreement_caption.setVisible(bool(detail.agreement))
            self.history_model.set_changes(detail.history)
            self.tabs.setTabText(1, self.tr("History ({count})").format(count=len(detail.history)))
            self.tabs.setTabEnabled(1, True)
            self.sources.show_html(
                section(self.tr("Sources"), sources_html(detail.sources))
                or "<p>{}</p>".format(esc(self.tr("No sources are linked to this action.")))
            )
            self.tabs.setTabText(
                2,
                self.tr("Sources ({count})").format(count=len({s.id for s in detail.sources})),
            )
            self.tabs.setTabEnabled(2, True)
            self._update_heading()
        finally:
            self._loading = False
        self._base = self._form()
        self._clear_messages()
        self.delete_button.setEnabled(True)
        self.duplicate_button.setEnabled(True)
        self.stack.setCurrentIndex(1)
        self._update_dirty()
        self.current_changed.emit(detail.action.id)

    def _update_heading(self) -> None:
        if self._new:
            self.heading.setText(self.tr("New follow-up action"))
            self.meta.setText(self.tr("Not saved yet. Choose its meeting and give it a title."))
            return
        assert self._detail is not None
        row = self._detail.action
        overdue = self.tr(" · OVERDUE") if row.overdue else ""
        self.heading.setText(row.title)
        self.meta.setText(
            self.tr("#{id} · {meeting} · version {version} · saved {when}{overdue}").format(
                id=row.id,
                meeting=row.meeting_title,
                version=row.version,
                when=labels.format_datetime_utc(self._detail.updated_at),
                overdue=overdue,
            )
        )

    def _apply_status_rules(self, stored: ActionStatus | None) -> None:
        """Statuses the stored one cannot move to directly are shown but not selectable."""
        model = self.status_box.model()
        assert isinstance(model, QStandardItemModel)
        allowed = set(allowed_next(stored)) if stored is not None else set(ActionStatus)
        for row, status in enumerate(ActionStatus):
            item = model.item(row)
            item.setEnabled(status in allowed)
            item.setToolTip(
                ""
                if status in allowed
                else self.tr(
                    "An action is agreed or in progress before it is done; "
                    "a cancelled action is revived first."
                )
            )

    def start_new(self, meeting_id: int | None = None) -> bool:
        """Begin a new action (asking first about unsaved changes)."""
        if not self.maybe_leave():
            return False
        if self.meeting_box.count() == 0:
            self._prompts.error(
                self,
                self.tr("No meeting yet"),
                self.tr("A follow-up action belongs to a meeting, and this database has none."),
            )
            return False
        self._loading = True
        try:
            self._detail = None
            self._new = True
            self.meeting_box.setEnabled(True)
            self.open_meeting_button.setVisible(False)
            self._set_field("meeting", meeting_id if meeting_id is not None else -1)
            self.title_edit.clear()
            self._apply_status_rules(None)
            self._set_field("status", ActionStatus.PROPOSED)
            self._set_field("priority", Priority.NORMAL)
            self._set_field("classification", Classification.PUBLIC)
            self.due_edit.set_text("")
            self.owner_picker.set_ref(None)
            self.counterpart_picker.set_ref(None)
            self.area_picker.set_area_ids(())
            self.description_edit.clear()
            self.notes_edit.clear()
            self.agreement_label.setVisible(False)
            self.agreement_caption.setVisible(False)
            self.history_model.set_changes([])
            self.tabs.setTabText(1, self.tr("History"))
            self.tabs.setTabEnabled(1, False)
            self.tabs.setTabText(2, self.tr("Sources"))
            self.tabs.setTabEnabled(2, False)
            self.tabs.setCurrentIndex(0)
            self._update_heading()
        finally:
            self._loading = False
        self._base = self._form()
        self._clear_messages()
        self.delete_button.setEnabled(False)
        self.duplicate_button.setEnabled(False)
        self.stack.setCurrentIndex(1)
        self._update_dirty()
        self.current_changed.emit(0)
        self.title_edit.setFocus()
        return True

    # ------------------------------------------------------------------ messages

    def _clear_messages(self) -> None:
        for label in set(self._errors.values()):
            label.clear()
            label.setVisible(False)
            label.setStyleSheet(ERROR_STYLE)
        for widget in self._field_widgets.values():
            widget.setAccessibleDescription("")
        self.banner.clear()
        self.banner.setVisible(False)

    def _show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(True)

    def _field_caption(self, name: str) -> str:
        return {
            "title": self.tr("Title"),
            "description": self.tr("Description"),
            "notes": self.tr("Notes"),
            "status": self.tr("Status"),
            "priority": self.tr("Priority"),
            "classification": self.tr("Classification"),
            "due": self.tr("Due date"),
            "owner": self.tr("Owner"),
            "counterpart": self.tr("Counterpart"),
            "area_ids": self.tr("Cooperation areas"),
            "meeting": self.tr("Meeting"),
        }.get(name, name)

    def show_errors(self, errors: dict[str, FieldError]) -> None:
        """Put each refusal beside its field; anything unplaceable goes to the banner."""
        self._clear_messages()
        general = []
        first: QWidget | None = None
        for key, error in errors.items():
            name = ERROR_FIELDS.get(key)
            label = self._errors.get(name) if name else None
            if label is None or name is None:
                general.append(field_message(error))
                continue
            text = self.tr("⚠ {field} {reason}").format(
                field=self._field_caption(name), reason=field_reason(error)
            )
            label.setText(f"{label.text()}\n{text}" if label.text() else text)
            label.setVisible(True)
            widget = self._field_widgets.get(name)
            if widget is not None:
                widget.setAccessibleDescription(text)
                first = first or widget
        count = len(errors)
        summary = self.tr("Not saved: {count} field(s) need attention.").format(count=count)
        self._show_banner("\n".join([summary, *general]))
        self.tabs.setCurrentIndex(0)
        if first is not None:
            first.setFocus()
            self.form_scroll.ensureWidgetVisible(first)
        self.message.emit(summary)

    # ------------------------------------------------------------------ saving

    def _changed_fields(self) -> dict[str, Any]:
        current = self._form()
        return {k: v for k, v in current.items() if self._base.get(k) != v}

    def _collect(self, names: Sequence[str]) -> tuple[dict[str, Any], dict[str, FieldError]]:
        """Service values for the named fields, and refusals found before asking the service."""
        values: dict[str, Any] = {}
        errors: dict[str, FieldError] = {}
        form = self._form()
        for name in names:
            try:
                if name == "due":
                    values["due"] = self.due_edit.value()
                elif name == "owner":  # a typed name is resolved with the save, off the GUI thread
                    values["owner"] = self.owner_picker.choice()
                elif name == "counterpart":
                    values["counterpart"] = self.counterpart_picker.choice()
                elif name in ("description", "notes"):
                    values[name] = form[name] or None
                elif name in FIELDS:
                    values[name] = form[name]
            except FieldError as exc:
                errors[exc.field] = exc
        if errors:
            # Show the text rules' refusals in the same round as the form's own.
            texts = {n: values[n] for n in ("title", "description", "notes") if n in values}
            errors = {**text_problems(**texts), **errors}
        return values, errors

    def save(self, then: Callable[[], object] | None = None) -> bool:
        """Start saving the form (Ctrl+S). False when it was refused before anything was sent
        (the reasons are shown beside the fields) or a write still runs; True when a save
        started or nothing needed saving. The result arrives later: `saved` and `then()` once
        stored, else inline errors, the conflict dialog or a message."""
        if self._ops.writing:
            return False
        if self._new:
            return self._save_new(then)
        if self._detail is None:
            if then is not None:
                then()
            return True
        changed = self._changed_fields()
        if not changed:
            self._update_dirty()
            if then is not None:
                then()
            return True
        values, errors = self._collect(list(changed))
        if errors:
            self.show_errors(errors)
            return False
        before = self._detail
        typed = self._form()
        self._after_save = then
        self._ops.save(
            before,
            values,
            area_ids_before=self._base["area_ids"],
            success=lambda after: self._stored(
                after, typed, self.tr("Saved “{title}”.").format(title=after.action.title)
            ),
            failure=lambda exc: self._save_failed(exc, before),
        )
        self._update_dirty()
        return True

    def _stored(self, after: ActionDetail, typed: dict[str, Any], message: str) -> None:
        """A save is stored: show it, keeping on top (unsaved) what was typed meanwhile."""
        later = {k: v for k, v in self._form().items() if typed.get(k) != v}
        self._show_detail(after)
        if later:
            self._loading = True
            try:
                for name, value in later.items():
                    self._set_field(name, value)
            finally:
                self._loading = False
            self._update_dirty()
        self.message.emit(message)
        self.saved.emit(after.action.id)
        then, self._after_save = self._after_save, None
        if then is not None:
            then()

    def _save_failed(self, exc: BaseException, before: ActionDetail) -> None:
        self._update_dirty()
        if isinstance(exc, StaleVersionError):
            self._read(
                before.action.id,
                lambda latest: self._conflict(before, latest),
                self._read_failed(self.tr("Cannot reload")),
            )
            return
        self._after_save = None
        if isinstance(exc, ValidationError):
            self.show_errors({e.field: e for e in exc.errors})
        elif isinstance(exc, NotFoundError):
            self._prompts.error(
                self,
                self.tr("The action no longer exists"),
                self.tr(
                    "“{title}” was deleted by someone else. Your text is still in the form: "
                    "copy what you need, or use Duplicate on another action."
                ).format(title=before.action.title),
            )
        else:
            self._prompts.error(self, self.tr("Not saved"), user_message(exc) or str(exc))

    def _save_new(self, then: Callable[[], object] | None) -> bool:
        values, errors = self._collect(list(FIELDS))
        meeting_id = self.meeting_box.currentData()
        if errors:
            self.show_errors(errors)
            return False
        new = NewAction(
            meeting_id=int(meeting_id) if meeting_id is not None else 0,
            title=values["title"],
            description=values["description"],
            status=values["status"],
            priority=values["priority"],
            classification=values["classification"],
            due=values["due"],
            notes=values["notes"],
            area_ids=values["area_ids"],
        )
        typed = self._form()
        self._after_save = then

        def failed(exc: BaseException) -> None:
            self._after_save = None
            self._update_dirty()
            if isinstance(exc, ValidationError):
                self.show_errors({e.field: e for e in exc.errors})
            else:
                self._prompts.error(self, self.tr("Not saved"), user_message(exc) or str(exc))

        self._ops.create(
            new,
            parties={"owner": values["owner"], "counterpart": values["counterpart"]},
            success=lambda created: self._stored(
                created, typed, self.tr("Created “{title}”.").format(title=created.action.title)
            ),
            failure=failed,
        )
        self._update_dirty()
        return True

    def _stored_values(self, detail: ActionDetail) -> dict[str, str]:
        """Each field of a stored version as the conflict dialog shows it."""
        row = detail.action
        return {
            "title": row.title,
            "status": labels.label(row.status),
            "priority": labels.label(row.priority),
            "classification": labels.label(row.classification),
            "due": row.due_label or "",
            "owner": detail.owner_ref.name if detail.owner_ref else "",
            "counterpart": detail.counterpart_ref.name if detail.counterpart_ref else "",
            "area_ids": ", ".join(sorted(detail.cooperation_areas)),
            "description": _text(detail.description),
            "notes": _text(detail.notes),
        }

    def _conflict_fields(
        self, before: ActionDetail, latest: ActionDetail, mine: dict[str, Any]
    ) -> list[ConflictField]:
        old, new = self._stored_values(before), self._stored_values(latest)
        known = {change.id for change in before.history}
        saved_by: dict[str, str] = {}
        for change in sorted(latest.history, key=lambda c: (c.changed_at, c.id)):
            if change.id in known:
                continue
            name = HISTORY_FIELDS.get(change.field, change.field)
            saved_by[name] = self.tr("{who}, {when}").format(
                who=change.changed_by, when=labels.format_datetime_utc(change.changed_at)
            )
        theirs = three_way(FIELDS, old, {}, new).theirs  # compared as the dialog shows them
        rows = []
        for name in FIELDS:
            theirs_changed = name in theirs
            if name not in mine and not theirs_changed:
                continue
            stored = new.get(name) or (
                self.tr("(none)") if name == "area_ids" else self.tr("(empty)")
            )
            rows.append(
                ConflictField(
                    name=name,
                    caption=self._field_caption(name),
                    yours=self._display(name, mine[name]) if name in mine else stored,
                    stored=stored,
                    saved_by=saved_by.get(name, "") if theirs_changed else "",
                    changed_by_you=name in mine,
                    changed_by_them=theirs_changed,
                )
            )
        return rows

    def _conflict(self, before: ActionDetail, latest: ActionDetail) -> None:
        """Show both versions and do what the user chooses."""
        if self._detail is None or self._detail.action.id != before.action.id:
            self._after_save = None
            return
        mine = self._changed_fields()
        new_changes = [c for c in latest.history if c.id not in {h.id for h in before.history}]
        last = max(new_changes, key=lambda c: (c.changed_at, c.id), default=None)
        summary = self.tr(
            "You started from version {mine}. Version {theirs} was saved by {who} on {when}. "
            "Nothing of yours is saved yet."
        ).format(
            mine=before.action.version,
            theirs=latest.action.version,
            who=last.changed_by if last else self.tr("someone else"),
            when=labels.format_datetime_utc(last.changed_at if last else latest.updated_at),
        )
        fields = self._conflict_fields(before, latest, mine)
        choice = self._prompts.save_conflict(self, before.action.title, summary, fields)
        if choice == "mine":
            self._save_over(latest, mine)
            return
        then, self._after_save = self._after_save, None
        if choice == "theirs":
            self._show_detail(latest)
            self.message.emit(
                self.tr("Your changes were discarded; showing version {version}.").format(
                    version=latest.action.version
                )
            )
            if then is not None:
                then()
            return
        if choice == "merge":
            self.rebase_on_latest(latest)
            return
        self._show_banner(
            self.tr(
                "Not saved: someone else saved this action meanwhile. Your text is kept; "
                "save again to choose between your version and theirs."
            )
        )

    def _save_over(self, latest: ActionDetail, mine: dict[str, Any]) -> None:
        """Save the user's changed fields over the stored version `latest` (theirs lose)."""
        values, errors = self._collect(list(mine))
        if errors:
            self._after_save = None
            self.rebase_on_latest(latest)
            self.show_errors(errors)
            return
        typed = self._form()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, StaleVersionError):  # yet another save in between: ask again
                self._save_failed(exc, latest)
                return
            self._after_save = None
            self._update_dirty()
            if isinstance(exc, ValidationError):
                self.rebase_on_latest(latest)
                self.show_errors({e.field: e for e in exc.errors})
            else:
                self._prompts.error(self, self.tr("Not saved"), user_message(exc) or str(exc))

        self._ops.save(
            latest,
            values,
            area_ids_before=self.area_picker.ids_for_names(latest.cooperation_areas),
            success=lambda after: self._stored(
                after,
                typed,
                self.tr("Saved “{title}” over the other version.").format(title=after.action.title),
            ),
            failure=failed,
        )
        self._update_dirty()

    def rebase_on_latest(self, latest: ActionDetail | None = None) -> None:
        """Load the latest stored version and put the user's changed fields back on top, each
        marked; fields the other person changed too say what they have. Nothing is saved.
        Without `latest`, it is read first (the rebase happens when it arrives)."""
        if self._detail is None:
            return
        if latest is None:
            action_id = self._detail.action.id
            self._read(
                action_id,
                lambda detail: (
                    self.rebase_on_latest(detail) if self.action_id == action_id else None
                ),
                self._read_failed(self.tr("Cannot reload")),
            )
            return
        mine = self._changed_fields()
        old_base = dict(self._base)
        self._show_detail(latest)
        # the merge rule every editor shares (services/record_kinds/form_model.py)
        both = three_way(FIELDS, old_base, {**old_base, **mine}, self._base).conflicts
        self._loading = True
        try:
            for name, value in mine.items():
                self._set_field(name, value)
        finally:
            self._loading = False
        self._update_dirty()
        first: QLabel | None = None
        for name in mine:
            label = self._errors.get(name)
            if label is None:
                continue
            if name in both:
                text = self.tr(
                    "⚑ Also changed by someone else, to: {theirs}. Your version is shown; "
                    "saving replaces theirs."
                ).format(theirs=self._display(name, self._base[name]))
            else:
                text = self.tr("⚑ Your change, not saved yet (stored: {stored}).").format(
                    stored=self._display(name, self._base[name])
                )
            label.setStyleSheet(NOTICE_STYLE)
            label.setText(f"{label.text()}\n{text}" if label.text() else text)
            label.setVisible(True)
            first = first or label
        if first is not None:
            self.tabs.setCurrentIndex(0)
            self.form_scroll.ensureWidgetVisible(first)
        self._show_banner(
            self.tr(
                "Reloaded version {version}. Your changes are kept in the form and marked, not "
                "saved yet; {count} field(s) were also changed by someone else."
            ).format(version=latest.action.version, count=len(both))
        )

    # ------------------------------------------------------------------ leaving, cancelling

    def maybe_leave(self, then: Callable[[], object] | None = None) -> bool:
        """True when the editor's content may be replaced now: nothing unsaved, or the user
        chose to discard. When the user chooses to save, the save starts and False is
        returned: `then` runs once it is stored (and not at all when it is refused)."""
        if not self._dirty:
            return True
        choice = self._prompts.unsaved_changes(self, self.what())
        if choice == "save":
            self.save(then=then)
            return False
        if choice == "discard":
            self.revert()
            return True
        return False

    def revert(self) -> None:
        """Throw away unsaved changes (no question asked: callers ask)."""
        if self._new:
            self.clear()
        elif self._detail is not None:
            self._show_detail(self._detail)

    def cancel(self) -> None:
        """Esc / Cancel: after confirming, drop unsaved changes."""
        if not self._dirty:
            if self._new:
                self.clear()
            else:
                self._clear_messages()
            return
        if self._prompts.confirm(
            self,
            self.tr("Discard changes?"),
            self.tr("Throw away your unsaved changes to “{what}”?").format(what=self.what()),
            ok_text=self.tr("Discard changes"),
        ):
            self.revert()

    # ------------------------------------------------------------------ duplicate, delete

    def duplicate(self) -> bool:
        """Start duplicating the action shown (after the unsaved-changes guard)."""
        if self._detail is None or self._new or self._ops.writing:
            return False
        if not self.maybe_leave(then=self.duplicate):
            return False
        source = self._detail.action
        title = self.tr("{title} (copy)").format(title=source.title)
        if len(title) > TITLE_LIMIT:
            title = source.title[: TITLE_LIMIT - (len(title) - len(source.title)) - 1] + "…"
            title = self.tr("{title} (copy)").format(title=title)

        def copied(copy: ActionDetail) -> None:
            self._show_detail(copy)
            self.message.emit(self.tr("Created a copy: “{title}”.").format(title=copy.action.title))
            self.saved.emit(copy.action.id)
            self.title_edit.setFocus()
            self.title_edit.selectAll()

        self._ops.duplicate(
            source.id,
            title,
            success=copied,
            failure=lambda exc: self._prompts.error(
                self, self.tr("Not duplicated"), user_message(exc) or str(exc)
            ),
        )
        return True

    def delete(self) -> bool:
        """Ask, then start deleting the action shown (undoable)."""
        if self._detail is None or self._new or self._ops.writing:
            return False
        row = self._detail.action
        informative = self.tr(
            "Its history and source links go with it. Edit ▸ Undo (Ctrl+Z) brings it back."
        )
        if self._dirty:
            informative += " " + self.tr("Your unsaved changes to it are lost.")
        if not self._prompts.confirm(
            self,
            self.tr("Delete follow-up action"),
            self.tr("Delete “{title}”?").format(title=row.title),
            ok_text=self.tr("Delete"),
            informative=informative,
        ):
            return False

        def deleted(_snapshot: object) -> None:
            if self.action_id == row.id:
                self.clear()
            self.message.emit(
                self.tr("Deleted “{title}”. Ctrl+Z brings it back.").format(title=row.title)
            )

        def failed(exc: BaseException) -> None:
            if isinstance(exc, StaleVersionError):
                self._prompts.error(
                    self,
                    self.tr("Not deleted"),
                    self.tr(
                        "Someone else saved “{title}” after you opened it, so it was not "
                        "deleted. Look at the latest version first."
                    ).format(title=row.title),
                )
                if not self._dirty:
                    self.reload_if_clean(row.id)
                return
            self._prompts.error(self, self.tr("Not deleted"), user_message(exc) or str(exc))

        self._ops.delete(row.id, expected_version=row.version, success=deleted, failure=failed)
        return True

    def _open_meeting(self) -> None:
        if self._detail is not None:
            self.record_requested.emit("meeting", self._detail.action.meeting_id)
