"""Pick lists of tens of thousands of entries (issue 16: 50,000 people, 20,000 meetings).

PySide6 6.12's QStandardItem.setData, QStandardItemModel.appendRow and setItem drop one
reference to None per call; with 50,000 people in the owner list, None's count reached zero and
Python aborted the app at start. The lists add their entries another way (add_entry): filling
them leaves None's count alone."""

import sys

from pytestqt.qtbot import QtBot

from briefing_app.domain.enums import Country
from briefing_app.services.catalogue import PartyChoice
from briefing_app.services.dto import PartyRef
from briefing_app.ui.forms.search_combo import SearchCombo
from briefing_app.ui.widgets.party_picker import PartyPicker

COUNT = 3_000


def test_a_long_party_list_keeps_none_alive(qtbot: QtBot) -> None:
    choices = [
        PartyChoice(PartyRef("person", n, f"Nguyễn Văn {n}"), None, Country.VN, "Chuyên viên")
        for n in range(1, COUNT + 1)
    ]
    before = sys.getrefcount(None)
    picker = PartyPicker(choices=choices, none_text="(none)", accessible_name="Owner")
    qtbot.addWidget(picker)
    assert picker.count() == COUNT + 1
    assert sys.getrefcount(None) - before > -COUNT // 2  # appendRow: about -COUNT
    picker.set_ref(PartyRef("person", COUNT, f"Nguyễn Văn {COUNT}"))
    assert picker.currentIndex() == COUNT


def test_a_long_meeting_list_keeps_none_alive(qtbot: QtBot) -> None:
    combo = SearchCombo(placeholder="(none)")
    qtbot.addWidget(combo)
    before = sys.getrefcount(None)
    combo.set_options([(n, f"Meeting {n}") for n in range(1, COUNT + 1)])
    assert combo.count() == COUNT + 1
    assert sys.getrefcount(None) - before > -COUNT // 2
