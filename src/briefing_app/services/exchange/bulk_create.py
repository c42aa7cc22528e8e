"""Many new follow-up actions at once, for an import (issue 18: 100,000 rows in seconds, not
minutes). Each is checked by the same rules as `action_lifecycle.add_action` (the model's text
validators, an existing meeting, parties and areas that exist), then all are written with three
bulk statements (actions, their "created" history rows, their areas) inside the caller's unit of
work, and the search index is filled once for all of them."""

from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy.orm import Session

from briefing_app.domain import models as m
from briefing_app.domain.due import check_repeat, period_start
from briefing_app.domain.errors import FieldError, ValidationError
from briefing_app.domain.text import fold
from briefing_app.domain.translations import translated_texts
from briefing_app.i18n import QT_TRANSLATE_NOOP
from briefing_app.services.action_lifecycle import CREATED, PARTY_GONE, NewAction
from briefing_app.services.action_versions import clean_versions, with_versions
from briefing_app.services.dto import PartyRef
from briefing_app.store.row_ids import next_free_id
from briefing_app.store.search_index import indexed_afterwards

_ACTIONS = cast(sa.Table, m.FollowUpAction.__table__)
_CHANGES = cast(sa.Table, m.ActionChange.__table__)


@dataclass(frozen=True)
class _Row:
    columns: dict[str, Any]
    area_ids: tuple[int, ...]


class NewActions:
    """Collects checked new actions (`add`), then writes them all (`insert`)."""

    def __init__(self, session: Session, *, changed_by: str, comment: str | None) -> None:
        self.session = session
        self._meetings = set(session.scalars(sa.select(m.Meeting.id)))
        self._areas = set(session.scalars(sa.select(m.CooperationArea.id)))
        self._parties: dict[str, set[int]] = {
            "locality": set(session.scalars(sa.select(m.Locality.id))),
            "organisation": set(session.scalars(sa.select(m.Organisation.id))),
            "person": set(session.scalars(sa.select(m.Person.id))),
        }
        self._probe = m.FollowUpAction()  # never added: its clean_field checks the texts
        history = m.ActionChange()
        history.changed_by = changed_by  # validated once for every row
        history.comment = comment
        self._history = {"changed_by": history.changed_by, "comment": history.comment}
        self._rows: list[_Row] = []

    def __len__(self) -> int:
        return len(self._rows)

    def add(self, new: NewAction) -> tuple[int, str]:
        """Check `new` (ValidationError lists every refused field); returns its place in the
        batch and its title as stored."""
        errors: list[FieldError] = []
        columns: dict[str, Any] = {"meeting_id": new.meeting_id}
        if new.meeting_id not in self._meetings:
            errors.append(
                FieldError(
                    "meeting",
                    QT_TRANSLATE_NOOP("Messages", "does not exist (id {id})"),
                    id=new.meeting_id,
                )
            )
        for name in ("title", "description", "assignee"):
            try:  # what the model's validator runs, without an instrumented attribute set
                columns[name] = self._probe.clean_field(name, getattr(new, name))
            except FieldError as exc:
                errors.append(exc)
        columns["translations"] = with_versions({}, clean_versions(new.versions, errors))
        columns["status"] = new.status
        columns["priority"] = new.priority
        columns["classification"] = new.classification
        columns["repeat"] = new.repeat
        try:
            check_repeat(new.repeat, new.due and new.due[0])
        except FieldError as exc:
            errors.append(exc)
        if new.due is not None:
            day, precision = new.due
            columns["due_precision"] = precision
            columns["due_date"] = period_start(day, precision)
        else:
            columns["due_precision"] = columns["due_date"] = None
        for role, ref in (("owner", new.owner), ("counterpart", new.counterpart)):
            for kind in ("locality", "organisation", "person"):
                columns[f"{role}_{kind}_id"] = None
            if ref is not None:
                self._party(columns, errors, role, ref)
        if any(a not in self._areas for a in new.area_ids):
            errors.append(
                FieldError(
                    "cooperation areas", QT_TRANSLATE_NOOP("Messages", "include an unknown area")
                )
            )
        if errors:
            raise ValidationError(errors)
        versions = SimpleNamespace(translations=columns["translations"])
        for target, parts in m.FollowUpAction.__folded__.items():  # as refresh_folded does
            texts = [columns[p] for p in parts if columns.get(p)]
            if versions.translations:
                texts.extend(translated_texts(versions, parts))
            columns[target] = fold(" ".join(texts))
        self._rows.append(_Row(columns, tuple(dict.fromkeys(new.area_ids))))
        return len(self._rows) - 1, columns["title"]

    def _party(
        self, columns: dict[str, Any], errors: list[FieldError], role: str, ref: PartyRef
    ) -> None:
        if ref.id not in self._parties[ref.kind]:
            errors.append(FieldError(role, PARTY_GONE[ref.kind]))
            return
        columns[f"{role}_{ref.kind}_id"] = ref.id

    def insert(self) -> list[int]:
        """Write every action added; returns their ids, in the order they were added."""
        if not self._rows:
            return []
        connection = self.session.connection()
        now = m.utcnow()  # one moment for the whole import
        stamps = {"version": 1, "created_at": now, "updated_at": now}
        if connection.dialect.name == "sqlite":
            # The ids are given, not returned: the unit of work holds the write lock, so
            # nobody else inserts meanwhile, and one executemany beats a RETURNING per row
            # (SQLite has no batched RETURNING in a guaranteed order).
            first = next_free_id(connection, _ACTIONS)
            ids = list(range(first, first + len(self._rows)))
            with indexed_afterwards(connection, _ACTIONS.name):
                _insert_many(
                    connection,
                    _ACTIONS,
                    [
                        {"id": i, **row.columns, **stamps}
                        for i, row in zip(ids, self._rows, strict=True)
                    ],
                )
        else:  # a server database numbers them itself (its sequence must move on)
            ids = list(
                connection.execute(
                    sa.insert(_ACTIONS).returning(_ACTIONS.c.id, sort_by_parameter_order=True),
                    [{**row.columns, **stamps} for row in self._rows],
                ).scalars()
            )
        _insert_many(
            connection,
            _CHANGES,
            [
                {
                    "action_id": action_id,
                    "field": CREATED,
                    "old_value": None,
                    "new_value": row.columns["title"],
                    "changed_at": now,
                    **self._history,
                }
                for action_id, row in zip(ids, self._rows, strict=True)
            ],
        )
        links = [
            {"action_id": action_id, "area_id": area_id}
            for action_id, row in zip(ids, self._rows, strict=True)
            for area_id in row.area_ids
        ]
        if links:
            _insert_many(connection, m.action_areas, links)
        return ids


def _insert_many(connection: sa.Connection, table: sa.Table, rows: list[dict[str, Any]]) -> None:
    """`INSERT INTO table` of `rows` (all with the same keys) in one DBAPI executemany, each
    value through SQLAlchemy's own bind processor for its column (enums, dates and times as
    SQLAlchemy stores them), looked up once per column instead of once per value; Core's
    executemany spends about 30 µs a row on that bookkeeping."""
    keys = list(rows[0])
    compiled = sa.insert(table).compile(dialect=connection.dialect, column_keys=keys)
    order = compiled.positiontup
    if order is None or set(order) != set(keys):  # defaults to compute: Core does it
        connection.execute(sa.insert(table), rows)
        return
    processors: dict[str, Any] = dict(compiled._bind_processors)
    convert = [(name, processors.get(name)) for name in order]
    connection.exec_driver_sql(
        str(compiled),
        [tuple(row[name] if f is None else f(row[name]) for name, f in convert) for row in rows],
    )
