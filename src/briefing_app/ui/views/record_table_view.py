"""A table of records: whole-row selection, Enter or double-click opens, sorting asks the model
(which asks SQL), and the current record is reported by id."""

from PySide6.QtCore import QByteArray, QEvent, QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QHelpEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QToolTip, QWidget
from typing_extensions import override

from briefing_app.ui.models.paged_table_model import IdRole, PagedTableModel


class RecordTableView(QTableView):
    record_activated = Signal(int)
    current_record_changed = Signal(int)  # 0 when nothing is current

    def __init__(
        self,
        *,
        object_name: str,
        accessible_name: str,
        sortable: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAccessibleName(accessible_name)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setTabKeyNavigation(False)
        self.setCornerButtonEnabled(False)
        vertical = self.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a narrow column's title: "Trạng…"
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        self._sortable = sortable
        self._stretch: int | None = None
        self._wanted: dict[int, int] = {}  # the widths the other columns would like
        self._fitting = False
        header.sectionResized.connect(self._section_resized)
        self.activated.connect(self._activated)

    def set_table_model(
        self,
        model: PagedTableModel,
        *,
        widths: dict[str, int] | None = None,
        stretch: str | None = "title",
    ) -> None:
        """Show `model`; `widths` are starting widths by column key, and the `stretch` column
        takes the room left, so the table fits its pane without a horizontal scroll bar."""
        self.setModel(model)
        self.selectionModel().currentRowChanged.connect(self._current_changed)
        header = self.horizontalHeader()
        for column, spec in enumerate(model.columns):
            if widths and spec.key in widths:
                self.setColumnWidth(column, widths[spec.key])
            if stretch is not None and spec.key == stretch:
                header.setStretchLastSection(False)
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
                self._stretch = column
        self._wanted = {
            column: header.sectionSize(column)
            for column in range(len(model.columns))
            if column != self._stretch
        }
        if self._sortable:
            default = model.default_sort
            section = next(
                (i for i, c in enumerate(model.columns) if c.key == default and default), -1
            )
            header.setSortIndicator(section, Qt.SortOrder.AscendingOrder)
            header.setSortIndicatorShown(True)
            self.setSortingEnabled(True)
        else:
            header.setSortIndicatorShown(False)
            header.setSectionsClickable(False)

    def enable_column_menu(self, *, hidden: tuple[str, ...] = ()) -> None:
        """Right-click on the header shows or hides columns; `hidden` start hidden."""
        model = self.table_model()
        for column, spec in enumerate(model.columns):
            if spec.key in hidden:
                self.setColumnHidden(column, True)
        header = self.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu_requested)

    def column_menu(self) -> QMenu:
        """A menu of check boxes, one per column (the first column always stays)."""
        menu = QMenu(self)
        model = self.table_model()
        for column, spec in enumerate(model.columns):
            entry = QAction(spec.title, menu)
            entry.setCheckable(True)
            entry.setChecked(not self.isColumnHidden(column))
            entry.setEnabled(column != 0)
            entry.toggled.connect(lambda on, c=column: self._show_column(c, on))
            menu.addAction(entry)
        return menu

    def _header_menu_requested(self, pos: QPoint) -> None:
        self.column_menu().exec(self.horizontalHeader().mapToGlobal(pos))

    def header_state(self) -> QByteArray:
        return self.horizontalHeader().saveState()

    def restore_header_state(self, state: QByteArray | None) -> None:
        """Column widths, order, visibility and sort order as the user left them."""
        if state is None:
            return
        header = self.horizontalHeader()
        if header.restoreState(state) and self._sortable:
            self.table_model().set_order(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def table_model(self) -> PagedTableModel:
        model = self.model()
        assert isinstance(model, PagedTableModel)
        return model

    def current_id(self) -> int | None:
        index = self.currentIndex()
        value = index.data(IdRole) if index.isValid() else None
        return int(value) if value is not None else None

    def select_id(self, record_id: int, *, quiet: bool = False) -> bool:
        """Make the row of `record_id` current (if loaded). `quiet` emits no change signal."""
        row = self.table_model().row_of_id(record_id)
        selection = self.selectionModel()
        if row is None:
            return False
        index = self.model().index(row, 0)
        if quiet:
            self.blockSignals(True)
            selection.blockSignals(True)
        try:
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        finally:
            if quiet:
                selection.blockSignals(False)
                self.blockSignals(False)
        self.scrollTo(index)
        return True

    def clear_current(self, *, quiet: bool = True) -> None:
        selection = self.selectionModel()
        if quiet:
            selection.blockSignals(True)
        selection.clear()
        if quiet:
            selection.blockSignals(False)

    def _show_column(self, column: int, shown: bool) -> None:
        self.setColumnHidden(column, not shown)
        if shown and self._wanted.get(column, 1) <= 0:
            self._wanted[column] = 100
        self.fit_columns()

    def _section_resized(self, column: int, _old: int, new: int) -> None:
        if not self._fitting and column != self._stretch and new > 0:
            self._wanted[column] = new  # the user dragged it

    def fit_columns(self) -> None:
        """Give the stretched column (the title) at least about a third of a narrow table (a
        1024-pixel screen) by narrowing the others in proportion, their text elided with the
        whole of it in a tooltip; where there is room, every column has the width it wants."""
        if self._stretch is None or self.isColumnHidden(self._stretch):
            return
        room = self.viewport().width()
        shown = [c for c in self._wanted if not self.isColumnHidden(c)]
        wanted = sum(self._wanted[c] for c in shown)
        least = min(200, room // 3)
        scale = 1.0 if wanted + least <= room or wanted == 0 else (room - least) / wanted
        self._fitting = True
        try:
            for column in shown:
                self.setColumnWidth(column, max(36, int(self._wanted[column] * scale)))
        finally:
            self._fitting = False

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def elided_text(self, index: QModelIndex) -> str | None:
        """The full text of a cell too narrow to show it (the view elides it), else None."""
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text:
            return None
        room = self.visualRect(index).width() - 2 * (
            self.style().pixelMetric(self.style().PixelMetric.PM_FocusFrameHMargin, None, self) + 1
        )
        return text if self.fontMetrics().horizontalAdvance(text) > room else None

    @override
    def viewportEvent(self, event: QEvent) -> bool:
        """A cell cut short shows its whole text as a tooltip, when the model gives none."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.indexAt(event.pos())
            if index.isValid() and index.data(Qt.ItemDataRole.ToolTipRole) is None:
                full = self.elided_text(index)
                if full is not None:
                    QToolTip.showText(event.globalPos(), full, self.viewport())
                    return True
        return super().viewportEvent(event)

    def _activated(self, index: QModelIndex) -> None:
        value = index.data(IdRole)
        if value is not None:
            self.record_activated.emit(int(value))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        value = current.data(IdRole) if current.isValid() else None
        self.current_record_changed.emit(int(value) if value is not None else 0)
