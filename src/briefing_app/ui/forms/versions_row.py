"""One translated field in the form: an input per language under a header naming the language,
side by side (the interface language's on the left), or stacked (the interface language's on
top) when the form is too narrow for both to show their text.

Each header marks a version that is missing while another language has the text, and offers
"Copy from …" to pre-fill it for translating by hand (enabled only then, so Tab reaches it only
then). The view (ui/forms/form_view.py) owns the values: the row asks it to copy
(`copy_requested`) and is told the values to mark (`show_state`).
"""

from collections.abc import Mapping, Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent, QTextCursor
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)
from typing_extensions import override

from briefing_app.domain.translations import is_empty
from briefing_app.services.record_kinds.fields import FieldSpec, FieldType
from briefing_app.services.record_kinds.spec import KindSpec
from briefing_app.ui.forms import versions
from briefing_app.ui.forms.inputs import FieldInput

MARK_COLOUR = "#7a4d00"
MARK_STYLE = (
    "QLabel { color: " + MARK_COLOUR + "; background: #fff4ce; border: 1px solid #e0c36c;"
    " border-radius: 3px; padding: 0px 4px; }"
)
# A version side by side is at least this wide (px); narrower, the versions are stacked.
MIN_VERSION_WIDTH = 300
# ... and a table of asks, whose two columns' headers must show in full
MIN_WIDTHS = {FieldType.ASKS: 460}
# How much wider than needed the row must grow before stacked versions go side by side
# again (a scroll bar coming and going must not flip the layout back and forth).
HYSTERESIS = 24
SPACING = 12
GAP = 6


def fill(widget: FieldInput, value: Any) -> None:
    """Put `value` into `widget` as if typed, so the text field's own Undo (Ctrl+Z) takes a
    copy back (setting the text would empty its history, and Ctrl+Z would then undo the last
    save instead); a list is set whole."""
    editor = widget.editor
    if isinstance(editor, QLineEdit) and isinstance(value, str):
        editor.selectAll()
        editor.insert(value)
    elif isinstance(editor, QPlainTextEdit) and isinstance(value, str):
        cursor = editor.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(value)
        editor.setTextCursor(cursor)
    else:
        widget.set_value(value)


class VersionHeader(QWidget):
    """A version's header: its language, the missing mark and the copy button, on one line,
    or with the button on a line of its own when the version is too narrow for both."""

    def __init__(self, spec: KindSpec, field: FieldSpec, caption: str) -> None:
        super().__init__()
        key = field.key
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(GAP)
        self._grid.setVerticalSpacing(2)
        self.language = versions.language_of(spec, field) or ""
        self.name = QLabel(versions.endonym(self.language))
        self.name.setObjectName(f"language_{key}")
        bold = QFont(self.name.font())
        bold.setBold(True)
        self.name.setFont(bold)
        self._grid.addWidget(self.name, 0, 0)
        self.mark = QLabel(self.tr("missing"))
        self.mark.setObjectName(f"missing_{key}")
        self.mark.setStyleSheet(MARK_STYLE)
        self.mark.setVisible(False)
        self._grid.addWidget(self.mark, 0, 1)
        self._grid.setColumnStretch(2, 1)
        self.copy = QToolButton()
        self.copy.setObjectName(f"copy_{key}")
        self.copy.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.copy.setEnabled(False)
        self.copy.setVisible(False)
        self.copy.setAccessibleName(
            self.tr("Copy from the other language · {field}").format(field=caption)
        )
        self.wrapped = False
        self._grid.addWidget(self.copy, 0, 3)
        # as tall with the button as without it: the inputs do not move when it comes and goes
        self.setMinimumHeight(self.copy.sizeHint().height())

    def show_state(self, missing: bool, source: str | None, writable: bool) -> None:
        """`missing`: empty while `source` (a language) has the text."""
        self.mark.setVisible(missing)
        self.mark.setToolTip(versions.missing_text(self.language) if missing else "")
        offered = missing and writable and source is not None
        if offered:
            assert source is not None
            name = versions.language_name(source)
            self.copy.setText(self.tr("Copy from {language}").format(language=name))
            self.copy.setToolTip(
                self.tr(
                    "Fill this version with the {language} text, to translate it by hand "
                    "(nothing is translated automatically)"
                ).format(language=name)
            )
        self.copy.setVisible(offered)
        self.copy.setEnabled(offered)
        self._wrap(self.width())
        self.updateGeometry()

    def _shown(self) -> list[QWidget]:
        return [w for w in (self.name, self.mark, self.copy) if not w.isHidden()]

    def _wrap(self, width: int) -> None:
        """The copy button on a line of its own when one line is wider than `width`."""
        shown = self._shown()
        line = sum(w.sizeHint().width() for w in shown) + GAP * (len(shown) - 1)
        wrapped = not self.copy.isHidden() and width < line
        if wrapped != self.wrapped:
            self.wrapped = wrapped
            self._grid.removeWidget(self.copy)
            if wrapped:
                self._grid.addWidget(self.copy, 1, 0, 1, 3, Qt.AlignmentFlag.AlignLeft)
            else:
                self._grid.addWidget(self.copy, 0, 3)

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        self._wrap(event.size().width())
        super().resizeEvent(event)

    @override
    def minimumSizeHint(self) -> QSize:
        """As narrow as the wider of its two lines (the button wraps, see _wrap)."""
        labels = [w for w in (self.name, self.mark) if not w.isHidden()]
        first = sum(w.sizeHint().width() for w in labels) + GAP * (len(labels) - 1)
        button = 0 if self.copy.isHidden() else self.copy.sizeHint().width()
        return QSize(max(first, button), super().minimumSizeHint().height())


class VersionsRow(QWidget):
    """The inputs of one field's versions (`fields`, display order). `copy_requested(key)`
    when the user asks to fill version `key` from another language."""

    copy_requested = Signal(str)

    def __init__(
        self,
        *,
        spec: KindSpec,
        fields: Sequence[FieldSpec],
        inputs: Mapping[str, FieldInput],
        messages: Mapping[str, QLabel],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"versions_{fields[0].translation_of or fields[0].key}")
        self._spec = spec
        self._fields = list(fields)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(SPACING)
        self._grid.setVerticalSpacing(2)
        self.headers: dict[str, VersionHeader] = {}
        self._parts: list[tuple[VersionHeader, FieldInput, QLabel]] = []
        for field in fields:
            header = VersionHeader(spec, field, versions.caption(spec, field))
            header.copy.clicked.connect(partial(self.copy_requested.emit, field.key))
            self.headers[field.key] = header
            self._parts.append((header, inputs[field.key], messages[field.key]))
        self.stacked = False
        self._place()

    def _place(self) -> None:
        for part in self._parts:
            for widget in part:
                self._grid.removeWidget(widget)
        for index, part in enumerate(self._parts):
            row, column = (3 * index, 0) if self.stacked else (0, index)
            for offset, shown in enumerate(part):
                self._grid.addWidget(shown, row + offset, column)
        for column in range(len(self._parts)):
            self._grid.setColumnStretch(column, 1 if column == 0 or not self.stacked else 0)

    def set_stacked(self, stacked: bool) -> None:
        if stacked != self.stacked:
            self.stacked = stacked
            self._place()

    def side_by_side_width(self) -> int:
        """The width the versions need side by side."""
        widths = [
            max(
                MIN_WIDTHS.get(field.type, MIN_VERSION_WIDTH),
                *(w.minimumSizeHint().width() for w in part[:2]),
            )
            for field, part in zip(self._fields, self._parts, strict=True)
        ]
        return sum(widths) + SPACING * (len(widths) - 1)

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        needed = self.side_by_side_width() + (HYSTERESIS if self.stacked else 0)
        self.set_stacked(event.size().width() < needed)
        super().resizeEvent(event)

    @override
    def minimumSizeHint(self) -> QSize:
        """As narrow as one version (stacked): side by side is a choice made for the width
        given (resizeEvent), never a width the form must scroll sideways for."""
        hint = super().minimumSizeHint()
        width = max(w.minimumSizeHint().width() for part in self._parts for w in part[:2])
        return QSize(width, hint.height())

    def show_state(self, values: Mapping[str, Any], writable: bool = True) -> None:
        """Mark the versions missing in `values` while another language has the text; the
        empty inputs say so; "Copy from …" is offered for them."""
        for field, (header, widget, _message) in zip(self._fields, self._parts, strict=True):
            source = versions.filled_other(self._spec, field.key, dict(values))
            missing = is_empty(values.get(field.key)) and source is not None
            header.show_state(
                missing,
                versions.language_of(self._spec, source) if source is not None else None,
                writable and not field.read_only,
            )
            widget.set_placeholder(
                versions.missing_text(header.language) if missing else field.hint or ""
            )

    def focus_widgets(self) -> list[QWidget]:
        """Tab's order: each version's copy button, then its input, in display order."""
        chain: list[QWidget] = []
        for header, widget, _message in self._parts:
            chain += [header.copy, *widget.focus_widgets()]
        return chain
