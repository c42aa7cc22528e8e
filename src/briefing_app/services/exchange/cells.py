"""Turning raw cells (text from CSV, typed values from XLSX and JSON) into domain values.
Each parser raises FieldError naming the column, so the report can point at the cell."""

import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session

from briefing_app.domain import models as m
from briefing_app.domain.due import format_due, parse_due, period_start
from briefing_app.domain.enums import DuePrecision
from briefing_app.domain.errors import FieldError
from briefing_app.domain.ids import LARGEST_ID
from briefing_app.domain.text import fold
from briefing_app.domain.typed_dates import parse_typed_due
from briefing_app.i18n import QT_TRANSLATE_NOOP
from briefing_app.services.dto import PartyKind, PartyRef

E = TypeVar("E", bound=StrEnum)
Due = tuple[date, DuePrecision] | None


def whole_number(value: Any, column: str) -> int:
    if isinstance(value, bool):
        raise FieldError(column, QT_TRANSLATE_NOOP("Messages", "must be a whole number"))
    if isinstance(value, int):
        number = value
    elif isinstance(value, float) and value.is_integer():
        number = int(value)
    elif isinstance(value, str) and value.strip().isdigit() and value.strip().isascii():
        digits = value.strip().lstrip("0") or "0"
        if len(digits) > len(str(LARGEST_ID)):  # int() refuses 4,300 digits and more
            raise FieldError(
                column,
                QT_TRANSLATE_NOOP(
                    "Messages", "must be between 1 and {largest} (got a number of {digits} digits)"
                ),
                largest=LARGEST_ID,
                digits=len(digits),
            )
        number = int(digits)
    else:
        raise FieldError(
            column,
            QT_TRANSLATE_NOOP("Messages", "must be a whole number (got {value})"),
            value=repr(value),
        )
    if not 1 <= number <= LARGEST_ID:
        raise FieldError(
            column,
            QT_TRANSLATE_NOOP("Messages", "must be between 1 and {largest} (got {number})"),
            largest=LARGEST_ID,
            number=number,
        )
    return number


def text(value: Any, column: str) -> str | None:
    """Text as the user wrote it; numbers and dates a spreadsheet typed become their text."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):
        raise FieldError(column, QT_TRANSLATE_NOOP("Messages", "must be text"))
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    raise FieldError(column, QT_TRANSLATE_NOOP("Messages", "must be text"))


def choice(enum: type[E], value: Any, column: str) -> E:
    if value is None or (isinstance(value, str) and not value.strip()):
        raise FieldError(column, QT_TRANSLATE_NOOP("Messages", "is required"))
    if isinstance(value, str):
        try:  # the common case first: a value as the export writes it
            return enum(value)
        except ValueError:
            pass
    choices = ", ".join(e.value for e in enum)
    if not isinstance(value, str):
        raise FieldError(
            column, QT_TRANSLATE_NOOP("Messages", "must be one of {choices}"), choices=choices
        )
    wanted = value.strip().lower().replace(" ", "_").replace("-", "_")
    try:
        return enum(wanted)
    except ValueError:
        raise FieldError(
            column,
            QT_TRANSLATE_NOOP("Messages", "unknown {name} '{value}' (choose from {choices})"),
            name=column.replace("_", " "),
            value=value,
            choices=choices,
        ) from None


def due(raw_date: Any, raw_precision: Any, *, typed: bool = False) -> Due:
    """A due date and its precision from the two columns (precision optional).

    `typed`: the cell was typed by a person (CSV, XLSX), so it is read as staff type dates
    (15/03/2027, Q1/2027, quý 2/2027 …: domain/typed_dates.py, day first); JSON is a machine
    format and stays ISO (2026-03-15, 2026-03, 2026-Q1, 2026)."""
    precision = (
        None if raw_precision is None else choice(DuePrecision, raw_precision, "due_precision")
    )
    if raw_date is None:
        if precision is not None:
            raise FieldError(
                "due_precision", QT_TRANSLATE_NOOP("Messages", "is set but due_date is empty")
            )
        return None
    if isinstance(raw_date, datetime):
        raise FieldError(
            "due_date",
            QT_TRANSLATE_NOOP("Messages", "has a time of day ({value}); give a date"),
            value=raw_date,
        )
    if isinstance(raw_date, date):
        day, own = raw_date, DuePrecision.DAY
    elif isinstance(raw_date, str):
        parse = parse_typed_due if typed else parse_due
        day, own = parse(raw_date, field="due_date")
    else:
        raise FieldError(
            "due_date",
            QT_TRANSLATE_NOOP(
                "Messages", "must look like 2026-03-15, 2026-03, 2026-Q1 or 2026 (got {value})"
            ),
            value=repr(raw_date),
        )
    if precision is None or precision is own:
        return day, own
    if own is not DuePrecision.DAY:
        raise FieldError(
            "due_precision",
            QT_TRANSLATE_NOOP("Messages", "is {precision}, but the due date '{value}' is a {own}"),
            precision=precision,
            value=raw_date,
            own=own,
        )
    start = period_start(day, precision)
    if start != day:
        raise FieldError(
            "due_date",
            QT_TRANSLATE_NOOP(
                "Messages",
                "{date} is not the first day of a {precision}: write {start} "
                "or set due_precision to day",
            ),
            date=day.isoformat(),
            precision=precision,
            start=format_due(start, precision),
        )
    return day, precision


@dataclass(frozen=True)
class _Entry:
    ref: PartyRef
    #: the party's name in each language that has one (English first)
    exact: tuple[str, ...]
    folded: tuple[str, ...]


def _names(name: str, translations: dict[str, dict[str, Any]] | None) -> tuple[str, ...]:
    """`name` and its versions in other languages, NFC, each once."""
    others = (v.get("name") for v in (translations or {}).values())
    texts = (name, *(o for o in others if isinstance(o, str) and o))
    return tuple(dict.fromkeys(unicodedata.normalize("NFC", t) for t in texts))


class PartyNames:
    """Every locality, organisation and person, to resolve owner and counterpart names without a
    query per row: an exact name first, then an accent-free name, then a unique prefix. A
    locality's or organisation's name counts in every language it has (the export writes it
    in the reader's)."""

    def __init__(self, session: Session) -> None:
        self._entries: list[_Entry] = []
        self._resolved: dict[tuple[str, str], PartyRef | FieldError] = {}
        no_versions = sa.null()
        sources: list[tuple[PartyKind, Any, Any, Any, Any]] = [
            (
                "locality",
                m.Locality.id,
                m.Locality.name,
                m.Locality.name_native,
                m.Locality.translations,
            ),
            (
                "organisation",
                m.Organisation.id,
                m.Organisation.name,
                m.Organisation.name_native,
                m.Organisation.translations,
            ),
            ("person", m.Person.id, m.Person.full_name, m.Person.name_native, no_versions),
        ]
        for kind, id_col, name_col, native_col, versions_col in sources:
            query = sa.select(id_col, name_col, native_col, versions_col)
            for record_id, name, native, versions in session.execute(query):
                names = _names(name, versions)
                folded = tuple(f for f in (*map(fold, names), fold(native or "")) if f)
                self._entries.append(_Entry(PartyRef(kind, record_id, name), names, folded))
        self._by_ref = {(e.ref.kind, e.ref.id): e for e in self._entries}

    def names_of(self, ref: PartyRef) -> tuple[str, ...]:
        """The names `ref`'s party goes by, in every language."""
        entry = self._by_ref.get((ref.kind, ref.id))
        return entry.exact if entry is not None else (ref.name,)

    def resolve(self, value: Any, column: str) -> PartyRef | None:
        if value is None:
            return None
        if isinstance(value, dict):
            return self._by_id(value, column)
        name = text(value, column)
        if name is None or not name.strip():
            return None
        key = (name, column)
        if key not in self._resolved:  # an import names the same few parties on many rows
            try:
                self._resolved[key] = self._by_name(name, column)
            except FieldError as exc:
                self._resolved[key] = exc
        found = self._resolved[key]
        if isinstance(found, FieldError):
            raise found
        return found

    def _by_name(self, name: str, column: str) -> PartyRef:
        wanted = fold(name)
        written = unicodedata.normalize("NFC", name.strip())
        exact = [e for e in self._entries if written in e.exact]
        same = [e for e in self._entries if wanted in e.folded]
        prefix = [e for e in self._entries if any(f.startswith(wanted) for f in e.folded)]
        localities = [e for e in prefix if e.ref.kind == "locality"]
        for found in (exact, same, prefix, localities):
            if len(found) == 1:
                return found[0].ref
        if not prefix:
            raise FieldError(
                column,
                QT_TRANSLATE_NOOP(
                    "Messages", "unknown {column}: no locality, organisation or person '{name}'"
                ),
                column=column,
                name=name,
            )
        listed = ", ".join(sorted({e.ref.name for e in prefix})[:6])
        raise FieldError(
            column,
            QT_TRANSLATE_NOOP("Messages", "'{text}' is ambiguous; it could be: {names}"),
            text=name,
            names=listed,
        )

    def _by_id(self, value: dict[str, Any], column: str) -> PartyRef | None:
        """A JSON party: {"kind": …, "id": …} (its "name" is for people), or just a name."""
        kind, record_id = value.get("kind"), value.get("id")
        if kind is None and record_id is None:
            return self.resolve(value.get("name"), column)
        for entry in self._entries:
            if entry.ref.kind == kind and entry.ref.id == record_id:
                return entry.ref
        raise FieldError(
            column,
            QT_TRANSLATE_NOOP("Messages", "unknown {column}: no {kind} with id {id}"),
            column=column,
            kind=kind,
            id=repr(record_id),
        )


class AreaNames:
    """Cooperation areas by English or Vietnamese name, accents optional."""

    def __init__(self, session: Session) -> None:
        self._ids: dict[str, int] = {}
        for area_id, name, name_vi in session.execute(
            sa.select(m.CooperationArea.id, m.CooperationArea.name, m.CooperationArea.name_vi)
        ):
            self._ids.setdefault(fold(name), area_id)
            self._ids.setdefault(fold(name_vi), area_id)
        self._resolved: dict[tuple[str, str], tuple[int, ...] | FieldError] = {}

    def resolve(self, value: Any, column: str) -> tuple[int, ...]:
        if value is None:
            return ()
        if isinstance(value, str):  # an import repeats the same few lists on many rows
            key = (value, column)
            if key not in self._resolved:
                try:
                    self._resolved[key] = self._resolve(value, column)
                except FieldError as exc:
                    self._resolved[key] = exc
            found = self._resolved[key]
            if isinstance(found, FieldError):
                raise found
            return found
        return self._resolve(value, column)

    def _resolve(self, value: Any, column: str) -> tuple[int, ...]:
        if isinstance(value, list):
            names = [text(v, column) or "" for v in value]
        else:
            raw = text(value, column) or ""
            names = raw.replace("\n", ";").split(";")
        ids: list[int] = []
        unknown: list[str] = []
        for name in names:
            if not name.strip():
                continue
            area_id = self._ids.get(fold(name))
            if area_id is None:
                unknown.append(name.strip())
            elif area_id not in ids:
                ids.append(area_id)
        if unknown:
            raise FieldError(
                column,
                QT_TRANSLATE_NOOP("Messages", "unknown cooperation area {names}"),
                names=", ".join(f"'{u}'" for u in unknown),
            )
        return tuple(ids)
