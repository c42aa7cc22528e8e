"""Every entry of a menu gets a mnemonic (Alt+letter, or the letter while the menu is open), so
each command is reachable from the keyboard: entries built from labels ("Meeting…", the View
menu's pages) get the first letter of their text the menu does not use yet. Works in any
language: the letters are picked from the translated texts."""

from PySide6.QtWidgets import QAbstractButton, QLabel, QMainWindow, QMenu

from briefing_app.ui.forms.form_view import with_mnemonic

#: letters and digits for an entry none of whose own letters is free, shown after it: "(&K)"
_SPARE = "abcdefghijklmnopqrstuvwxyz0123456789"


def mnemonic(text: str) -> str | None:
    """The letter after a single "&" in `text`, folded; None when it has none."""
    index = 0
    while (index := text.find("&", index)) >= 0:
        if text[index + 1 : index + 2] == "&":
            index += 2
            continue
        letter = text[index + 1 : index + 2]
        return letter.casefold() or None
    return None


def give_mnemonics(menu: QMenu) -> None:
    """Give each entry of `menu` without a mnemonic a letter its other entries do not use."""
    entries = [a for a in menu.actions() if not a.isSeparator()]
    used = {m for a in entries if (m := mnemonic(a.text())) is not None}
    for action in entries:
        if mnemonic(action.text()) is not None:
            continue
        text = with_mnemonic(action.text(), used)
        if mnemonic(text) is None:  # every letter of it taken ("Nhân vật" in a long menu)
            free = next((c for c in _SPARE if c not in used), None)
            if free is not None:
                used.add(free)
                text = f"{text} (&{free.upper()})"
        action.setText(text)


def _without_mnemonic(text: str) -> str:
    """`text` as shown: its mnemonic "&" gone, "&&" a plain "&"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def clear_of_menu_bar(window: QMainWindow) -> None:
    """Labels (of a field) and buttons of `window` whose Alt+letter is a menu's of its menu bar
    take the first other letter of their text that is free of the menu bar (none when no letter
    is): the menu bar took the key, so Alt+V opened View instead of the Attachments tab's
    Pre&view, and in Vietnamese Alt+T opened Tệp instead of its &Thêm…. Run once the window's
    widgets and menus are built."""
    taken = {m for a in window.menuBar().actions() if (m := mnemonic(a.text())) is not None}
    widgets: list[QAbstractButton | QLabel] = [
        *window.findChildren(QAbstractButton),
        *(label for label in window.findChildren(QLabel) if label.buddy() is not None),
    ]
    for widget in widgets:
        if mnemonic(widget.text()) in taken:
            widget.setText(with_mnemonic(_without_mnemonic(widget.text()), set(taken)))
