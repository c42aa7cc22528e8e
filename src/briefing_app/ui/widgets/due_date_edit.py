"""A due date with its precision: 15/03/2026 (day), 03/2026 (month), Q1/2026 (quarter), 2026.

The text field takes every form staff type, in English or Vietnamese, day first (see
domain/typed_dates.py: also 2026-03-15, "quý 1/2026", "tháng 3/2026", "15 March 2026" …) and
shows a value as the app shows it elsewhere, in the interface's language (15/03/2026, March
2026 / tháng 3/2026, Q1 2026 / quý 1/2026, 2026), which reads back; the precision box shows what
was understood and converts the date when changed; the calendar button picks a day. A hint
beside them spells the period out in the user's locale ("1 Jan 2026 – 31 Mar 2026").
"""

from datetime import date

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.due import period_end, period_start
from briefing_app.domain.enums import DuePrecision
from briefing_app.domain.errors import FieldError
from briefing_app.domain.typed_dates import (
    FIRST_USUAL_YEAR,
    LAST_USUAL_YEAR,
    is_usual_year,
    parse_typed_due,
)
from briefing_app.ui import labels
from briefing_app.ui.widgets.calendar_button import CalendarButton

Due = tuple[date, DuePrecision] | None
_PRECISIONS: list[DuePrecision | None] = [None, *DuePrecision]


class DueDateEdit(QWidget):
    """Emits `changed` whenever the text or the precision changes."""

    changed = Signal()

    def __init__(self, *, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.text_field = QLineEdit(self)
        self.text_field.setObjectName("dueText")
        self.text_field.setPlaceholderText(self.tr("e.g. 15/03/2026 or Q1/2026"))
        self.text_field.setAccessibleName(self.tr("Due date"))
        self.text_field.setClearButtonEnabled(True)
        self.text_field.setMaxLength(40)  # "ngày 15 tháng 3 năm 2026"
        self.precision_box = QComboBox(self)
        self.precision_box.setObjectName("duePrecision")
        self.precision_box.setAccessibleName(self.tr("Due date precision"))
        self.precision_box.addItem(self.tr("No due date"), None)
        for precision in DuePrecision:
            self.precision_box.addItem(labels.label(precision), precision.value)
        self.calendar_button = CalendarButton(shown_day=self._day, parent=self)
        self.calendar_button.picked.connect(self._picked)
        self.hint = QLabel(self)
        self.hint.setObjectName("dueHint")
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        self.hint.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text_field, 2)
        row.addWidget(self.precision_box, 1)
        row.addWidget(self.calendar_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.hint)
        self.setFocusProxy(self.text_field)

        self.text_field.textChanged.connect(self._text_changed)
        self.precision_box.activated.connect(self._precision_chosen)
        self._update_hint()

    # --- values ------------------------------------------------------------------------------

    def text(self) -> str:
        return self.text_field.text().strip()

    def set_due(self, due: Due) -> None:
        self.set_text(labels.format_due(due[0], due[1]) if due else "")

    def set_text(self, text: str) -> None:
        self.text_field.setText(text)  # _text_changed keeps the precision in step

    def value(self) -> Due:
        """The due date typed, or None when empty; FieldError("due date", …) when not valid."""
        text = self.text()
        if not text:
            return None
        return parse_typed_due(text)

    # --- reactions ---------------------------------------------------------------------------

    def _parsed(self) -> Due:
        try:
            return self.value()
        except FieldError:
            return None

    def _text_changed(self) -> None:
        due = self._parsed()
        index = _PRECISIONS.index(due[1]) if due else (0 if not self.text() else -1)
        if index >= 0:
            self.precision_box.blockSignals(True)
            self.precision_box.setCurrentIndex(index)
            self.precision_box.blockSignals(False)
        self._update_hint()
        self.changed.emit()

    def _precision_chosen(self, index: int) -> None:
        precision = _PRECISIONS[index]
        if precision is None:
            self.set_text("")
            return
        day = self._day()
        self.set_text(labels.format_due(period_start(day, precision), precision))

    def _day(self) -> date:
        """The date typed (today when none): where a new precision and the calendar start."""
        due = self._parsed()
        return due[0] if due else self._today

    def _picked(self, day: date) -> None:
        due = self._parsed()
        precision = due[1] if due else DuePrecision.DAY
        self.set_text(labels.format_due(period_start(day, precision), precision))

    def _update_hint(self) -> None:
        text = self.text()
        if not text:
            self.hint.setText(self.tr("No due date. Type 15/03/2026, 03/2026, Q1/2026 or 2026."))
            return
        try:
            due = self.value()
        except FieldError:
            self.hint.setText(
                self.tr("Not a date yet: use 15/03/2026, 03/2026, Q1/2026 or 2026 (day first)")
            )
            return
        assert due is not None
        start, precision = due
        end = period_end(start, precision)
        fmt = QLocale.FormatType.ShortFormat
        if precision is DuePrecision.DAY:
            hint = labels.format_date(start, QLocale.FormatType.LongFormat)
        else:
            hint = self.tr("{precision}: {start} – {end}").format(
                precision=labels.label(precision),
                start=labels.format_date(start, fmt),
                end=labels.format_date(end, fmt),
            )
        if not is_usual_year(start):
            hint += "\n" + self.tr("⚠ The year {year} is outside {first}–{last}: check it.").format(
                year=start.year, first=FIRST_USUAL_YEAR, last=LAST_USUAL_YEAR
            )
        self.hint.setText(hint)
