"""The operations layer: reads and writes run off the GUI thread, results and errors come back
on it, a write announces what it changed, and results for what is gone are dropped."""

import threading
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from briefing_app.domain.errors import NotFoundError
from briefing_app.domain.record_kind import RecordKind
from briefing_app.ui.changes import ChangeHub
from briefing_app.ui.operations import Operations, Written
from briefing_app.ui.prompts import Prompts
from briefing_app.ui.tasks import TaskRunner


class RecordingPrompts(Prompts):
    def __init__(self) -> None:
        super().__init__()
        self.errors: list[tuple[str, str]] = []

    def error(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        self.errors.append((title, text))


class Harness:
    def __init__(self, tmp_path: Path) -> None:
        self.engine = sa.create_engine(f"sqlite:///{tmp_path / 'ops.sqlite3'}")
        self.unexpected: list[BaseException] = []
        self.prompts = RecordingPrompts()
        self.hub = ChangeHub()
        self.tasks = TaskRunner(on_unexpected=self.unexpected.append)
        self.ops = Operations(
            tasks=self.tasks,
            hub=self.hub,
            engine=lambda: self.engine,
            prompts=self.prompts,
            parent_widget=None,
            on_unexpected=self.unexpected.append,
        )


@pytest.fixture
def harness(tmp_path: Path) -> Any:
    made = Harness(tmp_path)
    yield made
    made.tasks.wait()
    made.engine.dispose()


def _select_one(engine: sa.Engine) -> tuple[int, bool]:
    with engine.connect() as connection:
        value = connection.execute(sa.text("SELECT 41 + 1")).scalar_one()
    return value, threading.current_thread() is threading.main_thread()


def test_a_query_runs_off_the_gui_thread_and_delivers_on_it(qtbot: QtBot, harness: Any) -> None:
    delivered: list[tuple[tuple[int, bool], bool]] = []
    harness.ops.query(
        _select_one,
        success=lambda r: delivered.append((r, threading.current_thread().name == "MainThread")),
    )
    qtbot.waitUntil(lambda: bool(delivered), timeout=5000)
    (value, ran_on_main), delivered_on_main = delivered[0]
    assert value == 42
    assert not ran_on_main
    assert delivered_on_main


def _missing(_engine: sa.Engine) -> int:
    raise NotFoundError("There is no meeting with id {id}.", id=99)


def test_a_user_error_goes_to_the_callers_handler(qtbot: QtBot, harness: Any) -> None:
    failures: list[BaseException] = []
    harness.ops.query(_missing, success=lambda _r: None, failure=failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert isinstance(failures[0], NotFoundError)
    assert harness.prompts.errors == [] and harness.unexpected == []


def test_a_user_error_without_a_handler_goes_to_the_error_prompt(
    qtbot: QtBot, harness: Any
) -> None:
    harness.ops.query(_missing, success=lambda _r: None, title="Cannot show the meeting")
    qtbot.waitUntil(lambda: bool(harness.prompts.errors), timeout=5000)
    assert harness.prompts.errors == [
        ("Cannot show the meeting", "There is no meeting with id 99.")
    ]


def test_a_bug_goes_to_the_unexpected_error_reporter(qtbot: QtBot, harness: Any) -> None:
    failures: list[BaseException] = []

    def broken(_engine: sa.Engine) -> int:
        raise KeyError("bug")

    harness.ops.query(broken, success=lambda _r: None, failure=failures.append)
    qtbot.waitUntil(lambda: bool(harness.unexpected), timeout=5000)
    assert isinstance(harness.unexpected[0], KeyError)
    assert failures == [] and harness.prompts.errors == []


def test_a_write_delivers_its_result_then_announces_its_changes(qtbot: QtBot, harness: Any) -> None:
    events: list[object] = []
    harness.hub.changed.connect(lambda kind, record_id: events.append((kind, record_id)))

    def write(engine: sa.Engine) -> Written[str]:
        with engine.begin() as connection:
            connection.execute(sa.text("CREATE TABLE t (x INTEGER)"))
        return Written("made", ((RecordKind.MEETING, 7), (RecordKind.ACTION, 0)))

    harness.ops.write(write, success=events.append)
    qtbot.waitUntil(lambda: len(events) == 3, timeout=5000)
    assert events == ["made", ("meeting", 7), ("action", 0)]
    assert RecordKind(events[1][0]) is RecordKind.MEETING  # type: ignore[index]


def test_a_failed_write_announces_nothing(qtbot: QtBot, harness: Any) -> None:
    events: list[object] = []
    failures: list[BaseException] = []
    harness.hub.changed.connect(lambda kind, record_id: events.append((kind, record_id)))
    harness.ops.write(_missing, success=events.append, failure=failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert events == []


def test_results_for_a_deleted_owner_or_another_database_are_dropped(
    qtbot: QtBot, harness: Any, tmp_path: Path
) -> None:
    delivered: list[object] = []
    gate = threading.Event()

    def slow(engine: sa.Engine) -> tuple[int, bool]:
        gate.wait(5)
        return _select_one(engine)

    owner = QWidget()
    harness.ops.query(slow, success=delivered.append, owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner), timeout=5000)
    harness.ops.query(slow, success=delivered.append)
    old = harness.engine
    harness.engine = sa.create_engine(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    gate.set()
    qtbot.waitUntil(lambda: harness.tasks.busy == 0, timeout=5000)
    old.dispose()
    assert delivered == []
    harness.ops.query(_select_one, success=delivered.append)
    qtbot.waitUntil(lambda: bool(delivered), timeout=5000)


def _alive(widget: QWidget) -> bool:
    import shiboken6

    return bool(shiboken6.isValid(widget))


def test_the_change_hub_keeps_the_action_changed_helper(qtbot: QtBot) -> None:
    hub = ChangeHub()
    with qtbot.waitSignal(hub.changed) as blocker:
        hub.action_changed(12)
    assert blocker.args == ["action", 12]
