"""Dates as staff type them (domain/typed_dates.py): every accepted form in English and
Vietnamese, day first, and refusals that name the accepted forms."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing_app.domain.due import format_due, period_start
from briefing_app.domain.enums import DuePrecision
from briefing_app.domain.errors import FieldError
from briefing_app.domain.typed_dates import (
    NOT_A_DAY,
    NOT_A_DUE_DATE,
    is_usual_year,
    parse_typed_day,
    parse_typed_due,
    unusual_year_error,
)

P = DuePrecision
MARCH_15 = (date(2027, 3, 15), P.DAY)
MARCH = (date(2027, 3, 1), P.MONTH)
Q1 = (date(2027, 1, 1), P.QUARTER)
Q2 = (date(2027, 4, 1), P.QUARTER)
YEAR = (date(2027, 1, 1), P.YEAR)

TYPED = [
    # ISO, as before
    ("2027-03-15", MARCH_15),
    ("2027-3-15", MARCH_15),
    ("2027-03", MARCH),
    ("2027-Q1", Q1),
    ("2027-q2", Q2),
    ("2027", YEAR),
    # year first with / or . (Japanese partners write 2027/03/15)
    ("2027/03/15", MARCH_15),
    ("2027.03.15", MARCH_15),
    # as the app shows them: day first
    ("15/03/2027", MARCH_15),
    ("15/3/2027", MARCH_15),
    ("15.03.2027", MARCH_15),
    ("15-03-2027", MARCH_15),
    (" 15 / 03 / 2027 ", MARCH_15),
    ("05/03/2027", (date(2027, 3, 5), P.DAY)),  # 5 March, never 3 May
    ("5/3/2027", (date(2027, 3, 5), P.DAY)),
    ("03/2027", MARCH),
    ("3/2027", MARCH),
    ("3.2027", MARCH),
    ("Q1/2027", Q1),
    ("Q1 2027", Q1),
    ("q1-2027", Q1),
    ("2027 Q1", Q1),
    ("１５/０３/２０２７", MARCH_15),  # full-width digits
    # English month names
    ("March 2027", MARCH),
    ("mar 2027", MARCH),
    ("15 March 2027", MARCH_15),
    ("15th March 2027", MARCH_15),
    ("15 Mar 2027", MARCH_15),
    ("March 15, 2027", MARCH_15),
    ("Monday, 15 March 2027", MARCH_15),
    # Vietnamese, with and without diacritics
    ("tháng 3/2027", MARCH),
    ("Tháng 03/2027", MARCH),
    ("thang 3/2027", MARCH),
    ("tháng 3 năm 2027", MARCH),
    ("thg 3 2027", MARCH),
    ("quý 2/2027", Q2),
    ("Quý 2 năm 2027", Q2),
    ("quy 2/2027", Q2),
    ("quý II/2027", Q2),
    ("quý I/2027", Q1),
    ("ngày 15 tháng 3 năm 2027", MARCH_15),
    ("ngay 15 thang 3 nam 2027", MARCH_15),
    ("NGÀY 15 THÁNG 3 NĂM 2027", MARCH_15),
    ("15 tháng 3, 2027", MARCH_15),
    ("Thứ Hai, 15 tháng 3, 2027", MARCH_15),  # Qt's long Vietnamese date
    ("ngày 15/3/2027", MARCH_15),
    ("năm 2027", YEAR),
    ("nam 2027", YEAR),
    # decomposed (NFD) Vietnamese, as some keyboards send it
    ("qu\u0079\u0301 2/2027", Q2),
]


@pytest.mark.parametrize(("typed", "expected"), TYPED)
def test_typed_forms(typed: str, expected: tuple[date, DuePrecision]) -> None:
    assert parse_typed_due(typed) == expected


@pytest.mark.parametrize(
    "typed",
    [
        "soon",
        "",
        "   ",
        "2027-Q5",
        "Q5/2027",
        "quý 5/2027",
        "Marchh 2027",
        "15/03/2027 x",
        "2027/Q1/1",
    ],
)
def test_unknown_shapes_name_the_accepted_forms(typed: str) -> None:
    with pytest.raises(FieldError) as caught:
        parse_typed_due(typed, field="due")
    assert caught.value.field == "due"
    assert caught.value.reason_template == NOT_A_DUE_DATE
    forms = "15/03/2027, 03/2027, Q1/2027, 2027 or 2027-03-15"
    assert str(caught.value) == f"due must look like {forms} (got '{typed.strip()}')"


@pytest.mark.parametrize(
    "typed", ["03/15/2027", "12/31/2027", "31/02/2027", "29/02/2027", "13/2027"]
)
def test_month_first_and_impossible_dates_are_refused_saying_the_day_comes_first(
    typed: str,
) -> None:
    with pytest.raises(FieldError) as caught:
        parse_typed_due(typed)
    assert str(caught.value) == (
        f"due date is not a real date: '{typed}' (the day comes first, as in 15/03/2027)"
    )


def test_ambiguous_numbers_are_read_day_first() -> None:
    assert parse_typed_due("12/05/2027") == (date(2027, 5, 12), P.DAY)


@pytest.mark.parametrize("typed", ["15/03/27", "5.3.27", "15-3-27"])
def test_two_digit_years_are_refused(typed: str) -> None:
    with pytest.raises(FieldError, match=r"needs the year in four digits, as in 15/03/2027"):
        parse_typed_due(typed)


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("15/03/2027", date(2027, 3, 15)),
        ("2027-03-15", date(2027, 3, 15)),
        ("ngày 15 tháng 3 năm 2027", date(2027, 3, 15)),
        ("15 March 2027", date(2027, 3, 15)),
    ],
)
def test_a_day_field_takes_the_day_forms(typed: str, day: date) -> None:
    assert parse_typed_day(typed, field="signed_on") == day


@pytest.mark.parametrize("typed", ["03/2027", "quý 2/2027", "2027", "soon"])
def test_a_day_field_refuses_periods_naming_the_day_forms(typed: str) -> None:
    with pytest.raises(FieldError) as caught:
        parse_typed_day(typed, field="signed_on")
    assert caught.value.reason_template == NOT_A_DAY
    assert str(caught.value) == (
        f"signed_on must be a day like 15/03/2027 or 2027-03-15 (got '{typed}')"
    )


@pytest.mark.parametrize("typed", ["0001-01-01", "1900", "9999-12-31", "01/01/1944", "2101"])
def test_years_outside_1945_2100_are_parsed_but_unusual(typed: str) -> None:
    day, _ = parse_typed_due(typed)
    assert not is_usual_year(day)
    error = unusual_year_error(day)
    assert error.reason == f"is in the year {day.year}, outside 1945–2100"
    assert error.reason_values == {"year": day.year, "first": 1945, "last": 2100}


@pytest.mark.parametrize("typed", ["1945", "01/01/1945", "31/12/2100", "2100-Q4"])
def test_the_usual_years_include_their_bounds(typed: str) -> None:
    assert is_usual_year(parse_typed_due(typed)[0])


@given(st.dates(min_value=date(1, 1, 1)), st.sampled_from(list(DuePrecision)))
def test_every_iso_label_parses_back(day: date, precision: DuePrecision) -> None:
    start = period_start(day, precision)
    assert parse_typed_due(format_due(start, precision)) == (start, precision)


@given(st.dates(min_value=date(1000, 1, 1)))
def test_every_day_month_year_parses_back(day: date) -> None:
    assert parse_typed_due(f"{day.day:02d}/{day.month:02d}/{day.year}") == (day, P.DAY)
    assert parse_typed_due(f"{day.day}.{day.month}.{day.year}") == (day, P.DAY)
