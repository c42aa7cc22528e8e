"""Read, list, create, edit and delete records of every kind, by the kind's FieldSpecs.

Each call is one unit of work. A save names the version it was based on (`if_version`); if
the stored record moved on it is refused (StaleRecordError) and nothing is written. Each
changed field leaves a history row (who, when, old → new): in `record_changes`, or for
follow-up actions in their own `action_changes`, written by the action services that also keep
the status rules. A delete moves the record to the trash (services.record_kinds.trash).
"""

from collections.abc import Callable, Mapping
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from briefing_app.domain import models as m
from briefing_app.domain.enums import ActionStatus, Classification, Priority, Recurrence
from briefing_app.domain.errors import (
    ConnectionLostError,
    FieldError,
    StaleRecordError,
    UserError,
    ValidationError,
)
from briefing_app.domain.record_kind import RecordKind
from briefing_app.domain.shown_text import area_name, area_other_name, shown
from briefing_app.domain.text import fold
from briefing_app.domain.translations import BASE_LANGUAGE, reading_language
from briefing_app.i18n import QT_TRANSLATE_NOOP
from briefing_app.services import action_lifecycle, actions, queries
from briefing_app.services.dto import PartyRef
from briefing_app.services.record_kinds.checks import check_record
from briefing_app.services.record_kinds.fields import FieldSpec, Vocabulary
from briefing_app.services.record_kinds.registry import MODELS, SPECS, label_of
from briefing_app.services.record_kinds.spec import HistoryEntry, RecordData, RecordRow
from briefing_app.services.record_kinds.values import (
    history_text,
    parse_values,
    read_values,
    stored_value,
    write_value,
)
from briefing_app.services.records import get_record
from briefing_app.store.storage_errors import LOST, LOST_AT_COMMIT
from briefing_app.store.unit_of_work import reading, writing

CREATED = "created"

#: One whole sentence per kind, so a translation never holds an English noun.
_STALE: dict[RecordKind, str] = {
    RecordKind.EVENT: QT_TRANSLATE_NOOP(
        "Messages",
        "event {id} was changed by someone else (you had version {expected}, it is now "
        "version {actual}); reload it and apply your change again",
    ),
    RecordKind.MEETING: QT_TRANSLATE_NOOP(
        "Messages",
        "meeting {id} was changed by someone else (you had version {expected}, it is now "
        "version {actual}); reload it and apply your change again",
    ),
    RecordKind.DELEGATION: QT_TRANSLATE_NOOP(
        "Messages",
        "delegation {id} was changed by someone else (you had version {expected}, it is now "
        "version {actual}); reload it and apply your change again",
    ),
    RecordKind.PERSON: QT_TRANSLATE_NOOP(
        "Messages",
        "person {id} was changed by someone else (you had version {expected}, it is now "
        "version {actual}); reload it and apply your change again",
    ),
    RecordKind.ORGANISATION: QT_TRANSLATE_NOOP(
        "Messages",
        "organisation {id} was changed by someone else (you had version {expected}, it is now "
        "version {actual}); reload it and apply your change again",
    ),
    RecordKind.LOCALITY: QT_TRANSLATE_NOOP(
        "Messages",
        "locality {id} was changed by someone else (you had version {expected}, it is now "
        "version {actual}); reload it and apply your change again",
    ),
    RecordKind.AGREEMENT: QT_TRANSLATE_NOOP(
        "Messages",
        "agreement {id} was changed by someone else (you had version {expected}, it is now "
        "version {actual}); reload it and apply your change again",
    ),
    RecordKind.SOURCE: QT_TRANSLATE_NOOP(
        "Messages",
        "source {id} was changed by someone else (you had version {expected}, it is now "
        "version {actual}); reload it and apply your change again",
    ),
    RecordKind.FACT: QT_TRANSLATE_NOOP(
        "Messages",
        "fact {id} was changed by someone else (you had version {expected}, it is now "
        "version {actual}); reload it and apply your change again",
    ),
    RecordKind.ACTION: QT_TRANSLATE_NOOP(
        "Messages",
        "follow-up action {id} was changed by someone else (you had version {expected}, it is "
        "now version {actual}); reload it and apply your change again",
    ),
}

#: What a list of records shows beside each record's name.
_DETAIL: dict[RecordKind, str] = {
    RecordKind.EVENT: "starts_on",
    RecordKind.MEETING: "held_on",
    RecordKind.DELEGATION: "side",
    RecordKind.PERSON: "position",
    RecordKind.ORGANISATION: "kind",
    RecordKind.LOCALITY: "name_native",
    RecordKind.AGREEMENT: "status",
    RecordKind.SOURCE: "publisher",
    RecordKind.FACT: "value",
    RecordKind.ACTION: "status",
}


def check_version(kind: RecordKind, record: Any, if_version: int | None) -> None:
    if if_version is not None and record.version != if_version:
        raise StaleRecordError(_STALE[kind], record.id, if_version, record.version)


def check_values(kind: RecordKind, values: Mapping[str, Any], *, partial: bool) -> dict[str, Any]:
    """Check `values` (JSON form) without the database: ValidationError by field key."""
    return parse_values(SPECS[kind], values, partial=partial)


def _data(kind: RecordKind, record: Any) -> RecordData:
    values = read_values(SPECS[kind], record)
    return RecordData(kind, record.id, record.version, label_of(kind, record), values)


def read_record(engine: Engine, kind: RecordKind, record_id: int) -> RecordData:
    with reading(engine) as session:
        return _data(kind, get_record(session, MODELS[kind], record_id))


#: The detail `show --json` printed for these kinds before every kind could be edited.
_LEGACY_DETAIL: dict[RecordKind, Callable[[Engine, int], Any]] = {
    RecordKind.MEETING: queries.get_meeting,
    RecordKind.DELEGATION: queries.get_delegation,
    RecordKind.ACTION: queries.get_action,
}


def shown_record(engine: Engine, kind: RecordKind, record_id: int) -> dict[str, Any]:
    """What `show KIND ID --json` prints: the fields (as create/edit read them), the record's
    history (who changed what, when), and for meetings, delegations and actions the detail the
    first CLI printed, where its keys do not clash with a field."""
    data = read_record(engine, kind, record_id).as_json()
    legacy = _LEGACY_DETAIL.get(kind)
    if legacy is not None:
        data = {**legacy(engine, record_id).as_json(), **data}
    if "history" not in data:
        data["history"] = [h.as_json() for h in record_history(engine, kind, record_id)]
    return data


def list_records(engine: Engine, kind: RecordKind) -> list[RecordRow]:
    """Every record of `kind`, by name (in the reading language: the English names are the
    columns SQL sorts by, other languages' are sorted here, folded, as the lists fold)."""
    model: Any = MODELS[kind]
    title = model.__table__.c[SPECS[kind].title_key]
    with reading(engine) as session:
        found = session.scalars(sa.select(model).order_by(title, model.id)).all()
        rows = [
            RecordRow(
                kind,
                r.id,
                r.version,
                label_of(kind, r),
                _detail_text(shown(r, _DETAIL[kind])),
            )
            for r in found
        ]
    if reading_language() != BASE_LANGUAGE:
        rows.sort(key=lambda row: (fold(row.label), row.id))
    return rows


def _detail_text(value: Any) -> str:
    if value is None:
        return ""
    return str(getattr(value, "value", value))


def reference_choices(engine: Engine, target: RecordKind | Vocabulary) -> list[RecordRow]:
    """What a reference to `target` may point at (for pickers)."""
    if isinstance(target, RecordKind):
        return list_records(engine, target)
    with reading(engine) as session:
        areas = session.scalars(sa.select(m.CooperationArea))
        rows = [
            RecordRow(Vocabulary.AREA, a.id, 1, area_name(a), area_other_name(a)) for a in areas
        ]
    return sorted(rows, key=lambda row: (fold(row.label), row.id))


def _record_change(
    session: Session,
    kind: RecordKind,
    record: Any,
    changed_by: str,
    field: str,
    old: str | None,
    new: str | None,
) -> None:
    if kind is RecordKind.ACTION:
        session.add(
            m.ActionChange(
                action=record, changed_by=changed_by, field=field, old_value=old, new_value=new
            )
        )
    else:
        session.add(
            m.RecordChange(
                kind=kind.value,
                record_id=record.id,
                changed_by=changed_by,
                field=field,
                old_value=old,
                new_value=new,
            )
        )


#: Action fields the action services write (with their status rules and history).
_ACTION_SERVICE_KEYS = frozenset(
    {"title", "description", "status", "priority", "classification", "due", "assignee"}
    | {"repeat", "area_ids", "owner_ref", "counterpart_ref"}
)


def _action_arguments(values: Mapping[str, Any]) -> dict[str, Any]:
    """Parsed action values as NewAction/ActionEdit take them (enums, PartyRefs, tuples)."""
    converted: dict[str, Any] = {}
    for key, value in values.items():
        if key not in _ACTION_SERVICE_KEYS:
            continue
        if key in ("owner_ref", "counterpart_ref"):
            party = None if value is None else PartyRef(value["kind"], value["id"], "")
            converted[key.removesuffix("_ref")] = party
        elif key == "status":
            converted[key] = ActionStatus(value)
        elif key == "priority":
            converted[key] = Priority(value)
        elif key == "classification":
            converted[key] = Classification(value)
        elif key == "repeat":
            converted[key] = None if value is None else Recurrence(value)
        elif key == "area_ids":
            converted[key] = tuple(value)
        else:
            converted[key] = value
    return converted


def _history_value(field: FieldSpec, record: Any) -> str | None:
    return history_text(stored_value(field, record))


def write_fields(
    session: Session,
    kind: RecordKind,
    record: Any,
    values: Mapping[str, Any],
    changed_by: str | None,
) -> bool:
    """Write the parsed `values` to `record`; with `changed_by` (an edit), a history row per
    changed field. Returns whether anything changed (always False for a new record);
    ValidationError (every refused field) before the caller commits."""
    spec = SPECS[kind]
    changed = False
    errors: list[FieldError] = []
    with session.no_autoflush:
        for key, value in values.items():
            if kind is RecordKind.ACTION and key in _ACTION_SERVICE_KEYS:
                continue
            field = spec.field(key)
            before = _history_value(field, record) if changed_by else None
            try:
                write_value(session, spec, field, record, value)
            except FieldError as error:
                errors.append(error)
                continue
            after = _history_value(field, record) if changed_by else None
            if before != after:
                changed = True
                if changed_by is not None:
                    _record_change(session, kind, record, changed_by, key, before, after)
    if errors:
        raise ValidationError(errors)
    return changed


def create_record(
    engine: Engine, kind: RecordKind, values: Mapping[str, Any], *, changed_by: str
) -> RecordData:
    """Check and save a new record of `kind` from its JSON values; returns it as saved."""
    parsed = parse_values(SPECS[kind], values, partial=False)
    with writing(engine) as session:
        if kind is RecordKind.ACTION:
            arguments = _action_arguments(parsed)
            new = action_lifecycle.NewAction(meeting_id=parsed["meeting_id"], **arguments)
            record: Any = action_lifecycle.add_action(session, new, changed_by=changed_by)
        else:
            record = MODELS[kind]()
            session.add(record)
        write_fields(session, kind, record, parsed, None)
        check_record(session, kind, record)
        session.flush()
        if kind is not RecordKind.ACTION:
            _record_change(session, kind, record, changed_by, CREATED, None, label_of(kind, record))
        session.flush()
        return _data(kind, record)


def edit_record(
    engine: Engine,
    kind: RecordKind,
    record_id: int,
    values: Mapping[str, Any],
    *,
    changed_by: str,
    if_version: int | None = None,
    comment: str | None = None,
    check_status: bool = True,
) -> RecordData:
    """Check and save the fields present in `values`; fields left out are not touched. The
    version goes up by one when anything changed. For an action, `comment` goes with each
    history row and `check_status=False` (undo and redo, which restore a state that was legal
    before) skips the status rules.

    When the connection to the server drops and whether the edit was stored is not known (it
    dropped during COMMIT), the record is read again: holding what was sent at the version
    the edit would have made, it was saved (returned as stored); else ConnectionLostError,
    nothing was saved. (A colleague who saved the very same values at that moment is taken for
    this edit: the record holds them either way.)"""
    parsed = parse_values(SPECS[kind], values, partial=True)
    try:
        return _edit(engine, kind, record_id, parsed, changed_by, if_version, comment, check_status)
    except ConnectionLostError as lost:
        if if_version is None or lost.template != LOST_AT_COMMIT:
            raise
        try:
            stored = read_record(engine, kind, record_id)
        except (UserError, sa.exc.DBAPIError):
            raise lost from None  # out of reach again: it may or may not have been saved
        if stored.version == if_version + 1 and _holds(kind, stored, parsed):
            return stored
        raise ConnectionLostError(LOST, reason=lost.values["reason"]) from lost


def _holds(kind: RecordKind, stored: RecordData, parsed: Mapping[str, Any]) -> bool:
    """Whether the stored record has the `parsed` values (compared as parsed alike)."""
    sent = {key: stored.values.get(key) for key in parsed}
    try:
        return parse_values(SPECS[kind], sent, partial=True) == parsed
    except ValidationError:
        return False


def _edit(
    engine: Engine,
    kind: RecordKind,
    record_id: int,
    parsed: Mapping[str, Any],
    changed_by: str,
    if_version: int | None,
    comment: str | None,
    check_status: bool,
) -> RecordData:
    with writing(engine) as session:
        record: Any = get_record(session, MODELS[kind], record_id)
        check_version(kind, record, if_version)
        if kind is RecordKind.ACTION:
            edit = actions.ActionEdit(**_action_arguments(parsed))
            actions.apply_edit(
                session,
                record,
                edit,
                changed_by=changed_by,
                comment=comment,
                check_status=check_status,
            )
            if write_fields(session, kind, record, parsed, changed_by):
                record.updated_at = m.utcnow()  # one UPDATE bumps the mapper's version
        elif write_fields(session, kind, record, parsed, changed_by):
            record.version += 1
            record.updated_at = m.utcnow()
        check_record(session, kind, record)
        session.flush()
        return _data(kind, record)


def record_history(engine: Engine, kind: RecordKind, record_id: int) -> list[HistoryEntry]:
    """Every change of one record, its comments and attached files, oldest first."""
    with reading(engine) as session:
        if kind is RecordKind.ACTION:
            rows: Any = session.scalars(
                sa.select(m.ActionChange)
                .where(m.ActionChange.action_id == record_id)
                .order_by(m.ActionChange.id)
            )
        else:
            rows = session.scalars(
                sa.select(m.RecordChange)
                .where(m.RecordChange.kind == kind.value, m.RecordChange.record_id == record_id)
                .order_by(m.RecordChange.id)
            )
        entries = [
            HistoryEntry(r.changed_at, r.changed_by, r.field, r.old_value, r.new_value)
            for r in rows
        ]
        entries += _thread_history(session, kind, record_id)
        return sorted(entries, key=lambda e: e.changed_at)


#: the `field` of the history entries of a comment thread and of attached files
COMMENT, COMMENT_STRUCK, ATTACHMENT = "comment", "comment_struck", "attachment"


def _thread_history(session: Session, kind: RecordKind, record_id: int) -> list[HistoryEntry]:
    where = (m.Comment.kind == kind.value, m.Comment.record_id == record_id)
    comments = {c.id: c for c in session.scalars(sa.select(m.Comment).where(*where))}
    entries = []
    for c in comments.values():
        earlier = comments[c.replaces_id].text if c.replaces_id in comments else None
        entries.append(HistoryEntry(c.written_at, c.author, COMMENT, earlier, c.text))
        if c.struck_at is not None:
            entries.append(
                HistoryEntry(c.struck_at, c.struck_by or "", COMMENT_STRUCK, c.text, None)
            )
    files = session.scalars(
        sa.select(m.Attachment).where(
            m.Attachment.kind == kind.value, m.Attachment.record_id == record_id
        )
    )
    entries += [HistoryEntry(f.added_at, f.added_by, ATTACHMENT, None, f.file_name) for f in files]
    return entries
