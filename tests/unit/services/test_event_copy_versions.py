"""New event like this… keeps the programme's versions in other languages (issue 15)."""

import sqlalchemy as sa

from briefing_app.domain import models as m
from briefing_app.domain.translations import version
from briefing_app.services.record_kinds.event_copy import copy_event
from briefing_app.store.database import OpenedDatabase
from briefing_app.store.unit_of_work import reading

_PROGRAMME = ("name", "theme", "venue")


def _versions(engine: sa.Engine, parent_id: int) -> dict[str, tuple[object, ...]]:
    with reading(engine) as session:
        parts = session.scalars(sa.select(m.Event).where(m.Event.parent_id == parent_id))
        return {p.name: tuple(version(p, key, "vi") for key in _PROGRAMME) for p in parts}


def test_the_parts_keep_their_vietnamese_versions(seeded_db: OpenedDatabase) -> None:
    engine = seeded_db.engine
    old_parts = _versions(engine, 1)
    assert any(name for name, _theme, _venue in old_parts.values())
    new = copy_event(engine, 1, {"name": "Forum 2026", "starts_on": "2026-11-24"}, changed_by="a")
    assert _versions(engine, new.id) == old_parts
    # the new name has no Vietnamese version yet: the old one translates the old name
    assert new.values["name_vi"] is None
    assert new.values["theme_vi"] is not None
    assert new.values["venue_vi"] is not None


def test_a_new_vietnamese_name_keeps_the_english_one(seeded_db: OpenedDatabase) -> None:
    engine = seeded_db.engine
    with reading(engine) as session:
        old = session.get_one(m.Event, 1)
        english, theme = old.name, version(old, "theme", "vi")
    new = copy_event(engine, 1, {"name_vi": "Diễn đàn 2026"}, changed_by="a")
    assert new.values["name"] == english
    assert new.values["name_vi"] == "Diễn đàn 2026"
    assert new.values["theme_vi"] == theme
