"""The input of a text field that names a member of the office (an action's assignee): an
editable list of the names the database knows, completing as one types; any other name may be
typed. The names are read by the caller through an operation and handed in (`set_names`)."""

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget
from typing_extensions import override

from briefing_app.services.record_kinds.fields import FieldSpec
from briefing_app.ui.forms.inputs import FieldInput


class NameInput(FieldInput):
    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.box = QComboBox()
        self.box.setEditable(True)
        self.box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.box.setMinimumContentsLength(20)
        self.box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        line = self.box.lineEdit()
        assert line is not None  # an editable combo box has one
        if spec.max_length:
            line.setMaxLength(spec.max_length)
        line.setPlaceholderText(self.tr("(nobody yet)"))
        completer = QCompleter(self.box.model(), self.box)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.box.setCompleter(completer)
        self._set_editor(self.box, 0)
        self._layout.addStretch(1)
        self.box.editTextChanged.connect(lambda _text: self.changed.emit())

    def set_names(self, names: Sequence[str]) -> None:
        """Offer `names`, keeping what the field shows."""
        text = self.box.currentText()
        self.box.blockSignals(True)
        try:
            self.box.clear()
            self.box.addItems(list(names))
            self.box.setEditText(text)
        finally:
            self.box.blockSignals(False)

    @override
    def value(self) -> Any:
        return self.box.currentText()

    @override
    def set_value(self, value: Any) -> None:
        self.box.setEditText("" if value is None else str(value))
        line = self.box.lineEdit()
        if line is not None:
            line.setCursorPosition(0)

    @override
    def set_read_only(self, read_only: bool) -> None:
        self.box.setEnabled(not read_only)
