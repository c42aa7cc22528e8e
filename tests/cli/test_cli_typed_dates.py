"""`action update ID --due` takes dates as staff type them (day first, English or Vietnamese)
and refuses a year outside 1945–2100 unless --force is given."""

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from briefing_app.store.database import OpenedDatabase

ACTION = 2


@pytest.fixture
def db(seeded_db: OpenedDatabase) -> Path:
    assert seeded_db.path is not None
    return seeded_db.path


def _due(db: Path, action_id: int) -> tuple[object, ...]:
    with closing(sqlite3.connect(db)) as connection:
        return connection.execute(
            "SELECT due_date, due_precision, version FROM follow_up_actions WHERE id = ?",
            (action_id,),
        ).fetchone()


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("15/03/2027", ("2027-03-15", "day")),
        ("03/2027", ("2027-03-01", "month")),
        ("Q1/2027", ("2027-01-01", "quarter")),
        ("quý 2/2027", ("2027-04-01", "quarter")),
        ("tháng 3/2027", ("2027-03-01", "month")),
        ("ngày 15 tháng 3 năm 2027", ("2027-03-15", "day")),
        ("15 March 2027", ("2027-03-15", "day")),
    ],
)
def test_due_as_typed(cli, db: Path, typed: str, stored: tuple[str, str]) -> None:
    result = cli("--db", db, "action", "update", ACTION, "--due", typed, "--json")
    assert result.code == 0, result.err
    assert (result.json()["due_date"], result.json()["due_precision"]) == stored
    assert _due(db, ACTION)[:2] == stored


def test_update_1_due_15_03_2027(cli, db: Path) -> None:
    result = cli("--db", db, "action", "update", 1, "--due", "15/03/2027")
    assert result.code == 0, result.err
    assert "due 2027-03-15" in result.out
    assert _due(db, 1)[:2] == ("2027-03-15", "day")


def test_month_first_is_refused(cli, db: Path) -> None:
    before = _due(db, ACTION)
    result = cli("--db", db, "action", "update", ACTION, "--due", "03/15/2027")
    result.assert_user_error("not a real date", "the day comes first")
    assert _due(db, ACTION) == before


@pytest.mark.parametrize(
    ("typed", "year", "stored"),
    [
        ("0001-01-01", 1, "0001-01-01"),
        ("1900", 1900, "1900-01-01"),
        ("31/12/9999", 9999, "9999-12-31"),
    ],
)
def test_an_unusual_year_is_refused_in_one_line_unless_forced(
    cli, db: Path, typed: str, year: int, stored: str
) -> None:
    before = _due(db, ACTION)
    result = cli("--db", db, "action", "update", ACTION, "--due", typed)
    result.assert_user_error(
        f"due date '{typed}' is in the year {year}, outside 1945–2100; "
        "check it, or give --force to keep it"
    )
    assert _due(db, ACTION) == before
    forced = cli("--db", db, "action", "update", ACTION, "--due", typed, "--force")
    assert forced.code == 0, forced.err
    assert _due(db, ACTION)[0] == stored
