"""Small builders shared by the dialogs' forms."""

from PySide6.QtWidgets import QComboBox, QLabel, QWidget


def combo_box(name: str, accessible_name: str, *, minimum_length: int = 40) -> QComboBox:
    """A combo box named `name` (for tests) as wide as `minimum_length` characters."""
    box = QComboBox()
    box.setObjectName(name)
    box.setAccessibleName(accessible_name)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(minimum_length)
    return box


def buddy_label(text: str, widget: QWidget) -> QLabel:
    """A label whose &-mnemonic moves the focus to `widget`."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label
