"""Starting the app: an unusable database gets a dialog with choices (never a traceback),
unexpected errors are logged and shown once, File ▸ Open/New database switch databases."""

import sys
from pathlib import Path

import pytest
from gui_fakes import FakePrompts
from gui_helpers import wait_idle, wait_ready
from pytestqt.qtbot import QtBot

from briefing_app import app as app_module
from briefing_app.app import CrashReporter, build_main_window, open_with_recovery
from briefing_app.config import to_url, user_log_dir
from briefing_app.crash_log import LOG_NAME
from briefing_app.domain.errors import FieldError, UnusableDatabaseError, ValidationError
from briefing_app.domain.record_kind import RecordKind
from briefing_app.store.database import OpenedDatabase
from briefing_app.ui import prompts as prompts_module
from briefing_app.ui.main_window import MainWindow


@pytest.fixture
def not_a_database(tmp_path: Path) -> Path:
    path = tmp_path / "notes.sqlite3"
    path.write_text("these are meeting notes, not a database\n" * 50, encoding="utf-8")
    return path


def test_build_main_window_refuses_an_unusable_file(not_a_database: Path) -> None:
    with pytest.raises(UnusableDatabaseError):
        build_main_window(str(not_a_database), prompts=FakePrompts())


def test_recovery_lets_the_user_pick_another_file(
    not_a_database: Path, seeded_db: OpenedDatabase, prompts: FakePrompts
) -> None:
    prompts.answer("unusable_database", "open")
    prompts.answer("open_database_file", None, str(seeded_db.path))  # first cancelled
    prompts.answer("unusable_database", "open")
    opened = open_with_recovery(to_url(str(not_a_database)), prompts=prompts)
    assert opened is not None and opened.path == seeded_db.path
    opened.engine.dispose()
    (where, reason) = prompts.asked("unusable_database")[0]
    assert where == str(not_a_database)
    assert "not a database" in reason


def test_recovery_can_create_a_new_database_or_quit(
    not_a_database: Path, tmp_path: Path, prompts: FakePrompts
) -> None:
    fresh = tmp_path / "fresh" / "new.sqlite3"
    prompts.answer("unusable_database", "new")
    prompts.answer("new_database_file", str(fresh))
    opened = open_with_recovery(to_url(str(not_a_database)), prompts=prompts)
    assert opened is not None and fresh.exists()
    opened.engine.dispose()
    prompts.answer("unusable_database", "quit")
    assert open_with_recovery(to_url(str(not_a_database)), prompts=prompts) is None


def test_run_shows_the_dialog_and_exits_when_the_user_quits(
    not_a_database: Path, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    fake = FakePrompts()
    fake.answer("unusable_database", "quit")
    monkeypatch.setattr(prompts_module, "Prompts", lambda: fake)  # `run` imports it when used
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs its own
    assert app_module.run(str(not_a_database)) == 1
    assert len(fake.asked("unusable_database")) == 1
    assert isinstance(sys.excepthook, CrashReporter)


def test_unexpected_errors_are_logged_and_shown_once(prompts: FakePrompts) -> None:
    reporter = CrashReporter(prompts=prompts, parent=lambda: None)
    for attempt in range(2):
        try:
            raise RuntimeError(f"boom {attempt}")
        except RuntimeError as exc:
            reporter(type(exc), exc, exc.__traceback__)
    log = user_log_dir() / LOG_NAME
    text = log.read_text(encoding="utf-8")
    assert "RuntimeError: boom 0" in text and "RuntimeError: boom 1" in text
    assert prompts.asked("crash") == [(str(log),)]  # shown once, with the log's path


def test_user_errors_reaching_the_hook_are_shown_as_messages(prompts: FakePrompts) -> None:
    reporter = CrashReporter(prompts=prompts, parent=lambda: None)
    error = ValidationError([FieldError("title", "is required")])
    reporter(type(error), error, None)
    assert prompts.asked("error") == [("Error", "Title is required", "")]
    assert prompts.asked("crash") == []


def test_open_another_database_from_the_file_menu(
    qtbot: QtBot,
    window: MainWindow,
    make_db: object,
    prompts: FakePrompts,
    not_a_database: Path,
) -> None:
    other = make_db("other.sqlite3")  # type: ignore[operator]
    prompts.answer("open_database_file", str(not_a_database))
    window.open_database_action.trigger()
    qtbot.waitUntil(lambda: bool(prompts.asked("error")), timeout=10_000)
    assert prompts.asked("error")[-1][0] == "Cannot open the database"
    assert window.database.path != not_a_database  # still on the old one, still usable
    assert window.splitter.isEnabled()

    prompts.answer("open_database_file", str(other.path))
    window.open_database_action.trigger()
    qtbot.waitUntil(lambda: window.database.path == other.path, timeout=10_000)
    assert "other.sqlite3" in window.windowTitle()
    wait_ready(qtbot, window)
    window.go(RecordKind.MEETING)
    wait_idle(qtbot, window)
    assert window.pages[RecordKind.MEETING].model.total == 4


def test_new_database_refuses_an_existing_file(
    window: MainWindow, prompts: FakePrompts, seeded_db: OpenedDatabase
) -> None:
    prompts.answer("new_database_file", str(seeded_db.path))
    window.new_database_action.trigger()
    assert prompts.asked("error")[-1][0] == "File exists"
