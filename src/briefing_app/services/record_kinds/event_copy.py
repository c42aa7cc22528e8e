""" "New event like this…": a new event with an earlier one's programme structure (its parts,
their kinds, venues, themes and organisers, dates moved by the same number of days), without
its meetings, facts, actions or outcomes, so next year's forum is set up in minutes."""

from collections.abc import Container, Mapping
from datetime import timedelta
from typing import Any

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from briefing_app.domain import models as m
from briefing_app.domain.record_kind import RecordKind
from briefing_app.domain.translations import OTHER_LANGUAGES, version, with_version
from briefing_app.services.record_kinds.checks import check_record
from briefing_app.services.record_kinds.editing import CREATED, read_record, write_fields
from briefing_app.services.record_kinds.registry import SPECS
from briefing_app.services.record_kinds.spec import RecordData
from briefing_app.services.record_kinds.values import parse_values
from briefing_app.services.records import get_record
from briefing_app.store.unit_of_work import writing

#: What a part of the programme keeps from the event it is copied from.
_PROGRAMME = ("name", "kind", "theme", "venue", "start_time")


def _programme_versions(event: m.Event, given: Container[str]) -> dict[str, Any]:
    """The versions in other languages of `event`'s programme texts, but none of a text `given`
    anew (the old version translates the old text; a version given anew is written after)."""
    versions: dict[str, Any] = {}
    for language in OTHER_LANGUAGES:
        for key in _PROGRAMME:
            if key not in given:
                versions = with_version(versions, key, language, version(event, key, language))
    return versions


def _shifted(day: Any, by: timedelta) -> Any:
    return None if day is None else day + by


def _copy_parts(
    session: Session, old: m.Event, new: m.Event, shift: timedelta, changed_by: str
) -> int:
    copied = 0
    for part in sorted(old.parts, key=lambda p: (p.starts_on is None, p.starts_on, p.id)):
        twin = m.Event(
            **{key: getattr(part, key) for key in _PROGRAMME},
            starts_on=_shifted(part.starts_on, shift),
            ends_on=_shifted(part.ends_on, shift),
            organisers=list(part.organisers),
            parent=new,
            translations=_programme_versions(part, ()),
        )
        session.add(twin)
        session.flush()
        _created(session, twin, changed_by)
        copied += 1 + _copy_parts(session, part, twin, shift, changed_by)
    return copied


def _created(session: Session, event: m.Event, changed_by: str) -> None:
    session.add(
        m.RecordChange(
            kind=RecordKind.EVENT.value,
            record_id=event.id,
            changed_by=changed_by,
            field=CREATED,
            new_value=event.name,
        )
    )


def copy_event(
    engine: Engine, event_id: int, values: Mapping[str, Any], *, changed_by: str
) -> RecordData:
    """A new event with `values` (JSON, as create reads them) over the fields of event
    `event_id`, and a copy of its programme; dates move by the difference between the new and
    the old start date (none when either is missing)."""
    spec = SPECS[RecordKind.EVENT]
    parsed = parse_values(spec, values, partial=True)
    with writing(engine) as session:
        old = get_record(session, m.Event, event_id)
        new = m.Event(
            **{key: getattr(old, key) for key in _PROGRAMME},
            starts_on=old.starts_on,
            ends_on=old.ends_on,
            parent_id=old.parent_id,
            organisers=list(old.organisers),
            translations=_programme_versions(old, parsed),
        )
        session.add(new)
        write_fields(session, RecordKind.EVENT, new, parsed, None)
        shift = timedelta(0)
        if "starts_on" in parsed and old.starts_on and new.starts_on:
            shift = new.starts_on - old.starts_on
            if "ends_on" not in parsed:
                new.ends_on = _shifted(old.ends_on, shift)
        check_record(session, RecordKind.EVENT, new)
        session.flush()
        _created(session, new, changed_by)
        _copy_parts(session, old, new, shift, changed_by)
        new_id = new.id
    return read_record(engine, RecordKind.EVENT, new_id)
