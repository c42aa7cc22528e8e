"""Due dates with a precision: "2026" and "Q1 2026" are real deadlines in diplomatic follow-up.

A due date is stored as the first day of its period plus the precision; it is overdue once
the whole period has passed.
"""

import calendar
import re
from datetime import date

from briefing_app.domain.enums import DuePrecision
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


def is_overdue(due: date | None, precision: DuePrecision | None, today: date) -> bool:
    if due is None:
        return False
    return today > period_end(due, precision or DuePrecision.DAY)


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
