"""Lists, details, the overview, search hits and pickers in the reading language (issue 15):
each text in the language chosen, a missing version replaced by the other language's and
tagged (domain.shown_text), so a view can mark it."""

from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from briefing_app.domain import models as m
from briefing_app.domain.record_kind import RecordKind
from briefing_app.domain.shown_text import fallback_language
from briefing_app.domain.text import fold
from briefing_app.domain.translations import set_reading_language
from briefing_app.services import listing, queries
from briefing_app.services.catalogue import list_areas
from briefing_app.services.overview import forum_overview
from briefing_app.services.pages import PageRequest
from briefing_app.services.queries import ActionFilter
from briefing_app.services.record_kinds import editing, pages
from briefing_app.services.record_kinds.fields import Vocabulary
from briefing_app.services.search import search_all
from briefing_app.store.database import OpenedDatabase
from briefing_app.store.unit_of_work import reading

MEETING_EN = "Thanh Hóa – Yamanashi bilateral meeting"
MEETING_VI = "Cuộc gặp song phương Thanh Hóa – Yamanashi"
ACTION_EN = "Yamanashi supports connecting agricultural processing technology for Thanh Hóa"
ACTION_VI = "Yamanashi hỗ trợ kết nối công nghệ chế biến nông sản cho Thanh Hóa"
ACTION_DESCRIPTION_VI = (
    "Thanh Hóa đề nghị Yamanashi hỗ trợ kết nối công nghệ chế biến nông sản, nâng cao giá "
    "trị gia tăng cho sản phẩm xuất khẩu của Thanh Hóa."
)


def _id(engine: Engine, column: Any, value: str) -> int:
    with reading(engine) as session:
        found = session.scalar(sa.select(column.class_.id).where(column == value))
    assert found is not None, value
    return int(found)


def _set(engine: Engine, kind: RecordKind, record_id: int, values: dict[str, Any]) -> None:
    """Give a record these versions (the dataset's own Vietnamese, or none), whatever the
    loader stored."""
    editing.edit_record(engine, kind, record_id, values, changed_by="test")


@pytest.fixture
def engine(seeded_db: OpenedDatabase) -> Engine:
    """The seeded forum with the bilateral meeting and one of its actions in Vietnamese,
    and another meeting (the plenary's first) with no Vietnamese title."""
    engine = seeded_db.engine
    meeting = _id(engine, m.Meeting.title, MEETING_EN)
    _set(
        engine,
        RecordKind.MEETING,
        meeting,
        {
            "title_vi": MEETING_VI,
            "proposals_vi": ["Đề xuất một", "Đề xuất hai"],
            "outcomes_vi": None,
        },
    )
    action = _id(engine, m.FollowUpAction.title, ACTION_EN)
    _set(
        engine,
        RecordKind.ACTION,
        action,
        {"title_vi": ACTION_VI, "description_vi": ACTION_DESCRIPTION_VI},
    )
    with reading(engine) as session:
        others = session.scalars(sa.select(m.Meeting.id).where(m.Meeting.id != meeting)).all()
    for other in others:
        _set(engine, RecordKind.MEETING, other, {"title_vi": None})
    return engine


def test_the_meeting_list_and_its_actions_read_vietnamese_and_tag_what_is_english(
    engine: Engine,
) -> None:
    set_reading_language("vi")
    meetings = {r.title: r for r in listing.page_meetings(engine).rows}
    assert MEETING_VI in meetings and MEETING_EN not in meetings
    assert fallback_language(meetings[MEETING_VI].title) is None
    english_only = [t for t in meetings if t != MEETING_VI]
    assert english_only, "the other meetings have no Vietnamese title"
    assert all(fallback_language(t) == "en" for t in english_only)

    actions = listing.page_actions(engine, ActionFilter(search="che bien nong san")).rows
    assert [(a.title, a.meeting_title) for a in actions] == [(ACTION_VI, MEETING_VI)]

    set_reading_language("en")
    meetings = {r.title: r for r in listing.page_meetings(engine).rows}
    assert MEETING_EN in meetings and MEETING_VI not in meetings
    assert all(fallback_language(t) is None for t in meetings)


def test_the_meeting_detail_reads_vietnamese_item_by_item(engine: Engine) -> None:
    meeting = _id(engine, m.Meeting.title, MEETING_EN)
    english = queries.get_meeting(engine, meeting)
    set_reading_language("vi")
    detail = queries.get_meeting(engine, meeting)

    assert detail.meeting.title == MEETING_VI
    assert detail.proposals == ["Đề xuất một", "Đề xuất hai"]
    assert detail.outcomes == english.outcomes, "no Vietnamese outcomes: the English ones"
    assert detail.outcomes and all(fallback_language(o) == "en" for o in detail.outcomes)
    action = next(a for a in detail.actions if a.title == ACTION_VI)
    assert queries.get_action(engine, action.id).description == ACTION_DESCRIPTION_VI
    assert "Nông nghiệp" in detail.cooperation_areas, "areas by their Vietnamese names"


def test_the_overview_reads_vietnamese(engine: Engine) -> None:
    event = forum_overview(engine).event
    assert event is not None
    _set(engine, RecordKind.EVENT, event.id, {"name_vi": "Diễn đàn Hợp tác địa phương"})
    set_reading_language("vi")
    overview = forum_overview(engine)
    assert overview.event is not None and overview.event.name == "Diễn đàn Hợp tác địa phương"


def test_search_hits_pickers_and_areas_in_the_reading_language(engine: Engine) -> None:
    set_reading_language("vi")
    hits = {h.id: h.title for g in search_all(engine, "che bien nong san") for h in g.hits}
    assert ACTION_VI in hits.values()

    meetings = editing.list_records(engine, RecordKind.MEETING)
    assert MEETING_VI in [r.label for r in meetings]
    assert [fold(r.label) for r in meetings] == sorted(fold(r.label) for r in meetings)

    areas = editing.reference_choices(engine, Vocabulary.AREA)
    agriculture = next(a for a in areas if a.detail == "Agriculture")
    assert agriculture.label == "Nông nghiệp"
    names = [a.name_vi for a in list_areas(engine)]
    assert names == sorted(names, key=fold), "by their Vietnamese names"


@pytest.mark.parametrize(
    "typed",
    [
        "công nghệ chế biến nông sản",
        "cong nghe che bien nong san",
        "agricultural processing technology",
    ],
)
def test_an_action_is_found_in_either_language(engine: Engine, typed: str) -> None:
    action = _id(engine, m.FollowUpAction.title, ACTION_EN)
    hits = {h.id for g in search_all(engine, typed) if g.kind == "action" for h in g.hits}
    assert action in hits
    listed = listing.page_actions(engine, ActionFilter(search=typed)).rows
    assert action in {r.id for r in listed}


@pytest.mark.parametrize(
    "typed", ["hợp tác nông nghiệp", "hop tac nong nghiep", "agricultural cooperation"]
)
def test_the_issues_words_find_the_bilateral_meeting_in_either_language(
    seeded_db: OpenedDatabase, typed: str
) -> None:
    """No action of the dataset speaks of "agricultural cooperation" in English; the meeting
    whose summary does (and whose Vietnamese summary says "hợp tác" and "nông nghiệp") is
    found by either wording, with its Vietnamese summary as the dataset has it."""
    engine = seeded_db.engine
    meeting = _id(engine, m.Meeting.title, MEETING_EN)
    _set(
        engine,
        RecordKind.MEETING,
        meeting,
        {"summary_vi": "Hai bên thống nhất hướng tới hợp tác về nông nghiệp công nghệ cao."},
    )
    hits = {h.id for g in search_all(engine, typed) if g.kind == "meeting" for h in g.hits}
    assert meeting in hits


def test_lists_sort_by_the_text_they_show_or_keep_their_index(engine: Engine) -> None:
    """The event and fact lists (sorted by folding in SQL) and the small ones (organisations,
    localities) sort the texts they show: the Vietnamese ones in Vietnamese; the big lists
    sorted through an indexed folded column (meetings, actions) keep its English order in
    either language."""
    _set(engine, RecordKind.EVENT, 1, {"name_vi": "Ă đầu tiên theo tiếng Việt"})
    orders = {}
    for language in ("en", "vi"):
        set_reading_language(language)
        facts = [r.label for r in pages.page_facts(engine, request=PageRequest(sort="label")).rows]
        events = [r.name for r in pages.page_events(engine, request=PageRequest(sort="name")).rows]
        organisations = [
            r.name for r in pages.page_organisations(engine, request=PageRequest(sort="name")).rows
        ]
        localities = listing.page_localities(engine, request=PageRequest(limit=500)).rows
        vietnamese = [r.name for r in localities if r.country == "VN"]
        assert [r.country for r in localities] == sorted(r.country for r in localities)[::-1]
        for texts in (facts, events, organisations, vietnamese):
            assert [fold(t) for t in texts] == sorted(fold(t) for t in texts), (language, texts)
        assert (events[0] == "Ă đầu tiên theo tiếng Việt") == (language == "vi")
        by_title = PageRequest(sort="title")
        orders[language] = [
            [r.id for r in listing.page_meetings(engine, request=by_title).rows],
            [r.id for r in listing.page_actions(engine, request=by_title).rows],
        ]
    assert orders["vi"] == orders["en"]
