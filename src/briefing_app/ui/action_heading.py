"""The top of the action editor: the action's title in large type; a line with its number,
meeting, version, when it was saved and whether it is overdue; and the "● Unsaved changes"
mark. Texts are in the "ActionEditor" translation context, like the editor's own."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from briefing_app.services.dto import ActionDetail
from briefing_app.ui import labels


class ActionHeading(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.heading = self._label("actionHeading")
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.meta = self._label("actionMeta")
        self.meta.setStyleSheet("color: #555555;")
        self.dirty_label = QLabel(QCoreApplication.translate("ActionEditor", "● Unsaved changes"))
        self.dirty_label.setObjectName("dirtyLabel")
        self.dirty_label.setStyleSheet("color: #a65e00; font-weight: bold;")
        self.dirty_label.setVisible(False)
        row = QHBoxLayout()
        row.addWidget(self.meta, 1)
        row.addWidget(self.dirty_label, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        column.addWidget(self.heading)
        column.addLayout(row)

    @staticmethod
    def _label(name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def show_new(self) -> None:
        self.heading.setText(QCoreApplication.translate("ActionEditor", "New follow-up action"))
        self.meta.setText(
            QCoreApplication.translate(
                "ActionEditor", "Not saved yet. Choose its meeting and give it a title."
            )
        )

    def show_detail(self, detail: ActionDetail) -> None:
        row = detail.action
        self.heading.setText(row.title)
        self.meta.setText(
            QCoreApplication.translate(
                "ActionEditor", "#{id} · {meeting} · version {version} · saved {when}{overdue}"
            ).format(
                id=row.id,
                meeting=row.meeting_title,
                version=row.version,
                when=labels.format_datetime_utc(detail.updated_at),
                overdue=QCoreApplication.translate("ActionEditor", " · OVERDUE")
                if row.overdue
                else "",
            )
        )

    def set_dirty(self, dirty: bool) -> None:
        self.dirty_label.setVisible(dirty)
