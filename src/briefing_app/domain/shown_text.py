"""Record text as the lists, labels and detail views show it: in the reading language
(domain.translations), a missing version replaced by another language's and tagged as such.

The tag travels with the text: a `FallbackText` is a `str` (JSON, sorting, comparisons and
joins treat it as the text it is) that also says which language it is in, so a view several
layers up can mark it ("only in English") without every DTO carrying a flag per field. An
operation that builds a new string from it (f-strings, joins) drops the tag: views mark what
they got before combining texts.
"""

from typing import Any, Protocol

from briefing_app.domain.translations import localised, reading_language


class FallbackText(str):
    """A text shown in `language` because the reading language has no version of it."""

    language: str

    def __new__(cls, value: str, language: str) -> "FallbackText":
        made = super().__new__(cls, value)
        made.language = language
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        # dataclasses.asdict deep-copies its fields: keep the tag through the copy
        return (FallbackText, (str(self), self.language))


def fallback_language(value: object) -> str | None:
    """The language `value` fell back to, or None for a text in the reading language."""
    return value.language if isinstance(value, FallbackText) else None


def _tagged(value: Any, language: str, fell_back: bool) -> Any:
    if isinstance(value, str):
        return FallbackText(value, language) if fell_back else value
    if isinstance(value, list):
        return [_tagged(item, language, fell_back) for item in value]
    if isinstance(value, dict):
        return {key: _tagged(item, language, fell_back) for key, item in value.items()}
    return value


def shown(record: Any, field: str, language: str | None = None) -> Any:
    """`field` of `record` in `language` (default: the reading language), else in another
    language as FallbackText (each item of a list field); None when no language has it. A
    field with no versions (not in the model's `__translatable__`) is its column's value."""
    if field not in getattr(type(record), "__translatable__", ()):
        return getattr(record, field)  # one version for every reader (a person's name)
    got = localised(record, field, language)
    return _tagged(got.value, got.language, got.fell_back)


def shown_list(record: Any, field: str, language: str | None = None) -> list[Any]:
    """A list field (proposals, outcomes …) as `shown` gives it, [] when it has none."""
    return list(shown(record, field, language) or [])


class NamedArea(Protocol):
    """A cooperation area: its English and Vietnamese names (both required, kept in columns
    of their own since the first schema)."""

    @property
    def name(self) -> str: ...

    @property
    def name_vi(self) -> str: ...


def area_name(area: NamedArea, language: str | None = None) -> str:
    """A cooperation area's name in `language` (default: the reading language)."""
    return area.name_vi if (language or reading_language()) == "vi" else area.name


def area_other_name(area: NamedArea, language: str | None = None) -> str:
    """Its name in the other language (the pickers show it beside the name)."""
    return area.name if (language or reading_language()) == "vi" else area.name_vi


def joined(separator: str, parts: list[Any]) -> str:
    """`parts` joined, tagged as a fallback when any part is (a cell showing them is marked)."""
    text = separator.join(str(p) for p in parts)
    language = next((lang for p in parts if (lang := fallback_language(p))), None)
    return FallbackText(text, language) if language else text
