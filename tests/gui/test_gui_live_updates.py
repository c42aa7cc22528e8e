"""A colleague's save appears in the open views (issue 17): the window is on a PostgreSQL test
database, a second engine (a colleague's app) writes to it, and the open list shows the new
title, an open editor says so, and a save over the colleague's gets the conflict dialog. On
SQLite nothing listens."""

import pytest
import sqlalchemy as sa
from gui_fakes import FakePrompts
from gui_helpers import replace_text, wait_idle
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import Engine

from briefing_app.domain import models as m
from briefing_app.domain.record_kind import SEVERAL, RecordKind
from briefing_app.services.actions import ActionEdit, update_action
from briefing_app.services.record_kinds.editing import edit_record
from briefing_app.store.unit_of_work import writing
from briefing_app.ui.forms.merge_dialog import MergeDialog
from briefing_app.ui.main_window import MainWindow

#: Generous for a loaded test machine; the latency itself is measured by
#: benchmarks/notice_latency.py.
ARRIVAL_MS = 5000


def test_a_colleagues_save_appears_in_the_open_list(
    qtbot: QtBot, pg_window: MainWindow, colleague: Engine
) -> None:
    pg_window.go(RecordKind.ACTION)
    wait_idle(qtbot, pg_window)
    titles = lambda: [row.title for row in pg_window.actions_page.model.rows()]  # noqa: E731
    assert "Saved by a colleague" not in titles()
    update_action(colleague, 3, ActionEdit(title="Saved by a colleague"), changed_by="lan")
    qtbot.waitUntil(lambda: "Saved by a colleague" in titles(), timeout=ARRIVAL_MS)


def test_after_a_dropped_connection_the_views_read_again(
    qtbot: QtBot, pg_window: MainWindow, colleague: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A save made while the window was not listening is shown once it listens again; the
    list reads again once, not once per kind (or twice, if the save's own notice comes after
    the reconnect)."""
    pg_window.go(RecordKind.ACTION)
    wait_idle(qtbot, pg_window)
    heard: list[tuple[str, int]] = []
    pg_window.changes.colleagues_changed.connect(lambda kind, i: heard.append((kind, i)))
    model = pg_window.actions_page.model
    reloads: list[object] = []
    reload = model.reload
    monkeypatch.setattr(model, "reload", lambda **kw: reloads.append(kw) or reload(**kw))
    with colleague.connect() as connection:
        dropped = connection.execute(
            sa.text(
                "SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity "
                "WHERE datname = current_database() AND query LIKE 'LISTEN%'"
            )
        ).all()
    assert dropped == [(True,)]
    update_action(colleague, 3, ActionEdit(title="Saved meanwhile"), changed_by="lan")
    titles = lambda: [row.title for row in pg_window.actions_page.model.rows()]  # noqa: E731
    qtbot.waitUntil(lambda: "Saved meanwhile" in titles(), timeout=ARRIVAL_MS)
    wait_idle(qtbot, pg_window)
    assert {(kind.value, SEVERAL) for kind in RecordKind} <= set(heard)
    # once for the reconnect's "every kind may have changed" (not once per kind: ten), and
    # once more when a loaded machine reconnects before the colleague's save commits
    assert 1 <= len(reloads) <= 2


def test_an_editor_with_changes_notes_it_and_its_save_gets_the_conflict_dialog(
    qtbot: QtBot, pg_window: MainWindow, colleague: Engine, prompts: FakePrompts
) -> None:
    pg_window.open_record("action", 3)
    wait_idle(qtbot, pg_window)
    editor = pg_window.editor
    note = editor.header.colleague_note
    replace_text(qtbot, editor.title_edit, "My title")
    assert not note.isVisible()
    theirs = update_action(colleague, 3, ActionEdit(title="Their title"), changed_by="lan")
    qtbot.waitUntil(note.isVisible, timeout=ARRIVAL_MS)
    version = theirs.action.version
    assert note.text() == (
        f"Changed by a colleague (version {version}). Your changes are kept; saving will show "
        "both versions."
    )
    assert editor.title_edit.text() == "My title" and editor.is_dirty()

    prompts.answer("save_conflict", "cancel")
    editor.save()
    wait_idle(qtbot, pg_window)
    _what, summary, fields = prompts.asked("save_conflict")[-1]
    assert f"Version {version} was saved by lan" in summary
    assert [f.name for f in fields] == ["title"]
    assert editor.title_edit.text() == "My title" and editor.is_dirty()


def test_an_action_editor_without_changes_shows_a_colleagues_bulk_change(
    qtbot: QtBot, pg_window: MainWindow, colleague: Engine
) -> None:
    """A write of many actions arrives as (action, several): the open action is read again."""
    pg_window.open_record("action", 3)
    wait_idle(qtbot, pg_window)
    editor = pg_window.editor
    version = editor.model.version
    assert version is not None
    with writing(colleague) as session:
        session.execute(
            sa.update(m.FollowUpAction).values(assignee="Lan", version=m.FollowUpAction.version + 1)
        )
    note = editor.header.colleague_note
    qtbot.waitUntil(note.isVisible, timeout=ARRIVAL_MS)
    assert note.text() == f"Changed by a colleague: this is their version {version + 1}."
    assert editor.view.values()["assignee"] == "Lan"


def test_a_record_editor_without_changes_shows_the_colleagues_version(
    qtbot: QtBot, pg_window: MainWindow, colleague: Engine
) -> None:
    pg_window.records.edit_record(RecordKind.PERSON, 4)
    wait_idle(qtbot, pg_window)
    editor = pg_window.records.editors[(RecordKind.PERSON, 4)]
    saved = edit_record(colleague, RecordKind.PERSON, 4, {"position": "Adviser"}, changed_by="lan")
    note = editor.header.colleague_note
    qtbot.waitUntil(note.isVisible, timeout=ARRIVAL_MS)
    assert editor.view.values()["position"] == "Adviser"
    assert note.text() == f"Changed by a colleague: this is their version {saved.version}."
    assert not editor.is_dirty()


def test_a_record_editor_with_changes_notes_it_and_its_save_opens_the_merge_dialog(
    qtbot: QtBot, pg_window: MainWindow, colleague: Engine, prompts: FakePrompts
) -> None:
    pg_window.records.edit_record(RecordKind.PERSON, 4)
    wait_idle(qtbot, pg_window)
    editor = pg_window.records.editors[(RecordKind.PERSON, 4)]
    replace_text(qtbot, editor.view.findChild(QWidget, "field_position"), "Mine")
    saved = edit_record(colleague, RecordKind.PERSON, 4, {"position": "Theirs"}, changed_by="lan")
    note = editor.header.colleague_note
    qtbot.waitUntil(note.isVisible, timeout=ARRIVAL_MS)
    assert f"(version {saved.version}). Your changes are kept" in note.text()
    conflicts: list[tuple[str, ...]] = []

    def answer(dialog: MergeDialog) -> None:
        conflicts.append(dialog.merge.conflict_keys)
        dialog.reject()  # keep editing

    prompts.answer("run_dialog", answer)
    editor.save()
    wait_idle(qtbot, pg_window)
    assert conflicts == [("position",)]
    assert editor.view.values()["position"] == "Mine" and editor.is_dirty()


def test_nothing_listens_on_sqlite(window: MainWindow) -> None:
    assert window.live.listener is None
