"""A dialog button that answers the dialog's question: clicking it records a choice."""

from collections.abc import Callable

from PySide6.QtWidgets import QDialogButtonBox, QPushButton


def choice_button(
    box: QDialogButtonBox, text: str, name: str, choose: Callable[[], None]
) -> QPushButton:
    """An action-role button of `box` named `name` (for tests) that calls `choose()`, which
    records the choice and closes the dialog."""
    button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
    button.setObjectName(name)
    button.clicked.connect(lambda _checked=False: choose())
    return button
