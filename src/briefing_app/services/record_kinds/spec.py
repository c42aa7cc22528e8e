"""A record kind as data: its fields (FieldSpec) and the plain DTOs the services hand out.

`KindSpec` is Qt-free and database-free: the form models and the command line's JSON reader
use it without a session.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from briefing_app.domain.record_kind import RecordKind
from briefing_app.services.record_kinds.fields import FieldSpec, Vocabulary


@dataclass(frozen=True)
class KindSpec:
    """One record kind: labels (marked with QT_TRANSLATE_NOOP("Fields", …)) and fields in
    the order a form shows them."""

    kind: RecordKind
    label: str
    plural: str
    fields: tuple[FieldSpec, ...]
    #: the key of the field that names a record in lists and pickers
    title_key: str
    #: (start, end) date fields whose end may not come before the start
    ranges: tuple[tuple[str, str], ...] = ()

    def field(self, key: str) -> FieldSpec:
        for spec in self.fields:
            if spec.key == key:
                return spec
        raise KeyError(key)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(f.key for f in self.fields)

    @property
    def writable(self) -> tuple[FieldSpec, ...]:
        return tuple(f for f in self.fields if not f.read_only)

    def translations_of(self, key: str) -> tuple[FieldSpec, ...]:
        """The versions of field `key` in other languages (none for a field not translated)."""
        return tuple(f for f in self.fields if f.translation_of == key)


@dataclass(frozen=True)
class RecordData:
    """One record as `show KIND ID --json` prints it: id, version, and every field's value
    in its JSON form (FieldType says which), read-only ones included."""

    kind: RecordKind
    id: int
    version: int
    label: str
    values: Mapping[str, Any] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "version": self.version, **self.values}


@dataclass(frozen=True, slots=True)  # a meeting picker holds 20,000 of them
class RecordRow:
    """One line of a list of records (or of a controlled list such as cooperation areas):
    enough to show and pick it."""

    kind: RecordKind | Vocabulary
    id: int
    version: int
    label: str
    detail: str = ""

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "version": self.version, "label": self.label, "detail": self.detail}


@dataclass(frozen=True)
class HistoryEntry:
    """One field of one record changed (or the record was created, deleted, restored)."""

    changed_at: datetime
    changed_by: str
    field: str
    old_value: str | None
    new_value: str | None

    def as_json(self) -> dict[str, Any]:
        return {
            "changed_at": self.changed_at.isoformat(timespec="seconds"),
            "changed_by": self.changed_by,
            "field": self.field,
            "old_value": self.old_value,
            "new_value": self.new_value,
        }


@dataclass(frozen=True)
class TrashEntry:
    """A deleted record waiting in the trash, with how many references to it were removed
    (and will be put back by a restore)."""

    kind: RecordKind
    record_id: int
    label: str
    deleted_at: datetime
    deleted_by: str
    references: int

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "id": self.record_id,
            "label": self.label,
            "deleted_at": self.deleted_at.isoformat(timespec="seconds"),
            "deleted_by": self.deleted_by,
            "references": self.references,
        }
