"""One form view for every record kind: it renders a FormModel, one labelled input per field.

The view owns layout only. Each input (ui/forms/inputs.py, list_inputs.py) is chosen by the
field's type; what the user enters goes straight into the model, which decides what is dirty
and keeps the refusals by field. Under each input an inline message shows the field's refusal
(⚠) or a merge notice (⚑). The view never reads the database: the records a reference can
point to are handed in by the caller (`set_choices`, `set_parties`), which loads them through
an operation.

Every input carries the object name `field_<key>` and the field's translated label as its
accessible name; labels have buddies and mnemonics; Tab follows the field order; the form
scrolls when it is taller than the window.
"""

from collections.abc import Collection, Mapping, Sequence
from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.errors import FieldError
from briefing_app.domain.record_kind import RecordKind
from briefing_app.domain.translations import is_empty
from briefing_app.services.catalogue import PartyChoice
from briefing_app.services.record_kinds.fields import FieldSpec, FieldType, Vocabulary
from briefing_app.services.record_kinds.form_model import FormModel
from briefing_app.services.record_kinds.spec import RecordRow
from briefing_app.ui.errors import field_reason
from briefing_app.ui.forms import versions
from briefing_app.ui.forms.inputs import (
    ChoiceInput,
    DateInput,
    DueInput,
    FieldInput,
    LongTextInput,
    NumberInput,
    PartyInput,
    ReferenceInput,
    TextInput,
    TimeInput,
    field_caption,
)
from briefing_app.ui.forms.list_inputs import Column, PointsInput, TableInput, record_options
from briefing_app.ui.forms.name_input import NameInput
from briefing_app.ui.forms.references_input import ReferencesInput
from briefing_app.ui.forms.version_cells import MembersInput
from briefing_app.ui.forms.versions_row import VersionsRow, fill
from briefing_app.ui.widgets.text_undo_keys import TextUndoKeys
from briefing_app.ui.widgets.wheel_guard import WheelGuard

ERROR_STYLE = "color: #a61b1b;"
NOTICE_STYLE = "color: #7a4d00;"
BANNER_STYLE = (
    "QLabel { background: #fff4ce; border: 1px solid #e0c36c; border-radius: 3px; padding: 6px; }"
)
Target = RecordKind | Vocabulary
# The reason a form gives for an empty required field (FormModel).
REQUIRED = "is required"


def with_mnemonic(caption: str, used: set[str]) -> str:
    """`caption` with an & before its first letter not yet taken (none when all are)."""
    text = caption.replace("&", "&&")
    for index, ch in enumerate(text):
        key = ch.casefold()
        if ch.isalnum() and ch.isascii() and key not in used:
            used.add(key)
            return f"{text[:index]}&{text[index:]}"
    return text


class FormView(QWidget):
    """Renders `model`; `edited(key)` after the user changed a field's value in the model,
    `dirty_changed(dirty)` when the model's dirtiness flips."""

    edited = Signal(str)
    dirty_changed = Signal(bool)

    def __init__(
        self,
        *,
        model: FormModel,
        choices: Mapping[Target, Sequence[RecordRow]] | None = None,
        parties: Sequence[PartyChoice] = (),
        today: date | None = None,
        named: Collection[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        """`named`: the text fields that name a member of the office (offered `set_names`)."""
        super().__init__(parent)
        self.setObjectName("formView")
        self._model = model
        self._named = frozenset(named)
        self._today = today or date.today()
        self._loading = False
        self._dirty = model.is_dirty
        self.inputs: dict[str, FieldInput] = {}
        self.labels: dict[str, QLabel] = {}
        self.messages: dict[str, QLabel] = {}
        # a translated field's versions (ui/forms/versions_row.py), by each version's key
        self.version_rows: dict[str, VersionsRow] = {}
        self._build()
        for target, rows in (choices or {}).items():
            self.set_choices(target, rows)
        if parties:
            self.set_parties(parties)
        self.refresh()

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.banner = QLabel()
        self.banner.setObjectName("formBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setVisible(False)
        outer.addWidget(self.banner)

        form = QWidget()
        form.setObjectName("formFields")
        grid = QGridLayout(form)
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(6)
        used: set[str] = set()
        kind = self._model.spec
        tab_order: list[FieldInput | VersionsRow] = []
        for row, spec in enumerate(f for f in kind.fields if f.translation_of is None):
            shown = versions.versions(kind, spec)  # the field, or its versions by language
            for field in shown:
                widget = self._make_input(field)
                widget.set_read_only(field.read_only)
                if len(shown) > 1:
                    widget.set_caption(versions.caption(kind, field))
                self.inputs[field.key] = widget
                self.messages[field.key] = self._message_label(field.key)
                widget.changed.connect(partial(self._changed, field.key))
            label = QLabel(with_mnemonic(field_caption(spec), used) + ":")
            label.setObjectName(f"label_{spec.key}")
            label.setBuddy(self.inputs[shown[0].key].editor)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            label.setContentsMargins(0, 4, 0, 0)
            if spec.required and not spec.read_only:
                label.setToolTip(self.tr("Required"))
                label.setText(label.text() + " *")
            self.labels[spec.key] = label
            grid.addWidget(label, row, 0)
            if len(shown) > 1:
                versions_row = VersionsRow(
                    spec=kind, fields=shown, inputs=self.inputs, messages=self.messages
                )
                versions_row.copy_requested.connect(self.copy_version)
                grid.addWidget(versions_row, row, 1)
                for field in shown:
                    self.version_rows[field.key] = versions_row
                tab_order.append(versions_row)
                continue
            holder = QVBoxLayout()
            holder.setSpacing(2)
            grid.addLayout(holder, row, 1)  # in the form before it takes widgets (ownership)
            holder.addWidget(self.inputs[spec.key])
            holder.addWidget(self.messages[spec.key])
            tab_order.append(self.inputs[spec.key])
        row = grid.rowCount()
        grid.setRowStretch(row, 1)

        self.form_scroll = QScrollArea()
        self.form_scroll.setObjectName("formScroll")
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setWidget(form)
        outer.addWidget(self.form_scroll, 1)

        # Qt's Tab goes to a widget's focus proxy when it reaches the widget; an input whose
        # inner widgets are reordered below would then send Tab back to its editor (a loop
        # between a picker and the filter of the next list) or past a filter to its list.
        # Focus given to an input still reaches its first widget (FieldInput.focusInEvent).
        for widget in self.inputs.values():
            widget.setFocusProxy(None)  # type: ignore[arg-type]  # Qt takes no proxy
        chain = [w for part in tab_order for w in part.focus_widgets()]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        # Ctrl+Z in a field with nothing left to undo (right after a save) undoes the save.
        TextUndoKeys.watch(self.form_scroll)
        # The wheel scrolls the form instead of changing a pick list it passes over.
        WheelGuard.watch(self.form_scroll)

    @staticmethod
    def _message_label(key: str) -> QLabel:
        """The line under an input for its refusal or a merge's mark."""
        message = QLabel()
        message.setObjectName(f"error_{key}")
        message.setWordWrap(True)
        message.setTextFormat(Qt.TextFormat.PlainText)
        message.setStyleSheet(ERROR_STYLE)
        message.setVisible(False)
        message.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        return message

    def _make_input(self, spec: FieldSpec) -> FieldInput:
        kind = spec.type
        if kind is FieldType.TEXT:
            return NameInput(spec) if spec.key in self._named else TextInput(spec)
        if kind is FieldType.LONG_TEXT:
            return LongTextInput(spec)
        if kind in (FieldType.INTEGER, FieldType.DECIMAL):
            return NumberInput(spec, decimal=kind is FieldType.DECIMAL)
        if kind is FieldType.DATE:
            return DateInput(spec)
        if kind is FieldType.TIME:
            return TimeInput(spec)
        if kind is FieldType.CHOICE:
            return ChoiceInput(spec)
        if kind is FieldType.REFERENCE:
            return ReferenceInput(spec)
        if kind is FieldType.REFERENCES:
            return ReferencesInput(spec)
        if kind is FieldType.POINTS:
            return PointsInput(spec)
        if kind is FieldType.ASKS:
            return TableInput(
                spec,
                [
                    Column("ask", self.tr("Expected ask")),
                    Column("response", self.tr("Suggested response")),
                ],
            )
        if kind is FieldType.MEMBERS:
            return MembersInput(spec, self.tr("Person"), self.tr("Role"))
        if kind is FieldType.CITATIONS:
            fields = [
                (f.key, versions.caption(self._model.spec, f))
                for f in self._model.spec.fields
                if f.type is not FieldType.CITATIONS
            ]
            return TableInput(
                spec,
                [
                    Column("source_id", self.tr("Source"), [], search=True),
                    Column("field", self.tr("Field (empty: the whole record)"), fields),
                    Column("excerpt", self.tr("Excerpt")),
                ],
            )
        if kind is FieldType.DUE:
            return DueInput(spec, today=self._today)
        if kind is FieldType.PARTY:
            return PartyInput(spec)
        raise ValueError(f"no input for {kind}")

    # ------------------------------------------------------------------ model and choices

    @property
    def model(self) -> FormModel:
        return self._model

    def set_model(self, model: FormModel) -> None:
        """Show another record of the same kind."""
        if model.spec != self._model.spec:
            raise ValueError("a form view shows one kind of record")
        self._model = model
        self.refresh()

    def editor(self, key: str) -> QWidget:
        """The widget of a field that takes the focus (object name field_<key>)."""
        return self.inputs[key].editor

    def set_choices(self, target: Target, rows: Sequence[RecordRow]) -> None:
        """The records a field pointing to `target` can choose from (loaded by the caller)."""
        self._loading = True
        try:
            for spec in self._model.spec.fields:
                widget = self.inputs[spec.key]
                if spec.target != target:
                    if spec.type is FieldType.CITATIONS and target == RecordKind.SOURCE:
                        assert isinstance(widget, TableInput)
                        widget.set_options("source_id", record_options(rows))
                    continue
                if isinstance(widget, ReferenceInput | ReferencesInput):
                    widget.set_rows(rows)
                elif isinstance(widget, TableInput) and spec.type is FieldType.MEMBERS:
                    widget.set_options("person_id", record_options(rows))
                elif isinstance(widget, TableInput) and spec.type is FieldType.CITATIONS:
                    widget.set_options("source_id", record_options(rows))
        finally:
            self._loading = False

    def set_parties(self, parties: Sequence[PartyChoice]) -> None:
        self._loading = True
        try:
            for widget in self.inputs.values():
                if isinstance(widget, PartyInput):
                    widget.set_parties(parties)
        finally:
            self._loading = False

    def set_names(self, names: Sequence[str]) -> None:
        """The names of the office the `named` fields offer (read by the caller)."""
        for widget in self.inputs.values():
            if isinstance(widget, NameInput):
                widget.set_names(names)

    def commit_pending(self) -> None:
        """Take in what is still being typed in a list or table cell (before a save)."""
        for widget in self.inputs.values():
            widget.commit()

    def refresh(self) -> None:
        """Show the model's values and messages again (after a load, revert, merge or save)."""
        self._loading = True
        try:
            for key, widget in self.inputs.items():
                widget.set_value(self._model.value(key))
        finally:
            self._loading = False
        for versions_row in set(self.version_rows.values()):
            versions_row.show_state(self._model.values)
        self.show_errors(focus=False)
        self._update_dirty()

    def _changed(self, key: str) -> None:
        if self._loading:
            return
        refused = self._model.error(key) is not None
        if self._model.set_value(key, self.inputs[key].value()):
            if refused:  # being corrected: the message goes as soon as the value is right
                self._show_error(key, self._model.recheck(key))
                self._show_summary()
            else:
                self._set_message(key, "")  # a notice (a merge's mark) goes with the change
            if key in self.version_rows:
                self.version_rows[key].show_state(self._model.values)
            self.edited.emit(key)
        self._update_dirty()

    def copy_version(self, key: str) -> None:
        """Fill the empty version `key` of a translated field with another language's text, to
        be translated by hand (a list is copied whole). Nothing when it is not empty."""
        spec = self._model.spec
        source = versions.filled_other(spec, key, self._model.values)
        if source is None or not is_empty(self._model.value(key)):
            return
        fill(self.inputs[key], self._model.value(source.key))
        self._changed(key)
        editor = self.inputs[key].editor
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.form_scroll.ensureWidgetVisible(editor)

    def _update_dirty(self) -> None:
        dirty = self._model.is_dirty
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    # ------------------------------------------------------------------ messages

    def _set_message(self, key: str, text: str, style: str = ERROR_STYLE) -> None:
        label = self.messages[key]
        label.setText(text)
        label.setStyleSheet(style)
        label.setVisible(bool(text))
        self.inputs[key].editor.setAccessibleDescription(text)

    def show_errors(self, *, focus: bool = True) -> QWidget | None:
        """Show the model's refusals under their inputs (and the others in the banner); move
        to the first refused field. Returns its editor."""
        first: QWidget | None = None
        errors = self._model.errors
        for key in self.inputs:
            error = errors.get(key)
            self._show_error(key, error)
            if error is not None:
                first = first or self.inputs[key].editor
        self._show_summary()
        if first is not None and focus:
            first.setFocus()
            self.form_scroll.ensureWidgetVisible(first)
        return first

    def _show_error(self, key: str, error: FieldError | None) -> None:
        if error is None:
            self._set_message(key, "")
            return
        spec = self._model.spec
        reason = field_reason(error)
        other = versions.filled_other(spec, key, self._model.values)
        if error.reason_template == REQUIRED and other is not None:
            language = versions.language_name(versions.language_of(spec, other) or "")
            reason = self.tr("is required: write it, or copy it from the {language} version")
            reason = reason.format(language=language)
        caption = versions.caption_of(spec, key)
        text = self.tr("⚠ {field} {reason}").format(field=caption, reason=reason)
        self._set_message(key, text)

    def _show_summary(self) -> None:
        """The banner counts the refusals left (and says the others); gone when none is."""
        errors, general = self._model.errors, self._model.general_errors
        if errors or general:
            summary = self.tr("Not saved: {count} field(s) need attention.").format(
                count=len(errors) + len(general)
            )
            self.show_banner("\n".join([summary, *general]))
        else:
            self.show_banner("")

    def show_notices(self, notices: Mapping[str, str]) -> None:
        """Marks beside fields that are not refusals (a merge's "your change, not saved")."""
        first: QWidget | None = None
        for key, text in notices.items():
            self._set_message(key, text, NOTICE_STYLE)
            first = first or self.inputs[key].editor
        if first is not None:
            self.form_scroll.ensureWidgetVisible(first)

    def show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def values(self) -> dict[str, Any]:
        """What the inputs hold now, in JSON form (tests and debugging)."""
        return {key: widget.value() for key, widget in self.inputs.items()}
