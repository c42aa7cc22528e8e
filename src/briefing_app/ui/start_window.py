"""The window a start paints first (issue 16): the app's title, its menus and an empty page saying
the database is being opened, shown before SQLAlchemy, the records' models and the pages are
imported and before the database is opened. The main window (ui/main_window.py) takes its place,
at the same spot and size, once it is built.

It imports Qt and nothing of the app's own but its settings: a test lists what a start imports
before its first paint (tests/cli/test_startup_imports.py). Its texts are the main window's
(same translation contexts), so it adds none to translate.

When the database file remembers an overview that is still exact (services/overview_snapshot.py)
the window shows it in place of the empty page, before the database code is loaded; its links
do nothing in the second before the main window takes over."""

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QPaintEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

if TYPE_CHECKING:
    from briefing_app.services.overview_figures import ForumOverview

#: the size of a first start's window, on a screen with room for it
DEFAULT_SIZE = (1400, 880)


def place_window(window: QWidget, geometry: QByteArray | None) -> None:
    """Put `window` where it was when the app last closed, else give it the first start's size
    (fitted to a small screen)."""
    if geometry is not None and window.restoreGeometry(geometry):
        return
    width, height = DEFAULT_SIZE
    screen = window.screen()
    if screen is not None:
        room = screen.availableGeometry()
        width = min(width, int(room.width() * 0.95))
        height = min(height, int(room.height() * 0.92))
    window.resize(width, height)


class _Page(QLabel):
    """The empty page; says when it has been painted the first time."""

    def __init__(self, painted: Callable[[], object]) -> None:
        super().__init__(QCoreApplication.translate("MainWindow", "Opening the database…"))
        self._painted = painted
        self._first = True
        self.setObjectName("startPage")
        # Centred by its style sheet: PySide6 builds the whole Qt namespace (every enum in it)
        # the first time Python touches it, a tenth of a bare window's start.
        self.setStyleSheet("qproperty-alignment: AlignCenter;")
        self.setEnabled(False)  # greyed, as a page that is not there yet

    # No @override: typing_extensions is not imported before the first paint.
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._first:
            self._first = False
            self._painted()


class StartWindow(QMainWindow):
    """The first window of a start; `painted` once it is on the screen."""

    painted = Signal()

    def __init__(self, geometry: QByteArray | None) -> None:
        super().__init__()
        self.setObjectName("startWindow")
        self.setWindowTitle(QGuiApplication.applicationDisplayName())
        menus = self.menuBar()
        file_menu = menus.addMenu(QCoreApplication.translate("MainActions", "&File"))
        # No Ctrl+Q for the second this window is up: Qt's first shortcut costs a tenth of a
        # bare window's start.
        quit_action = file_menu.addAction(QCoreApplication.translate("MainActions", "&Quit"))
        quit_action.triggered.connect(self.close)
        for title in ("&Edit", "&View", "&Help"):  # filled once the main window is built
            menus.addMenu(QCoreApplication.translate("MainActions", title)).setEnabled(False)
        self.page = _Page(self.painted.emit)
        self.setCentralWidget(self.page)
        place_window(self, geometry)
        #: the database is being opened, upgraded or backed up (app.py)
        self.busy = False
        #: the user closed the window meanwhile: the start ends once that is done
        self.quit_asked = False

    # No @override: typing_extensions is not imported before the first paint.
    def closeEvent(self, event: QCloseEvent) -> None:
        """Closed while the database is opened, upgraded or backed up, the window stays until
        that is done and says so: closed at once, the app would go on out of sight (an
        upgrade is never cut short), and a start meanwhile would copy the file again."""
        if not self.busy:
            super().closeEvent(event)
            return
        event.ignore()
        self.quit_asked = True
        self.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow", "Briefing desk closes as soon as the database is ready…"
            )
        )

    def say_upgrading(self) -> None:
        """Say the database is being upgraded (it takes a while on a large file), painted
        before this returns."""
        self.page.setText(
            QCoreApplication.translate(
                "MainWindow",
                "Upgrading the database for this version of the app (a copy of the file is "
                "kept first)…",
            )
        )
        self.page.repaint()

    def present(self, overview: "ForumOverview") -> None:
        """Show `overview` in place of the empty page, painted before this returns."""
        from PySide6.QtCore import Qt  # not before the first paint (see _Page)

        from briefing_app.ui.views.overview_page import OverviewPage

        page = OverviewPage(ops=None, prompts=None, today=date.today)
        page.present(overview)
        # Its links and buttons wait for the main window (a second): the pointer says so.
        page.setCursor(Qt.CursorShape.BusyCursor)
        self.setCentralWidget(page)
        self.repaint()
