"""Fetch one record by id, or refuse with a message the user can read (in their language)."""

from typing import TypeVar

from sqlalchemy.orm import Session

from briefing_app.domain import models as m
from briefing_app.domain.errors import NotFoundError
from briefing_app.i18n import QT_TRANSLATE_NOOP

R = TypeVar("R", bound=m.Record)

#: One whole sentence per kind of record, so a translation never holds an English noun.
_MISSING: dict[type[m.Record], str] = {
    m.Locality: QT_TRANSLATE_NOOP("Messages", "there is no locality with id {id}"),
    m.Agreement: QT_TRANSLATE_NOOP("Messages", "there is no agreement with id {id}"),
    m.Person: QT_TRANSLATE_NOOP("Messages", "there is no person with id {id}"),
    m.Source: QT_TRANSLATE_NOOP("Messages", "there is no source with id {id}"),
    m.Meeting: QT_TRANSLATE_NOOP("Messages", "there is no meeting with id {id}"),
    m.Delegation: QT_TRANSLATE_NOOP("Messages", "there is no delegation with id {id}"),
    m.Organisation: QT_TRANSLATE_NOOP("Messages", "there is no organisation with id {id}"),
    m.Event: QT_TRANSLATE_NOOP("Messages", "there is no event with id {id}"),
    m.EventFact: QT_TRANSLATE_NOOP("Messages", "there is no fact with id {id}"),
    m.FollowUpAction: QT_TRANSLATE_NOOP("Messages", "there is no follow-up action with id {id}"),
}


def get_record(session: Session, model: type[R], record_id: int) -> R:
    """The `model` record with `record_id`; NotFoundError when there is none."""
    found = session.get(model, record_id)
    if found is None:
        raise NotFoundError(_MISSING[model], id=record_id)
    return found
