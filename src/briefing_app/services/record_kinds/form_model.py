"""What an editor holds for one record, without any widget: values, dirty state, errors, merge.

A `FormModel` is built from a record kind's `KindSpec` and the stored record (`RecordData`, or
None for a new one). It keeps every field's current value in its JSON form (see `FieldType`),
compares it with the record the user started from (the *base*), checks the values through the
services' `check_values`, and hands out the `changes` a save sends: only the dirty writable
fields of a stored record, every writable field of a new one.

When a save is refused because someone else saved the record meanwhile, `merge_with(theirs)`
compares three versions field by field: the base, the user's values ("mine") and the newly
stored record ("theirs"). Fields only they changed take theirs, fields only the user changed
keep the user's, and fields both changed differently are conflicts the caller resolves one by
one (mine, theirs, or a value merged by hand); `apply_merge` then rebases the form on theirs,
so the next save is a versioned edit of the stored version.

The desktop app's form view renders a FormModel and the record editor saves it; neither the
rules of dirtiness nor the merge live in a widget, so they are tested without Qt.
"""

import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from briefing_app.domain.errors import FieldError, ValidationError
from briefing_app.domain.record_kind import RecordKind
from briefing_app.domain.translations import reading_language, translation_key
from briefing_app.domain.typed_dates import parse_typed_day
from briefing_app.i18n import QT_TRANSLATE_NOOP
from briefing_app.services.record_kinds.fields import ITEM_KEYS, FieldSpec, FieldType
from briefing_app.services.record_kinds.spec import KindSpec, RecordData

# The services' check of a record's values (`check_values(kind, values, partial=True)`):
# raises ValidationError naming the refused fields.
Checker = Callable[..., object]

_TEXTS = (FieldType.TEXT, FieldType.LONG_TEXT)


def _text(value: Any, *, multiline: bool) -> Any:
    """Typed text as it is compared and saved: NFC, trimmed, empty as None."""
    if not isinstance(value, str):
        return value
    text = unicodedata.normalize("NFC", value)
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.strip()
    return text or None


def _item_text(value: Any) -> Any:
    return _text(value, multiline=True) if isinstance(value, str) else value


def normalise(spec: FieldSpec, value: Any) -> Any:
    """`value` in the JSON form a field compares and saves with.

    Text is NFC and trimmed, empty text is None; lists are copied, empty points and list items
    without their leading key (the ask, the person, the source) are left out, and an item keeps
    only its keys (ITEM_KEYS: not the names `show` adds); a list field without a value is an
    empty list. Anything of the wrong type is kept as it is, so the
    services' check names it.
    """
    if spec.type in _TEXTS:
        return _text(value, multiline=spec.type is FieldType.LONG_TEXT)
    if spec.is_list:
        if value is None:
            return []
        if not isinstance(value, list | tuple):
            return value
        if spec.type is FieldType.POINTS:
            points = [_text(v, multiline=True) for v in value]
            return [p for p in points if p is not None]
        if spec.type is FieldType.REFERENCES:
            return list(value)
        keys = ITEM_KEYS[spec.type]
        items = []
        for item in value:
            if not isinstance(item, Mapping):
                items.append(item)
                continue
            cleaned = {k: _item_text(item.get(k)) for k in keys}  # shown extras (names) go
            if cleaned[keys[0]] is None:
                continue
            items.append(cleaned)
        return items
    if isinstance(value, Mapping):
        return dict(value)
    if isinstance(value, str) and value.strip() == "":
        return None
    return value


def is_empty(spec: FieldSpec, value: Any) -> bool:
    return value is None or (spec.is_list and value == [])


def _default_checker() -> Checker:
    """The services' check of a kind's values (imported when first needed)."""
    from briefing_app.services.record_kinds.editing import check_values

    return check_values


def differing(spec: KindSpec, before: Mapping[str, Any], after: Mapping[str, Any]) -> list[str]:
    """The writable fields whose values differ between two sets of values, in field order."""
    return [
        f.key
        for f in spec.writable
        if normalise(f, before.get(f.key, f.empty())) != normalise(f, after.get(f.key, f.empty()))
    ]


def restoring_changes(spec: KindSpec, before: RecordData, after: RecordData) -> dict[str, Any]:
    """The changes that put `after` back the way `before` was (undoing a save)."""
    return {
        key: normalise(spec.field(key), before.values.get(key))
        for key in differing(spec, before.values, after.values)
    }


# ---------------------------------------------------------------------------------- merging


@dataclass(frozen=True)
class ThreeWay:
    """How two edits of one base compare, field by field (values compared as given)."""

    # the fields the user changed, with the user's values
    mine: dict[str, Any]
    # the fields they changed, with their values
    theirs: dict[str, Any]
    # fields both changed, to different values, in key order
    conflicts: tuple[str, ...]
    # fields only they changed: their values, to take
    taken: dict[str, Any]
    # fields only the user changed (or both, to the same value): the user's values, to keep
    kept: dict[str, Any]


def three_way(
    keys: Iterable[str],
    base: Mapping[str, Any],
    mine: Mapping[str, Any],
    theirs: Mapping[str, Any],
) -> ThreeWay:
    """Compare the user's values and theirs with the base both started from. A key missing
    from `mine` or `theirs` is unchanged on that side. The one rule of merging every editor
    shares (the record editor through FormModel.merge_with, the action editor directly)."""
    mine_changed: dict[str, Any] = {}
    theirs_changed: dict[str, Any] = {}
    conflicts: list[str] = []
    taken: dict[str, Any] = {}
    kept: dict[str, Any] = {}
    for key in keys:
        start = base.get(key)
        my_value = mine.get(key, start)
        their_value = theirs.get(key, start)
        i_changed, they_changed = my_value != start, their_value != start
        if i_changed:
            mine_changed[key] = my_value
        if they_changed:
            theirs_changed[key] = their_value
        if i_changed and they_changed and my_value != their_value:
            conflicts.append(key)
        elif i_changed:
            kept[key] = my_value
        elif they_changed:
            taken[key] = their_value
    return ThreeWay(mine_changed, theirs_changed, tuple(conflicts), taken, kept)


@dataclass(frozen=True)
class Hand:
    """A conflicting field merged by hand: the value the user typed for it."""

    value: Any


# How the user resolves one conflicting field.
Pick = Literal["mine", "theirs"] | Hand


@dataclass(frozen=True)
class FieldConflict:
    """A field both sides changed, to different values."""

    key: str
    label: str
    type: FieldType
    base: Any
    mine: Any
    theirs: Any


@dataclass(frozen=True)
class Merge:
    """Three versions of one record compared field by field (see FormModel.merge_with)."""

    spec: KindSpec
    base: RecordData
    theirs: RecordData
    # the user's value of every field they changed
    mine: Mapping[str, Any]
    # fields only they changed: their values, taken
    taken: Mapping[str, Any]
    # fields only the user changed (or both, to the same value): the user's values, kept
    kept: Mapping[str, Any]
    conflicts: tuple[FieldConflict, ...]
    # every writable field theirs changed (taken, same-valued and conflicting ones)
    changed_by_them: frozenset[str] = field(default_factory=frozenset)

    @property
    def conflict_keys(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.conflicts)

    def conflict(self, key: str) -> FieldConflict:
        for conflict in self.conflicts:
            if conflict.key == key:
                return conflict
        raise KeyError(key)

    def values(self, picks: Mapping[str, Pick] | None = None) -> dict[str, Any]:
        """Every field's value after the merge: theirs, with the user's kept fields on top and
        each conflicting field as picked (a conflict not picked keeps the user's value)."""
        picks = picks or {}
        unknown = set(picks) - set(self.conflict_keys)
        if unknown:
            raise KeyError(", ".join(sorted(unknown)))
        result = {
            f.key: normalise(f, self.theirs.values.get(f.key, f.empty())) for f in self.spec.fields
        }
        result.update(self.kept)
        for conflict in self.conflicts:
            pick = picks.get(conflict.key, "mine")
            if isinstance(pick, Hand):
                value = normalise(self.spec.field(conflict.key), pick.value)
            elif pick == "theirs":
                value = conflict.theirs
            elif pick == "mine":
                value = conflict.mine
            else:
                raise ValueError(f"unknown pick {pick!r} for {conflict.key}")
            result[conflict.key] = value
        return result


# ---------------------------------------------------------------------------------- the model


class FormModel:
    """The state of one record's form. Plain Python: no Qt, no database."""

    def __init__(
        self,
        spec: KindSpec,
        record: RecordData | None = None,
        *,
        defaults: Mapping[str, Any] | None = None,
        check: Checker | None = None,
    ) -> None:
        """`defaults` pre-fill a new record (e.g. the event a new meeting belongs to), over the
        fields' own defaults; `check` replaces the services' check_values (tests)."""
        if record is not None and record.kind is not spec.kind:
            raise ValueError(f"a {record.kind} record in a {spec.kind} form")
        self.spec = spec
        self._check = check
        self._defaults = dict(defaults or {})
        self._record: RecordData | None = None
        self._base: dict[str, Any] = {}
        self._values: dict[str, Any] = {}
        self._errors: dict[str, FieldError] = {}
        self._general: list[str] = []
        self.load(record)

    # --- the record -------------------------------------------------------------------------

    @property
    def kind(self) -> RecordKind:
        return self.spec.kind

    @property
    def record(self) -> RecordData | None:
        """The stored record the form started from (None for a new one)."""
        return self._record

    @property
    def is_new(self) -> bool:
        return self._record is None

    @property
    def record_id(self) -> int | None:
        return self._record.id if self._record is not None else None

    @property
    def version(self) -> int | None:
        """The version a save must find stored (the optimistic lock), None for a new record."""
        return self._record.version if self._record is not None else None

    @property
    def title(self) -> str:
        """How to name the record: its title field in the reading language, else in English,
        else its stored label."""
        key = self.spec.title_key
        language = reading_language()
        for candidate in (translation_key(key, language), key):
            value = self._values.get(candidate)
            if isinstance(value, str) and value:
                return value
        return self._record.label if self._record is not None else ""

    def load(self, record: RecordData | None) -> None:
        """Start again from `record` (None: a new, empty record with the defaults)."""
        self._record = record
        if record is not None:
            source: Mapping[str, Any] = record.values
        else:  # the field's own default, unless the caller's defaults say otherwise
            source = {f.key: f.default for f in self.spec.fields if f.default is not None}
            source.update(self._defaults)
        self._base = {f.key: normalise(f, source.get(f.key, f.empty())) for f in self.spec.fields}
        self._values = dict(self._base)
        self.clear_errors()

    def revert(self) -> None:
        """Throw the user's changes away."""
        self._values = dict(self._base)
        self.clear_errors()

    def saved(self, record: RecordData) -> None:
        """The save worked: `record` (as stored now) becomes the base, nothing is dirty."""
        self.load(record)

    # --- values -----------------------------------------------------------------------------

    def value(self, key: str) -> Any:
        return self._values[key]

    def base_value(self, key: str) -> Any:
        return self._base[key]

    @property
    def values(self) -> dict[str, Any]:
        """Every field's current value (a copy)."""
        return dict(self._values)

    def set_value(self, key: str, value: Any) -> bool:
        """Put what the user entered; True when the field's value changed. A read-only field
        cannot be set; the field's error, if any, is dropped when its value changes."""
        spec = self.spec.field(key)
        if spec.read_only:
            raise ValueError(f"{key} is read-only")
        value = normalise(spec, value)
        if self._values[key] == value:
            return False
        self._values[key] = value
        self._errors.pop(key, None)
        return True

    def set_values(self, values: Mapping[str, Any]) -> list[str]:
        """Several fields at once; the keys whose values changed."""
        return [key for key, value in values.items() if self.set_value(key, value)]

    # --- dirty state ------------------------------------------------------------------------

    def is_dirty_field(self, key: str) -> bool:
        return bool(self._values[key] != self._base[key])

    @property
    def dirty_keys(self) -> tuple[str, ...]:
        """The writable fields whose value differs from the base, in field order."""
        return tuple(f.key for f in self.spec.writable if self.is_dirty_field(f.key))

    @property
    def is_dirty(self) -> bool:
        return bool(self.dirty_keys)

    def changes(self) -> dict[str, Any]:
        """What a save sends: the dirty writable fields of a stored record; every writable
        field of a new one (so defaults are stored too)."""
        if self.is_new:
            return {f.key: self._values[f.key] for f in self.spec.writable}
        return {key: self._values[key] for key in self.dirty_keys}

    # --- validation -------------------------------------------------------------------------

    @property
    def errors(self) -> dict[str, FieldError]:
        """The refusals by field key (fields of this kind only)."""
        return dict(self._errors)

    @property
    def general_errors(self) -> list[str]:
        """Refusals that name no field of this kind, as whole sentences."""
        return list(self._general)

    def error(self, key: str) -> FieldError | None:
        return self._errors.get(key)

    def clear_errors(self) -> None:
        self._errors = {}
        self._general = []

    def set_errors(self, errors: Iterable[FieldError]) -> None:
        """Show these refusals (e.g. a ValidationError's) instead of the current ones."""
        self.clear_errors()
        keys = set(self.spec.keys)
        for error in errors:
            if error.field in keys:
                self._errors.setdefault(error.field, self._explained(error))
            else:
                self._general.append(str(error))

    def _explained(self, error: FieldError) -> FieldError:
        """A date the form could not read (the input hands on what was typed) is refused with
        the reason of the parser staff type into (domain/typed_dates.py: the forms it takes,
        day first), not with the JSON format's "like 2026-11-25"."""
        spec = self.spec.field(error.field)
        value = self._values.get(error.field)
        if spec.type is not FieldType.DATE or not isinstance(value, str) or not value.strip():
            return error
        try:
            parse_typed_day(value, field=error.field)
        except FieldError as typed:
            return typed
        return error

    def _required_errors(self, values: Mapping[str, Any]) -> list[FieldError]:
        return [
            FieldError(f.key, QT_TRANSLATE_NOOP("Messages", "is required"))
            for f in self.spec.writable
            if f.required and f.key in values and is_empty(f, values[f.key])
        ]

    def recheck(self, key: str) -> FieldError | None:
        """Check the field `key` alone again (required, then the services' check of its value)
        and keep the result as its refusal: None, and no refusal left, once it is valid. The
        form calls this while the user corrects a refused field, so its message goes as soon as
        the value is right and stays (with the new reason) while it is not."""
        spec = self.spec.field(key)
        value = self._values[key]
        error: FieldError | None = None
        if spec.required and is_empty(spec, value):
            error = FieldError(key, QT_TRANSLATE_NOOP("Messages", "is required"))
        elif not spec.read_only:
            check = self._check or _default_checker()
            try:
                check(self.kind, {key: value}, partial=True)
            except ValidationError as exc:
                error = next((e for e in exc.errors if e.field == key), None)
            except FieldError as exc:
                error = exc if exc.field == key else None
        if error is None:
            self._errors.pop(key, None)
        else:
            error = self._errors[key] = self._explained(error)
        return error

    def validate(self) -> bool:
        """Check what a save would send; True when nothing is refused. The refusals are kept
        by field (see `errors`). Required fields are checked here, everything else by the
        services' `check_values(kind, values, partial=True)`."""
        values = self.changes()
        problems = self._required_errors(values)
        check = self._check or _default_checker()
        if values:
            try:
                check(self.kind, values, partial=True)
            except ValidationError as exc:
                known = {p.field for p in problems}
                problems += [e for e in exc.errors if e.field not in known]
            except FieldError as exc:
                if exc.field not in {p.field for p in problems}:
                    problems.append(exc)
        self.set_errors(problems)
        return not problems

    # --- a stale save: merging with the stored version --------------------------------------

    def merge_with(self, theirs: RecordData) -> Merge:
        """Compare the base, the user's values and `theirs` (stored since the base was read)."""
        if self._record is None:
            raise ValueError("a new record has no stored version to merge with")
        if theirs.kind is not self.kind or theirs.id != self._record.id:
            raise ValueError("theirs is another record")
        keys = [f.key for f in self.spec.writable]
        theirs_values = {
            f.key: normalise(f, theirs.values.get(f.key, f.empty())) for f in self.spec.writable
        }
        split = three_way(keys, self._base, self._values, theirs_values)
        conflicts = [
            FieldConflict(
                key,
                self.spec.field(key).label,
                self.spec.field(key).type,
                self._base[key],
                self._values[key],
                theirs_values[key],
            )
            for key in split.conflicts
        ]
        assert self._record is not None
        return Merge(
            spec=self.spec,
            base=self._record,
            theirs=theirs,
            mine=split.mine,
            taken=split.taken,
            kept=split.kept,
            conflicts=tuple(conflicts),
            changed_by_them=frozenset(split.theirs),
        )

    def apply_merge(self, merge: Merge, picks: Mapping[str, Pick] | None = None) -> list[str]:
        """Rebase the form on `merge.theirs` with the merged values on top (nothing saved);
        the fields left dirty (what the next save sends, as a versioned edit of theirs)."""
        values = merge.values(picks)
        self.load(merge.theirs)
        for key, value in values.items():
            if not self.spec.field(key).read_only:
                self._values[key] = value
        return list(self.dirty_keys)

    def take_theirs(self, theirs: RecordData) -> None:
        """Drop the user's changes and show the stored version."""
        self.load(theirs)
