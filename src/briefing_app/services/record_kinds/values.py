"""Field values between their JSON form (what `show --json` prints, create/edit read and the
form models hold) and the ORM records, by the kind's FieldSpecs.

`parse_values` checks types, text rules and limits without the database; `read_values` and
`write_values` work inside a unit of work, where references are checked to exist.
"""

import json
import re
from collections.abc import Mapping
from datetime import date, time
from enum import StrEnum
from typing import Any

from sqlalchemy.orm import Session

from briefing_app.domain import models as m
from briefing_app.domain.enums import DuePrecision
from briefing_app.domain.errors import FieldError, ValidationError
from briefing_app.domain.ids import LARGEST_ID
from briefing_app.domain.record_kind import RecordKind
from briefing_app.domain.text import clean_text
from briefing_app.domain.translations import (
    OTHER_LANGUAGES,
    translation_key,
    version,
    with_version,
)
from briefing_app.i18n import QT_TRANSLATE_NOOP
from briefing_app.services.record_kinds.fields import ITEM_KEYS, FieldSpec, FieldType, Vocabulary
from briefing_app.services.record_kinds.registry import MODELS
from briefing_app.services.record_kinds.spec import KindSpec

#: Calendar dates and clock times exactly as JSON carries them (not ISO weeks or "2026-1-5").
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_CLOCK = re.compile(r"[0-9]{2}:[0-9]{2}")

#: A key `show --json` prints beside the fields (display names, counts …): accepted on input
#: so that a shown record can be edited and saved back, and ignored.
DISPLAY_KEYS: dict[RecordKind, frozenset[str]] = {
    RecordKind.MEETING: frozenset(
        {"parties", "action_count", "starts_at", "event_name", "cooperation_areas", "actions"}
        | {"sources"}
    ),
    RecordKind.DELEGATION: frozenset(
        {"event_name", "head", "member_count", "meetings", "sources", "locality", "organisation"}
    ),
    RecordKind.ACTION: frozenset(
        {"owner", "counterpart", "due_date", "due_precision", "due_label", "overdue"}
        | {"meeting_title", "cooperation_areas", "agreement", "created_at", "updated_at"}
        | {"history", "sources", "previous_id"}
    ),
}
ALWAYS_SHOWN = frozenset({"id", "version", "label", "history", "comments", "attachments"})


def _refused(key: str, template: str, **values: Any) -> FieldError:
    return FieldError(key, template, **values)


def _expect_int(key: str, raw: object) -> int:
    if isinstance(raw, bool) or not isinstance(raw, int):
        raise _refused(key, QT_TRANSLATE_NOOP("Messages", "must be a whole number"))
    if not 1 <= raw <= LARGEST_ID:
        raise _refused(key, QT_TRANSLATE_NOOP("Messages", "is not a valid id: {value}"), value=raw)
    return raw


def _text(spec: FieldSpec, raw: object, *, required: bool) -> str | None:
    if raw is not None and not isinstance(raw, str):
        raise _refused(spec.key, QT_TRANSLATE_NOOP("Messages", "must be text"))
    return clean_text(
        raw,
        field=spec.key,
        max_length=spec.max_length or m.LONG_TEXT_LIMIT,
        required=required,
        multiline=spec.type in (FieldType.LONG_TEXT, FieldType.POINTS, FieldType.ASKS),
    )


def _items(spec: FieldSpec, raw: object) -> list[Any]:
    if not isinstance(raw, list):
        raise _refused(spec.key, QT_TRANSLATE_NOOP("Messages", "must be a list"))
    if len(raw) > 1000:
        raise _refused(spec.key, QT_TRANSLATE_NOOP("Messages", "has more than 1,000 items"))
    return raw


def _objects(spec: FieldSpec, raw: object) -> list[dict[str, Any]]:
    """A list of objects with the item keys of the field (extra display keys ignored)."""
    keys = ITEM_KEYS[spec.type]
    items = []
    for item in _items(spec, raw):
        if not isinstance(item, dict):
            raise _refused(
                spec.key,
                QT_TRANSLATE_NOOP("Messages", "must be a list of objects with the keys {keys}"),
                keys=", ".join(keys),
            )
        items.append({k: item.get(k) for k in keys})
    return items


def _parse_one(spec: FieldSpec, raw: object) -> Any:  # noqa: C901 - one branch per type
    """The Python value of one field from its JSON value; FieldError if refused."""
    key = spec.key
    kind = spec.type
    if kind in (FieldType.TEXT, FieldType.LONG_TEXT):
        return _text(spec, raw, required=spec.required)
    if raw is None:
        if spec.required:
            raise _refused(key, QT_TRANSLATE_NOOP("Messages", "is required"))
        return spec.empty()
    if kind is FieldType.INTEGER:
        if isinstance(raw, bool) or not isinstance(raw, int) or not 0 <= raw <= 2**63 - 1:
            raise _refused(key, QT_TRANSLATE_NOOP("Messages", "must be a whole number, 0 or more"))
        return raw
    if kind is FieldType.DECIMAL:
        if isinstance(raw, bool) or not isinstance(raw, int | float) or not 0 <= raw < 1e12:
            raise _refused(key, QT_TRANSLATE_NOOP("Messages", "must be a number, 0 or more"))
        return float(raw)
    if kind is FieldType.DATE:
        if isinstance(raw, str) and _ISO_DATE.fullmatch(raw):
            try:
                return date.fromisoformat(raw)
            except ValueError:
                pass
        raise _refused(
            key, QT_TRANSLATE_NOOP("Messages", "must be a date like 2026-11-25: {value}"), value=raw
        )
    if kind is FieldType.TIME:
        if isinstance(raw, str) and _CLOCK.fullmatch(raw):
            try:
                return time.fromisoformat(raw)
            except ValueError:
                pass
        raise _refused(
            key, QT_TRANSLATE_NOOP("Messages", "must be a time like 14:30: {value}"), value=raw
        )
    if kind is FieldType.CHOICE:
        if raw not in spec.choices:
            raise _refused(
                key,
                QT_TRANSLATE_NOOP("Messages", "must be one of {choices}: {value}"),
                choices=", ".join(spec.choices),
                value=raw,
            )
        return raw
    if kind is FieldType.REFERENCE:
        return _expect_int(key, raw)
    if kind is FieldType.REFERENCES:
        ids = [_expect_int(key, item) for item in _items(spec, raw)]
        return list(dict.fromkeys(ids))
    if kind is FieldType.POINTS:
        points = [_text(spec, item, required=False) for item in _items(spec, raw)]
        return [p for p in points if p]
    if kind is FieldType.ASKS:
        asks = []
        for item in _objects(spec, raw):
            ask = _text(spec, item["ask"], required=False)
            if ask:
                asks.append({"ask": ask, "response": _text(spec, item["response"], required=False)})
        return asks
    if kind is FieldType.MEMBERS:
        members: dict[int, dict[str, Any]] = {}
        for item in _objects(spec, raw):
            person = _expect_int(key, item["person_id"])
            members[person] = {
                "person_id": person,
                **{k: _text(spec, item[k], required=False) for k in ITEM_KEYS[kind][1:]},
            }
        return list(members.values())
    if kind is FieldType.CITATIONS:
        citations = []
        for item in _objects(spec, raw):
            field = item["field"]
            if field is not None and not isinstance(field, str):
                raise _refused(key, QT_TRANSLATE_NOOP("Messages", "must be text"))
            citations.append(
                {
                    "source_id": _expect_int(key, item["source_id"]),
                    "field": field,
                    "excerpt": _text(spec, item["excerpt"], required=False),
                }
            )
        return citations
    if kind is FieldType.DUE:
        if not isinstance(raw, dict):
            raise _refused(
                key, QT_TRANSLATE_NOOP("Messages", "must be an object with date and precision")
            )
        try:
            return (
                date.fromisoformat(str(raw.get("date"))),
                DuePrecision(str(raw.get("precision"))),
            )
        except ValueError:
            raise _refused(
                key,
                QT_TRANSLATE_NOOP("Messages", "must be like {example}"),
                example='{"date": "2026-01-01", "precision": "quarter"}',
            ) from None
    if kind is FieldType.PARTY:
        if not isinstance(raw, dict) or raw.get("kind") not in (
            "locality",
            "organisation",
            "person",
        ):
            raise _refused(
                key,
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "must be an object with kind (locality, organisation, person) and id",
                ),
            )
        return {"kind": raw["kind"], "id": _expect_int(key, raw.get("id"))}
    raise AssertionError(kind)


def _missing(spec: KindSpec, field: FieldSpec, data: Mapping[str, Any]) -> FieldError:
    """A required field left empty; when only its versions in other languages were given, the
    message says the English one is needed too (lists sort and name records by it)."""
    if any(data.get(version.key) for version in spec.translations_of(field.key)):
        return _refused(
            field.key,
            QT_TRANSLATE_NOOP(
                "Messages",
                "is required in English too: write it, or copy the Vietnamese text there "
                "until it is translated",
            ),
        )
    return _refused(field.key, QT_TRANSLATE_NOOP("Messages", "is required"))


def parse_values(spec: KindSpec, data: Mapping[str, Any], *, partial: bool) -> dict[str, Any]:
    """The writable fields of `data` as Python values, checked without the database.

    Unknown keys are refused, read-only and display keys ignored; with `partial` False (a new
    record) missing fields take their default, and missing required ones are refused. Raises
    ValidationError naming every refused field; nothing is written by the caller then."""
    errors: list[FieldError] = []
    known = set(spec.keys) | DISPLAY_KEYS.get(spec.kind, frozenset()) | ALWAYS_SHOWN
    for key in data:
        if key not in known:
            errors.append(
                _refused(
                    str(key),
                    QT_TRANSLATE_NOOP("Messages", "is not a field of this kind of record"),
                )
            )
    parsed: dict[str, Any] = {}
    for field in spec.writable:
        if field.key not in data:
            if partial:
                continue
            if field.default is not None:
                parsed[field.key] = field.default
            elif field.required:
                errors.append(_missing(spec, field, data))
            continue
        try:
            parsed[field.key] = _parse_one(field, data[field.key])
        except FieldError as error:
            errors.append(_missing(spec, field, data) if data[field.key] is None else error)
    if errors:
        raise ValidationError(errors)
    return parsed


# --- reading and writing records -----------------------------------------------------------


def _json(value: Any) -> Any:
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return value


def _attr(field: FieldSpec) -> str:
    return field.attribute or field.key


def _party(record: Any, role: str) -> dict[str, Any] | None:
    for kind in ("locality", "organisation", "person"):
        found = getattr(record, f"{role}_{kind}_id")
        if found is not None:
            return {"kind": kind, "id": found}
    return None


def read_value(field: FieldSpec, record: Any) -> Any:
    """The JSON value of one field of a loaded record."""
    kind = field.type
    if kind is FieldType.REFERENCES:
        return [item.id for item in getattr(record, _attr(field))]
    if kind is FieldType.MEMBERS:
        return [
            {
                "person_id": link.person_id,
                "role": link.role,
                **{
                    translation_key("role", language): version(link, "role", language)
                    for language in OTHER_LANGUAGES
                },
                "name": link.person.full_name,
            }
            for link in getattr(record, _attr(field))
        ]
    if kind is FieldType.CITATIONS:
        return [
            {"source_id": c.source_id, "field": c.field, "excerpt": c.excerpt}
            for c in sorted(record.citations, key=lambda c: c.id)
        ]
    if kind is FieldType.DUE:
        if record.due_date is None:
            return None
        return {"date": record.due_date.isoformat(), "precision": record.due_precision.value}
    if kind is FieldType.PARTY:
        return _party(record, field.key.removesuffix("_ref"))
    if field.translation_of is not None:
        assert field.language is not None
        value = version(record, field.translation_of, field.language)
    else:
        value = getattr(record, _attr(field))
    if isinstance(value, list):
        return [dict(v) if isinstance(v, dict) else v for v in value]
    return _json(value)


def stored_value(field: FieldSpec, record: Any) -> Any:
    """The JSON value of one field without display-only parts (a member's name)."""
    value = read_value(field, record)
    if field.type is FieldType.MEMBERS:
        value = [{k: v for k, v in item.items() if k != "name"} for item in value]
    return value


def read_values(spec: KindSpec, record: Any) -> dict[str, Any]:
    return {field.key: read_value(field, record) for field in spec.fields}


def history_text(value: Any) -> str | None:
    """A value as the history shows it: text as is, anything else as compact JSON."""
    if value is None or value == []:
        return None
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


_TARGET_MODELS: dict[RecordKind | Vocabulary, type[m.Base]] = {
    Vocabulary.AREA: m.CooperationArea,
    **{kind: model for kind, model in MODELS.items()},
}

#: One whole sentence per target, so a translation never holds an English noun.
_DANGLING: dict[RecordKind | Vocabulary, str] = {
    RecordKind.EVENT: QT_TRANSLATE_NOOP("Messages", "refers to no event with id {id}"),
    RecordKind.MEETING: QT_TRANSLATE_NOOP("Messages", "refers to no meeting with id {id}"),
    RecordKind.DELEGATION: QT_TRANSLATE_NOOP("Messages", "refers to no delegation with id {id}"),
    RecordKind.PERSON: QT_TRANSLATE_NOOP("Messages", "refers to no person with id {id}"),
    RecordKind.ORGANISATION: QT_TRANSLATE_NOOP(
        "Messages", "refers to no organisation with id {id}"
    ),
    RecordKind.LOCALITY: QT_TRANSLATE_NOOP("Messages", "refers to no locality with id {id}"),
    RecordKind.AGREEMENT: QT_TRANSLATE_NOOP("Messages", "refers to no agreement with id {id}"),
    RecordKind.SOURCE: QT_TRANSLATE_NOOP("Messages", "refers to no source with id {id}"),
    RecordKind.FACT: QT_TRANSLATE_NOOP("Messages", "refers to no fact with id {id}"),
    RecordKind.ACTION: QT_TRANSLATE_NOOP("Messages", "refers to no follow-up action with id {id}"),
    Vocabulary.AREA: QT_TRANSLATE_NOOP("Messages", "refers to no cooperation area with id {id}"),
}


def _load(session: Session, field: FieldSpec, target: RecordKind | Vocabulary, ref: int) -> Any:
    found = session.get(_TARGET_MODELS[target], ref)
    if found is None:
        raise _refused(field.key, _DANGLING[target], id=ref)
    return found


def _role_versions(member: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """A member's `translations` from its "role_vi" … keys."""
    versions: dict[str, dict[str, Any]] = {}
    for language in OTHER_LANGUAGES:
        versions = with_version(
            versions, "role", language, member.get(translation_key("role", language))
        )
    return versions


def write_value(
    session: Session, spec: KindSpec, field: FieldSpec, record: Any, value: Any
) -> None:
    """Set one parsed field on `record` (references checked to exist). Lists of links equal
    to the stored ones are left alone rather than deleted and inserted again."""
    kind = field.type
    if kind in (FieldType.MEMBERS, FieldType.CITATIONS) and stored_value(field, record) == value:
        return
    if kind is FieldType.REFERENCE:
        if value is not None:
            assert field.target is not None
            _load(session, field, field.target, value)
        setattr(record, field.key, value)
    elif kind is FieldType.REFERENCES:
        assert field.target is not None
        target = field.target
        setattr(record, _attr(field), [_load(session, field, target, ref) for ref in value])
    elif kind is FieldType.MEMBERS:
        relationship = getattr(type(record), _attr(field)).property
        link_class = relationship.mapper.class_
        links = [
            link_class(
                person_id=item["person_id"],
                person=_load(session, field, RecordKind.PERSON, item["person_id"]),
                role=item["role"],
                translations=_role_versions(item),
            )
            for item in value
        ]
        collection = getattr(record, _attr(field))
        if collection:
            collection.clear()
            session.flush()  # the old links go before new ones take their (meeting, person) keys
        collection.extend(links)
    elif kind is FieldType.CITATIONS:
        citations = []
        for item in value:
            _load(session, field, RecordKind.SOURCE, item["source_id"])
            if item["field"] is not None and item["field"] not in spec.keys:
                raise _refused(
                    field.key,
                    QT_TRANSLATE_NOOP("Messages", "names a field the record does not have: {name}"),
                    name=item["field"],
                )
            citations.append(
                m.Citation(
                    source_id=item["source_id"], field=item["field"], excerpt=item["excerpt"]
                )
            )
        record.citations = citations
    elif field.translation_of is not None:
        assert field.language is not None
        record.translations = with_version(
            record.translations, field.translation_of, field.language, value
        )
    elif kind is FieldType.CHOICE:
        column = type(record).__table__.c[field.key]
        setattr(record, field.key, None if value is None else column.type.enum_class(value))
    else:
        setattr(record, _attr(field), value)
