"""The members' and participants' table: a person, and their role in each language side by
side (the interface language's first, each column named by its language). A role cell left
empty while the same person's role in another language is filled says so, in the cell.
"""

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyleOptionViewItem
from typing_extensions import override

from briefing_app.services.record_kinds.fields import FieldSpec
from briefing_app.ui.forms import versions
from briefing_app.ui.forms.list_inputs import Column, LimitedTextDelegate, TableInput
from briefing_app.ui.forms.versions_row import MARK_COLOUR

ROLE = "role"


class VersionCells(LimitedTextDelegate):
    """Text cells stop at `max_length`; an empty cell of a version column (`missing`: column
    -> what it says) whose row has the text in another version column shows it, marked."""

    def __init__(
        self, max_length: int, missing: dict[int, str], parent: QObject | None = None
    ) -> None:
        super().__init__(max_length, parent)
        self.missing = missing

    @override
    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        text = self.missing.get(index.column())
        if text is None or option.text:
            return
        model = index.model()
        others = (model.index(index.row(), c).data() for c in self.missing if c != index.column())
        if any(others):
            option.text = text
            option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
            option.font.setItalic(True)
            option.palette.setColor(QPalette.ColorRole.Text, QColor(MARK_COLOUR))


def member_table(spec: FieldSpec, person: str, role: str) -> TableInput:
    """The table input of a MEMBERS field, with `person` and `role` as its headers' words."""
    roles = versions.item_versions(ROLE)
    table = TableInput(
        spec,
        [
            Column("person_id", person, [], search=True),
            *(Column(key, f"{role} ({versions.endonym(lang)})") for key, lang in roles),
        ],
    )
    table.table.setItemDelegate(
        VersionCells(
            spec.max_length or 32767,
            {column: versions.missing_text(lang) for column, (_key, lang) in enumerate(roles, 1)},
            table.table,
        )
    )
    return table
