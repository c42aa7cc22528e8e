"""Global search (issue 5): folding, Japanese substrings, short queries, hostile input, ranking,
and the FTS5 index kept in step with every write."""

import unicodedata

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from briefing_app.domain import models as m
from briefing_app.domain.enums import ActionStatus
from briefing_app.services import queries
from briefing_app.services.action_lifecycle import (
    NewAction,
    create_action,
    delete_action,
    restore_action,
)
from briefing_app.services.actions import ActionEdit, update_action
from briefing_app.services.search import NAME_EXACT, SearchGroup, search_all
from briefing_app.store import search_index
from briefing_app.store.database import OpenedDatabase


def _titles(groups: list[SearchGroup], kind: str) -> list[str]:
    return [h.title for g in groups if g.kind == kind for h in g.hits]


def _first(groups: list[SearchGroup]) -> tuple[str, str]:
    hit = groups[0].hits[0]
    return hit.kind, hit.title


@pytest.mark.parametrize(
    "typed",
    [
        "thanh hoa",
        "THANH HOA",
        "Thanh Hóa",
        unicodedata.normalize("NFD", "Thanh Hóa"),
        "ｔｈａｎｈ　ｈｏａ",  # full-width Latin and an ideographic space
        "  thanh   hoa ",
    ],
)
def test_thanh_hoa_however_it_is_typed(seeded_db: OpenedDatabase, typed: str) -> None:
    groups = search_all(seeded_db.engine, typed)
    assert _first(groups) == ("locality", "Thanh Hóa")
    assert groups[0].hits[0].rank == NAME_EXACT
    assert "Thanh Hóa – Yamanashi bilateral meeting" in _titles(groups, "meeting")


def test_da_nang_finds_the_d_with_stroke(seeded_db: OpenedDatabase) -> None:
    assert _first(search_all(seeded_db.engine, "da nang")) == ("locality", "Đà Nẵng")


@pytest.mark.parametrize("typed", ["山梨", "山梨県", "yamanashi", "YAMANASHI"])
def test_yamanashi_in_kanji_or_latin(seeded_db: OpenedDatabase, typed: str) -> None:
    groups = search_all(seeded_db.engine, typed)
    assert "Yamanashi" in _titles(groups, "locality")
    hit = next(h for g in groups for h in g.hits if h.title == "Yamanashi")
    assert "山梨県" in hit.subtitle


def test_one_and_two_character_queries_match_substrings(seeded_db: OpenedDatabase) -> None:
    assert "Yamanashi" in _titles(search_all(seeded_db.engine, "梨", limit_per_kind=50), "locality")
    assert "Yamanashi" in _titles(search_all(seeded_db.engine, "山", limit_per_kind=50), "locality")
    assert "Thanh Hóa" in _titles(search_all(seeded_db.engine, "th", limit_per_kind=50), "locality")
    # A short word narrows a longer one: every word must match.
    narrowed = _titles(search_all(seeded_db.engine, "hoa th", limit_per_kind=50), "locality")
    assert "Thanh Hóa" in narrowed and "Khánh Hòa" not in narrowed


def test_every_word_must_match(seeded_db: OpenedDatabase) -> None:
    groups = search_all(seeded_db.engine, "thanh hoa yamanashi", limit_per_kind=50)
    assert "Thanh Hóa" not in _titles(groups, "locality")
    assert "Thanh Hóa – Yamanashi bilateral meeting" in _titles(groups, "meeting")
    assert search_all(seeded_db.engine, "thanh hoa zzzqqq") == []


def test_names_rank_before_prefixes_before_substrings(seeded_db: OpenedDatabase) -> None:
    hits = [h for g in search_all(seeded_db.engine, "thanh", limit_per_kind=50) for h in g.hits]
    ranks = [h.rank for g in search_all(seeded_db.engine, "thanh") for h in g.hits[:1]]
    assert ranks == sorted(ranks)  # groups come best first
    assert hits


HOSTILE = [
    '"',
    '""',
    '"thanh',
    "thanh OR hoa",
    "AND",
    "OR",
    "NOT thanh",
    "NEAR(thanh hoa, 2)",
    "thanh*",
    "*",
    "^thanh",
    "name:thanh",
    "{name title}: thanh",
    "%",
    "_",
    "%%%",
    "a_b",
    "\\",
    "\\%",
    "'; DROP TABLE localities; --",
    "(",
    ")",
    "-",
    "+",
    "\x00",
    "\ud800",
    "x" * 5000,
    "thanh hoa " * 500,
    "山" * 5000,
    "ﷺ" * 600,  # NFKC expands it to 18 characters
]


@pytest.mark.parametrize("typed", HOSTILE)
def test_hostile_input_is_data(seeded_db: OpenedDatabase, typed: str) -> None:
    search_all(seeded_db.engine, typed)
    queries.list_localities(seeded_db.engine, typed)
    queries.list_meetings(seeded_db.engine, typed)


def test_quotes_and_operators_are_searched_as_text(seeded_db: OpenedDatabase) -> None:
    assert search_all(seeded_db.engine, "thanh OR zzzqqq") == []  # OR is a word, not syntax
    assert search_all(seeded_db.engine, '"thanh hoa"') == []  # quotes are characters to find
    assert search_all(seeded_db.engine, "thanh* hoa") == []  # * is not a wildcard


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(typed=st.text(max_size=60))
def test_any_text_never_raises(seeded_db: OpenedDatabase, typed: str) -> None:
    search_all(seeded_db.engine, typed)


# --- the index stays in step with every write ---------------------------------------------


def _index_rows(db: OpenedDatabase) -> set[tuple[int, str, str, str]]:
    with db.engine.connect() as connection:
        return {
            (int(r[0]), r[1], r[2], r[3])
            for r in connection.exec_driver_sql("SELECT rowid, name, title, body FROM search_index")
        }


def _expected_rows(db: OpenedDatabase) -> set[tuple[int, str, str, str]]:
    expected = set()
    with Session(db.engine) as session:
        for kind in search_index.KINDS:

            def col(record: object, expr: str) -> str:
                return "" if expr == "''" else (getattr(record, expr) or "")

            for record in session.scalars(sa.select(kind.model)):
                expected.add(
                    (
                        kind.low + record.id,
                        col(record, kind.name),
                        col(record, kind.title),
                        col(record, kind.body),
                    )
                )
    return expected


def _action_hits(db: OpenedDatabase, text: str) -> list[int]:
    return [
        h.id
        for g in search_all(db.engine, text, limit_per_kind=50)
        for h in g.hits
        if h.kind == "action"
    ]


def test_index_follows_create_edit_delete_and_restore(seeded_db: OpenedDatabase) -> None:
    db = seeded_db
    assert _index_rows(db) == _expected_rows(db)
    created = create_action(
        db.engine,
        NewAction(meeting_id=1, title="Gửi thư mời tới 山梨県 Kōfu", status=ActionStatus.AGREED),
        changed_by="tester",
    ).action
    assert _action_hits(db, "gui thu moi") == [created.id]
    assert _action_hits(db, "梨県") == [created.id]
    assert _action_hits(db, "kofu") == [created.id]

    update_action(
        db.engine, created.id, ActionEdit(title="Chuẩn bị đón đoàn Ōsaka"), changed_by="tester"
    )
    assert _action_hits(db, "gui thu moi") == []
    assert _action_hits(db, "chuan bi don doan osaka") == [created.id]
    assert _index_rows(db) == _expected_rows(db)

    snapshot = delete_action(db.engine, created.id)
    assert _action_hits(db, "osaka") == []
    assert _index_rows(db) == _expected_rows(db)

    restored = restore_action(db.engine, snapshot, changed_by="tester").action
    assert _action_hits(db, "osaka") == [restored.id]
    assert _index_rows(db) == _expected_rows(db)


def test_a_rolled_back_write_leaves_the_index_alone(seeded_db: OpenedDatabase) -> None:
    before = _index_rows(seeded_db)
    with Session(seeded_db.engine) as session:
        locality = session.scalars(sa.select(m.Locality)).first()
        assert locality is not None
        locality.name = "Renamed in a transaction that is rolled back"
        session.flush()
        session.rollback()
    assert _index_rows(seeded_db) == before


def test_rebuild_refills_a_damaged_index(seeded_db: OpenedDatabase) -> None:
    db = seeded_db
    expected = _expected_rows(db)
    with db.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM search_index")
        connection.exec_driver_sql("UPDATE localities SET name_folded = 'stale'")
    assert search_all(db.engine, "thanh hoa") == []
    assert search_index.rebuild(db.engine) == len(expected)
    assert _index_rows(db) == expected
    assert _first(search_all(db.engine, "thanh hoa")) == ("locality", "Thanh Hóa")
