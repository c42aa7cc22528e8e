"""A follow-up action's texts in languages other than English, as the action services take
them: a mapping from the version's key ("title_vi", domain.translations.translation_key) to its
text, None to remove that version. A key left out leaves its version as it is.

Each version follows the rules of its English column (clean_text, the column's length, several
lines where the column is Text) but is never required: a version may be missing.
"""

from collections.abc import Mapping
from typing import Any

import sqlalchemy as sa

from briefing_app.domain import models as m
from briefing_app.domain.errors import FieldError
from briefing_app.domain.text import clean_text
from briefing_app.domain.translations import OTHER_LANGUAGES, translation_key, with_version
from briefing_app.i18n import QT_TRANSLATE_NOOP

Versions = Mapping[str, str | None]

#: key -> (field, language), for every translated field of an action and every other language
_PARTS: dict[str, tuple[str, str]] = {
    translation_key(field, language): (field, language)
    for field in m.FollowUpAction.__translatable__
    for language in OTHER_LANGUAGES
}
#: The keys, each right after the field it translates ("title", "title_vi", …).
VERSION_KEYS: tuple[str, ...] = tuple(_PARTS)


def parts(key: str) -> tuple[str, str]:
    """The field and the language of the version `key` ("title_vi" -> ("title", "vi"))."""
    return _PARTS[key]


def clean_version(key: str, value: Any) -> str | None:
    """`value` checked as the version `key` (FieldError naming `key` if refused)."""
    if key not in _PARTS:
        raise FieldError(key, QT_TRANSLATE_NOOP("Messages", "unknown field"))
    column = m.FollowUpAction.__table__.c[_PARTS[key][0]]
    return clean_text(
        value,
        field=key,
        max_length=getattr(column.type, "length", None) or m.LONG_TEXT_LIMIT,
        multiline=isinstance(column.type, sa.Text),
    )


def clean_versions(versions: Versions, errors: list[FieldError]) -> dict[str, str | None]:
    """Every version of `versions` cleaned; a refused one is added to `errors` and left out."""
    cleaned: dict[str, str | None] = {}
    for key, value in versions.items():
        try:
            cleaned[key] = clean_version(key, value)
        except FieldError as exc:
            errors.append(exc)
    return cleaned


def with_versions(
    translations: dict[str, dict[str, Any]] | None, versions: Versions
) -> dict[str, dict[str, Any]]:
    """A copy of `translations` with the (cleaned) `versions` set."""
    changed = dict(translations or {})
    for key, value in versions.items():
        field, language = _PARTS[key]
        changed = with_version(changed, field, language, value)
    return changed
