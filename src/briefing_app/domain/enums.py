"""Controlled values. Stored, printed and typed on the command line as their lower-case values."""

from enum import StrEnum


class Country(StrEnum):
    VN = "VN"
    JP = "JP"


class LocalityKind(StrEnum):
    PROVINCE = "province"
    CITY = "city"
    PREFECTURE = "prefecture"
    METROPOLIS = "metropolis"
    CIRCUIT = "circuit"
    URBAN_PREFECTURE = "urban_prefecture"


class OrganisationKind(StrEnum):
    MINISTRY = "ministry"
    EMBASSY = "embassy"
    PEOPLES_COMMITTEE = "peoples_committee"
    GOVERNMENT = "government"
    COMPANY = "company"
    UNIVERSITY = "university"
    ASSOCIATION = "association"
    AGENCY = "agency"
    OTHER = "other"


class EventKind(StrEnum):
    FORUM = "forum"
    PRESS_CONFERENCE = "press_conference"
    PLENARY = "plenary"
    THEMATIC_SESSION = "thematic_session"
    EXHIBITION = "exhibition"
    OTHER = "other"


class MeetingKind(StrEnum):
    BILATERAL = "bilateral"
    RECEPTION = "reception"
    PLENARY = "plenary"
    COURTESY_CALL = "courtesy_call"
    THEMATIC_SESSION = "thematic_session"
    PRESS_CONFERENCE = "press_conference"
    OTHER = "other"


class TimeOfDay(StrEnum):
    MORNING = "morning"
    AFTERNOON = "afternoon"
    EVENING = "evening"


class AgreementKind(StrEnum):
    COOPERATION_DOCUMENT = "cooperation_document"
    MEMORANDUM = "memorandum"
    AGREEMENT = "agreement"
    OTHER = "other"


class AgreementStatus(StrEnum):
    """From first proposal to the end of validity, in the order an agreement goes through."""

    PROPOSED = "proposed"
    UNDER_DISCUSSION = "under_discussion"
    AGREED_IN_PRINCIPLE = "agreed_in_principle"
    SIGNED = "signed"
    IN_FORCE = "in_force"
    EXPIRED = "expired"
    TERMINATED = "terminated"
    ABANDONED = "abandoned"


class ActionStatus(StrEnum):
    PROPOSED = "proposed"
    AGREED = "agreed"
    IN_PROGRESS = "in_progress"
    #: the office has done its part and waits on the counterpart (a reply, a draft, a visit)
    WAITING = "waiting"
    DONE = "done"
    BLOCKED = "blocked"
    CANCELLED = "cancelled"

    @property
    def is_open(self) -> bool:
        return self not in (ActionStatus.DONE, ActionStatus.CANCELLED)


class Priority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


class Classification(StrEnum):
    """Ordered from least to most restricted; `rank` compares levels."""

    PUBLIC = "public"
    INTERNAL = "internal"
    CONFIDENTIAL = "confidential"

    @property
    def rank(self) -> int:
        return list(Classification).index(self)


class OfficeRole(StrEnum):
    """What a member of the office may do on a team server, from least to most."""

    READER = "reader"
    EDITOR = "editor"
    ADMINISTRATOR = "administrator"

    @property
    def rank(self) -> int:
        return list(OfficeRole).index(self)


class Recurrence(StrEnum):
    """How often a recurring follow-up comes back once an occurrence is done."""

    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    YEARLY = "yearly"


class DuePrecision(StrEnum):
    DAY = "day"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


class SourceKind(StrEnum):
    ARTICLE = "article"
    REFERENCE = "reference"


class ExportFormat(StrEnum):
    """File formats follow-up actions are exported to."""

    CSV = "csv"
    XLSX = "xlsx"
    JSON = "json"
    ICS = "ics"
