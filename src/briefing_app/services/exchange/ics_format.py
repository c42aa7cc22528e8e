"""iCalendar (RFC 5545) through the icalendar library: a VTODO per action with a due date and a
VEVENT per meeting with a date, in Asia/Ho_Chi_Minh time. UIDs depend only on the record's id,
so importing a newer export into a calendar updates entries instead of duplicating them.
Entries are for people: their texts and labels are in the export's language, a text with no
version in it in another language."""

from datetime import UTC, date, datetime, time, timedelta
from typing import BinaryIO
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Todo

from briefing_app import __version__
from briefing_app.domain.due import format_due, period_end
from briefing_app.domain.enums import (
    ActionStatus,
    Classification,
    DuePrecision,
    Priority,
    TimeOfDay,
)
from briefing_app.domain.translations import text
from briefing_app.i18n import QT_TRANSLATE_NOOP, Language, catalogue, fill
from briefing_app.services.exchange.records import ExportedAction, ExportedMeeting, ExportSet

TIME_ZONE = "Asia/Ho_Chi_Minh"
UID_DOMAIN = "briefing-desk"
# A deadline falls at the end of the working day of the period's last day.
DUE_TIME = time(17, 0)
_MEETING_HOURS = {
    TimeOfDay.MORNING: (time(9, 0), time(12, 0)),
    TimeOfDay.AFTERNOON: (time(14, 0), time(17, 0)),
    TimeOfDay.EVENING: (time(18, 30), time(21, 0)),
}
_STATUS = {
    ActionStatus.PROPOSED: "NEEDS-ACTION",
    ActionStatus.AGREED: "NEEDS-ACTION",
    ActionStatus.IN_PROGRESS: "IN-PROCESS",
    ActionStatus.BLOCKED: "NEEDS-ACTION",
    ActionStatus.DONE: "COMPLETED",
    ActionStatus.CANCELLED: "CANCELLED",
}
_PRIORITY = {Priority.URGENT: 1, Priority.HIGH: 3, Priority.NORMAL: 5, Priority.LOW: 9}
_CLASS = {
    Classification.PUBLIC: "PUBLIC",
    Classification.INTERNAL: "PRIVATE",
    Classification.CONFIDENTIAL: "CONFIDENTIAL",
}


def action_uid(action_id: int) -> str:
    return f"action-{action_id}@{UID_DOMAIN}"


def meeting_uid(meeting_id: int) -> str:
    return f"meeting-{meeting_id}@{UID_DOMAIN}"


def _utc(moment: datetime) -> datetime:
    """Stored timestamps are naive UTC."""
    return moment.replace(tzinfo=UTC)


_LABELS = {
    "meeting": QT_TRANSLATE_NOOP("ImportExport", "Meeting: {meeting}"),
    "due": QT_TRANSLATE_NOOP("ImportExport", "Due: {due}"),
    "owner": QT_TRANSLATE_NOOP("ImportExport", "Owner: {owner}"),
    "counterpart": QT_TRANSLATE_NOOP("ImportExport", "Counterpart: {counterpart}"),
}


def _line(language: str, key: str, value: str) -> str:
    """A labelled line of a to-do's description, in `language`."""
    template = catalogue(Language(language)).translate("ImportExport", _LABELS[key])
    return fill(template, {key: value})


def _todo(action: ExportedAction, zone: ZoneInfo, language: str) -> Todo | None:
    if action.due_date is None:
        return None
    precision = action.due_precision or DuePrecision.DAY
    todo = Todo()
    todo.add("uid", action_uid(action.id))
    todo.add("dtstamp", _utc(action.updated_at))
    todo.add("created", _utc(action.created_at))
    todo.add("last-modified", _utc(action.updated_at))
    todo.add("sequence", action.version)
    todo.add("summary", text(action, "title", language))
    lines = [
        _line(language, "meeting", action.meeting_title),
        _line(language, "due", format_due(action.due_date, precision)),
    ]
    if action.owner:
        lines.append(_line(language, "owner", action.owner.name))
    if action.counterpart:
        lines.append(_line(language, "counterpart", action.counterpart.name))
    description = text(action, "description", language)
    if description:
        lines += ["", description]
    todo.add("description", "\n".join(lines))
    todo.add("due", datetime.combine(period_end(action.due_date, precision), DUE_TIME, zone))
    todo.add("status", _STATUS[action.status])
    todo.add("priority", _PRIORITY[action.priority])
    todo.add("class", _CLASS[action.classification])
    if action.cooperation_areas:
        todo.add("categories", list(action.cooperation_areas))
    return todo


def _event(
    meeting: ExportedMeeting, zone: ZoneInfo, stamp: datetime, language: str
) -> Event | None:
    if meeting.held_on is None:
        return None
    event = Event()
    event.add("uid", meeting_uid(meeting.id))
    event.add("dtstamp", stamp)
    event.add("summary", text(meeting, "title", language))
    hours = _MEETING_HOURS.get(meeting.time_of_day) if meeting.time_of_day else None
    if hours is None:
        event.add("dtstart", meeting.held_on)
        event.add("dtend", meeting.held_on + timedelta(days=1))
    else:
        event.add("dtstart", datetime.combine(meeting.held_on, hours[0], zone))
        event.add("dtend", datetime.combine(meeting.held_on, hours[1], zone))
    venue, summary = text(meeting, "venue", language), text(meeting, "summary", language)
    if venue:
        event.add("location", venue)
    if summary:
        event.add("description", summary)
    event.add("class", _CLASS[meeting.classification])
    return event


def write_ics(export: ExportSet, handle: BinaryIO) -> None:
    zone = ZoneInfo(TIME_ZONE)
    calendar = Calendar()
    calendar.add("prodid", f"-//Briefing desk//briefing-desk {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-timezone", TIME_ZONE)
    stamps = [_utc(a.updated_at) for a in export.actions]
    stamp = max(stamps) if stamps else datetime.combine(date(2000, 1, 1), time(), UTC)
    for meeting in export.meetings:
        event = _event(meeting, zone, stamp, export.language)
        if event is not None:
            calendar.add_component(event)
    for action in export.actions:
        todo = _todo(action, zone, export.language)
        if todo is not None:
            calendar.add_component(todo)
    calendar.add_missing_timezones()
    handle.write(calendar.to_ical())
