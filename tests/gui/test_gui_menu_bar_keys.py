"""No label or button of the main window shares its Alt+letter with a menu of the menu bar: the
menu took the key, so Alt+V opened View instead of previewing an attachment (Pre&view), and in
Vietnamese Alt+T, Alt+X and Alt+G opened Tệp, Xem and Trợ giúp instead of Thêm…, Xem trước and
Gỡ bỏ… of the Attachments tab or the Assignee field (found trying issue 13 as a user)."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_fakes import FakePrompts
from gui_helpers import make_window, shut, wait_idle
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel
from pytestqt.qtbot import QtBot

from briefing_app.i18n import Language
from briefing_app.store.database import OpenedDatabase
from briefing_app.ui.language import install_language
from briefing_app.ui.widgets.menu_keys import mnemonic


@pytest.fixture(params=[Language.EN, Language.VI])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[Language]:
    yield request.param
    install_language(qapp, Language.EN)


def test_no_label_or_button_shares_a_menu_bar_key(
    qtbot: QtBot,
    seeded_db: OpenedDatabase,
    prompts: FakePrompts,
    settings_file: Path,
    language: Language,
) -> None:
    window = make_window(qtbot, seeded_db.url, prompts, settings_file, language=language)
    try:
        window.open_record("action", 1)
        wait_idle(qtbot, window)
        menus = {mnemonic(a.text()): a.text() for a in window.menuBar().actions()}
        assert None not in menus
        keyed = [
            w
            for w in window.findChildren(QAbstractButton) + window.findChildren(QLabel)
            if not isinstance(w, QLabel) or w.buddy() is not None
        ]
        assert window.editor.tabs.attachments.preview_button in keyed
        clashes = [(w.text(), menus[key]) for w in keyed if (key := mnemonic(w.text())) in menus]
        assert clashes == []
    finally:
        shut(window)
