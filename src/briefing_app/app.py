"""Start the desktop app: Qt application, fonts, crash reporting, the database (with a clear
dialog instead of a traceback when it cannot be used), and the main window.

`build_main_window(db_url)` builds everything without entering the event loop (for tests and
the screenshot script); `run(db_arg)` is what `briefing-app` without a sub-command calls.

On the first start `run` asks the user's name and office (ui/first_start_dialog.py): the
history records that name as who made each change the GUI makes. Not on a team server: there
the history records the login (the server sees to it, and the window acts as the login).

Automation: with BRIEFING_QUIT_AFTER_START=1 in the environment, `run` asks nothing and closes
the main window as soon as the event loop has started, so packaging smoke tests can start the
real program and see it exit cleanly (exit code 0) without anyone clicking. With
BRIEFING_QUIT_AFTER_START=overview it closes once the overview shows its figures instead, and
writes the CPU time to its first paint (the event loop's first turn) and to the overview to
stderr (the start-up benchmark, and the test of what a start imports); with
BRIEFING_QUIT_AFTER_START=ready, once every page is built and the pick lists are read (the
memory benchmark), writing the CPU time to that moment.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import time
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from briefing_app.config import (
    database_file,
    database_url,
    login_name,
    to_url,
    user_data_dir,
    user_file,
)
from briefing_app.crash_log import write_crash_log
from briefing_app.domain.errors import UserError
from briefing_app.i18n import Language
from briefing_app.resources import data_dir
from briefing_app.ui.fonts import register_shipped_fonts
from briefing_app.ui.language import choose_language, install_language
from briefing_app.ui.main_thread_gc import MainThreadCollector
from briefing_app.ui.settings import AppSettings, default_settings
from briefing_app.ui.start_window import StartWindow

# What the window paints first needs none of these: a start imports them after its first paint
# (issue 16; tests/cli/test_startup_imports.py), each function that uses them where it runs.
if TYPE_CHECKING:
    from briefing_app.services.overview_figures import ForumOverview
    from briefing_app.store.database import OpenedDatabase
    from briefing_app.ui.main_window import MainWindow
    from briefing_app.ui.prompts import Prompts
    from briefing_app.ui.views.overview_page import OverviewPage

APP_NAME = "Briefing desk"
ORGANISATION = "briefing-desk"
# The reverse-DNS application id: the .desktop file's and the AppStream metainfo's name
# (packaging/linux/), so desktops match windows to their launcher and icon.
APP_ID = "io.github.briefingdesk.BriefingDesk"
DESKTOP_FILE = APP_ID
QUIT_AFTER_START = "BRIEFING_QUIT_AFTER_START"
# How long a start waits for its first window to be painted before it goes on without it
SHELL_PAINT_WAIT_MS = 1000
# The overview's name among the pages a window was closed on (ui/record_pages.OVERVIEW, which
# a start does not import before its first paint)
OVERVIEW_PAGE = "overview"

log = logging.getLogger("briefing_app")


def app_icon() -> QIcon:
    return QIcon(str(data_dir("resources") / "icons" / "briefing-desk.svg"))


def current_user(settings: AppSettings) -> str:
    """Who the history records as making the GUI's changes: the name the user gave (first
    start, Preferences), else the login name."""
    return settings.user_name() or login_name()


def prepare_application(app: QGuiApplication) -> None:
    """Names, icon, fonts and version: everything the app sets up once per process."""
    name_application(app)
    set_version(app)


def name_application(app: QGuiApplication) -> None:
    """Names, icon and fonts: what the first window needs."""
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setDesktopFileName(DESKTOP_FILE)
    app.setWindowIcon(app_icon())
    register_shipped_fonts(app)


def set_version(app: QGuiApplication) -> None:
    """The version (looked up in the installed package: a start does it after its first
    paint)."""
    from briefing_app import __version__

    app.setApplicationVersion(__version__)


def build_main_window(
    db_url: str,
    *,
    prompts: Prompts | None = None,
    settings: QSettings | None = None,
    user: str | None = None,
    today: Callable[[], date] = date.today,
    language: Language | None = None,
) -> MainWindow:
    """The main window on `db_url` (created, migrated, seeded as needed), not yet shown, in
    `language` (None: whatever language the application has installed already).

    A QApplication must exist (one is created if not). Raises UnusableDatabaseError when the
    database cannot be used; `run` turns that into a dialog.
    """
    from briefing_app.store.database import open_database
    from briefing_app.ui.main_window import MainWindow
    from briefing_app.ui.prompts import Prompts

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QGuiApplication)
    prepare_application(app)
    if language is not None:
        install_language(app, language)
    opened = open_database(to_url(db_url))
    # The app's own settings keep the command line's copy of the user's name; a test's not.
    app_settings = (
        AppSettings(store=settings)
        if settings is not None
        else AppSettings(store=default_settings(), user_file=user_file())
    )
    return MainWindow(
        database=opened,
        prompts=prompts or Prompts(),
        settings=app_settings,
        user=user or current_user(app_settings),
        today=today,
    )


class CrashReporter:
    """sys.excepthook for the GUI: log every unexpected error, tell the user once per session
    where the log is; errors the user can understand are shown as a plain message instead."""

    def __init__(self, *, prompts: Prompts, parent: Callable[[], QWidget | None]) -> None:
        self._prompts = prompts
        self._parent = parent
        self.shown = False
        self.log_path: Path | None = None

    def __call__(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        import sqlalchemy as sa

        from briefing_app.ui.errors import user_message

        message = user_message(exc)
        if message is not None and isinstance(exc, UserError | sa.exc.DatabaseError):
            self._prompts.error(self._parent(), QCoreApplication.translate("App", "Error"), message)
            return
        if exc.__traceback__ is None and tb is not None:
            exc = exc.with_traceback(tb)
        try:
            self.log_path = write_crash_log(exc)
        except OSError:
            log.exception("could not write the crash log")
            self.log_path = None
        if not self.shown:
            self.shown = True
            where = (
                str(self.log_path)
                if self.log_path
                else QCoreApplication.translate("App", "(the log could not be written)")
            )
            self._prompts.crash(self._parent(), where)


def open_with_recovery(
    url: str, *, prompts: Prompts, start_dir: Path | None = None
) -> OpenedDatabase | None:
    """Open `url`; when it cannot be used, explain why and let the user open another file,
    create a new one, or quit (None). A team server that wants a password (none was found, or
    the one found was refused) asks for it first, again after a wrong one; a password to
    remember goes to the keyring once it has worked."""
    import sqlalchemy as sa

    from briefing_app.store import server_connection
    from briefing_app.store.database import open_database
    from briefing_app.store.engine import sqlite_path
    from briefing_app.ui.errors import user_message
    from briefing_app.ui.tasks import wait_while_painting

    to_remember: str | None = None
    while True:
        try:
            opened = wait_while_painting(partial(open_database, url))
        except (UserError, sa.exc.DatabaseError) as exc:
            answer = _ask_password(url, exc, prompts)
            if answer is not None:
                password, remember = answer
                server_connection.use_password(url, password)
                to_remember = password if remember else None
                continue
            reason = user_message(exc) or str(exc)
        else:
            if to_remember is not None:
                server_connection.store_password(url, to_remember)
            return opened
        path = sqlite_path(url)
        where = str(path) if path else sa.make_url(url).render_as_string(hide_password=True)
        choice = prompts.unusable_database(None, where, reason)
        if choice == "quit":
            return None
        folder = str(start_dir or (path.parent if path else user_data_dir()))
        picked = (
            prompts.open_database_file(None, folder)
            if choice == "open"
            else prompts.new_database_file(None, folder)
        )
        if picked:
            url = to_url(picked)


def _ask_password(url: str, exc: BaseException, prompts: Prompts) -> tuple[str, bool] | None:
    """The password the user types when `exc` says the server at `url` wants one or refused
    the one given (not one written in the URL itself); None otherwise, or when they cancel."""
    import sqlalchemy as sa

    from briefing_app.store import server_connection
    from briefing_app.ui.server_password_dialog import ask_server_password

    if sa.make_url(url).password or not server_connection.is_wrong_password(exc):
        return None
    problem = server_connection.connection_problem(exc)
    wrong = problem is server_connection.ConnectionProblem.WRONG_PASSWORD
    return ask_server_password(url, prompts, wrong=wrong)


def capture_screenshots(
    out: Path,
    *,
    width: int = 1400,
    height: int = 880,
    language: Language = Language.EN,
    views: bool = False,
) -> list[Path]:
    """Start the app on a new seeded database in a temporary folder (settings and logs there
    too) and save the overview, the Thanh Hóa–Yamanashi meeting, the action editor, the briefing
    export dialog, the preview of the meeting brief, the record editor and the trash as PNG;
    with `views`, every page and every record editor instead (ui/view_screenshots.py).
    Needs a Qt platform (offscreen works)."""
    import tempfile

    from briefing_app.ui.record_screenshots import capture_record_editing
    from briefing_app.ui.view_screenshots import capture_views

    app = QApplication.instance() or QApplication(["briefing-app"])
    install_language(app, language)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="briefing-screens-") as tmp:
        home = Path(tmp)
        settings = QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat)
        window = build_main_window(str(home / "briefing.sqlite3"), settings=settings, user="demo")
        window.resize(width, height)
        window.show()

        def settle() -> None:
            deadline = time.monotonic() + 10
            while window.tasks.busy and time.monotonic() < deadline:
                app.processEvents()
                time.sleep(0.01)
            for _ in range(5):
                app.processEvents()

        shots: list[tuple[str, Callable[[], None]]] = [
            ("overview.png", lambda: window.go("overview")),
            ("meeting-detail.png", lambda: window.open_record("meeting", 1)),
            ("action-editor.png", lambda: window.open_record("action", 2)),
        ]
        if views:
            shots = []
            written += capture_views(window, out, settle)
        for name, show in shots:
            show()
            settle()
            path = out / name
            if not window.grab().save(str(path)):
                raise OSError(f"could not write {path}")
            written.append(path)
        if not views:
            written += _capture_briefing(window, out, home, settle, SCREENSHOT_OFFICES[language])
            written += capture_record_editing(window, out, settle)
        window.close()
        window.tasks.wait()
        window.database.engine.dispose()
    return written


# The office the pictured brief names in its header, in the interface's language.
SCREENSHOT_OFFICES = {Language.EN: "Department of Foreign Affairs", Language.VI: "Sở Ngoại vụ"}


def _capture_briefing(
    window: MainWindow, out: Path, home: Path, settle: Callable[[], None], office: str
) -> list[Path]:
    """The export dialog on the Thanh Hóa–Yamanashi meeting, and the preview of its brief."""

    window.print_briefing("meeting", 1)
    dialog = window.briefing_dialog
    assert dialog is not None
    dialog.office_field.setText(office)
    dialog.path_field.setText(str(home / "meeting-brief.pdf"))
    dialog.adjustSize()
    settle()
    shots = [out / "briefing-dialog.png", out / "briefing-preview.png"]
    if not dialog.grab().save(str(shots[0])):
        raise OSError(f"could not write {shots[0]}")
    dialog.export()
    deadline = time.monotonic() + 30
    while dialog.preview is None and time.monotonic() < deadline:
        settle()
    preview = dialog.preview
    if preview is None:
        raise OSError("the briefing was not written")
    preview.resize(900, 1000)
    end = time.monotonic() + 1.5  # QPdfView renders pages in the background
    while time.monotonic() < end:
        settle()
        time.sleep(0.05)
    if not preview.grab().save(str(shots[1])):
        raise OSError(f"could not write {shots[1]}")
    preview.close()
    dialog.close()
    return shots


def backups_folder() -> Path:
    return user_data_dir() / "backups"


def daily_backup(opened: OpenedDatabase, keep: int, today: date | None = None) -> Path | None:
    """On the first start of the day, back the database up into the user data folder, keeping
    the last `keep` (Preferences); a failure is logged, it does not stop the app."""
    from briefing_app.store.daily_backup import take_daily_backup

    try:
        return take_daily_backup(
            opened.engine, backups_folder(), today=today or date.today(), keep=keep
        )
    except (UserError, OSError):
        log.exception("the daily backup failed")
        return None


def _report_cpu(moment: str) -> None:
    print(f"{moment}: {time.process_time():.3f} s CPU", file=sys.stderr)


def run(db_arg: str | None, language: Language | None = None) -> int:
    """The desktop app in `language` (None: as chosen in Preferences, else the system's).
    Returns the process exit code.

    The window paints first (ui/start_window.py); then it shows the overview the database
    file remembers, when that is still exact (services/overview_snapshot.py); then the rest
    of the app is imported, the database opened and the main window built
    (`_start_main_window`)."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    name_application(app)
    MainThreadCollector(app)  # cycles (and the Qt objects in them) freed on the GUI thread
    settings = AppSettings(store=default_settings(), user_file=user_file())
    install_language(app, choose_language(language, settings.language()))
    quit_after = os.environ.get(QUIT_AFTER_START)
    shell = StartWindow(settings.geometry())
    started: list[MainWindow] = []
    building: list[bool] = []  # the database is opened with the events going on: once only
    remembered: list[ForumOverview | None] = []  # empty until looked for
    if quit_after == "overview":  # the start-up benchmark reads the CPU time of each step
        shell.painted.connect(lambda: _report_cpu("first paint"))

    def build() -> None:
        if started or shell.isHidden():  # built already (or the user quit meanwhile)
            return
        if not remembered:
            remembered.append(_remembered_overview(db_arg))
            if remembered[0] is not None and _opens_on_overview(settings):
                shell.present(remembered[0])
                if quit_after == "overview":
                    _report_cpu("overview shown")
                    shell.close()
                else:
                    later.start(0)  # the main window, once the figures are on the screen
                return
            if remembered[0] is None and _upgrades(db_arg):
                # Said before the rest of the app is imported (a second), not after.
                shell.say_upgrading()
        if building:
            return
        building.append(True)
        window = _start_main_window(db_arg, settings, quit_after, shell, remembered[0])
        if window is None:
            app.exit(0 if shell.isHidden() else 1)  # quit meanwhile, or could not open
            return
        started.append(window)
        window.show()
        shell.close()
        # What the start made (modules, classes, the ORM's mappings, the window) stays for
        # the whole session: out of the collector's full passes, which took 30-40 ms each
        # on the GUI thread (benchmarks/run.py freezes its own start the same way).
        gc.freeze()

    # Once the first window is painted (a window not exposed yet paints later: at the latest
    # after a second); the timer is the first window's, and goes with it.
    later = QTimer(shell)
    later.setSingleShot(True)
    later.timeout.connect(build)
    shell.painted.connect(lambda: later.start(0))
    shell.show()
    later.start(SHELL_PAINT_WAIT_MS)
    code = app.exec()
    shell.close()
    shell.deleteLater()
    if started:
        started[0].database.engine.dispose()
    return int(code)


def _opens_on_overview(settings: AppSettings) -> bool:
    """Whether the main window opens on the overview (the page it was closed on,
    MainWindow._restore_window): only then does the first window show the remembered one,
    rather than the overview for a second and then another page."""
    return settings.last_view() in (None, OVERVIEW_PAGE)


def _upgrades(db_arg: str | None) -> bool:
    """Whether opening the database file upgrades it (a copy of it first: seconds on a large
    file)."""
    from briefing_app.store.schema_head import below_head

    try:
        path = database_file(database_url(db_arg))
    except ValueError:  # a blank --db: _start_main_window says so
        return False
    return path is not None and below_head(path)


def _remembered_overview(db_arg: str | None) -> ForumOverview | None:
    """The overview the database file remembers for today, if it is still exact."""
    try:
        url = database_url(db_arg)
    except ValueError:  # a blank --db: _start_main_window says so
        return None
    return _remembered_in(url)


def _read_overview(opened: OpenedDatabase) -> ForumOverview | None:
    """The overview of the database just opened (kept for the next start); None when it
    cannot be read (the main window's overview page then says why)."""
    import sqlalchemy as sa

    from briefing_app.services.overview import remembered_forum_overview

    try:
        return remembered_forum_overview(opened.engine, today=date.today())
    except (UserError, sa.exc.DatabaseError):
        log.warning("the overview could not be read at the start", exc_info=True)
        return None


def _remembered_in(url: str) -> ForumOverview | None:
    from briefing_app.domain.translations import reading_language
    from briefing_app.services.overview_snapshot import remembered_overview

    return remembered_overview(url, today=date.today(), language=reading_language())


def _start_main_window(
    db_arg: str | None,
    settings: AppSettings,
    quit_after: str | None,
    shell: StartWindow,
    overview: ForumOverview | None = None,
) -> MainWindow | None:
    """What a start does once its first window is painted: the crash reporter, the database
    (None: it cannot be used and the user chose to quit), the daily backup, the overview's
    figures in the first window if it had none to show (read before the main window's code is
    loaded: a third of a second sooner), the first start's question, and the main window (not
    yet shown; `overview`: the figures the first window shows)."""
    from briefing_app.ui.prompts import Prompts
    from briefing_app.ui.tasks import StartAbandonedError, wait_while_painting

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    set_version(app)
    prompts = Prompts()
    window: MainWindow | None = None
    sys.excepthook = CrashReporter(prompts=prompts, parent=lambda: window)
    url = database_url(db_arg)
    shell.busy = True
    try:
        opened = open_with_recovery(url, prompts=prompts)
        if opened is None:
            return None
        # A copy of the whole file on the day's first start: seconds on a large one.
        wait_while_painting(partial(daily_backup, opened, settings.backups_to_keep()))
        if overview is not None:
            # Still exact once open? Opening may have added the shipped dataset's new records,
            # or the user may have chosen another file instead of one that could not be used.
            overview = _remembered_in(opened.url)
        read = None
        if overview is None and opened.path is not None and _opens_on_overview(settings):
            read = wait_while_painting(partial(_read_overview, opened))
    except StartAbandonedError:  # the application was told to quit meanwhile
        return None
    finally:
        shell.busy = False
    if shell.quit_asked:  # the user closed the first window meanwhile
        opened.engine.dispose()
        shell.hide()  # the start ends with exit code 0 (run's build), as a closed window's
        return None
    if read is not None:
        overview = read
        shell.present(read)
        if quit_after == "overview":
            _report_cpu("overview shown")
            opened.engine.dispose()
            shell.close()
            return None

    from briefing_app.ui.first_start_dialog import ask_who_on_first_start
    from briefing_app.ui.main_window import MainWindow

    quit_after_start = quit_after in ("1", "overview", "ready")
    # No one to answer in a smoke test; on a team server the login names the user.
    if not quit_after_start and opened.path is not None:
        ask_who_on_first_start(settings, prompts.run_dialog, login_name())
    settings.write_user_file()  # a name saved before the command line read it
    window = MainWindow(
        database=opened,
        prompts=prompts,
        settings=settings,
        user=current_user(settings),
        overview=overview,
    )
    if quit_after == "overview":
        shown = window

        def overview_shown() -> None:
            _report_cpu("overview shown")
            shown.close()

        def overview_built(page: OverviewPage) -> None:
            page.shown.connect(overview_shown)

        # Built with the window on a file; on a team server once the login's access is read.
        if hasattr(window.workspace, "overview"):
            overview_built(window.overview)
        window.workspace.overview_added.connect(overview_built)
    elif quit_after == "ready":
        built = window

        def ready(now: bool) -> None:
            if now:
                _report_cpu("ready")
                built.close()

        window.workspace.ready_changed.connect(ready)
    elif quit_after_start:
        QTimer.singleShot(0, window.close)
    return window
