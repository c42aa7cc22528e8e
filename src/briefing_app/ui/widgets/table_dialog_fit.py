"""A dialog built around a table of long texts (the conflict and merge dialogs) sizes itself to
its content within the screen, and its table scrolls by pixels, so a tall row (the Notes) can
be read to its last line instead of being cut.

Before: the dialogs opened at a fixed 760×360 (860×420); their rows were measured once while
the columns still had their first widths, and the table scrolled by whole rows, so a row taller
than the table could never be seen whole.
"""

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QTableWidget
from typing_extensions import override

#: The most of the screen's free area the dialog takes.
SCREEN_SHARE = 0.9


class TableDialogFit(QObject):
    """Sizes `dialog` when it is first shown (its columns then have their real widths): tall
    enough for every row of `table`, at least `height`, at most the screen's free area."""

    def __init__(self, dialog: QDialog, table: QTableWidget, *, width: int, height: int) -> None:
        super().__init__(dialog)
        self._dialog, self._table, self._height = dialog, table, height
        self._done = False
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        free = self._free()
        dialog.resize(min(width, free[0]), min(height, free[1]))
        dialog.installEventFilter(self)

    def _free(self) -> tuple[int, int]:
        screen = self._dialog.screen() or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        return int(area.width() * SCREEN_SHARE), int(area.height() * SCREEN_SHARE)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._dialog and event.type() == QEvent.Type.Show and not self._done:
            self._done = True
            self.fit()
        return False

    def fit(self) -> None:
        dialog, table = self._dialog, self._table
        rows = table.verticalHeader().length()
        missing = rows - table.viewport().height()
        if missing <= 0:
            return
        most = self._free()[1]
        dialog.resize(dialog.width(), min(max(self._height, dialog.height() + missing), most))


def rows_cut(table: QTableWidget) -> list[int]:
    """The rows of `table` that cannot be read whole, even by scrolling."""
    view = table.viewport().height()
    per_item = table.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerItem
    return [
        row
        for row in range(table.rowCount())
        if table.rowHeight(row) < table.sizeHintForRow(row)
        or (per_item and table.rowHeight(row) > view)
    ]
