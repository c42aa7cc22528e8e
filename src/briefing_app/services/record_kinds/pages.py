"""The desktop app's pages for the record kinds the first lists did not cover (events,
organisations, event facts), read page by page and sorted in SQL like services/listing.py; and
a record "sheet" for a generic detail pane: the record's values, the names of the records it
points at, and the records that point at it (an event's programme, meetings and facts)."""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, aliased, selectinload

from briefing_app.domain import models as m
from briefing_app.domain.enums import Country, EventKind, OrganisationKind
from briefing_app.domain.record_kind import RecordKind
from briefing_app.domain.shown_text import area_name, area_other_name, shown
from briefing_app.i18n import QT_TRANSLATE_NOOP
from briefing_app.services.listing import (
    Folder,
    read_page,
    shown_folded,
)
from briefing_app.services.ordering import SortKeys, sort_order
from briefing_app.services.pages import Page, PageRequest
from briefing_app.services.record_kinds.editing import read_record
from briefing_app.services.record_kinds.fields import FieldType, Vocabulary
from briefing_app.services.record_kinds.registry import MODELS, SPECS, label_of
from briefing_app.services.record_kinds.spec import RecordData, RecordRow
from briefing_app.services.search_terms import matches_all
from briefing_app.store.unit_of_work import reading


@dataclass(frozen=True)
class EventListRow:
    id: int
    name: str
    kind: EventKind
    starts_on: date | None
    venue: str | None
    parent_id: int | None
    parent: str | None


@dataclass(frozen=True)
class OrganisationListRow:
    id: int
    name: str
    name_native: str | None
    kind: OrganisationKind
    country: Country
    locality: str | None


@dataclass(frozen=True)
class FactListRow:
    id: int
    label: str
    value: str
    event_id: int
    event: str
    sources: int


# --- events ------------------------------------------------------------------------------------


def _event_select(engine: Engine, search: str | None) -> tuple[sa.Select[Any], SortKeys]:
    fold, shown_text = Folder(engine), shown_folded(engine)
    event, parent = m.Event, aliased(m.Event)
    query = (
        sa.select(event)
        .outerjoin(parent, parent.id == event.parent_id)
        .where(
            matches_all(
                search,
                fold(event.name),
                fold(sa.func.coalesce(event.venue, "")),
                fold(sa.func.coalesce(event.theme, "")),
            )
        )
    )
    keys: SortKeys = {
        "id": [event.id],
        "name": [shown_text(event, "name")],
        "kind": [event.kind],
        "date": [event.starts_on, event.start_time],
        "venue": [shown_text(event, "venue")],
        "parent": [shown_text(parent, "name")],
    }
    return query, keys


def page_events(
    engine: Engine, search: str | None = None, request: PageRequest | None = None
) -> Page[EventListRow]:
    """Events, forums and their programme items; by start date unless asked otherwise."""
    request = request or PageRequest()
    query, keys = _event_select(engine, search)
    event = m.Event

    def rows(_session: Any, events: list[m.Event]) -> list[EventListRow]:
        return [
            EventListRow(
                e.id,
                shown(e, "name"),
                e.kind,
                e.starts_on,
                shown(e, "venue"),
                e.parent_id,
                shown(e.parent, "name") if e.parent else None,
            )
            for e in events
        ]

    return read_page(
        engine,
        query,
        request,
        rows,
        ordering=sort_order(keys, request, "date", event.id),
        loads=[selectinload(event.parent)],
    )


# --- organisations -----------------------------------------------------------------------------


def _organisation_select(engine: Engine, search: str | None) -> tuple[sa.Select[Any], SortKeys]:
    organisation, locality = m.Organisation, aliased(m.Locality)
    shown_text = shown_folded(engine)
    query = (
        sa.select(organisation)
        .outerjoin(locality, locality.id == organisation.locality_id)
        .where(matches_all(search, organisation.name_folded))
    )
    keys: SortKeys = {
        "id": [organisation.id],
        "name": [shown_text(organisation, "name", organisation.name_folded)],
        "native": [organisation.name_native],
        "kind": [organisation.kind],
        "country": [sa.case((organisation.country == "VN", 0), else_=1)],
        "locality": [shown_text(locality, "name", locality.name_folded)],
    }
    return query, keys


def page_organisations(
    engine: Engine, search: str | None = None, request: PageRequest | None = None
) -> Page[OrganisationListRow]:
    request = request or PageRequest()
    query, keys = _organisation_select(engine, search)
    organisation = m.Organisation

    def rows(_session: Any, found: list[m.Organisation]) -> list[OrganisationListRow]:
        return [
            OrganisationListRow(
                o.id,
                shown(o, "name"),
                o.name_native,
                o.kind,
                o.country,
                shown(o.locality, "name") if o.locality else None,
            )
            for o in found
        ]

    return read_page(
        engine,
        query,
        request,
        rows,
        ordering=sort_order(keys, request, "name", organisation.id),
        loads=[selectinload(organisation.locality)],
    )


# --- event facts -------------------------------------------------------------------------------


def _fact_select(engine: Engine, search: str | None) -> tuple[sa.Select[Any], SortKeys]:
    fold, shown_text = Folder(engine), shown_folded(engine)
    fact, event = m.EventFact, aliased(m.Event)
    query = (
        sa.select(fact)
        .join(event, event.id == fact.event_id)
        .where(matches_all(search, fold(fact.label), fold(fact.value), fold(event.name)))
    )
    cited = (
        sa.select(sa.func.count())
        .select_from(m.Citation)
        .where(m.Citation.fact_id == fact.id)
        .scalar_subquery()
    )
    keys: SortKeys = {
        "id": [fact.id],
        "sources": [cited],
        "label": [shown_text(fact, "label")],
        "value": [shown_text(fact, "value")],
        "event": [shown_text(event, "name")],
    }
    return query, keys


def page_facts(
    engine: Engine, search: str | None = None, request: PageRequest | None = None
) -> Page[FactListRow]:
    """Event facts; two values for one label stay two rows, side by side when sorted by label."""
    request = request or PageRequest()
    query, keys = _fact_select(engine, search)
    fact = m.EventFact

    def rows(session: Any, facts: list[m.EventFact]) -> list[FactListRow]:
        counts = dict(
            session.execute(
                sa.select(m.Citation.fact_id, sa.func.count())
                .where(m.Citation.fact_id.in_([f.id for f in facts]))
                .group_by(m.Citation.fact_id)
            ).all()
        )
        return [
            FactListRow(
                f.id,
                shown(f, "label"),
                shown(f, "value"),
                f.event_id,
                shown(f.event, "name"),
                counts.get(f.id, 0),
            )
            for f in facts
        ]

    return read_page(
        engine,
        query,
        request,
        rows,
        ordering=sort_order(keys, request, "label", fact.id),
        loads=[selectinload(fact.event)],
    )


def search_counts(engine: Engine, search: str | None) -> dict[str, int]:
    """How many events, organisations and facts match `search` (the pages' own matching),
    by page slug, as listing.search_counts counts the other lists."""
    selects = {
        "events": _event_select(engine, search)[0],
        "organisations": _organisation_select(engine, search)[0],
        "facts": _fact_select(engine, search)[0],
    }
    with reading(engine) as session:
        return {
            slug: int(session.scalar(sa.select(sa.func.count()).select_from(q.subquery())) or 0)
            for slug, q in selects.items()
        }


# --- one record, for a detail pane -------------------------------------------------------------


@dataclass(frozen=True)
class Related:
    """Records that point at the one shown (title marked with QT_TRANSLATE_NOOP("Fields"))."""

    title: str
    rows: tuple[RecordRow, ...]


@dataclass(frozen=True)
class RecordSheet:
    """A record's values with the names of what they point at, and what points at it."""

    record: RecordData
    #: the records its references name, by target (a RecordKind or Vocabulary value)
    names: dict[str, tuple[RecordRow, ...]] = field(default_factory=dict)
    related: tuple[Related, ...] = ()
    # each field with versions in other languages, as the reader gets it (in the reading
    # language, else another one, tagged: domain.shown_text), by the field's key
    texts: dict[str, Any] = field(default_factory=dict)


def _ids(record: RecordData) -> dict[RecordKind | Vocabulary, set[int]]:
    wanted: dict[RecordKind | Vocabulary, set[int]] = {}
    for spec in SPECS[record.kind].fields:
        value = record.values.get(spec.key)
        if spec.target is None or value in (None, []):
            continue
        found = wanted.setdefault(spec.target, set())
        if spec.type is FieldType.REFERENCE:
            found.add(int(value))
        elif spec.type is FieldType.REFERENCES:
            found.update(int(v) for v in value)
        elif spec.type is FieldType.MEMBERS:
            found.update(int(i["person_id"]) for i in value)
        elif spec.type is FieldType.CITATIONS:
            found.update(int(i["source_id"]) for i in value)
    return wanted


def _rows(
    session: Session, target: RecordKind | Vocabulary, ids: Iterable[int]
) -> tuple[RecordRow, ...]:
    ids = sorted(ids)
    if isinstance(target, Vocabulary):
        areas = session.scalars(sa.select(m.CooperationArea).where(m.CooperationArea.id.in_(ids)))
        return tuple(
            RecordRow(Vocabulary.AREA, a.id, 1, area_name(a), area_other_name(a)) for a in areas
        )
    model: Any = MODELS[target]
    found = session.scalars(sa.select(model).where(model.id.in_(ids)))
    return tuple(RecordRow(target, r.id, r.version, label_of(target, r)) for r in found)


def _pointing(
    session: Session, kind: RecordKind, column: Any, record_id: int, order: Any
) -> tuple[RecordRow, ...]:
    model: Any = MODELS[kind]
    found = session.scalars(sa.select(model).where(column == record_id).order_by(*order))
    return tuple(RecordRow(kind, r.id, r.version, label_of(kind, r)) for r in found)


def _related(session: Session, kind: RecordKind, record_id: int) -> tuple[Related, ...]:
    if kind is RecordKind.EVENT:
        return (
            Related(
                QT_TRANSLATE_NOOP("Fields", "Programme"),
                _pointing(
                    session,
                    RecordKind.EVENT,
                    m.Event.parent_id,
                    record_id,
                    (m.Event.starts_on, m.Event.start_time, m.Event.id),
                ),
            ),
            Related(
                QT_TRANSLATE_NOOP("Fields", "Meetings"),
                _pointing(
                    session,
                    RecordKind.MEETING,
                    m.Meeting.event_id,
                    record_id,
                    (m.Meeting.held_on, m.Meeting.id),
                ),
            ),
            Related(
                QT_TRANSLATE_NOOP("Fields", "Delegations"),
                _pointing(
                    session,
                    RecordKind.DELEGATION,
                    m.Delegation.event_id,
                    record_id,
                    (m.Delegation.name_folded, m.Delegation.id),
                ),
            ),
            Related(
                QT_TRANSLATE_NOOP("Fields", "Facts"),
                _pointing(
                    session,
                    RecordKind.FACT,
                    m.EventFact.event_id,
                    record_id,
                    (m.EventFact.label, m.EventFact.id),
                ),
            ),
        )
    if kind is RecordKind.ORGANISATION:
        return (
            Related(
                QT_TRANSLATE_NOOP("Fields", "People"),
                _pointing(
                    session,
                    RecordKind.PERSON,
                    m.Person.organisation_id,
                    record_id,
                    (m.Person.name_folded, m.Person.id),
                ),
            ),
        )
    return ()


def record_sheet(engine: Engine, kind: RecordKind, record_id: int) -> RecordSheet:
    """One record for a detail pane (NotFoundError when it does not exist)."""
    record = read_record(engine, kind, record_id)
    model: Any = MODELS[kind]
    with reading(engine) as session:
        names = {target.value: _rows(session, target, ids) for target, ids in _ids(record).items()}
        found = session.get(model, record_id)
        texts = {key: shown(found, key) for key in model.__translatable__} if found else {}
        return RecordSheet(record, names, _related(session, kind, record_id), texts)
