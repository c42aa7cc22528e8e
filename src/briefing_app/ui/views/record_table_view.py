"""A table of records: whole-row selection, Enter or double-click opens, sorting asks the model
(which asks SQL), and the current record is reported by id."""

from PySide6.QtCore import QByteArray, QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

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
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        self._sortable = sortable
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
            entry.toggled.connect(lambda on, c=column: self.setColumnHidden(c, not on))
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

    def _activated(self, index: QModelIndex) -> None:
        value = index.data(IdRole)
        if value is not None:
            self.record_activated.emit(int(value))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        value = current.data(IdRole) if current.isValid() else None
        self.current_record_changed.emit(int(value) if value is not None else 0)
