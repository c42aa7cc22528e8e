"""The Vietnamese wording found in the new-user trial (issue 12, item 8): people are "Nhân vật"
(not "Nhân sự", which reads as HR), filters say "Tất cả …", long dates read "ngày 25 tháng 11
năm 2025", the history's stored comments are translated, and the export dialog starts at the
interface language."""

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from gui_fakes import FakePrompts
from gui_helpers import make_window, shut, wait_idle
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication, QListWidget
from pytestqt.qtbot import QtBot

from briefing_app.i18n import Language
from briefing_app.services.dto import ChangeRow
from briefing_app.store.database import OpenedDatabase
from briefing_app.ui import labels
from briefing_app.ui.language import install_language
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.models.record_history_model import COMMENT, RecordHistoryModel


@pytest.fixture
def vietnamese(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    install_language(qapp, Language.VI)
    try:
        yield
    finally:
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


def _texts(window: MainWindow) -> list[str]:
    navigation = window.workspace.navigation
    assert isinstance(navigation, QListWidget)
    return [navigation.item(row).text() for row in range(navigation.count())]


def test_people_are_nhan_vat_and_filters_say_tat_ca(window_vi: MainWindow) -> None:
    shown = _texts(window_vi)
    assert "Nhân vật" in shown
    assert not any("Nhân sự" in text for text in shown)
    filters = window_vi.actions_page.filters
    assert filters.status_box.itemText(0) == "Tất cả trạng thái"
    assert filters.area_box.itemText(0) == "Tất cả lĩnh vực hợp tác"
    assert filters.classification_box.itemText(0) == "Tất cả mức độ mật"
    assert QCoreApplication.translate("Fields", "Person") == "Nhân vật"
    assert QCoreApplication.translate("Fields", "People") == "Nhân vật"


def test_long_dates_are_written_out_in_vietnamese(vietnamese: None) -> None:
    day = date(2025, 11, 25)
    assert labels.format_date(day, QLocale.FormatType.LongFormat) == "ngày 25 tháng 11 năm 2025"
    assert labels.format_date(day) == "25/11/2025"


def test_long_dates_stay_english_in_english() -> None:
    shown = labels.format_date(date(2025, 11, 25), QLocale.FormatType.LongFormat)
    assert "25 November 2025" in shown


def _comment(comment: str) -> str:
    model = RecordHistoryModel()
    model.set_entries(
        [ChangeRow(1, datetime(2025, 11, 25, 9), "lan", "status", "agreed", "done", comment)]
    )
    return str(model.data(model.index(0, COMMENT)))


def test_history_comments_are_translated(vietnamese: None) -> None:
    assert _comment("undo") == "hoàn tác"
    assert _comment("redo") == "làm lại"
    assert _comment("restored after it was deleted") == "khôi phục sau khi bị xóa"
    assert _comment("imported from actions.csv") == "nhập từ actions.csv"
    assert _comment("typed by a person") == "typed by a person"


def test_history_comments_in_english() -> None:
    assert _comment("undo") == "undo"
    assert _comment("imported from actions.csv") == "imported from actions.csv"


def _export_language(qtbot: QtBot, window: MainWindow, settings_file: Path) -> object:
    window.print_briefing("meeting", 1)
    dialog = window.briefing_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.ready, timeout=5000)
    language = dialog.language_box.currentData()
    dialog.close()
    wait_idle(qtbot, window)
    return language


def test_the_export_dialog_starts_at_the_interface_language(
    qtbot: QtBot, window_vi: MainWindow, settings_file: Path
) -> None:
    # an English brief exported before (the old remembered preference) does not stick
    QSettings(str(settings_file), QSettings.Format.IniFormat).setValue(
        "preferences/briefing/language", "en"
    )
    assert _export_language(qtbot, window_vi, settings_file) == "vi"


def test_the_export_dialog_starts_in_english_in_english(
    qtbot: QtBot, window: MainWindow, settings_file: Path
) -> None:
    window.settings.save_preference("briefing/language", "vi")
    assert _export_language(qtbot, window, settings_file) == "en"
