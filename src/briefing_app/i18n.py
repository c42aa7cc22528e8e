"""Languages of the interface and the briefings, and the one set of translations both use.

The Vietnamese text lives in `resources/translations/briefing_vi.ts` (Qt Linguist's format,
refreshed from the code by `scripts/translations.sh`). The desktop app loads the `.qm` compiled
from it with a QTranslator; the PDF briefings, which the command line also writes without Qt,
read the same `.ts` here. Code outside `ui/` marks its strings with `QT_TRANSLATE_NOOP` (lupdate
finds them by that name) and they are translated where they are shown.
"""

import os
from collections.abc import Callable, Mapping
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from briefing_app.resources import data_dir


class Language(StrEnum):
    EN = "en"
    VI = "vi"


#: Each language by its own name, whatever the interface language.
ENDONYMS = {Language.EN: "English", Language.VI: "Tiếng Việt"}
#: Languages whose translations are shipped; English is the source language.
TRANSLATED = (Language.VI,)
#: The Qt translation context of messages raised outside the GUI (errors, validation).
MESSAGES = "Messages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (lupdate knows this name)
    """Mark `text` for translation in `context`; it is translated later, where it is shown."""
    return text


#: Puts a message into the reader's words: (context, English template, values) -> text. The
#: command line uses `english`; the desktop app translates and names stored codes by their labels.
Wording = Callable[[str, str, Mapping[str, Any]], str]


def fill(template: str, values: Mapping[str, Any]) -> str:
    """`template` with its values; without values the template is the whole message (it may hold
    braces typed by a user)."""
    return template.format(**values) if values else template


def english(context: str, template: str, values: Mapping[str, Any]) -> str:
    """The message as the code writes it."""
    return fill(template, values)


def translations_dir() -> Path:
    return data_dir("resources") / "translations"


def language_of_locale(name: str | None) -> Language:
    """The shipped language for a locale name such as "vi_VN.UTF-8" or "vi-VN"; else English."""
    code = (name or "").replace("-", "_").split("_")[0].split(".")[0].lower()
    return Language.VI if code == Language.VI.value else Language.EN


def environment_language() -> Language:
    """The language the POSIX locale variables ask for (the command line's default)."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            return language_of_locale(value)
    return Language.EN


class Catalogue:
    """Finished translations of one language, looked up by (context, English source)."""

    def __init__(self, messages: dict[tuple[str, str], str]) -> None:
        self._messages = messages

    @classmethod
    def from_ts(cls, path: Path) -> "Catalogue":
        """Read a Qt Linguist `.ts` file; unfinished, vanished and obsolete entries are left
        out, as lrelease leaves them out of the `.qm`."""
        import xml.etree.ElementTree as ET  # not at import: the desktop app paints first

        messages: dict[tuple[str, str], str] = {}
        for context in ET.parse(path).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") is not None:
                    continue
                source = message.findtext("source")
                if source and translation.text:
                    messages[(name, source)] = translation.text
        return cls(messages)

    def translate(self, context: str, text: str) -> str:
        return self._messages.get((context, text), text)


@cache
def catalogue(language: Language) -> Catalogue:
    """The shipped translations of `language` (English: none, the source text is shown)."""
    if language not in TRANSLATED:
        return Catalogue({})
    return Catalogue.from_ts(translations_dir() / f"briefing_{language.value}.ts")
