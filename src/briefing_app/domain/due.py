"""Due dates with a precision: "2026" and "Q1 2026" are real deadlines in diplomatic follow-up.

A due date is stored as the first day of its period plus the precision; it is overdue once
the whole period has passed.
"""

import calendar
import re
from collections.abc import Callable
from datetime import date

from briefing_app.domain.enums import DuePrecision, Recurrence
from briefing_app.domain.errors import FieldError
from briefing_app.i18n import QT_TRANSLATE_NOOP


def period_start(day: date, precision: DuePrecision) -> date:
    """The first day of the period that contains `day`."""
    if precision is DuePrecision.DAY:
        return day
    if precision is DuePrecision.MONTH:
        return day.replace(day=1)
    if precision is DuePrecision.QUARTER:
        return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    return date(day.year, 1, 1)


def period_end(start: date, precision: DuePrecision) -> date:
    """The last day of the period that starts at (or contains) `start`."""
    first = period_start(start, precision)
    if precision is DuePrecision.DAY:
        return first
    if precision is DuePrecision.YEAR:
        return date(first.year, 12, 31)
    last_month = first.month + (2 if precision is DuePrecision.QUARTER else 0)
    return date(first.year, last_month, calendar.monthrange(first.year, last_month)[1])


_MONTHS_OF = {Recurrence.MONTHLY: 1, Recurrence.QUARTERLY: 3, Recurrence.YEARLY: 12}


def _months_later(day: date, months: int) -> date:
    """The same day `months` later; the last day of a month stays the last day of one (31
    January, 28 February, 31 March: a deadline at a month's end does not slide back)."""
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    last = calendar.monthrange(year, month + 1)[1]
    at_month_end = day.day == calendar.monthrange(day.year, day.month)[1]
    return date(year, month + 1, last if at_month_end else min(day.day, last))


def next_due(due: date, precision: DuePrecision, repeat: Recurrence) -> date:
    """The due date of the next occurrence of a recurring action: one period later, as precise
    as this one (the 31st of a month falls on the last day of a shorter one; a monthly action
    due by quarter moves to the next quarter)."""
    step = _MONTHS_OF[repeat]
    months = step
    while (following := period_start(_months_later(due, months), precision)) <= due:
        months += step
    return following


def check_repeat(repeat: Recurrence | None, due: date | None) -> None:
    """A recurring action needs a due date: the next occurrence is due one period later."""
    if repeat is not None and due is None:
        raise FieldError("repeat", QT_TRANSLATE_NOOP("Messages", "needs a due date to repeat"))


def is_overdue(due: date | None, precision: DuePrecision | None, today: date) -> bool:
    if due is None:
        return False
    return today > period_end(due, precision or DuePrecision.DAY)


#: How a due month or quarter reads ({month_name} is the month's name in the reader's language).
DUE_MONTH = QT_TRANSLATE_NOOP("Dates", "{month_name} {year}")
DUE_QUARTER = QT_TRANSLATE_NOOP("Dates", "Q{quarter} {year}")


def describe_due(
    due: date | None,
    precision: DuePrecision | None,
    *,
    translate: Callable[[str, str], str],
    day_text: Callable[[date], str],
    month_name: Callable[[int], str],
) -> str:
    """A due date as precise as it was given, for people to read: the interface and the PDFs
    each pass their own translation, date format and month names ("25/11/2025",
    "November 2025" / "tháng 11/2025", "Q4 2025" / "quý 4/2025", "2025")."""
    if due is None:
        return ""
    match precision or DuePrecision.DAY:
        case DuePrecision.DAY:
            return day_text(due)
        case DuePrecision.MONTH:
            template = translate("Dates", DUE_MONTH)
            return template.format(month_name=month_name(due.month), year=due.year)
        case DuePrecision.QUARTER:
            template = translate("Dates", DUE_QUARTER)
            return template.format(quarter=(due.month - 1) // 3 + 1, year=due.year)
        case DuePrecision.YEAR:
            return str(due.year)


def format_due(due: date | None, precision: DuePrecision | None) -> str:
    """A language-neutral label: 2026-03-15, 2026-03, 2026-Q1, 2026."""
    if due is None:
        return ""
    match precision or DuePrecision.DAY:
        case DuePrecision.DAY:
            return due.isoformat()
        case DuePrecision.MONTH:
            return f"{due.year:04d}-{due.month:02d}"
        case DuePrecision.QUARTER:
            return f"{due.year:04d}-Q{(due.month - 1) // 3 + 1}"
        case DuePrecision.YEAR:
            return f"{due.year:04d}"


_PATTERNS: list[tuple[re.Pattern[str], DuePrecision]] = [
    (re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$"), DuePrecision.DAY),
    (re.compile(r"^(\d{4})-[Qq]([1-4])$"), DuePrecision.QUARTER),
    (re.compile(r"^(\d{4})-(\d{1,2})$"), DuePrecision.MONTH),
    (re.compile(r"^(\d{4})$"), DuePrecision.YEAR),
]


def parse_due(text: str, *, field: str = "due date") -> tuple[date, DuePrecision]:
    """Parse 2026-03-15, 2026-03, 2026-Q1 or 2026 into (first day, precision)."""
    cleaned = text.strip()
    for pattern, precision in _PATTERNS:
        match = pattern.match(cleaned)
        if not match:
            continue
        numbers = [int(g) for g in match.groups()]
        try:
            if precision is DuePrecision.DAY:
                return date(numbers[0], numbers[1], numbers[2]), precision
            if precision is DuePrecision.QUARTER:
                return date(numbers[0], 3 * numbers[1] - 2, 1), precision
            if precision is DuePrecision.MONTH:
                return date(numbers[0], numbers[1], 1), precision
            return date(numbers[0], 1, 1), precision
        except ValueError as exc:
            raise FieldError(
                field, QT_TRANSLATE_NOOP("Messages", "is not a real date: '{text}'"), text=cleaned
            ) from exc
    raise FieldError(
        field,
        QT_TRANSLATE_NOOP(
            "Messages", "must look like 2026-03-15, 2026-03, 2026-Q1 or 2026 (got '{text}')"
        ),
        text=cleaned,
    )
