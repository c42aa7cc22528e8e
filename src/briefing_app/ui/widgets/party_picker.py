"""Pick the locality, organisation or person that owns an action (or is its counterpart).

An editable combo box: choose from the list, or type. Completion ignores case and Vietnamese
marks ("thanh hoa" offers "Thanh Hóa") and matches inside names ("山梨" offers Yamanashi). A
typed name that is not exactly a list entry is handed on as text (`choice()`): the caller
resolves it through the services off the GUI thread (an operation), which explain ambiguity or
no match as a field error. The picker itself never reads the database.
"""

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget
from typing_extensions import override

from briefing_app.domain.text import fold
from briefing_app.services.catalogue import PartyChoice
from briefing_app.services.dto import PartyRef
from briefing_app.ui import labels

FoldedRole = Qt.ItemDataRole.UserRole + 10
RefRole = Qt.ItemDataRole.UserRole + 11


def party_label(choice: PartyChoice) -> str:
    """ "Yamanashi (山梨県)": the name, with the native-script name when it differs."""
    name = choice.ref.name
    native = choice.name_native
    return f"{name} ({native})" if native and native != name else name


class _FoldingCompleter(QCompleter):
    """Matches the folded form of what is typed inside the folded labels."""

    @override
    def splitPath(self, path: str) -> list[str]:
        return [fold(path)]

    @override
    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


class PartyPicker(QComboBox):
    """A listed party, or a typed name for the services to resolve (`choice()`)."""

    changed = Signal()

    def __init__(
        self,
        *,
        choices: Sequence[PartyChoice],
        none_text: str,
        accessible_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setAccessibleName(accessible_name)
        self.setMaxVisibleItems(15)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(18)
        line = self.lineEdit()
        assert line is not None
        line.setPlaceholderText(none_text)
        line.setClearButtonEnabled(True)
        self._model = QStandardItemModel(self)
        self.setModel(self._model)
        self.set_choices(choices)
        completer = _FoldingCompleter(self._model, self)
        completer.setCompletionRole(FoldedRole)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseSensitive)  # both sides are folded
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        self.setCurrentIndex(0)
        self.editTextChanged.connect(lambda _text: self.changed.emit())

    def set_choices(self, choices: Sequence[PartyChoice]) -> None:
        self._model.clear()
        empty = QStandardItem("")
        empty.setData("", FoldedRole)
        self._model.appendRow(empty)
        kinds = {
            "locality": self.tr("locality"),
            "organisation": self.tr("organisation"),
            "person": self.tr("person"),
        }
        for choice in choices:
            text = party_label(choice)
            item = QStandardItem(text)
            item.setData(fold(f"{choice.ref.name} {choice.name_native or ''}"), FoldedRole)
            item.setData(choice.ref, RefRole)
            what = ", ".join(x for x in (choice.detail, labels.label(choice.country)) if x)
            item.setToolTip(f"{text}\n{kinds[choice.ref.kind]}: {what}")
            self._model.appendRow(item)

    # --- values ------------------------------------------------------------------------------

    def text(self) -> str:
        return self.currentText().strip()

    def label_of(self, ref: PartyRef | None) -> str:
        """The text shown for `ref` (its list label when listed, else its name)."""
        if ref is None:
            return ""
        row = self._row_of(ref)
        return self.itemText(row) if row is not None else ref.name

    def set_ref(self, ref: PartyRef | None) -> None:
        row = self._row_of(ref) if ref is not None else 0
        if row is None:
            self.setEditText(ref.name if ref else "")
        else:
            self.setCurrentIndex(row)
            self.setEditText(self.itemText(row))

    def _row_of(self, ref: PartyRef) -> int | None:
        for row in range(1, self.count()):
            known = self.itemData(row, RefRole)
            if isinstance(known, PartyRef) and (known.kind, known.id) == (ref.kind, ref.id):
                return row
        return None

    def choice(self) -> PartyRef | str | None:
        """The listed party the text names, else the typed text (a name for the services to
        resolve, off the GUI thread), or None when the field is empty."""
        text = self.text()
        if not text:
            return None
        row = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if row > 0:
            ref = self.itemData(row, RefRole)
            if isinstance(ref, PartyRef):
                return ref
        return text
