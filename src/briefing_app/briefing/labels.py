"""The fixed words printed on briefings, in the briefing's language.

The English text below is the source; other languages come from the app's own translation files
(context "Briefing", see briefing_app.i18n), the same ones the desktop app uses. Record content
(titles, summaries) comes in the brief's language from the data layer (services/brief_texts.py).
"""

from datetime import date, time
from enum import StrEnum

from briefing_app.domain.due import describe_due
from briefing_app.domain.enums import (
    ActionStatus,
    AgreementStatus,
    Classification,
    Country,
    DuePrecision,
    EventKind,
    LocalityKind,
    MeetingKind,
    Priority,
    TimeOfDay,
)
from briefing_app.i18n import QT_TRANSLATE_NOOP, Catalogue, Language, catalogue

CONTEXT = "Briefing"

_TEXT: dict[str, str] = {
    # document kinds
    "kind.meeting": QT_TRANSLATE_NOOP("Briefing", "Meeting brief"),
    "kind.locality": QT_TRANSLATE_NOOP("Briefing", "Locality brief"),
    "kind.pair": QT_TRANSLATE_NOOP("Briefing", "Counterpart brief"),
    "kind.forum": QT_TRANSLATE_NOOP("Briefing", "Forum briefing book"),
    "kind.tracker": QT_TRANSLATE_NOOP("Briefing", "Action tracker"),
    "kind.delegation": QT_TRANSLATE_NOOP("Briefing", "Delegation brief"),
    # page furniture
    "page": QT_TRANSLATE_NOOP("Briefing", "Page {page} of {total}"),
    "prepared_by": QT_TRANSLATE_NOOP("Briefing", "Prepared by {name}"),
    "prepared_on": QT_TRANSLATE_NOOP("Briefing", "Date prepared: {date}"),
    "classification": QT_TRANSLATE_NOOP("Briefing", "Classification: {level}"),
    "continued": QT_TRANSLATE_NOOP("Briefing", "(continued)"),
    # sections
    "contents": QT_TRANSLATE_NOOP("Briefing", "Contents"),
    "objectives": QT_TRANSLATE_NOOP("Briefing", "Objectives"),
    "talking_points": QT_TRANSLATE_NOOP("Briefing", "Key messages and talking points"),
    "expected_asks": QT_TRANSLATE_NOOP("Briefing", "Expected asks and suggested responses"),
    "summary": QT_TRANSLATE_NOOP("Briefing", "Summary"),
    "participants": QT_TRANSLATE_NOOP("Briefing", "Participants"),
    "background": QT_TRANSLATE_NOOP("Briefing", "Background on the localities"),
    "proposals": QT_TRANSLATE_NOOP("Briefing", "Proposals"),
    "outcomes": QT_TRANSLATE_NOOP("Briefing", "Agreed outcomes"),
    "actions": QT_TRANSLATE_NOOP("Briefing", "Follow-up actions"),
    "sources": QT_TRANSLATE_NOOP("Briefing", "Sources"),
    "key_facts": QT_TRANSLATE_NOOP("Briefing", "Key facts"),
    "facts_programme": QT_TRANSLATE_NOOP("Briefing", "Key facts and programme"),
    "programme": QT_TRANSLATE_NOOP("Briefing", "Programme"),
    "meetings": QT_TRANSLATE_NOOP("Briefing", "Meetings"),
    "tracker": QT_TRANSLATE_NOOP("Briefing", "Action tracker"),
    "people": QT_TRANSLATE_NOOP("Briefing", "Index of people"),
    "agreements": QT_TRANSLATE_NOOP("Briefing", "Agreements and their status"),
    "open_actions": QT_TRANSLATE_NOOP("Briefing", "Open follow-ups"),
    "upcoming": QT_TRANSLATE_NOOP("Briefing", "Upcoming dates"),
    "counts": QT_TRANSLATE_NOOP("Briefing", "Counts by status"),
    "overview": QT_TRANSLATE_NOOP("Briefing", "Overview"),
    "tracker_title": QT_TRANSLATE_NOOP("Briefing", "Follow-up actions as of {date}"),
    "cooperation_areas": QT_TRANSLATE_NOOP("Briefing", "Cooperation areas"),
    "organisers": QT_TRANSLATE_NOOP("Briefing", "Organisers"),
    "who_we_meet": QT_TRANSLATE_NOOP("Briefing", "Who we meet"),
    "our_delegation": QT_TRANSLATE_NOOP("Briefing", "Our delegation"),
    "counterpart_profile": QT_TRANSLATE_NOOP("Briefing", "The counterpart locality"),
    "history": QT_TRANSLATE_NOOP("Briefing", "History of relations"),
    "logistics": QT_TRANSLATE_NOOP("Briefing", "Logistics"),
    "assessment": QT_TRANSLATE_NOOP("Briefing", "The office's assessment (not part of the record)"),
    "comments": QT_TRANSLATE_NOOP("Briefing", "Comments on the follow-up actions"),
    "interpreters": QT_TRANSLATE_NOOP("Briefing", "Interpreters"),
    "press": QT_TRANSLATE_NOOP("Briefing", "Press"),
    "profile_withheld": QT_TRANSLATE_NOOP(
        "Briefing",
        "The locality's profile is above this document's classification and is not included.",
    ),
    "comment_line": QT_TRANSLATE_NOOP("Briefing", "{action} — {author}, {date}: {text}"),
    "purpose": QT_TRANSLATE_NOOP("Briefing", "Purpose of the visit"),
    "visit": QT_TRANSLATE_NOOP("Briefing", "The visit"),
    "members": QT_TRANSLATE_NOOP("Briefing", "Members"),
    # field names and table headers
    "event": QT_TRANSLATE_NOOP("Briefing", "Event"),
    "date": QT_TRANSLATE_NOOP("Briefing", "Date"),
    "venue": QT_TRANSLATE_NOOP("Briefing", "Venue"),
    "theme": QT_TRANSLATE_NOOP("Briefing", "Theme"),
    "kind": QT_TRANSLATE_NOOP("Briefing", "Kind"),
    "format": QT_TRANSLATE_NOOP("Briefing", "Format"),
    "start_time": QT_TRANSLATE_NOOP("Briefing", "Start time"),
    "ask": QT_TRANSLATE_NOOP("Briefing", "The counterpart may ask"),
    "response": QT_TRANSLATE_NOOP("Briefing", "Suggested response"),
    "leaders": QT_TRANSLATE_NOOP("Briefing", "Leaders"),
    "population": QT_TRANSLATE_NOOP("Briefing", "Population"),
    "area_km2": QT_TRANSLATE_NOOP("Briefing", "Area"),
    "economy": QT_TRANSLATE_NOOP("Briefing", "Economy"),
    "twinning": QT_TRANSLATE_NOOP("Briefing", "Twinning and earlier agreements"),
    "parties": QT_TRANSLATE_NOOP("Briefing", "Parties"),
    "head": QT_TRANSLATE_NOOP("Briefing", "Head of delegation"),
    "name": QT_TRANSLATE_NOOP("Briefing", "Name"),
    "position": QT_TRANSLATE_NOOP("Briefing", "Position"),
    "role": QT_TRANSLATE_NOOP("Briefing", "Role"),
    "appears_in": QT_TRANSLATE_NOOP("Briefing", "Appears in"),
    "action": QT_TRANSLATE_NOOP("Briefing", "Action"),
    "meeting": QT_TRANSLATE_NOOP("Briefing", "Meeting"),
    "owner": QT_TRANSLATE_NOOP("Briefing", "Owner"),
    "counterpart": QT_TRANSLATE_NOOP("Briefing", "Counterpart"),
    "due": QT_TRANSLATE_NOOP("Briefing", "Due"),
    "status": QT_TRANSLATE_NOOP("Briefing", "Status"),
    "count": QT_TRANSLATE_NOOP("Briefing", "Count"),
    "total": QT_TRANSLATE_NOOP("Briefing", "Total"),
    "overdue": QT_TRANSLATE_NOOP("Briefing", "Overdue"),
    "fact": QT_TRANSLATE_NOOP("Briefing", "Fact"),
    "value": QT_TRANSLATE_NOOP("Briefing", "Value"),
    "according_to": QT_TRANSLATE_NOOP("Briefing", "Source"),
    "agreement": QT_TRANSLATE_NOOP("Briefing", "Agreement"),
    "signed_on": QT_TRANSLATE_NOOP("Briefing", "Signed on"),
    "country": QT_TRANSLATE_NOOP("Briefing", "Country"),
    "native_name": QT_TRANSLATE_NOOP("Briefing", "Native name"),
    "organisation": QT_TRANSLATE_NOOP("Briefing", "Organisation"),
    "locality": QT_TRANSLATE_NOOP("Briefing", "Locality"),
    "biography": QT_TRANSLATE_NOOP("Briefing", "Biography"),
    "earlier_contacts": QT_TRANSLATE_NOOP("Briefing", "Earlier contacts with us"),
    "arrives": QT_TRANSLATE_NOOP("Briefing", "Arrives"),
    "departs": QT_TRANSLATE_NOOP("Briefing", "Departs"),
    "accessed": QT_TRANSLATE_NOOP("Briefing", "accessed {date}"),
    "a_source": QT_TRANSLATE_NOOP("Briefing", "a source not listed here"),
    "organisations": QT_TRANSLATE_NOOP("Briefing", "Organisations"),
    "key_people": QT_TRANSLATE_NOOP("Briefing", "People"),
    "what": QT_TRANSLATE_NOOP("Briefing", "What"),
    "with": QT_TRANSLATE_NOOP("Briefing", "With"),
    "filters": QT_TRANSLATE_NOOP("Briefing", "Filters"),
    "search": QT_TRANSLATE_NOOP("Briefing", "search “{text}”"),
    "only_overdue": QT_TRANSLATE_NOOP("Briefing", "overdue only"),
    "all_actions": QT_TRANSLATE_NOOP("Briefing", "all actions"),
    "grouped_by_owner": QT_TRANSLATE_NOOP("Briefing", "grouped by owner"),
    "grouped_by_locality": QT_TRANSLATE_NOOP("Briefing", "grouped by locality"),
    "meetings_count.one": QT_TRANSLATE_NOOP("Briefing", "1 meeting recorded"),
    "meetings_count.other": QT_TRANSLATE_NOOP("Briefing", "{n} meetings recorded"),
    # placeholders
    "not_recorded": QT_TRANSLATE_NOOP("Briefing", "not recorded"),
    "no_owner": QT_TRANSLATE_NOOP("Briefing", "No owner recorded"),
    "no_locality": QT_TRANSLATE_NOOP("Briefing", "No locality recorded"),
    "none_recorded": QT_TRANSLATE_NOOP("Briefing", "None recorded."),
    "members_not_recorded": QT_TRANSLATE_NOOP("Briefing", "Members not recorded in the sources."),
    "withheld.one": QT_TRANSLATE_NOOP(
        "Briefing", "1 item above this document's classification is not included."
    ),
    "withheld.other": QT_TRANSLATE_NOOP(
        "Briefing", "{n} items above this document's classification are not included."
    ),
    "no_response": QT_TRANSLATE_NOOP("Briefing", "No response prepared yet."),
    "disagree": QT_TRANSLATE_NOOP(
        "Briefing", "Sources disagree on this figure; each value is given with its source."
    ),
    "event_venue": QT_TRANSLATE_NOOP("Briefing", "{venue} (venue of the event)"),
    # the notes on texts not in the brief's language (language_marks.py), per language
    "only_in.en": QT_TRANSLATE_NOOP("Briefing", "Text available in English only."),
    "only_in.vi": QT_TRANSLATE_NOOP("Briefing", "Text available in Vietnamese only."),
    "office_translation.en": QT_TRANSLATE_NOOP(
        "Briefing", "English texts: translation by the office."
    ),
    "office_translation.vi": QT_TRANSLATE_NOOP(
        "Briefing", "Vietnamese texts: translation by the office."
    ),
}

_ENUMS: dict[StrEnum, str] = {
    Classification.PUBLIC: QT_TRANSLATE_NOOP("Briefing", "PUBLIC"),
    Classification.INTERNAL: QT_TRANSLATE_NOOP("Briefing", "INTERNAL"),
    Classification.CONFIDENTIAL: QT_TRANSLATE_NOOP("Briefing", "CONFIDENTIAL"),
    ActionStatus.PROPOSED: QT_TRANSLATE_NOOP("Briefing", "Proposed"),
    ActionStatus.AGREED: QT_TRANSLATE_NOOP("Briefing", "Agreed"),
    ActionStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Briefing", "In progress"),
    ActionStatus.WAITING: QT_TRANSLATE_NOOP("Briefing", "Waiting on the counterpart"),
    ActionStatus.DONE: QT_TRANSLATE_NOOP("Briefing", "Done"),
    ActionStatus.BLOCKED: QT_TRANSLATE_NOOP("Briefing", "Blocked"),
    ActionStatus.CANCELLED: QT_TRANSLATE_NOOP("Briefing", "Cancelled"),
    AgreementStatus.PROPOSED: QT_TRANSLATE_NOOP("Briefing", "Proposed"),
    AgreementStatus.UNDER_DISCUSSION: QT_TRANSLATE_NOOP("Briefing", "Under discussion"),
    AgreementStatus.AGREED_IN_PRINCIPLE: QT_TRANSLATE_NOOP("Briefing", "Agreed in principle"),
    AgreementStatus.SIGNED: QT_TRANSLATE_NOOP("Briefing", "Signed"),
    AgreementStatus.IN_FORCE: QT_TRANSLATE_NOOP("Briefing", "In force"),
    AgreementStatus.EXPIRED: QT_TRANSLATE_NOOP("Briefing", "Expired"),
    AgreementStatus.TERMINATED: QT_TRANSLATE_NOOP("Briefing", "Terminated"),
    AgreementStatus.ABANDONED: QT_TRANSLATE_NOOP("Briefing", "Abandoned"),
    MeetingKind.BILATERAL: QT_TRANSLATE_NOOP("Briefing", "bilateral meeting"),
    MeetingKind.RECEPTION: QT_TRANSLATE_NOOP("Briefing", "reception"),
    MeetingKind.PLENARY: QT_TRANSLATE_NOOP("Briefing", "plenary session"),
    MeetingKind.COURTESY_CALL: QT_TRANSLATE_NOOP("Briefing", "courtesy call"),
    MeetingKind.THEMATIC_SESSION: QT_TRANSLATE_NOOP("Briefing", "thematic session"),
    MeetingKind.PRESS_CONFERENCE: QT_TRANSLATE_NOOP("Briefing", "press conference"),
    MeetingKind.OTHER: QT_TRANSLATE_NOOP("Briefing", "meeting"),
    EventKind.FORUM: QT_TRANSLATE_NOOP("Briefing", "Forum"),
    EventKind.PRESS_CONFERENCE: QT_TRANSLATE_NOOP("Briefing", "Press conference"),
    EventKind.PLENARY: QT_TRANSLATE_NOOP("Briefing", "Plenary session"),
    EventKind.THEMATIC_SESSION: QT_TRANSLATE_NOOP("Briefing", "Thematic session"),
    EventKind.EXHIBITION: QT_TRANSLATE_NOOP("Briefing", "Exhibition"),
    EventKind.OTHER: QT_TRANSLATE_NOOP("Briefing", "Event"),
    Country.VN: QT_TRANSLATE_NOOP("Briefing", "Viet Nam"),
    Country.JP: QT_TRANSLATE_NOOP("Briefing", "Japan"),
    LocalityKind.PROVINCE: QT_TRANSLATE_NOOP("Briefing", "province"),
    LocalityKind.CITY: QT_TRANSLATE_NOOP("Briefing", "centrally run city"),
    LocalityKind.PREFECTURE: QT_TRANSLATE_NOOP("Briefing", "prefecture"),
    LocalityKind.METROPOLIS: QT_TRANSLATE_NOOP("Briefing", "metropolis"),
    LocalityKind.CIRCUIT: QT_TRANSLATE_NOOP("Briefing", "circuit"),
    LocalityKind.URBAN_PREFECTURE: QT_TRANSLATE_NOOP("Briefing", "urban prefecture"),
    Priority.LOW: QT_TRANSLATE_NOOP("Briefing", "low"),
    Priority.NORMAL: QT_TRANSLATE_NOOP("Briefing", "normal"),
    Priority.HIGH: QT_TRANSLATE_NOOP("Briefing", "high"),
    Priority.URGENT: QT_TRANSLATE_NOOP("Briefing", "urgent"),
    TimeOfDay.MORNING: QT_TRANSLATE_NOOP("Briefing", "morning"),
    TimeOfDay.AFTERNOON: QT_TRANSLATE_NOOP("Briefing", "afternoon"),
    TimeOfDay.EVENING: QT_TRANSLATE_NOOP("Briefing", "evening"),
}

_MONTHS = (
    QT_TRANSLATE_NOOP("Briefing", "January"),
    QT_TRANSLATE_NOOP("Briefing", "February"),
    QT_TRANSLATE_NOOP("Briefing", "March"),
    QT_TRANSLATE_NOOP("Briefing", "April"),
    QT_TRANSLATE_NOOP("Briefing", "May"),
    QT_TRANSLATE_NOOP("Briefing", "June"),
    QT_TRANSLATE_NOOP("Briefing", "July"),
    QT_TRANSLATE_NOOP("Briefing", "August"),
    QT_TRANSLATE_NOOP("Briefing", "September"),
    QT_TRANSLATE_NOOP("Briefing", "October"),
    QT_TRANSLATE_NOOP("Briefing", "November"),
    QT_TRANSLATE_NOOP("Briefing", "December"),
)


class Labels:
    """The label strings of one language: `labels["sources"]`, `labels.text("page", page=1, …)`."""

    def __init__(self, language: Language, translations: Catalogue | None = None) -> None:
        self.language = language
        self._translations = translations or catalogue(language)

    def __getitem__(self, key: str) -> str:
        return self._translations.translate(CONTEXT, _TEXT[key])

    def text(self, key: str, **values: object) -> str:
        return self[key].format(**values)

    def enum(self, value: StrEnum) -> str:
        return self._translations.translate(CONTEXT, _ENUMS[value])

    def due(self, day: date | None, precision: DuePrecision | None) -> str:
        """A due date as precise as it was given: 25/11/2025, "November 2025", "Q4 2025"."""
        return describe_due(
            day,
            precision,
            translate=self._translations.translate,
            day_text=self.date,
            month_name=self._month,
        )

    def marking(self, level: Classification) -> str | None:
        """The classification line pages carry ("Classification: INTERNAL", "Độ mật: MẬT"), or
        None: Vietnamese practice marks classified documents only (no "CÔNG KHAI" stamp)."""
        if level is Classification.PUBLIC and self.language is Language.VI:
            return None
        return self.text("classification", level=self.enum(level))

    def number(self, value: float) -> str:
        """A figure with the language's separators: 3,640,000 and 11,114.7 in English,
        3.640.000 and 11.114,7 in Vietnamese."""
        text = f"{value:,}" if isinstance(value, int) else f"{value:,.2f}".rstrip("0").rstrip(".")
        if self.language is Language.VI:
            return text.translate(str.maketrans(",.", ".,"))
        return text

    def clock(self, value: time) -> str:
        """A clock time, 24-hour: 09:30."""
        return f"{value.hour:02d}:{value.minute:02d}"

    def _month(self, month: int) -> str:
        return self._translations.translate(CONTEXT, _MONTHS[month - 1])

    # Defined last: inside the class body, "date" names this method from here on.
    def date(self, day: date) -> str:
        if self.language is Language.VI:
            return f"{day.day:02d}/{day.month:02d}/{day.year}"
        return f"{day.day} {self._month(day.month)} {day.year}"
