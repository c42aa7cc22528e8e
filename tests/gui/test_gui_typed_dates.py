"""Dates as staff type them, in every date field of the desktop app: the due-date editor, the
form framework's date inputs and the action list's due filters take the displayed forms
(15/03/2027, quý 2/2027 …) as well as ISO; what the app shows parses back in English and in
Vietnamese; a year outside 1945–2100 is asked about before a save."""

from collections.abc import Iterator
from datetime import date

import pytest
import sqlalchemy as sa
from gui_fakes import FakePrompts
from gui_helpers import replace_text, type_text, wait_idle
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from briefing_app.domain import models as m
from briefing_app.domain.due import period_start
from briefing_app.domain.enums import DuePrecision
from briefing_app.domain.record_kind import RecordKind
from briefing_app.domain.typed_dates import parse_typed_day, parse_typed_due
from briefing_app.i18n import QT_TRANSLATE_NOOP, Language
from briefing_app.services.record_kinds.fields import FieldSpec, FieldType
from briefing_app.store.database import OpenedDatabase
from briefing_app.ui import labels
from briefing_app.ui.forms.inputs import DateInput, DueInput
from briefing_app.ui.forms.unusual_years import confirm_years
from briefing_app.ui.language import install_language
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.widgets.due_date_edit import DueDateEdit

P = DuePrecision
SIGNED_ON = FieldSpec("signed_on", QT_TRANSLATE_NOOP("Fields", "Signed on"), FieldType.DATE)
DUE = FieldSpec("due", QT_TRANSLATE_NOOP("Fields", "Due date"), FieldType.DUE)


@pytest.fixture(params=[Language.EN, Language.VI])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[Language]:
    install_language(qapp, request.param)
    yield request.param
    install_language(qapp, Language.EN)


def stored_due(db: OpenedDatabase, action_id: int) -> tuple[object, object]:
    engine = sa.create_engine(db.url)
    try:
        with Session(engine) as session:
            action = session.get(m.FollowUpAction, action_id)
            assert action is not None
            return action.due_date, action.due_precision
    finally:
        engine.dispose()


# ------------------------------------------------------------------ the inputs, one by one


@pytest.mark.parametrize(
    ("typed", "expected", "precision_text"),
    [
        ("15/03/2027", (date(2027, 3, 15), P.DAY), "Day"),
        ("quý 2/2027", (date(2027, 4, 1), P.QUARTER), "Quarter"),
        ("tháng 3/2027", (date(2027, 3, 1), P.MONTH), "Month"),
        ("ngày 15 tháng 3 năm 2027", (date(2027, 3, 15), P.DAY), "Day"),
        ("Q1/2027", (date(2027, 1, 1), P.QUARTER), "Quarter"),
        ("03/2027", (date(2027, 3, 1), P.MONTH), "Month"),
    ],
)
def test_the_due_date_editor_takes_what_staff_type(
    qtbot: QtBot, typed: str, expected: tuple[date, DuePrecision], precision_text: str
) -> None:
    edit = DueDateEdit(today=date(2026, 5, 17))
    qtbot.addWidget(edit)
    type_text(qtbot, edit.text_field, typed)  # one key event per character
    assert edit.text() == typed
    assert edit.value() == expected
    assert edit.precision_box.currentText() == precision_text
    assert "Not a date" not in edit.hint.text()


def test_the_due_date_editor_says_the_day_comes_first(qtbot: QtBot) -> None:
    edit = DueDateEdit(today=date(2026, 5, 17))
    qtbot.addWidget(edit)
    type_text(qtbot, edit.text_field, "03/15/2027")
    assert "Not a date yet" in edit.hint.text() and "day first" in edit.hint.text()


def test_the_due_date_editor_warns_about_an_unusual_year(qtbot: QtBot) -> None:
    edit = DueDateEdit(today=date(2026, 5, 17))
    qtbot.addWidget(edit)
    type_text(qtbot, edit.text_field, "01/01/1900")
    assert edit.value() == (date(1900, 1, 1), P.DAY)
    assert "The year 1900 is outside 1945–2100" in edit.hint.text()


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("15/03/2027", "2027-03-15"),
        ("2027-03-15", "2027-03-15"),
        ("ngày 15 tháng 3 năm 2027", "2027-03-15"),
        ("15 March 2027", "2027-03-15"),
        ("quý 2/2027", "quý 2/2027"),  # not a day: handed on for the services to refuse
    ],
)
def test_a_form_date_input_takes_what_staff_type(qtbot: QtBot, typed: str, value: str) -> None:
    field = DateInput(SIGNED_ON)
    qtbot.addWidget(field)
    type_text(qtbot, field.line, typed)
    assert field.value() == value


def test_a_form_due_input_takes_quy_2(qtbot: QtBot) -> None:
    field = DueInput(DUE, today=date(2026, 5, 17))
    qtbot.addWidget(field)
    field.due.text_field.setText("quý 2/2027")
    assert field.value() == {"date": "2027-04-01", "precision": "quarter"}


# ------------------------------------------------------------------ what the app shows parses back


@pytest.mark.parametrize("precision", list(DuePrecision))
def test_what_the_app_shows_parses_back(language: Language, precision: DuePrecision) -> None:
    for day in (date(2027, 1, 1), date(2027, 4, 15), date(2027, 12, 31)):
        start = period_start(day, precision)
        shown = labels.format_due(start, precision)
        assert parse_typed_due(shown) == (start, precision), shown
        if language is Language.VI and precision in (P.MONTH, P.QUARTER):
            assert shown.startswith(("tháng", "quý")), shown
    day = date(2027, 3, 15)
    shown = labels.format_due(day, P.DAY)
    assert shown == "15/03/2027"
    assert parse_typed_due(shown) == (day, P.DAY)


def test_the_long_date_parses_back(language: Language) -> None:
    shown = labels.format_date(date(2027, 3, 5), QLocale.FormatType.LongFormat)
    assert parse_typed_day(shown) == date(2027, 3, 5), shown


# ------------------------------------------------------------------ the unusual-year question


def test_an_unusual_year_is_asked_about_and_kept_or_corrected(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    signed, due = DateInput(SIGNED_ON, parent), DueInput(DUE, today=date(2026, 5, 17))
    due.setParent(parent)
    signed.set_value("1900-01-01")
    due.set_value({"date": "2027-01-01", "precision": "quarter"})
    inputs = {"signed_on": signed, "due": due}
    prompts = FakePrompts()

    assert confirm_years(prompts, parent, inputs, ["due"])  # a usual year: nothing asked
    assert confirm_years(prompts, parent, inputs, [])  # unchanged fields are not asked about
    assert prompts.calls == []

    prompts.answer("confirm", True)
    assert confirm_years(prompts, parent, inputs, ["signed_on", "due"])
    title, text, ok_text = prompts.asked("confirm")[-1]
    assert (title, ok_text) == ("Unusual year", "Keep 1900")
    assert text.startswith("Did you mean ") and "1900" in text

    prompts.answer("confirm", False)
    assert not confirm_years(prompts, parent, inputs, ["signed_on"])


def test_the_action_editor_saves_15_03_2027_and_asks_about_1900(
    qtbot: QtBot, window: MainWindow, seeded_db: OpenedDatabase, prompts: FakePrompts
) -> None:
    window.open_record("action", 2)
    wait_idle(qtbot, window)
    editor = window.editor
    assert editor.action_id == 2
    replace_text(qtbot, editor.due_edit.text_field, "15/03/2027")
    assert editor.due_edit.precision_box.currentText() == "Day"
    assert editor.save()
    wait_idle(qtbot, window)
    assert stored_due(seeded_db, 2) == (date(2027, 3, 15), P.DAY)

    replace_text(qtbot, editor.due_edit.text_field, "quý 2/2027")
    assert editor.save()
    wait_idle(qtbot, window)
    assert stored_due(seeded_db, 2) == (date(2027, 4, 1), P.QUARTER)

    replace_text(qtbot, editor.due_edit.text_field, "01/01/1900")
    prompts.answer("confirm", False)  # "Did you mean 1 January 1900?" Cancel: correct it
    assert not editor.save()
    wait_idle(qtbot, window)
    assert stored_due(seeded_db, 2) == (date(2027, 4, 1), P.QUARTER)
    assert editor.is_dirty()
    prompts.answer("confirm", True)  # Keep 1900
    assert editor.save()
    wait_idle(qtbot, window)
    assert stored_due(seeded_db, 2) == (date(1900, 1, 1), P.DAY)
    asked = prompts.asked("confirm")
    assert len(asked) == 2 and all(ok == "Keep 1900" for _title, _text, ok in asked)


# ------------------------------------------------------------------ the action list's due filters


def _filter_to(qtbot: QtBot, edit: QWidget, typed: str) -> None:
    replace_text(qtbot, edit, typed)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_the_due_filters_take_what_staff_type(qtbot: QtBot, window: MainWindow) -> None:
    window.go(RecordKind.ACTION)
    wait_idle(qtbot, window)
    filters = window.actions_page.filters
    _filter_to(qtbot, filters.due_from, "15/03/2027")
    _filter_to(qtbot, filters.due_to, "quý 2/2027")  # until the quarter's last day
    query = filters.query(None)
    assert (query.due_from, query.due_to) == (date(2027, 3, 15), date(2027, 6, 30))
    assert filters.due_to.text() == "quý 2/2027"  # what was typed stays as typed

    _filter_to(qtbot, filters.due_from, "tháng 3/2026")
    _filter_to(qtbot, filters.due_to, "2026")
    wait_idle(qtbot, window)
    query = filters.query(None)
    assert (query.due_from, query.due_to) == (date(2026, 3, 1), date(2026, 12, 31))
    assert window.actions_page.model.total > 0

    _filter_to(qtbot, filters.due_from, "03/15/2027")  # month first: no date, filters nothing
    assert filters.query(None).due_from is None
    assert "the day comes first" in filters.due_from.toolTip()

    filters.clear()
    assert (filters.query(None).due_from, filters.query(None).due_to) == (None, None)
    assert filters.due_from.text() == "" and filters.due_from.toolTip() == ""


def test_the_due_editor_shows_a_stored_due_as_the_app_shows_it(
    qtbot: QtBot, language: Language
) -> None:
    edit = DueDateEdit(today=date(2026, 5, 17))
    qtbot.addWidget(edit)
    quarter = (date(2027, 4, 1), P.QUARTER)
    edit.set_due(quarter)
    assert edit.text() == ("quý 2/2027" if language is Language.VI else "Q2 2027")
    assert edit.value() == quarter
    edit.set_due((date(2027, 3, 15), P.DAY))
    assert edit.text() == "15/03/2027"


def test_a_form_date_input_shows_a_stored_day_as_the_interface_does(
    qtbot: QtBot, language: Language
) -> None:
    field = DateInput(SIGNED_ON)
    qtbot.addWidget(field)
    field.set_value("2025-11-25")
    assert field.line.text() == "25/11/2025"  # en_GB and vi alike, as lists and panes show it
    assert field.value() == "2025-11-25"  # and reads back as the same day
    field.calendar_button.picked.emit(date(2026, 3, 5))
    assert field.line.text() == "05/03/2026" and field.value() == "2026-03-05"
