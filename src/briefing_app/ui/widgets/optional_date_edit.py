"""A date field that may hold no date: its minimum date stands for "none" and shows a text
such as "any date" (QDateEdit's special value)."""

from PySide6.QtWidgets import QDateEdit, QWidget
from typing_extensions import override


class OptionalDateEdit(QDateEdit):
    """QDateEdit whose Tab leaves the field while it shows its "no date" text.

    QDateTimeEdit spends Tab on moving between its sections (year, month, day). While the
    special value text is shown there are no sections to move between, yet Qt still consumed
    Tab and the focus never left the field. Here Tab and Shift+Tab move on to the next widget
    then; on a real date they still step through the sections first, as in any QDateEdit.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def is_empty(self) -> bool:
        return bool(self.specialValueText()) and self.date() == self.minimumDate()

    @override
    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 - Qt's name
        if self.is_empty():
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)
