"""Checks of a whole record after its fields are written and before the database sees it:
values the table wants unique, a record made part of itself, an end before its start. Each
refusal names a field, as the field checks do (services.record_kinds.values)."""

from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from briefing_app.domain import models as m
from briefing_app.domain.errors import FieldError, ValidationError
from briefing_app.domain.record_kind import RecordKind
from briefing_app.i18n import QT_TRANSLATE_NOOP
from briefing_app.services.record_kinds.fields import FieldType
from briefing_app.services.record_kinds.registry import MODELS, SPECS, label_of


def check_record(session: Session, kind: RecordKind, record: Any) -> None:
    """Raise ValidationError naming every field a check refuses."""
    with session.no_autoflush:
        errors = [*_unique(session, kind, record), *_loops(session, kind, record)]
    errors += _ranges(kind, record)
    if errors:
        raise ValidationError(errors)


def _unique(session: Session, kind: RecordKind, record: Any) -> list[FieldError]:
    """Values another record of the kind already has where the table wants them unique (a
    locality's country and name), refused before the database would."""
    errors = []
    table = m.Base.metadata.tables[MODELS[kind].__tablename__]
    for constraint in table.constraints:
        if not isinstance(constraint, sa.UniqueConstraint):
            continue
        keys = [column.key for column in constraint.columns]
        if "seed_key" in keys:
            continue
        same = session.scalars(
            sa.select(MODELS[kind]).where(
                *(table.c[key] == getattr(record, key) for key in keys),
                table.c.id != (record.id or 0),
            )
        ).first()
        if same is not None:
            errors.append(
                FieldError(
                    keys[-1],
                    QT_TRANSLATE_NOOP(
                        "Messages", "is already used by another record: {label} (id {id})"
                    ),
                    label=label_of(kind, same),
                    id=same.id,
                )
            )
    return errors


def _loops(session: Session, kind: RecordKind, record: Any) -> list[FieldError]:
    """A reference to a record of the same kind (an event's parent) must not lead back."""
    errors = []
    for field in SPECS[kind].writable:
        if field.type is not FieldType.REFERENCE or field.target is not kind:
            continue
        seen: set[int] = set()
        current = getattr(record, field.key)
        while current is not None and current not in seen:
            if current == record.id:
                errors.append(
                    FieldError(
                        field.key,
                        QT_TRANSLATE_NOOP("Messages", "would make the record part of itself"),
                    )
                )
                break
            seen.add(current)
            current = session.scalar(
                sa.select(MODELS[kind].__table__.c[field.key]).where(
                    MODELS[kind].__table__.c.id == current
                )
            )
    return errors


def _ranges(kind: RecordKind, record: Any) -> list[FieldError]:
    """An end date (departure, end of validity) is not before its start."""
    errors = []
    spec = SPECS[kind]
    for start, end in spec.ranges:
        first, last = getattr(record, start), getattr(record, end)
        if first is not None and last is not None and last < first:
            errors.append(
                FieldError(
                    end,
                    QT_TRANSLATE_NOOP("Messages", "is before {start} ({date})"),
                    start=start,
                    date=first.isoformat(),
                )
            )
    return errors
