"""Human, translatable names for stored values (statuses, priorities, kinds …) and for the
field names of the action history. Strings are marked with QT_TRANSLATE_NOOP so lupdate finds
them; they are translated when shown."""

import re
from datetime import date, datetime
from enum import StrEnum
from functools import cache

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QTime,
    QTimeZone,
)

from briefing_app.domain.authors import NOTES_AUTHOR
from briefing_app.domain.due import describe_due
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
from briefing_app.domain.translations import OTHER_LANGUAGES
from briefing_app.i18n import ENDONYMS, QT_TRANSLATE_NOOP, Language

CONTEXT = "Labels"


_LABELS: dict[StrEnum, str] = {
    ActionStatus.PROPOSED: QT_TRANSLATE_NOOP("Labels", "Proposed"),
    ActionStatus.AGREED: QT_TRANSLATE_NOOP("Labels", "Agreed"),
    ActionStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Labels", "In progress"),
    ActionStatus.WAITING: QT_TRANSLATE_NOOP("Labels", "Waiting on the counterpart"),
    ActionStatus.DONE: QT_TRANSLATE_NOOP("Labels", "Done"),
    ActionStatus.BLOCKED: QT_TRANSLATE_NOOP("Labels", "Blocked"),
    ActionStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Cancelled"),
    Recurrence.MONTHLY: QT_TRANSLATE_NOOP("Labels", "Monthly"),
    Recurrence.QUARTERLY: QT_TRANSLATE_NOOP("Labels", "Quarterly"),
    Recurrence.YEARLY: QT_TRANSLATE_NOOP("Labels", "Yearly"),
    Priority.LOW: QT_TRANSLATE_NOOP("Labels", "Low"),
    Priority.NORMAL: QT_TRANSLATE_NOOP("Labels", "Normal"),
    Priority.HIGH: QT_TRANSLATE_NOOP("Labels", "High"),
    Priority.URGENT: QT_TRANSLATE_NOOP("Labels", "Urgent"),
    Classification.PUBLIC: QT_TRANSLATE_NOOP("Labels", "Public"),
    Classification.INTERNAL: QT_TRANSLATE_NOOP("Labels", "Internal"),
    Classification.CONFIDENTIAL: QT_TRANSLATE_NOOP("Labels", "Confidential"),
    OfficeRole.READER: QT_TRANSLATE_NOOP("Labels", "Reader"),
    OfficeRole.EDITOR: QT_TRANSLATE_NOOP("Labels", "Editor"),
    OfficeRole.ADMINISTRATOR: QT_TRANSLATE_NOOP("Labels", "Administrator"),
    DuePrecision.DAY: QT_TRANSLATE_NOOP("Labels", "Day"),
    DuePrecision.MONTH: QT_TRANSLATE_NOOP("Labels", "Month"),
    DuePrecision.QUARTER: QT_TRANSLATE_NOOP("Labels", "Quarter"),
    DuePrecision.YEAR: QT_TRANSLATE_NOOP("Labels", "Year"),
    Country.VN: QT_TRANSLATE_NOOP("Labels", "Viet Nam"),
    Country.JP: QT_TRANSLATE_NOOP("Labels", "Japan"),
    LocalityKind.PROVINCE: QT_TRANSLATE_NOOP("Labels", "Province"),
    LocalityKind.CITY: QT_TRANSLATE_NOOP("Labels", "City"),
    LocalityKind.PREFECTURE: QT_TRANSLATE_NOOP("Labels", "Prefecture"),
    LocalityKind.METROPOLIS: QT_TRANSLATE_NOOP("Labels", "Metropolis"),
    LocalityKind.CIRCUIT: QT_TRANSLATE_NOOP("Labels", "Circuit (Hokkaidō)"),
    LocalityKind.URBAN_PREFECTURE: QT_TRANSLATE_NOOP("Labels", "Urban prefecture"),
    MeetingKind.BILATERAL: QT_TRANSLATE_NOOP("Labels", "Bilateral meeting"),
    MeetingKind.RECEPTION: QT_TRANSLATE_NOOP("Labels", "Reception"),
    MeetingKind.PLENARY: QT_TRANSLATE_NOOP("Labels", "Plenary"),
    MeetingKind.COURTESY_CALL: QT_TRANSLATE_NOOP("Labels", "Courtesy call"),
    MeetingKind.THEMATIC_SESSION: QT_TRANSLATE_NOOP("Labels", "Thematic session"),
    MeetingKind.PRESS_CONFERENCE: QT_TRANSLATE_NOOP("Labels", "Press conference"),
    MeetingKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
    EventKind.FORUM: QT_TRANSLATE_NOOP("Labels", "Forum"),
    EventKind.PRESS_CONFERENCE: QT_TRANSLATE_NOOP("Labels", "Press conference"),
    EventKind.PLENARY: QT_TRANSLATE_NOOP("Labels", "Plenary session"),
    EventKind.THEMATIC_SESSION: QT_TRANSLATE_NOOP("Labels", "Thematic session"),
    EventKind.EXHIBITION: QT_TRANSLATE_NOOP("Labels", "Exhibition"),
    EventKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
    AgreementKind.COOPERATION_DOCUMENT: QT_TRANSLATE_NOOP("Labels", "Cooperation document"),
    AgreementKind.MEMORANDUM: QT_TRANSLATE_NOOP("Labels", "Memorandum"),
    AgreementKind.AGREEMENT: QT_TRANSLATE_NOOP("Labels", "Agreement"),
    AgreementKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
    AgreementStatus.PROPOSED: QT_TRANSLATE_NOOP("Labels", "Proposed"),
    AgreementStatus.UNDER_DISCUSSION: QT_TRANSLATE_NOOP("Labels", "Under discussion"),
    AgreementStatus.AGREED_IN_PRINCIPLE: QT_TRANSLATE_NOOP("Labels", "Agreed in principle"),
    AgreementStatus.SIGNED: QT_TRANSLATE_NOOP("Labels", "Signed"),
    AgreementStatus.IN_FORCE: QT_TRANSLATE_NOOP("Labels", "In force"),
    AgreementStatus.EXPIRED: QT_TRANSLATE_NOOP("Labels", "Expired"),
    AgreementStatus.TERMINATED: QT_TRANSLATE_NOOP("Labels", "Terminated"),
    AgreementStatus.ABANDONED: QT_TRANSLATE_NOOP("Labels", "Abandoned"),
    SourceKind.ARTICLE: QT_TRANSLATE_NOOP("Labels", "Article"),
    OrganisationKind.MINISTRY: QT_TRANSLATE_NOOP("Labels", "Ministry"),
    OrganisationKind.EMBASSY: QT_TRANSLATE_NOOP("Labels", "Embassy"),
    OrganisationKind.PEOPLES_COMMITTEE: QT_TRANSLATE_NOOP("Labels", "People's committee"),
    OrganisationKind.GOVERNMENT: QT_TRANSLATE_NOOP("Labels", "Government"),
    OrganisationKind.COMPANY: QT_TRANSLATE_NOOP("Labels", "Company"),
    OrganisationKind.UNIVERSITY: QT_TRANSLATE_NOOP("Labels", "University"),
    OrganisationKind.ASSOCIATION: QT_TRANSLATE_NOOP("Labels", "Association"),
    OrganisationKind.AGENCY: QT_TRANSLATE_NOOP("Labels", "Agency"),
    OrganisationKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
    TimeOfDay.MORNING: QT_TRANSLATE_NOOP("Labels", "Morning"),
    TimeOfDay.AFTERNOON: QT_TRANSLATE_NOOP("Labels", "Afternoon"),
    TimeOfDay.EVENING: QT_TRANSLATE_NOOP("Labels", "Evening"),
    SourceKind.REFERENCE: QT_TRANSLATE_NOOP("Labels", "Reference"),
}

#: Field names (of the action history, and of the services' field errors) -> what is shown.
_FIELDS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("Labels", "Title"),
    "description": QT_TRANSLATE_NOOP("Labels", "Description"),
    "status": QT_TRANSLATE_NOOP("Labels", "Status"),
    "priority": QT_TRANSLATE_NOOP("Labels", "Priority"),
    "classification": QT_TRANSLATE_NOOP("Labels", "Classification"),
    "due": QT_TRANSLATE_NOOP("Labels", "Due date"),
    "due date": QT_TRANSLATE_NOOP("Labels", "Due date"),
    "meeting": QT_TRANSLATE_NOOP("Labels", "Meeting"),
    "owner": QT_TRANSLATE_NOOP("Labels", "Owner"),
    "counterpart": QT_TRANSLATE_NOOP("Labels", "Counterpart"),
    "notes": QT_TRANSLATE_NOOP("Labels", "Notes"),  # before comments replaced them (0005)
    "assignee": QT_TRANSLATE_NOOP("Labels", "Assignee"),
    "repeat": QT_TRANSLATE_NOOP("Labels", "Repeats"),
    "comment": QT_TRANSLATE_NOOP("Labels", "Comment"),
    "comment_struck": QT_TRANSLATE_NOOP("Labels", "Comment struck through"),
    "attachment": QT_TRANSLATE_NOOP("Labels", "Attachment"),
    "cooperation_areas": QT_TRANSLATE_NOOP("Labels", "Cooperation areas"),
    "cooperation areas": QT_TRANSLATE_NOOP("Labels", "Cooperation areas"),
    "created": QT_TRANSLATE_NOOP("Labels", "Created"),
    "restored": QT_TRANSLATE_NOOP("Labels", "Restored"),
}

_ENUM_FIELDS: dict[str, type[StrEnum]] = {
    "status": ActionStatus,
    "priority": Priority,
    "classification": Classification,
}


def label(value: StrEnum | None) -> str:
    """The translated name of a stored value; unknown values show as stored."""
    if value is None:
        return ""
    text = _LABELS.get(value)
    return QCoreApplication.translate(CONTEXT, text) if text else str(value.value)


def field_label(field: str) -> str:
    """A field as history and import reports name it; a version in another language by the
    field's name and the language's own ("Title (Tiếng Việt)")."""
    text = _FIELDS.get(field)
    if text:
        return QCoreApplication.translate(CONTEXT, text)
    base, _, language = field.rpartition("_")
    if language in OTHER_LANGUAGES and base in _FIELDS:
        return f"{field_label(base)} ({ENDONYMS[Language(language)]})"
    return field.replace("_", " ")


def history_value(field: str, value: str | None) -> str:
    """A history old/new value as the user reads it (statuses by their names, not codes)."""
    if value is None:
        return ""
    enum = _ENUM_FIELDS.get(field)
    if enum is not None:
        try:
            return label(enum(value))
        except ValueError:
            return value
    return value


#: The comments the services store in English with a change, by what they say.
_COMMENTS = {
    "undo": QT_TRANSLATE_NOOP("Labels", "undo"),
    "redo": QT_TRANSLATE_NOOP("Labels", "redo"),
    "restored after it was deleted": QT_TRANSLATE_NOOP("Labels", "restored after it was deleted"),
}
_IMPORTED_FROM = "imported from "
_IMPORTED_FROM_TEXT = QT_TRANSLATE_NOOP("Labels", "imported from {file}")


_EARLIER_NOTES = QT_TRANSLATE_NOOP("Labels", "Earlier notes")


def author(name: str) -> str:
    """Who wrote a comment or made a change, as people read it: the marker the notes from
    before comment threads (and the dataset's remarks) carry reads "Earlier notes"."""
    if name == NOTES_AUTHOR:
        return QCoreApplication.translate(CONTEXT, _EARLIER_NOTES)
    return name


def history_comment(comment: str | None) -> str:
    """A history comment in the interface language: the services store "undo", "redo",
    "restored after it was deleted" and "imported from FILE" in English; others (typed by a
    person) show as stored."""
    if not comment:
        return ""
    text = _COMMENTS.get(comment)
    if text is not None:
        return QCoreApplication.translate(CONTEXT, text)
    if comment.startswith(_IMPORTED_FROM):
        return QCoreApplication.translate(CONTEXT, _IMPORTED_FROM_TEXT).format(
            file=comment.removeprefix(_IMPORTED_FROM)
        )
    return comment


def _numeric_date_format(locale: QLocale) -> str:
    """The locale's short date format with two-digit day and month and a four-digit year:
    25/11/2025 in Vietnamese (Qt's own is 25/11/25), 11/25/2025 in the US."""
    return _widened_date_format(locale.dateFormat(QLocale.FormatType.ShortFormat))


@cache
def _widened_date_format(fmt: str) -> str:
    fmt = re.sub(r"(?<!d)d(?!d)", "dd", fmt)
    fmt = re.sub(r"(?<!M)M(?!M)", "MM", fmt)
    return re.sub(r"(?<!y)yy(?!y)", "yyyy", fmt)


def format_date(day: date | None, fmt: QLocale.FormatType = QLocale.FormatType.ShortFormat) -> str:
    """A date in the user's locale."""
    if day is None:
        return ""
    locale = QLocale()
    if locale.language() == QLocale.Language.C and fmt == QLocale.FormatType.ShortFormat:
        return day.isoformat()  # the "C" locale's short format ("25 11 2025") reads badly
    qdate = QDate(day.year, day.month, day.day)
    if fmt == QLocale.FormatType.ShortFormat:
        return locale.toString(qdate, _numeric_date_format(locale))
    long_format = _LONG_DATE_FORMATS.get(locale.language())
    if long_format is not None:
        return locale.toString(qdate, long_format)
    return locale.toString(qdate, fmt)


#: Long dates as the language writes them where Qt's own long format differs: Vietnamese
#: "ngày 25 tháng 11 năm 2025" (Qt's is "Thứ Ba, 25 tháng 11, 2025").
_LONG_DATE_FORMATS = {QLocale.Language.Vietnamese: "'ngày' d 'tháng' M 'năm' yyyy"}


def format_due(due: date | None, precision: DuePrecision | None) -> str:
    """A due date as precise as it was given, in the user's language and locale."""
    return describe_due(
        due,
        precision,
        translate=QCoreApplication.translate,
        day_text=format_date,
        month_name=lambda month: QLocale().monthName(month, QLocale.FormatType.LongFormat),
    )


def format_number(value: int) -> str:
    """A count with the locale's digit grouping (12,345 / 12.345)."""
    return QLocale().toString(value)


def format_datetime_utc(moment: datetime | None) -> str:
    """A stored (naive UTC) timestamp, shown in local time in the user's locale."""
    if moment is None:
        return ""
    utc = QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute, moment.second),
        QTimeZone.utc(),
    )
    local = utc.toLocalTime()
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return local.toString("yyyy-MM-dd HH:mm")
    time_format = locale.timeFormat(QLocale.FormatType.ShortFormat)
    return locale.toString(local, f"{_numeric_date_format(locale)} {time_format}")
