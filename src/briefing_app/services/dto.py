"""Plain frozen records passed between services and their two faces (GUI and CLI).

`as_json()` gives the stable keys of the CLI contract (DESIGN §3).
"""

from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any, Literal

from briefing_app.domain.enums import (
    ActionStatus,
    Classification,
    Country,
    DuePrecision,
    EventKind,
    LocalityKind,
    MeetingKind,
    Priority,
    Recurrence,
)
from briefing_app.domain.record_kind import RecordKind

PartyKind = Literal["locality", "organisation", "person"]


def _plain(value: Any) -> Any:
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


class JsonRecord:
    __slots__ = ()  # a subclass with slots has no __dict__ (PartyRef: 52,000 in a pick list)

    def as_json(self) -> dict[str, Any]:
        return _plain(asdict(self))  # type: ignore[call-overload, no-any-return]


@dataclass(frozen=True, slots=True)
class PartyRef(JsonRecord):
    """A locality, organisation or person that owns an action or is its counterpart."""

    kind: PartyKind
    id: int
    name: str


@dataclass(frozen=True)
class EventRow(JsonRecord):
    id: int
    name: str
    kind: EventKind
    theme: str | None
    starts_on: date | None
    ends_on: date | None
    venue: str | None
    description: str | None


@dataclass(frozen=True)
class LocalityRow(JsonRecord):
    id: int
    name: str
    name_native: str | None
    country: Country
    kind: LocalityKind


@dataclass(frozen=True)
class SourceRef(JsonRecord):
    id: int
    title: str
    publisher: str
    url: str | None
    published_on: date | None
    excerpt: str | None = None


@dataclass(frozen=True)
class PersonRow(JsonRecord):
    id: int
    full_name: str
    name_native: str | None
    position: str | None
    country: Country
    role: str | None = None


@dataclass(frozen=True)
class DelegationRow(JsonRecord):
    id: int
    name: str
    side: Country
    event_id: int
    locality: str | None
    head: str | None
    member_count: int


@dataclass(frozen=True)
class MeetingRow(JsonRecord):
    id: int
    title: str
    kind: MeetingKind
    event_id: int
    starts_at: date | None
    parties: list[str]
    action_count: int
    classification: Classification


@dataclass(frozen=True)
class ActionRow(JsonRecord):
    id: int
    title: str
    meeting_id: int
    meeting_title: str
    owner: str | None
    counterpart: str | None
    due_date: date | None
    due_precision: DuePrecision | None
    due_label: str
    overdue: bool
    status: ActionStatus
    priority: Priority
    classification: Classification
    version: int
    assignee: str | None = None
    repeat: Recurrence | None = None


@dataclass(frozen=True)
class ChangeRow(JsonRecord):
    id: int
    changed_at: datetime
    changed_by: str
    field: str
    old_value: str | None
    new_value: str | None
    comment: str | None


@dataclass(frozen=True)
class CommentRow:
    """One comment as the thread shows it: its latest text, when it was first written."""

    #: the row holding the latest text (the one an edit or a strike names)
    id: int
    author: str
    written_at: datetime
    text: str
    edited_at: datetime | None
    struck_at: datetime | None
    struck_by: str | None
    #: earlier texts of an edited comment, oldest first
    earlier: tuple[str, ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "author": self.author,
            "written_at": _iso(self.written_at),
            "text": self.text,
            "edited_at": _iso(self.edited_at),
            "struck_at": _iso(self.struck_at),
            "struck_by": self.struck_by,
            "earlier": list(self.earlier),
        }


def _iso(moment: datetime | None) -> str | None:
    """A stored time (UTC) with its offset, so a script in another time zone reads it right:
    "2026-12-01T21:03:34+00:00"."""
    return moment.replace(tzinfo=UTC).isoformat(timespec="seconds") if moment else None


@dataclass(frozen=True)
class OfficialDocument:
    """What identifies an official document: "Công văn số 1234/UBND-NgV, 20/12/2025"."""

    number: str | None = None
    issued_on: date | None = None
    issuer: str | None = None


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    kind: RecordKind
    record_id: int
    file_name: str
    media_type: str
    size: int
    sha256: str
    added_by: str
    added_at: datetime
    document: OfficialDocument

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind.value,
            "record_id": self.record_id,
            "file_name": self.file_name,
            "media_type": self.media_type,
            "size": self.size,
            "sha256": self.sha256,
            "added_by": self.added_by,
            "added_at": _iso(self.added_at),
            "number": self.document.number,
            "issued_on": self.document.issued_on.isoformat() if self.document.issued_on else None,
            "issuer": self.document.issuer,
        }


@dataclass(frozen=True)
class ActionDetail(JsonRecord):
    action: ActionRow
    description: str | None
    owner_ref: PartyRef | None
    counterpart_ref: PartyRef | None
    cooperation_areas: list[str]
    agreement: str | None
    created_at: datetime
    updated_at: datetime
    history: list[ChangeRow]
    sources: list[SourceRef]
    #: the occurrence this one follows (a recurring action)
    previous_id: int | None = None
    comments: list[CommentRow] = field(default_factory=list)
    attachments: list[AttachmentRow] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        data = self.action.as_json()
        extra = _plain(asdict(self))
        del extra["action"]
        data.update(extra)
        # as `comments` and `attachments` on the command line show them
        data["comments"] = [c.as_json() for c in self.comments]
        data["attachments"] = [a.as_json() for a in self.attachments]
        return data


@dataclass(frozen=True)
class MeetingDetail(JsonRecord):
    meeting: MeetingRow
    event_name: str
    time_of_day: str | None
    venue: str | None
    summary: str | None
    proposals: list[str]
    outcomes: list[str]
    cooperation_areas: list[str]
    participants: list[PersonRow]
    actions: list[ActionRow]
    sources: list[SourceRef]

    def as_json(self) -> dict[str, Any]:
        data = self.meeting.as_json()
        extra = _plain(asdict(self))
        del extra["meeting"]
        data.update(extra)
        return data


@dataclass(frozen=True)
class DelegationDetail(JsonRecord):
    delegation: DelegationRow
    event_name: str
    description: str | None
    head: PersonRow | None
    members: list[PersonRow]
    meetings: list[MeetingRow]
    sources: list[SourceRef] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        data = self.delegation.as_json()
        extra = _plain(asdict(self))
        del extra["delegation"]
        data.update(extra)
        return data
