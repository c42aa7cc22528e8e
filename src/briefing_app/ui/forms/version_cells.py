"""The members' and participants' table: a person, and their role in each language side by
side (the interface language's first, each column named by its language). A role cell left
empty while the same person's role in another language is filled says so, in the cell, and
its context menu offers to copy the other one.
"""

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QMenu, QStyleOptionViewItem
from typing_extensions import override

from briefing_app.services.record_kinds.fields import FieldSpec
from briefing_app.ui.forms import versions
from briefing_app.ui.forms.list_inputs import Column, LimitedTextDelegate, TableInput
from briefing_app.ui.forms.versions_row import MARK_COLOUR

ROLE = "role"
# a role's length when the field names none (QLineEdit's own limit)
MAX_LENGTH = 32767


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


class MembersInput(TableInput):
    """The table of a MEMBERS field: the person (`person`: its header) and a role per language
    (`role`: the headers' word). An empty role whose row has the role in another language
    offers "Copy from …" in the table's context menu (the Menu key or Shift+F10 too)."""

    def __init__(self, spec: FieldSpec, person: str, role: str) -> None:
        self.roles = versions.item_versions(ROLE)
        super().__init__(
            spec,
            [
                Column("person_id", person, [], search=True),
                *(Column(key, f"{role} ({versions.endonym(lang)})") for key, lang in self.roles),
            ],
        )
        self._versions = {column: lang for column, (_key, lang) in enumerate(self.roles, 1)}
        missing = {column: versions.missing_text(lang) for column, lang in self._versions.items()}
        self.table.setItemDelegate(VersionCells(spec.max_length or MAX_LENGTH, missing, self.table))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_menu)

    def copy_source(self, row: int, column: int) -> int | None:
        """The column whose role a copy into the empty role cell (row, column) takes."""
        cell = self.table.item(row, column)
        if column not in self._versions or cell is None or cell.text().strip():
            return None
        for other in self._versions:
            source = self.table.item(row, other)
            if other != column and source is not None and source.text().strip():
                return other
        return None

    def copy_role(self, row: int, column: int) -> None:
        """Fill the empty role (row, column) with the person's role in another language, to be
        translated by hand."""
        source = self.copy_source(row, column)
        if source is None or not self._writable():
            return
        cell, taken = self.table.item(row, column), self.table.item(row, source)
        assert cell is not None and taken is not None
        cell.setText(taken.text())

    def menu(self, row: int, column: int) -> QMenu:
        """The context menu of the cell (row, column)."""
        menu = QMenu(self.table)
        source = self.copy_source(row, column)
        language = self._versions.get(source if source is not None else -1)
        action = menu.addAction(
            self.tr("Copy from {language}").format(
                language=versions.language_name(language or self._other(column))
            )
        )
        action.setEnabled(source is not None and self._writable())
        action.triggered.connect(lambda: self.copy_role(row, column))
        return menu

    def _other(self, column: int) -> str:
        return next((lang for c, lang in self._versions.items() if c != column), "")

    def _show_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            index = self.table.currentIndex()
        if index.isValid():
            menu = self.menu(index.row(), index.column())
            menu.exec(self.table.viewport().mapToGlobal(pos))
            menu.deleteLater()
