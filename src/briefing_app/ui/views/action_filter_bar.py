"""Filters of the follow-up action list: status, owner, cooperation area, classification,
overdue only, due range, and the meeting the list was opened from."""

from collections.abc import Callable, Sequence
from datetime import date
from functools import partial

from PySide6.QtCore import QDate, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QWidget,
)
from typing_extensions import override

from briefing_app.domain.enums import ActionStatus, Classification
from briefing_app.domain.shown_text import area_name, area_other_name
from briefing_app.services.catalogue import AreaRow, PartyChoice
from briefing_app.services.dto import PartyRef
from briefing_app.services.queries import OPEN_STATUSES, ActionFilter
from briefing_app.ui import labels
from briefing_app.ui.errors import user_message
from briefing_app.ui.widgets.party_picker import PartyPicker
from briefing_app.ui.widgets.typed_date_edit import TypedDateEdit

# Resolves a typed owner name in the background: `resolve(text, found, refused)` calls
# `found(ref)` or `refused(error)` later, on the GUI thread (an operation: the filter bar
# never reads the database itself).
PartyResolver = Callable[[str, Callable[[PartyRef], None], Callable[[BaseException], None]], None]
NO_DATE = QDate(2000, 1, 1)
OPEN = "open"


class ActionFilterBar(QWidget):
    changed = Signal()

    def __init__(
        self,
        *,
        areas: Sequence[AreaRow],
        parties: Sequence[PartyChoice],
        resolve_party: PartyResolver,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("actionFilters")
        self.setAccessibleName(self.tr("Filters of the follow-up action list"))
        self._meeting_id: int | None = None
        self._owner: PartyRef | None = None
        self._resolve_party = resolve_party
        self._owner_typed = ""

        self.status_box = QComboBox()
        self.status_box.setObjectName("statusFilter")
        self.status_box.setAccessibleName(self.tr("Status filter"))
        self.status_box.addItem(self.tr("Any status"), None)
        self.status_box.addItem(self.tr("Open (not done or cancelled)"), OPEN)
        for status in ActionStatus:
            self.status_box.addItem(labels.label(status), status.value)

        self.owner_picker = PartyPicker(
            choices=parties,
            none_text=self.tr("Any owner"),
            accessible_name=self.tr("Owner filter"),
        )
        self.owner_picker.setObjectName("ownerFilter")
        self.owner_picker.setMinimumContentsLength(10)

        self.area_box = QComboBox()
        self.area_box.setObjectName("areaFilter")
        self.area_box.setAccessibleName(self.tr("Cooperation area filter"))
        self.area_box.addItem(self.tr("Any cooperation area"), None)
        for area in areas:
            self.area_box.addItem(area_name(area), area.id)
            self.area_box.setItemData(
                self.area_box.count() - 1, area_other_name(area), Qt.ItemDataRole.ToolTipRole
            )
        self.area_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.area_box.setMinimumContentsLength(10)

        self.classification_box = QComboBox()
        self.classification_box.setObjectName("classificationFilter")
        self.classification_box.setAccessibleName(self.tr("Classification filter"))
        self.classification_box.addItem(self.tr("Any classification"), None)
        for level in Classification:
            self.classification_box.addItem(labels.label(level), level.value)

        self.overdue_check = QCheckBox(self.tr("Overdue only"))
        self.overdue_check.setObjectName("overdueFilter")

        self.due_from = self._date_edit("dueFromFilter", self.tr("Due from"))
        self.due_to = self._date_edit("dueToFilter", self.tr("Due until"), until=True)

        self.meeting_label = QLabel()
        self.meeting_label.setObjectName("meetingFilterLabel")
        self.meeting_label.setTextFormat(Qt.TextFormat.PlainText)
        self.meeting_label.setWordWrap(True)  # a long meeting title never widens the list
        self.meeting_label.setStyleSheet(
            "QLabel { background: #e6eef7; border-radius: 3px; padding: 2px 6px; }"
        )
        self.meeting_clear = QToolButton()
        self.meeting_clear.setText(self.tr("Show all meetings"))
        self.meeting_clear.setAccessibleName(self.tr("Stop filtering by meeting"))
        self.meeting_clear.clicked.connect(lambda: self.set_meeting(None, ""))

        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.clicked.connect(self.clear)

        # Four columns where the list is wide enough, else two (a 1024-pixel laptop, the
        # longer Vietnamese captions): the bar never scrolls sideways.
        due = QWidget()
        due_row = QHBoxLayout(due)
        due_row.setContentsMargins(0, 0, 0, 0)
        due_row.setSpacing(4)
        due_row.addWidget(self.due_from, 1)
        due_row.addWidget(QLabel("–"))
        due_row.addWidget(self.due_to, 1)
        extra = QWidget()
        extra_row = QHBoxLayout(extra)
        extra_row.setContentsMargins(0, 0, 0, 0)
        extra_row.addWidget(self.overdue_check)
        extra_row.addStretch(1)
        extra_row.addWidget(self.clear_button)
        meeting = QWidget()
        meeting_row = QHBoxLayout(meeting)
        meeting_row.setContentsMargins(0, 0, 0, 0)
        meeting_row.addWidget(self.meeting_label, 1)
        meeting_row.addWidget(self.meeting_clear)
        self._cells: list[tuple[QWidget, QWidget]] = [
            (self._caption(self.tr("S&tatus:"), self.status_box), self.status_box),
            (self._caption(self.tr("O&wner:"), self.owner_picker), self.owner_picker),
            (self._caption(self.tr("Are&a:"), self.area_box), self.area_box),
            (
                self._caption(self.tr("C&lassification:"), self.classification_box),
                self.classification_box,
            ),
            (self._caption(self.tr("D&ue:"), self.due_from), due),
        ]
        self._extra = extra
        self._meeting = meeting
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(6)
        self._grid.setVerticalSpacing(4)
        self._wide: bool | None = None
        self._arrange(wide=False)
        self._narrow_width = self._grid.minimumSize().width()
        self._arrange(wide=True)
        self._wide_width = self._grid.minimumSize().width()
        self._show_meeting("")

        self.status_box.currentIndexChanged.connect(self.changed)
        self.area_box.currentIndexChanged.connect(self.changed)
        self.classification_box.currentIndexChanged.connect(self.changed)
        self.overdue_check.toggled.connect(self.changed)
        self.due_from.dateChanged.connect(self.changed)
        self.due_to.dateChanged.connect(self.changed)
        self.owner_picker.activated.connect(self._owner_entered)
        owner_line = self.owner_picker.lineEdit()
        assert owner_line is not None
        owner_line.editingFinished.connect(self._owner_entered)

    def _arrange(self, *, wide: bool) -> None:
        """Lay the filters out in four columns (`wide`) or in two."""
        if wide == self._wide:
            return
        self._wide = wide
        grid = self._grid
        columns = 2 if wide else 1
        for number, (caption, widget) in enumerate(self._cells):
            row, pair = divmod(number, columns)
            grid.addWidget(caption, row, 2 * pair)
            grid.addWidget(widget, row, 2 * pair + 1)
        last = len(self._cells) - 1
        if wide:
            grid.addWidget(self._extra, last // 2, 2, 1, 2)
        else:
            grid.addWidget(self._extra, last + 1, 1)
        grid.addWidget(self._meeting, 3 if wide else last + 2, 0, 1, 4 if wide else 2)
        for column in range(4):
            grid.setColumnStretch(column, 1 if column % 2 and (wide or column < 2) else 0)
        self.updateGeometry()

    @override
    def minimumSizeHint(self) -> QSize:
        """As narrow as the two-column layout (the bar reflows rather than widen the list)."""
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self._narrow_width), hint.height())

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(wide=event.size().width() >= self._wide_width)
        super().resizeEvent(event)

    def _caption(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return label

    def _date_edit(self, name: str, accessible: str, *, until: bool = False) -> TypedDateEdit:
        """A date typed as staff type it (15/03/2027, Q1/2027, quý 2/2027 …); a period means
        its first day in "from", its last in "until" (ui/widgets/typed_date_edit.py)."""
        edit = TypedDateEdit(until=until)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setMinimumDate(NO_DATE)
        edit.setDate(NO_DATE)
        return edit

    # --- owner: resolved when the user finishes typing ---------------------------------------

    def _owner_entered(self) -> None:
        owner = self.owner_picker.choice()
        if isinstance(owner, str):
            if owner == self._owner_typed:
                return  # already being resolved, or resolved
            self._owner_typed = owner
            self._resolve_party(
                owner, partial(self._owner_resolved, owner), partial(self._owner_refused, owner)
            )
            return
        self._owner_typed = ""
        self._set_owner(owner)

    def _owner_resolved(self, typed: str, ref: PartyRef) -> None:
        if self._owner_typed == typed:
            self._set_owner(ref)

    def _owner_refused(self, typed: str, exc: BaseException) -> None:
        if self._owner_typed != typed:
            return
        self.owner_picker.setToolTip(user_message(exc) or str(exc))
        self.owner_picker.setStyleSheet("QComboBox { border: 1px solid #a61b1b; }")
        if self._owner is not None:
            self._owner = None
            self.changed.emit()

    def _set_owner(self, owner: PartyRef | None) -> None:
        self.owner_picker.setToolTip("")
        self.owner_picker.setStyleSheet("")
        if owner != self._owner:
            self._owner = owner
            self.changed.emit()

    # --- meeting ----------------------------------------------------------------------------

    @property
    def meeting_id(self) -> int | None:
        return self._meeting_id

    def set_meeting(self, meeting_id: int | None, title: str) -> None:
        if meeting_id == self._meeting_id:
            return
        self._meeting_id = meeting_id
        self._show_meeting(title)
        self.changed.emit()

    def _show_meeting(self, title: str) -> None:
        shown = self._meeting_id is not None
        self.meeting_label.setText(
            self.tr("Only the actions of: {meeting}").format(meeting=title) if shown else ""
        )
        self.meeting_label.setToolTip(self.meeting_label.text())
        self.meeting_label.setVisible(shown)
        self.meeting_clear.setVisible(shown)
        self._meeting.setVisible(shown)

    # --- the query --------------------------------------------------------------------------

    def set_status(self, status: ActionStatus | None) -> None:
        index = self.status_box.findData(status.value) if status else 0
        self.status_box.setCurrentIndex(max(0, index))

    def set_overdue(self, on: bool) -> None:
        self.overdue_check.setChecked(on)

    def clear(self) -> None:
        widgets = (
            self.status_box,
            self.area_box,
            self.classification_box,
            self.overdue_check,
            self.due_from,
            self.due_to,
        )
        for widget in widgets:
            widget.blockSignals(True)
        self.status_box.setCurrentIndex(0)
        self.area_box.setCurrentIndex(0)
        self.classification_box.setCurrentIndex(0)
        self.overdue_check.setChecked(False)
        self.due_from.setDate(NO_DATE)
        self.due_to.setDate(NO_DATE)
        for widget in widgets:
            widget.blockSignals(False)
        self.owner_picker.set_ref(None)
        self.owner_picker.setStyleSheet("")
        self._owner = None
        self._owner_typed = ""
        self._meeting_id = None
        self._show_meeting("")
        self.changed.emit()

    @staticmethod
    def _day(edit: TypedDateEdit) -> date | None:
        picked = edit.date()
        if picked == NO_DATE:
            return None
        return date(picked.year(), picked.month(), picked.day())

    def query(self, search: str | None) -> ActionFilter:
        status = self.status_box.currentData()
        if status == OPEN:
            statuses: tuple[ActionStatus, ...] = tuple(OPEN_STATUSES)
        elif status:
            statuses = (ActionStatus(status),)
        else:
            statuses = ()
        level = self.classification_box.currentData()
        return ActionFilter(
            search=search or None,
            statuses=statuses,
            overdue_only=self.overdue_check.isChecked(),
            meeting_id=self._meeting_id,
            owner=self._owner,
            area_id=self.area_box.currentData(),
            due_from=self._day(self.due_from),
            due_to=self._day(self.due_to),
            classifications=(Classification(level),) if level else (),
        )

    def area_name(self, area_id: int) -> str:
        """The name the area filter shows for `area_id`."""
        return self.area_box.itemText(max(0, self.area_box.findData(area_id)))

    def is_filtering(self) -> bool:
        return self.query(None) != ActionFilter()
