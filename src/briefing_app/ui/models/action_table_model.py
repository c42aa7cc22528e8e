"""Follow-up actions as table rows. Overdue rows stand out by colour, by an icon and by text."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle
from typing_extensions import override

from briefing_app.domain.due import period_end
from briefing_app.domain.enums import DuePrecision
from briefing_app.services.dto import ActionRow
from briefing_app.ui import labels
from briefing_app.ui.models.paged_table_model import Column, Fetch, PagedTableModel, RunRead

OVERDUE_FOREGROUND = QColor("#8a1111")
OVERDUE_BACKGROUND = QColor("#fde4e1")

ID, TITLE, MEETING, OWNER, COUNTERPART, DUE, STATUS, PRIORITY, CLASSIFICATION = range(9)


def due_text(row: ActionRow) -> str:
    due = labels.format_due(row.due_date, row.due_precision)
    if due and row.overdue:
        return QCoreApplication.translate("ActionTableModel", "{due} (overdue)").format(due=due)
    return due


def _overdue_tooltip(row: ActionRow) -> str:
    assert row.due_date is not None
    end = period_end(row.due_date, row.due_precision or DuePrecision.DAY)
    return QCoreApplication.translate(
        "ActionTableModel", "Overdue: its due period ended on {date}"
    ).format(date=labels.format_date(end, QLocale.FormatType.LongFormat))


class ActionTableModel(PagedTableModel):
    DEFAULT_SORT = "due"

    def __init__(
        self,
        *,
        fetch: Fetch,
        on_error: Callable[[BaseException], None] | None = None,
        run: RunRead | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(fetch=fetch, on_error=on_error, run=run, parent=parent)
        self._warning_icon: QIcon | None = None

    @override
    def make_columns(self) -> list[Column]:
        return [
            Column("id", self.tr("#"), lambda r: str(r.id), align_right=True),
            Column("title", self.tr("Title"), lambda r: r.title, tooltip=True),
            Column("meeting", self.tr("Meeting"), lambda r: r.meeting_title, tooltip=True),
            Column("owner", self.tr("Owner"), lambda r: r.owner or ""),
            Column("counterpart", self.tr("Counterpart"), lambda r: r.counterpart or ""),
            Column("due", self.tr("Due"), due_text),
            Column("status", self.tr("Status"), lambda r: labels.label(r.status)),
            Column("priority", self.tr("Priority"), lambda r: labels.label(r.priority)),
            Column(
                "classification",
                self.tr("Classification"),
                lambda r: labels.label(r.classification),
            ),
        ]

    def _warning(self) -> QIcon | None:
        if self._warning_icon is None:
            app = QApplication.instance()
            if isinstance(app, QApplication):
                self._warning_icon = app.style().standardIcon(
                    QStyle.StandardPixmap.SP_MessageBoxWarning
                )
        return self._warning_icon

    @override
    def extra_data(self, row: ActionRow, column: Column, role: int) -> Any:
        if not row.overdue:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(OVERDUE_FOREGROUND)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(OVERDUE_BACKGROUND)
        if column.key == "due":
            if role == Qt.ItemDataRole.DecorationRole:
                return self._warning()
            if role == Qt.ItemDataRole.ToolTipRole:
                return _overdue_tooltip(row)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self.tr("Overdue")
        return None
