"""What the forum overview shows (services/overview.py reads it): plain records, in a module
without database code, so a start can show the figures it remembered (services/
overview_snapshot.py) before SQLAlchemy is loaded (issue 16)."""

from dataclasses import dataclass
from datetime import date

from briefing_app.domain.enums import ActionStatus, EventKind
from briefing_app.services.dto import ActionRow, EventRow, SourceRef


@dataclass(frozen=True)
class FactRow:
    id: int
    label: str
    value: str
    sources: list[SourceRef]


@dataclass(frozen=True)
class EventPart:
    id: int
    name: str
    kind: EventKind
    starts_on: date | None


@dataclass(frozen=True)
class EventSummary(EventRow):
    """The event's own fields plus what the overview shows around them."""

    organisers: list[str]
    parts: list[EventPart]
    sources: list[SourceRef]


@dataclass(frozen=True)
class RecordCounts:
    delegations: int
    meetings: int
    actions: int
    open_actions: int
    overdue_actions: int
    due_soon_actions: int
    localities: int
    agreements: int
    people: int
    sources: int


@dataclass(frozen=True)
class StatusCount:
    status: ActionStatus
    count: int


@dataclass(frozen=True)
class ForumOverview:
    event: EventSummary | None
    facts: list[FactRow]
    counts: RecordCounts
    by_status: list[StatusCount]
    overdue: list[ActionRow]
    due_soon: list[ActionRow]
    today: date
    horizon: date
