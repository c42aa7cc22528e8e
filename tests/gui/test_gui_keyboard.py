"""Working with the keyboard alone (issue 12, item 2): Tab leaves every field, Ctrl+Z right after
Ctrl+S, with the cursor still in a text field, undoes the save, and every menu entry has its
own letter in both languages (the Tab order of whole views: test_gui_tab_order.py)."""

from pathlib import Path

from gui_fakes import FakePrompts
from gui_helpers import append_text, make_window, shut, wait_idle
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu
from pytestqt.qtbot import QtBot
from record_helpers import field, newest_editor, settle

from briefing_app.domain.record_kind import RecordKind
from briefing_app.i18n import Language
from briefing_app.store.database import OpenedDatabase
from briefing_app.ui.language import install_language
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.widgets.menu_keys import mnemonic

CTRL = Qt.KeyboardModifier.ControlModifier
VI = Language.VI
SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_tab_leaves_the_due_from_filter_while_it_shows_any_date(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.go(RecordKind.ACTION)
    wait_idle(qtbot, window)
    filters = window.actions_page.filters
    # a text field since dates are typed as staff type them: empty, "any date" as placeholder
    assert filters.due_from.text() == "" and filters.due_from.placeholderText() == "any date"
    filters.due_from.setFocus()
    qtbot.keyClick(filters.due_from, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is filters.due_to
    qtbot.keyClick(filters.due_to, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is filters.overdue_check
    qtbot.keyClick(filters.overdue_check, Qt.Key.Key_Tab, SHIFT)
    qtbot.keyClick(filters.due_to, Qt.Key.Key_Tab, SHIFT)
    assert QApplication.focusWidget() is filters.due_from
    qtbot.keyClick(filters.due_from, Qt.Key.Key_Tab, SHIFT)
    assert QApplication.focusWidget() is not filters.due_from


def test_ctrl_z_in_the_field_just_saved_undoes_the_action_save(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.open_record("action", 2)
    wait_idle(qtbot, window)
    editor = window.editor
    title, text = editor.title_edit, editor.description_edit
    old_title, old_text = title.text(), text.toPlainText()
    append_text(qtbot, text, " Call back.")
    append_text(qtbot, title, " now")
    qtbot.keyClick(title, Qt.Key.Key_S, CTRL)
    wait_idle(qtbot, window)
    assert not editor.is_dirty() and title.text() == old_title + " now"
    assert title.hasFocus()

    qtbot.keyClick(title, Qt.Key.Key_Z, CTRL)  # the cursor is still in the title
    wait_idle(qtbot, window)
    assert (title.text(), text.toPlainText()) == (old_title, old_text)
    assert window.redo_action.isEnabled()

    text.setFocus()
    qtbot.keyClick(text, Qt.Key.Key_Z, CTRL | SHIFT)  # and redo from the description
    wait_idle(qtbot, window)
    assert title.text() == old_title + " now"
    assert text.toPlainText() == old_text + " Call back."

    append_text(qtbot, title, "!")  # something typed is the field's own to undo first
    qtbot.keyClick(title, Qt.Key.Key_Z, CTRL)
    wait_idle(qtbot, window)
    assert title.text() == old_title + " now" and not editor.is_dirty()


def test_ctrl_z_in_the_field_just_saved_undoes_the_record_save(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.records.edit_record(RecordKind.MEETING, 1)
    editor = newest_editor(qtbot, window, RecordKind.MEETING)
    title = field(editor, "title")
    assert isinstance(title, QLineEdit)
    old = title.text()
    append_text(qtbot, title, " now")
    qtbot.keyClick(title, Qt.Key.Key_S, CTRL)
    settle(qtbot, window, editor)
    assert title.text() == old + " now" and not editor.is_dirty()

    qtbot.keyClick(title, Qt.Key.Key_Z, CTRL)
    settle(qtbot, window, editor)
    assert title.text() == old
    assert editor.redo_button.isEnabled()
    qtbot.keyClick(title, Qt.Key.Key_Z, CTRL | SHIFT)
    settle(qtbot, window, editor)
    assert title.text() == old + " now"


def _entries(menu: QMenu) -> list[QAction]:
    return [a for a in menu.actions() if not a.isSeparator() and a.isVisible()]


def test_every_menu_entry_has_its_own_key(window: MainWindow) -> None:
    """Each command is reachable without the mouse: Alt and the menu's letter, then the entry's
    letter (unique in its menu), including the New submenu's record kinds and the View menu's
    pages."""
    check_menu_keys(window)
    kinds = [a.text() for a in _entries(window.records.new_menu)]
    assert "&Delegation…" in kinds and "M&eeting…" in kinds, kinds


def test_every_menu_entry_has_its_own_key_in_vietnamese(
    qtbot: QtBot, seeded_db: OpenedDatabase, tmp_path: Path
) -> None:
    locale = QLocale()
    window = make_window(qtbot, seeded_db.url, FakePrompts(), tmp_path / "vi.ini", language=VI)
    try:
        check_menu_keys(window)
    finally:
        shut(window)
        app = QApplication.instance()
        assert app is not None
        install_language(app, Language.EN)  # the tests after this one run in English
        QLocale.setDefault(locale)


def check_menu_keys(window: MainWindow) -> None:
    bar = window.menuBar()
    tops = _entries(bar)  # type: ignore[arg-type]
    assert len({mnemonic(a.text()) for a in tops}) == len(tops)
    menus = [a.menu() for a in tops]
    new_menu = window.records.new_menu
    menus.append(new_menu)
    for menu in menus:
        assert isinstance(menu, QMenu)
        letters = [mnemonic(a.text()) for a in _entries(menu)]
        texts = [a.text() for a in _entries(menu)]
        assert None not in letters, f"{menu.title()}: entries without a letter: {texts}"
        assert len(set(letters)) == len(letters), f"{menu.title()}: a letter twice: {texts}"
