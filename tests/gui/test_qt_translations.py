"""Qt's own texts in Vietnamese: Qt ships no qtbase_vi.qm, so install_language loads ours from
resources/translations (built from qtbase_vi.ts by scripts/translations.sh --release)."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from briefing_app.i18n import Language
from briefing_app.ui.language import install_language


@pytest.fixture
def vietnamese(qapp: QApplication) -> Iterator[None]:
    """Vietnamese for one test; English and the previous locale are put back afterwards."""
    before = QLocale()
    try:
        install_language(qapp, Language.VI)
        yield
    finally:
        install_language(qapp, Language.EN)
        QLocale.setDefault(before)


def test_message_box_buttons_are_vietnamese(qtbot: QtBot, vietnamese: None) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Briefing desk",
        "Save the changes?",
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel,
    )
    qtbot.addWidget(box)
    texts = {
        button: box.button(button).text()
        for button in (
            QMessageBox.StandardButton.Yes,
            QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Cancel,
        )
    }
    assert texts == {
        QMessageBox.StandardButton.Yes: "&Có",
        QMessageBox.StandardButton.No: "&Không",
        QMessageBox.StandardButton.Cancel: "Hủy",
    }


def test_dialog_button_box_is_vietnamese(qtbot: QtBot, vietnamese: None) -> None:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "OK"
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Hủy"


def test_line_edit_context_menu_is_vietnamese(qtbot: QtBot, vietnamese: None) -> None:
    field = QLineEdit("Hà Nội")
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    try:
        # Each action's text is its name, then a tab and the shortcut when it has one.
        names = [action.text().split("\t")[0] for action in menu.actions() if action.text()]
    finally:
        menu.deleteLater()
    assert names == [
        "&Hoàn tác",
        "&Làm lại",
        "Cắ&t",
        "&Sao chép",
        "&Dán",
        "Xóa",
        "Chọn tất cả",
    ]
