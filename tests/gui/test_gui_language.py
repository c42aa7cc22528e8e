"""The app in Vietnamese: menus, validation messages, Qt's own buttons, dates and numbers, the
language choice in Preferences and on the command line."""

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from gui_fakes import FakePrompts
from gui_helpers import make_window, preferences_dialog, replace_text, shut, wait_idle
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from briefing_app import cli
from briefing_app.domain.enums import DuePrecision
from briefing_app.i18n import Language
from briefing_app.store.database import OpenedDatabase
from briefing_app.ui import labels
from briefing_app.ui.language import choose_language, install_language, system_language
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.settings import AppSettings


@pytest.fixture
def vietnamese(qapp: QApplication) -> Iterator[None]:
    """Vietnamese for one test; afterwards the translators are removed and the locale the other
    tests run in is put back."""
    before = QLocale()
    install_language(qapp, Language.VI)
    yield
    install_language(qapp, Language.EN)
    QLocale.setDefault(before)


@pytest.fixture
def window_vi(
    vietnamese: None,
    qtbot: QtBot,
    seeded_db: OpenedDatabase,
    prompts: FakePrompts,
    settings_file: Path,
) -> Iterator[MainWindow]:
    win = make_window(qtbot, seeded_db.url, prompts, settings_file, language=Language.VI)
    yield win
    shut(win)


def test_menus_are_vietnamese(window_vi: MainWindow) -> None:
    titles = [a.text() for a in window_vi.menuBar().actions()]
    assert titles == ["&Tệp", "&Sửa", "&Xem", "Trợ &giúp"]


def test_a_validation_message_is_vietnamese(qtbot: QtBot, window_vi: MainWindow) -> None:
    window_vi.open_record("action", 2)
    wait_idle(qtbot, window_vi)
    editor = window_vi.editor
    replace_text(qtbot, editor.title_edit, "")
    qtbot.keyClick(editor.description_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window_vi)  # refused by the service
    title_error = editor.findChild(QLabel, "error_title")
    assert title_error.isVisible()
    # the English version (a Vietnamese one, when there is one, is offered to copy from)
    assert title_error.text().startswith("⚠ Tiêu đề (English): bắt buộc phải nhập")
    assert editor.banner.text().startswith("Chưa lưu: 1 trường cần kiểm tra lại.")


def test_dates_and_numbers_follow_the_vietnamese_locale(vietnamese: None) -> None:
    assert labels.format_date(date(2025, 11, 25)) == "25/11/2025"
    assert labels.format_date(date(2026, 3, 5)) == "05/03/2026"
    assert labels.format_number(12345) == "12.345"
    assert labels.format_due(date(2025, 10, 1), DuePrecision.QUARTER) == "quý 4/2025"
    assert labels.format_due(date(2025, 11, 1), DuePrecision.MONTH) == "tháng 11/2025"
    assert labels.format_due(date(2025, 11, 25), DuePrecision.DAY) == "25/11/2025"


def test_qt_standard_buttons_are_vietnamese(
    qtbot: QtBot, vietnamese: None, settings_file: Path
) -> None:
    settings = AppSettings(store=QSettings(str(settings_file), QSettings.Format.IniFormat))
    dialog = preferences_dialog(settings, "tester")
    qtbot.addWidget(dialog)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Hủy"


def test_preferences_store_the_language_for_the_next_start(
    qtbot: QtBot, settings_file: Path
) -> None:
    settings = AppSettings(store=QSettings(str(settings_file), QSettings.Format.IniFormat))
    dialog = preferences_dialog(settings, "tester")
    qtbot.addWidget(dialog)
    assert dialog.language_box.currentData() is None  # follows the system until chosen
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("vi"))
    dialog.accept()
    assert dialog.language_changed
    assert settings.language() is Language.VI
    assert choose_language(None, settings.language()) is Language.VI
    assert choose_language(Language.EN, settings.language()) is Language.EN  # --lang wins
    assert choose_language(None, None) is system_language()


def test_the_command_line_takes_a_language() -> None:
    assert cli.build_parser().parse_args(["--lang", "vi"]).interface_language == "vi"
    with pytest.raises(SystemExit) as refused:
        cli.build_parser().parse_args(["--lang", "fr"])
    assert refused.value.code == 2


def test_timestamps_use_four_digit_years(vietnamese: None) -> None:
    shown = labels.format_datetime_utc(datetime(2025, 11, 25, 12, 0))
    assert shown.startswith("25/11/2025 ")


@pytest.mark.parametrize("page", ["overview", "action", "meeting", "event", "agreement"])
def test_the_vietnamese_window_fits_a_1024_pixel_screen(
    qtbot: QtBot, window_vi: MainWindow, page: str
) -> None:
    window_vi.go(page)
    wait_idle(qtbot, window_vi)
    window_vi.resize(1024, 700)
    assert window_vi.minimumSizeHint().width() <= 1024
    assert window_vi.width() == 1024
