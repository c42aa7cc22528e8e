"""The table models of the pages added for events, organisations and facts, and of the trash
dialog: checked with qtmodeltester, over the real services (paged, sorted in SQL)."""

from datetime import date, datetime
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt

from briefing_app.domain.enums import Country, OrganisationKind
from briefing_app.domain.record_kind import RecordKind
from briefing_app.services.pages import PageRequest
from briefing_app.services.record_kinds import editing, pages, trash
from briefing_app.services.record_kinds.spec import RecordRow, TrashEntry
from briefing_app.store.database import OpenedDatabase
from briefing_app.ui import labels
from briefing_app.ui.forms.inputs import row_text
from briefing_app.ui.models.event_table_model import EventTableModel
from briefing_app.ui.models.fact_table_model import FactTableModel
from briefing_app.ui.models.organisation_table_model import OrganisationTableModel
from briefing_app.ui.models.paged_table_model import IdRole, PagedTableModel
from briefing_app.ui.models.trash_table_model import KIND, LINKS, NAME, WHO, TrashTableModel

MODELS: list[tuple[type[PagedTableModel], Any]] = [
    (EventTableModel, pages.page_events),
    (OrganisationTableModel, pages.page_organisations),
    (FactTableModel, pages.page_facts),
]


@pytest.mark.parametrize(("model_type", "fetcher"), MODELS, ids=["events", "orgs", "facts"])
def test_page_models(
    qtmodeltester: Any, seeded_db: OpenedDatabase, model_type: Any, fetcher: Any
) -> None:
    engine = seeded_db.engine
    model = model_type(fetch=lambda request: fetcher(engine, None, request))
    model.reload()
    assert model.rowCount() > 0 and model.total == model.rowCount()
    qtmodeltester.check(model)
    # every column sorts in SQL, both ways
    for column in range(model.columnCount()):
        model.sort(column, Qt.SortOrder.DescendingOrder)
        assert model.rowCount() == model.total
    first = model.index(0, 0)
    assert isinstance(model.data(first, IdRole), int)


def test_events_page_searches_without_marks_and_names_the_parent(seeded_db: OpenedDatabase) -> None:
    engine = seeded_db.engine
    found = pages.page_events(engine, "ha long")
    assert [row.name for row in found.rows] == ["Vietnam–Japan Local Cooperation Forum"]
    parts = pages.page_events(engine, None, PageRequest(sort="parent", descending=True))
    assert parts.rows[0].parent == "Vietnam–Japan Local Cooperation Forum"
    model = EventTableModel(fetch=lambda request: pages.page_events(engine, "ha long", request))
    model.reload()
    assert model.index(0, model.column_of("name")).data() == found.rows[0].name


def test_facts_keep_two_values_of_one_label_side_by_side(seeded_db: OpenedDatabase) -> None:
    rows = pages.page_facts(seeded_db.engine, "japanese localities participating").rows
    assert sorted(row.value for row in rows) == ["15", "18"]
    assert all(row.sources >= 1 for row in rows)


def test_record_sheet_names_what_an_event_refers_to_and_what_refers_to_it(
    seeded_db: OpenedDatabase,
) -> None:
    sheet = pages.record_sheet(seeded_db.engine, RecordKind.EVENT, 1)
    titles = {related.title: len(related.rows) for related in sheet.related}
    assert titles["Programme"] >= 2 and titles["Meetings"] >= 1 and titles["Facts"] >= 2
    assert sheet.names["organisation"], "the organisers are named"


def test_trash_model(qtmodeltester: Any, seeded_db: OpenedDatabase) -> None:
    engine = seeded_db.engine
    person = editing.list_records(engine, RecordKind.PERSON)[0]
    trash.delete_record(engine, RecordKind.PERSON, person.id, changed_by="tester")
    model = TrashTableModel()
    qtmodeltester.check(model)
    model.set_entries(
        [
            *trash.list_trash(engine),
            TrashEntry(RecordKind.SOURCE, 9, "Báo Thanh Hóa", datetime(2026, 3, 16), "lan", 0),
        ]
    )
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.index(0, KIND).data() == "Person"
    assert model.index(0, NAME).data() == person.label
    assert model.index(0, WHO).data() == "tester"
    assert int(model.index(0, LINKS).data()) >= 1
    assert model.entry_at(1).kind is RecordKind.SOURCE


def test_search_counts_of_the_new_pages_match_their_lists(seeded_db: OpenedDatabase) -> None:
    engine = seeded_db.engine
    counts = pages.search_counts(engine, "ha long")
    assert counts == {
        "events": pages.page_events(engine, "ha long").total,
        "organisations": pages.page_organisations(engine, "ha long").total,
        "facts": pages.page_facts(engine, "ha long").total,
    }
    assert counts["events"] == 1 and counts["facts"] >= 1
    everything = pages.search_counts(engine, None)
    assert everything["organisations"] == pages.page_organisations(engine).total > 0


def test_pick_lists_name_a_records_kind_as_the_interface_does() -> None:
    row = RecordRow(RecordKind.ORGANISATION, 1, 1, "JETRO", "agency")
    assert row_text(row) == f"JETRO ({labels.label(OrganisationKind.AGENCY)})"
    assert row_text(RecordRow(RecordKind.DELEGATION, 2, 1, "Yamanashi", "JP")) == (
        f"Yamanashi ({labels.label(Country.JP)})"
    )
    dated = RecordRow(RecordKind.EVENT, 3, 1, "Forum", "2025-11-25")
    assert row_text(dated) == f"Forum ({labels.format_date(date(2025, 11, 25))})"


def test_pick_lists_show_a_records_day_as_the_interface_does() -> None:
    """The event and meeting pickers of the Vietnamese interface: 25/11/2025, as every date
    there (the ISO day, 2025-11-25, stood beside the event's name)."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    try:
        for kind in (RecordKind.EVENT, RecordKind.MEETING):
            row = RecordRow(kind, 3, 1, "Diễn đàn", "2025-11-25")
            assert row_text(row) == "Diễn đàn (25/11/2025)"
        assert row_text(RecordRow(RecordKind.MEETING, 4, 1, "Buổi chào xã giao")) == (
            "Buổi chào xã giao"
        )
    finally:
        QLocale.setDefault(before)
