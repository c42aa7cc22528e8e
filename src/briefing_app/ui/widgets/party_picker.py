"""Pick the locality, organisation or person that owns an action (or is its counterpart).

An editable combo box: choose from the list, or type. Completion ignores case and Vietnamese
marks ("thanh hoa" offers "Thanh Hóa") and matches inside names ("山梨" offers Yamanashi). A
typed name that is not exactly a list entry is handed on as text (`choice()`): the caller
resolves it through the services off the GUI thread (an operation), which explain ambiguity or
no match as a field error. The picker itself never reads the database.

The pickers given one PartyList share its list model: the catalogue's 52,000 parties are
50 MB of Qt items, and the action editor's owner and counterpart and the action list's owner
filter each held a copy (issue 16: peak memory with every page ready, 200,000 actions).
"""

from collections.abc import Iterator, Sequence
from typing import overload

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QWidget

from briefing_app.domain.text import fold
from briefing_app.services.catalogue import PartyChoice
from briefing_app.services.dto import PartyRef
from briefing_app.ui import labels
from briefing_app.ui.widgets.folding_completer import add_entry, make_type_to_pick

FoldedRole = Qt.ItemDataRole.UserRole + 10
RefRole = Qt.ItemDataRole.UserRole + 11


def party_label(choice: PartyChoice) -> str:
    """ "Yamanashi (山梨県)": the name, with the native-script name when it differs."""
    name = choice.ref.name
    native = choice.name_native
    return f"{name} ({native})" if native and native != name else name


class PartyList(Sequence[PartyChoice]):
    """Parties to pick from, with the one list model every picker showing them uses (made
    when first asked for, on the GUI thread; it lives as long as this list and its pickers)."""

    def __init__(self, choices: Sequence[PartyChoice]) -> None:
        self._choices = list(choices)
        self._model: QStandardItemModel | None = None

    @overload
    def __getitem__(self, index: int) -> PartyChoice: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[PartyChoice]: ...
    def __getitem__(self, index: int | slice) -> PartyChoice | Sequence[PartyChoice]:
        return self._choices[index]

    def __len__(self) -> int:
        return len(self._choices)

    def __iter__(self) -> Iterator[PartyChoice]:
        return iter(self._choices)

    def model(self) -> QStandardItemModel:
        if self._model is None:
            self._model = _party_model(self._choices)
        return self._model


def _party_model(choices: Sequence[PartyChoice]) -> QStandardItemModel:
    model = QStandardItemModel()
    add_entry(model, "", {FoldedRole: ""})
    kinds = {
        "locality": QCoreApplication.translate("PartyPicker", "locality"),
        "organisation": QCoreApplication.translate("PartyPicker", "organisation"),
        "person": QCoreApplication.translate("PartyPicker", "person"),
    }
    for choice in choices:
        text = party_label(choice)
        what = ", ".join(x for x in (choice.detail, labels.label(choice.country)) if x)
        add_entry(
            model,
            text,
            {
                FoldedRole: fold(f"{choice.ref.name} {choice.name_native or ''}"),
                RefRole: choice.ref,
                Qt.ItemDataRole.ToolTipRole: f"{text}\n{kinds[choice.ref.kind]}: {what}",
            },
        )
    return model


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
        self.setAccessibleName(accessible_name)
        self._choices = choices if isinstance(choices, PartyList) else PartyList(choices)
        make_type_to_pick(
            self,
            self._choices.model(),
            folded_role=FoldedRole,
            placeholder=none_text,
            minimum_length=18,
        )
        self.setCurrentIndex(0)
        self.editTextChanged.connect(lambda _text: self.changed.emit())

    def set_choices(self, choices: Sequence[PartyChoice]) -> None:
        """Offer `choices` (a PartyList's model is shared with its other pickers)."""
        self._choices = choices if isinstance(choices, PartyList) else PartyList(choices)
        model = self._choices.model()
        self.setModel(model)
        completer = self.completer()
        if completer is not None:
            completer.setModel(model)

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
