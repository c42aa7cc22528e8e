"""A filter's date field that takes dates as staff type them (domain/typed_dates.py).

A text field, not a QDateEdit: QDateEdit spends "/" and Tab on its sections, so 15/03/2027 or
"quý 2/2027" could not be typed. The text is read by the app's one parser when the user presses
Enter or leaves the field: 15/03/2027, 2027-03-15, 03/2027, Q1/2027, quý 2/2027, tháng 3/2027,
ngày 15 tháng 3 năm 2027 … A period stands for its first day in a "from" field and for its last
day in an "until" field: "until Q1/2027" is until 31/03/2027. Empty means any date (the
placeholder says so). Text that is no date is marked and explained in the tooltip, and filters
nothing. Alt+Down (or F4, or the calendar icon) drops down a month calendar.

It keeps QDateEdit's small interface the filter bar uses: date() (the minimum date while empty),
setDate(), setMinimumDate() and dateChanged.
"""

import datetime

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QMenu, QStyle, QWidget, QWidgetAction
from typing_extensions import override

from briefing_app.domain.due import period_end
from briefing_app.domain.errors import FieldError
from briefing_app.domain.typed_dates import parse_typed_due
from briefing_app.ui import labels
from briefing_app.ui.errors import user_message


class TypedDateEdit(QLineEdit):
    """`until`: a typed period means its last day (else its first)."""

    dateChanged = Signal(QDate)  # noqa: N815 - QDateEdit's name

    def __init__(self, *, until: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._until = until
        self._minimum = QDate(2000, 1, 1)
        self._date = self._minimum
        self.setPlaceholderText(self.tr("any date"))
        self.setClearButtonEnabled(True)
        self.setMaxLength(40)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("00/00/00000") + 40)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self._menu = QMenu(self)
        holder = QWidgetAction(self._menu)
        holder.setDefaultWidget(self.calendar)
        self._menu.addAction(holder)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
        self.calendar_action = QAction(icon, self.tr("Pick a day in a calendar"), self)
        self.calendar_action.triggered.connect(self.show_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.editingFinished.connect(self._read)
        self.textChanged.connect(self._text_changed)

    # --- QDateEdit's interface ----------------------------------------------------------------

    def date(self) -> QDate:
        return QDate(self._date)

    def setDate(self, day: QDate) -> None:
        blocked = self.blockSignals(True)
        self.setText("" if day <= self._minimum else labels.format_date(_py(day)))
        self.blockSignals(blocked)
        self._mark("")
        if not blocked:
            self._set(day if day > self._minimum else self._minimum)
        else:
            self._date = QDate(day if day > self._minimum else self._minimum)

    def setMinimumDate(self, day: QDate) -> None:
        self._minimum = QDate(day)
        if self._date < day:
            self._set(QDate(day))

    def minimumDate(self) -> QDate:
        return QDate(self._minimum)

    # --- reading what was typed ---------------------------------------------------------------

    def typed_day(self) -> datetime.date | None:
        """The day the text stands for; None when empty; FieldError when it is no date."""
        text = self.text().strip()
        if not text:
            return None
        start, precision = parse_typed_due(text)
        return period_end(start, precision) if self._until else start

    def _read(self) -> None:
        try:
            day = self.typed_day()
        except FieldError as exc:
            self._mark(user_message(exc) or str(exc))
            self._set(self._minimum)
            return
        self._mark("")
        self._set(self._minimum if day is None else QDate(day.year, day.month, day.day))

    def _text_changed(self, text: str) -> None:
        if not text.strip():  # the clear button, or everything deleted: any date at once
            self._mark("")
            self._set(self._minimum)

    def _set(self, day: QDate) -> None:
        if day != self._date:
            self._date = QDate(day)
            self.dateChanged.emit(QDate(day))

    def _mark(self, problem: str) -> None:
        self.setToolTip(problem)
        self.setStyleSheet("QLineEdit { border: 1px solid #a61b1b; }" if problem else "")

    # --- the calendar -------------------------------------------------------------------------

    def show_calendar(self) -> None:
        shown = self._date if self._date > self._minimum else QDate.currentDate()
        self.calendar.setSelectedDate(shown)
        self._menu.popup(self.mapToGlobal(QPoint(0, self.height())))
        self.calendar.setFocus()

    def _picked(self, picked: QDate) -> None:
        self._menu.hide()
        self.setDate(picked)
        self.setFocus()

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = event.key() == Qt.Key.Key_Down and (
            event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.show_calendar()
            return
        super().keyPressEvent(event)


def _py(day: QDate) -> datetime.date:
    return datetime.date(day.year(), day.month(), day.day())
