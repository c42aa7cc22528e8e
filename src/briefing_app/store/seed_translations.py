"""The shipped dataset's texts in other languages (`translations` of its items), as records keep
them.

A record the dataset creates takes them whole. A record an earlier release created (before the
records had versions in other languages) gets the versions it lacks, each only where the record
still holds the very English text the version translates: a text the user changed keeps no
translation of the old one, and a version the user wrote is never replaced.
"""

from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session

from briefing_app.domain import models as m
from briefing_app.domain.authors import NOTES_AUTHOR
from briefing_app.domain.translations import OFFICE_TRANSLATION, version, with_version

Link = TypeVar("Link", m.DelegationMember, m.MeetingParticipant)


def versions(obj: m.Base, item: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The dataset item's `translations` as `obj` keeps them: its model's translated fields,
    each under the text rules of the field's English column, and the office's mark."""
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


def remark(action_id: int, item: dict[str, Any]) -> m.Comment:
    """An action's `notes` as the first comment of its thread (the office's remark), with
    their versions in other languages."""
    comment = m.Comment(kind="action", record_id=action_id, author=NOTES_AUTHOR, text=item["notes"])
    comment.translations = versions(comment, _as_remark(item))
    return comment


def complete_remark(session: Session, action: m.FollowUpAction, item: dict[str, Any]) -> None:
    """Give the remark an earlier release made of an action's `notes` the versions it lacks
    (where it still reads as the dataset wrote it)."""
    if not item.get("notes"):
        return
    found = session.scalars(
        sa.select(m.Comment).where(
            m.Comment.kind == "action",
            m.Comment.record_id == action.id,
            m.Comment.author == NOTES_AUTHOR,
            m.Comment.text == item["notes"],
        )
    ).first()
    if found is not None:
        _complete(found, _as_remark(item))


def _as_remark(item: dict[str, Any]) -> dict[str, Any]:
    """The dataset's action item as its remark comment: `notes` is the comment's `text`."""
    return {
        "text": item["notes"],
        "translations": {
            language: {
                "text": fields["notes"],
                **{k: v for k, v in fields.items() if k == OFFICE_TRANSLATION},
            }
            for language, fields in item.get("translations", {}).items()
            if fields.get("notes")
        },
    }
