"""Follow-up actions in named groups ("Overdue", "Due this week" …), one row each with its
title, due date, status and meeting; a row activated (double-click, Enter) asks to open the
action. The "My work" page and the reminders window show what they read with it."""

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from briefing_app.services.dto import ActionRow
from briefing_app.ui import fallback_mark, labels

IdRole = Qt.ItemDataRole.UserRole + 40
TITLE, DUE, STATUS, MEETING = range(4)
OVERDUE_COLOUR = QColor("#a61b1b")


class ActionGroupsView(QTreeWidget):
    """`action_requested(id)` when a row is opened."""

    action_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(4)
        self.setHeaderLabels(
            [self.tr("Follow-up action"), self.tr("Due"), self.tr("Status"), self.tr("Meeting")]
        )
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (DUE, STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MEETING, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(MEETING, 180)
        self.itemActivated.connect(self._activated)

    def show_groups(self, groups: Sequence[tuple[str, Sequence[ActionRow]]]) -> None:
        """Show `(title, rows)` groups in order; an empty group is left out."""
        self.clear()
        bold = QFont(self.font())
        bold.setBold(True)
        for title, rows in groups:
            if not rows:
                continue
            group = QTreeWidgetItem([f"{title} ({len(rows)})"])
            group.setFont(TITLE, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)
            for row in rows:
                due = labels.format_due(row.due_date, row.due_precision)
                item = QTreeWidgetItem(
                    [row.title, due, labels.label(row.status), row.meeting_title]
                )
                item.setData(TITLE, IdRole, row.id)
                item.setToolTip(TITLE, row.title)
                item.setToolTip(MEETING, row.meeting_title)
                fallback_mark.mark_item(item, row.title, TITLE)
                fallback_mark.mark_item(item, row.meeting_title, MEETING)
                if row.overdue:
                    item.setForeground(DUE, QBrush(OVERDUE_COLOUR))
                group.addChild(item)
            group.setExpanded(True)

    def _groups(self) -> list[QTreeWidgetItem]:
        items = (self.topLevelItem(n) for n in range(self.topLevelItemCount()))
        return [item for item in items if item is not None]

    def action_ids(self) -> list[int]:
        """The actions shown, in order (tests, and what a group holds)."""
        ids = []
        for group in self._groups():
            children = (group.child(n) for n in range(group.childCount()))
            ids += [child.data(TITLE, IdRole) for child in children if child is not None]
        return ids

    def group_titles(self) -> list[str]:
        return [group.text(TITLE) for group in self._groups()]

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        action_id = item.data(TITLE, IdRole)
        if action_id is not None:
            self.action_requested.emit(int(action_id))
