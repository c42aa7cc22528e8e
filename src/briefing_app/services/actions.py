"""Editing follow-up actions: validate everything first, record history, bump the version.

A save names the version it was based on; if the stored action has moved on, the save is
refused (StaleVersionError) and nothing is written. A refused field (ValidationError) also
writes nothing: the stored value stays as it was.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import date
from enum import Enum
from typing import Any

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from briefing_app.domain import models as m
from briefing_app.domain.due import check_repeat, format_due, period_start
from briefing_app.domain.enums import (
    ActionStatus,
    Classification,
    DuePrecision,
    Priority,
    Recurrence,
)
from briefing_app.domain.errors import (
    FieldError,
    StaleVersionError,
    ValidationError,
)
from briefing_app.domain.record_kind import RecordKind
from briefing_app.domain.status_rules import check_transition
from briefing_app.domain.text import clean_text
from briefing_app.domain.translations import version
from briefing_app.i18n import QT_TRANSLATE_NOOP
from briefing_app.services.action_lifecycle import add_next_occurrence, withdraw_next_occurrence
from briefing_app.services.action_versions import clean_versions, parts, with_versions
from briefing_app.services.comments import insert_comment
from briefing_app.services.convert import counterpart_of, owner_of
from briefing_app.services.dto import ActionDetail, PartyRef
from briefing_app.services.parties import load_party
from briefing_app.services.queries import action_detail
from briefing_app.services.records import get_record
from briefing_app.store.unit_of_work import writing


class _Unchanged(Enum):
    UNCHANGED = "unchanged"


UNCHANGED = _Unchanged.UNCHANGED
Due = tuple[date, DuePrecision] | None


@dataclass(frozen=True)
class ActionEdit:
    """The fields a save changes; anything left UNCHANGED is not touched."""

    title: str | _Unchanged = UNCHANGED
    description: str | None | _Unchanged = UNCHANGED
    status: ActionStatus | _Unchanged = UNCHANGED
    priority: Priority | _Unchanged = UNCHANGED
    classification: Classification | _Unchanged = UNCHANGED
    due: Due | _Unchanged = UNCHANGED
    owner: PartyRef | None | _Unchanged = UNCHANGED
    counterpart: PartyRef | None | _Unchanged = UNCHANGED
    area_ids: tuple[int, ...] | _Unchanged = UNCHANGED
    assignee: str | None | _Unchanged = UNCHANGED
    repeat: Recurrence | None | _Unchanged = UNCHANGED
    #: Versions of the texts in other languages by key ("title_vi": text, None removes it);
    #: a version not named is not touched (services.action_versions).
    versions: Mapping[str, str | None] = field(default_factory=dict)
    #: A comment added to the action's thread with the save (the CLI's --note).
    new_comment: str | None = None

    def changed(self) -> dict[str, Any]:
        return {
            f.name: getattr(self, f.name)
            for f in fields(self)
            if f.name not in ("new_comment", "versions") and getattr(self, f.name) is not UNCHANGED
        }


def _display(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, PartyRef):
        return value.name
    return str(value)


def _due_display(due: Due) -> str | None:
    return format_due(due[0], due[1]) if due else None


class _ActionEditor:
    """Applies one ActionEdit to one loaded action, collecting history rows."""

    def __init__(self, session: Session, action: m.FollowUpAction, changed_by: str) -> None:
        self.session = session
        self.action = action
        self.changed_by = changed_by
        self.history: list[tuple[str, str | None, str | None]] = []

    def validated(self, edit: ActionEdit, check_status: bool) -> dict[str, Any]:
        """Every new value, cleaned; raises ValidationError listing all refused fields."""
        errors: list[FieldError] = []
        values: dict[str, Any] = {}
        for name, value in edit.changed().items():
            try:
                values[name] = self._clean(name, value, check_status)
            except FieldError as exc:
                errors.append(exc)
        if edit.versions:
            values["versions"] = clean_versions(edit.versions, errors)
        if edit.new_comment is not None:
            try:
                clean_text(
                    edit.new_comment,
                    field="note",
                    max_length=m.LONG_TEXT_LIMIT,
                    required=True,
                    multiline=True,  # as the thread keeps it (comments.text is a Text column)
                )
            except FieldError as exc:
                errors.append(exc)
        try:
            check_repeat(
                values.get("repeat", self.action.repeat),
                values.get("due", self.action.due_date),
            )
        except FieldError as exc:
            errors.append(exc)
        if errors:
            raise ValidationError(errors)
        return values

    def _clean(self, name: str, value: Any, check_status: bool) -> Any:
        if name in ("title", "description", "assignee"):
            return self.action.clean_field(name, value)
        if name == "repeat" and value is not None:
            return Recurrence(value)
        if name == "status":
            status = ActionStatus(value)
            if check_status:
                check_transition(self.action.status, status)
            return status
        if name == "due" and value is not None:
            day, precision = value
            return period_start(day, DuePrecision(precision)), DuePrecision(precision)
        if name in ("owner", "counterpart") and value is not None:
            return load_party(self.session, value)
        if name == "area_ids":
            # by primary key: an import of many rows finds them in the session, without a query
            found = [self.session.get(m.CooperationArea, i) for i in dict.fromkeys(value)]
            areas = [a for a in found if a is not None]
            if len(areas) != len(found):
                raise FieldError(
                    "cooperation areas", QT_TRANSLATE_NOOP("Messages", "include an unknown area")
                )
            return areas
        return value

    def apply(self, values: dict[str, Any]) -> None:
        action = self.action
        for name, value in values.items():
            if name == "due":
                old: Due = (
                    (action.due_date, action.due_precision)
                    if action.due_date and action.due_precision
                    else None
                )
                if old != value:
                    self._record("due", _due_display(old), _due_display(value))
                    action.due_date, action.due_precision = value or (None, None)
            elif name in ("owner", "counterpart"):
                self._set_party(name, value)
            elif name == "area_ids":
                old_names = sorted(a.name for a in action.areas)
                new_names = sorted(a.name for a in value)
                if old_names != new_names:
                    self._record("cooperation_areas", ", ".join(old_names), ", ".join(new_names))
                    action.areas = value
            elif name == "versions":
                self._set_versions(value)
            else:
                old = getattr(action, name)
                if old != value:
                    self._record(name, _display(old), _display(value))
                    setattr(action, name, value)

    def _set_versions(self, versions: dict[str, str | None]) -> None:
        """Each changed version, with a history row named by its key ("title_vi"), as the
        record editor writes them."""
        changed = {}
        for key, new in versions.items():
            old = version(self.action, *parts(key))
            if old != new:
                self._record(key, old, new)
                changed[key] = new
        if changed:
            self.action.translations = with_versions(self.action.translations, changed)

    def _set_party(self, role: str, party: m.Locality | m.Organisation | m.Person | None) -> None:
        action = self.action
        before = owner_of(action) if role == "owner" else counterpart_of(action)
        slots = {
            m.Locality: f"{role}_locality",
            m.Organisation: f"{role}_organisation",
            m.Person: f"{role}_person",
        }
        current = next((getattr(action, s) for s in slots.values() if getattr(action, s)), None)
        if current is party:
            return
        for slot in slots.values():
            setattr(action, slot, None)
        if party is not None:
            setattr(action, slots[type(party)], party)
        after = owner_of(action) if role == "owner" else counterpart_of(action)
        self._record(role, _display(before), _display(after))

    def _record(self, field: str, old: str | None, new: str | None) -> None:
        self.history.append((field, old, new))


def update_action(
    engine: Engine,
    action_id: int,
    edit: ActionEdit,
    *,
    changed_by: str,
    expected_version: int | None = None,
    comment: str | None = None,
    check_status: bool = True,
    today: date | None = None,
) -> ActionDetail:
    """Save `edit` to one action in one transaction and return the action as saved.

    `check_status=False` is for undo/redo, which restore a state that was legal before.
    """
    today = today or date.today()
    with writing(engine) as session:
        action = get_record(session, m.FollowUpAction, action_id)
        if expected_version is not None and action.version != expected_version:
            raise StaleVersionError(action_id, expected_version, action.version)
        apply_edit(
            session, action, edit, changed_by=changed_by, comment=comment, check_status=check_status
        )
        session.flush()
        return action_detail(session, action, today)


def apply_edit(
    session: Session,
    action: m.FollowUpAction,
    edit: ActionEdit,
    *,
    changed_by: str,
    comment: str | None = None,
    check_status: bool = True,
) -> list[tuple[str, str | None, str | None]]:
    """Validate `edit` and apply it to `action` inside the caller's unit of work, recording
    history; returns the (field, old, new) changes. Raises ValidationError (listing every
    refused field) before anything is changed. Does not flush."""
    editor = _ActionEditor(session, action, changed_by)
    values = editor.validated(edit, check_status)
    was_done = action.status is ActionStatus.DONE
    with session.no_autoflush:  # one UPDATE (one version bump) per save, not one per field
        editor.apply(values)
    if editor.history:
        # Touching a column makes the row UPDATE (and the version bump) happen even when
        # only the cooperation areas, which live in another table, changed.
        action.updated_at = m.utcnow()
    for name, old, new in editor.history:
        session.add(
            m.ActionChange(
                action=action,
                changed_by=changed_by,
                field=name,
                old_value=old,
                new_value=new,
                comment=comment,
            )
        )
    if edit.new_comment is not None:
        session.flush()
        insert_comment(session, RecordKind.ACTION, action.id, edit.new_comment, changed_by)
    status = values.get("status")
    if status is ActionStatus.DONE and not was_done and action.repeat:
        add_next_occurrence(session, action, changed_by=changed_by)
    elif was_done and status is not None and status is not ActionStatus.DONE:
        withdraw_next_occurrence(session, action, changed_by=changed_by)
    return editor.history
