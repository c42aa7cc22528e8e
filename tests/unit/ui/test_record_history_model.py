"""The record editor's history model, without widgets."""

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt

from briefing_app.services.record_kinds.spec import HistoryEntry
from briefing_app.ui.models.record_history_model import FIELD, NEW, OLD, WHO, RecordHistoryModel


def entry(minute: int, field: str, old: str | None, new: str | None) -> HistoryEntry:
    return HistoryEntry(datetime(2026, 3, 16, 10, minute), "tester", field, old, new)


def test_newest_first_with_captions_and_values(qtmodeltester: Any) -> None:
    model = RecordHistoryModel(lambda key: {"title": "Title"}.get(key, key))
    model.set_entries(
        [
            entry(0, "created", None, "Talks"),
            entry(5, "title", "Talks", "Talks on hydrogen"),
            entry(5, "summary", None, "line one\nline two"),
        ]
    )
    qtmodeltester.check(model)
    assert model.rowCount() == 3 and model.columnCount() == 6
    assert model.data(model.index(0, FIELD)) == "summary", "newest first (services: oldest)"
    assert model.data(model.index(0, NEW)) == "line one ⏎ line two"
    assert model.data(model.index(0, NEW), Qt.ItemDataRole.ToolTipRole) == "line one\nline two"
    assert model.data(model.index(1, FIELD)) == "Title"
    assert model.data(model.index(1, OLD)) == "Talks"
    assert model.entry_at(2).field == "created"
    assert model.data(model.index(2, WHO)) == "tester"
    assert model.headerData(OLD, Qt.Orientation.Horizontal) == "Old value"


def test_empty(qtmodeltester: Any) -> None:
    model = RecordHistoryModel(str)
    qtmodeltester.check(model)
    model.set_entries([])
    assert model.rowCount() == 0
