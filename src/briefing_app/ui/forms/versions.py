"""A translated field's versions, one per language, as the editors name and order them.

A field a person reads ("title") keeps its English version under its own key and each other
language's under a key of its own ("title_vi": FieldSpec.translation_of/language, set by the
record-kind registry). The editors show them as one field: the interface language's version
first, each named by its language's own name ("Title (Tiếng Việt)", in every interface, as a
language menu names languages); sentences name a language in the interface language
("No Vietnamese version yet").
"""

from typing import Any

from PySide6.QtCore import QCoreApplication

from briefing_app.domain.translations import (
    BASE_LANGUAGE,
    OTHER_LANGUAGES,
    is_empty,
    translation_key,
)
from briefing_app.i18n import ENDONYMS, QT_TRANSLATE_NOOP, Language
from briefing_app.services.record_kinds.fields import FieldSpec
from briefing_app.services.record_kinds.spec import KindSpec
from briefing_app.ui.forms.inputs import field_caption
from briefing_app.ui.language import interface_language

# A language as a sentence names it, in the interface language (mid-sentence: "tiếng Việt").
_NAMES = {
    "en": QT_TRANSLATE_NOOP("Versions", "English"),
    "vi": QT_TRANSLATE_NOOP("Versions", "Vietnamese"),
}


def endonym(language: str) -> str:
    """The language by its own name: a column header, a caption's "(Tiếng Việt)"."""
    return ENDONYMS.get(Language(language), language)


def language_name(language: str) -> str:
    """The language as a sentence in the interface language names it ("Vietnamese")."""
    return QCoreApplication.translate("Versions", _NAMES.get(language, language))


def missing_text(language: str) -> str:
    """What an empty version says ("No Vietnamese version yet")."""
    return QCoreApplication.translate("Versions", "No {language} version yet").format(
        language=language_name(language)
    )


def language_of(spec: KindSpec, field: FieldSpec) -> str | None:
    """The language of `field`'s text when the field has versions (the base field's: English),
    None for a field that is not translated."""
    if field.translation_of is not None:
        return field.language
    return BASE_LANGUAGE if spec.translations_of(field.key) else None


def caption(spec: KindSpec, field: FieldSpec) -> str:
    """The field's label, with the language of the version when it has versions."""
    language = language_of(spec, field)
    text = field_caption(spec.field(field.translation_of) if field.translation_of else field)
    return f"{text} ({endonym(language)})" if language else text


def caption_of(spec: KindSpec, key: str) -> str:
    return caption(spec, spec.field(key))


def versions(spec: KindSpec, field: FieldSpec) -> list[FieldSpec]:
    """The base field `field` and its versions in other languages, the interface language's
    first (then in the registry's order)."""
    every = [field, *spec.translations_of(field.key)]
    first = interface_language().value
    return sorted(every, key=lambda f: (language_of(spec, f) or BASE_LANGUAGE) != first)


def filled_other(spec: KindSpec, key: str, values: dict[str, Any]) -> FieldSpec | None:
    """Another version of the field `key` that has a text, in display order (the source a
    copy takes and a required-field message points to)."""
    field = spec.field(key)
    base = spec.field(field.translation_of) if field.translation_of else field
    for other in versions(spec, base):
        if other.key != key and not is_empty(values.get(other.key)):
            return other
    return None


def item_versions(key: str) -> list[tuple[str, str]]:
    """The keys and languages of an item's translated text (a member's "role", "role_vi"),
    the interface language's first."""
    every = [(key, BASE_LANGUAGE)]
    every += [(translation_key(key, lang), lang) for lang in OTHER_LANGUAGES]
    first = interface_language().value
    return sorted(every, key=lambda pair: pair[1] != first)
