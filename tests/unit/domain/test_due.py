"""Due dates with a precision: parsing, labels, period bounds and when an action is overdue."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing_app.domain.due import format_due, is_overdue, parse_due, period_end, period_start
from briefing_app.domain.enums import DuePrecision
from briefing_app.domain.errors import FieldError

P = DuePrecision


@pytest.mark.parametrize(
    ("text", "day", "precision"),
    [
        ("2026-03-15", date(2026, 3, 15), P.DAY),
        ("2026-03", date(2026, 3, 1), P.MONTH),
        ("2026-Q1", date(2026, 1, 1), P.QUARTER),
        ("2026-Q2", date(2026, 4, 1), P.QUARTER),
        ("2026-Q3", date(2026, 7, 1), P.QUARTER),
        ("2026-Q4", date(2026, 10, 1), P.QUARTER),
        ("2026", date(2026, 1, 1), P.YEAR),
    ],
)
def test_parse_and_format_round_trip(text: str, day: date, precision: DuePrecision) -> None:
    assert parse_due(text) == (day, precision)
    assert format_due(day, precision) == text


@pytest.mark.parametrize(
    ("text", "canonical"),
    [("2026-3-5", "2026-03-05"), ("2026-3", "2026-03"), (" 2026-q4 ", "2026-Q4")],
)
def test_loose_input_gives_canonical_label(text: str, canonical: str) -> None:
    assert format_due(*parse_due(text)) == canonical


@pytest.mark.parametrize(
    "text", ["2026-02-30", "2025-02-29", "2026-13", "2026-00", "0000", "2026-04-31"]
)
def test_impossible_dates_are_refused(text: str) -> None:
    with pytest.raises(FieldError, match="not a real date") as caught:
        parse_due(text, field="due")
    assert caught.value.field == "due"


@pytest.mark.parametrize("text", ["", "tomorrow", "2026-Q5", "2026-Q0", "26", "2026/03/15", "Q1"])
def test_unrecognised_shapes_are_refused_with_examples(text: str) -> None:
    with pytest.raises(FieldError, match="must look like 2026-03-15") as caught:
        parse_due(text)
    assert caught.value.field == "due date"


def test_leap_day_is_a_real_date() -> None:
    assert parse_due("2024-02-29") == (date(2024, 2, 29), P.DAY)


@pytest.mark.parametrize(
    ("start", "precision", "end"),
    [
        (date(2026, 3, 15), P.DAY, date(2026, 3, 15)),
        (date(2024, 2, 1), P.MONTH, date(2024, 2, 29)),
        (date(2025, 2, 1), P.MONTH, date(2025, 2, 28)),
        (date(2000, 2, 1), P.MONTH, date(2000, 2, 29)),
        (date(2100, 2, 1), P.MONTH, date(2100, 2, 28)),
        (date(2026, 4, 1), P.MONTH, date(2026, 4, 30)),
        (date(2026, 12, 1), P.MONTH, date(2026, 12, 31)),
        (date(2026, 1, 1), P.QUARTER, date(2026, 3, 31)),
        (date(2026, 4, 1), P.QUARTER, date(2026, 6, 30)),
        (date(2026, 7, 1), P.QUARTER, date(2026, 9, 30)),
        (date(2026, 10, 1), P.QUARTER, date(2026, 12, 31)),
        (date(2026, 1, 1), P.YEAR, date(2026, 12, 31)),
        # A day inside the period gives the end of the period that contains it.
        (date(2026, 2, 14), P.QUARTER, date(2026, 3, 31)),
        (date(2024, 2, 14), P.MONTH, date(2024, 2, 29)),
        (date(2026, 8, 9), P.YEAR, date(2026, 12, 31)),
    ],
)
def test_period_end(start: date, precision: DuePrecision, end: date) -> None:
    assert period_end(start, precision) == end


@pytest.mark.parametrize(
    ("day", "precision", "start"),
    [
        (date(2026, 3, 15), P.DAY, date(2026, 3, 15)),
        (date(2026, 3, 15), P.MONTH, date(2026, 3, 1)),
        (date(2026, 3, 31), P.QUARTER, date(2026, 1, 1)),
        (date(2026, 6, 30), P.QUARTER, date(2026, 4, 1)),
        (date(2026, 11, 2), P.QUARTER, date(2026, 10, 1)),
        (date(2026, 11, 2), P.YEAR, date(2026, 1, 1)),
    ],
)
def test_period_start(day: date, precision: DuePrecision, start: date) -> None:
    assert period_start(day, precision) == start


@pytest.mark.parametrize(
    ("due", "precision", "last_day_on_time"),
    [
        (date(2026, 3, 15), P.DAY, date(2026, 3, 15)),
        (date(2026, 2, 1), P.MONTH, date(2026, 2, 28)),
        (date(2028, 2, 1), P.MONTH, date(2028, 2, 29)),
        (date(2026, 1, 1), P.QUARTER, date(2026, 3, 31)),
        (date(2026, 10, 1), P.QUARTER, date(2026, 12, 31)),
        (date(2026, 1, 1), P.YEAR, date(2026, 12, 31)),
    ],
)
def test_overdue_only_once_the_whole_period_has_passed(
    due: date, precision: DuePrecision, last_day_on_time: date
) -> None:
    assert not is_overdue(due, precision, due)
    assert not is_overdue(due, precision, last_day_on_time)
    assert is_overdue(due, precision, last_day_on_time + timedelta(days=1))
    assert not is_overdue(due, precision, due - timedelta(days=1))


def test_no_due_date_is_never_overdue() -> None:
    assert not is_overdue(None, None, date(2999, 1, 1))
    assert not is_overdue(None, P.YEAR, date(2999, 1, 1))


def test_missing_precision_means_a_day() -> None:
    assert is_overdue(date(2026, 3, 15), None, date(2026, 3, 16))
    assert not is_overdue(date(2026, 3, 15), None, date(2026, 3, 15))
    assert format_due(date(2026, 3, 15), None) == "2026-03-15"


def test_format_without_a_date_is_empty() -> None:
    assert format_due(None, None) == ""
    assert format_due(None, P.YEAR) == ""


@given(
    day=st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
    precision=st.sampled_from(list(DuePrecision)),
)
def test_any_period_round_trips_through_its_label(day: date, precision: DuePrecision) -> None:
    start = period_start(day, precision)
    assert parse_due(format_due(start, precision)) == (start, precision)
    assert start <= day <= period_end(day, precision)
    assert period_end(start, precision) == period_end(day, precision)
    if period_end(day, precision) < date(9999, 12, 31):
        after = period_end(day, precision) + timedelta(days=1)
        assert period_start(after, precision) == after
