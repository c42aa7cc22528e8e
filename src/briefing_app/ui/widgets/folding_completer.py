"""Type-to-pick for an editable combo box: completion that ignores case and Vietnamese marks
and matches inside entries ("thanh hoa" offers "Thanh Hóa", "山梨" offers "Yamanashi (山梨県)").

Each entry carries its folded text (domain.text.fold) under a role of the combo's choosing;
what is typed is folded the same way, so the comparison itself is plain and case-sensitive.
"""

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit
from typing_extensions import override

from briefing_app.domain.text import fold


def add_entry(model: QStandardItemModel, text: str, data: dict[int, Any]) -> None:
    """Append an entry showing `text`, with `data` under its roles.

    Through insertRow and the model's setItemData, never QStandardItem.setData or appendRow:
    in PySide6 6.12 those (like setItem, clear and setRowCount) drop a reference to None at
    each call, and Python aborts once None's count reaches zero; a pick list of 50,000 people
    did that at start (issue 16)."""
    row = model.rowCount()
    model.insertRow(row, QStandardItem(text))
    model.setItemData(model.index(row, 0), data)


class FoldingCompleter(QCompleter):
    """Matches the folded form of what is typed inside the folded entries."""

    @override
    def splitPath(self, path: str) -> list[str]:
        return [fold(path)]

    @override
    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


def make_type_to_pick(
    combo: QComboBox,
    model: QStandardItemModel,
    *,
    folded_role: int,
    placeholder: str,
    minimum_length: int,
) -> QLineEdit:
    """Make `combo` an editable picker over `model` (typed text is not added as an entry),
    completing from the entries' `folded_role` text; returns its line edit."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setMaxVisibleItems(15)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(minimum_length)
    line = combo.lineEdit()
    assert line is not None
    line.setPlaceholderText(placeholder)
    line.setClearButtonEnabled(True)
    combo.setModel(model)
    completer = FoldingCompleter(model, combo)
    completer.setCompletionRole(folded_role)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseSensitive)  # both sides are folded
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setMaxVisibleItems(12)
    combo.setCompleter(completer)
    return line
