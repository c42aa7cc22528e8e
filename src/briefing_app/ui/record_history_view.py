"""The History tab of the record editor: a record's field-level changes, newest first, in a
read-only table (RecordHistoryModel) whose old and new values take the spare width."""

from collections.abc import Callable

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from briefing_app.ui.models.record_history_model import RecordHistoryModel


class RecordHistoryView(QTableView):
    """`caption(field_key)` names a field, as in RecordHistoryModel."""

    def __init__(self, *, caption: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history_model = RecordHistoryModel(caption, self)
        self.setObjectName("historyView")
        self.setAccessibleName(self.tr("History of this record"))
        self.setModel(self.history_model)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().setVisible(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        fit, stretch = QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch
        for section, mode in enumerate((fit, fit, fit, stretch, stretch)):
            header.setSectionResizeMode(section, mode)
