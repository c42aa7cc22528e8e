"""The History tab of every record editor, the action editor's included: a record's changes,
newest first, in a read-only table (RecordHistoryModel) over a pane with the selected change in
full.

On a small screen (the action editor beside its list at 1024 px) the old and new values must
stay readable: when, who and field are sized to their contents but kept to a share of the width,
the values take the rest, wrap to a few lines and are elided beyond; the whole texts are the
tooltips and the detail pane below. The Comment column shows only when some change has one.
"""

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QTableView,
    QTextBrowser,
    QWidget,
)
from typing_extensions import override

from briefing_app.ui.details.html_parts import esc
from briefing_app.ui.models.record_history_model import (
    COMMENT,
    FIELD,
    NEW,
    OLD,
    WHEN,
    WHO,
    RecordHistoryModel,
)

# the share of the table's width that each of when, who and field may take at most
FIXED_SHARE = 0.17
# a value wraps to this many lines at most in the table (the detail pane has it all)
VALUE_LINES = 3


class RecordHistoryView(QSplitter):
    """`caption(field_key)` names a field, as in RecordHistoryModel; `accessible_name` names
    the table for screen readers."""

    def __init__(
        self,
        *,
        caption: Callable[[str], str],
        accessible_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.history_model = RecordHistoryModel(caption, self)
        self.setChildrenCollapsible(False)
        self.table = table = QTableView()
        table.setObjectName("historyView")
        table.setAccessibleName(accessible_name or self.tr("History of this record"))
        table.setModel(self.history_model)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setTabKeyNavigation(False)  # Tab goes on to the detail pane
        table.verticalHeader().setVisible(False)
        table.setAlternatingRowColors(True)
        table.setWordWrap(True)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = table.horizontalHeader()
        header.setMinimumSectionSize(40)
        for section in (WHEN, WHO, FIELD, COMMENT):
            header.setSectionResizeMode(section, QHeaderView.ResizeMode.Interactive)
        for section in (OLD, NEW):
            header.setSectionResizeMode(section, QHeaderView.ResizeMode.Stretch)
        self.addWidget(table)

        self.detail = QTextBrowser()
        self.detail.setObjectName("historyDetail")
        self.detail.setAccessibleName(self.tr("The selected change in full"))
        self.detail.setPlaceholderText(
            self.tr("Select a change to read its old and new values in full.")
        )
        self.addWidget(self.detail)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 1)

        self.history_model.modelReset.connect(self._model_reset)
        table.selectionModel().currentRowChanged.connect(self._current_changed)

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _model_reset(self) -> None:
        self.table.setColumnHidden(COMMENT, not self.history_model.has_comments())
        self.detail.clear()
        self._fit()

    def _fit(self) -> None:
        """When, who, field (and comment) as wide as their contents, each at most a share of
        the width; the values stretch over the rest; rows as high as their wrapped values, up to
        VALUE_LINES lines."""
        table = self.table
        most = max(table.horizontalHeader().minimumSectionSize(), int(table.width() * FIXED_SHARE))
        for section in (WHEN, WHO, FIELD, COMMENT):
            if not table.isColumnHidden(section):
                table.setColumnWidth(section, min(table.sizeHintForColumn(section), most))
        line = table.fontMetrics().lineSpacing()
        tallest = VALUE_LINES * line + line // 2
        for row in range(self.history_model.rowCount()):
            table.setRowHeight(row, min(table.sizeHintForRow(row), tallest))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """The detail pane follows the row the keyboard or the mouse is on."""
        self.detail.setHtml(self._detail_html(current.row()) if current.isValid() else "")

    def _detail_html(self, row: int) -> str:
        model = self.history_model
        heading = " · ".join(esc(model.text(row, column)) for column in (FIELD, WHEN, WHO))
        parts = [f"<p><b>{heading}</b></p>"]
        for column in (OLD, NEW, COMMENT):
            text = model.text(row, column)
            if text:
                title = esc(str(model.headerData(column, Qt.Orientation.Horizontal)))
                parts.append(
                    f"<p><b>{title}</b></p>"
                    f'<p style="white-space: pre-wrap; margin-left: 12px">{esc(text)}</p>'
                )
        return "".join(parts)
