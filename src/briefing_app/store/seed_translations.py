"""The shipped dataset's texts in other languages (`translations` of its items), as records keep
them.

A record the dataset creates takes them whole. A record an earlier release created (before the
records had versions in other languages) gets the versions it lacks, each only where the record
still holds the very English text the version translates: a text the user changed keeps no
translation of the old one, and a version the user wrote is never replaced.
"""

from typing import Any, TypeVar

from briefing_app.domain import models as m
from briefing_app.domain.translations import OFFICE_TRANSLATION, version, with_version

Link = TypeVar("Link", m.DelegationMember, m.MeetingParticipant)


def versions(obj: m.Base, item: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The dataset item's `translations` as `obj` keeps them: its model's translated fields,
    each under the text rules of the field's English column, and the office's mark. (An
    action's `notes` become the first comment of its thread, which has no versions in other
    languages: their Vietnamese version stays in the dataset.)"""
    kept: dict[str, dict[str, Any]] = {}
    for language, fields in item.get("translations", {}).items():
        texts: dict[str, Any] = {
            key: (
                [obj.clean_field(key, point) for point in value]
                if isinstance(value, list)
                else obj.clean_field(key, value)
            )
            for key, value in fields.items()
            if key in type(obj).__translatable__
        }
        if fields.get(OFFICE_TRANSLATION):
            texts[OFFICE_TRANSLATION] = True
        kept[language] = texts
    return kept


def link(row: Link, item: dict[str, Any]) -> Link:
    """A new delegation member or meeting participant with its role, in each language."""
    row.role = item.get("role")
    row.translations = versions(row, item)
    return row


def complete(obj: m.Record, item: dict[str, Any]) -> bool:
    """Give a record an earlier release created the dataset's versions it lacks, and its
    members' and participants' roles theirs. Returns whether anything was added."""
    added = _complete(obj, item)
    linked = {x["person"]: x for x in (*item.get("members", []), *item.get("participants", []))}
    for row in (*getattr(obj, "members", []), *getattr(obj, "participants", [])):
        found = linked.get(row.person.seed_key)
        if found is not None:
            added = _complete(row, found) or added
    return added


def _complete(obj: m.Base, item: dict[str, Any]) -> bool:
    if not isinstance(obj, m.Translated):
        return False
    current = obj.translations or {}
    for language, fields in versions(obj, item).items():
        had_any = language in current
        for field, value in fields.items():
            missing = field != OFFICE_TRANSLATION and version(obj, field, language) is None
            if missing and getattr(obj, field) == item.get(field):
                current = with_version(current, field, language, value)
        if not had_any and language in current and fields.get(OFFICE_TRANSLATION):
            current[language][OFFICE_TRANSLATION] = True
    if current == (obj.translations or {}):
        return False
    obj.translations = current
    return True
