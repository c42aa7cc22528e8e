"""iCalendar (RFC 5545) through the icalendar library: a VTODO per action with a due date and a
VEVENT per meeting with a date, in Asia/Ho_Chi_Minh time. UIDs depend only on the record's id,
so importing a newer export into a calendar updates entries instead of duplicating them."""

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
from briefing_app.services.exchange.records import ExportedAction, ExportedMeeting, ExportSet

TIME_ZONE = "Asia/Ho_Chi_Minh"
UID_DOMAIN = "briefing-desk"
#: A deadline falls at the end of the working day of the period's last day.
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


def _todo(action: ExportedAction, zone: ZoneInfo) -> Todo | None:
    if action.due_date is None:
        return None
    precision = action.due_precision or DuePrecision.DAY
    todo = Todo()
    todo.add("uid", action_uid(action.id))
    todo.add("dtstamp", _utc(action.updated_at))
    todo.add("created", _utc(action.created_at))
    todo.add("last-modified", _utc(action.updated_at))
    todo.add("sequence", action.version)
    todo.add("summary", action.title)
    lines = [f"Meeting: {action.meeting_title}", f"Due: {format_due(action.due_date, precision)}"]
    if action.owner:
        lines.append(f"Owner: {action.owner.name}")
    if action.counterpart:
        lines.append(f"Counterpart: {action.counterpart.name}")
    if action.description:
        lines += ["", action.description]
    todo.add("description", "\n".join(lines))
    todo.add("due", datetime.combine(period_end(action.due_date, precision), DUE_TIME, zone))
    todo.add("status", _STATUS[action.status])
    todo.add("priority", _PRIORITY[action.priority])
    todo.add("class", _CLASS[action.classification])
    if action.cooperation_areas:
        todo.add("categories", list(action.cooperation_areas))
    return todo


def _event(meeting: ExportedMeeting, zone: ZoneInfo, stamp: datetime) -> Event | None:
    if meeting.held_on is None:
        return None
    event = Event()
    event.add("uid", meeting_uid(meeting.id))
    event.add("dtstamp", stamp)
    event.add("summary", meeting.title)
    hours = _MEETING_HOURS.get(meeting.time_of_day) if meeting.time_of_day else None
    if hours is None:
        event.add("dtstart", meeting.held_on)
        event.add("dtend", meeting.held_on + timedelta(days=1))
    else:
        event.add("dtstart", datetime.combine(meeting.held_on, hours[0], zone))
        event.add("dtend", datetime.combine(meeting.held_on, hours[1], zone))
    if meeting.venue:
        event.add("location", meeting.venue)
    if meeting.summary:
        event.add("description", meeting.summary)
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
        event = _event(meeting, zone, stamp)
        if event is not None:
            calendar.add_component(event)
    for action in export.actions:
        todo = _todo(action, zone)
        if todo is not None:
            calendar.add_component(todo)
    calendar.add_missing_timezones()
    handle.write(calendar.to_ical())
