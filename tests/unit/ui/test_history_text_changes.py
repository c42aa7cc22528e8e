"""History shows a long text's change as what it lost and gained (issue 12, item 5): the Notes
of an action, the summary of a record; the whole texts stay in the tooltips."""

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt

from briefing_app.services.dto import ChangeRow
from briefing_app.services.record_kinds.spec import HistoryEntry
from briefing_app.ui.models import record_history_model as records
from briefing_app.ui.models.record_history_model import RecordHistoryModel
from briefing_app.ui.models.text_changes import text_change

TOOLTIP = Qt.ItemDataRole.ToolTipRole
NOTES_BEFORE = (
    "2026-01-10: Yamanashi sent the draft programme for the spring visit to Thanh Hóa.\n"
    "2026-01-20: The Department of Foreign Affairs asked for the names of the delegation."
)
NOTES_AFTER = NOTES_BEFORE + "\n2026-02-02: Called back: the list arrives on 10 February."


def test_an_added_line_of_the_notes_is_what_the_row_shows(qtmodeltester: Any) -> None:
    model = RecordHistoryModel()  # an action's change (a ChangeRow), by the same model
    model.set_entries(
        [ChangeRow(1, datetime(2026, 2, 2, 9), "lan", "notes", NOTES_BEFORE, NOTES_AFTER, None)]
    )
    qtmodeltester.check(model)
    new = model.data(model.index(0, records.NEW))
    assert new == "+ 2026-02-02: Called back: the list arrives on 10 February."
    assert model.data(model.index(0, records.OLD)) == "(nothing removed)"
    assert model.data(model.index(0, records.NEW), TOOLTIP) == NOTES_AFTER
    assert model.data(model.index(0, records.OLD), TOOLTIP) == NOTES_BEFORE


def test_a_summary_shows_the_words_removed_and_added(qtmodeltester: Any) -> None:
    before = (
        "The two sides agreed to open a direct flight between Narita and Thọ Xuân in the "
        "autumn of 2026 and to exchange trainees in agriculture."
    )
    after = before.replace("autumn of 2026", "spring of 2027").replace(" in agriculture", "")
    model = RecordHistoryModel(str)
    model.set_entries(
        [
            HistoryEntry(datetime(2026, 3, 16, 10), "tester", "summary", before, after),
            HistoryEntry(datetime(2026, 3, 16, 11), "tester", "title", "Talks", "Talks again"),
        ]
    )
    qtmodeltester.check(model)
    summary = 1  # newest first
    assert model.data(model.index(summary, records.OLD)) == "− autumn … − 2026 … − in agriculture"
    assert model.data(model.index(summary, records.NEW)) == "+ spring … + 2027"
    assert model.data(model.index(summary, records.OLD), TOOLTIP) == before
    assert model.data(model.index(summary, records.NEW), TOOLTIP) == after
    title = 0  # short texts are shown whole, as before
    assert model.data(model.index(title, records.OLD)) == "Talks"
    assert model.data(model.index(title, records.NEW)) == "Talks again"


def test_lines_removed_and_replaced() -> None:
    one, two, three = ("Line one of a long note. " * 3, "Line two. " * 5, "Line three. " * 5)
    change = text_change(f"{one}\n{two}\n{three}", f"{one}\n2\n{three}\nfour")
    assert change is not None
    assert (change.removed, change.added) == ((two.strip(),), ("2", "four"))
    assert change.shown(old=True, nothing="-") == f"− {two.strip()}"
    assert change.shown(old=False, nothing="-") == "+ 2 ⏎ + four"
    assert text_change("", one) is None, "a text set for the first time is shown whole"
    assert text_change("short\ntext", "also short") is None, "short texts fit whole"
