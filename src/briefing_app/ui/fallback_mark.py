"""The one mark for record text shown in another language than the interface's, because the
interface language has no version of it (domain.shown_text tags such text).

The mark, everywhere: the text in italics, with the language it is in named — a small "EN" or
"VI" after it in detail panes (read aloud with the text), a tooltip and an accessible
description "Only in English" in tables, lists and plain labels.
"""

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QListWidgetItem, QTreeWidgetItem

from briefing_app.domain.shown_text import fallback_language


def note(language: str) -> str:
    """ "Only in English": what a marked text is, for tooltips and screen readers."""
    if language == "en":
        return QCoreApplication.translate("FallbackMark", "Only in English")
    if language == "vi":
        return QCoreApplication.translate("FallbackMark", "Only in Vietnamese")
    return QCoreApplication.translate("FallbackMark", "Only in {language}").format(
        language=language.upper()
    )


def html(escaped: str, language: str) -> str:
    """Already-escaped text, marked: italic, then the language's code in small grey letters."""
    tip = note(language).replace('"', "&quot;")
    return (
        f"<i>{escaped}</i>&nbsp;"
        f'<span style="color:#555555; font-size:small;" title="{tip}">{language.upper()}</span>'
    )


def cell_data(value: object, role: int, font: QFont | None = None) -> Any:
    """What a table cell showing `value` answers for `role` when `value` is a fallback (italic
    font, tooltip, accessible description); None otherwise, and for other roles."""
    language = fallback_language(value)
    if language is None:
        return None
    if role == Qt.ItemDataRole.FontRole:
        italic = QFont(font) if font is not None else QFont()
        italic.setItalic(True)
        return italic
    if role == Qt.ItemDataRole.ToolTipRole:
        return f"{value}\n({note(language)})"
    if role == Qt.ItemDataRole.AccessibleDescriptionRole:
        return note(language)
    return None


def mark_item(item: QTreeWidgetItem | QListWidgetItem, value: object, column: int = 0) -> None:
    """Mark an item of a tree (its `column`) or of a list showing `value`, if it is a fallback."""
    for role in (
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleDescriptionRole,
    ):
        if isinstance(item, QTreeWidgetItem):
            data = cell_data(value, role, item.font(column))
            if data is not None:
                item.setData(column, role, data)
        else:
            data = cell_data(value, role, item.font())
            if data is not None:
                item.setData(role, data)


def mark_label(label: QLabel, text: str, *values: object) -> None:
    """Show `text` in a plain-text `label`, marked (italic, tooltip, accessible description)
    when one of `values`, the record texts it is made of, is a fallback."""
    language = next((lang for v in values if (lang := fallback_language(v))), None)
    label.setText(text)
    explained = note(language) if language else ""
    label.setToolTip(explained)
    label.setAccessibleDescription(explained)
    unmarked = label.property("unmarkedItalic")
    if unmarked is None:
        unmarked = label.font().italic()
        label.setProperty("unmarkedItalic", unmarked)
    font = label.font()
    font.setItalic(bool(unmarked) or language is not None)
    label.setFont(font)
