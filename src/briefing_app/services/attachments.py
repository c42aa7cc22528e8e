"""Files kept with a record, inside the database (issue 13).

The bytes live in `blobs`, one row per distinct SHA-256, so a backup, a restore, the JSON export
and the team server carry them with everything else, and a letter attached to three records is
stored once. A file above MAX_BYTES, of a type that cannot be attached, or whose content is not
what its extension says is refused and nothing is written.
"""

import hashlib
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from briefing_app.domain import models as m
from briefing_app.domain.errors import NotFoundError, UserError
from briefing_app.domain.file_types import media_type_of
from briefing_app.domain.record_kind import RecordKind
from briefing_app.i18n import QT_TRANSLATE_NOOP
from briefing_app.services.dto import AttachmentRow, OfficialDocument
from briefing_app.services.record_kinds.registry import MODELS
from briefing_app.services.records import get_record
from briefing_app.store.unit_of_work import reading, writing

MAX_BYTES = 50 * 1024 * 1024
#: records whose threads one statement forgets (SQLite binds at most 32,766 values)
_BATCH = 500
NO_DOCUMENT = OfficialDocument()
TOO_LARGE = QT_TRANSLATE_NOOP(
    "Messages", "{name} is {size} MB; a file of at most {limit} MB can be attached"
)


def _row(a: m.Attachment) -> AttachmentRow:
    return AttachmentRow(
        id=a.id,
        kind=RecordKind(a.kind),
        record_id=a.record_id,
        file_name=a.file_name,
        media_type=a.media_type,
        size=a.size,
        sha256=a.sha256,
        added_by=a.added_by,
        added_at=a.added_at,
        document=OfficialDocument(a.document_number, a.issued_on, a.issuer),
    )


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}"


def check_size(name: str, size: int) -> None:
    """Refuses a file above the limit before anything reads it whole."""
    if size > MAX_BYTES:
        raise UserError(
            TOO_LARGE, name=name, size=_megabytes(size), limit=MAX_BYTES // (1024 * 1024)
        )


def read_file(path: Path) -> bytes:
    """The bytes of a file to attach; UserError when it is too large or cannot be read."""
    try:
        check_size(path.name, path.stat().st_size)
        with path.open("rb") as handle:
            content = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("Messages", "cannot read {path}: {reason}"),
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from exc
    check_size(path.name, len(content))
    return content


def insert_attachment(
    session: Session,
    kind: RecordKind,
    record_id: int,
    file_name: str,
    content: bytes,
    added_by: str,
    document: OfficialDocument = NO_DOCUMENT,
    added_at: datetime | None = None,
) -> m.Attachment:
    """Attaches `content` in the caller's transaction; the same bytes already stored are not
    stored again."""
    get_record(session, MODELS[kind], record_id)
    check_size(file_name, len(content))
    media_type = media_type_of(file_name, content)
    digest = hashlib.sha256(content).hexdigest()
    _store_bytes(session, digest, content)
    row = m.Attachment(
        kind=kind.value,
        record_id=record_id,
        sha256=digest,
        file_name=file_name,
        media_type=media_type,
        size=len(content),
        added_by=added_by,
        document_number=document.number,
        issued_on=document.issued_on,
        issuer=document.issuer,
    )
    if added_at is not None:
        row.added_at = added_at
    session.add(row)
    session.flush()
    return row


def attach_file(
    engine: Engine,
    kind: RecordKind,
    record_id: int,
    path: Path,
    added_by: str,
    document: OfficialDocument = NO_DOCUMENT,
) -> AttachmentRow:
    content = read_file(path)
    with writing(engine) as session:
        return _row(
            insert_attachment(session, kind, record_id, path.name, content, added_by, document)
        )


def _store_bytes(session: Session, digest: str, content: bytes) -> None:
    """Store `content` unless the same bytes are stored already. The insert itself skips
    them: on a team server the stored copy may belong to a record this user may not read,
    and row-level security hides it from a lookup."""
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    session.execute(
        insert(m.Blob)
        .values(sha256=digest, size=len(content), content=content)
        .on_conflict_do_nothing(index_elements=["sha256"])
    )


def attachments_of(
    session: Session, kind: RecordKind, record_ids: list[int]
) -> list[AttachmentRow]:
    rows = session.scalars(
        sa.select(m.Attachment)
        .where(m.Attachment.kind == kind.value, m.Attachment.record_id.in_(record_ids))
        .order_by(m.Attachment.id)
    )
    return [_row(a) for a in rows]


def list_attachments(engine: Engine, kind: RecordKind, record_id: int) -> list[AttachmentRow]:
    with reading(engine) as session:
        get_record(session, MODELS[kind], record_id)
        return attachments_of(session, kind, [record_id])


def _attachment(session: Session, attachment_id: int) -> m.Attachment:
    row = session.get(m.Attachment, attachment_id)
    if row is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Messages", "there is no attachment with id {id}"), id=attachment_id
        )
    return row


def blob_content(session: Session, sha256: str) -> bytes:
    return session.scalars(sa.select(m.Blob.content).where(m.Blob.sha256 == sha256)).one()


def attachment_content(engine: Engine, attachment_id: int) -> tuple[AttachmentRow, bytes]:
    with reading(engine) as session:
        row = _attachment(session, attachment_id)
        return _row(row), blob_content(session, row.sha256)


def remove_attachment(engine: Engine, attachment_id: int) -> AttachmentRow:
    """Takes a file off its record; its bytes go too unless another record keeps them."""
    with writing(engine) as session:
        row = _attachment(session, attachment_id)
        removed = _row(row)
        session.delete(row)
        session.flush()
        if not session.scalar(sa.select(m.Attachment.id).where(m.Attachment.sha256 == row.sha256)):
            session.execute(sa.delete(m.Blob).where(m.Blob.sha256 == row.sha256))
        return removed


def forget_threads(session: Session, gone: Iterable[tuple[RecordKind, int]]) -> None:
    """Forgets the comments and attachments of records deleted for good (the trash emptied),
    and the bytes no other record keeps. Only those records': an action deleted with an undo
    still possible is not in its table either, and keeps its thread for the undo."""
    by_kind: dict[RecordKind, list[int]] = {}
    for kind, record_id in gone:
        by_kind.setdefault(kind, []).append(record_id)
    for kind, ids in by_kind.items():
        for start in range(0, len(ids), _BATCH):
            batch = ids[start : start + _BATCH]
            for model in (m.Comment, m.Attachment):
                session.execute(
                    sa.delete(model).where(model.kind == kind.value, model.record_id.in_(batch))
                )
    kept = sa.select(m.Attachment.sha256)
    session.execute(sa.delete(m.Blob).where(m.Blob.sha256.not_in(kept)))
