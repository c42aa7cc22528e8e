"""The due date editor: every precision, conversions, and refusals (widget-level, no window)."""

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from briefing_app.domain.enums import DuePrecision
from briefing_app.domain.errors import FieldError
from briefing_app.ui.widgets.due_date_edit import DueDateEdit


@pytest.fixture
def edit(qtbot: QtBot) -> DueDateEdit:
    widget = DueDateEdit(today=date(2026, 5, 17))
    qtbot.addWidget(widget)
    return widget


@pytest.mark.parametrize(
    ("typed", "expected", "precision_text"),
    [
        ("2026-03-15", (date(2026, 3, 15), DuePrecision.DAY), "Day"),
        ("2026-03", (date(2026, 3, 1), DuePrecision.MONTH), "Month"),
        ("2026-q2", (date(2026, 4, 1), DuePrecision.QUARTER), "Quarter"),
        ("2026", (date(2026, 1, 1), DuePrecision.YEAR), "Year"),
        ("", None, "No due date"),
    ],
)
def test_typed_forms(
    qtbot: QtBot,
    edit: DueDateEdit,
    typed: str,
    expected: tuple[date, DuePrecision] | None,
    precision_text: str,
) -> None:
    edit.set_text("x")
    edit.text_field.clear()
    qtbot.keyClicks(edit.text_field, typed)
    assert edit.value() == expected
    assert edit.precision_box.currentText() == precision_text


def test_changing_precision_converts_the_date(edit: DueDateEdit) -> None:
    edit.set_text("2026-08-20")
    edit.precision_box.setCurrentIndex(3)  # Quarter
    edit.precision_box.activated.emit(3)
    assert edit.text() == "Q3 2026"  # as the app shows it; it reads back
    edit.precision_box.activated.emit(4)  # Year
    assert edit.text() == "2026"
    edit.precision_box.activated.emit(0)  # No due date
    assert edit.text() == "" and edit.value() is None
    edit.precision_box.activated.emit(2)  # Month, from nothing: this month
    assert edit.text() == "May 2026"


def test_refusals_and_hint(edit: DueDateEdit) -> None:
    edit.set_text("2026-02-30")
    with pytest.raises(FieldError) as caught:
        edit.value()
    assert caught.value.field == "due date"
    assert "Not a date yet" in edit.hint.text()
    edit.set_text("2026-Q1")
    assert "Quarter" in edit.hint.text()
