"""Register the fonts shipped in resources/fonts so Vietnamese and Japanese render on a machine
without such fonts, and make them the fallbacks of the application font."""

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from briefing_app.resources import data_dir

#: Shipped font files, in fallback order (Latin/Vietnamese first, then Japanese).
FONT_FILES = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSans-Italic.ttf",
    "NotoSans-BoldItalic.ttf",
    "ipaexg.ttf",
)

#: font file -> families Qt found in it; Qt's font database is per process, so is this record.
_registered: dict[str, list[str]] = {}


def fonts_dir() -> Path:
    return data_dir("resources") / "fonts"


def register_shipped_fonts(app: QGuiApplication) -> list[str]:
    """Add the shipped fonts to Qt's font database (once per process) and put their families
    after the platform's UI font in the application font's family list, so any character the
    UI font lacks falls back to Noto Sans, then IPAexGothic. Returns the families, in order."""
    families: list[str] = []
    for name in FONT_FILES:
        if name not in _registered:
            font_id = QFontDatabase.addApplicationFont(str(fonts_dir() / name))
            _registered[name] = (
                QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            )
        for family in _registered[name]:
            if family not in families:
                families.append(family)
    font = QFont(app.font())
    base = [f for f in font.families() if f not in families] or [font.family()]
    font.setFamilies([*base, *families])
    app.setFont(font)
    return families
