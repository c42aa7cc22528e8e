"""Reference data and details: areas, parties, localities, agreements, people, sources."""

import pytest

from briefing_app.domain.errors import NotFoundError
from briefing_app.services import catalogue
from briefing_app.services.listing import page_localities
from briefing_app.store.database import OpenedDatabase


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
