"""The top of an editor: what is edited in large type, a line about it (its number, version …),
the "● Unsaved changes" mark, and a line when a colleague saved the record meanwhile."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget


class EditorHeading(QWidget):
    """`heading` and `meta` are named `heading_name` and `meta_name` (for tests and styles)."""

    def __init__(self, *, heading_name: str, meta_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.heading = self._label(heading_name)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.meta = self._label(meta_name)
        self.meta.setStyleSheet("color: #555555;")
        self.dirty_label = QLabel(self.tr("● Unsaved changes"))
        self.dirty_label.setObjectName("dirtyLabel")
        self.dirty_label.setStyleSheet("color: #a65e00; font-weight: bold;")
        self.dirty_label.setVisible(False)
        row = QHBoxLayout()
        row.addWidget(self.meta, 1)
        row.addWidget(self.dirty_label, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        column.addWidget(self.heading)
        column.addLayout(row)
        # A colleague saved the record meanwhile (ui/colleague_note.py): a line, not a dialog.
        self.colleague_note = self._label("colleagueNote")
        self.colleague_note.setStyleSheet("color: #1f5fa8;")
        self.colleague_note.setVisible(False)
        column.addWidget(self.colleague_note)

    @staticmethod
    def _label(name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def set_dirty(self, dirty: bool) -> None:
        self.dirty_label.setVisible(dirty)
