"""Dates as staff type them, in English or Vietnamese: one parser for every date field of the
desktop app and for the command line's `--due`.

Accepted (any case, with or without Vietnamese diacritics, extra spaces ignored):

    precision  forms                                              examples
    day        dd/mm/yyyy, d/m/yyyy (also with . or -)            15/03/2027, 5.3.2027, 15-03-2027
               ISO, or year first with / or .                     2027-03-15, 2027/03/15
               day and month name                                 15 March 2027, 15 Mar 2027,
                                                                  March 15, 2027
               Vietnamese                                         ngày 15 tháng 3 năm 2027,
                                                                  15 tháng 3, 2027, ngày 15/3/2027
               a leading weekday is ignored                       Monday, 15 March 2027,
                                                                  Thứ Hai, 15 tháng 3, 2027
    month      mm/yyyy, m/yyyy (also with . or -)                 03/2027, 3.2027
               ISO                                                2027-03
               month name                                         March 2027, Mar 2027
               Vietnamese                                         tháng 3/2027, tháng 3 năm 2027
    quarter    Qn/yyyy, "Qn yyyy", Qn-yyyy                        Q1/2027, Q1 2027
               ISO                                                2027-Q1
               Vietnamese (also Roman numerals)                   quý 2/2027, quý II/2027,
                                                                  quý 2 năm 2027
    year       yyyy                                               2027, năm 2027

The day always comes first (the office's convention, and how the app shows dates):
05/03/2027 is 5 March 2027. The month-first American form is not accepted: 03/15/2027 is
refused as not a real date. Years are written with four digits (15/03/27 is refused).

Machine formats (JSON: create/edit --json and JSON imports) stay ISO only: see due.parse_due.

A year outside USUAL_YEARS (1945–2100) is a real date but most likely a typing slip (0001-01-01,
1900 and 9999-12-31 were all seen): the parser accepts it and the callers ask about it (the
desktop app) or refuse it unless told to keep it (the command line's --force).
"""

import re
from datetime import date

from briefing_app.domain.due import period_end
from briefing_app.domain.enums import DuePrecision
from briefing_app.domain.errors import FieldError
from briefing_app.domain.text import fold
from briefing_app.i18n import QT_TRANSLATE_NOOP

Due = tuple[date, DuePrecision]

# The years a date is expected in; others are asked about (GUI) or need --force (CLI).
FIRST_USUAL_YEAR = 1945
LAST_USUAL_YEAR = 2100

#: What the parser says when it does not understand a date (the forms it accepts).
NOT_A_DUE_DATE = QT_TRANSLATE_NOOP(
    "Messages", "must look like 15/03/2027, 03/2027, Q1/2027, 2027 or 2027-03-15 (got '{text}')"
)
NOT_A_DAY = QT_TRANSLATE_NOOP(
    "Messages", "must be a day like 15/03/2027 or 2027-03-15 (got '{text}')"
)
NOT_REAL = QT_TRANSLATE_NOOP(
    "Messages", "is not a real date: '{text}' (the day comes first, as in 15/03/2027)"
)
SHORT_YEAR = QT_TRANSLATE_NOOP(
    "Messages", "needs the year in four digits, as in 15/03/2027 (got '{text}')"
)
UNUSUAL_YEAR = QT_TRANSLATE_NOOP("Messages", "is in the year {year}, outside {first}–{last}")

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
# Folded weekday names (English, Vietnamese "thứ hai" … "chủ nhật"), ignored before a date.
_WEEKDAY = re.compile(
    r"^(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?"
    r"|thu (?:hai|ba|tu|nam|sau|bay)|chu nhat|cn|t[2-7])\s*,?\s*(?=\d|ngay )"
)
_SEP = r"\s*[/.\-]\s*"
_YEAR_SEP = rf"(?:{_SEP}|,?\s+(?:nam\s+)?)"  # between a month or quarter and its year
_MONTH_WORD = r"(?:thang|thg)"
_ORDINAL = r"(?:st|nd|rd|th)?"

_DAY_FIRST = re.compile(r"^(\d{1,2})\s*([/.\-])\s*(\d{1,2})\s*\2\s*(\d{4})$")
_YEAR_FIRST = re.compile(r"^(\d{4})\s*([/.\-])\s*(\d{1,2})\s*\2\s*(\d{1,2})$")
_SHORT_YEAR = re.compile(r"^\d{1,2}\s*([/.\-])\s*\d{1,2}\s*\1\s*\d{2}$")
_MONTH_YEAR = re.compile(rf"^(?:{_MONTH_WORD}\s*)?(\d{{1,2}}){_YEAR_SEP}(\d{{4}})$")
_YEAR_MONTH = re.compile(r"^(\d{4})\s*[-/.]\s*(\d{1,2})$")
_QUARTER = re.compile(rf"^(?:q|quy\s*|quarter\s*)([1-4]|iv|i{{1,3}}){_YEAR_SEP}(\d{{4}})$")
_YEAR_QUARTER = re.compile(r"^(\d{4})\s*[-/ ]?\s*q([1-4])$")
_YEAR = re.compile(r"^(?:nam\s+)?(\d{4})$")
_VI_DAY = re.compile(
    rf"^(?:ngay\s*)?(\d{{1,2}})\s*{_MONTH_WORD}\s*(\d{{1,2}}){_YEAR_SEP}(\d{{4}})$"
)
_NAMED_DAY = re.compile(rf"^(\d{{1,2}}){_ORDINAL}\s+(?:of\s+)?([a-z]+)\.?,?\s+(\d{{4}})$")
_NAME_FIRST_DAY = re.compile(rf"^([a-z]+)\.?\s+(\d{{1,2}}){_ORDINAL},?\s+(\d{{4}})$")
_NAMED_MONTH = re.compile(r"^([a-z]+)\.?,?\s+(\d{4})$")


def _cleaned(text: str) -> str:
    folded = fold(text)
    folded = _WEEKDAY.sub("", folded)
    folded = re.sub(r"^ngay\s+(?=\d+\s*[/.\-])", "", folded)  # "ngày 15/3/2027"
    return folded.strip(" ,")


def _make(year: int, month: int, day: int, text: str, field: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise FieldError(field, NOT_REAL, text=text) from None


def _quarter(token: str) -> int:
    return _ROMAN[token] if token in _ROMAN else int(token)


def _match(cleaned: str, text: str, field: str) -> Due | None:  # noqa: C901 - one shape per branch
    """(first day, precision) for the shape `cleaned` has, None when it has none of them."""
    day_p, month_p = DuePrecision.DAY, DuePrecision.MONTH
    if found := _YEAR_FIRST.match(cleaned):
        y, _, m, d = found.groups()
        return _make(int(y), int(m), int(d), text, field), day_p
    if found := _DAY_FIRST.match(cleaned):
        d, _, m, y = found.groups()
        return _make(int(y), int(m), int(d), text, field), day_p
    if _SHORT_YEAR.match(cleaned):
        raise FieldError(field, SHORT_YEAR, text=text)
    if found := _VI_DAY.match(cleaned):
        d, m, y = found.groups()
        return _make(int(y), int(m), int(d), text, field), day_p
    if (found := _NAMED_DAY.match(cleaned)) and found.group(2) in _MONTHS:
        d, name, y = found.groups()
        return _make(int(y), _MONTHS[name], int(d), text, field), day_p
    if (found := _NAME_FIRST_DAY.match(cleaned)) and found.group(1) in _MONTHS:
        name, d, y = found.groups()
        return _make(int(y), _MONTHS[name], int(d), text, field), day_p
    if found := _YEAR_QUARTER.match(cleaned):
        y, q = found.groups()
        return _make(int(y), 3 * int(q) - 2, 1, text, field), DuePrecision.QUARTER
    if found := _QUARTER.match(cleaned):
        q, y = found.groups()
        return _make(int(y), 3 * _quarter(q) - 2, 1, text, field), DuePrecision.QUARTER
    if found := _YEAR_MONTH.match(cleaned):
        y, m = found.groups()
        return _make(int(y), int(m), 1, text, field), month_p
    if found := _MONTH_YEAR.match(cleaned):
        m, y = found.groups()
        return _make(int(y), int(m), 1, text, field), month_p
    if (found := _NAMED_MONTH.match(cleaned)) and found.group(1) in _MONTHS:
        name, y = found.groups()
        return _make(int(y), _MONTHS[name], 1, text, field), month_p
    if found := _YEAR.match(cleaned):
        return _make(int(found.group(1)), 1, 1, text, field), DuePrecision.YEAR
    return None


def parse_typed_due(text: str, *, field: str = "due date") -> Due:
    """A due period as typed (see the module's table) -> (its first day, precision).

    FieldError(field, …) names the accepted forms when the text is none of them, and says the
    day comes first when the numbers make no date."""
    shown = " ".join(text.split())
    due = _match(_cleaned(text), shown, field)
    if due is None:
        raise FieldError(field, NOT_A_DUE_DATE, text=shown)
    return due


def parse_typed_day(text: str, *, field: str = "date") -> date:
    """One calendar day as typed (15/03/2027, 2027-03-15, 15 March 2027, ngày 15 tháng 3 năm
    2027 …); a month, quarter or year is refused."""
    shown = " ".join(text.split())
    try:
        due = _match(_cleaned(text), shown, field)
    except FieldError as exc:
        if exc.reason_template in (SHORT_YEAR, NOT_REAL):
            raise
        due = None
    if due is None or due[1] is not DuePrecision.DAY:
        raise FieldError(field, NOT_A_DAY, text=shown)
    return due[0]


def is_usual_year(day: date) -> bool:
    return FIRST_USUAL_YEAR <= day.year <= LAST_USUAL_YEAR


def unusual_year_error(day: date, *, field: str = "due date") -> FieldError:
    """The refusal of a date whose year is outside FIRST_USUAL_YEAR–LAST_USUAL_YEAR."""
    return FieldError(
        field, UNUSUAL_YEAR, year=day.year, first=FIRST_USUAL_YEAR, last=LAST_USUAL_YEAR
    )


def period_bounds(due: Due) -> tuple[date, date]:
    """The first and last day of a typed period (a filter "from Q1 2027 until 2027")."""
    return due[0], period_end(*due)
