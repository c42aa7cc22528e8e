"""A record's JSON in one language, as the command line shows and reads it (issue 15).

Shown (`show --lang vi --json`): each translated field holds the chosen language's text,
falling back to another language where that version is missing, and `<field>_translations`
holds every version, `{"en": …, "vi": …}` (None where missing); a member's `role` likewise
with `role_translations`. The internal keys of other-language versions (`title_vi`) are not
shown.

A shown record names the language of its plain fields, `text_language`.

Read (`create`/`edit`): the plain fields are in the JSON's `text_language`, else in the
language the command names (--lang), else English — never the system's language, so a script's
JSON means the same on every machine. `<field>_translations` sets the versions it names; a
plain `<field>`
is the chosen language's version, except beside `<field>_translations` where it counts only
if it was changed (in a shown record it may be a fallback, which must never become the
chosen language's version).
The internal keys (`title_vi`) are read as they are.
"""

from collections.abc import Mapping
from typing import Any

from briefing_app.domain.errors import FieldError, ValidationError
from briefing_app.domain.translations import (
    BASE_LANGUAGE,
    LANGUAGES,
    fallback_order,
    is_empty,
    translation_key,
)
from briefing_app.i18n import QT_TRANSLATE_NOOP
from briefing_app.services.record_kinds.fields import FieldType
from briefing_app.services.record_kinds.spec import KindSpec

SUFFIX = "_translations"
#: The key naming the language a shown record's plain fields are in: create/edit read them in
#: it, whatever the reader's --lang or system language (a script's JSON means one thing).
TEXT_LANGUAGE = "text_language"


def _key(field: str, language: str) -> str:
    return field if language == BASE_LANGUAGE else translation_key(field, language)


def _chosen(versions: Mapping[str, Any], language: str) -> Any:
    """The version in `language`, else the first other language's that exists."""
    for candidate in fallback_order(language):
        if not is_empty(versions.get(candidate)):
            return versions[candidate]
    return versions.get(BASE_LANGUAGE)  # no version anywhere: the column's empty value


def _shown_versions(values: dict[str, Any], field: str, language: str) -> None:
    versions = {lang: values.pop(_key(field, lang), None) for lang in LANGUAGES}
    values[field] = _chosen(versions, language)
    values[field + SUFFIX] = versions


def shown_in(spec: KindSpec, data: Mapping[str, Any], language: str) -> dict[str, Any]:
    """`data` (a record's JSON with every version under its internal key) in `language`."""
    shown = dict(data)
    if any(f.translation_of for f in spec.fields):
        shown[TEXT_LANGUAGE] = language
    for field in spec.fields:
        if field.translation_of is None and spec.translations_of(field.key):
            _shown_versions(shown, field.key, language)
        if field.type is FieldType.MEMBERS and isinstance(shown.get(field.key), list):
            members = [dict(item) for item in shown[field.key]]
            for item in members:
                _shown_versions(item, "role", language)
            shown[field.key] = members
    return shown


def _versions_given(key: str, raw: object) -> dict[str, Any]:
    if not isinstance(raw, dict) or not set(raw) <= set(LANGUAGES):
        raise FieldError(
            key,
            QT_TRANSLATE_NOOP("Messages", "must be an object with the languages {languages}"),
            languages=", ".join(LANGUAGES),
        )
    return raw


def _read_versions(
    data: dict[str, Any], field: str, language: str, stored: Mapping[str, Any] | None
) -> None:
    """Put `field`'s versions in `data` under their internal keys. A plain `field` beside
    `<field>_translations` counts only when it differs from what `show` printed for the stored
    record (`stored`; for a new record, what the given versions would show): it may be a
    fallback, which must not become the chosen language's version."""
    given = data.pop(field + SUFFIX, None)
    versions = dict(_versions_given(field + SUFFIX, given)) if given is not None else {}
    if field in data:
        plain = data.pop(field)
        before = stored if stored is not None else {_key(field, k): v for k, v in versions.items()}
        shown = _chosen({lang: before.get(_key(field, lang)) for lang in LANGUAGES}, language)
        if given is None or plain != shown:
            versions[language] = plain  # changed: it wins over its language's entry
    for lang, value in versions.items():
        data[_key(field, lang)] = value


def _stored_roles(current: Mapping[str, Any] | None, key: str) -> dict[Any, dict[str, Any]]:
    members = (current or {}).get(key) or []
    return {item.get("person_id"): item for item in members if isinstance(item, dict)}


def _read_member(item: dict[str, Any], stored: Mapping[str, Any] | None, language: str) -> None:
    """A member's role versions; a version the item does not name keeps the stored one (a
    list of members is written whole, and `role` in Vietnamese must not erase the English)."""
    _read_versions(item, "role", language, stored)
    for lang in LANGUAGES:
        key = _key("role", lang)
        if key not in item:
            item[key] = (stored or {}).get(key)


def text_language_of(data: dict[str, Any], default: str) -> str:
    """The language `data`'s plain fields are in: its `text_language` (taken out of `data`),
    else `default`; FieldError for a language this app does not know."""
    language = data.pop(TEXT_LANGUAGE, None)
    if language is None:
        return default
    if language not in LANGUAGES:
        raise FieldError(
            TEXT_LANGUAGE,
            QT_TRANSLATE_NOOP("Messages", "must be one of {languages}"),
            languages=", ".join(LANGUAGES),
        )
    return str(language)


def read_in(
    spec: KindSpec,
    data: Mapping[str, Any],
    language: str,
    current: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """`data` as create/edit read it (see the module docstring), with every version under its
    internal key. `current` is the record being edited (its JSON), whose members' role versions
    an edit keeps where it names none. ValidationError when a `_translations` value is not an
    object of languages."""
    read = dict(data)
    errors: list[FieldError] = []
    for field in spec.fields:
        try:
            if field.translation_of is None and spec.translations_of(field.key):
                _read_versions(read, field.key, language, current)
            if field.type is FieldType.MEMBERS and isinstance(read.get(field.key), list):
                stored = _stored_roles(current, field.key)
                members = [
                    dict(item) if isinstance(item, dict) else item for item in read[field.key]
                ]
                for item in members:
                    if isinstance(item, dict):
                        _read_member(item, stored.get(item.get("person_id")), language)
                read[field.key] = members
        except FieldError as error:
            errors.append(error)
    if errors:
        raise ValidationError(errors)
    return read
