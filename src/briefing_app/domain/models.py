"""SQLAlchemy 2 typed mappings of DESIGN §2.

Records that come from the shipped dataset carry a `seed_key`; the seed loader uses it to stay
idempotent. Text columns pass through `clean_text` on assignment (NFC, no control characters,
length limits), and the `*_folded` columns are kept in step for accent-free matching.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from enum import StrEnum
from typing import Any, ClassVar

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    Session,
    mapped_column,
    relationship,
    validates,
)

from briefing_app.domain.enums import (
    ActionStatus,
    AgreementKind,
    AgreementStatus,
    Classification,
    Country,
    DuePrecision,
    EventKind,
    LocalityKind,
    MeetingKind,
    OfficeRole,
    OrganisationKind,
    Priority,
    Recurrence,
    SourceKind,
    TimeOfDay,
)
from briefing_app.domain.text import clean_text, fold
from briefing_app.domain.translations import translated_texts

#: Limit for Text columns (String columns carry their own length).
LONG_TEXT_LIMIT = 20_000
#: Limit for one item of a JSON list of points (proposals, outcomes).
POINT_LIMIT = 5_000

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def enum_column(enum: type[StrEnum], name: str) -> sa.Enum:
    """Store an enum as its value (not its Python name), checked by the database too."""
    return sa.Enum(
        enum,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


def folded(source: Any, parts: tuple[str, ...]) -> str:
    """The folded text of the columns `parts` of `source` (a record, or a row holding those
    columns and its `translations`), with their versions in other languages, so a search in
    either language finds it. A version the same as its English text is not repeated (a
    Vietnamese place name is the same in both), so an exact name still matches exactly."""
    texts = [v for v in (getattr(source, p) for p in parts) if v]
    texts += [t for t in translated_texts(source, parts) if t not in texts]
    return fold(" ".join(texts))


class Base(DeclarativeBase):
    metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)

    #: folded column -> the text columns it is built from
    __folded__: ClassVar[dict[str, tuple[str, ...]]] = {}
    #: the text columns a person reads, which have versions in other languages (Translated)
    __translatable__: ClassVar[tuple[str, ...]] = ()

    def refresh_folded(self) -> None:
        for target, parts in self.__folded__.items():
            setattr(self, target, folded(self, parts))

    def clean_field(self, key: str, value: str | None) -> str | None:
        """Apply the domain text rules to a column, taking the limits from its definition.

        A `String(n)` column is single-line with at most n characters; a `Text` column may
        hold several lines up to LONG_TEXT_LIMIT; a JSON list holds items of POINT_LIMIT; a
        non-nullable column is required.
        """
        column = self.__table__.c[key]
        if isinstance(column.type, sa.JSON):
            return clean_text(value, field=key, max_length=POINT_LIMIT, multiline=True)
        length = getattr(column.type, "length", None)
        return clean_text(
            value,
            field=key.replace("_", " "),
            max_length=length or LONG_TEXT_LIMIT,
            required=not column.nullable,
            multiline=isinstance(column.type, sa.Text),
        )


#: SQLite numbers rows with AUTOINCREMENT: an id, once used, is never given again, so a record
#: in the trash keeps its id free for its restore and its history never mixes with another's.
NEVER_REUSE_IDS = {"sqlite_autoincrement": True}


class Record(Base):
    """A table with an integer id; `seed_key` marks rows that came from the shipped dataset."""

    __abstract__ = True
    __table_args__: Any = NEVER_REUSE_IDS

    id: Mapped[int] = mapped_column(primary_key=True)
    seed_key: Mapped[str | None] = mapped_column(sa.String(80), unique=True)


class Tracked:
    """Columns of a record the user edits: `version` is the optimistic lock a save names (bumped
    by each save), the timestamps say when it was created and last changed (None on records
    that predate them)."""

    version: Mapped[int] = mapped_column(default=1, server_default="1")
    created_at: Mapped[datetime | None] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime | None] = mapped_column(default=utcnow, onupdate=utcnow)


class Translated:
    """Versions of the `__translatable__` columns in languages other than English
    (domain.translations describes the shape)."""

    translations: Mapped[dict[str, dict[str, Any]]] = mapped_column(
        sa.JSON, default=dict, server_default="{}"
    )


class AppMeta(Base):
    """Small facts about the database itself (which seed dataset it holds, …)."""

    __tablename__ = "app_meta"

    key: Mapped[str] = mapped_column(sa.String(100), primary_key=True)
    value: Mapped[str] = mapped_column(sa.String(1000))


class AppUser(Base):
    """A member of the office on a team server (PostgreSQL): the login role `name`, what the
    office lets them do and the most restricted records they may read. The server enforces
    both (store.team_access: privileges and row-level security); on SQLite the table stays
    empty, the one user of the file may do everything."""

    __tablename__ = "app_users"

    name: Mapped[str] = mapped_column(sa.String(63), primary_key=True)
    office_role: Mapped[OfficeRole] = mapped_column(enum_column(OfficeRole, "office_role"))
    clearance: Mapped[Classification] = mapped_column(enum_column(Classification, "classification"))
    added_at: Mapped[datetime] = mapped_column(default=utcnow)


class Source(Tracked, Record):
    __tablename__ = "sources"
    __folded__ = {"title_folded": ("title",), "search_folded": ("title", "publisher", "note")}

    kind: Mapped[SourceKind] = mapped_column(enum_column(SourceKind, "source_kind"))
    title: Mapped[str] = mapped_column(sa.String(300))
    publisher: Mapped[str] = mapped_column(sa.String(200))
    url: Mapped[str | None] = mapped_column(sa.String(2000))
    published_on: Mapped[date | None]
    language: Mapped[str] = mapped_column(sa.String(8))
    note: Mapped[str | None] = mapped_column(sa.String(2000))
    accessed_on: Mapped[date | None]
    title_folded: Mapped[str] = mapped_column(sa.Text, default="")
    search_folded: Mapped[str] = mapped_column(sa.Text, default="")

    citations: Mapped[list[Citation]] = relationship(
        back_populates="source", foreign_keys="Citation.source_id"
    )

    @validates("title", "publisher", "url", "note")
    def _validate_text(self, key: str, value: str | None) -> str | None:
        return self.clean_field(key, value)


class CooperationArea(Record):
    __tablename__ = "cooperation_areas"

    name: Mapped[str] = mapped_column(sa.String(200), unique=True)
    name_vi: Mapped[str] = mapped_column(sa.String(200))

    @validates("name", "name_vi")
    def _validate_text(self, key: str, value: str | None) -> str | None:
        return self.clean_field(key, value)


class Locality(Translated, Tracked, Record):
    __tablename__ = "localities"
    __translatable__ = ("name", "leaders", "economy", "twinning", "notes")
    __folded__ = {"name_folded": ("name", "name_native")}

    country: Mapped[Country] = mapped_column(enum_column(Country, "country"))
    kind: Mapped[LocalityKind] = mapped_column(enum_column(LocalityKind, "locality_kind"))
    name: Mapped[str] = mapped_column(sa.String(200))
    name_native: Mapped[str | None] = mapped_column(sa.String(200))
    name_folded: Mapped[str] = mapped_column(sa.String(400), index=True, default="")
    # The profile a briefing officer needs; each figure cites its source (Citation.field).
    leaders: Mapped[str | None] = mapped_column(sa.Text)
    population: Mapped[int | None] = mapped_column(sa.BigInteger)
    area_km2: Mapped[float | None]
    economy: Mapped[str | None] = mapped_column(sa.Text)
    twinning: Mapped[str | None] = mapped_column(sa.Text)
    notes: Mapped[str | None] = mapped_column(sa.Text)
    #: the level of the profile (leaders, population, area, economy, twinning): a brief below
    #: it leaves the profile out and says so
    profile_classification: Mapped[Classification] = mapped_column(
        enum_column(Classification, "classification"),
        default=Classification.PUBLIC,
        server_default=Classification.PUBLIC.value,
    )

    citations: Mapped[list[Citation]] = relationship(back_populates="locality")

    __table_args__ = (
        sa.UniqueConstraint("country", "name", name="country_name"),
        NEVER_REUSE_IDS,
    )

    @validates("name", "name_native", "leaders", "economy", "twinning", "notes")
    def _validate_text(self, key: str, value: str | None) -> str | None:
        return self.clean_field(key, value)


class Organisation(Translated, Tracked, Record):
    __tablename__ = "organisations"
    __translatable__ = ("name",)
    __folded__ = {"name_folded": ("name", "name_native")}

    name: Mapped[str] = mapped_column(sa.String(200))
    name_native: Mapped[str | None] = mapped_column(sa.String(200))
    name_folded: Mapped[str] = mapped_column(sa.String(400), index=True, default="")
    kind: Mapped[OrganisationKind] = mapped_column(
        enum_column(OrganisationKind, "organisation_kind")
    )
    country: Mapped[Country] = mapped_column(enum_column(Country, "country"))
    locality_id: Mapped[int | None] = mapped_column(sa.ForeignKey("localities.id"))

    locality: Mapped[Locality | None] = relationship()
    citations: Mapped[list[Citation]] = relationship(back_populates="organisation")

    @validates("name", "name_native")
    def _validate_text(self, key: str, value: str | None) -> str | None:
        return self.clean_field(key, value)


class Person(Translated, Tracked, Record):
    __tablename__ = "people"
    __translatable__ = ("position", "biography")
    __folded__ = {"name_folded": ("full_name", "name_native")}

    full_name: Mapped[str] = mapped_column(sa.String(200))
    name_native: Mapped[str | None] = mapped_column(sa.String(200))
    name_folded: Mapped[str] = mapped_column(sa.String(400), index=True, default="")
    position: Mapped[str | None] = mapped_column(sa.String(500))
    organisation_id: Mapped[int | None] = mapped_column(sa.ForeignKey("organisations.id"))
    country: Mapped[Country] = mapped_column(enum_column(Country, "country"))
    biography: Mapped[str | None] = mapped_column(sa.Text)
    #: how far the personal data (biography, position) may travel in exports and briefs
    personal_data_classification: Mapped[Classification] = mapped_column(
        enum_column(Classification, "classification"),
        default=Classification.PUBLIC,
        server_default=Classification.PUBLIC.value,
    )

    organisation: Mapped[Organisation | None] = relationship()
    citations: Mapped[list[Citation]] = relationship(back_populates="person")

    @validates("full_name", "name_native", "position", "biography")
    def _validate_text(self, key: str, value: str | None) -> str | None:
        return self.clean_field(key, value)


event_organisers = sa.Table(
    "event_organisers",
    Base.metadata,
    sa.Column("event_id", sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("organisation_id", sa.ForeignKey("organisations.id"), primary_key=True),
)


class Event(Translated, Tracked, Record):
    __tablename__ = "events"
    __translatable__ = ("name", "venue", "theme", "description")

    name: Mapped[str] = mapped_column(sa.String(300))
    kind: Mapped[EventKind] = mapped_column(enum_column(EventKind, "event_kind"))
    theme: Mapped[str | None] = mapped_column(sa.String(500))
    starts_on: Mapped[date | None]
    start_time: Mapped[time | None]
    ends_on: Mapped[date | None]
    venue: Mapped[str | None] = mapped_column(sa.String(500))
    description: Mapped[str | None] = mapped_column(sa.Text)
    parent_id: Mapped[int | None] = mapped_column(sa.ForeignKey("events.id"))

    parent: Mapped[Event | None] = relationship(remote_side="Event.id", back_populates="parts")
    parts: Mapped[list[Event]] = relationship(back_populates="parent")
    organisers: Mapped[list[Organisation]] = relationship(secondary=event_organisers)
    facts: Mapped[list[EventFact]] = relationship(back_populates="event")
    citations: Mapped[list[Citation]] = relationship(back_populates="event")

    @validates("name", "theme", "venue", "description")
    def _validate_text(self, key: str, value: str | None) -> str | None:
        return self.clean_field(key, value)


class EventFact(Translated, Tracked, Record):
    """A key figure about an event. Disagreeing sources give several facts with one label."""

    __tablename__ = "event_facts"
    __translatable__ = ("label", "value")

    event_id: Mapped[int] = mapped_column(sa.ForeignKey("events.id", ondelete="CASCADE"))
    label: Mapped[str] = mapped_column(sa.String(200))
    value: Mapped[str] = mapped_column(sa.String(200))
    classification: Mapped[Classification] = mapped_column(
        enum_column(Classification, "classification"),
        default=Classification.PUBLIC,
        server_default=Classification.PUBLIC.value,
    )

    event: Mapped[Event] = relationship(back_populates="facts")
    citations: Mapped[list[Citation]] = relationship(back_populates="fact")

    @validates("label", "value")
    def _validate_text(self, key: str, value: str | None) -> str | None:
        return self.clean_field(key, value)


class DelegationMember(Translated, Base):
    __tablename__ = "delegation_members"
    __translatable__ = ("role",)

    delegation_id: Mapped[int] = mapped_column(
        sa.ForeignKey("delegations.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(sa.ForeignKey("people.id"), primary_key=True)
    role: Mapped[str | None] = mapped_column(sa.String(200))

    person: Mapped[Person] = relationship()

    @validates("role")
    def _validate_text(self, key: str, value: str | None) -> str | None:
        return self.clean_field(key, value)


class Delegation(Translated, Tracked, Record):
    __tablename__ = "delegations"
    __translatable__ = ("name", "description")
    __folded__ = {"name_folded": ("name",)}

    event_id: Mapped[int] = mapped_column(sa.ForeignKey("events.id"))
    name: Mapped[str] = mapped_column(sa.String(200))
    name_folded: Mapped[str] = mapped_column(sa.String(400), default="")
    side: Mapped[Country] = mapped_column(enum_column(Country, "country"))
    locality_id: Mapped[int | None] = mapped_column(sa.ForeignKey("localities.id"))
    organisation_id: Mapped[int | None] = mapped_column(sa.ForeignKey("organisations.id"))
    head_id: Mapped[int | None] = mapped_column(sa.ForeignKey("people.id"))
    description: Mapped[str | None] = mapped_column(sa.Text)
    arrives_on: Mapped[date | None]
    departs_on: Mapped[date | None]

    event: Mapped[Event] = relationship()
    locality: Mapped[Locality | None] = relationship()
    organisation: Mapped[Organisation | None] = relationship()
    head: Mapped[Person | None] = relationship()
    members: Mapped[list[DelegationMember]] = relationship(cascade="all, delete-orphan")
    citations: Mapped[list[Citation]] = relationship(back_populates="delegation")

    @validates("name", "description")
    def _validate_text(self, key: str, value: str | None) -> str | None:
        return self.clean_field(key, value)


meeting_parties = sa.Table(
    "meeting_parties",
    Base.metadata,
    sa.Column("meeting_id", sa.ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("delegation_id", sa.ForeignKey("delegations.id"), primary_key=True),
)

meeting_areas = sa.Table(
    "meeting_areas",
    Base.metadata,
    sa.Column("meeting_id", sa.ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("area_id", sa.ForeignKey("cooperation_areas.id"), primary_key=True),
)

action_areas = sa.Table(
    "action_areas",
    Base.metadata,
    sa.Column(
        "action_id", sa.ForeignKey("follow_up_actions.id", ondelete="CASCADE"), primary_key=True
    ),
    sa.Column("area_id", sa.ForeignKey("cooperation_areas.id"), primary_key=True),
)

agreement_parties = sa.Table(
    "agreement_parties",
    Base.metadata,
    sa.Column("agreement_id", sa.ForeignKey("agreements.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("locality_id", sa.ForeignKey("localities.id"), primary_key=True),
)


class MeetingParticipant(Translated, Base):
    __tablename__ = "meeting_participants"
    __translatable__ = ("role",)

    meeting_id: Mapped[int] = mapped_column(
        sa.ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(sa.ForeignKey("people.id"), primary_key=True)
    role: Mapped[str | None] = mapped_column(sa.String(200))

    person: Mapped[Person] = relationship()

    @validates("role")
    def _validate_text(self, key: str, value: str | None) -> str | None:
        return self.clean_field(key, value)


class Meeting(Translated, Tracked, Record):
    __tablename__ = "meetings"
    __translatable__ = (
        "title",
        "venue",
        "format",
        "interpreters",
        "press",
        "objectives",
        "talking_points",
        "expected_asks",
        "summary",
        "proposals",
        "outcomes",
    )
    __folded__ = {"title_folded": ("title",), "search_folded": ("title", "summary")}

    event_id: Mapped[int] = mapped_column(sa.ForeignKey("events.id"))
    title: Mapped[str] = mapped_column(sa.String(300))
    kind: Mapped[MeetingKind] = mapped_column(enum_column(MeetingKind, "meeting_kind"))
    held_on: Mapped[date | None]
    time_of_day: Mapped[TimeOfDay | None] = mapped_column(enum_column(TimeOfDay, "time_of_day"))
    start_time: Mapped[time | None]
    venue: Mapped[str | None] = mapped_column(sa.String(500))
    #: in person, online, working lunch …
    format: Mapped[str | None] = mapped_column(sa.String(100))
    #: who interprets, between which languages ("Embassy interpreter, Vietnamese–Japanese")
    interpreters: Mapped[str | None] = mapped_column(sa.String(500))
    #: what the press may do ("open to the press for the first 5 minutes; photo opportunity")
    press: Mapped[str | None] = mapped_column(sa.String(500))
    objectives: Mapped[list[str]] = mapped_column(sa.JSON, default=list, server_default="[]")
    #: key messages, in the order they are to be made
    talking_points: Mapped[list[str]] = mapped_column(sa.JSON, default=list, server_default="[]")
    #: what the counterpart is expected to ask, each with the suggested response:
    #: [{"ask": …, "response": … or None}]
    expected_asks: Mapped[list[dict[str, str | None]]] = mapped_column(
        sa.JSON, default=list, server_default="[]"
    )
    summary: Mapped[str | None] = mapped_column(sa.Text)
    proposals: Mapped[list[str]] = mapped_column(sa.JSON, default=list)
    outcomes: Mapped[list[str]] = mapped_column(sa.JSON, default=list)
    classification: Mapped[Classification] = mapped_column(
        enum_column(Classification, "classification"), default=Classification.PUBLIC
    )
    title_folded: Mapped[str] = mapped_column(sa.Text, default="")
    search_folded: Mapped[str] = mapped_column(sa.Text, default="")

    event: Mapped[Event] = relationship()
    parties: Mapped[list[Delegation]] = relationship(secondary=meeting_parties)
    participants: Mapped[list[MeetingParticipant]] = relationship(cascade="all, delete-orphan")
    areas: Mapped[list[CooperationArea]] = relationship(secondary=meeting_areas)
    actions: Mapped[list[FollowUpAction]] = relationship(
        back_populates="meeting", order_by="FollowUpAction.id"
    )
    citations: Mapped[list[Citation]] = relationship(back_populates="meeting")

    @validates("title", "venue", "format", "interpreters", "press", "summary")
    def _validate_text(self, key: str, value: str | None) -> str | None:
        return self.clean_field(key, value)

    @validates("proposals", "outcomes", "objectives", "talking_points")
    def _validate_points(self, key: str, value: list[str]) -> list[str]:
        cleaned = [self.clean_field(key, item) for item in value]
        return [item for item in cleaned if item]

    @validates("expected_asks")
    def _validate_asks(
        self, key: str, value: list[dict[str, str | None]]
    ) -> list[dict[str, str | None]]:
        asks = []
        for item in value:
            ask = self.clean_field(key, item.get("ask"))
            if ask:
                asks.append({"ask": ask, "response": self.clean_field(key, item.get("response"))})
        return asks


class Agreement(Translated, Tracked, Record):
    """A cooperation document between localities, from first proposal to signature."""

    __tablename__ = "agreements"
    __translatable__ = ("title", "signatories", "summary")
    __folded__ = {"search_folded": ("title",)}

    title: Mapped[str] = mapped_column(sa.String(300))
    kind: Mapped[AgreementKind] = mapped_column(enum_column(AgreementKind, "agreement_kind"))
    status: Mapped[AgreementStatus] = mapped_column(
        enum_column(AgreementStatus, "agreement_status")
    )
    signed_on: Mapped[date | None]
    meeting_id: Mapped[int | None] = mapped_column(sa.ForeignKey("meetings.id"))
    signatories: Mapped[str | None] = mapped_column(sa.Text)
    valid_from: Mapped[date | None]
    valid_until: Mapped[date | None]
    summary: Mapped[str | None] = mapped_column(sa.Text)
    classification: Mapped[Classification] = mapped_column(
        enum_column(Classification, "classification"),
        default=Classification.PUBLIC,
        server_default=Classification.PUBLIC.value,
    )
    search_folded: Mapped[str] = mapped_column(sa.Text, default="")

    meeting: Mapped[Meeting | None] = relationship()
    parties: Mapped[list[Locality]] = relationship(secondary=agreement_parties)
    citations: Mapped[list[Citation]] = relationship(back_populates="agreement")
    #: the follow-up actions linked to it (set on the action)
    actions: Mapped[list[FollowUpAction]] = relationship(
        viewonly=True, order_by="FollowUpAction.id"
    )

    @validates("title", "signatories", "summary")
    def _validate_text(self, key: str, value: str | None) -> str | None:
        return self.clean_field(key, value)


_OWNER_CHECK = (
    "(CASE WHEN {p}_locality_id IS NULL THEN 0 ELSE 1 END"
    " + CASE WHEN {p}_organisation_id IS NULL THEN 0 ELSE 1 END"
    " + CASE WHEN {p}_person_id IS NULL THEN 0 ELSE 1 END) <= 1"
)


class FollowUpAction(Translated, Record):
    """Something a meeting left to do. `version` is the optimistic lock (bumped on each save).

    Owner and counterpart are each at most one of a locality, an organisation or a person.
    """

    __tablename__ = "follow_up_actions"
    __translatable__ = ("title", "description")
    __folded__ = {
        "title_folded": ("title",),
        "search_folded": ("title", "description"),
    }

    meeting_id: Mapped[int] = mapped_column(sa.ForeignKey("meetings.id"), index=True)
    title: Mapped[str] = mapped_column(sa.String(300))
    description: Mapped[str | None] = mapped_column(sa.Text)
    owner_locality_id: Mapped[int | None] = mapped_column(sa.ForeignKey("localities.id"))
    owner_organisation_id: Mapped[int | None] = mapped_column(sa.ForeignKey("organisations.id"))
    owner_person_id: Mapped[int | None] = mapped_column(sa.ForeignKey("people.id"))
    counterpart_locality_id: Mapped[int | None] = mapped_column(sa.ForeignKey("localities.id"))
    counterpart_organisation_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("organisations.id")
    )
    counterpart_person_id: Mapped[int | None] = mapped_column(sa.ForeignKey("people.id"))
    due_date: Mapped[date | None] = mapped_column(index=True)
    due_precision: Mapped[DuePrecision | None] = mapped_column(
        enum_column(DuePrecision, "due_precision")
    )
    status: Mapped[ActionStatus] = mapped_column(
        enum_column(ActionStatus, "action_status"), index=True
    )
    priority: Mapped[Priority] = mapped_column(
        enum_column(Priority, "priority"), default=Priority.NORMAL
    )
    classification: Mapped[Classification] = mapped_column(
        enum_column(Classification, "classification"), default=Classification.PUBLIC
    )
    agreement_id: Mapped[int | None] = mapped_column(sa.ForeignKey("agreements.id"))
    #: the member of the office who carries the action (a user name, as history records it)
    assignee: Mapped[str | None] = mapped_column(sa.String(100), index=True)
    repeat: Mapped[Recurrence | None] = mapped_column(enum_column(Recurrence, "recurrence"))
    #: the occurrence this one follows, for a recurring action marked done
    previous_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("follow_up_actions.id", ondelete="SET NULL"), index=True
    )
    title_folded: Mapped[str] = mapped_column(sa.Text, default="")
    search_folded: Mapped[str] = mapped_column(sa.Text, default="")
    version: Mapped[int] = mapped_column(default=1)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    meeting: Mapped[Meeting] = relationship(back_populates="actions")
    owner_locality: Mapped[Locality | None] = relationship(foreign_keys=[owner_locality_id])
    owner_organisation: Mapped[Organisation | None] = relationship(
        foreign_keys=[owner_organisation_id]
    )
    owner_person: Mapped[Person | None] = relationship(foreign_keys=[owner_person_id])
    counterpart_locality: Mapped[Locality | None] = relationship(
        foreign_keys=[counterpart_locality_id]
    )
    counterpart_organisation: Mapped[Organisation | None] = relationship(
        foreign_keys=[counterpart_organisation_id]
    )
    counterpart_person: Mapped[Person | None] = relationship(foreign_keys=[counterpart_person_id])
    agreement: Mapped[Agreement | None] = relationship()
    areas: Mapped[list[CooperationArea]] = relationship(secondary=action_areas)
    changes: Mapped[list[ActionChange]] = relationship(
        back_populates="action", cascade="all, delete-orphan", order_by="ActionChange.id"
    )
    citations: Mapped[list[Citation]] = relationship(back_populates="action")

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        sa.CheckConstraint(_OWNER_CHECK.format(p="owner"), name="one_owner"),
        sa.CheckConstraint(_OWNER_CHECK.format(p="counterpart"), name="one_counterpart"),
        sa.CheckConstraint(
            "(due_date IS NULL) = (due_precision IS NULL)", name="due_has_precision"
        ),
        # the action list's orders: its first page is read from these, not sorted (issue 16)
        sa.Index("ix_follow_up_actions_due_order", "due_date", "due_precision", "id"),
        sa.Index("ix_follow_up_actions_title_order", "title_folded", "id"),
        # the overview's overdue and due-soon figures (issue 16)
        sa.Index("ix_follow_up_actions_status_due", "status", "due_date", "due_precision", "id"),
        NEVER_REUSE_IDS,
    )

    @validates("title", "description", "assignee")
    def _validate_text(self, key: str, value: str | None) -> str | None:
        return self.clean_field(key, value)


class ActionChange(Base):
    """One field of one action changed: the history the editor and the briefings show."""

    __tablename__ = "action_changes"
    __table_args__ = NEVER_REUSE_IDS

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(
        sa.ForeignKey("follow_up_actions.id", ondelete="CASCADE"), index=True
    )
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    changed_by: Mapped[str] = mapped_column(sa.String(100))
    field: Mapped[str] = mapped_column(sa.String(50))
    old_value: Mapped[str | None] = mapped_column(sa.Text)
    new_value: Mapped[str | None] = mapped_column(sa.Text)
    comment: Mapped[str | None] = mapped_column(sa.String(1000))

    action: Mapped[FollowUpAction] = relationship(back_populates="changes")

    @validates("changed_by", "comment")
    def _validate_text(self, key: str, value: str | None) -> str | None:
        return self.clean_field(key, value)


_CITED = (
    "locality",
    "organisation",
    "person",
    "event",
    "fact",
    "delegation",
    "meeting",
    "agreement",
    "action",
)


class Citation(Base):
    """Links a source to exactly one record it supports, with the supporting excerpt."""

    __tablename__ = "citations"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(sa.ForeignKey("sources.id"), index=True)
    excerpt: Mapped[str | None] = mapped_column(sa.String(2000))
    #: the field of the cited record the source supports ("population"); None: the record
    field: Mapped[str | None] = mapped_column(sa.String(50))
    locality_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("localities.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("people.id", ondelete="CASCADE"), index=True
    )
    event_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("events.id", ondelete="CASCADE"), index=True
    )
    fact_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("event_facts.id", ondelete="CASCADE"), index=True
    )
    delegation_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("delegations.id", ondelete="CASCADE"), index=True
    )
    meeting_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    agreement_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("agreements.id", ondelete="CASCADE"), index=True
    )
    action_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("follow_up_actions.id", ondelete="CASCADE"), index=True
    )

    source: Mapped[Source] = relationship(back_populates="citations", foreign_keys=[source_id])
    locality: Mapped[Locality | None] = relationship(back_populates="citations")
    organisation: Mapped[Organisation | None] = relationship(back_populates="citations")
    person: Mapped[Person | None] = relationship(back_populates="citations")
    event: Mapped[Event | None] = relationship(back_populates="citations")
    fact: Mapped[EventFact | None] = relationship(back_populates="citations")
    delegation: Mapped[Delegation | None] = relationship(back_populates="citations")
    meeting: Mapped[Meeting | None] = relationship(back_populates="citations")
    agreement: Mapped[Agreement | None] = relationship(back_populates="citations")
    action: Mapped[FollowUpAction | None] = relationship(back_populates="citations")

    __table_args__ = (
        sa.CheckConstraint(
            " + ".join(f"CASE WHEN {k}_id IS NULL THEN 0 ELSE 1 END" for k in _CITED) + " = 1",
            name="cites_one_record",
        ),
        NEVER_REUSE_IDS,
    )

    @validates("excerpt")
    def _validate_text(self, key: str, value: str | None) -> str | None:
        return self.clean_field(key, value)


class RecordChange(Base):
    """One field of one record (any kind but follow-up actions, which keep ActionChange)
    changed, or the record was created, deleted or restored: its history."""

    __tablename__ = "record_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(sa.String(20))
    record_id: Mapped[int]
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    changed_by: Mapped[str] = mapped_column(sa.String(100))
    field: Mapped[str] = mapped_column(sa.String(50))
    old_value: Mapped[str | None] = mapped_column(sa.Text)
    new_value: Mapped[str | None] = mapped_column(sa.Text)

    __table_args__ = (
        sa.Index("ix_record_changes_kind_record", "kind", "record_id"),
        NEVER_REUSE_IDS,
    )

    @validates("changed_by")
    def _validate_text(self, key: str, value: str | None) -> str | None:
        return self.clean_field(key, value)


class Comment(Translated, Base):
    """One entry of a record's comment thread. Rows are only added: editing a comment (its
    author, for a short while) adds its new text as a row that `replaces` the old one, and a
    comment taken back is struck through, never deleted. Two people commenting at once
    therefore never conflict."""

    __tablename__ = "comments"
    #: only the dataset's remarks have versions (an officer's comment is in their language)
    __translatable__ = ("text",)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(sa.String(20))
    record_id: Mapped[int]
    author: Mapped[str] = mapped_column(sa.String(100))
    written_at: Mapped[datetime] = mapped_column(default=utcnow)
    text: Mapped[str] = mapped_column(sa.Text)
    #: the earlier text of the same comment this row replaces (an edit)
    replaces_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("comments.id", ondelete="CASCADE"), unique=True
    )
    struck_at: Mapped[datetime | None]
    struck_by: Mapped[str | None] = mapped_column(sa.String(100))

    __table_args__ = (
        sa.Index("ix_comments_kind_record", "kind", "record_id"),
        NEVER_REUSE_IDS,
    )

    @validates("author", "text", "struck_by")
    def _validate_text(self, key: str, value: str | None) -> str | None:
        return self.clean_field(key, value)


class Blob(Base):
    """The bytes of an attached file, stored once however many records it is attached to."""

    __tablename__ = "blobs"

    sha256: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    size: Mapped[int] = mapped_column(sa.BigInteger)
    content: Mapped[bytes] = mapped_column(sa.LargeBinary)


class Attachment(Base):
    """A file kept with a record; for an official document also its number, date and issuer
    ("Công văn số 1234/UBND-NgV, 20/12/2025")."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(sa.String(20))
    record_id: Mapped[int]
    sha256: Mapped[str] = mapped_column(sa.ForeignKey("blobs.sha256"), index=True)
    file_name: Mapped[str] = mapped_column(sa.String(255))
    media_type: Mapped[str] = mapped_column(sa.String(100))
    size: Mapped[int] = mapped_column(sa.BigInteger)
    added_by: Mapped[str] = mapped_column(sa.String(100))
    added_at: Mapped[datetime] = mapped_column(default=utcnow)
    document_number: Mapped[str | None] = mapped_column(sa.String(100))
    issued_on: Mapped[date | None]
    issuer: Mapped[str | None] = mapped_column(sa.String(300))

    __table_args__ = (
        sa.Index("ix_attachments_kind_record", "kind", "record_id"),
        NEVER_REUSE_IDS,
    )

    @validates("file_name", "added_by", "document_number", "issuer")
    def _validate_text(self, key: str, value: str | None) -> str | None:
        return self.clean_field(key, value)


class TrashItem(Base):
    """A deleted record: its row and every row that referred to it, enough to put it back
    under its old id (services.record_kinds.trash)."""

    __tablename__ = "trash"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(sa.String(20))
    record_id: Mapped[int]
    label: Mapped[str] = mapped_column(sa.String(400))
    deleted_at: Mapped[datetime] = mapped_column(default=utcnow)
    deleted_by: Mapped[str] = mapped_column(sa.String(100))
    #: how many references to the record were removed with it
    references: Mapped[int] = mapped_column(default=0)
    #: JSON: {"rows": [[table, {column: value}], …], "cleared": [[table, id, column], …]}
    snapshot: Mapped[str] = mapped_column(sa.Text)

    __table_args__ = (
        sa.UniqueConstraint("kind", "record_id", name="kind_record"),
        NEVER_REUSE_IDS,
    )


@event.listens_for(Session, "before_flush")
def _refresh_folded_columns(session: Session, flush_context: Any, instances: Any) -> None:
    for obj in (*session.new, *session.dirty):
        if isinstance(obj, Base) and obj.__folded__:
            obj.refresh_folded()
