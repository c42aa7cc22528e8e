"""A combo box to pick one of many records by typing part of its name.

Typing ignores case and Vietnamese marks and matches inside names ("thanh hoa" offers
"Thanh Hóa", "山梨" offers "Yamanashi (山梨県)"). The first entry is empty (no value). The value
of an option is its item data (Qt.UserRole, so findData/currentData work as usual); a value not
among the options is shown as "#value"; typed text that names no option is handed on as typed,
for the services to refuse by name.
"""

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QWidget

from briefing_app.domain.text import fold
from briefing_app.ui.widgets.folding_completer import add_entry, make_type_to_pick

FoldedRole = Qt.ItemDataRole.UserRole + 31
ValueRole = Qt.ItemDataRole.UserRole


class SearchCombo(QComboBox):
    def __init__(self, *, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = QStandardItemModel(self)
        line = make_type_to_pick(
            self, self._model, folded_role=FoldedRole, placeholder=placeholder, minimum_length=16
        )
        self.set_options([])
        # a name picked from the list shows from its start (a long label would show its end)
        self.activated.connect(lambda _row: line.setCursorPosition(0))

    def _append(self, value: Any, label: str) -> None:
        add_entry(
            self._model,
            label,
            {ValueRole: value, FoldedRole: fold(label), Qt.ItemDataRole.ToolTipRole: label},
        )

    def set_options(self, options: Sequence[tuple[Any, str]]) -> None:
        """Offer these (value, label) options; the current value stays chosen."""
        current = self.current_value() if self._model.rowCount() else None
        blocked = self.blockSignals(True)
        self._model.clear()
        add_entry(self._model, "", {FoldedRole: ""})
        for value, label in options:
            self._append(value, label)
        self.blockSignals(blocked)
        self.set_current_value(current)

    def _row_of(self, value: Any) -> int:
        for row in range(1, self._model.rowCount()):
            if self._model.item(row).data(ValueRole) == value:
                return row
        return -1

    def current_value(self) -> Any:
        """None when empty, the chosen option's value, or the typed text naming none."""
        text = self.currentText().strip()
        if not text:
            return None
        row = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if row > 0:
            return self.itemData(row, ValueRole)
        return text

    def set_current_value(self, value: Any) -> None:
        blocked = self.blockSignals(True)
        if value is None:
            self.setCurrentIndex(0)
            self.setEditText("")
        elif isinstance(value, str) and self._row_of(value) < 0:
            self.setEditText(value)  # typed text that names no option stays as typed
        else:
            row = self._row_of(value)
            if row < 0:
                self._append(value, f"#{value}")
                row = self._model.rowCount() - 1
            self.setCurrentIndex(row)
            self.setEditText(self.itemText(row))
        line = self.lineEdit()
        if line is not None:
            line.setCursorPosition(0)  # a long name shows from its start, not its end
        self.blockSignals(blocked)
