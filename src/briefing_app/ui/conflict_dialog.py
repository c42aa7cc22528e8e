"""The dialog shown when a save loses an optimistic-lock race: both versions side by side.

One row per field that either side changed: the user's value, the stored value, and who saved
the stored one and when (from the action's history). The user keeps theirs (save again over the
stored version), takes the other (discard their edits), or merges by hand (the stored version
in the editor with their changed fields on top, marked, nothing saved). Closing the dialog
keeps editing. The editor gets the answer through ui/prompts.py, so tests script it.
"""

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing_app.services.record_kinds.form_model import Merge
from briefing_app.ui.forms import versions
from briefing_app.ui.widgets.choice_button import choice_button
from briefing_app.ui.widgets.table_dialog_fit import TableDialogFit

ConflictChoice = Literal["mine", "theirs", "merge", "cancel"]

#: Columns of the comparison table.
FIELD, YOURS, STORED, SAVED_BY = range(4)


@dataclass(frozen=True)
class ConflictField:
    """One field as the user has it and as it is stored now."""

    name: str
    caption: str
    yours: str
    stored: str
    #: "colleague, 16/03/2026 10:02" for fields the other save changed; "" otherwise.
    saved_by: str
    changed_by_you: bool
    changed_by_them: bool


def conflict_fields(
    merge: Merge, display: Callable[[str, Any], str], saved_by: Mapping[str, str]
) -> list[ConflictField]:
    """The dialog's rows for a form model's three-way merge (FormModel.merge_with): every
    writable field either side changed, each value as `display(key, value)` shows it;
    `saved_by` says who saved each field of the stored version, and when."""
    rows = []
    for spec in merge.spec.writable:
        key = spec.key
        if key not in merge.mine and key not in merge.changed_by_them:
            continue
        stored = merge.theirs.values.get(key, spec.empty())
        rows.append(
            ConflictField(
                name=key,
                caption=versions.caption(merge.spec, spec),
                yours=display(key, merge.mine.get(key, stored)),
                stored=display(key, stored),
                saved_by=saved_by.get(key, "") if key in merge.changed_by_them else "",
                changed_by_you=key in merge.mine,
                changed_by_them=key in merge.changed_by_them,
            )
        )
    return rows


class ConflictDialog(QDialog):
    def __init__(
        self,
        *,
        what: str,
        summary: str,
        fields: Sequence[ConflictField],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.setModal(True)
        self._choice: ConflictChoice = "cancel"

        layout = QVBoxLayout(self)
        heading = QLabel(
            self.tr("“{what}” was saved by someone else after you opened it.").format(what=what)
        )
        heading.setObjectName("conflictHeading")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        font = QFont(heading.font())
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        self.summary = QLabel(summary)
        self.summary.setObjectName("conflictSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.table = QTableWidget(len(fields), 4, self)
        self.table.setObjectName("conflictTable")
        self.table.setAccessibleName(self.tr("Your version and the stored version, by field"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Yours"), self.tr("Stored now"), self.tr("Saved by")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(FIELD, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(YOURS, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(STORED, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SAVED_BY, QHeaderView.ResizeMode.ResizeToContents)
        for row, field in enumerate(fields):
            caption = field.caption
            if field.changed_by_you and field.changed_by_them:
                caption = self.tr("{field} (both)").format(field=field.caption)
            yours = field.yours if field.changed_by_you else self.tr("(not changed by you)")
            cells = (caption, yours, field.stored, field.saved_by)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == YOURS and field.changed_by_you:
                    bold = QFont(item.font())
                    bold.setBold(True)
                    item.setFont(bold)
                if column == STORED and field.changed_by_them:
                    bold = QFont(item.font())
                    bold.setBold(True)
                    item.setFont(bold)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        layout.addWidget(self.table, 1)

        explain = QLabel(
            self.tr(
                "Keep mine: save your changes over the stored version (their other changes "
                "stay).\nTake theirs: throw your changes away and show the stored version.\n"
                "Merge by hand: show the stored version with your changes on top, marked, "
                "without saving."
            )
        )
        explain.setWordWrap(True)
        explain.setStyleSheet("color: #555555;")
        layout.addWidget(explain)

        buttons = QDialogButtonBox(self)
        self.mine_button = choice_button(
            buttons, self.tr("&Keep mine"), "keepMineButton", lambda: self._choose("mine")
        )
        self.theirs_button = choice_button(
            buttons, self.tr("&Take theirs"), "takeTheirsButton", lambda: self._choose("theirs")
        )
        self.merge_button = choice_button(
            buttons, self.tr("&Merge by hand"), "mergeButton", lambda: self._choose("merge")
        )
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Keep editing"))
        cancel.clicked.connect(self.reject)
        self.merge_button.setDefault(True)
        layout.addWidget(buttons)
        TableDialogFit(self, self.table, width=760, height=360)  # fits its rows, scrolls

    def _choose(self, choice: ConflictChoice) -> None:
        self._choice = choice
        self.accept()

    def choice(self) -> ConflictChoice:
        return self._choice if self.result() == QDialog.DialogCode.Accepted else "cancel"
