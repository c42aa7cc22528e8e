"""Small builders shared by the dialogs' forms."""

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QWidget


def combo_box(name: str, accessible_name: str, *, minimum_length: int = 40) -> QComboBox:
    """A combo box named `name` (for tests) as wide as `minimum_length` characters."""
    box = QComboBox()
    box.setObjectName(name)
    box.setAccessibleName(accessible_name)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(minimum_length)
    # a choice longer than the box is cut: its whole text is the tooltip
    box.currentTextChanged.connect(box.setToolTip)
    return box


def buddy_label(text: str, widget: QWidget) -> QLabel:
    """A label whose &-mnemonic moves the focus to `widget`."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def push_button(
    text: str, name: str, slot: Callable[[], object], *, auto_default: bool | None = None
) -> QPushButton:
    """A button named `name` (for tests) that calls `slot()`; `auto_default` False keeps Enter
    in a dialog from pressing it (None: Qt's default)."""
    button = QPushButton(text)
    button.setObjectName(name)
    if auto_default is not None:
        button.setAutoDefault(auto_default)
    button.clicked.connect(lambda _checked=False: slot())
    return button
