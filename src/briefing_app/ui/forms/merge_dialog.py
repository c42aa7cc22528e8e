"""The dialog shown when a save of a record loses an optimistic-lock race, driven by the form
model's merge (services/record_kinds/form_model.py: Merge).

One row per field either side changed: the user's value, the stored value, and what the merge
does with it. Fields only they changed are taken, fields only the user changed are kept; for
each field both changed the user picks: keep mine, take theirs, or (text fields) type the merged
value in the last column. "Save the merge" saves at once over the stored version; "Edit in the
form" puts the merge into the form, marked, without saving; "Keep editing" changes nothing.
It is run through ui/prompts.py (`run_dialog`), so tests script it.
"""

from collections.abc import Callable
from typing import Any, Literal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing_app.services.record_kinds.fields import FieldType
from briefing_app.services.record_kinds.form_model import FormModel, Hand, Merge, Pick
from briefing_app.ui.forms.versions import caption_of
from briefing_app.ui.widgets.choice_button import choice_button
from briefing_app.ui.widgets.table_dialog_fit import TableDialogFit

MergeOutcome = Literal["save", "edit", "cancel"]

# Columns of the comparison table.
FIELD, YOURS, STORED, RESULT, MERGED = range(5)
_HAND_TYPES = (FieldType.TEXT, FieldType.LONG_TEXT)


class MergeDialog(QDialog):
    def __init__(
        self,
        *,
        what: str,
        merge: Merge,
        display: Callable[[str, Any], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.setModal(True)
        self.merge = merge
        self.outcome: MergeOutcome = "cancel"
        self._boxes: dict[str, QComboBox] = {}
        self._rows: dict[str, int] = {}

        layout = QVBoxLayout(self)
        heading = QLabel(
            self.tr("“{what}” was saved by someone else after you opened it.").format(what=what)
        )
        heading.setObjectName("mergeHeading")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        bold = QFont(heading.font())
        bold.setBold(True)
        heading.setFont(bold)
        layout.addWidget(heading)
        summary = QLabel(
            self.tr(
                "You started from version {mine}; version {theirs} is stored now. Nothing of "
                "yours is saved yet. {count} field(s) were changed by both of you."
            ).format(
                mine=merge.base.version, theirs=merge.theirs.version, count=len(merge.conflicts)
            )
        )
        summary.setObjectName("mergeSummary")
        summary.setTextFormat(Qt.TextFormat.PlainText)
        summary.setWordWrap(True)
        layout.addWidget(summary)

        spec = merge.spec
        keys = [
            f.key
            for f in spec.writable
            if f.key in merge.conflict_keys or f.key in merge.kept or f.key in merge.taken
        ]
        keys.sort(key=lambda k: k not in merge.conflict_keys)  # conflicts first
        self.table = QTableWidget(len(keys), 5, self)
        self.table.setObjectName("mergeTable")
        self.table.setAccessibleName(self.tr("Your version and the stored version, by field"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Field"),
                self.tr("Yours"),
                self.tr("Stored now"),
                self.tr("Keep"),
                self.tr("Merged value"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        fit = QHeaderView.ResizeMode.ResizeToContents
        stretch = QHeaderView.ResizeMode.Stretch
        for column, mode in enumerate((fit, stretch, stretch, fit, stretch)):
            header.setSectionResizeMode(column, mode)
        for row, key in enumerate(keys):
            self._rows[key] = row
            caption = caption_of(spec, key)
            if key in merge.conflict_keys:
                conflict = merge.conflict(key)
                mine, theirs = conflict.mine, conflict.theirs
                caption = self.tr("{field} (both)").format(field=caption)
            elif key in merge.kept:
                mine, theirs = merge.kept[key], merge.theirs.values.get(key)
            else:
                mine, theirs = merge.base.values.get(key), merge.taken[key]
            yours = display(key, mine) if key in merge.mine else self.tr("(not changed by you)")
            for column, text in ((FIELD, caption), (YOURS, yours), (STORED, display(key, theirs))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
            merged = QTableWidgetItem("")
            merged.setFlags(merged.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, MERGED, merged)
            if key in merge.conflict_keys:
                self._boxes[key] = self._pick_box(key, row, display(key, mine))
            else:
                text = self.tr("yours") if key in merge.kept else self.tr("theirs")
                result = QTableWidgetItem(text)
                result.setFlags(result.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, RESULT, result)
        self.table.resizeRowsToContents()
        layout.addWidget(self.table, 1)

        explain = QLabel(
            self.tr(
                "Save the merge: store the values in the Keep column now.\n"
                "Edit in the form: show the merge in the form, marked, without saving.\n"
                "Keep editing: change nothing (saving asks again)."
            )
        )
        explain.setWordWrap(True)
        explain.setStyleSheet("color: #555555;")
        layout.addWidget(explain)

        buttons = QDialogButtonBox(self)
        self.save_button = choice_button(
            buttons, self.tr("&Save the merge"), "saveMerge", lambda: self._choose("save")
        )
        self.edit_button = choice_button(
            buttons, self.tr("&Edit in the form"), "editMerge", lambda: self._choose("edit")
        )
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Keep editing"))
        cancel.setObjectName("keepEditing")
        cancel.clicked.connect(self.reject)
        self.save_button.setDefault(True)
        layout.addWidget(buttons)
        TableDialogFit(self, self.table, width=860, height=420)  # fits its rows, scrolls

    def _pick_box(self, key: str, row: int, mine_text: str) -> QComboBox:
        box = QComboBox()
        box.setObjectName(f"pick_{key}")
        box.setAccessibleName(
            self.tr("Keep for {field}").format(field=caption_of(self.merge.spec, key))
        )
        box.addItem(self.tr("Mine"), "mine")
        box.addItem(self.tr("Theirs"), "theirs")
        if self.merge.spec.field(key).type in _HAND_TYPES:
            box.addItem(self.tr("Merged by hand"), "hand")
        merged = self.table.item(row, MERGED)
        assert merged is not None

        def picked(_index: int) -> None:
            hand = box.currentData() == "hand"
            flags = merged.flags()
            if hand:
                merged.setFlags(flags | Qt.ItemFlag.ItemIsEditable)
                if not merged.text():
                    merged.setText(mine_text)
                self.table.setCurrentItem(merged)
                self.table.editItem(merged)
            else:
                merged.setFlags(flags & ~Qt.ItemFlag.ItemIsEditable)

        box.currentIndexChanged.connect(picked)
        self.table.setCellWidget(row, RESULT, box)
        return box

    def _choose(self, outcome: MergeOutcome) -> None:
        self.outcome = outcome
        self.accept()

    # --- answers ------------------------------------------------------------------------------

    def _merged(self, key: str) -> QTableWidgetItem:
        item = self.table.item(self._rows[key], MERGED)
        assert item is not None
        return item

    def set_pick(self, key: str, pick: Pick) -> None:
        """Choose for one conflicting field as the user would (tests, keyboard helpers)."""
        box = self._boxes[key]
        if isinstance(pick, Hand):
            box.setCurrentIndex(box.findData("hand"))
            self._merged(key).setText("" if pick.value is None else str(pick.value))
        else:
            box.setCurrentIndex(box.findData(pick))

    def picks(self) -> dict[str, Pick]:
        result: dict[str, Pick] = {}
        for key, box in self._boxes.items():
            data = box.currentData()
            if data == "hand":
                result[key] = Hand(self._merged(key).text())
            else:
                result[key] = "theirs" if data == "theirs" else "mine"
        return result

    def choice(self) -> MergeOutcome:
        return self.outcome if self.result() == QDialog.DialogCode.Accepted else "cancel"


def marks_after_merge(
    model: FormModel, merge: Merge, display: Callable[[str, Any], str]
) -> tuple[dict[str, str], str]:
    """After `model.apply_merge(merge, picks)`: the mark beside each field the user changed
    (the stored value) or took from the stored version, and the banner over the form. Texts
    are in the "RecordEditor" translation context, like the editor's own."""
    notices: dict[str, str] = {}
    for key in model.dirty_keys:
        notices[key] = QCoreApplication.translate(
            "RecordEditor", "⚑ Your change, not saved yet (stored: {stored})."
        ).format(stored=display(key, model.base_value(key)))
    for key in merge.taken:
        notices[key] = QCoreApplication.translate("RecordEditor", "⚑ Changed by someone else.")
    banner = QCoreApplication.translate(
        "RecordEditor",
        "Reloaded version {version}. Your changes are kept in the form and marked, not "
        "saved yet; {count} field(s) were also changed by someone else.",
    ).format(version=merge.theirs.version, count=len(merge.conflicts))
    return notices, banner
