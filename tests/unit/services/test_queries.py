"""Read use cases: list filters, search that treats input as data, details."""

from datetime import date

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from briefing_app.domain import models as m
from briefing_app.domain.enums import ActionStatus, Classification, DuePrecision
from briefing_app.domain.errors import NotFoundError
from briefing_app.domain.text import fold
from briefing_app.services import queries
from briefing_app.services.actions import ActionEdit, update_action
from briefing_app.services.queries import ActionFilter
from briefing_app.store import search_index
from briefing_app.store.database import OpenedDatabase
from briefing_app.store.unit_of_work import reading

MEETING_TITLE = "Thanh Hóa – Yamanashi bilateral meeting"


def _meeting_id(db: OpenedDatabase) -> int:
    with reading(db.engine) as session:
        return session.scalars(
            sa.select(m.Meeting.id).where(m.Meeting.seed_key == "meeting-thanh-hoa-yamanashi")
        ).one()


def _locality_names(db: OpenedDatabase, search: str | None) -> list[str]:
    return [row.name for row in queries.list_localities(db.engine, search)]


# --- localities and search -------------------------------------------------------------------


def test_all_localities_vn_first_then_jp(shared_db: OpenedDatabase) -> None:
    rows = queries.list_localities(shared_db.engine)
    assert len(rows) == 81
    countries = [r.country.value for r in rows]
    assert countries == ["VN"] * 34 + ["JP"] * 47


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("thanh hoa", ["Thanh Hóa"]),
        ("Thanh Hóa", ["Thanh Hóa"]),
        ("THANH HOA", ["Thanh Hóa"]),
        ("ＴＨＡＮＨ　ＨＯＡ", ["Thanh Hóa"]),
        ("da nang", ["Đà Nẵng"]),
        ("山梨", ["Yamanashi"]),
        ("山梨県", ["Yamanashi"]),
        ("yamanashi", ["Yamanashi"]),
        ("hoa thanh", ["Thanh Hóa"]),  # every word, in any order
    ],
)
def test_locality_search(shared_db: OpenedDatabase, typed: str, expected: list[str]) -> None:
    assert _locality_names(shared_db, typed) == expected


@pytest.mark.parametrize(
    "hostile",
    ["%", "_", "%%", "_%_", '"', "\\", "\\%", "'", "' OR 1=1 --", "'); DROP TABLE localities; --"],
)
def test_hostile_search_input_is_data(shared_db: OpenedDatabase, hostile: str) -> None:
    # None of these characters occurs in a locality name, so nothing may match.
    assert _locality_names(shared_db, hostile) == []
    # Action texts and their parties' names do contain quotes ("Thanh Hóa's", "People's
    # Committee"): they match exactly where the literal text occurs in what the search index
    # holds for the action, as a plain substring test in Python says.
    words = fold(hostile).split()
    actions = search_index.BY_KIND["action"]
    with shared_db.engine.connect() as connection:
        indexed = connection.execute(
            sa.text(
                "SELECT rowid, title || ' ' || body FROM search_index"
                " WHERE rowid BETWEEN :low AND :high"
            ),
            {"low": actions.low, "high": actions.high},
        ).all()
    texts = {rowid - actions.low: text for rowid, text in indexed}
    expected = {id_ for id_, text in texts.items() if all(w in text for w in words)}
    found = {r.id for r in queries.list_actions(shared_db.engine, ActionFilter(search=hostile))}
    assert found == expected
    assert len(expected) < 7
    assert len(queries.list_localities(shared_db.engine)) == 81  # the table is still there


def test_a_5000_character_paste_returns(shared_db: OpenedDatabase) -> None:
    paste = "Thanh Hóa " + "x" * 4990
    assert len(paste) == 5000
    assert _locality_names(shared_db, paste) == []
    assert queries.list_actions(shared_db.engine, ActionFilter(search=paste)) == []
    assert queries.list_delegations(shared_db.engine, paste) == []


def test_blank_search_means_everything(shared_db: OpenedDatabase) -> None:
    assert len(queries.list_localities(shared_db.engine, "   ")) == 81


# --- meetings and delegations ----------------------------------------------------------------


def test_meetings_list_with_parties_and_counts(shared_db: OpenedDatabase) -> None:
    rows = {r.title: r for r in queries.list_meetings(shared_db.engine)}
    th_yn = rows[MEETING_TITLE]
    assert th_yn.action_count == 5
    assert th_yn.starts_at == date(2025, 11, 25)
    assert sorted(th_yn.parties) == [
        "Thanh Hóa provincial delegation",
        "Yamanashi Prefecture delegation",
    ]
    assert sum(r.action_count for r in rows.values()) == 7


def test_meeting_search_finds_by_title_and_by_party(shared_db: OpenedDatabase) -> None:
    assert [r.title for r in queries.list_meetings(shared_db.engine, "yamanashi")] == [
        MEETING_TITLE
    ]
    # "provincial delegation" is only in a party's name, not in the meeting's text.
    assert [r.title for r in queries.list_meetings(shared_db.engine, "provincial delegation")] == [
        MEETING_TITLE
    ]


def test_delegations(shared_db: OpenedDatabase) -> None:
    rows = queries.list_delegations(shared_db.engine)
    assert len(rows) == 3
    names = [r.name for r in queries.list_delegations(shared_db.engine, "thanh hoa")]
    assert names == ["Thanh Hóa provincial delegation"]


def test_meeting_detail(shared_db: OpenedDatabase) -> None:
    detail = queries.get_meeting(shared_db.engine, _meeting_id(shared_db))
    assert detail.meeting.title == MEETING_TITLE
    assert len(detail.actions) == 5
    assert {a.meeting_id for a in detail.actions} == {detail.meeting.id}
    assert detail.sources and all(s.url for s in detail.sources)
    assert detail.proposals and detail.outcomes


def test_unknown_ids_are_not_found(shared_db: OpenedDatabase) -> None:
    with pytest.raises(NotFoundError, match="no meeting with id 9999"):
        queries.get_meeting(shared_db.engine, 9999)
    with pytest.raises(NotFoundError):
        queries.get_action(shared_db.engine, 9999)
    with pytest.raises(NotFoundError):
        queries.get_delegation(shared_db.engine, 9999)


def test_delegation_detail_lists_its_meetings(shared_db: OpenedDatabase) -> None:
    thanh_hoa = queries.list_delegations(shared_db.engine, "thanh hoa")[0]
    detail = queries.get_delegation(shared_db.engine, thanh_hoa.id)
    assert [mt.title for mt in detail.meetings] == [MEETING_TITLE]
    assert detail.meetings[0].action_count == 5


# --- actions ---------------------------------------------------------------------------------


def test_status_filter(shared_db: OpenedDatabase) -> None:
    engine = shared_db.engine
    every = queries.list_actions(engine)
    assert len(every) == 7
    agreed = queries.list_actions(engine, ActionFilter(statuses=(ActionStatus.AGREED,)))
    assert agreed and {r.status for r in agreed} == {ActionStatus.AGREED}
    proposed = queries.list_actions(engine, ActionFilter(statuses=(ActionStatus.PROPOSED,)))
    assert len(agreed) + len(proposed) == 7
    both = queries.list_actions(
        engine, ActionFilter(statuses=(ActionStatus.AGREED, ActionStatus.PROPOSED))
    )
    assert len(both) == 7
    assert queries.list_actions(engine, ActionFilter(statuses=(ActionStatus.DONE,))) == []


def test_overdue_with_a_fixed_today(seeded_db: OpenedDatabase) -> None:
    engine = seeded_db.engine
    # The seed has two actions due "2026" (year precision).
    dated = [r for r in queries.list_actions(engine) if r.due_date is not None]
    assert {(r.due_date, r.due_precision) for r in dated} == {(date(2026, 1, 1), DuePrecision.YEAR)}
    overdue = ActionFilter(overdue_only=True)
    assert queries.list_actions(engine, overdue, today=date(2026, 12, 31)) == []
    late = queries.list_actions(engine, overdue, today=date(2027, 1, 1))
    assert sorted(r.id for r in late) == sorted(r.id for r in dated)
    assert all(r.overdue for r in late)
    # A finished action is never overdue.
    update_action(engine, late[0].id, ActionEdit(status=ActionStatus.DONE), changed_by="t")
    still = queries.list_actions(engine, overdue, today=date(2027, 1, 1))
    assert [r.id for r in still] == [late[1].id]


@pytest.mark.parametrize(
    ("due", "precision", "on_time", "late"),
    [
        (date(2026, 3, 15), DuePrecision.DAY, date(2026, 3, 15), date(2026, 3, 16)),
        (date(2026, 2, 1), DuePrecision.MONTH, date(2026, 2, 28), date(2026, 3, 1)),
        (date(2028, 2, 1), DuePrecision.MONTH, date(2028, 2, 29), date(2028, 3, 1)),
        (date(2026, 4, 1), DuePrecision.QUARTER, date(2026, 6, 30), date(2026, 7, 1)),
        (date(2026, 1, 1), DuePrecision.YEAR, date(2026, 12, 31), date(2027, 1, 1)),
    ],
)
def test_sql_and_python_agree_on_overdue(
    seeded_db: OpenedDatabase, due: date, precision: DuePrecision, on_time: date, late: date
) -> None:
    engine = seeded_db.engine
    update_action(engine, 1, ActionEdit(due=(due, precision)), changed_by="t")
    only_overdue = ActionFilter(overdue_only=True)
    for today, expected in ((on_time, False), (late, True)):
        ids = {r.id for r in queries.list_actions(engine, only_overdue, today=today)}
        flag = next(r.overdue for r in queries.list_actions(engine, today=today) if r.id == 1)
        assert (1 in ids, flag) == (expected, expected), today


def test_action_search_is_accent_free(shared_db: OpenedDatabase) -> None:
    engine = shared_db.engine
    plain = {r.id for r in queries.list_actions(engine, ActionFilter(search="thanh hoa"))}
    accented = {r.id for r in queries.list_actions(engine, ActionFilter(search="THANH HÓA"))}
    assert plain == accented
    assert len(plain) >= 4


def test_classification_ceiling(seeded_db: OpenedDatabase) -> None:
    engine = seeded_db.engine
    update_action(engine, 1, ActionEdit(classification=Classification.CONFIDENTIAL), changed_by="t")
    public = queries.list_actions(engine, ActionFilter(max_classification=Classification.PUBLIC))
    internal = queries.list_actions(
        engine, ActionFilter(max_classification=Classification.INTERNAL)
    )
    everything = queries.list_actions(
        engine, ActionFilter(max_classification=Classification.CONFIDENTIAL)
    )
    assert 1 not in {r.id for r in public} | {r.id for r in internal}
    assert 1 in {r.id for r in everything}
    assert len(everything) == len(public) + 1


def test_meeting_filter(shared_db: OpenedDatabase) -> None:
    meeting_id = _meeting_id(shared_db)
    rows = queries.list_actions(shared_db.engine, ActionFilter(meeting_id=meeting_id))
    assert len(rows) == 5
    assert {r.meeting_title for r in rows} == {MEETING_TITLE}


def test_actions_sorted_by_due_date_with_undated_last(seeded_db: OpenedDatabase) -> None:
    update_action(
        seeded_db.engine, 7, ActionEdit(due=(date(2025, 12, 1), DuePrecision.MONTH)), changed_by="t"
    )
    rows = queries.list_actions(seeded_db.engine)
    dues = [r.due_date for r in rows]
    dated = [d for d in dues if d is not None]
    assert rows[0].id == 7
    assert dated == sorted(dated)
    assert dues[len(dated) :] == [None] * (len(dues) - len(dated))


def test_an_action_counts_at_its_meetings_classification(seeded_db: OpenedDatabase) -> None:
    db = seeded_db
    with Session(db.engine) as session, session.begin():
        meeting = session.get(m.Meeting, 1)
        assert meeting is not None
        meeting.classification = Classification.CONFIDENTIAL
    public = queries.list_actions(
        db.engine, queries.ActionFilter(max_classification=Classification.PUBLIC)
    )
    assert public and all(row.meeting_id != 1 for row in public)
    everything = queries.list_actions(
        db.engine, queries.ActionFilter(max_classification=Classification.CONFIDENTIAL)
    )
    assert sum(row.meeting_id == 1 for row in everything) == 5
