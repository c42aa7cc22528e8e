"""Comments and attachments in the exchange formats.

The JSON export carries each action's whole comment thread and its files (base64), so a copy
imported elsewhere has them with their authors and times (and a remark's versions in other
languages, `text_translations`, as `title_translations`); importing merges: a comment (same
author, time and text) or a file (same bytes and name) the action already has is not added
twice, so re-importing an export changes nothing. The spreadsheets show the thread as text
(read-only) and take a `comment` column (or an older file's `notes`) as one comment to add.
"""

import base64
import binascii
import hashlib
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from briefing_app.domain import models as m
from briefing_app.domain.clock import local
from briefing_app.domain.errors import FieldError
from briefing_app.domain.record_kind import RecordKind
from briefing_app.domain.text import clean_text
from briefing_app.domain.translations import LANGUAGES, OTHER_LANGUAGES, with_version
from briefing_app.i18n import QT_TRANSLATE_NOOP
from briefing_app.services.attachments import blob_content, check_size, insert_attachment
from briefing_app.services.comments import insert_comment, threads
from briefing_app.services.dto import AttachmentRow, CommentRow, OfficialDocument

_MALFORMED_COMMENT = QT_TRANSLATE_NOOP(
    "Messages", "comment {number} needs an author, a time (written_at) and a text"
)
_MALFORMED_VERSIONS = QT_TRANSLATE_NOOP(
    "Messages",
    "comment {number}: text_translations must be an object of the languages {languages} "
    "and their texts",
)
_MALFORMED_FILE = QT_TRANSLATE_NOOP(
    "Messages", "attachment {number} needs a file_name, added_by, added_at and content_base64"
)
_BAD_CONTENT = QT_TRANSLATE_NOOP(
    "Messages", "attachment {number}: the content does not match its sha256"
)


def thread_text(comments: tuple[CommentRow, ...]) -> str | None:
    """A thread as one spreadsheet cell: a line per comment, struck ones marked."""
    lines = []
    for c in comments:
        struck = " [struck through]" if c.struck_at else ""
        lines.append(f"{local(c.written_at):%Y-%m-%d %H:%M} {c.author}{struck}: {c.text}")
    return "\n".join(lines) or None


def file_json(row: AttachmentRow, content: bytes) -> dict[str, Any]:
    data = row.as_json()
    for key in ("id", "kind", "record_id"):
        del data[key]
    data["content_base64"] = base64.b64encode(content).decode("ascii")
    return data


@dataclass(frozen=True)
class ImportedComment:
    author: str
    written_at: datetime
    texts: tuple[str, ...]  # earlier versions first, the latest last
    struck_at: datetime | None
    struck_by: str | None
    # when the latest text was written (an edited comment)
    edited_at: datetime | None = None
    # the latest text in other languages, (language, text) (JSON's `text_translations`)
    versions: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class ImportedFile:
    file_name: str
    content: bytes
    added_by: str
    added_at: datetime
    document: OfficialDocument


def _moment(value: Any) -> datetime | None:
    """A time as the database keeps it (UTC, no offset): one with an offset is converted, one
    without is taken as UTC (as exports before the offsets wrote them)."""
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


def read_comments(raw: Any) -> list[ImportedComment]:
    """The `comments` of one JSON action; FieldError names the first malformed one."""
    if not isinstance(raw, list):
        raise FieldError("comments", QT_TRANSLATE_NOOP("Messages", "must be a list"))
    comments = []
    for number, item in enumerate(raw, start=1):
        written_at = _moment(item.get("written_at")) if isinstance(item, dict) else None
        if not isinstance(item, dict) or written_at is None:
            raise FieldError("comments", _MALFORMED_COMMENT, number=number)
        author, text, earlier = item.get("author"), item.get("text"), item.get("earlier", [])
        texts = [*earlier, text] if isinstance(earlier, list) else []
        if not (isinstance(author, str) and texts and all(isinstance(t, str) for t in texts)):
            raise FieldError("comments", _MALFORMED_COMMENT, number=number)
        struck_by = item.get("struck_by")
        comments.append(
            ImportedComment(
                author,
                written_at,
                tuple(texts),
                _moment(item.get("struck_at")),
                struck_by if isinstance(struck_by, str) else None,
                _moment(item.get("edited_at")),
                _versions(item.get(_VERSIONS_KEY), number),
            )
        )
    return comments


_VERSIONS_KEY = "text_translations"


def _versions(raw: Any, number: int) -> tuple[tuple[str, str], ...]:
    """A comment's `text_translations` ({"en": …, "vi": …}): the other languages' texts (the
    English is its `text`); FieldError if it is not an object of languages and texts."""
    if raw is None:
        return ()
    if not isinstance(raw, dict) or not set(raw) <= set(LANGUAGES):
        raise FieldError(
            "comments", _MALFORMED_VERSIONS, number=number, languages=", ".join(LANGUAGES)
        )
    versions = []
    for language in OTHER_LANGUAGES:
        text = clean_text(
            raw.get(language), field="comments", max_length=m.LONG_TEXT_LIMIT, multiline=True
        )
        if text is not None:
            versions.append((language, text))
    return tuple(versions)


def read_files(raw: Any) -> list[ImportedFile]:
    """The `attachments` of one JSON action, decoded and checked against their sha256."""
    if not isinstance(raw, list):
        raise FieldError("attachments", QT_TRANSLATE_NOOP("Messages", "must be a list"))
    files = []
    for number, item in enumerate(raw, start=1):
        if not isinstance(item, dict):
            raise FieldError("attachments", _MALFORMED_FILE, number=number)
        name, by, encoded = item.get("file_name"), item.get("added_by"), item.get("content_base64")
        added_at = _moment(item.get("added_at"))
        if not (isinstance(name, str) and isinstance(by, str) and isinstance(encoded, str)):
            raise FieldError("attachments", _MALFORMED_FILE, number=number)
        if added_at is None:
            raise FieldError("attachments", _MALFORMED_FILE, number=number)
        check_size(name, len(encoded) * 3 // 4)
        try:
            content = base64.b64decode(encoded, validate=True)
        except binascii.Error:
            raise FieldError("attachments", _MALFORMED_FILE, number=number) from None
        if item.get("sha256") not in (None, hashlib.sha256(content).hexdigest()):
            raise FieldError("attachments", _BAD_CONTENT, number=number)
        issued = item.get("issued_on")
        try:
            issued_on = date.fromisoformat(issued) if isinstance(issued, str) else None
        except ValueError:
            raise FieldError("attachments", _MALFORMED_FILE, number=number) from None
        number_text, issuer = item.get("number"), item.get("issuer")
        document = OfficialDocument(
            number_text if isinstance(number_text, str) else None,
            issued_on,
            issuer if isinstance(issuer, str) else None,
        )
        files.append(ImportedFile(name, content, by, added_at, document))
    return files


def merge_comments(session: Session, action_id: int, comments: list[ImportedComment]) -> int:
    """Adds the comments the action's thread does not hold yet, with their authors and times;
    returns how many."""
    # a comment as the thread shows it: its author, when first written, its latest text
    thread = threads(session, RecordKind.ACTION, [action_id]).get(action_id, [])
    have = {(c.author, c.written_at.replace(microsecond=0), c.text) for c in thread}
    added = 0
    for comment in comments:
        key = (comment.author, comment.written_at.replace(microsecond=0), comment.texts[-1])
        if key in have:
            continue
        added += 1
        row = insert_comment(
            session, RecordKind.ACTION, action_id, comment.texts[0], comment.author,
            comment.written_at,
        )  # fmt: skip
        for text in comment.texts[1:]:  # only the latest correction's time is exported
            row = m.Comment(
                kind=row.kind,
                record_id=action_id,
                author=comment.author,
                text=text,
                written_at=comment.edited_at or comment.written_at,
                replaces_id=row.id,
            )
            session.add(row)
            session.flush()
        row.struck_at, row.struck_by = comment.struck_at, comment.struck_by
        for language, text in comment.versions:  # on the latest text, as briefs read them
            row.translations = with_version(row.translations, "text", language, text)
    return added


def add_comment_once(session: Session, action_id: int, text: str, author: str) -> bool:
    """A spreadsheet's `comment` cell: added unless the thread already says exactly that;
    returns whether it was added."""
    said = session.scalar(
        sa.select(m.Comment.id).where(
            m.Comment.kind == RecordKind.ACTION.value,
            m.Comment.record_id == action_id,
            m.Comment.text == text,
        )
    )
    if said is not None:
        return False
    insert_comment(session, RecordKind.ACTION, action_id, text, author)
    return True


def merge_files(session: Session, action_id: int, files: list[ImportedFile]) -> list[str]:
    """Attaches the files the action does not have yet (same bytes, same name); returns the
    names of those attached."""
    have = {
        (digest, name)
        for digest, name in session.execute(
            sa.select(m.Attachment.sha256, m.Attachment.file_name).where(
                m.Attachment.kind == RecordKind.ACTION.value, m.Attachment.record_id == action_id
            )
        )
    }
    attached = []
    for file in files:
        if (hashlib.sha256(file.content).hexdigest(), file.file_name) in have:
            continue
        attached.append(file.file_name)
        insert_attachment(
            session,
            RecordKind.ACTION,
            action_id,
            file.file_name,
            file.content,
            file.added_by,
            file.document,
            file.added_at,
        )
    return attached


def files_of(session: Session, rows: list[AttachmentRow]) -> dict[str, bytes]:
    """The bytes of the attached files, by sha256 (each once)."""
    return {digest: blob_content(session, digest) for digest in {r.sha256 for r in rows}}
