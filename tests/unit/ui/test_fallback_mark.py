"""The one mark for a text shown in another language than the interface's (its version
missing), without a view: a table model's cell, a detail pane's HTML, a tag that survives the
copies DTOs go through."""

import copy
import json
from dataclasses import asdict

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from briefing_app.domain.enums import Classification, MeetingKind
from briefing_app.domain.shown_text import FallbackText, fallback_language, joined
from briefing_app.services.dto import MeetingRow
from briefing_app.ui.details.html_parts import esc, meeting_item
from briefing_app.ui.models.meeting_table_model import MeetingTableModel
from briefing_app.ui.models.paged_table_model import static_fetch

ENGLISH = FallbackText("Courtesy call on the Prime Minister", "en")


def _row(title: str, parties: list[str]) -> MeetingRow:
    return MeetingRow(
        id=4,
        title=title,
        kind=MeetingKind.COURTESY_CALL,
        event_id=1,
        starts_at=None,
        parties=parties,
        action_count=0,
        classification=Classification.PUBLIC,
    )


def test_the_tag_survives_the_copies_and_json_sees_plain_text() -> None:
    row = _row(ENGLISH, ["Đoàn tỉnh Thanh Hóa", FallbackText("Yamanashi delegation", "en")])
    copied = asdict(row)
    assert fallback_language(copied["title"]) == "en"
    assert fallback_language(copy.deepcopy(ENGLISH)) == "en"
    assert json.dumps(copied["title"]) == json.dumps("Courtesy call on the Prime Minister")
    assert fallback_language(joined("; ", row.parties)) == "en"
    assert fallback_language(joined("; ", ["Đoàn tỉnh Thanh Hóa"])) is None


def test_a_table_cell_is_italic_with_a_tooltip_and_an_accessible_description(
    qapp: QApplication,
) -> None:
    model = MeetingTableModel(
        fetch=static_fetch([_row(ENGLISH, []), _row("Cuộc gặp song phương", [])])
    )
    model.reload()
    title = model.column_of("title")
    english, vietnamese = model.index(0, title), model.index(1, title)

    font = model.data(english, Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.italic()
    assert model.data(english, Qt.ItemDataRole.DisplayRole) == ENGLISH
    assert "Only in English" in model.data(english, Qt.ItemDataRole.ToolTipRole)
    described = Qt.ItemDataRole.AccessibleDescriptionRole
    assert model.data(english, described) == "Only in English"
    assert model.data(vietnamese, Qt.ItemDataRole.FontRole) is None
    assert model.data(vietnamese, Qt.ItemDataRole.ToolTipRole) == "Cuộc gặp song phương"
    assert model.data(vietnamese, described) is None


def test_a_pane_shows_it_in_italics_with_its_language(qapp: QApplication) -> None:
    marked = esc(FallbackText("Tea & talks", "en"))
    assert marked.startswith("<i>Tea &amp; talks</i>") and ">EN</span>" in marked
    assert esc("Trà & chuyện") == "Trà &amp; chuyện"
    link = meeting_item(_row(ENGLISH, []))
    assert "<i>Courtesy call on the Prime Minister</i>" in link
