"""Global search (issue 5): folding, Japanese substrings, short queries, hostile input, ranking,
and the index (SQLite's FTS5, PostgreSQL's trigram index) kept in step with every write."""

import unicodedata
from collections.abc import Callable

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from briefing_app.domain import models as m
from briefing_app.domain.enums import ActionStatus
from briefing_app.services import listing, queries
from briefing_app.services.action_lifecycle import (
    NewAction,
    create_action,
    delete_action,
    restore_action,
)
from briefing_app.services.actions import ActionEdit, update_action
from briefing_app.services.search import (
    NAME_EXACT,
    SearchGroup,
    indexed_match,
    search_all,
)
from briefing_app.services.search_terms import folded_terms
from briefing_app.store import search_grams, search_index
from briefing_app.store.database import OpenedDatabase
from gram_index import assert_gram_index_exact


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
def test_thanh_hoa_however_it_is_typed(shared_db: OpenedDatabase, typed: str) -> None:
    groups = search_all(shared_db.engine, typed)
    assert _first(groups) == ("locality", "Thanh Hóa")
    assert groups[0].hits[0].rank == NAME_EXACT
    assert "Thanh Hóa – Yamanashi bilateral meeting" in _titles(groups, "meeting")


def test_da_nang_finds_the_d_with_stroke(shared_db: OpenedDatabase) -> None:
    assert _first(search_all(shared_db.engine, "da nang")) == ("locality", "Đà Nẵng")


@pytest.mark.parametrize("typed", ["山梨", "山梨県", "yamanashi", "YAMANASHI"])
def test_yamanashi_in_kanji_or_latin(shared_db: OpenedDatabase, typed: str) -> None:
    groups = search_all(shared_db.engine, typed)
    assert "Yamanashi" in _titles(groups, "locality")
    hit = next(h for g in groups for h in g.hits if h.title == "Yamanashi")
    assert "山梨県" in hit.details


TH_YN_MEETING = 1
TH_YN_ACTIONS = {1, 2, 3, 4, 5}
#: How users type the bilateral meeting's parties: kanji (no spaces), accent-free, upper case,
#: decomposed (NFD, as some keyboards send it), full-width Latin.
PARTY_SPELLINGS = [
    "山梨",
    "山梨県",
    "yamanashi",
    "YAMANASHI",
    "ｙａｍａｎａｓｈｉ",
    "thanh hoa",
    "THANH HOA",
    unicodedata.normalize("NFD", "Thanh Hóa"),
    "ＴＨＡＮＨ　ＨＯＡ",
    "山梨 thanh hoa",
]


def _hit_ids(groups: list[SearchGroup], kind: str) -> set[int]:
    return {h.id for g in groups if g.kind == kind for h in g.hits}


@pytest.mark.parametrize("typed", PARTY_SPELLINGS)
def test_the_bilateral_meeting_is_found_by_its_parties(
    shared_db: OpenedDatabase, typed: str
) -> None:
    assert TH_YN_MEETING in _hit_ids(search_all(shared_db.engine, typed), "meeting")


@pytest.mark.parametrize("typed", PARTY_SPELLINGS)
def test_the_lists_find_the_bilateral_meeting_and_its_actions(
    shared_db: OpenedDatabase, typed: str
) -> None:
    engine = shared_db.engine
    assert TH_YN_MEETING in {r.id for r in listing.page_meetings(engine, typed).rows}
    assert TH_YN_MEETING in {r.id for r in queries.list_meetings(engine, typed)}
    found = listing.page_actions(engine, queries.ActionFilter(search=typed)).rows
    assert {r.id for r in found} >= TH_YN_ACTIONS
    cli_found = queries.list_actions(engine, queries.ActionFilter(search=typed))
    assert {r.id for r in cli_found} == {r.id for r in found}


def test_a_delegation_is_found_by_its_locality_organisation_and_head(
    shared_db: OpenedDatabase,
) -> None:
    engine = shared_db.engine
    for typed in ("山梨", "山梨県庁", "yamanashi"):
        assert "Yamanashi Prefecture delegation" in _titles(search_all(engine, typed), "delegation")
    assert [r.name for r in queries.list_delegations(engine, "cao van cuong")] == [
        "Thanh Hóa provincial delegation"
    ]


def test_one_and_two_character_queries_match_substrings(shared_db: OpenedDatabase) -> None:
    assert "Yamanashi" in _titles(search_all(shared_db.engine, "梨", limit_per_kind=50), "locality")
    assert "Yamanashi" in _titles(search_all(shared_db.engine, "山", limit_per_kind=50), "locality")
    assert "Thanh Hóa" in _titles(search_all(shared_db.engine, "th", limit_per_kind=50), "locality")
    # A short word narrows a longer one: every word must match.
    narrowed = _titles(search_all(shared_db.engine, "hoa th", limit_per_kind=50), "locality")
    assert "Thanh Hóa" in narrowed and "Khánh Hòa" not in narrowed


def test_every_word_must_match(shared_db: OpenedDatabase) -> None:
    groups = search_all(shared_db.engine, "thanh hoa yamanashi", limit_per_kind=50)
    assert "Thanh Hóa" not in _titles(groups, "locality")
    assert "Thanh Hóa – Yamanashi bilateral meeting" in _titles(groups, "meeting")
    assert search_all(shared_db.engine, "thanh hoa zzzqqq") == []


def test_names_rank_before_prefixes_before_substrings(shared_db: OpenedDatabase) -> None:
    hits = [h for g in search_all(shared_db.engine, "thanh", limit_per_kind=50) for h in g.hits]
    ranks = [h.rank for g in search_all(shared_db.engine, "thanh") for h in g.hits[:1]]
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
    "AND OR NOT NEAR",
    "thanh AND hoa",
    '山梨"',
    "%山梨_",
    "山梨\\",
]


def _every_search(db: OpenedDatabase, typed: str) -> None:
    """The global search, every list view's filter box and every CLI list search."""
    engine = db.engine
    search_all(engine, typed)
    listing.search_counts(engine, typed)  # the seven list views' filters, counted
    listing.page_actions(engine, queries.ActionFilter(search=typed))
    listing.page_meetings(engine, typed)
    listing.page_delegations(engine, typed)
    queries.list_localities(engine, typed)
    queries.list_meetings(engine, typed)
    queries.list_delegations(engine, typed)
    queries.list_actions(engine, queries.ActionFilter(search=typed))


@pytest.mark.parametrize("typed", HOSTILE)
def test_hostile_input_is_data(shared_db: OpenedDatabase, typed: str) -> None:
    _every_search(shared_db, typed)


def test_quotes_and_operators_are_searched_as_text(shared_db: OpenedDatabase) -> None:
    assert search_all(shared_db.engine, "thanh OR zzzqqq") == []  # OR is a word, not syntax
    assert search_all(shared_db.engine, '"thanh hoa"') == []  # quotes are characters to find
    assert search_all(shared_db.engine, "thanh* hoa") == []  # * is not a wildcard


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(typed=st.text(max_size=60))
def test_any_text_never_raises(shared_db: OpenedDatabase, typed: str) -> None:
    _every_search(shared_db, typed)


# --- the index stays in step with every write ---------------------------------------------


def _words(text: str) -> str:
    return " ".join(text.split())


def _index_rows(db: OpenedDatabase) -> set[tuple[int, str, str, str]]:
    with db.engine.connect() as connection:
        return {
            (int(r[0]), r[1], r[2], _words(r[3]))
            for r in connection.exec_driver_sql("SELECT rowid, name, title, body FROM search_index")
        }


def _assert_index_current(db: OpenedDatabase) -> None:
    """The index holds what the records say, and the gram index its rows' grams."""
    assert _index_rows(db) == _expected_rows(db)
    assert_gram_index_exact(db.engine)


def _names(*records: m.Locality | m.Organisation | m.Person | m.Delegation | None) -> list[str]:
    return [r.name_folded for r in records if r is not None]


def _party_names(meeting: m.Meeting) -> list[str]:
    return [
        name
        for d in sorted(meeting.parties, key=lambda d: d.id)
        for name in _names(d, d.locality, d.organisation)
    ]


def _related_names(record: object) -> list[str]:
    """What the index should add to a record's body, worked out from the ORM (not from the
    index's SQL): the names of the records it is known by."""
    if isinstance(record, m.Delegation):
        return _names(record.locality, record.organisation, record.head)
    if isinstance(record, m.Meeting):
        return _party_names(record)
    if isinstance(record, m.FollowUpAction):
        a = record
        return _names(
            a.owner_locality,
            a.owner_organisation,
            a.owner_person,
            a.counterpart_locality,
            a.counterpart_organisation,
            a.counterpart_person,
        ) + _party_names(a.meeting)
    return []


def _expected_rows(db: OpenedDatabase) -> set[tuple[int, str, str, str]]:
    expected = set()
    with Session(db.engine) as session:
        for kind in search_index.KINDS:

            def col(record: object, column: str | None) -> str:
                return "" if column is None else (getattr(record, column) or "")

            for record in session.scalars(sa.select(kind.model)):
                body = " ".join([col(record, kind.body), *_related_names(record)])
                expected.add(
                    (
                        kind.low + record.id,
                        col(record, kind.name),
                        col(record, kind.title),
                        _words(body),
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
    _assert_index_current(db)
    created = create_action(
        db.engine,
        NewAction(meeting_id=1, title="Gửi thư mời tới 甲府市 Kōfu", status=ActionStatus.AGREED),
        changed_by="tester",
    ).action
    assert _action_hits(db, "gui thu moi") == [created.id]
    assert _action_hits(db, "府市") == [created.id]
    assert _action_hits(db, "kofu") == [created.id]

    update_action(
        db.engine, created.id, ActionEdit(title="Chuẩn bị đón đoàn Ōsaka"), changed_by="tester"
    )
    assert _action_hits(db, "gui thu moi") == []
    assert _action_hits(db, "chuan bi don doan osaka") == [created.id]
    _assert_index_current(db)

    snapshot = delete_action(db.engine, created.id)
    assert _action_hits(db, "osaka") == []
    _assert_index_current(db)

    restored = restore_action(db.engine, snapshot, changed_by="tester").action
    assert _action_hits(db, "osaka") == [restored.id]
    _assert_index_current(db)


def test_the_gram_index_follows_long_texts(seeded_db: OpenedDatabase) -> None:
    """Texts longer than the view's chunks (store.search_grams.CHUNK characters), with pairs
    across the chunks' boundaries, and characters of two, three and four bytes."""
    db = seeded_db
    words = ["hợp tác", "山梨県", "đào tạo", "𠮷野家", "kōfu", "ý"]
    long_text = "".join(f"{words[i % len(words)]}{i}" for i in range(300))
    assert len(long_text) > 3 * search_grams.CHUNK
    created = create_action(
        db.engine,
        NewAction(meeting_id=1, title="Dài", description=long_text, status=ActionStatus.AGREED),
        changed_by="tester",
    ).action
    assert_gram_index_exact(db.engine)
    assert created.id in _action_hits(db, "𠮷野")
    update_action(db.engine, created.id, ActionEdit(description=long_text[::-1]), changed_by="t")
    assert_gram_index_exact(db.engine)
    # its recency only: the grams are kept
    update_action(db.engine, created.id, ActionEdit(status=ActionStatus.DONE), changed_by="t")
    assert_gram_index_exact(db.engine)
    delete_action(db.engine, created.id)
    assert_gram_index_exact(db.engine)


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
        connection.exec_driver_sql("UPDATE localities SET name_folded = 'stale'")
        connection.exec_driver_sql("DELETE FROM search_index")
    assert search_all(db.engine, "thanh hoa") == []
    assert search_index.rebuild(db.engine) == len(expected)
    assert _index_rows(db) == expected
    assert_gram_index_exact(db.engine)
    assert _first(search_all(db.engine, "thanh hoa")) == ("locality", "Thanh Hóa")
    # the grams filled in Python are the ones the triggers delete (computed in SQL)
    update_action(db.engine, 1, ActionEdit(title="Đón đoàn 山梨"), changed_by="tester")
    _rename_organisation_in(db)
    assert_gram_index_exact(db.engine)


def _meeting_hits(db: OpenedDatabase, text: str) -> set[int]:
    return _hit_ids(search_all(db.engine, text, limit_per_kind=50), "meeting")


def test_index_follows_a_meetings_parties(seeded_db: OpenedDatabase) -> None:
    db = seeded_db
    with Session(db.engine) as session, session.begin():
        meeting = session.get(m.Meeting, TH_YN_MEETING)
        assert meeting is not None
        yamanashi = next(d for d in meeting.parties if d.side.value == "JP")
        meeting.parties.remove(yamanashi)
        yamanashi_id = yamanashi.id
    assert TH_YN_MEETING not in _meeting_hits(db, "山梨県")  # only its party said so
    assert TH_YN_MEETING not in {r.id for r in queries.list_meetings(db.engine, "山梨")}
    _assert_index_current(db)

    with Session(db.engine) as session, session.begin():
        meeting = session.get(m.Meeting, TH_YN_MEETING)
        assert meeting is not None
        meeting.parties.append(session.get_one(m.Delegation, yamanashi_id))
    assert TH_YN_MEETING in _meeting_hits(db, "山梨県")
    _assert_index_current(db)

    with db.engine.begin() as connection:  # another tool, writing SQL
        connection.execute(
            sa.text("DELETE FROM meeting_parties WHERE delegation_id = :id"), {"id": yamanashi_id}
        )
    assert TH_YN_MEETING not in _meeting_hits(db, "山梨県")
    _assert_index_current(db)


def test_renaming_a_locality_reindexes_what_names_it(seeded_db: OpenedDatabase) -> None:
    db = seeded_db
    with Session(db.engine) as session, session.begin():
        locality = session.scalars(
            sa.select(m.Locality).where(m.Locality.name == "Yamanashi")
        ).one()
        locality.name, locality.name_native = "Kai", "甲斐国"
    groups = search_all(db.engine, "甲斐国", limit_per_kind=50)
    assert _titles(groups, "locality") == ["Kai"]
    assert "Yamanashi Prefecture delegation" in _titles(groups, "delegation")
    assert TH_YN_MEETING in _hit_ids(groups, "meeting")
    assert _hit_ids(groups, "action") >= TH_YN_ACTIONS
    assert TH_YN_MEETING in {r.id for r in listing.page_meetings(db.engine, "kai").rows}
    _assert_index_current(db)


def _rename_head(session: Session) -> None:
    head = session.scalars(sa.select(m.Person).where(m.Person.full_name == "Cao Văn Cường")).one()
    head.name_native = "高文強"


def _rename_organisation_in(db: OpenedDatabase) -> None:
    with Session(db.engine) as session, session.begin():
        _rename_organisation(session)


def _rename_organisation(session: Session) -> None:
    org = session.scalars(sa.select(m.Organisation).where(m.Organisation.name_native == "山梨県庁"))
    org.one().name_native = "甲府県庁"


def _rename_delegation(session: Session) -> None:
    session.get_one(m.Delegation, 2).name = "Kōfu delegation"


def _move_delegation(session: Session) -> None:
    delegation = session.get_one(m.Delegation, 2)
    delegation.locality = session.scalars(
        sa.select(m.Locality).where(m.Locality.name == "Hokkaido")
    ).one()
    delegation.organisation = None


def _move_action(session: Session) -> None:
    session.get_one(m.FollowUpAction, 1).meeting_id = 2


def _change_counterpart(session: Session) -> None:
    action = session.get_one(m.FollowUpAction, 1)
    action.counterpart_locality = None
    action.counterpart_person = session.scalars(
        sa.select(m.Person).where(m.Person.full_name == "Takaichi Sanae")
    ).one()


@pytest.mark.parametrize(
    "edit",
    [
        _rename_head,
        _rename_organisation,
        _rename_delegation,
        _move_delegation,
        _move_action,
        _change_counterpart,
    ],
)
def test_index_follows_edits_of_related_records(
    seeded_db: OpenedDatabase, edit: Callable[[Session], None]
) -> None:
    before = _index_rows(seeded_db)
    with Session(seeded_db.engine) as session, session.begin():
        edit(session)
    after = _index_rows(seeded_db)
    assert after != before
    assert after == _expected_rows(seeded_db)
    assert_gram_index_exact(seeded_db.engine)


@pytest.mark.parametrize("kind", ["locality", "delegation", "meeting", "action", "agreement"])
@pytest.mark.parametrize(
    "typed", ["山梨", "山梨県庁", "yamanashi", "thanh hoa", "cao van cuong", "committee", "ab"]
)
def test_list_searches_find_what_the_index_holds(
    shared_db: OpenedDatabase, kind: str, typed: str
) -> None:
    """The list views' condition finds exactly the records whose text (own and related names,
    worked out from the ORM) holds the words side by side as typed, where any record does,
    else every word."""
    spec = search_index.BY_KIND[kind]
    terms = folded_terms(typed)
    texts = {
        rowid - spec.low: f"{name} {title} {body}"
        for rowid, name, title, body in _expected_rows(shared_db)
        if spec.low <= rowid <= spec.high
    }
    expected = {i for i, text in texts.items() if " ".join(terms) in text}
    if not expected or len(terms) < 2:
        expected = {i for i, text in texts.items() if all(t in text for t in terms)}
    with shared_db.engine.connect() as connection:
        found = set(connection.scalars(sa.select(spec.model.id).where(indexed_match(kind, typed))))
    assert found == expected


def test_unaccented_syllables_find_the_words_they_spell_not_syllables_far_apart(
    shared_db: OpenedDatabase,
) -> None:
    # "thanh hoa": Thanh Hóa, not a Vietnamese text with "thành công" and "văn hóa" apart
    meetings = search_index.BY_KIND["meeting"]
    apart = [
        rowid - meetings.low
        for rowid, name, title, body in _expected_rows(shared_db)
        if meetings.low <= rowid <= meetings.high
        and "thanh hoa" not in f"{name} {title} {body}"
        and all(w in f"{name} {title} {body}" for w in ("thanh", "hoa"))
    ]
    assert apart, "the dataset has meetings with both syllables far apart"
    with shared_db.engine.connect() as connection:
        query = sa.select(m.Meeting.id).where(indexed_match("meeting", "thanh hoa"))
        assert set(connection.scalars(query)) == {1}
        far = sa.select(m.Meeting.id).where(indexed_match("meeting", "takebe chinh"))
        assert set(connection.scalars(far)) == {3, 4}, "no phrase anywhere: each word anywhere"
    groups = {g.kind: [h.id for h in g.hits] for g in search_all(shared_db.engine, "thanh hoa")}
    assert groups["meeting"] == [1]


def test_list_searches_pick_their_sql_by_database() -> None:
    query = sa.select(m.Meeting.id).where(indexed_match("meeting", "山梨県 ab"))
    on_sqlite = str(query.compile(dialect=sqlite.dialect()))
    on_postgres = str(query.compile(dialect=postgresql.dialect()))
    assert "search_index MATCH" in on_sqlite
    assert not on_sqlite.rstrip().endswith("= 1")  # "id IN (…) = 1" would hide the IN from SQLite
    assert "MATCH" not in on_postgres
    # through the server's search function (migration 0011): the words as typed (in the
    # union, and where no record holds them so), then every word at once
    assert on_postgres.count("briefing_search_rows(") == 3
    assert "LIKE" not in on_postgres
