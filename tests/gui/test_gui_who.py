"""Who made a change (issue 12, item 6): the first start asks the user's name and office once;
the history records that name for the GUI's writes (not the login name); Preferences keeps and
edits it, and the command line uses it unless --by says otherwise."""

import json
import sys
from contextlib import redirect_stdout
from io import StringIO
from pathlib import Path

import pytest
from gui_fakes import FakePrompts
from gui_helpers import preferences_dialog, shut, wait_idle, wait_ready
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from briefing_app import app as app_module
from briefing_app import cli, config
from briefing_app.app import build_main_window
from briefing_app.store.database import OpenedDatabase
from briefing_app.ui import main_window as main_window_module
from briefing_app.ui import prompts as prompts_module
from briefing_app.ui.first_start_dialog import FirstStartDialog
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.settings import AppSettings

NAME = "Nguyễn Thị Lan"
OFFICE = "Sở Ngoại vụ Thanh Hóa"
CTRL = Qt.KeyboardModifier.ControlModifier


def comment_authors(db: str) -> list[str]:
    """Who wrote the comments of action 2, oldest first, as the command line lists them."""
    out = StringIO()
    with redirect_stdout(out):
        assert cli.main(["--db", db, "comments", "action", "2", "--json"]) == 0
    return [c["author"] for c in json.loads(out.getvalue())]


def introduce(dialog: FirstStartDialog) -> None:
    assert dialog.objectName() == "firstStartDialog"
    assert dialog.name_field.placeholderText() == config.login_name()
    dialog.name_field.setText(f"  {NAME} ")  # setText: keyClicks aborts on non-ASCII
    dialog.office_field.setText(OFFICE)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


@pytest.fixture
def started(
    seeded_db: OpenedDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> tuple[FakePrompts, list[MainWindow], Path]:
    """`run` as `briefing-app` starts the app, with scripted prompts, a private settings file
    and every window it builds closed as soon as the event loop runs."""
    fake = FakePrompts()
    settings_file = tmp_path / "settings.ini"
    windows: list[MainWindow] = []

    def window(**kwargs: object) -> MainWindow:
        built = MainWindow(**kwargs)  # type: ignore[arg-type]
        windows.append(built)
        if len(windows) <= 2:  # the starts of `run`; the test's own window stays open
            QTimer.singleShot(0, built.close)
        return built

    # `run` imports these after its first window is painted: replaced where they are defined.
    monkeypatch.setattr(prompts_module, "Prompts", lambda: fake)
    monkeypatch.setattr(main_window_module, "MainWindow", window)
    monkeypatch.setattr(
        app_module,
        "default_settings",
        lambda: QSettings(str(settings_file), QSettings.Format.IniFormat),
    )
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs its own
    monkeypatch.delenv(app_module.QUIT_AFTER_START, raising=False)
    return fake, windows, settings_file


def test_the_first_start_asks_once_and_the_name_is_in_the_history(
    qtbot: QtBot, seeded_db: OpenedDatabase, started: tuple[FakePrompts, list[MainWindow], Path]
) -> None:
    prompts, windows, settings_file = started
    prompts.answer("run_dialog", introduce)
    assert app_module.run(str(seeded_db.path)) == 0
    assert prompts.asked("run_dialog") == [("firstStartDialog",)]
    assert app_module.run(str(seeded_db.path)) == 0  # a second start asks nothing
    assert prompts.asked("run_dialog") == [("firstStartDialog",)]
    assert [w.user for w in windows] == [NAME, NAME]
    for built in windows:
        built.tasks.wait()
    assert config.read_user() == (NAME, OFFICE)  # the command line's copy

    # A change made in the GUI is recorded under that name, not the login name.
    fake = FakePrompts()
    window = build_main_window(
        seeded_db.url,
        prompts=fake,
        settings=QSettings(str(settings_file), QSettings.Format.IniFormat),
    )
    try:
        window.resize(1400, 880)
        window.show()
        qtbot.waitExposed(window)
        wait_ready(qtbot, window)
        assert window.user == NAME and window is windows[-1]
        window.open_record("action", 1)
        wait_idle(qtbot, window)
        editor = window.editor
        editor.title_edit.setFocus()
        editor.title_edit.setText(editor.title_edit.text() + " (by phone)")
        qtbot.keyClick(editor.title_edit, Qt.Key.Key_S, CTRL)
        wait_idle(qtbot, window)
        assert not editor.is_dirty()
        assert [c.changed_by for c in editor.detail.history] == [NAME]
    finally:
        shut(window)


def test_dismissed_it_is_not_asked_again_and_the_login_name_stands(
    seeded_db: OpenedDatabase, started: tuple[FakePrompts, list[MainWindow], Path]
) -> None:
    prompts, windows, _settings_file = started
    prompts.answer("run_dialog", False)
    assert app_module.run(str(seeded_db.path)) == 0
    assert app_module.run(str(seeded_db.path)) == 0
    assert prompts.asked("run_dialog") == [("firstStartDialog",)]
    assert [w.user for w in windows] == [config.login_name()] * 2
    for built in windows:
        built.tasks.wait()


@pytest.mark.parametrize(("saved", "asked"), [("Tanaka Kenji", False), ("login", True)])
def test_a_name_saved_before_is_kept_unless_it_is_the_login_name(
    seeded_db: OpenedDatabase,
    started: tuple[FakePrompts, list[MainWindow], Path],
    saved: str,
    asked: bool,
) -> None:
    """An older version saved the briefing's prepared-by, filled in with the login name."""
    prompts, windows, settings_file = started
    saved = config.login_name() if saved == "login" else saved
    before = QSettings(str(settings_file), QSettings.Format.IniFormat)
    before.setValue("preferences/briefing/preparedBy", saved)
    before.sync()
    if asked:
        prompts.answer("run_dialog", introduce)
    assert app_module.run(str(seeded_db.path)) == 0
    assert app_module.run(str(seeded_db.path)) == 0
    assert len(prompts.asked("run_dialog")) == (1 if asked else 0)
    assert [w.user for w in windows] == [NAME if asked else saved] * 2
    for built in windows:
        built.tasks.wait()


def test_preferences_keep_the_name_and_the_cli_uses_it_unless_by_says(
    qtbot: QtBot,
    seeded_db: OpenedDatabase,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings = AppSettings(store=store, user_file=config.user_file())
    dialog = preferences_dialog(settings, "root")
    qtbot.addWidget(dialog)
    assert dialog.prepared_field.text() == "root"
    dialog.prepared_field.setText(NAME)
    dialog.office_field.setText(OFFICE)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert settings.user_name() == NAME and settings.office() == OFFICE
    assert config.read_user() == (NAME, OFFICE)

    db = str(seeded_db.path)
    assert cli.main(["--db", db, "action", "update", "2", "--note", "Called Kofu"]) == 0
    assert cli.main(["--db", db, "action", "update", "2", "--note", "Wrote", "--by", "Kenji"]) == 0
    assert cli.main(["--db", db, "action", "update", "2", "--assignee", "Kenji"]) == 0
    capsys.readouterr()
    assert comment_authors(db)[-2:] == [NAME, "Kenji"]  # a note is a comment (issue 13)
    assert cli.main(["--db", db, "show", "action", "2", "--json"]) == 0
    history = json.loads(capsys.readouterr().out)["history"]
    assert history[-1]["changed_by"] == NAME
    assert config.login_name() not in {h["changed_by"] for h in history[-1:]}


def test_without_a_saved_name_the_cli_falls_back_to_the_login_name(
    seeded_db: OpenedDatabase, capsys: pytest.CaptureFixture[str]
) -> None:
    assert not config.user_file().exists()
    db = str(seeded_db.path)
    assert cli.main(["--db", db, "action", "update", "2", "--note", "Called Kofu"]) == 0
    capsys.readouterr()
    assert comment_authors(db)[-1] == config.login_name()


def test_a_test_window_never_writes_the_users_file(
    qtbot: QtBot, window: MainWindow, prompts: FakePrompts
) -> None:
    window.settings.save_user(NAME, OFFICE)
    assert not config.user_file().exists()
