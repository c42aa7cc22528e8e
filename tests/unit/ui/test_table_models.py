"""The Qt table models, without any view: columns, roles, paging, SQL sorting, errors."""

import importlib
from dataclasses import replace
from datetime import date, datetime
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QIcon

from briefing_app.domain.enums import ActionStatus, Classification, DuePrecision, Priority
from briefing_app.domain.errors import UserError
from briefing_app.services import listing
from briefing_app.services.dto import ActionRow, ChangeRow
from briefing_app.services.pages import Page, PageRequest
from briefing_app.store.database import OpenedDatabase
from briefing_app.ui.models.action_table_model import ActionTableModel
from briefing_app.ui.models.locality_table_model import LocalityTableModel
from briefing_app.ui.models.meeting_table_model import MeetingTableModel
from briefing_app.ui.models.paged_table_model import IdRole, RowRole, static_fetch
from briefing_app.ui.models.record_history_model import FIELD, NEW, OLD, RecordHistoryModel

ROOT = QModelIndex()


def action_row(action_id: int, *, overdue: bool, due: date | None = date(2026, 1, 1)) -> ActionRow:
    return ActionRow(
        id=action_id,
        title=f"Action {action_id}",
        meeting_id=1,
        meeting_title="Thanh Hóa – Yamanashi bilateral meeting",
        owner="Thanh Hóa",
        counterpart="Yamanashi",
        due_date=due,
        due_precision=DuePrecision.QUARTER if due else None,
        due_label="2026-Q1" if due else "",
        overdue=overdue,
        status=ActionStatus.IN_PROGRESS,
        priority=Priority.HIGH,
        classification=Classification.INTERNAL,
        version=3,
    )


def test_action_cells_and_overdue_roles(qapp: Any, qtmodeltester: Any) -> None:
    model = ActionTableModel(
        fetch=static_fetch([action_row(1, overdue=True), action_row(2, overdue=False, due=None)])
    )
    model.reload()
    qtmodeltester.check(model)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "#",
        "Title",
        "Meeting",
        "Owner",
        "Counterpart",
        "Due",
        "Status",
        "Priority",
        "Classification",
    ]
    due = model.column_of("due")
    late = model.index(0, due)
    assert late.data() == "Q1 2026 (overdue)"  # text, not colour alone
    assert isinstance(late.data(Qt.ItemDataRole.DecorationRole), QIcon)
    assert isinstance(late.data(Qt.ItemDataRole.BackgroundRole), QBrush)
    assert isinstance(model.index(0, 1).data(Qt.ItemDataRole.ForegroundRole), QBrush)
    assert "31 March 2026" in late.data(Qt.ItemDataRole.ToolTipRole) or "2026" in late.data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert model.index(0, 1).data(Qt.ItemDataRole.AccessibleDescriptionRole) == "Overdue"
    on_time = model.index(1, due)
    assert on_time.data() == ""
    assert on_time.data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(0, model.column_of("status")).data() == "In progress"
    assert model.index(0, model.column_of("priority")).data() == "High"
    assert model.index(1, 0).data(IdRole) == 2
    assert model.index(1, 0).data(RowRole).title == "Action 2"


def test_paging_reads_one_page_at_a_time(seeded_db: OpenedDatabase, qtmodeltester: Any) -> None:
    requests: list[PageRequest] = []

    def fetch(request: PageRequest) -> Page[Any]:
        requests.append(request)
        return listing.page_localities(seeded_db.engine, None, request)

    model = LocalityTableModel(fetch=fetch)
    model._page_size = 30  # noqa: SLF001 - a small page to see paging
    model.reload()
    assert model.rowCount() == 30 and model.total == 81
    assert model.canFetchMore(ROOT)
    model.fetchMore(ROOT)
    model.fetchMore(ROOT)
    assert model.rowCount() == 81 and not model.canFetchMore(ROOT)
    assert [r.offset for r in requests] == [0, 30, 60]
    qtmodeltester.check(model)


def test_sorting_goes_to_the_service(seeded_db: OpenedDatabase) -> None:
    requests: list[PageRequest] = []

    def fetch(request: PageRequest) -> Page[Any]:
        requests.append(request)
        return listing.page_meetings(seeded_db.engine, None, request)

    model = MeetingTableModel(fetch=fetch)
    model.reload()
    model.sort(model.column_of("actions"), Qt.SortOrder.DescendingOrder)
    assert (requests[-1].sort, requests[-1].descending) == ("actions", True)
    counts = [r.action_count for r in model.rows()]
    assert counts == sorted(counts, reverse=True)
    model.sort(-1)  # no column: the default order again
    assert requests[-1].sort is None


def test_a_column_without_sort_key_keeps_the_order() -> None:
    calls: list[PageRequest] = []

    def fetch(request: PageRequest) -> Page[Any]:
        calls.append(request)
        return Page(rows=[], total=0, offset=0)

    model = ActionTableModel(fetch=fetch)
    model._columns[1] = replace(model.columns[1], key=None)  # noqa: SLF001 - a keyless column
    model.reload()
    model.sort(1)
    assert len(calls) == 1


def test_read_errors_go_to_the_callback() -> None:
    seen: list[BaseException] = []

    def fetch(_request: PageRequest) -> Page[Any]:
        raise UserError("the database is busy")

    model = LocalityTableModel(fetch=fetch, on_error=seen.append)
    model.reload()
    assert model.rowCount() == 0 and [str(e) for e in seen] == ["the database is busy"]
    with pytest.raises(UserError):
        LocalityTableModel(fetch=fetch).reload()


def test_history_shows_names_not_codes_newest_first(qtmodeltester: Any) -> None:
    model = RecordHistoryModel()
    model.set_entries(
        [
            ChangeRow(1, datetime(2026, 1, 2, 9), "lan", "status", "agreed", "in_progress", None),
            ChangeRow(2, datetime(2026, 1, 3, 9), "kenji", "notes", "a\nb", "c", "undo"),
        ]
    )
    qtmodeltester.check(model)
    assert model.index(0, FIELD).data() == "Notes"
    assert model.index(0, OLD).data() == "a ⏎ b"
    assert model.index(1, FIELD).data() == "Status"
    assert (model.index(1, OLD).data(), model.index(1, NEW).data()) == ("Agreed", "In progress")


@pytest.mark.parametrize(
    ("model_class", "page"),
    [
        ("meeting_table_model.MeetingTableModel", listing.page_meetings),
        ("delegation_table_model.DelegationTableModel", listing.page_delegations),
        ("agreement_table_model.AgreementTableModel", listing.page_agreements),
        ("person_table_model.PersonTableModel", listing.page_people),
        ("source_table_model.SourceTableModel", listing.page_sources),
        ("locality_table_model.LocalityTableModel", listing.page_localities),
    ],
)
def test_every_list_model_passes_the_model_tester(
    seeded_db: OpenedDatabase, qtmodeltester: Any, model_class: str, page: Any
) -> None:
    module, name = model_class.split(".")
    model_type = getattr(importlib.import_module(f"briefing_app.ui.models.{module}"), name)
    model = model_type(fetch=lambda request: page(seeded_db.engine, None, request))
    model.reload()
    assert model.rowCount() > 0
    qtmodeltester.check(model)
    for column in range(model.columnCount()):
        model.sort(column, Qt.SortOrder.DescendingOrder)
        qtmodeltester.check(model)
