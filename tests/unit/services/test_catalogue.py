"""Reference data and details: areas, parties, localities, agreements, people, sources."""

from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from briefing_app.domain import models as m
from briefing_app.domain.errors import NotFoundError
from briefing_app.domain.record_kind import RecordKind
from briefing_app.domain.shown_text import fallback_language, shown
from briefing_app.domain.translations import BASE_LANGUAGE, set_reading_language
from briefing_app.services import catalogue, queries
from briefing_app.services.listing import page_localities
from briefing_app.services.record_kinds.spec import RecordRow
from briefing_app.store.database import OpenedDatabase
from briefing_app.store.unit_of_work import reading


def test_areas_and_parties(seeded_db: OpenedDatabase) -> None:
    areas = catalogue.list_areas(seeded_db.engine)
    assert any(a.name == "Hydrogen" and a.name_vi == "Hydro" for a in areas)
    parties = catalogue.list_parties(seeded_db.engine)
    kinds = {p.ref.kind for p in parties}
    assert kinds == {"locality", "organisation", "person"}
    yamanashi = next(p for p in parties if p.ref.name == "Yamanashi")
    assert yamanashi.name_native == "山梨県" and yamanashi.detail == "prefecture"


def test_locality_detail_gathers_its_records(seeded_db: OpenedDatabase) -> None:
    thanh_hoa = page_localities(seeded_db.engine, "thanh hoa").rows[0]
    detail = catalogue.get_locality(seeded_db.engine, thanh_hoa.id)
    assert detail.locality.name == "Thanh Hóa"
    assert [d.name for d in detail.delegations] == ["Thanh Hóa provincial delegation"]
    assert [mt.id for mt in detail.meetings] == [1]
    assert len(detail.agreements) == 1
    assert {a.id for a in detail.open_actions} == {1, 2, 3, 4, 5}
    assert "Thanh Hóa Provincial People's Committee" in detail.organisations


def test_agreement_person_and_source_details(seeded_db: OpenedDatabase) -> None:
    agreement = catalogue.get_agreement(seeded_db.engine, 1)
    assert "Thanh Hóa" in agreement.agreement.title
    assert [a.id for a in agreement.actions] == [1]
    person = catalogue.get_person(seeded_db.engine, 5)
    assert person.person.full_name == "Cao Văn Cường"
    assert [mt.id for mt in person.meetings] == [1]
    source = catalogue.get_source(seeded_db.engine, 2)
    assert source.source.citation_count == len(source.cited_by) > 0
    assert {c.kind for c in source.cited_by} >= {"meeting", "locality"}


def test_missing_records_are_user_errors(seeded_db: OpenedDatabase) -> None:
    for getter in (
        catalogue.get_locality,
        catalogue.get_agreement,
        catalogue.get_person,
        catalogue.get_source,
    ):
        with pytest.raises(NotFoundError):
            getter(seeded_db.engine, 99999)


@pytest.mark.parametrize("language", ["en", "vi"])
def test_the_pick_lists_read_in_batches_are_the_records_read_whole(
    seeded_db: OpenedDatabase, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    """The catalogue is read a few records at a time with only the columns its lines need
    (issue 16): the same lines, in the same order, as from the records read whole."""
    engine = seeded_db.engine
    set_reading_language(language)
    try:
        whole_parties = [
            line
            for kind, model in (
                ("locality", m.Locality),
                ("organisation", m.Organisation),
                ("person", m.Person),
            )
            for line in _whole(engine, kind, model)
        ]
        whole_meetings = [
            RecordRow(RecordKind.MEETING, row.id, 1, row.title, str(row.starts_at or ""))
            for row in queries.list_meetings(engine)
        ]
        monkeypatch.setattr(catalogue, "_BATCH", 2)
        parties = catalogue.list_parties(engine)
        meetings = catalogue.list_meeting_choices(engine)
    finally:
        set_reading_language(BASE_LANGUAGE)
    assert [(p.ref.kind, p.ref.id, p.ref.name, p.detail) for p in parties] == whole_parties
    fallen_back = [fallback_language(line[3]) for line in whole_parties]
    assert [fallback_language(p.detail) for p in parties] == fallen_back  # † marks kept
    assert meetings == whole_meetings and len(meetings) > 2
    assert len(parties) > 2 and any(p.detail for p in parties if p.ref.kind == "person")


def _whole(engine: Engine, kind: str, model: Any) -> list[tuple[str, int, str, Any]]:
    """(kind, id, name, detail) of every `model` record, each read whole."""
    with reading(engine) as session:
        return [
            (kind, r.id, r.full_name, shown(r, "position"))
            if kind == "person"
            else (kind, r.id, shown(r, "name"), r.kind.value)
            for r in session.scalars(sa.select(model).order_by(model.name_folded))
        ]
