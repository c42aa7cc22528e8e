"""The labels printed on briefings come from the app's translation files and format dates and
due periods in the briefing's language."""

from datetime import date
from enum import StrEnum
from pathlib import Path

import pytest

from briefing_app.briefing.labels import Labels
from briefing_app.domain.enums import (
    ActionStatus,
    AgreementStatus,
    Classification,
    Country,
    DuePrecision,
    EventKind,
    LocalityKind,
    MeetingKind,
    Priority,
    TimeOfDay,
)
from briefing_app.i18n import Catalogue, Language


def test_labels_are_looked_up_in_the_translation_file(tmp_path: Path) -> None:
    ts = tmp_path / "briefing_vi.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="vi">'
        "<context><name>Briefing</name>"
        "<message><source>Participants</source><translation>Thành phần</translation></message>"
        "<message><source>Page {page} of {total}</source>"
        "<translation>Tr. {page}/{total}</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    labels = Labels(Language.VI, Catalogue.from_ts(ts))
    assert labels["participants"] == "Thành phần"
    assert labels.text("page", page=2, total=9) == "Tr. 2/9"
    assert labels["sources"] == "Sources"  # not in that file: the English source text


@pytest.mark.parametrize(
    ("language", "day", "precision", "expected"),
    [
        (Language.EN, date(2025, 11, 25), DuePrecision.DAY, "25 November 2025"),
        (Language.VI, date(2025, 11, 25), DuePrecision.DAY, "25/11/2025"),
        (Language.EN, date(2025, 11, 1), DuePrecision.MONTH, "November 2025"),
        (Language.VI, date(2025, 11, 1), DuePrecision.MONTH, "tháng 11/2025"),
        (Language.EN, date(2025, 10, 1), DuePrecision.QUARTER, "Q4 2025"),
        (Language.VI, date(2025, 10, 1), DuePrecision.QUARTER, "quý 4/2025"),
        (Language.VI, date(2025, 1, 1), DuePrecision.YEAR, "2025"),
    ],
)
def test_due_periods_in_each_language(
    language: Language, day: date, precision: DuePrecision, expected: str
) -> None:
    assert Labels(language).due(day, precision) == expected


def test_shipped_vietnamese_labels() -> None:
    labels = Labels(Language.VI)
    assert labels["participants"] == "Thành phần tham dự"
    assert labels.enum(ActionStatus.IN_PROGRESS) == "Đang thực hiện"
    assert labels.due(None, None) == ""


@pytest.mark.parametrize(
    ("language", "value", "expected"),
    [
        (Language.EN, 3_640_000, "3,640,000"),
        (Language.VI, 3_640_000, "3.640.000"),
        (Language.EN, 11_114.7, "11,114.7"),
        (Language.VI, 11_114.7, "11.114,7"),
        (Language.EN, 4465.0, "4,465"),
        (Language.VI, 0.25, "0,25"),
    ],
)
def test_figures_use_the_languages_separators(
    language: Language, value: float, expected: str
) -> None:
    assert Labels(language).number(value) == expected


@pytest.mark.parametrize(
    "enum",
    [
        ActionStatus,
        AgreementStatus,
        Classification,
        Country,
        EventKind,
        LocalityKind,
        MeetingKind,
        Priority,
        TimeOfDay,
    ],
)
def test_every_stored_value_a_brief_prints_has_a_label(enum: type[StrEnum]) -> None:
    english = Labels(Language.EN)
    vietnamese = Labels(Language.VI)
    for value in enum:
        assert english.enum(value)
        assert vietnamese.enum(value) != english.enum(value)
