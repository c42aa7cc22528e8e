"""The interface language: which one (command line, Preferences, system), and installing it.

The language is chosen once, before any window is built: Qt translates strings when a widget
sets them, so a change in Preferences applies from the next start (the dialog says so).
Installing a language loads Qt's own translation of its standard texts (button names, the
text fields' menu) and ours, and makes the matching QLocale the default, so dates and numbers
follow (25/11/2025 in Vietnamese).
"""

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from briefing_app.domain.translations import set_reading_language
from briefing_app.i18n import TRANSLATED, Language, language_of_locale, translations_dir

_LOCALES = {
    Language.VI: (QLocale.Language.Vietnamese, QLocale.Country.Vietnam),
    Language.EN: (QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


def system_language() -> Language:
    return language_of_locale(QLocale.system().name())


def choose_language(requested: Language | None, preferred: Language | None) -> Language:
    """The command line's --lang, else the Preferences choice, else the system's language."""
    return requested or preferred or system_language()


def locale_for(language: Language) -> QLocale:
    """The locale whose date and number habits go with `language`: the system's own when it
    speaks that language or, for English, any language but Vietnamese (a German user keeps
    German dates in the English interface); else the language's usual country."""
    system = QLocale.system()
    qt_language, country = _LOCALES[language]
    if system.language() == qt_language:
        return system
    foreign = (QLocale.Language.C, _LOCALES[Language.VI][0])
    if language is Language.EN and system.language() not in foreign:
        return system
    return QLocale(qt_language, country)


#: The translators in use (Qt keeps only a pointer: they must stay referenced).
_installed: list[QTranslator] = []
#: The language installed last (the editors put its version of a text first).
_interface = Language.EN


def interface_language() -> Language:
    """The interface language installed (English until one is)."""
    return _interface


def _load(translator: QTranslator, name: str, *folders: str) -> bool:
    return any(translator.load(name, folder) for folder in folders)


def install_language(app: QCoreApplication, language: Language) -> None:
    """Make `language` the interface language of `app` (its translators and default locale)
    and the language records are read in (their texts in it where they have a version)."""
    global _interface
    _interface = language
    QLocale.setDefault(locale_for(language))
    set_reading_language(language.value)
    while _installed:
        app.removeTranslator(_installed.pop())
    if language in TRANSLATED:
        ours = str(translations_dir())
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        # Qt's own Vietnamese when the Qt build ships it, else the one we ship.
        catalogues: list[tuple[str, tuple[str, ...]]] = [
            ("qtbase_" + language.value, (qt_folder, ours)),
            ("briefing_" + language.value, (ours,)),
        ]
        for name, folders in catalogues:
            translator = QTranslator(app)
            if _load(translator, name, *folders):
                app.installTranslator(translator)
                _installed.append(translator)
