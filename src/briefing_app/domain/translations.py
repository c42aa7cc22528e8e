"""Text a person reads, in each language: where each version lives and which one is shown.

A record's ordinary text columns hold its English version (the base language: the dataset,
the CSV and JSON exchange and every query that sorts or labels by title read them). The other
languages' versions live in the record's one `translations` JSON column, shaped

    {"vi": {"title": "…", "objectives": ["…", …], "office_translation": true}, "ja": {…}}

with each field's value in its JSON form (a list field is a list in the same order). Adding a
language is data: a key in that column, and its code in `OTHER_LANGUAGES`.

A version that is missing is None, never filled from another language. `localised` says
which language a reader got and whether that was a fallback, so a view or a brief can mark it.
`office_translation` marks versions the office translated from sources in another language
(the shipped dataset's Vietnamese texts).
"""

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

#: The language of the records' own columns.
BASE_LANGUAGE = "en"
#: The languages kept in the `translations` column, in the order editors show them.
OTHER_LANGUAGES = ("vi",)
LANGUAGES = (BASE_LANGUAGE, *OTHER_LANGUAGES)
#: The key, beside a language's fields, that marks its versions as the office's translation.
OFFICE_TRANSLATION = "office_translation"

_reading_language = BASE_LANGUAGE


def set_reading_language(language: str) -> None:
    """The language lists, labels and detail views show records in: the interface language,
    chosen once per process (the desktop app at start, the command line from --lang)."""
    global _reading_language
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    _reading_language = language


def reading_language() -> str:
    return _reading_language


def translation_key(field: str, language: str) -> str:
    """The name a field's version in another language goes by in forms, JSON and history:
    `title_vi`."""
    return f"{field}_{language}"


def is_empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def version(record: Any, field: str, language: str) -> Any:
    """`field` of `record` in `language` (its JSON form), or None when that version is missing."""
    if language == BASE_LANGUAGE:
        value = getattr(record, field)
    else:
        value = (getattr(record, "translations", None) or {}).get(language, {}).get(field)
    return None if is_empty(value) else value


def fallback_order(language: str) -> tuple[str, ...]:
    """The languages to read a text in: `language`, then the others in their usual order."""
    return (language, *(lang for lang in LANGUAGES if lang != language))


@dataclass(frozen=True)
class Localised:
    """A field's text as a reader gets it: `value` (None when no language has it), the
    `language` it is in, and whether that is not the language asked for."""

    value: Any
    language: str
    fell_back: bool


def localised(record: Any, field: str, language: str | None = None) -> Localised:
    """`field` in `language` (default: the reading language), else in the first other
    language that has it, marked as a fallback."""
    wanted = language or _reading_language
    for candidate in fallback_order(wanted):
        value = version(record, field, candidate)
        if value is not None:
            return Localised(value, candidate, candidate != wanted)
    return Localised(None, wanted, False)


def text(record: Any, field: str, language: str | None = None) -> Any:
    """`field` in `language` (default: the reading language), falling back to another one."""
    return localised(record, field, language).value


def is_office_translation(record: Any, language: str) -> bool:
    versions = (getattr(record, "translations", None) or {}).get(language, {})
    return bool(versions.get(OFFICE_TRANSLATION))


def with_version(
    translations: dict[str, dict[str, Any]] | None, field: str, language: str, value: Any
) -> dict[str, dict[str, Any]]:
    """A copy of `translations` with `field`'s version in `language` set (removed when empty):
    a new object, so the ORM sees the change."""
    changed = {lang: dict(fields) for lang, fields in (translations or {}).items()}
    fields = changed.setdefault(language, {})
    if is_empty(value):
        fields.pop(field, None)
    else:
        fields[field] = value
    if not set(fields) - {OFFICE_TRANSLATION}:
        del changed[language]
    return changed


def translated_texts(record: Any, fields: tuple[str, ...]) -> Iterator[str]:
    """Every other-language text of `fields` (list items and asks one by one), for search."""
    for versions in (getattr(record, "translations", None) or {}).values():
        for field in fields:
            yield from _texts(versions.get(field))


def _texts(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _texts(item)
