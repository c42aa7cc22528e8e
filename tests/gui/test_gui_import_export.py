"""File ▸ Import…, Export…, Backup…, Restore… with scripted prompts (issue 6)."""

import csv
import io
import threading
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from gui_fakes import FakePrompts
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from briefing_app.domain import models as m
from briefing_app.domain.enums import ActionStatus, Classification
from briefing_app.services import exchange, listing, queries
from briefing_app.services.actions import ActionEdit, update_action
from briefing_app.services.dto import PartyRef
from briefing_app.services.pages import PageRequest
from briefing_app.ui.main_window import MainWindow


class ExchangePrompts(FakePrompts):
    def exchange_file(self, parent: Any, title: str, suggested: str, filters: str, *, save: bool):
        return self._next("exchange_file", title, save)

    def choose(self, parent: Any, title: str, label: str, items: list[str], current: int = 0):
        return self._next("choose", title, items)

    def import_preview(self, parent: Any, summary: str, report: str) -> bool:
        return bool(self._next("import_preview", summary, report))


@pytest.fixture
def prompts() -> FakePrompts:
    return ExchangePrompts()


def _idle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.tasks.busy == 0, timeout=15000)


def _export_csv(qtbot: QtBot, window: MainWindow, prompts: FakePrompts, path: Path) -> None:
    prompts.answer("choose", "Internal")
    prompts.answer("exchange_file", str(path))
    window.export_action.trigger()
    _idle(qtbot, window)


def test_export_then_import_a_status_change_after_the_preview(
    qtbot: QtBot, window: MainWindow, prompts: FakePrompts, tmp_path: Path
) -> None:
    path = tmp_path / "actions.csv"
    _export_csv(qtbot, window, prompts, path)
    assert path.is_file()
    rows = list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))
    for row in rows:
        if row["id"] == "5":
            row["status"] = "agreed"
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode("utf-8"))

    prompts.answer("exchange_file", str(path))
    prompts.answer("import_preview", True)
    window.import_action.trigger()
    qtbot.waitUntil(lambda: len(prompts.asked("import_preview")) == 1, timeout=15000)
    _idle(qtbot, window)
    summary, report = prompts.asked("import_preview")[0]
    assert "1 updated" in summary and "Status: Proposed → Agreed" in report
    assert queries.get_action(window.engine, 5).action.status is ActionStatus.AGREED


def test_a_refused_import_shows_the_report_and_changes_nothing(
    qtbot: QtBot, window: MainWindow, prompts: FakePrompts, tmp_path: Path
) -> None:
    path = tmp_path / "actions.csv"
    _export_csv(qtbot, window, prompts, path)
    path.write_bytes(path.read_bytes().replace(b",proposed,", b",propsed,", 1))
    prompts.answer("exchange_file", str(path))
    window.import_action.trigger()
    qtbot.waitUntil(lambda: bool(prompts.asked("error")), timeout=15000)
    _idle(qtbot, window)
    title, text, details = prompts.asked("error")[0]
    assert "nothing was changed" in text
    assert "unknown status 'propsed'" in details and "cell G" in details  # status, after title_vi
    assert all(a.version == 1 for a in queries.list_actions(window.engine))


def test_backup_then_restore_reopens_the_restored_database(
    qtbot: QtBot, window: MainWindow, prompts: FakePrompts, tmp_path: Path
) -> None:
    backup = tmp_path / "backup.sqlite3"
    prompts.answer("exchange_file", str(backup))
    window.backup_action.trigger()
    _idle(qtbot, window)
    assert backup.is_file()
    update_action(window.engine, 1, ActionEdit(title="Changed after the backup"), changed_by="x")

    prompts.answer("exchange_file", str(backup))
    prompts.answer("confirm", True)
    window.restore_action.trigger()
    qtbot.waitUntil(lambda: bool(prompts.asked("info")), timeout=15000)
    _idle(qtbot, window)
    assert queries.get_action(window.engine, 1).action.title != "Changed after the backup"
    assert "kept as" in prompts.asked("info")[0][1]


def test_restore_of_a_damaged_file_is_refused(
    qtbot: QtBot, window: MainWindow, prompts: FakePrompts, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)  # truncated
    prompts.answer("exchange_file", str(bad))
    prompts.answer("confirm", True)
    window.restore_action.trigger()
    qtbot.waitUntil(lambda: bool(prompts.asked("error")), timeout=15000)
    _idle(qtbot, window)
    assert prompts.asked("error")[0][0] == "Restore refused"
    assert len(queries.list_actions(window.engine)) == 7


def test_export_from_a_filtered_list_holds_exactly_the_listed_actions(
    qtbot: QtBot, window: MainWindow, prompts: FakePrompts, tmp_path: Path
) -> None:
    page = window.actions_page
    page.filters.set_status(ActionStatus.PROPOSED)
    page.activate()
    _idle(qtbot, window)
    listed = page.current_query()
    assert listed.statuses == (ActionStatus.PROPOSED,)
    shown = listing.page_actions(window.engine, listed, PageRequest(limit=1000))
    everything = queries.list_actions(window.engine)
    assert 0 < shown.total < len(everything)
    assert page.model.total == shown.total

    path = tmp_path / "listed.csv"
    prompts.answer("choose", "Internal")
    prompts.answer("exchange_file", str(path))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    _idle(qtbot, window)
    ids = sorted(
        int(r["id"]) for r in csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig")))
    )
    assert ids == sorted(r.id for r in shown.rows)

    # File ▸ Export actions… exports the same listed actions.
    menu_path = tmp_path / "menu.csv"
    _export_csv(qtbot, window, prompts, menu_path)
    assert menu_path.read_bytes() == path.read_bytes()


def _csv_ids(path: Path) -> list[int]:
    return sorted(
        int(r["id"]) for r in csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig")))
    )


def test_export_keeps_every_filter_of_the_list_under_the_chosen_ceiling(
    qtbot: QtBot, window: MainWindow, prompts: FakePrompts, tmp_path: Path
) -> None:
    """Owner and classification filters reach the export as they are, and the ceiling chosen
    in the export dialog still applies on top of them."""
    update_action(
        window.engine, 4, ActionEdit(classification=Classification.INTERNAL), changed_by="t"
    )
    page = window.actions_page
    window.go("actions")
    page.filters.owner_picker.set_ref(PartyRef("locality", 19, "Yamanashi"))
    line = page.filters.owner_picker.lineEdit()
    assert line is not None
    line.editingFinished.emit()
    box = page.filters.classification_box
    box.setCurrentIndex(box.findData(Classification.INTERNAL.value))
    listed = page.current_query()
    shown = listing.page_actions(window.engine, listed, PageRequest(limit=1000))
    assert [r.id for r in shown.rows] == [4]  # Yamanashi owns 2 and 4; 4 is internal

    path = tmp_path / "internal.csv"
    prompts.answer("choose", "Internal")
    prompts.answer("exchange_file", str(path))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    _idle(qtbot, window)
    assert _csv_ids(path) == [4]

    public = tmp_path / "public.csv"
    prompts.answer("choose", "Public")
    prompts.answer("exchange_file", str(public))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    _idle(qtbot, window)
    assert public.is_file() and _csv_ids(public) == []


def _edited_csv(qtbot: QtBot, window: MainWindow, prompts: FakePrompts, path: Path) -> None:
    """Export everything, then set action 5 to agreed in the file."""
    _export_csv(qtbot, window, prompts, path)
    rows = list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))
    for row in rows:
        if row["id"] == "5":
            row["status"] = "agreed"
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode("utf-8"))


def _stored_status(window: MainWindow, action_id: int) -> ActionStatus:
    engine = sa.create_engine(window.database.url)  # a fresh engine: nothing cached
    try:
        with Session(engine) as session:
            action = session.get(m.FollowUpAction, action_id)
            assert action is not None
            return action.status
    finally:
        engine.dispose()


@pytest.mark.parametrize("step", ["check", "apply"])
def test_cancel_stops_the_import_and_changes_nothing(
    qtbot: QtBot,
    window: MainWindow,
    prompts: FakePrompts,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    step: str,
) -> None:
    path = tmp_path / "actions.csv"
    _edited_csv(qtbot, window, prompts, path)
    real = exchange.import_actions
    reached = threading.Event()
    release = threading.Event()

    def gated(engine: Any, source: Path, *, changed_by: str, dry_run: bool, progress: Any) -> Any:
        def hold(done: int, total: int) -> None:
            if dry_run == (step == "check"):
                reached.set()
                release.wait(10)  # the test presses Cancel meanwhile
            progress(done, total)

        return real(engine, source, changed_by=changed_by, dry_run=dry_run, progress=hold)

    monkeypatch.setattr(exchange, "import_actions", gated)
    prompts.answer("exchange_file", str(path))
    if step == "apply":
        prompts.answer("import_preview", True)
    window.import_action.trigger()
    qtbot.waitUntil(reached.is_set, timeout=15000)
    progress = window.exchange.progress_widget
    qtbot.waitUntil(progress.isVisible, timeout=5000)
    assert window.exchange.importing
    qtbot.mouseClick(window.exchange.cancel_button, Qt.MouseButton.LeftButton)
    release.set()
    _idle(qtbot, window)
    assert not progress.isVisible() and not window.exchange.importing
    assert "cancelled" in window.statusBar().currentMessage()
    assert len(prompts.asked("import_preview")) == (1 if step == "apply" else 0)
    assert not prompts.asked("error")
    assert _stored_status(window, 5) is ActionStatus.PROPOSED
    assert all(a.version == 1 for a in queries.list_actions(window.engine))
