"""One input per field type, each holding its value in the field's JSON form (see FieldType).

Every input is a `FieldInput`: a small widget around one main editor (`editor`, the widget that
takes the focus, carries the object name `field_<key>` and the field's accessible name); it
emits `changed` when the user changes the value, reads and shows values in their JSON form and
can be made read-only. Text the input cannot understand (a date typed as "25/11") is handed on
as typed, so the services' check names the field and says why.

Single-value inputs live here; the list inputs (points, asks, members, citations, references)
in ui/forms/list_inputs.py.
"""

import inspect
from collections.abc import Sequence
from datetime import date, time
from enum import StrEnum
from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QRegularExpression, Qt, Signal
from PySide6.QtGui import QFocusEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)
from typing_extensions import override

from briefing_app.domain import enums
from briefing_app.domain.enums import DuePrecision
from briefing_app.domain.errors import FieldError
from briefing_app.domain.record_kind import RecordKind
from briefing_app.domain.typed_dates import parse_typed_day
from briefing_app.services.catalogue import PartyChoice
from briefing_app.services.dto import PartyRef
from briefing_app.services.record_kinds.fields import FieldSpec
from briefing_app.services.record_kinds.spec import RecordRow
from briefing_app.ui import labels
from briefing_app.ui.forms.search_combo import SearchCombo
from briefing_app.ui.widgets.calendar_button import CalendarButton
from briefing_app.ui.widgets.due_date_edit import DueDateEdit
from briefing_app.ui.widgets.party_picker import PartyPicker

FIELDS_CONTEXT = "Fields"
IdRole = Qt.ItemDataRole.UserRole + 30
# rows a list input shows at least, and at most before it scrolls
ROWS_SHOWN = 5
ROWS_AT_MOST = 9


def field_caption(spec: FieldSpec) -> str:
    """The field's label in the interface language."""
    return QCoreApplication.translate(FIELDS_CONTEXT, spec.label)


@cache
def _enum_for(choices: tuple[str, ...]) -> type[StrEnum] | None:
    """The stored-value enum whose values include all of `choices` (the smallest one)."""
    found: list[type[StrEnum]] = []
    for _name, member in inspect.getmembers(enums, inspect.isclass):
        if issubclass(member, StrEnum) and member is not StrEnum:
            values = {e.value for e in member}
            if set(choices) <= values:
                found.append(member)
    return min(found, key=len) if found else None


def choice_label(spec: FieldSpec, value: str) -> str:
    """A choice's translated name (ui/labels.py's tables), else the value made readable."""
    enum = _enum_for(spec.choices) if spec.choices else None
    if enum is not None:
        try:
            text = labels.label(enum(value))
        except ValueError:
            text = ""
        if text and text != value:
            return text
    return value.replace("_", " ").capitalize()


#: The stored value a list of records shows beside each name, by kind (shown translated).
_DETAIL_VALUES: dict[RecordKind, type[StrEnum]] = {
    RecordKind.ORGANISATION: enums.OrganisationKind,
    RecordKind.DELEGATION: enums.Country,
    RecordKind.AGREEMENT: enums.AgreementStatus,
    RecordKind.ACTION: enums.ActionStatus,
}


# The kinds whose detail is a day (stored as ISO), shown as the interface shows dates.
_DETAIL_DAYS = frozenset({RecordKind.EVENT, RecordKind.MEETING})


def row_text(row: RecordRow) -> str:
    """A record as a pick list shows it: its name, and its detail ("agency", "JP",
    "25/11/2025" …) as the interface names it."""
    detail = row.detail
    values = _DETAIL_VALUES.get(row.kind) if isinstance(row.kind, RecordKind) else None
    if detail and values is not None and detail in {v.value for v in values}:
        detail = labels.label(values(detail))
    elif detail and row.kind in _DETAIL_DAYS:
        detail = _as_day(detail)
    return f"{row.label} ({detail})" if detail else row.label


def _as_day(detail: str) -> str:
    """A stored day as the interface shows dates; any other detail as it is."""
    try:
        return labels.format_date(date.fromisoformat(detail))
    except ValueError:
        return detail


class FieldInput(QWidget):
    """The input of one field. Subclasses build `editor` and implement value/set_value."""

    changed = Signal()

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName(f"input_{spec.key}")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.editor: QWidget = self

    def _set_editor(
        self, editor: QWidget, stretch: int = 1, layout: QBoxLayout | None = None
    ) -> None:
        self.editor = editor
        editor.setObjectName(f"field_{self.spec.key}")
        editor.setAccessibleName(field_caption(self.spec))
        if self.spec.hint:
            editor.setToolTip(self.spec.hint)
        (layout or self._layout).addWidget(editor, stretch)
        self.setFocusProxy(editor)

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        self.editor.setEnabled(not read_only)

    def set_caption(self, caption: str) -> None:
        """Name the input `caption` for assistive tools (a version's "Title (Tiếng Việt)")."""
        self.editor.setAccessibleName(caption)

    def set_placeholder(self, text: str) -> None:
        """What the input shows while empty, where it shows text."""

    def focus_widgets(self) -> list[QWidget]:
        """The widgets Tab visits, in order."""
        return [self.editor]

    @override
    def focusInEvent(self, event: QFocusEvent) -> None:
        """Focus given to the input itself goes to its first widget (the form view takes the
        inputs' focus proxies away, see FormView._build)."""
        widgets = self.focus_widgets()
        if widgets and widgets[0] is not self:
            widgets[0].setFocus(event.reason())

    def commit(self) -> None:
        """Finish an edit still open in the input (a list cell being typed in)."""


class TextInput(FieldInput):
    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.line = QLineEdit()
        if spec.max_length:
            self.line.setMaxLength(spec.max_length)
        if spec.hint:
            self.line.setPlaceholderText(spec.hint)
        self._set_editor(self.line)
        self.line.textChanged.connect(lambda _text: self.changed.emit())

    @override
    def value(self) -> Any:
        return self.line.text()

    @override
    def set_value(self, value: Any) -> None:
        self.line.setText("" if value is None else str(value))
        self.line.setCursorPosition(0)

    @override
    def set_read_only(self, read_only: bool) -> None:
        self.line.setReadOnly(read_only)

    @override
    def set_placeholder(self, text: str) -> None:
        self.line.setPlaceholderText(text)


class LongTextInput(FieldInput):
    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        if spec.hint:
            self.text.setPlaceholderText(spec.hint)
        line = self.text.fontMetrics().lineSpacing()
        self.text.setMinimumHeight(line * 4 + 12)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._set_editor(self.text)
        self.text.textChanged.connect(self.changed.emit)

    @override
    def value(self) -> Any:
        return self.text.toPlainText()

    @override
    def set_value(self, value: Any) -> None:
        self.text.setPlainText("" if value is None else str(value))

    @override
    def set_read_only(self, read_only: bool) -> None:
        self.text.setReadOnly(read_only)

    @override
    def set_placeholder(self, text: str) -> None:
        self.text.setPlaceholderText(text)


class NumberInput(FieldInput):
    """A whole or decimal number, or nothing. The locale's decimal mark and "." are accepted;
    anything else is handed on as typed (the services say why it is refused)."""

    def __init__(self, spec: FieldSpec, *, decimal: bool, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self._decimal = decimal
        self.line = QLineEdit()
        self.line.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.line.setMaximumWidth(self.line.fontMetrics().horizontalAdvance("0") * 22)
        self.line.setPlaceholderText(spec.hint or (self.tr("e.g. 12.5") if decimal else ""))
        # digits, a sign, spaces between groups and (for decimals) one decimal mark
        pattern = r"-?[0-9 ]*([.,][0-9]*)?" if decimal else r"-?[0-9 ]*"
        self.line.setValidator(QRegularExpressionValidator(QRegularExpression(pattern), self.line))
        self._set_editor(self.line)
        self._layout.addStretch(1)
        self.line.textChanged.connect(lambda _text: self.changed.emit())

    @override
    def value(self) -> Any:
        text = self.line.text().strip().replace(" ", "")
        if not text:
            return None
        point = QLocale().decimalPoint()
        plain = text.replace(point, ".") if point != "." else text
        try:
            return float(plain.replace(",", ".")) if self._decimal else int(plain)
        except ValueError:
            return text

    @override
    def set_value(self, value: Any) -> None:
        if value is None:
            self.line.setText("")
        elif isinstance(value, float):
            text = repr(value).removesuffix(".0")
            self.line.setText(text.replace(".", QLocale().decimalPoint()))
        else:
            self.line.setText(str(value))

    @override
    def set_read_only(self, read_only: bool) -> None:
        self.line.setReadOnly(read_only)


def _shown_day(day: date) -> str:
    """A day as the interface shows dates (25/11/2025), when that form reads back as the same
    day (the typed-date parser takes the day first); else ISO (a month-first locale)."""
    shown = labels.format_date(day)
    try:
        if parse_typed_day(shown, field="date") == day:
            return shown
    except FieldError:
        pass
    return day.isoformat()


class DateInput(FieldInput):
    """A calendar date typed as staff type it (25/11/2025, 2025-11-25, 25 November 2025, ngày
    25 tháng 11 năm 2025: domain/typed_dates.py, day first) or picked; empty for none."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.line = QLineEdit()
        self.line.setPlaceholderText(self.tr("e.g. 25/11/2025"))
        self.line.setClearButtonEnabled(True)
        self.line.setMaxLength(40)
        self.line.setMaximumWidth(self.line.fontMetrics().horizontalAdvance("0") * 24)
        self._set_editor(self.line, 0)
        self.calendar_button = CalendarButton(shown_day=lambda: self._parsed() or date.today())
        self.calendar_button.picked.connect(lambda day: self.line.setText(_shown_day(day)))
        self._layout.addWidget(self.calendar_button)
        self._layout.addStretch(1)
        self.line.textChanged.connect(lambda _text: self.changed.emit())

    def _parsed(self) -> date | None:
        try:
            return parse_typed_day(self.line.text(), field=self.spec.key)
        except FieldError:
            return None

    def typed_day(self) -> date | None:
        """The day typed, None when empty or not a day."""
        return self._parsed()

    @override
    def value(self) -> Any:
        text = self.line.text().strip()
        day = self._parsed()
        return day.isoformat() if day else (text or None)

    @override
    def set_value(self, value: Any) -> None:
        try:
            self.line.setText(_shown_day(date.fromisoformat(value)))
        except (TypeError, ValueError):  # empty, or text still being corrected
            self.line.setText("" if value is None else str(value))

    @override
    def set_read_only(self, read_only: bool) -> None:
        self.line.setReadOnly(read_only)
        self.line.setClearButtonEnabled(not read_only)  # Qt draws it, disabled, on a read-only line
        self.calendar_button.setEnabled(not read_only)

    @override
    def focus_widgets(self) -> list[QWidget]:
        return [self.line, self.calendar_button]


class TimeInput(FieldInput):
    """A time of day typed as 14:30 (9:05 is read as 09:05); empty for none."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.line = QLineEdit()
        self.line.setPlaceholderText(spec.hint or "14:30")
        self.line.setMaxLength(8)
        self.line.setMaximumWidth(self.line.fontMetrics().horizontalAdvance("0") * 10)
        self._set_editor(self.line, 0)
        self._layout.addStretch(1)
        self.line.textChanged.connect(lambda _text: self.changed.emit())

    @override
    def value(self) -> Any:
        text = self.line.text().strip()
        if not text:
            return None
        hours, _, minutes = text.partition(":")
        try:
            return time(int(hours), int(minutes or "0")).strftime("%H:%M")
        except ValueError:
            return text

    @override
    def set_value(self, value: Any) -> None:
        self.line.setText("" if value is None else str(value))

    @override
    def set_read_only(self, read_only: bool) -> None:
        self.line.setReadOnly(read_only)


class ChoiceInput(FieldInput):
    """One of the field's choices by its translated name; an empty entry unless required."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.box = QComboBox()
        # as wide as its longest choice (a translated one too: "Hội đàm song phương" was cut)
        self.box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.box.setMinimumContentsLength(14)
        if not spec.required:
            self.box.addItem(self.tr("(none)"), None)
        for choice in spec.choices:
            self.box.addItem(choice_label(spec, choice), choice)
        self._set_editor(self.box, 0)
        self._layout.addStretch(1)
        self.box.currentIndexChanged.connect(lambda _index: self.changed.emit())

    @override
    def value(self) -> Any:
        return self.box.currentData()

    @override
    def set_value(self, value: Any) -> None:
        if value is None:
            self.box.setCurrentIndex(-1 if self.spec.required else 0)
            return
        index = self.box.findData(value)
        if index < 0:
            self.box.addItem(str(value), value)  # a stored value no longer offered
            index = self.box.count() - 1
        self.box.setCurrentIndex(index)


class ReferenceInput(FieldInput):
    """One record of the field's target, chosen from a list that can be searched by typing
    (ui/forms/search_combo.py). The rows are supplied by the caller (set_rows)."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.box = SearchCombo(placeholder=self.tr("(none: type to search)"))
        self.box.setMinimumContentsLength(24)
        self._set_editor(self.box)
        self.box.editTextChanged.connect(lambda _text: self.changed.emit())

    def set_rows(self, rows: Sequence[RecordRow]) -> None:
        self.box.set_options([(row.id, row_text(row)) for row in rows])

    @override
    def value(self) -> Any:
        return self.box.current_value()

    @override
    def set_value(self, value: Any) -> None:
        self.box.set_current_value(value)


class DueInput(FieldInput):
    """A due period (ui/widgets/due_date_edit.py): {"date": …, "precision": …} or None."""

    def __init__(self, spec: FieldSpec, *, today: date, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.due = DueDateEdit(today=today)
        self._layout.addWidget(self.due, 1)
        self.editor = self.due.text_field
        self.editor.setObjectName(f"field_{spec.key}")
        self.editor.setAccessibleName(field_caption(spec))
        self.setFocusProxy(self.editor)
        self.due.changed.connect(self.changed.emit)

    def typed_day(self) -> date | None:
        """The first day of the period typed, None when empty or not a date."""
        try:
            due = self.due.value()
        except FieldError:
            return None
        return due[0] if due else None

    @override
    def value(self) -> Any:
        try:
            due = self.due.value()
        except FieldError:
            return self.due.text()
        if due is None:
            return None
        return {"date": due[0].isoformat(), "precision": due[1].value}

    @override
    def set_value(self, value: Any) -> None:
        if isinstance(value, dict) and value.get("date") and value.get("precision"):
            try:
                day = date.fromisoformat(str(value["date"]))
                self.due.set_due((day, DuePrecision(value["precision"])))
                return
            except ValueError:
                pass
        self.due.set_text("" if value is None else str(value))

    @override
    def set_read_only(self, read_only: bool) -> None:
        self.due.text_field.setReadOnly(read_only)
        self.due.text_field.setClearButtonEnabled(not read_only)
        self.due.precision_box.setEnabled(not read_only)
        self.due.calendar_button.setEnabled(not read_only)

    @override
    def focus_widgets(self) -> list[QWidget]:
        return [self.due.text_field, self.due.precision_box, self.due.calendar_button]


class PartyInput(FieldInput):
    """A locality, organisation or person (ui/widgets/party_picker.py):
    {"kind": "locality", "id": 3} or None. Only listed parties are understood here; a typed
    name that is none of them is handed on for the services to refuse."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self._choices: list[PartyChoice] = []
        self.picker = PartyPicker(
            choices=[],
            none_text=self.tr("(none: type a name or choose)"),
            accessible_name=field_caption(spec),
        )
        self._set_editor(self.picker)
        self.picker.changed.connect(self.changed.emit)

    def set_parties(self, choices: Sequence[PartyChoice]) -> None:
        current = self.value()
        self._choices = list(choices)
        self.picker.blockSignals(True)
        self.picker.set_choices(choices)
        self.picker.blockSignals(False)
        self.set_value(current)

    @override
    def value(self) -> Any:
        ref = self.picker.choice()
        if ref is None or isinstance(ref, str):
            return ref
        return {"kind": ref.kind, "id": ref.id}

    @override
    def set_value(self, value: Any) -> None:
        ref: PartyRef | None = None
        if isinstance(value, dict):
            for choice in self._choices:
                if (choice.ref.kind, choice.ref.id) == (value.get("kind"), value.get("id")):
                    ref = choice.ref
                    break
            else:
                ref = PartyRef(
                    value.get("kind", "locality"), value.get("id", 0), f"#{value.get('id')}"
                )
        self.picker.blockSignals(True)
        self.picker.set_ref(ref)
        self.picker.blockSignals(False)
        if isinstance(value, str):
            self.picker.setEditText(value)
