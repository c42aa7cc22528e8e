"""Find the locality, organisation or person a user means by a name."""

from collections.abc import Iterable
from typing import cast

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from briefing_app.domain import models as m
from briefing_app.domain.errors import FieldError
from briefing_app.domain.text import fold
from briefing_app.i18n import QT_TRANSLATE_NOOP
from briefing_app.services.dto import PartyKind, PartyRef
from briefing_app.services.records import get_record
from briefing_app.services.search_terms import matches_all
from briefing_app.store.unit_of_work import reading

Party = m.Locality | m.Organisation | m.Person
_MODELS: dict[PartyKind, type[Party]] = {
    "locality": m.Locality,
    "organisation": m.Organisation,
    "person": m.Person,
}


def _name(row: Party) -> str:
    return row.full_name if isinstance(row, m.Person) else row.name


def _candidates(session: Session, text: str) -> list[PartyRef]:
    found: list[PartyRef] = []
    for kind, model in _MODELS.items():
        rows: Iterable[Party] = session.scalars(
            sa.select(model).where(matches_all(text, model.name_folded))
        )
        found += [PartyRef(kind, row.id, _name(row)) for row in rows]
    return found


def resolve_party(engine: Engine, text: str, *, field: str = "owner") -> PartyRef:
    """The one party whose name (Latin or native, folded) is `text`, or that alone contains it.

    "thanh hoa", "Thanh Hóa" and "山梨" all work. Ambiguity and no match are field errors.
    """
    wanted = fold(text)
    if not wanted:
        raise FieldError(field, QT_TRANSLATE_NOOP("Messages", "needs a name"))
    with reading(engine) as session:
        candidates = _candidates(session, text)
        names = {c: (fold(c.name), fold(_native(session, c))) for c in candidates}
    exact = [c for c in candidates if wanted in names[c]]
    prefix = [c for c in candidates if any(n.startswith(wanted) for n in names[c])]
    localities = [c for c in prefix if c.kind == "locality"]
    # Narrowest first: an exact name, then a single name starting with the text, then a
    # single locality among those ("山梨" is Yamanashi, not 山梨県庁), then a single match.
    for choice in (exact, prefix, localities, candidates):
        if len(choice) == 1:
            return choice[0]
    if not candidates:
        raise FieldError(
            field,
            QT_TRANSLATE_NOOP("Messages", "matches no locality, organisation or person: '{text}'"),
            text=text,
        )
    listed = ", ".join(sorted({c.name for c in candidates})[:8])
    raise FieldError(
        field,
        QT_TRANSLATE_NOOP("Messages", "'{text}' is ambiguous; it could be: {names}"),
        text=text,
        names=listed,
    )


def _native(session: Session, ref: PartyRef) -> str:
    row = cast(Party | None, session.get(_MODELS[ref.kind], ref.id))
    return (row.name_native or "") if row is not None else ""


def load_party(session: Session, ref: PartyRef) -> Party:
    return get_record(session, _MODELS[ref.kind], ref.id)
