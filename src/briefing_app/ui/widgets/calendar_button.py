"""A "Calendar…" button beside a date field: it drops down a month calendar to pick a day."""

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QCalendarWidget, QMenu, QToolButton, QWidget, QWidgetAction


class CalendarButton(QToolButton):
    """`shown_day()` gives the day to select when the calendar opens (the one typed beside it,
    or today); a day clicked (or chosen with Enter) is emitted as `picked(date)` and the
    calendar closes."""

    picked = Signal(object)

    def __init__(self, *, shown_day: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown_day = shown_day
        self.setText(self.tr("Calendar…"))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setAccessibleName(self.tr("Pick a day in a calendar"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setStyleSheet("QToolButton::menu-indicator { image: none; }")
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        menu = QMenu(self)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        menu.aboutToShow.connect(self._prepare)
        self.setMenu(menu)

    def _prepare(self) -> None:
        day = self._shown_day()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def _picked(self, picked: QDate) -> None:
        self.picked.emit(date(picked.year(), picked.month(), picked.day()))
        menu = self.menu()
        if menu is not None:
            menu.hide()
