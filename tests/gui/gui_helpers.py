"""Drive widgets like a user: type (non-ASCII one key event per character), click rows."""

import itertools
import os
from datetime import date
from pathlib import Path

import sqlalchemy as sa
from gui_fakes import FakePrompts
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from briefing_app.app import build_main_window
from briefing_app.domain.enums import Classification, OfficeRole
from briefing_app.i18n import Language
from briefing_app.store import team_users
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.preferences_dialog import PreferencesDialog
from briefing_app.ui.settings import AppSettings
from briefing_app.ui.tasks import TaskRunner

#: "Today" for GUI tests: the seeded actions due in 2026 are open and not yet overdue.
TODAY = date(2026, 3, 16)


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type like a user. qtbot.keyClicks aborts on non-ASCII, so those characters are sent
    as one QKeyEvent each (press and release)."""
    widget.setFocus()
    for ch in text:
        if ch == "\n":
            qtbot.keyClick(widget, Qt.Key.Key_Return)
            continue
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


def replace_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Select everything in a text field (Ctrl+A) and type over it."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        type_text(qtbot, widget, text)
    else:
        qtbot.keyClick(widget, Qt.Key.Key_Delete)


def click_row(qtbot: QtBot, view: QAbstractItemView, row: int, column: int = 1) -> None:
    index = view.model().index(row, column)
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def double_click_row(qtbot: QtBot, view: QAbstractItemView, row: int, column: int = 1) -> None:
    index = view.model().index(row, column)
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def append_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type at the end of what a field holds (End in a line, Ctrl+End in a text box)."""
    widget.setFocus()
    line = isinstance(widget, QLineEdit)
    modifier = Qt.KeyboardModifier.NoModifier if line else Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(widget, Qt.Key.Key_End, modifier)
    type_text(qtbot, widget, text)


def make_window(
    qtbot: QtBot,
    url: str,
    prompts: FakePrompts,
    settings_file: Path,
    today: date = TODAY,
    language: Language | None = None,
    user: str = "tester",
) -> MainWindow:
    window = build_main_window(
        url,
        prompts=prompts,
        settings=QSettings(str(settings_file), QSettings.Format.IniFormat),
        user=user,
        today=lambda: today,
        language=language,
    )
    # Not qtbot.addWidget: pytest-qt would close it before this file's teardown, while a test
    # may have left unsaved edits on purpose; shut() closes it.
    window.resize(1400, 880)
    window.show()
    qtbot.waitExposed(window)
    # Shortcuts (Ctrl+S, Ctrl+Z …) reach only the active window: make sure it is, so the tests
    # behave the same offscreen and on a real X server.
    window.activateWindow()
    window.raise_()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    wait_ready(qtbot, window)
    return window


def wait_ready(qtbot: QtBot, window: MainWindow) -> None:
    """Wait until the window's pages are built and the page on show has read its rows."""
    qtbot.waitUntil(lambda: window.workspace.ready, timeout=5000)
    wait_idle(qtbot, window)


def wait_idle(qtbot: QtBot, window: MainWindow) -> None:
    """Wait until every read and write the window started has come back (operations run on
    the task runner; their results arrive on the GUI thread)."""
    qtbot.waitUntil(lambda: window.tasks.busy == 0, timeout=10000)


def shut(window: MainWindow) -> None:
    if window.workspace.ready and (window.editor.is_dirty() or window.editor.is_new):
        window.editor.clear()
        window.editor._dirty = False  # noqa: SLF001 - let the test window close unasked
    for record_editor in list(window.records.editors.values()):
        record_editor.model.revert()  # record editors left open close unasked too
    window.close()
    window.tasks.wait()
    window.database.engine.dispose()


def preferences_dialog(settings: AppSettings, user: str) -> PreferencesDialog:
    """Preferences outside a main window (a task runner and scripted prompts of its own)."""
    return PreferencesDialog(
        settings=settings, user=user, tasks=TaskRunner(on_unexpected=print), prompts=FakePrompts()
    )


#: The password of the members GUI tests make on the PostgreSQL test server.
MEMBER_PASSWORD = "reads-and-writes 7"
_member_numbers = itertools.count(1)


def member_url(
    owner: sa.Engine, server_url: str, role: OfficeRole, clearance: Classification
) -> tuple[str, str]:
    """A new member's login name and the URL the app opens as them. `owner`: an engine of
    the database's owner (the test server's user, as the `colleague` fixture logs in)."""
    name = f"t{os.getpid()}.m{next(_member_numbers)}"  # login roles belong to the whole server
    team_users.add_member(owner, name, role, clearance, password=MEMBER_PASSWORD)
    url = sa.make_url(server_url).set(username=name, password=MEMBER_PASSWORD)
    return name, url.render_as_string(hide_password=False)
