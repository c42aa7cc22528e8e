"""Pick lists of tens of thousands of entries (issue 16: 50,000 people, 20,000 meetings).

PySide6 6.12's QStandardItem.setData, QStandardItemModel.appendRow and setItem drop one
reference to None per call; with 50,000 people in the owner list, None's count reached zero and
Python aborted the app at start. The lists add their entries another way (add_entry): filling
them leaves None's count alone."""

import sys
from pathlib import Path

from gui_fakes import FakePrompts
from gui_helpers import make_window, shut
from pytestqt.qtbot import QtBot

from briefing_app.domain.enums import Country
from briefing_app.services.catalogue import PartyChoice
from briefing_app.services.dto import PartyRef
from briefing_app.store.database import OpenedDatabase
from briefing_app.ui.forms.search_combo import SearchCombo
from briefing_app.ui.widgets.party_picker import PartyList, PartyPicker

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


def test_pickers_of_one_list_share_its_model_and_pick_apart(qtbot: QtBot) -> None:
    """The catalogue's parties (52,000 on the generated database) are one list model for the
    action editor's owner and counterpart and the action list's owner filter: one copy of the
    Qt items, not three. Each picker keeps its own pick."""
    parties = PartyList(
        [
            PartyChoice(PartyRef("person", n, f"Nguyễn Văn {n}"), None, Country.VN, None)
            for n in range(1, 101)
        ]
    )
    owner, counterpart, owner_filter = (
        PartyPicker(choices=parties, none_text="(none)", accessible_name=name)
        for name in ("Owner", "Counterpart", "Owner filter")
    )
    for picker in (owner, counterpart, owner_filter):
        qtbot.addWidget(picker)
    assert owner.model() is counterpart.model() is owner_filter.model() is parties.model()

    owner.set_ref(PartyRef("person", 7, "Nguyễn Văn 7"))
    counterpart.set_ref(PartyRef("person", 42, "Nguyễn Văn 42"))

    assert (owner.choice(), counterpart.choice(), owner_filter.choice()) == (
        PartyRef("person", 7, "Nguyễn Văn 7"),
        PartyRef("person", 42, "Nguyễn Văn 42"),
        None,
    )
    other = PartyPicker(choices=list(parties), none_text="(none)", accessible_name="Elsewhere")
    qtbot.addWidget(other)
    assert other.model() is not parties.model()  # a plain list gets a model of its own


def test_the_windows_party_pickers_share_one_model(
    qtbot: QtBot, seeded_db: OpenedDatabase, prompts: FakePrompts, settings_file: Path
) -> None:
    window = make_window(qtbot, seeded_db.url, prompts, settings_file)
    try:
        qtbot.waitUntil(lambda: window.workspace.ready, timeout=5000)
        pickers = window.findChildren(PartyPicker)
        names = {p.objectName() for p in pickers}
        assert {"field_owner_ref", "field_counterpart_ref", "ownerFilter"} <= names
        assert len({id(p.model()) for p in pickers}) == 1
    finally:
        shut(window)
