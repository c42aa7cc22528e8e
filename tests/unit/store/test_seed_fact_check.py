"""The shipped dataset after the fact check of issue 15: statuses agree with each other and with
the seed articles, the meeting carries every area it discussed, and where the articles disagree
each version is kept as a fact with its own sources."""

import pytest
import sqlalchemy as sa

from briefing_app.domain import models as m
from briefing_app.domain.enums import ActionStatus, AgreementStatus
from briefing_app.store.database import OpenedDatabase
from briefing_app.store.unit_of_work import reading

BAO_CHINH_PHU = "src-baochinhphu-2025-11-25"
BAO_THANH_HOA = "src-baothanhhoa-2025-11-25"
BAO_QUOC_TE = "src-baoquocte-2025-11-19"
THANH_NIEN = "src-thanhnien-2025-11-25"
DAI_BIEU = "src-daibieunhandan-10397031"

#: agreement statuses under which nothing about the agreement is agreed yet
NOT_YET_AGREED = {AgreementStatus.PROPOSED, AgreementStatus.UNDER_DISCUSSION}


def _facts(db: OpenedDatabase, label: str) -> dict[str, set[str]]:
    """value -> the keys of the sources its fact cites, for the facts with `label`."""
    with reading(db.engine) as session:
        facts = session.scalars(sa.select(m.EventFact).where(m.EventFact.label == label))
        return {f.value: {c.source.seed_key for c in f.citations if c.excerpt} for f in facts}


def test_no_action_is_further_than_the_agreement_it_is_about(shared_db: OpenedDatabase) -> None:
    with reading(shared_db.engine) as session:
        linked = list(
            session.scalars(
                sa.select(m.FollowUpAction).where(m.FollowUpAction.agreement_id.is_not(None))
            )
        )
        statuses = {a.seed_key: (a.status, a.agreement.status) for a in linked if a.agreement}
    assert statuses, "the dataset links an action to its agreement"
    for key, (action, agreement) in statuses.items():
        if agreement in NOT_YET_AGREED:
            assert action not in (ActionStatus.AGREED, ActionStatus.DONE), key
    # Yamanashi agreed to discuss and finalise steps towards signing: not to sign
    assert statuses["action-th-yn-sign-cooperation-document"] == (
        ActionStatus.PROPOSED,
        AgreementStatus.UNDER_DISCUSSION,
    )


def test_the_meeting_has_the_areas_yamanashi_invited_thanh_hoa_to(
    shared_db: OpenedDatabase,
) -> None:
    with reading(shared_db.engine) as session:
        meeting = session.scalars(
            sa.select(m.Meeting).where(m.Meeting.seed_key == "meeting-thanh-hoa-yamanashi")
        ).one()
        areas = {a.seed_key for a in meeting.areas}
        excerpts = [c.excerpt or "" for c in meeting.citations]
    assert {"area-energy", "area-agriculture"} <= areas
    assert any("konferanser om energi og landbruk" in e for e in excerpts)


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        (
            "Motto of the relationship",
            {
                "Sincerity, affection, trust and effectiveness": {BAO_CHINH_PHU},
                "Sincerity, affection, trust, efficiency and win-win": {THANH_NIEN},
                "Sincerity – affection – trust – substance – effectiveness – mutual benefit": {
                    BAO_THANH_HOA,
                    DAI_BIEU,
                },
            },
        ),
        (
            "Theme",
            {
                "Accompanying comprehensive development – creating a sustainable future": {
                    THANH_NIEN,
                    DAI_BIEU,
                },
                "Led by comprehensive development – creating a sustainable future": {BAO_QUOC_TE},
                "Cooperation on comprehensive development – creating a sustainable future": {
                    BAO_THANH_HOA
                },
                "Steering comprehensive development – creating a sustainable future": {
                    BAO_THANH_HOA
                },
            },
        ),
        (
            "Organisers",
            {
                "Ministry of Foreign Affairs in cooperation with the Embassy of Japan in Viet Nam"
                " and the Quảng Ninh Provincial People's Committee": {BAO_QUOC_TE},
                "Ministry of Foreign Affairs in coordination with the Quảng Ninh Provincial"
                " People's Committee": {THANH_NIEN},
                "Ministry of Foreign Affairs, with the close coordination of Quảng Ninh Province"
                " and the support of the Embassy of Japan in Viet Nam": {BAO_CHINH_PHU},
            },
        ),
    ],
    ids=["motto", "theme", "organisers"],
)
def test_each_version_the_sources_give_is_a_fact_with_its_sources(
    shared_db: OpenedDatabase, label: str, expected: dict[str, set[str]]
) -> None:
    assert _facts(shared_db, label) == expected


def test_the_motto_comes_in_four_five_and_six_words(shared_db: OpenedDatabase) -> None:
    words = sorted(
        len(value.replace(" and ", ", ").replace(" – ", ", ").split(", "))
        for value in _facts(shared_db, "Motto of the relationship")
    )
    assert words == [4, 5, 6]
