"""Every record kind's fields, in form order: the one table the services, the command line
and the desktop app's editors read (DESIGN §9). Limits come from the columns (`_text`)."""

from dataclasses import replace
from enum import StrEnum
from typing import Any, cast

import sqlalchemy as sa

from briefing_app.domain import models as m
from briefing_app.domain.enums import (
    ActionStatus,
    AgreementKind,
    AgreementStatus,
    Classification,
    Country,
    EventKind,
    LocalityKind,
    MeetingKind,
    OrganisationKind,
    Priority,
    Recurrence,
    SourceKind,
    TimeOfDay,
)
from briefing_app.domain.record_kind import RecordKind
from briefing_app.domain.shown_text import FallbackText, fallback_language, shown
from briefing_app.domain.translations import OTHER_LANGUAGES, translation_key
from briefing_app.i18n import QT_TRANSLATE_NOOP
from briefing_app.services.record_kinds.fields import FieldSpec, FieldType, Vocabulary
from briefing_app.services.record_kinds.spec import KindSpec

# The ORM class behind each kind.
MODELS: dict[RecordKind, type[m.Record]] = {
    RecordKind.EVENT: m.Event,
    RecordKind.MEETING: m.Meeting,
    RecordKind.DELEGATION: m.Delegation,
    RecordKind.PERSON: m.Person,
    RecordKind.ORGANISATION: m.Organisation,
    RecordKind.LOCALITY: m.Locality,
    RecordKind.AGREEMENT: m.Agreement,
    RecordKind.SOURCE: m.Source,
    RecordKind.FACT: m.EventFact,
    RecordKind.ACTION: m.FollowUpAction,
}


def _text(model: type[m.Record], key: str, label: str, **extra: object) -> FieldSpec:
    """A text field whose type, length and requiredness are read from its column."""
    column = model.__table__.c[key]
    long = isinstance(column.type, sa.Text)
    return FieldSpec(
        key,
        label,
        FieldType.LONG_TEXT if long else FieldType.TEXT,
        required=not column.nullable,
        max_length=m.LONG_TEXT_LIMIT if long else getattr(column.type, "length", None),
        **extra,  # type: ignore[arg-type]
    )


def _choice(
    key: str,
    label: str,
    enum: type[StrEnum],
    *,
    required: bool = True,
    default: StrEnum | None = None,
) -> FieldSpec:
    return FieldSpec(
        key,
        label,
        FieldType.CHOICE,
        required=required,
        choices=tuple(e.value for e in enum),
        default=None if default is None else default.value,
    )


def _points(key: str, label: str) -> FieldSpec:
    return FieldSpec(key, label, FieldType.POINTS, max_length=m.POINT_LIMIT)


def _date(key: str, label: str) -> FieldSpec:
    return FieldSpec(key, label, FieldType.DATE, hint="2026-11-25")


def _ref(key: str, label: str, target: RecordKind, *, required: bool = False) -> FieldSpec:
    return FieldSpec(key, label, FieldType.REFERENCE, required=required, target=target)


def _people(key: str, label: str) -> FieldSpec:
    """People with a role (a meeting's participants, a delegation's members); the role's limit
    is its column's."""
    role = m.MeetingParticipant.__table__.c.role.type
    return FieldSpec(
        key,
        label,
        FieldType.MEMBERS,
        max_length=getattr(role, "length", None),
        target=RecordKind.PERSON,
    )


def _citations() -> FieldSpec:
    return FieldSpec(
        "citations",
        QT_TRANSLATE_NOOP("Fields", "Sources"),
        FieldType.CITATIONS,
        max_length=2000,
        target=RecordKind.SOURCE,
    )


_CLASSIFICATION = QT_TRANSLATE_NOOP("Fields", "Classification")

_BASE_SPECS: dict[RecordKind, KindSpec] = {
    RecordKind.EVENT: KindSpec(
        RecordKind.EVENT,
        QT_TRANSLATE_NOOP("Fields", "Event"),
        QT_TRANSLATE_NOOP("Fields", "Events"),
        (
            _text(m.Event, "name", QT_TRANSLATE_NOOP("Fields", "Name")),
            _choice("kind", QT_TRANSLATE_NOOP("Fields", "Kind"), EventKind),
            _ref("parent_id", QT_TRANSLATE_NOOP("Fields", "Part of"), RecordKind.EVENT),
            _date("starts_on", QT_TRANSLATE_NOOP("Fields", "Starts on")),
            FieldSpec(
                "start_time",
                QT_TRANSLATE_NOOP("Fields", "Start time"),
                FieldType.TIME,
                hint="09:00",
            ),
            _date("ends_on", QT_TRANSLATE_NOOP("Fields", "Ends on")),
            _text(m.Event, "venue", QT_TRANSLATE_NOOP("Fields", "Venue")),
            FieldSpec(
                "organiser_ids",
                QT_TRANSLATE_NOOP("Fields", "Organisers"),
                FieldType.REFERENCES,
                target=RecordKind.ORGANISATION,
                attribute="organisers",
            ),
            _text(m.Event, "theme", QT_TRANSLATE_NOOP("Fields", "Theme")),
            _text(m.Event, "description", QT_TRANSLATE_NOOP("Fields", "Description")),
            _citations(),
        ),
        "name",
        (("starts_on", "ends_on"),),
    ),
    RecordKind.MEETING: KindSpec(
        RecordKind.MEETING,
        QT_TRANSLATE_NOOP("Fields", "Meeting"),
        QT_TRANSLATE_NOOP("Fields", "Meetings"),
        (
            _text(m.Meeting, "title", QT_TRANSLATE_NOOP("Fields", "Title")),
            _ref("event_id", QT_TRANSLATE_NOOP("Fields", "Event"), RecordKind.EVENT, required=True),
            _choice("kind", QT_TRANSLATE_NOOP("Fields", "Kind"), MeetingKind),
            _date("held_on", QT_TRANSLATE_NOOP("Fields", "Date")),
            _choice(
                "time_of_day", QT_TRANSLATE_NOOP("Fields", "Time of day"), TimeOfDay, required=False
            ),
            FieldSpec(
                "start_time",
                QT_TRANSLATE_NOOP("Fields", "Start time"),
                FieldType.TIME,
                hint="14:30",
            ),
            _text(m.Meeting, "venue", QT_TRANSLATE_NOOP("Fields", "Venue")),
            _text(m.Meeting, "format", QT_TRANSLATE_NOOP("Fields", "Format")),
            _text(m.Meeting, "interpreters", QT_TRANSLATE_NOOP("Fields", "Interpreters")),
            _text(m.Meeting, "press", QT_TRANSLATE_NOOP("Fields", "Press")),
            FieldSpec(
                "party_ids",
                QT_TRANSLATE_NOOP("Fields", "Parties"),
                FieldType.REFERENCES,
                target=RecordKind.DELEGATION,
                attribute="parties",
            ),
            _people("participants", QT_TRANSLATE_NOOP("Fields", "Participants")),
            _points("objectives", QT_TRANSLATE_NOOP("Fields", "Objectives")),
            _points("talking_points", QT_TRANSLATE_NOOP("Fields", "Talking points")),
            FieldSpec(
                "expected_asks",
                QT_TRANSLATE_NOOP("Fields", "Expected asks"),
                FieldType.ASKS,
                max_length=m.POINT_LIMIT,
            ),
            _text(m.Meeting, "summary", QT_TRANSLATE_NOOP("Fields", "Summary or minutes")),
            _points("proposals", QT_TRANSLATE_NOOP("Fields", "Proposals")),
            _points("outcomes", QT_TRANSLATE_NOOP("Fields", "Outcomes")),
            FieldSpec(
                "area_ids",
                QT_TRANSLATE_NOOP("Fields", "Cooperation areas"),
                FieldType.REFERENCES,
                target=Vocabulary.AREA,
                attribute="areas",
            ),
            _choice(
                "classification", _CLASSIFICATION, Classification, default=Classification.PUBLIC
            ),
            _citations(),
        ),
        "title",
    ),
    RecordKind.DELEGATION: KindSpec(
        RecordKind.DELEGATION,
        QT_TRANSLATE_NOOP("Fields", "Delegation"),
        QT_TRANSLATE_NOOP("Fields", "Delegations"),
        (
            _text(m.Delegation, "name", QT_TRANSLATE_NOOP("Fields", "Name")),
            _ref("event_id", QT_TRANSLATE_NOOP("Fields", "Event"), RecordKind.EVENT, required=True),
            _choice("side", QT_TRANSLATE_NOOP("Fields", "Side"), Country),
            _ref("locality_id", QT_TRANSLATE_NOOP("Fields", "Locality"), RecordKind.LOCALITY),
            _ref(
                "organisation_id",
                QT_TRANSLATE_NOOP("Fields", "Organisation"),
                RecordKind.ORGANISATION,
            ),
            _ref("head_id", QT_TRANSLATE_NOOP("Fields", "Head of delegation"), RecordKind.PERSON),
            _people("members", QT_TRANSLATE_NOOP("Fields", "Members")),
            _date("arrives_on", QT_TRANSLATE_NOOP("Fields", "Arrives on")),
            _date("departs_on", QT_TRANSLATE_NOOP("Fields", "Departs on")),
            _text(m.Delegation, "description", QT_TRANSLATE_NOOP("Fields", "Description")),
            _citations(),
        ),
        "name",
        (("arrives_on", "departs_on"),),
    ),
    RecordKind.PERSON: KindSpec(
        RecordKind.PERSON,
        QT_TRANSLATE_NOOP("Fields", "Person"),
        QT_TRANSLATE_NOOP("Fields", "People"),
        (
            _text(m.Person, "full_name", QT_TRANSLATE_NOOP("Fields", "Full name")),
            _text(m.Person, "name_native", QT_TRANSLATE_NOOP("Fields", "Name in native script")),
            _text(m.Person, "position", QT_TRANSLATE_NOOP("Fields", "Position")),
            _ref(
                "organisation_id",
                QT_TRANSLATE_NOOP("Fields", "Organisation"),
                RecordKind.ORGANISATION,
            ),
            _choice("country", QT_TRANSLATE_NOOP("Fields", "Country"), Country),
            _text(m.Person, "biography", QT_TRANSLATE_NOOP("Fields", "Short biography")),
            _choice(
                "personal_data_classification",
                QT_TRANSLATE_NOOP("Fields", "Classification of personal data"),
                Classification,
                default=Classification.PUBLIC,
            ),
            _citations(),
        ),
        "full_name",
    ),
    RecordKind.ORGANISATION: KindSpec(
        RecordKind.ORGANISATION,
        QT_TRANSLATE_NOOP("Fields", "Organisation"),
        QT_TRANSLATE_NOOP("Fields", "Organisations"),
        (
            _text(m.Organisation, "name", QT_TRANSLATE_NOOP("Fields", "Name")),
            _text(
                m.Organisation, "name_native", QT_TRANSLATE_NOOP("Fields", "Name in native script")
            ),
            _choice("kind", QT_TRANSLATE_NOOP("Fields", "Kind"), OrganisationKind),
            _choice("country", QT_TRANSLATE_NOOP("Fields", "Country"), Country),
            _ref("locality_id", QT_TRANSLATE_NOOP("Fields", "Locality"), RecordKind.LOCALITY),
            _citations(),
        ),
        "name",
    ),
    RecordKind.LOCALITY: KindSpec(
        RecordKind.LOCALITY,
        QT_TRANSLATE_NOOP("Fields", "Locality"),
        QT_TRANSLATE_NOOP("Fields", "Localities"),
        (
            _text(m.Locality, "name", QT_TRANSLATE_NOOP("Fields", "Name")),
            _text(m.Locality, "name_native", QT_TRANSLATE_NOOP("Fields", "Name in native script")),
            _choice("country", QT_TRANSLATE_NOOP("Fields", "Country"), Country),
            _choice("kind", QT_TRANSLATE_NOOP("Fields", "Kind"), LocalityKind),
            _text(m.Locality, "leaders", QT_TRANSLATE_NOOP("Fields", "Leaders")),
            FieldSpec("population", QT_TRANSLATE_NOOP("Fields", "Population"), FieldType.INTEGER),
            FieldSpec("area_km2", QT_TRANSLATE_NOOP("Fields", "Area (km²)"), FieldType.DECIMAL),
            _text(m.Locality, "economy", QT_TRANSLATE_NOOP("Fields", "Economy")),
            _text(
                m.Locality,
                "twinning",
                QT_TRANSLATE_NOOP("Fields", "Twinning and earlier agreements"),
            ),
            _text(m.Locality, "notes", QT_TRANSLATE_NOOP("Fields", "Notes")),
            _choice(
                "profile_classification",
                QT_TRANSLATE_NOOP("Fields", "Classification of the profile"),
                Classification,
                default=Classification.PUBLIC,
            ),
            _citations(),
        ),
        "name",
    ),
    RecordKind.AGREEMENT: KindSpec(
        RecordKind.AGREEMENT,
        QT_TRANSLATE_NOOP("Fields", "Agreement"),
        QT_TRANSLATE_NOOP("Fields", "Agreements"),
        (
            _text(m.Agreement, "title", QT_TRANSLATE_NOOP("Fields", "Title")),
            _choice("kind", QT_TRANSLATE_NOOP("Fields", "Kind"), AgreementKind),
            _choice(
                "status",
                QT_TRANSLATE_NOOP("Fields", "Status"),
                AgreementStatus,
                default=AgreementStatus.PROPOSED,
            ),
            FieldSpec(
                "party_ids",
                QT_TRANSLATE_NOOP("Fields", "Parties"),
                FieldType.REFERENCES,
                target=RecordKind.LOCALITY,
                attribute="parties",
            ),
            _ref("meeting_id", QT_TRANSLATE_NOOP("Fields", "Meeting"), RecordKind.MEETING),
            _date("signed_on", QT_TRANSLATE_NOOP("Fields", "Signed on")),
            _text(m.Agreement, "signatories", QT_TRANSLATE_NOOP("Fields", "Signatories")),
            _date("valid_from", QT_TRANSLATE_NOOP("Fields", "Valid from")),
            _date("valid_until", QT_TRANSLATE_NOOP("Fields", "Valid until")),
            _text(m.Agreement, "summary", QT_TRANSLATE_NOOP("Fields", "Summary")),
            _choice(
                "classification", _CLASSIFICATION, Classification, default=Classification.PUBLIC
            ),
            FieldSpec(
                "action_ids",
                QT_TRANSLATE_NOOP("Fields", "Linked follow-up actions"),
                FieldType.REFERENCES,
                target=RecordKind.ACTION,
                read_only=True,
                attribute="actions",
            ),
            _citations(),
        ),
        "title",
        (("valid_from", "valid_until"),),
    ),
    RecordKind.SOURCE: KindSpec(
        RecordKind.SOURCE,
        QT_TRANSLATE_NOOP("Fields", "Source"),
        QT_TRANSLATE_NOOP("Fields", "Sources"),
        (
            _text(m.Source, "title", QT_TRANSLATE_NOOP("Fields", "Title")),
            _choice("kind", QT_TRANSLATE_NOOP("Fields", "Kind"), SourceKind),
            _text(m.Source, "publisher", QT_TRANSLATE_NOOP("Fields", "Publisher")),
            _text(m.Source, "url", QT_TRANSLATE_NOOP("Fields", "URL"), hint="https://"),
            _date("published_on", QT_TRANSLATE_NOOP("Fields", "Published on")),
            _text(m.Source, "language", QT_TRANSLATE_NOOP("Fields", "Language"), hint="vi"),
            _date("accessed_on", QT_TRANSLATE_NOOP("Fields", "Accessed on")),
            _text(m.Source, "note", QT_TRANSLATE_NOOP("Fields", "Note")),
        ),
        "title",
    ),
    RecordKind.FACT: KindSpec(
        RecordKind.FACT,
        QT_TRANSLATE_NOOP("Fields", "Fact"),
        QT_TRANSLATE_NOOP("Fields", "Facts"),
        (
            _ref("event_id", QT_TRANSLATE_NOOP("Fields", "Event"), RecordKind.EVENT, required=True),
            _text(m.EventFact, "label", QT_TRANSLATE_NOOP("Fields", "Label")),
            _text(m.EventFact, "value", QT_TRANSLATE_NOOP("Fields", "Value")),
            _choice(
                "classification", _CLASSIFICATION, Classification, default=Classification.PUBLIC
            ),
            _citations(),
        ),
        "label",
    ),
    RecordKind.ACTION: KindSpec(
        RecordKind.ACTION,
        QT_TRANSLATE_NOOP("Fields", "Follow-up action"),
        QT_TRANSLATE_NOOP("Fields", "Follow-up actions"),
        (
            _text(m.FollowUpAction, "title", QT_TRANSLATE_NOOP("Fields", "Title")),
            _ref(
                "meeting_id",
                QT_TRANSLATE_NOOP("Fields", "Meeting"),
                RecordKind.MEETING,
                required=True,
            ),
            _text(m.FollowUpAction, "description", QT_TRANSLATE_NOOP("Fields", "Description")),
            _choice(
                "status",
                QT_TRANSLATE_NOOP("Fields", "Status"),
                ActionStatus,
                default=ActionStatus.PROPOSED,
            ),
            _choice(
                "priority",
                QT_TRANSLATE_NOOP("Fields", "Priority"),
                Priority,
                default=Priority.NORMAL,
            ),
            _choice(
                "classification", _CLASSIFICATION, Classification, default=Classification.PUBLIC
            ),
            FieldSpec("due", QT_TRANSLATE_NOOP("Fields", "Due"), FieldType.DUE),
            FieldSpec("owner_ref", QT_TRANSLATE_NOOP("Fields", "Owner"), FieldType.PARTY),
            FieldSpec(
                "counterpart_ref", QT_TRANSLATE_NOOP("Fields", "Counterpart"), FieldType.PARTY
            ),
            FieldSpec(
                "area_ids",
                QT_TRANSLATE_NOOP("Fields", "Cooperation areas"),
                FieldType.REFERENCES,
                target=Vocabulary.AREA,
                attribute="areas",
            ),
            _ref("agreement_id", QT_TRANSLATE_NOOP("Fields", "Agreement"), RecordKind.AGREEMENT),
            _text(m.FollowUpAction, "assignee", QT_TRANSLATE_NOOP("Fields", "Assignee")),
            _choice("repeat", QT_TRANSLATE_NOOP("Fields", "Repeats"), Recurrence, required=False),
            _citations(),
        ),
        "title",
    ),
}


def _with_translations(spec: KindSpec) -> KindSpec:
    """`spec` with, right after each field its model translates, that field's version in
    each other language: same type and limits, never required (a version may be missing)."""
    translated = MODELS[spec.kind].__translatable__
    fields: list[FieldSpec] = []
    for field in spec.fields:
        fields.append(field)
        if field.key in translated:
            fields.extend(
                replace(
                    field,
                    key=translation_key(field.key, language),
                    required=False,
                    translation_of=field.key,
                    language=language,
                )
                for language in OTHER_LANGUAGES
            )
    return replace(spec, fields=tuple(fields))


SPECS = {kind: _with_translations(spec) for kind, spec in _BASE_SPECS.items()}


def label_of(kind: RecordKind, record: Any, language: str | None = None) -> str:
    """The name a record is shown by in lists, pickers, the trash and messages, in `language`
    (default: the reading language) or, where that version is missing, another one (tagged:
    domain.shown_text)."""
    title = shown(record, SPECS[kind].title_key, language) or ""
    if kind is RecordKind.FACT:
        value = shown(record, "value", language) or ""
        # tagged as a fallback when either part is (a view marks the whole label)
        other = fallback_language(title) or fallback_language(value)
        label = f"{title}: {value}"
        return FallbackText(label, other) if other else label
    return cast(str, title)
