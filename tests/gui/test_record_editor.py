"""The one editor framework, driven through its real widgets: the form view renders every field
type (object names, accessible names, buddies, inline errors, list editing by keyboard), and the
record editor saves, refuses, undoes, redoes, merges a stale save and guards unsaved changes.

The services behind the editor are an in-memory stand-in with the contract of
services/record_kinds/editing.py, run through the real operations layer (ui/operations.py)."""

import threading
import traceback
from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace
from datetime import datetime
from typing import Any

import pytest
import sqlalchemy as sa
from gui_fakes import FakePrompts
from gui_helpers import replace_text, type_text
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from briefing_app.domain.enums import Country
from briefing_app.domain.errors import FieldError, NotFoundError, StaleVersionError, ValidationError
from briefing_app.domain.record_kind import RecordKind
from briefing_app.i18n import Language
from briefing_app.services.catalogue import PartyChoice
from briefing_app.services.dto import PartyRef
from briefing_app.services.record_kinds import editing, trash
from briefing_app.services.record_kinds.fields import FieldSpec, FieldType
from briefing_app.services.record_kinds.form_model import FormModel, Hand
from briefing_app.services.record_kinds.registry import SPECS
from briefing_app.services.record_kinds.spec import (
    HistoryEntry,
    KindSpec,
    RecordData,
    RecordRow,
    TrashEntry,
)
from briefing_app.store.database import OpenedDatabase
from briefing_app.store.engine import make_engine
from briefing_app.ui.changes import ChangeHub
from briefing_app.ui.forms.form_view import FormView
from briefing_app.ui.forms.inputs import choice_label
from briefing_app.ui.forms.list_inputs import PointsInput, ReferencesInput, TableInput
from briefing_app.ui.forms.merge_dialog import MergeDialog
from briefing_app.ui.language import install_language
from briefing_app.ui.operations import Operations
from briefing_app.ui.record_editor import RecordEditor
from briefing_app.ui.tasks import TaskRunner

SPEC = KindSpec(
    kind=RecordKind.MEETING,
    label="Meeting",
    plural="Meetings",
    title_key="title",
    fields=(
        FieldSpec("title", "Title", FieldType.TEXT, required=True, max_length=40),
        FieldSpec("event_id", "Event", FieldType.REFERENCE, required=True, target=RecordKind.EVENT),
        FieldSpec(
            "kind", "Kind", FieldType.CHOICE, required=True, choices=("bilateral", "reception")
        ),
        FieldSpec("classification", "Classification", FieldType.CHOICE, choices=("public",)),
        FieldSpec("held_on", "Date", FieldType.DATE),
        FieldSpec("start_time", "Start time", FieldType.TIME),
        FieldSpec("population", "Population", FieldType.INTEGER),
        FieldSpec("area_km2", "Area", FieldType.DECIMAL),
        FieldSpec("party_ids", "Parties", FieldType.REFERENCES, target=RecordKind.DELEGATION),
        FieldSpec("participants", "Participants", FieldType.MEMBERS, target=RecordKind.PERSON),
        FieldSpec("talking_points", "Talking points", FieldType.POINTS),
        FieldSpec("expected_asks", "Expected asks", FieldType.ASKS),
        FieldSpec("summary", "Summary", FieldType.LONG_TEXT),
        FieldSpec("due", "Due", FieldType.DUE),
        FieldSpec("owner_ref", "Owner", FieldType.PARTY),
        FieldSpec("citations", "Sources", FieldType.CITATIONS, target=RecordKind.SOURCE),
        FieldSpec("action_count", "Actions", FieldType.INTEGER, read_only=True),
    ),
)

ROWS = {
    RecordKind.EVENT: [RecordRow(RecordKind.EVENT, 1, 1, "Forum 2025", "Hà Nội")],
    RecordKind.DELEGATION: [
        RecordRow(RecordKind.DELEGATION, 2, 1, "Yamanashi"),
        RecordRow(RecordKind.DELEGATION, 3, 1, "Thanh Hóa"),
    ],
    RecordKind.PERSON: [RecordRow(RecordKind.PERSON, 4, 1, "Nguyễn Văn A")],
    RecordKind.SOURCE: [RecordRow(RecordKind.SOURCE, 5, 1, "Press release")],
}


def stored_values(**changes: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "title": "Talks",
        "event_id": 1,
        "kind": "bilateral",
        "classification": None,
        "held_on": "2025-11-25",
        "start_time": None,
        "population": None,
        "area_km2": None,
        "party_ids": [2],
        "participants": [],
        "talking_points": ["Hydrogen", "Tourism"],
        "expected_asks": [],
        "summary": None,
        "due": None,
        "owner_ref": None,
        "citations": [],
        "action_count": 3,
    }
    values.update(changes)
    return values


def off_the_gui_thread() -> None:
    """The editor runs every service call as an operation, never on the GUI thread."""
    assert threading.current_thread() is not threading.main_thread(), "database on GUI thread"


class MemoryServices:
    """The contract of services/record_kinds/editing.py over a dict (ids, versions, history)."""

    def __init__(self) -> None:
        self.records: dict[int, RecordData] = {
            7: RecordData(RecordKind.MEETING, 7, 1, "Talks", stored_values())
        }
        self.history: dict[int, list[HistoryEntry]] = {7: []}
        self.edits: list[tuple[int, dict[str, Any], int]] = []

    def check_values(self, kind: RecordKind, values: Mapping[str, Any], *, partial: bool) -> None:
        errors = []
        if "held_on" in values and values["held_on"] not in (None, ""):
            try:
                datetime.strptime(str(values["held_on"]), "%Y-%m-%d")
            except ValueError:
                errors.append(FieldError("held_on", "is not a date (use 2025-11-25)"))
        if errors:
            raise ValidationError(errors)

    def read_record(self, engine: sa.Engine, kind: RecordKind, record_id: int) -> RecordData:
        off_the_gui_thread()
        if record_id not in self.records:
            raise NotFoundError("there is no meeting with id {id}", id=record_id)
        return self.records[record_id]

    def reference_choices(self, engine: sa.Engine, target: Any) -> list[RecordRow]:
        off_the_gui_thread()
        return ROWS.get(target, [])

    def _write(
        self, record_id: int, values: Mapping[str, Any], who: str, version: int
    ) -> RecordData:
        old = self.records.get(record_id)
        merged = {**(old.values if old else stored_values()), **values}
        for key, value in values.items():
            before = old.values.get(key) if old else None
            if before != value:
                self.history.setdefault(record_id, []).append(
                    HistoryEntry(datetime(2026, 3, 16, 10, 0), who, key, str(before), str(value))
                )
        record = RecordData(RecordKind.MEETING, record_id, version, str(merged["title"]), merged)
        self.records[record_id] = record
        return record

    def create_record(
        self, engine: sa.Engine, kind: RecordKind, values: Mapping[str, Any], *, changed_by: str
    ) -> RecordData:
        off_the_gui_thread()
        self.check_values(kind, values, partial=False)
        return self._write(max(self.records) + 1, values, changed_by, 1)

    def edit_record(
        self,
        engine: sa.Engine,
        kind: RecordKind,
        record_id: int,
        values: Mapping[str, Any],
        *,
        changed_by: str,
        if_version: int,
    ) -> RecordData:
        off_the_gui_thread()
        self.check_values(kind, values, partial=True)
        stored = self.records[record_id]
        if stored.version != if_version:
            raise StaleVersionError(record_id, if_version, stored.version)
        if values.get("title") == "refused by the service":
            raise ValidationError([FieldError("title", "is refused")])
        self.edits.append((record_id, dict(values), if_version))
        return self._write(record_id, values, changed_by, stored.version + 1)

    def party_choices(self, engine: sa.Engine) -> list[PartyChoice]:
        off_the_gui_thread()
        return [PartyChoice(PartyRef("locality", 9, "Thanh Hóa"), None, Country.VN, "province")]

    def delete_record(
        self,
        engine: sa.Engine,
        kind: RecordKind,
        record_id: int,
        *,
        changed_by: str,
        if_version: int,
    ) -> TrashEntry:
        off_the_gui_thread()
        stored = self.records[record_id]
        if stored.version != if_version:
            raise StaleVersionError(record_id, if_version, stored.version)
        del self.records[record_id]
        return TrashEntry(kind, record_id, stored.label, datetime(2026, 3, 16), changed_by, 0)

    def record_history(
        self, engine: sa.Engine, kind: RecordKind, record_id: int
    ) -> list[HistoryEntry]:
        off_the_gui_thread()
        return list(self.history.get(record_id, []))

    def someone_else_saves(self, record_id: int, **values: Any) -> None:
        stored = self.records[record_id]
        self._write(record_id, values, "colleague", stored.version + 1)


@pytest.fixture
def services() -> MemoryServices:
    return MemoryServices()


@pytest.fixture
def operations(qtbot: QtBot, prompts: FakePrompts) -> Iterator[Operations]:
    unexpected: list[BaseException] = []
    tasks = TaskRunner(on_unexpected=unexpected.append)
    engine = sa.create_engine("sqlite://")
    ops = Operations(
        tasks=tasks,
        hub=ChangeHub(),
        engine=lambda: engine,
        prompts=prompts,
        parent_widget=None,
        on_unexpected=unexpected.append,
    )
    yield ops
    tasks.wait()
    engine.dispose()
    assert not unexpected, unexpected


def open_editor(
    qtbot: QtBot,
    operations: Operations,
    prompts: FakePrompts,
    services: MemoryServices,
    record_id: int | None = 7,
    spec: KindSpec = SPEC,
) -> RecordEditor:
    editor = RecordEditor(
        spec=spec,
        operations=operations,
        prompts=prompts,
        user="tester",
        record_id=record_id,
        services=services,
    )
    # Closed unasked at the end of the test, whatever it left unsaved.
    qtbot.addWidget(editor, before_close_func=lambda e: e.model.revert())
    editor.resize(1024, 700)
    editor.show()
    qtbot.waitExposed(editor)
    settle(qtbot, editor)
    return editor


def settle(qtbot: QtBot, editor: RecordEditor) -> None:
    qtbot.waitUntil(lambda: not editor.busy, timeout=5000)


def field(editor: RecordEditor | FormView, key: str) -> QWidget:
    widget = editor.findChild(QWidget, f"field_{key}")
    assert widget is not None, key
    return widget


def message(editor: QWidget, key: str) -> QLabel:
    label = editor.findChild(QLabel, f"error_{key}")
    assert label is not None
    return label


# ------------------------------------------------------------------------------ the form view


def test_every_field_has_an_input_named_labelled_and_in_tab_order(qtbot: QtBot) -> None:
    view = FormView(model=FormModel(SPEC, check=lambda *a, **k: None), choices=ROWS)
    qtbot.addWidget(view)
    view.resize(1024, 700)
    view.show()
    expected = {
        "title": QLineEdit,
        "event_id": QComboBox,
        "kind": QComboBox,
        "held_on": QLineEdit,
        "start_time": QLineEdit,
        "population": QLineEdit,
        "party_ids": QListWidget,
        "participants": QTableWidget,
        "talking_points": QListWidget,
        "expected_asks": QTableWidget,
        "summary": QPlainTextEdit,
        "due": QLineEdit,
        "owner_ref": QComboBox,
        "citations": QTableWidget,
    }
    mnemonics: list[str] = []
    for spec in SPEC.fields:
        widget = field(view, spec.key)
        assert widget.accessibleName() == spec.label
        if spec.key in expected:
            assert isinstance(widget, expected[spec.key]), spec.key
        label = view.findChild(QLabel, f"label_{spec.key}")
        assert label is not None and label.buddy() is widget
        if "&" in label.text():
            mnemonics.append(label.text()[label.text().index("&") + 1].casefold())
    assert len(mnemonics) >= len(SPEC.fields) - 3
    assert len(set(mnemonics)) == len(mnemonics), "each mnemonic once"
    assert field(view, "title").maxLength() == 40  # type: ignore[attr-defined]
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    field(view, "title").setFocus()
    visited = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        visited.append(focus.objectName() or focus.parent().objectName())
    assert visited == ["field_event_id", "field_kind", "field_classification", "field_held_on"]


def test_read_only_fields_are_shown_but_not_editable(qtbot: QtBot) -> None:
    record = RecordData(RecordKind.MEETING, 7, 1, "Talks", stored_values())
    view = FormView(model=FormModel(SPEC, record, check=lambda *a, **k: None))
    qtbot.addWidget(view)
    count = field(view, "action_count")
    assert isinstance(count, QLineEdit)
    assert count.text() == "3" and count.isReadOnly()


def test_choices_are_translated_labels_with_an_empty_entry_when_optional(qtbot: QtBot) -> None:
    view = FormView(model=FormModel(SPEC, check=lambda *a, **k: None))
    qtbot.addWidget(view)
    kind = field(view, "kind")
    assert isinstance(kind, QComboBox)
    assert [kind.itemText(i) for i in range(kind.count())] == ["Bilateral meeting", "Reception"]
    organisation_kind = FieldSpec("k", "Kind", FieldType.CHOICE, choices=("peoples_committee",))
    assert choice_label(organisation_kind, "peoples_committee") == "People's committee"
    assert choice_label(organisation_kind, "unknown_value") == "Unknown value"
    classification = field(view, "classification")
    assert isinstance(classification, QComboBox)
    assert classification.count() == 2 and classification.itemData(0) is None
    assert classification.itemText(1) == "Public"


def test_typing_updates_the_model_and_parses_values(qtbot: QtBot) -> None:
    model = FormModel(SPEC, check=lambda *a, **k: None)
    view = FormView(model=model, choices=ROWS)
    qtbot.addWidget(view)
    view.show()
    dirty: list[bool] = []
    view.dirty_changed.connect(dirty.append)
    type_text(qtbot, field(view, "title"), "Gặp Thanh Hóa")
    assert model.value("title") == "Gặp Thanh Hóa" and dirty == [True]
    type_text(qtbot, field(view, "start_time"), "9:05")
    assert model.value("start_time") == "09:05"
    type_text(qtbot, field(view, "population"), "36x40000")  # letters are not taken
    assert model.value("population") == 3640000
    type_text(qtbot, field(view, "area_km2"), "11114.6")
    assert model.value("area_km2") == pytest.approx(11114.6)
    type_text(qtbot, field(view, "due"), "2026-Q1")
    assert model.value("due") == {"date": "2026-01-01", "precision": "quarter"}
    event = field(view, "event_id")
    assert isinstance(event, QComboBox)
    event.setCurrentIndex(1)
    assert model.value("event_id") == 1
    parties = view.inputs["party_ids"]
    assert isinstance(parties, ReferencesInput)
    parties.check_id(3)
    parties.check_id(2)
    assert model.value("party_ids") == [3, 2], "the order they were checked in"
    replace_text(qtbot, field(view, "start_time"), "")
    assert model.value("start_time") is None


def test_points_are_edited_by_keyboard(qtbot: QtBot) -> None:
    record = RecordData(RecordKind.MEETING, 7, 1, "Talks", stored_values())
    model = FormModel(SPEC, record, check=lambda *a, **k: None)
    view = FormView(model=model)
    qtbot.addWidget(view)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    points = field(view, "talking_points")
    assert isinstance(points, QListWidget)
    points.setFocus()
    points.setCurrentRow(1)
    qtbot.keyClick(points, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert model.value("talking_points") == ["Tourism", "Hydrogen"]
    qtbot.keyClick(points, Qt.Key.Key_Insert)
    editor = points.findChild(QLineEdit)
    assert editor is not None and editor.isVisible()
    type_text(qtbot, editor, "Hàng không")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits from the event loop
    qtbot.waitUntil(lambda: model.value("talking_points") == ["Tourism", "Hàng không", "Hydrogen"])
    points.setFocus()
    qtbot.keyClick(points, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert model.value("talking_points") == ["Tourism", "Hydrogen", "Hàng không"]
    qtbot.keyClick(points, Qt.Key.Key_Delete)
    assert model.value("talking_points") == ["Tourism", "Hydrogen"]
    assert model.dirty_keys == ("talking_points",)


def test_tables_of_asks_and_members(qtbot: QtBot) -> None:
    model = FormModel(SPEC, check=lambda *a, **k: None)
    view = FormView(model=model, choices=ROWS)
    qtbot.addWidget(view)
    view.show()
    asks = view.inputs["expected_asks"]
    assert isinstance(asks, TableInput)
    asks.add_entry()
    table = asks.table
    table.item(0, 0).setText("Direct flights")  # type: ignore[union-attr]
    table.item(0, 1).setText("Under study")  # type: ignore[union-attr]
    assert model.value("expected_asks") == [{"ask": "Direct flights", "response": "Under study"}]
    members = view.inputs["participants"]
    assert isinstance(members, TableInput)
    members.add_entry()
    person = members.table.cellWidget(0, 0)
    assert isinstance(person, QComboBox)
    person.setCurrentIndex(person.findData(4))
    members.table.item(0, 1).setText("Head")  # type: ignore[union-attr]
    assert model.value("participants") == [{"person_id": 4, "role": "Head", "role_vi": None}]
    members.table.item(0, 2).setText("Trưởng đoàn")  # type: ignore[union-attr]
    assert model.value("participants") == [
        {"person_id": 4, "role": "Head", "role_vi": "Trưởng đoàn"}
    ]
    citations = view.inputs["citations"]
    assert isinstance(citations, TableInput)
    citations.add_entry()
    source = citations.table.cellWidget(0, 0)
    which = citations.table.cellWidget(0, 1)
    assert isinstance(source, QComboBox) and isinstance(which, QComboBox)
    source.setCurrentIndex(source.findData(5))
    which.setCurrentIndex(which.findData("population"))
    assert model.value("citations") == [{"source_id": 5, "field": "population", "excerpt": None}]


def test_the_form_scrolls_in_a_small_window(qtbot: QtBot) -> None:
    view = FormView(model=FormModel(SPEC, check=lambda *a, **k: None))
    qtbot.addWidget(view)
    view.resize(1024, 700)
    view.show()
    qtbot.waitExposed(view)
    assert view.form_scroll.verticalScrollBar().maximum() > 0
    last = field(view, "citations")
    last.setFocus()
    view.form_scroll.ensureWidgetVisible(last)
    assert view.form_scroll.verticalScrollBar().value() > 0


# ------------------------------------------------------------------------------ the record editor


def test_open_edit_save_and_see_the_history(
    qtbot: QtBot, operations: Operations, prompts: FakePrompts, services: MemoryServices
) -> None:
    editor = open_editor(qtbot, operations, prompts, services)
    assert field(editor, "title").text() == "Talks"  # type: ignore[attr-defined]
    assert not editor.save_button.isEnabled()
    replace_text(qtbot, field(editor, "title"), "Talks on hydrogen")
    assert editor.is_dirty() and editor.save_button.isEnabled()
    assert editor.dirty_label.isVisible()
    saved: list[int] = []
    editor.saved.connect(saved.append)
    qtbot.keyClick(field(editor, "title"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, editor)
    assert saved == [7]
    assert services.edits == [(7, {"title": "Talks on hydrogen"}, 1)]
    assert not editor.is_dirty() and editor.model.version == 2
    assert "version 2" in editor.meta.text()
    history = editor.history_model
    assert history.rowCount() == 1 and editor.tabs.tabText(1) == "History (1)"
    assert [history.text(0, c) for c in (2, 3, 4)] == ["Title", "Talks", "Talks on hydrogen"]


def test_refused_fields_are_shown_inline_and_nothing_is_written(
    qtbot: QtBot, operations: Operations, prompts: FakePrompts, services: MemoryServices
) -> None:
    editor = open_editor(qtbot, operations, prompts, services)
    replace_text(qtbot, field(editor, "held_on"), "11/25/2025")  # month first: no date
    replace_text(qtbot, field(editor, "title"), "")
    editor.save()
    settle(qtbot, editor)
    assert services.edits == []
    assert message(editor, "held_on").isVisible()
    assert message(editor, "held_on").text() == (  # the typed-date parser's reason
        "⚠ Date is not a real date: '11/25/2025' (the day comes first, as in 15/03/2027)"
    )
    assert message(editor, "title").text() == "⚠ Title is required"
    assert field(editor, "title").accessibleDescription() == "⚠ Title is required"
    assert field(editor, "held_on").hasFocus() or field(editor, "title").hasFocus()
    type_text(qtbot, field(editor, "title"), "Better")
    assert not message(editor, "title").isVisible(), "typing clears the field's message"
    # refused by the service itself (after the local check)
    replace_text(qtbot, field(editor, "held_on"), "2025-11-26")
    replace_text(qtbot, field(editor, "title"), "refused by the service")
    editor.save()
    settle(qtbot, editor)
    assert message(editor, "title").text() == "⚠ Title is refused"
    assert services.edits == []


def test_undo_and_redo_a_save(
    qtbot: QtBot, operations: Operations, prompts: FakePrompts, services: MemoryServices
) -> None:
    editor = open_editor(qtbot, operations, prompts, services)
    replace_text(qtbot, field(editor, "title"), "Second title")
    editor.save()
    settle(qtbot, editor)
    assert editor.undo_button.isEnabled() and not editor.redo_button.isEnabled()
    qtbot.mouseClick(editor.undo_button, Qt.MouseButton.LeftButton)
    settle(qtbot, editor)
    assert services.records[7].values["title"] == "Talks" and services.records[7].version == 3
    assert services.edits[-1] == (7, {"title": "Talks"}, 2), "a versioned edit back"
    assert field(editor, "title").text() == "Talks"  # type: ignore[attr-defined]
    assert editor.redo_button.isEnabled()
    editor.redo_save()
    settle(qtbot, editor)
    assert services.records[7].values["title"] == "Second title"
    assert services.records[7].version == 4 and editor.model.version == 4


def test_undo_after_someone_else_saved_is_refused(
    qtbot: QtBot, operations: Operations, prompts: FakePrompts, services: MemoryServices
) -> None:
    editor = open_editor(qtbot, operations, prompts, services)
    replace_text(qtbot, field(editor, "title"), "Mine")
    editor.save()
    settle(qtbot, editor)
    services.someone_else_saves(7, summary="Theirs")
    editor.undo_save()
    settle(qtbot, editor)
    assert [c[1][0] for c in prompts.calls if c[0] == "error"] == ["Not undone"]
    assert services.records[7].values["title"] == "Mine"
    assert editor.model.value("summary") == "Theirs", "the latest version is shown"
    assert editor.undo_stack.canUndo()


def test_a_stale_save_opens_the_merge_dialog_and_saves_the_merge(
    qtbot: QtBot, operations: Operations, prompts: FakePrompts, services: MemoryServices
) -> None:
    editor = open_editor(qtbot, operations, prompts, services)
    replace_text(qtbot, field(editor, "title"), "Mine")
    replace_text(qtbot, field(editor, "held_on"), "2025-11-27")
    services.someone_else_saves(7, title="Theirs", summary="Their summary")
    seen: dict[str, Any] = {}

    def answer(dialog: MergeDialog) -> None:
        seen["conflicts"] = dialog.merge.conflict_keys
        seen["rows"] = dialog.table.rowCount()
        dialog.set_pick("title", Hand("Mine and theirs"))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    prompts.answer("run_dialog", answer)
    editor.save()
    settle(qtbot, editor)
    assert seen == {"conflicts": ("title",), "rows": 3}
    stored = services.records[7]
    assert stored.version == 3
    assert stored.values["title"] == "Mine and theirs"
    assert stored.values["held_on"] == "2025-11-27", "mine kept"
    assert stored.values["summary"] == "Their summary", "theirs taken"
    assert services.edits[-1][2] == 2, "saved as a versioned edit of theirs"
    assert not editor.is_dirty()


def test_a_stale_save_can_be_merged_in_the_form_without_saving(
    qtbot: QtBot, operations: Operations, prompts: FakePrompts, services: MemoryServices
) -> None:
    editor = open_editor(qtbot, operations, prompts, services)
    replace_text(qtbot, field(editor, "title"), "Mine")
    services.someone_else_saves(7, title="Theirs", summary="Their summary")

    def answer(dialog: MergeDialog) -> None:
        dialog.set_pick("title", "theirs")
        qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)

    prompts.answer("run_dialog", answer)
    editor.save()
    settle(qtbot, editor)
    assert services.records[7].values["title"] == "Theirs" and services.edits == []
    assert field(editor, "title").text() == "Theirs"  # type: ignore[attr-defined]
    assert editor.model.version == 2 and not editor.is_dirty()
    assert message(editor, "summary").text() == "⚑ Changed by someone else."


def test_keep_editing_after_a_conflict_keeps_the_text(
    qtbot: QtBot, operations: Operations, prompts: FakePrompts, services: MemoryServices
) -> None:
    editor = open_editor(qtbot, operations, prompts, services)
    replace_text(qtbot, field(editor, "title"), "Mine")
    services.someone_else_saves(7, title="Theirs")
    prompts.answer("run_dialog", False)
    editor.save()
    settle(qtbot, editor)
    assert editor.is_dirty() and editor.model.version == 1
    assert editor.view.banner.isVisible()


def test_escape_asks_about_unsaved_changes(
    qtbot: QtBot, operations: Operations, prompts: FakePrompts, services: MemoryServices
) -> None:
    editor = open_editor(qtbot, operations, prompts, services)
    replace_text(qtbot, field(editor, "title"), "Unsaved")
    prompts.answer("unsaved_changes", "cancel")
    qtbot.keyClick(field(editor, "title"), Qt.Key.Key_Escape)
    assert editor.isVisible() and editor.is_dirty()
    closed: list[bool] = []
    editor.closed.connect(lambda: closed.append(True))
    prompts.answer("unsaved_changes", "save")
    qtbot.keyClick(field(editor, "title"), Qt.Key.Key_Escape)
    settle(qtbot, editor)
    assert closed == [True] and not editor.isVisible()
    assert services.records[7].values["title"] == "Unsaved"


def test_discard_closes_without_saving(
    qtbot: QtBot, operations: Operations, prompts: FakePrompts, services: MemoryServices
) -> None:
    editor = open_editor(qtbot, operations, prompts, services)
    replace_text(qtbot, field(editor, "title"), "Unsaved")
    prompts.answer("unsaved_changes", "discard")
    editor.close()
    assert not editor.isVisible() and services.edits == []


def test_revert_asks_and_restores(
    qtbot: QtBot, operations: Operations, prompts: FakePrompts, services: MemoryServices
) -> None:
    editor = open_editor(qtbot, operations, prompts, services)
    replace_text(qtbot, field(editor, "title"), "Changed")
    prompts.answer("confirm", True)
    qtbot.mouseClick(editor.revert_button, Qt.MouseButton.LeftButton)
    assert field(editor, "title").text() == "Talks" and not editor.is_dirty()  # type: ignore[attr-defined]


def test_create_a_new_record(
    qtbot: QtBot, operations: Operations, prompts: FakePrompts, services: MemoryServices
) -> None:
    editor = open_editor(qtbot, operations, prompts, services, record_id=None)
    assert editor.heading.text() == "New meeting"
    assert not editor.tabs.isTabEnabled(1)
    editor.save()
    settle(qtbot, editor)
    assert message(editor, "title").text() == "⚠ Title is required"
    assert message(editor, "event_id").isVisible()
    type_text(qtbot, field(editor, "title"), "Tiếp xúc")
    event = field(editor, "event_id")
    assert isinstance(event, QComboBox)
    event.setCurrentIndex(1)
    kind = field(editor, "kind")
    assert isinstance(kind, QComboBox)
    kind.setCurrentIndex(1)
    editor.save()
    settle(qtbot, editor)
    assert editor.model.record_id == 8
    assert services.records[8].values["title"] == "Tiếp xúc"
    assert services.records[8].values["kind"] == "reception"
    assert editor.heading.text() == "Tiếp xúc" and editor.tabs.isTabEnabled(1)


def test_a_colleagues_save_is_shown_when_nothing_is_unsaved(
    qtbot: QtBot, operations: Operations, prompts: FakePrompts, services: MemoryServices
) -> None:
    editor = open_editor(qtbot, operations, prompts, services)
    services.someone_else_saves(7, title="Renamed")
    operations.hub.announce(RecordKind.MEETING, 7)
    settle(qtbot, editor)
    assert field(editor, "title").text() == "Renamed"  # type: ignore[attr-defined]


def test_delete_moves_the_record_to_the_trash_and_closes(
    qtbot: QtBot, operations: Operations, prompts: FakePrompts, services: MemoryServices
) -> None:
    editor = open_editor(qtbot, operations, prompts, services)
    changes: list[tuple[str, int]] = []
    operations.hub.changed.connect(lambda kind, record_id: changes.append((kind, record_id)))
    prompts.answer("confirm", False)
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert 7 in services.records
    deleted: list[int] = []
    editor.deleted.connect(deleted.append)
    prompts.answer("confirm", True)
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    settle(qtbot, editor)
    assert deleted == [7] and 7 not in services.records and not editor.isVisible()
    assert ("meeting", 7) in changes


def test_a_new_record_cannot_be_deleted(
    qtbot: QtBot, operations: Operations, prompts: FakePrompts, services: MemoryServices
) -> None:
    editor = open_editor(qtbot, operations, prompts, services, record_id=None)
    assert not editor.delete_button.isEnabled()


# ------------------------------------------------------------------------------ the real specs


def test_every_real_kind_renders(qtbot: QtBot) -> None:
    for spec in SPECS.values():
        view = FormView(model=FormModel(spec, check=lambda *a, **k: None))
        qtbot.addWidget(view)
        for field_spec in spec.fields:
            widget = view.findChild(QWidget, f"field_{field_spec.key}")
            assert widget is not None, (spec.kind, field_spec.key)
            assert widget.accessibleName(), (spec.kind, field_spec.key)
        assert all(isinstance(i, QWidget) for i in view.inputs.values())


def test_the_real_meeting_spec_in_the_editor(
    qtbot: QtBot, operations: Operations, prompts: FakePrompts, services: MemoryServices
) -> None:
    spec = SPECS[RecordKind.MEETING]
    values = {f.key: f.empty() for f in spec.fields}
    values.update(title="Talks", event_id=1, kind="bilateral", classification="public")
    services.records[7] = replace(services.records[7], values=values)
    editor = open_editor(qtbot, operations, prompts, services, spec=spec)
    points = editor.view.inputs["talking_points"]
    assert isinstance(points, PointsInput)
    points.list.setFocus()
    qtbot.keyClick(points.list, Qt.Key.Key_Insert)
    line = points.list.findChild(QLineEdit)
    assert line is not None
    type_text(qtbot, line, "Hydrogen")  # still editing: Ctrl+S takes it in
    qtbot.keyClick(line, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, editor)
    assert services.edits == [(7, {"talking_points": ["Hydrogen"]}, 1)]


# ------------------------------------------------------------------------------ the real services


@pytest.fixture
def database(make_db: Callable[..., OpenedDatabase]) -> OpenedDatabase:
    return make_db()


@pytest.fixture
def colleague(database: OpenedDatabase) -> Iterator[sa.Engine]:
    """A second connection to the same file, as another instance of the app (and the test's
    own reads and writes): not the editor's engine, so the GUI-thread guard leaves it alone."""
    engine = make_engine(database.url)
    yield engine
    engine.dispose()


@pytest.fixture
def app_operations(
    qtbot: QtBot, prompts: FakePrompts, database: OpenedDatabase
) -> Iterator[Operations]:
    """The app's operations on the test database; any statement the editor's engine runs on
    the GUI thread fails the test."""
    on_gui_thread: list[str] = []

    def guard(*_args: Any) -> None:
        if threading.current_thread() is threading.main_thread():
            on_gui_thread.append("".join(traceback.format_stack(limit=12)))

    sa.event.listen(database.engine, "before_cursor_execute", guard)
    unexpected: list[BaseException] = []
    tasks = TaskRunner(on_unexpected=unexpected.append)
    ops = Operations(
        tasks=tasks,
        hub=ChangeHub(),
        engine=lambda: database.engine,
        prompts=prompts,
        parent_widget=None,
        on_unexpected=unexpected.append,
    )
    yield ops
    tasks.wait()
    sa.event.remove(database.engine, "before_cursor_execute", guard)
    assert not unexpected, unexpected
    assert not on_gui_thread, "the database was used on the GUI thread:\n" + on_gui_thread[0]


def app_editor(
    qtbot: QtBot, ops: Operations, prompts: FakePrompts, kind: RecordKind, record_id: int | None
) -> RecordEditor:
    editor = RecordEditor(
        spec=SPECS[kind], operations=ops, prompts=prompts, user="tester", record_id=record_id
    )
    qtbot.addWidget(editor, before_close_func=lambda e: e.model.revert())
    editor.resize(1024, 700)
    editor.show()
    qtbot.waitExposed(editor)
    settle(qtbot, editor)
    return editor


def test_edit_a_stored_meeting_with_history_undo_and_a_conflict(
    qtbot: QtBot, app_operations: Operations, prompts: FakePrompts, colleague: sa.Engine
) -> None:
    engine = colleague
    meeting = editing.list_records(engine, RecordKind.MEETING)[0]
    editor = app_editor(qtbot, app_operations, prompts, RecordKind.MEETING, meeting.id)
    assert field(editor, "title").text() == meeting.label  # type: ignore[attr-defined]
    event = field(editor, "event_id")
    assert isinstance(event, QComboBox) and event.count() > 1, "choices loaded off the GUI thread"
    replace_text(qtbot, field(editor, "venue"), "Khách sạn Mường Thanh")
    replace_text(qtbot, field(editor, "held_on"), "11/25/2025")  # month first: no date
    editor.save()
    settle(qtbot, editor)
    assert message(editor, "held_on").isVisible(), "refused by the services' check"
    replace_text(qtbot, field(editor, "held_on"), "25/11/2025")  # as the app shows it
    editor.save()
    settle(qtbot, editor)
    stored = editing.read_record(engine, RecordKind.MEETING, meeting.id)
    assert stored.values["venue"] == "Khách sạn Mường Thanh"
    assert stored.version == meeting.version + 1 and not editor.is_dirty()
    history = editor.history_model
    assert "Venue (English)" in [history.text(row, 2) for row in range(history.rowCount())]
    # undo the save: a versioned edit back
    editor.undo_save()
    settle(qtbot, editor)
    back = editing.read_record(engine, RecordKind.MEETING, meeting.id)
    assert back.values["venue"] != "Khách sạn Mường Thanh" and back.version == stored.version + 1
    # a colleague saves meanwhile: the merge dialog, then the merge saved
    replace_text(qtbot, field(editor, "venue"), "Mine")
    editing.edit_record(
        engine,
        RecordKind.MEETING,
        meeting.id,
        {"venue": "Theirs", "format": "In person"},
        changed_by="colleague",
        if_version=back.version,
    )

    def answer(dialog: MergeDialog) -> None:
        assert dialog.merge.conflict_keys == ("venue",)
        dialog.set_pick("venue", "mine")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    prompts.answer("run_dialog", answer)
    editor.save()
    settle(qtbot, editor)
    merged = editing.read_record(engine, RecordKind.MEETING, meeting.id)
    assert merged.values["venue"] == "Mine" and merged.values["format"] == "In person"
    assert merged.version == back.version + 2 and editor.model.version == merged.version


def test_create_and_delete_a_source(
    qtbot: QtBot, app_operations: Operations, prompts: FakePrompts, colleague: sa.Engine
) -> None:
    editor = app_editor(qtbot, app_operations, prompts, RecordKind.SOURCE, None)
    type_text(qtbot, field(editor, "title"), "Báo Thanh Hóa")
    type_text(qtbot, field(editor, "publisher"), "Báo Thanh Hóa")
    type_text(qtbot, field(editor, "url"), "https://baothanhhoa.vn/")
    type_text(qtbot, field(editor, "language"), "vi")
    editor.save()
    settle(qtbot, editor)
    assert message(editor, "kind").text() == "⚠ Kind is required"
    kind = field(editor, "kind")
    assert isinstance(kind, QComboBox) and kind.currentIndex() == -1
    kind.setCurrentIndex(kind.findData("article"))
    editor.save()
    settle(qtbot, editor)
    assert not [c for c in prompts.calls if c[0] == "error"], prompts.calls
    assert editor.model.errors == {}
    record_id = editor.model.record_id
    assert record_id is not None
    stored = editing.read_record(colleague, RecordKind.SOURCE, record_id)
    assert stored.values["title"] == "Báo Thanh Hóa"
    prompts.answer("confirm", True)
    editor.delete()
    settle(qtbot, editor)
    assert [e.record_id for e in trash.list_trash(colleague)] == [record_id]


# ------------------------------------------------------------------------------ in Vietnamese


@pytest.fixture
def vietnamese(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    install_language(qapp, Language.VI)
    yield
    install_language(qapp, Language.EN)
    QLocale.setDefault(before)


def test_the_editor_in_vietnamese(
    qtbot: QtBot,
    vietnamese: None,
    app_operations: Operations,
    prompts: FakePrompts,
    database: OpenedDatabase,
) -> None:
    editor = app_editor(qtbot, app_operations, prompts, RecordKind.SOURCE, None)
    spec = SPECS[RecordKind.SOURCE]
    for field_spec in spec.fields:
        caption = QCoreApplication.translate("Fields", field_spec.label)
        assert field(editor, field_spec.key).accessibleName() == caption
    assert field(editor, "title").accessibleName() != "Title", "the Fields context is translated"
    assert editor.save_button.text() == "Lưu"
    editor.save()
    settle(qtbot, editor)
    assert message(editor, "title").text().startswith("⚠ ")
    assert "bắt buộc" in message(editor, "title").text()


def test_every_kind_round_trips_through_its_inputs(
    qtbot: QtBot, app_operations: Operations, prompts: FakePrompts, colleague: sa.Engine
) -> None:
    """A stored record shown in the form and read back from every input is unchanged: what
    an input shows is what it gives (dates, times, numbers, due periods, parties, lists)."""
    for kind, spec in SPECS.items():
        rows = editing.list_records(colleague, kind)
        if not rows:
            continue
        editor = app_editor(qtbot, app_operations, prompts, kind, rows[0].id)
        for key, widget in editor.view.inputs.items():
            if spec.field(key).read_only:
                continue
            shown = widget.value()
            editor.model.set_value(key, shown)
            assert not editor.model.is_dirty_field(key), (kind, key, shown)
        editor.close()


def test_references_are_searched_without_marks(qtbot: QtBot) -> None:
    model = FormModel(SPEC, check=lambda *a, **k: None)
    view = FormView(model=model, choices=ROWS)
    qtbot.addWidget(view)
    view.show()
    event = field(view, "event_id")
    assert isinstance(event, QComboBox)
    completer = event.completer()
    completer.setCompletionPrefix("ha noi")
    assert completer.completionCount() == 1
    type_text(qtbot, event.lineEdit(), "Forum 2025 (Hà Nội)")
    assert model.value("event_id") == 1
    replace_text(qtbot, event.lineEdit(), "No such event")
    assert model.value("event_id") == "No such event", "handed on for the services to refuse"
    members = view.inputs["participants"]
    assert isinstance(members, TableInput)
    members.add_entry()
    person = members.table.cellWidget(0, 0)
    assert isinstance(person, QComboBox) and person.isEditable()
    person.completer().setCompletionPrefix("nguyen van")
    assert person.completer().completionCount() == 1
    type_text(qtbot, person.lineEdit(), "Nguyễn Văn A")
    assert model.value("participants") == [{"person_id": 4, "role": None, "role_vi": None}]


def test_a_party_is_picked_by_name(qtbot: QtBot) -> None:
    model = FormModel(SPEC, check=lambda *a, **k: None)
    parties = [
        PartyChoice(PartyRef("locality", 9, "Thanh Hóa"), None, Country.VN, "province"),
        PartyChoice(PartyRef("locality", 12, "Yamanashi"), "山梨県", Country.JP, "prefecture"),
    ]
    view = FormView(model=model, parties=parties)
    qtbot.addWidget(view)
    view.show()
    owner = field(view, "owner_ref")
    assert isinstance(owner, QComboBox)
    type_text(qtbot, owner.lineEdit(), "Yamanashi (山梨県)")
    assert model.value("owner_ref") == {"kind": "locality", "id": 12}
    replace_text(qtbot, owner.lineEdit(), "")
    assert model.value("owner_ref") is None
    model.load(RecordData(RecordKind.MEETING, 7, 1, "Talks", stored_values(owner_ref=None)))
    view.set_model(model)
    assert owner.currentText() == ""


def test_tab_leaves_a_table_for_its_buttons_and_the_next_field(qtbot: QtBot) -> None:
    view = FormView(model=FormModel(SPEC, check=lambda *a, **k: None))
    qtbot.addWidget(view)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    table = field(view, "participants")
    table.setFocus()
    names = []
    for _ in range(5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        names.append(QApplication.focusWidget().objectName())
    assert names == [
        "add_participants",
        "rm_participants",
        "up_participants",
        "down_participants",
        "field_talking_points",
    ]


def test_a_read_only_reference_list_stays_read_only_when_its_choices_arrive(qtbot: QtBot) -> None:
    spec = SPECS[RecordKind.AGREEMENT]
    view = FormView(model=FormModel(spec, check=lambda *a, **k: None))
    qtbot.addWidget(view)
    actions = [RecordRow(RecordKind.ACTION, 1, 1, "Sign the MoU")]
    view.set_choices(RecordKind.ACTION, actions)
    linked = view.inputs["action_ids"]
    assert isinstance(linked, ReferencesInput)
    item = linked.list.item(0)
    assert item.text() == "Sign the MoU"
    assert not item.flags() & Qt.ItemFlag.ItemIsUserCheckable


def test_typing_while_a_save_runs_is_kept(
    qtbot: QtBot, operations: Operations, prompts: FakePrompts, services: MemoryServices
) -> None:
    editor = open_editor(qtbot, operations, prompts, services)
    replace_text(qtbot, field(editor, "title"), "Saved title")
    editor.save()
    assert editor.busy
    type_text(qtbot, field(editor, "summary"), "typed meanwhile")
    settle(qtbot, editor)
    assert services.records[7].values["title"] == "Saved title"
    assert services.records[7].values["summary"] is None
    assert editor.model.version == 2
    assert editor.model.dirty_keys == ("summary",)
    assert field(editor, "summary").toPlainText() == "typed meanwhile"  # type: ignore[attr-defined]
