"""Comment threads on follow-up actions, meetings and agreements (issue 13).

A thread only grows: adding a comment inserts a row and touches nothing else, so two people
commenting on one record at once both keep theirs (no version to go stale). Its author may
correct a comment for EDIT_WINDOW after writing it — the new text is a row that replaces the
old one, which stays — and may strike it through at any time; nothing is ever deleted.
"""

from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from briefing_app.domain import models as m
from briefing_app.domain.errors import NotFoundError, UserError
from briefing_app.domain.record_kind import RecordKind
from briefing_app.domain.translations import localised
from briefing_app.i18n import QT_TRANSLATE_NOOP
from briefing_app.services.dto import CommentRow
from briefing_app.services.record_kinds.registry import MODELS
from briefing_app.services.records import get_record
from briefing_app.store.unit_of_work import reading, writing

COMMENTED_KINDS = (RecordKind.ACTION, RecordKind.MEETING, RecordKind.AGREEMENT)
#: how long after writing a comment its author may still correct it
EDIT_WINDOW = timedelta(minutes=15)


def editable_by(comment: CommentRow, user: str, now: datetime) -> bool:
    """Whether `user` may still correct `comment` (its author, within EDIT_WINDOW)."""
    return (
        comment.struck_at is None
        and user == comment.author
        and now - comment.written_at < EDIT_WINDOW
    )


def check_commented(kind: RecordKind) -> None:
    if kind not in COMMENTED_KINDS:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages", "only follow-up actions, meetings and agreements have comments"
            )
        )


def threads(
    session: Session, kind: RecordKind, record_ids: Iterable[int]
) -> dict[int, list[CommentRow]]:
    """The comment threads of many records of one kind, oldest comment first."""
    ids = list(record_ids)
    rows = session.scalars(
        sa.select(m.Comment)
        .where(m.Comment.kind == kind.value, m.Comment.record_id.in_(ids))
        .order_by(m.Comment.id)
    ).all()
    return _thread_rows(rows)


def _thread_rows(rows: Iterable[m.Comment]) -> dict[int, list[CommentRow]]:
    versions: dict[int, list[m.Comment]] = {}  # first row's id -> every version, in order
    first_of: dict[int, int] = {}
    for row in rows:  # by id: a version always comes after the one it replaces
        first = first_of.get(row.replaces_id, row.id) if row.replaces_id else row.id
        first_of[row.id] = first
        versions.setdefault(first, []).append(row)
    result: dict[int, list[CommentRow]] = {}
    for chain in versions.values():
        first_row, latest = chain[0], chain[-1]
        result.setdefault(first_row.record_id, []).append(
            CommentRow(
                id=latest.id,
                author=first_row.author,
                written_at=first_row.written_at,
                text=latest.text,
                edited_at=latest.written_at if len(chain) > 1 else None,
                struck_at=latest.struck_at,
                struck_by=latest.struck_by,
                earlier=tuple(r.text for r in chain[:-1]),
            )
        )
    return result


def thread(session: Session, kind: RecordKind, record_id: int) -> list[CommentRow]:
    check_commented(kind)
    get_record(session, MODELS[kind], record_id)
    return threads(session, kind, [record_id]).get(record_id, [])


def list_comments(engine: Engine, kind: RecordKind, record_id: int) -> list[CommentRow]:
    """A record's thread as a reader sees it: each comment's text in the reading language
    where it has a version in it (the office's remarks of the dataset), else as written (a
    comment is kept in the language its author wrote it in, so it is not marked as another
    language's). The export reads `threads`, the text as written."""
    with reading(engine) as session:
        rows = thread(session, kind, record_id)
        return [replace(c, text=_read_text(session, c)) for c in rows]


def _read_text(session: Session, comment: CommentRow) -> str:
    row = session.get(m.Comment, comment.id)
    got = localised(row, "text")
    return comment.text if got.fell_back or got.value is None else str(got.value)


def insert_comment(
    session: Session,
    kind: RecordKind,
    record_id: int,
    text: str,
    author: str,
    written_at: datetime | None = None,
) -> m.Comment:
    """Adds one comment in the caller's transaction (imports keep the original author and
    time; the app writes now)."""
    check_commented(kind)
    get_record(session, MODELS[kind], record_id)
    row = m.Comment(kind=kind.value, record_id=record_id, author=author, text=text)
    if written_at is not None:
        row.written_at = written_at
    session.add(row)
    session.flush()
    return row


def add_comment(
    engine: Engine, kind: RecordKind, record_id: int, text: str, author: str
) -> CommentRow:
    with writing(engine) as session:
        row = insert_comment(session, kind, record_id, text, author)
        return _row_of(session, row, row.id)


def _latest(session: Session, comment_id: int) -> m.Comment:
    row = session.get(m.Comment, comment_id)
    if row is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Messages", "there is no comment with id {id}"), id=comment_id
        )
    if session.scalar(sa.select(m.Comment.id).where(m.Comment.replaces_id == comment_id)):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages", "comment {id} was changed meanwhile; reload the thread and try again"
            ),
            id=comment_id,
        )
    return row


def _first(session: Session, row: m.Comment) -> m.Comment:
    while row.replaces_id is not None:
        earlier = session.get(m.Comment, row.replaces_id)
        assert earlier is not None  # a foreign key
        row = earlier
    return row


def _row_of(session: Session, row: m.Comment, comment_id: int) -> CommentRow:
    comments = thread(session, RecordKind(row.kind), row.record_id)
    return next(c for c in comments if c.id == comment_id)


def edit_comment(
    engine: Engine, comment_id: int, text: str, author: str, now: datetime | None = None
) -> CommentRow:
    """Corrects a comment: only its author, only within EDIT_WINDOW of writing it."""
    with writing(engine) as session:
        row = _latest(session, comment_id)
        first = _first(session, row)
        moment = now or m.utcnow()
        if first.author != author:
            raise UserError(
                QT_TRANSLATE_NOOP("Messages", "only its author, {author}, can change a comment"),
                author=first.author,
            )
        if row.struck_at is not None or moment - first.written_at >= EDIT_WINDOW:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "a comment can be changed for {minutes} minutes after writing it; "
                    "strike it through and write a new one instead",
                ),
                minutes=int(EDIT_WINDOW.total_seconds() // 60),
            )
        new = m.Comment(
            kind=row.kind,
            record_id=row.record_id,
            author=author,
            text=text,
            written_at=moment,
            replaces_id=row.id,
        )
        session.add(new)
        session.flush()
        return _row_of(session, new, new.id)


def strike_comment(engine: Engine, comment_id: int, author: str) -> CommentRow:
    """Strikes a comment through: it stays in the thread, marked as taken back by its author."""
    with writing(engine) as session:
        row = _latest(session, comment_id)
        first = _first(session, row)
        if first.author != author:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Messages", "only its author, {author}, can strike a comment through"
                ),
                author=first.author,
            )
        if row.struck_at is None:
            row.struck_at = m.utcnow()
            row.struck_by = author
            session.flush()
        return _row_of(session, row, row.id)
