"""What an export holds: whole follow-up actions (with history) and their meetings, read in one
unit of work through the same filter as the lists, so the classification ceiling applies.

Texts keep every language: an action's and a meeting's own fields are the English versions
and `translations` the others, shaped as the records' column (domain.translations, whose
`version` and `text` read them). `meeting_title` is already in the export's `language`,
falling back to another where the meeting has no version in it; cooperation areas are named
in that language (an import reads either)."""

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, selectinload

from briefing_app.domain import models as m
from briefing_app.domain.enums import (
    ActionStatus,
    Classification,
    DuePrecision,
    Priority,
    Recurrence,
    TimeOfDay,
)
from briefing_app.domain.record_kind import RecordKind
from briefing_app.domain.shown_text import area_name
from briefing_app.domain.translations import LANGUAGES, reading_language, text, version
from briefing_app.services import convert
from briefing_app.services.attachments import attachments_of
from briefing_app.services.comments import threads
from briefing_app.services.dto import AttachmentRow, ChangeRow, CommentRow, PartyRef
from briefing_app.services.exchange.threads import files_of
from briefing_app.services.queries import ActionFilter, select_actions
from briefing_app.store.unit_of_work import reading

#: actions whose comments and attachments one query reads (SQLite binds at most 32,766 values)
_BATCH = 500


@dataclass(frozen=True)
class ExportedAction:
    id: int
    version: int
    meeting_id: int
    meeting_title: str
    #: the meeting's title in each language (None where it has no version), by language
    meeting_titles: dict[str, str | None]
    title: str
    description: str | None
    translations: dict[str, dict[str, Any]]
    status: ActionStatus
    priority: Priority
    classification: Classification
    due_date: date | None
    due_precision: DuePrecision | None
    owner: PartyRef | None
    counterpart: PartyRef | None
    cooperation_areas: tuple[str, ...]
    assignee: str | None
    repeat: Recurrence | None
    created_at: datetime
    updated_at: datetime
    history: tuple[ChangeRow, ...]
    comments: tuple[CommentRow, ...]
    attachments: tuple[AttachmentRow, ...]


@dataclass(frozen=True)
class ExportedMeeting:
    id: int
    title: str
    held_on: date | None
    time_of_day: TimeOfDay | None
    venue: str | None
    summary: str | None
    classification: Classification
    translations: dict[str, dict[str, Any]]


@dataclass(frozen=True)
class ExportSet:
    actions: tuple[ExportedAction, ...]
    meetings: tuple[ExportedMeeting, ...]
    #: the language what people read is in (domain.translations.LANGUAGES)
    language: str
    #: the attached files' bytes by sha256 (loaded for the JSON export only)
    files: dict[str, bytes] = field(default_factory=dict)
    #: the other languages' versions of the comments' latest texts (the model's
    #: `translations`), by comment row id, where there are any (loaded for the JSON export only)
    comment_translations: dict[int, dict[str, dict[str, Any]]] = field(default_factory=dict)


def _action(
    action: m.FollowUpAction,
    comments: dict[int, list[CommentRow]],
    attachments: dict[int, list[AttachmentRow]],
    language: str,
) -> ExportedAction:
    return ExportedAction(
        id=action.id,
        version=action.version,
        meeting_id=action.meeting_id,
        meeting_title=str(text(action.meeting, "title", language)),
        meeting_titles={lang: version(action.meeting, "title", lang) for lang in LANGUAGES},
        title=action.title,
        description=action.description,
        translations=dict(action.translations or {}),
        status=action.status,
        priority=action.priority,
        classification=action.classification,
        due_date=action.due_date,
        due_precision=action.due_precision,
        owner=convert.owner_of(action),
        counterpart=convert.counterpart_of(action),
        cooperation_areas=tuple(area_name(a, language) for a in action.areas),
        assignee=action.assignee,
        repeat=action.repeat,
        created_at=action.created_at,
        updated_at=action.updated_at,
        history=tuple(convert.change_row(c) for c in action.changes),
        comments=tuple(comments.get(action.id, [])),
        attachments=tuple(attachments.get(action.id, [])),
    )


def _meeting(meeting: m.Meeting) -> ExportedMeeting:
    return ExportedMeeting(
        id=meeting.id,
        title=meeting.title,
        held_on=meeting.held_on,
        time_of_day=meeting.time_of_day,
        venue=meeting.venue,
        summary=meeting.summary,
        classification=meeting.classification,
        translations=dict(meeting.translations or {}),
    )


def load_export_set(
    engine: Engine,
    flt: ActionFilter | None = None,
    today: date | None = None,
    *,
    with_files: bool = False,
) -> ExportSet:
    """The actions `flt` selects (all by default; the action list's filter selects what the
    list shows) with their comments and attachments, and the meetings they belong to;
    `with_files` (the JSON export) reads the attached files' bytes and the comments' versions
    in other languages too. People read it in the reading language
    (the command line's --lang, the desktop app's interface language)."""
    language = reading_language()
    action = m.FollowUpAction
    today = today or date.today()
    query = select_actions(flt or ActionFilter(), today).options(
        selectinload(action.areas), selectinload(action.changes)
    )
    with reading(engine) as session:
        loaded = list(session.scalars(query))
        ids = [a.id for a in loaded]
        comments: dict[int, list[CommentRow]] = {}
        files: dict[int, list[AttachmentRow]] = {}
        for start in range(0, len(ids), _BATCH):
            batch = ids[start : start + _BATCH]
            comments.update(threads(session, RecordKind.ACTION, batch))
            for row in attachments_of(session, RecordKind.ACTION, batch):
                files.setdefault(row.record_id, []).append(row)
        actions = [_action(a, comments, files, language) for a in loaded]
        meeting_ids = sorted({a.meeting_id for a in actions})
        meetings = session.scalars(
            sa.select(m.Meeting).where(m.Meeting.id.in_(meeting_ids)).order_by(m.Meeting.id)
        )
        contents = (
            files_of(session, [f for rows in files.values() for f in rows]) if with_files else {}
        )
        return ExportSet(
            actions=tuple(actions),
            meetings=tuple(_meeting(x) for x in meetings),
            language=language,
            files=contents,
            comment_translations=_comment_translations(session, comments) if with_files else {},
        )


def _comment_translations(
    session: Session, comments: dict[int, list[CommentRow]]
) -> dict[int, dict[str, dict[str, Any]]]:
    """The versions of the comments' latest texts, a batch of rows at a time."""
    ids = [c.id for thread in comments.values() for c in thread]
    found: dict[int, dict[str, dict[str, Any]]] = {}
    for start in range(0, len(ids), _BATCH):
        query = sa.select(m.Comment.id, m.Comment.translations).where(
            m.Comment.id.in_(ids[start : start + _BATCH])
        )
        found.update((row_id, versions) for row_id, versions in session.execute(query) if versions)
    return found
