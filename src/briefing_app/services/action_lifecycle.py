"""Creating, duplicating, deleting and restoring follow-up actions.

Each call is one write unit of work that records history. A delete returns a snapshot of
everything the action owned (fields, cooperation areas, history, citations) so that undoing the
delete restores it as it was, under its old id when that id is still free.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from briefing_app.domain import models as m
from briefing_app.domain.due import check_repeat, next_due, period_start
from briefing_app.domain.enums import (
    ActionStatus,
    Classification,
    DuePrecision,
    Priority,
    Recurrence,
)
from briefing_app.domain.errors import (
    FieldError,
    NotFoundError,
    StaleVersionError,
    ValidationError,
)
from briefing_app.domain.translations import BASE_LANGUAGE, OTHER_LANGUAGES, version, with_version
from briefing_app.i18n import QT_TRANSLATE_NOOP, Language, catalogue
from briefing_app.services.action_versions import clean_versions, with_versions
from briefing_app.services.convert import action_row
from briefing_app.services.dto import ActionDetail, ActionRow, PartyKind, PartyRef
from briefing_app.services.parties import load_party
from briefing_app.services.queries import action_detail
from briefing_app.services.records import get_record
from briefing_app.store.seed import forget_deleted, remember_deleted
from briefing_app.store.unit_of_work import reading, writing

Due = tuple[date, DuePrecision] | None

#: The `field` of the history row written when an action is created, duplicated or restored.
CREATED = "created"
RESTORED = "restored"


@dataclass(frozen=True)
class NewAction:
    """Everything a new follow-up action starts with; only the meeting and title are required."""

    meeting_id: int
    title: str
    description: str | None = None
    status: ActionStatus = ActionStatus.PROPOSED
    priority: Priority = Priority.NORMAL
    classification: Classification = Classification.PUBLIC
    due: Due = None
    owner: PartyRef | None = None
    counterpart: PartyRef | None = None
    area_ids: tuple[int, ...] = ()
    assignee: str | None = None
    repeat: Recurrence | None = None
    #: versions of the texts in other languages by key ("title_vi": text; see action_versions)
    versions: Mapping[str, str | None] = field(default_factory=dict)


@dataclass(frozen=True)
class ChangeSnapshot:
    changed_at: datetime
    changed_by: str
    field: str
    old_value: str | None
    new_value: str | None
    comment: str | None


@dataclass(frozen=True)
class CitationSnapshot:
    source_id: int
    excerpt: str | None


@dataclass(frozen=True)
class DeletedAction:
    """A deleted action, complete enough to put it back exactly (see restore_action)."""

    id: int
    seed_key: str | None
    meeting_id: int
    title: str
    description: str | None
    owner_locality_id: int | None
    owner_organisation_id: int | None
    owner_person_id: int | None
    counterpart_locality_id: int | None
    counterpart_organisation_id: int | None
    counterpart_person_id: int | None
    due_date: date | None
    due_precision: DuePrecision | None
    status: ActionStatus
    priority: Priority
    classification: Classification
    agreement_id: int | None
    assignee: str | None
    repeat: Recurrence | None
    previous_id: int | None
    #: the versions of its texts in other languages (the model's `translations`)
    translations: dict[str, dict[str, Any]]
    version: int
    created_at: datetime
    area_ids: tuple[int, ...]
    history: tuple[ChangeSnapshot, ...]
    citations: tuple[CitationSnapshot, ...]


def _collect(errors: list[FieldError], action: m.FollowUpAction, name: str, value: object) -> None:
    try:
        setattr(action, name, value)
    except FieldError as exc:
        errors.append(exc)


#: Why an owner or counterpart is refused, by the kind of record it names.
PARTY_GONE: dict[PartyKind, str] = {
    "locality": QT_TRANSLATE_NOOP("Messages", "refers to a locality that no longer exists"),
    "organisation": QT_TRANSLATE_NOOP(
        "Messages", "refers to an organisation that no longer exists"
    ),
    "person": QT_TRANSLATE_NOOP("Messages", "refers to a person that no longer exists"),
}


def _set_party(
    session: Session,
    action: m.FollowUpAction,
    role: str,
    ref: PartyRef | None,
    errors: list[FieldError],
) -> None:
    if ref is None:
        return
    try:
        party = load_party(session, ref)
    except NotFoundError:
        errors.append(FieldError(role, PARTY_GONE[ref.kind]))
        return
    slot = {m.Locality: "locality", m.Organisation: "organisation", m.Person: "person"}
    setattr(action, f"{role}_{slot[type(party)]}", party)


def _areas(
    session: Session, area_ids: tuple[int, ...], errors: list[FieldError]
) -> list[m.CooperationArea]:
    if not area_ids:
        return []
    areas = list(
        session.scalars(sa.select(m.CooperationArea).where(m.CooperationArea.id.in_(area_ids)))
    )
    if len(areas) != len(set(area_ids)):
        errors.append(
            FieldError(
                "cooperation areas", QT_TRANSLATE_NOOP("Messages", "include an unknown area")
            )
        )
    return sorted(areas, key=lambda a: area_ids.index(a.id))


def _build(session: Session, new: NewAction) -> m.FollowUpAction:
    """A new, unsaved action; raises ValidationError listing every refused field.

    Autoflush is off while it is built: the half-built action must not reach the database.
    """
    with session.no_autoflush:
        return _build_unflushed(session, new)


def _build_unflushed(session: Session, new: NewAction) -> m.FollowUpAction:
    errors: list[FieldError] = []
    action = m.FollowUpAction()
    meeting = session.get(m.Meeting, new.meeting_id)
    if meeting is None:
        errors.append(
            FieldError(
                "meeting",
                QT_TRANSLATE_NOOP("Messages", "does not exist (id {id})"),
                id=new.meeting_id,
            )
        )
    else:
        action.meeting = meeting
    _collect(errors, action, "title", new.title)
    _collect(errors, action, "description", new.description)
    _collect(errors, action, "assignee", new.assignee)
    action.translations = with_versions({}, clean_versions(new.versions, errors))
    action.repeat = None if new.repeat is None else Recurrence(new.repeat)
    try:
        check_repeat(action.repeat, new.due and new.due[0])
    except FieldError as exc:
        errors.append(exc)
    action.status = ActionStatus(new.status)
    action.priority = Priority(new.priority)
    action.classification = Classification(new.classification)
    if new.due is not None:
        day, precision = new.due
        action.due_precision = DuePrecision(precision)
        action.due_date = period_start(day, action.due_precision)
    _set_party(session, action, "owner", new.owner, errors)
    _set_party(session, action, "counterpart", new.counterpart, errors)
    action.areas = _areas(session, new.area_ids, errors)
    if errors:
        raise ValidationError(errors)
    return action


def _history(action: m.FollowUpAction, changed_by: str, field: str, comment: str | None) -> None:
    action.changes.append(
        m.ActionChange(
            changed_by=changed_by,
            field=field,
            old_value=None,
            new_value=action.title,
            comment=comment,
        )
    )


def create_action(
    engine: Engine,
    new: NewAction,
    *,
    changed_by: str,
    comment: str | None = None,
    today: date | None = None,
) -> ActionDetail:
    """Validate and save a new action with a "created" history row; returns it as saved."""
    with writing(engine) as session:
        action = add_action(session, new, changed_by=changed_by, comment=comment)
        session.flush()
        return action_detail(session, action, today or date.today())


def add_action(
    session: Session, new: NewAction, *, changed_by: str, comment: str | None = None
) -> m.FollowUpAction:
    """Validate `new` and add it to the caller's unit of work with a "created" history row.
    Raises ValidationError listing every refused field. Does not flush."""
    action = _build(session, new)
    session.add(action)
    _history(action, changed_by, CREATED, comment)
    return action


def duplicate_action(
    engine: Engine,
    action_id: int,
    *,
    changed_by: str,
    title: str | None = None,
    today: date | None = None,
) -> ActionDetail:
    """A new action with the same meeting, texts, parties, due date and areas as `action_id`.

    History, comments, attachments and sources stay with the original; a finished (done or
    cancelled) action's copy starts again as proposed. `title` replaces the copied (English)
    title when given; without it, the title in each language is marked as a copy in that
    language ("… (copy)", "… (bản sao)").
    """
    with writing(engine) as session:
        original = get_record(session, m.FollowUpAction, action_id)
        errors: list[FieldError] = []
        copy = m.FollowUpAction()
        _collect(errors, copy, "title", title or _marked_copy(original.title, BASE_LANGUAGE))
        if errors:
            raise ValidationError(errors)
        copy.status = original.status if original.status.is_open else ActionStatus.PROPOSED
        session.add(copy)
        _copy_fields(original, copy)
        if title is None:
            for language in OTHER_LANGUAGES:
                translated = version(original, "title", language)
                if translated is not None:
                    copy.translations = with_version(
                        copy.translations, "title", language, _marked_copy(translated, language)
                    )
        _history(copy, changed_by, CREATED, f"duplicate of action {original.id}")
        session.flush()
        return action_detail(session, copy, today or date.today())


#: How a duplicate's title says it is a copy, in each language.
_COPY_TITLE = QT_TRANSLATE_NOOP("Messages", "{title} (copy)")


def _marked_copy(title: str, language: str) -> str:
    """`title` marked as a copy in `language`, shortened (…) to fit the title column."""
    template = catalogue(Language(language)).translate("Messages", _COPY_TITLE)
    column = m.FollowUpAction.__table__.c.title.type
    assert isinstance(column, sa.String) and column.length is not None
    limit = column.length
    marked = template.format(title=title)
    if len(marked) > limit:
        room = limit - (len(marked) - len(title)) - 1
        marked = template.format(title=title[:room] + "…")
    return marked


def _copy_fields(original: m.FollowUpAction, copy: m.FollowUpAction) -> None:
    """What a duplicate and a next occurrence take over: meeting, texts (with their versions in
    other languages), parties, assignee, due date, repeat, agreement and areas."""
    copy.meeting_id = original.meeting_id
    copy.description = original.description
    copy.translations = dict(original.translations or {})
    copy.priority = original.priority
    copy.classification = original.classification
    copy.due_date, copy.due_precision = original.due_date, original.due_precision
    for role in ("owner", "counterpart"):
        for kind in ("locality", "organisation", "person"):
            slot = f"{role}_{kind}"
            setattr(copy, slot, getattr(original, slot))
    copy.assignee = original.assignee
    copy.repeat = original.repeat
    copy.agreement = original.agreement
    copy.areas = list(original.areas)


#: the `field` of the history rows that link the occurrences of a recurring action
NEXT_OCCURRENCE = "next_occurrence"


def add_next_occurrence(
    session: Session, done: m.FollowUpAction, *, changed_by: str
) -> m.FollowUpAction:
    """The next occurrence of a recurring action just marked done: the same action, agreed,
    due one period later, linked to `done` (its `previous_id` and a history row on each)."""
    assert done.repeat is not None and done.due_date is not None and done.due_precision
    existing = session.scalars(
        sa.select(m.FollowUpAction)
        .where(m.FollowUpAction.previous_id == done.id)
        .order_by(m.FollowUpAction.id)
    ).first()
    if existing is not None:  # done again after an undo kept an occurrence someone worked on
        return existing
    following = m.FollowUpAction(title=done.title, status=ActionStatus.AGREED, previous_id=done.id)
    session.add(following)
    with session.no_autoflush:
        _copy_fields(done, following)
    following.due_date = next_due(done.due_date, done.due_precision, done.repeat)
    _history(following, changed_by, CREATED, f"next occurrence after action {done.id}")
    session.flush()
    done.changes.append(
        m.ActionChange(
            changed_by=changed_by,
            field=NEXT_OCCURRENCE,
            old_value=None,
            new_value=str(following.id),
            comment=f"repeats {done.repeat.value}",
        )
    )
    return following


def withdraw_next_occurrence(
    session: Session, reopened: m.FollowUpAction, *, changed_by: str
) -> None:
    """A recurring action marked done by mistake and opened again (an undo): the occurrence
    that "done" created goes away again, if nobody has touched it since (still at its first
    version, no comment, no file); otherwise it stays, and the history says which it is."""
    following = session.scalars(
        sa.select(m.FollowUpAction)
        .where(m.FollowUpAction.previous_id == reopened.id)
        .order_by(m.FollowUpAction.id)
    ).first()
    if following is None:
        return
    touched = following.version > 1 or any(
        session.scalar(
            sa.select(model.id).where(model.kind == "action", model.record_id == following.id)
        )
        for model in (m.Comment, m.Attachment)
    )
    if touched:
        return
    reopened.changes.append(
        m.ActionChange(
            changed_by=changed_by,
            field=NEXT_OCCURRENCE,
            old_value=str(following.id),
            new_value=None,
            comment="withdrawn: the occurrence was opened again",
        )
    )
    session.delete(following)


def next_occurrence(engine: Engine, action_id: int, today: date) -> ActionRow | None:
    """The occurrence that marking the recurring action `action_id` done created, if any."""
    with reading(engine) as session:
        following = session.scalars(
            sa.select(m.FollowUpAction).where(m.FollowUpAction.previous_id == action_id)
        ).first()
        return None if following is None else action_row(following, today)


def _snapshot(action: m.FollowUpAction) -> DeletedAction:
    return DeletedAction(
        id=action.id,
        seed_key=action.seed_key,
        meeting_id=action.meeting_id,
        title=action.title,
        description=action.description,
        owner_locality_id=action.owner_locality_id,
        owner_organisation_id=action.owner_organisation_id,
        owner_person_id=action.owner_person_id,
        counterpart_locality_id=action.counterpart_locality_id,
        counterpart_organisation_id=action.counterpart_organisation_id,
        counterpart_person_id=action.counterpart_person_id,
        due_date=action.due_date,
        due_precision=action.due_precision,
        status=action.status,
        priority=action.priority,
        classification=action.classification,
        agreement_id=action.agreement_id,
        assignee=action.assignee,
        repeat=action.repeat,
        previous_id=action.previous_id,
        translations=dict(action.translations or {}),
        version=action.version,
        created_at=action.created_at,
        area_ids=tuple(a.id for a in action.areas),
        history=tuple(
            ChangeSnapshot(
                changed_at=c.changed_at,
                changed_by=c.changed_by,
                field=c.field,
                old_value=c.old_value,
                new_value=c.new_value,
                comment=c.comment,
            )
            for c in action.changes
        ),
        citations=tuple(CitationSnapshot(c.source_id, c.excerpt) for c in action.citations),
    )


def delete_action(
    engine: Engine, action_id: int, *, expected_version: int | None = None
) -> DeletedAction:
    """Delete one action with its history and citations; returns what restore_action needs.

    With `expected_version`, an action someone saved in the meantime is not deleted
    (StaleVersionError).
    """
    with writing(engine) as session:
        action = get_record(session, m.FollowUpAction, action_id)
        if expected_version is not None and action.version != expected_version:
            raise StaleVersionError(action_id, expected_version, action.version)
        snapshot = _snapshot(action)
        for citation in list(action.citations):
            session.delete(citation)
        remember_deleted(session, action.seed_key)
        session.delete(action)
        return snapshot


def restore_action(
    engine: Engine,
    snapshot: DeletedAction,
    *,
    changed_by: str,
    today: date | None = None,
) -> ActionDetail:
    """Put a deleted action back with its areas, history and citations, plus a "restored" row.

    It keeps its id unless another action took it meanwhile; records it pointed to that were
    deleted since are left out rather than failing the restore.
    """
    with writing(engine) as session:
        if session.get(m.Meeting, snapshot.meeting_id) is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP(
                    "Messages", "cannot restore action {id}: its meeting no longer exists"
                ),
                id=snapshot.id,
            )
        taken = session.get(m.FollowUpAction, snapshot.id) is not None
        seed_taken = snapshot.seed_key is not None and (
            session.scalar(
                sa.select(m.FollowUpAction.id).where(m.FollowUpAction.seed_key == snapshot.seed_key)
            )
            is not None
        )

        def existing(model: type[m.Record], record_id: int | None) -> int | None:
            if record_id is None:
                return None
            return record_id if session.get(model, record_id) is not None else None

        if not seed_taken:
            forget_deleted(session, snapshot.seed_key)
        action = m.FollowUpAction(
            id=None if taken else snapshot.id,
            seed_key=None if seed_taken else snapshot.seed_key,
            meeting_id=snapshot.meeting_id,
            title=snapshot.title,
            description=snapshot.description,
            owner_locality_id=existing(m.Locality, snapshot.owner_locality_id),
            owner_organisation_id=existing(m.Organisation, snapshot.owner_organisation_id),
            owner_person_id=existing(m.Person, snapshot.owner_person_id),
            counterpart_locality_id=existing(m.Locality, snapshot.counterpart_locality_id),
            counterpart_organisation_id=existing(
                m.Organisation, snapshot.counterpart_organisation_id
            ),
            counterpart_person_id=existing(m.Person, snapshot.counterpart_person_id),
            due_date=snapshot.due_date,
            due_precision=snapshot.due_precision,
            status=snapshot.status,
            priority=snapshot.priority,
            classification=snapshot.classification,
            agreement_id=existing(m.Agreement, snapshot.agreement_id),
            assignee=snapshot.assignee,
            repeat=snapshot.repeat,
            previous_id=existing(m.FollowUpAction, snapshot.previous_id),
            translations=snapshot.translations,
            created_at=snapshot.created_at,
        )
        if snapshot.area_ids:
            action.areas = list(
                session.scalars(
                    sa.select(m.CooperationArea).where(m.CooperationArea.id.in_(snapshot.area_ids))
                )
            )
        for change in snapshot.history:
            action.changes.append(
                m.ActionChange(
                    changed_at=change.changed_at,
                    changed_by=change.changed_by,
                    field=change.field,
                    old_value=change.old_value,
                    new_value=change.new_value,
                    comment=change.comment,
                )
            )
        action.changes.append(
            m.ActionChange(
                changed_by=changed_by,
                field=RESTORED,
                old_value=None,
                new_value=snapshot.title,
                comment="restored after it was deleted",
            )
        )
        session.add(action)
        session.flush()
        for citation in snapshot.citations:
            if session.get(m.Source, citation.source_id) is not None:
                session.add(
                    m.Citation(
                        source_id=citation.source_id, excerpt=citation.excerpt, action=action
                    )
                )
        # A restored action moves on from the version it was deleted at, so an editor still
        # holding that version cannot save over the restore unnoticed. (The ORM starts every
        # insert at version 1, hence the explicit UPDATE.)
        session.execute(
            sa.update(m.FollowUpAction)
            .where(m.FollowUpAction.id == action.id)
            .values(version=snapshot.version + 1)
            .execution_options(synchronize_session=False)
        )
        session.refresh(action)
        return action_detail(session, action, today or date.today())
