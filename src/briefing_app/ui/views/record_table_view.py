"""A table of records: whole-row selection, Enter or double-click opens, sorting asks the model
(which asks SQL), and the current record is reported by id."""

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

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
        self, model: PagedTableModel, *, widths: dict[str, int] | None = None
    ) -> None:
        self.setModel(model)
        self.selectionModel().currentRowChanged.connect(self._current_changed)
        header = self.horizontalHeader()
        for column, spec in enumerate(model.columns):
            if widths and spec.key in widths:
                self.setColumnWidth(column, widths[spec.key])
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
