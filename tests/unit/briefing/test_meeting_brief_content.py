"""The meeting brief prepares the leader: the summary, objectives, numbered key messages and the
expected asks with their suggested responses come first, then who we meet, the counterpart, the
history of relations and the logistics, in English and Vietnamese; empty sections are left out;
a person's position stays out of a brief below their personal-data level; an ask's row is never
split across pages; a locality's profile prints each figure with its cited source."""

import re
import shutil
from collections.abc import Iterator
from datetime import date, time
from pathlib import Path

import pytest
import sqlalchemy as sa
from briefing_pdf import page_texts, squash

from briefing_app.briefing.briefing_builder import RenderedBriefing
from briefing_app.briefing.export import BriefingKind, BriefingRequest, builder_for
from briefing_app.briefing.options import BriefingOptions, Section
from briefing_app.domain import models as m
from briefing_app.domain.enums import Classification
from briefing_app.i18n import Language
from briefing_app.store.database import OpenedDatabase, open_database
from briefing_app.store.unit_of_work import writing

TODAY = date(2026, 11, 23)
YAMANASHI = 19
#: the participant of meeting 1 (Cao Văn Cường), whose personal data is made confidential
PERSON = 5
POSITION = "Vice Chairman in charge of the Kestrel portfolio"
OBJECTIVES = [
    "Agree the programme of Thanh Hóa's 2026 business trip to Yamanashi.",
    "Open talks on a cooperation memorandum between the two provinces.",
]
TALKING_POINTS = [
    "Japan is the largest investor by registered capital in Thanh Hóa.",
    "Thanh Hóa đề nghị Yamanashi hỗ trợ kết nối công nghệ chế biến nông sản.",
    "山梨県との農業技術協力を一層強化したいと考えています。",
]
ASKS: list[dict[str, str | None]] = [
    {
        "ask": "Will Thanh Hóa send a delegation to the Yamanashi energy conference?",
        "response": "Yes: the Department of Industry and Trade leads it, in the second quarter.",
    },
    {"ask": "Can the memorandum be signed in 2026?", "response": None},
]
#: meeting 2 gets many long asks, to see rows move whole to the next page
LONG_ASKS: list[dict[str, str | None]] = [
    {
        "ask": f"Long ask number {n}: what does the Prime Minister expect from the localities?",
        "response": " ".join(["The response explains the position in detail."] * 14)
        + f" End of response {n}.",
    }
    for n in range(1, 13)
]
#: and one response longer than a page, which has to be split inside its row
HUGE_RESPONSE = "\n".join(f"Line {n} of a very long prepared response." for n in range(1, 91))


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, seeded_template: Path) -> Iterator[OpenedDatabase]:
    path = tmp_path_factory.mktemp("meeting-brief") / "briefing.sqlite3"
    shutil.copyfile(seeded_template, path)
    opened = open_database(f"sqlite:///{path}")
    with writing(opened.engine) as session:
        meeting = session.get(m.Meeting, 1)
        assert meeting is not None
        meeting.objectives = OBJECTIVES
        meeting.talking_points = TALKING_POINTS
        meeting.expected_asks = ASKS
        meeting.format = "in person"
        meeting.start_time = time(9, 30)
        person = session.get(m.Person, PERSON)
        assert person is not None
        person.position = POSITION
        person.personal_data_classification = Classification.CONFIDENTIAL
        other = session.get(m.Meeting, 2)
        assert other is not None
        other.expected_asks = [
            *LONG_ASKS,
            {"ask": "The ask with the huge response", "response": HUGE_RESPONSE},
        ]
        yamanashi = session.get(m.Locality, YAMANASHI)
        assert yamanashi is not None
        yamanashi.leaders = "Governor Nagasaki Kōtarō (長崎幸太郎)"
        yamanashi.population = 796_000
        yamanashi.area_km2 = 4465.27
        yamanashi.economy = "Fruit growing (grapes, peaches), wine, precision machinery."
        yamanashi.twinning = "Sister relations with several foreign regions."
        session.add(
            m.Citation(source_id=3, locality_id=YAMANASHI, field="population", excerpt="796,000")
        )
    yield opened
    opened.engine.dispose()


def brief(
    db: OpenedDatabase,
    meeting_id: int = 1,
    *,
    language: Language = Language.EN,
    level: Classification = Classification.PUBLIC,
    kind: BriefingKind = BriefingKind.MEETING,
) -> RenderedBriefing:
    options = BriefingOptions(classification=level, language=language, prepared_on=TODAY)
    result = builder_for(db.engine, BriefingRequest(kind, (meeting_id,)), options).build()
    assert result.uncovered == []
    return result


def one_line(pdf: bytes) -> str:
    """The whole text layer with each run of whitespace (line ends included) as one space."""
    return " ".join("\n".join(page_texts(pdf)).split())


HEADINGS = {
    Language.EN: (
        "Objectives",
        "Key messages and talking points",
        "Expected asks and suggested responses",
        "The counterpart may ask",
        "Suggested response",
        "No response prepared yet.",
        "Who we meet",
    ),
    Language.VI: (
        "Mục tiêu",
        "Thông điệp chính và nội dung trao đổi",
        "Đề nghị dự kiến của đối tác và đề xuất trả lời",
        "Đối tác có thể đề nghị",
        "Đề xuất trả lời",
        "Chưa có đề xuất trả lời.",
        "Thành phần phía đối tác",
    ),
}


@pytest.mark.parametrize("language", [Language.EN, Language.VI])
def test_objectives_numbered_talking_points_and_asks_come_first_in_order(
    db: OpenedDatabase, language: Language
) -> None:
    text = squash("\n".join(page_texts(brief(db, language=language).pdf)))
    objectives, points, asks, ask_column, response_column, no_response, who_we_meet = (
        squash(h) for h in HEADINGS[language]
    )
    # the sections in the order a leader reads them, each heading numbered
    at = [text.index(f"{n}{squash(h)}") for n, h in enumerate(HEADINGS[language][:3], start=1)]
    assert at == sorted(at)
    assert f"4{who_we_meet}" in text
    # the talking points numbered 1. 2. 3., in the order entered, after their heading
    found = [text.index(f"{n}.{squash(p)}") for n, p in enumerate(TALKING_POINTS, start=1)]
    assert text.index(points) < found[0] < found[1] < found[2] < text.index(asks)
    for objective in OBJECTIVES:
        assert objectives in text and squash(objective) in text
    # the asks beside their responses; an ask without one says so
    first_ask = squash(f"{ASKS[0]['ask']}")
    assert text.index(ask_column) < text.index(response_column) < text.index(first_ask)
    # typed in English only: a Vietnamese brief prints them so, marked
    mark = "†" if language is Language.VI else ""
    assert squash(f"{ASKS[0]['ask']}{mark}{ASKS[0]['response']}{mark}") in text
    assert squash(f"{ASKS[1]['ask']}{mark}") + no_response in text


def test_the_sections_follow_the_leaders_reading_order(db: OpenedDatabase) -> None:
    text = squash("\n".join(page_texts(brief(db).pdf)))
    headings = [
        "Objectives",
        "Key messages and talking points",
        "Expected asks and suggested responses",
        "Who we meet",
        "Our delegation",
        "The counterpart locality",
        "History of relations",
        "Proposals",
        "Agreed outcomes",
        "Logistics",
        "Follow-up actions",
        "Sources",
    ]
    found = [text.index(squash(f"{n}{h}")) for n, h in enumerate(headings, start=1)]
    assert found == sorted(found)
    # the summary opens the brief, before the first section; no circular opening line
    summary = squash("Within the framework of the first Vietnam–Japan Local Cooperation Forum")
    assert text.index(summary) < found[0]
    assert "Brieffor" not in text and "Dateandvenue" not in text and "1Summary" not in text


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (Language.EN, ("Format in person", "Start time 09:30")),
        (Language.VI, ("Hình thức tổ chức in person", "Giờ bắt đầu 09:30")),
    ],
)
def test_format_and_start_time_are_in_the_logistics(
    db: OpenedDatabase, language: Language, expected: tuple[str, str]
) -> None:
    text = squash("\n".join(page_texts(brief(db, language=language).pdf)))
    logistics = text.index(
        squash({Language.EN: "Logistics", Language.VI: "Công tác tổ chức"}[language])
    )
    for line in expected:
        assert text.index(squash(line)) > logistics


@pytest.mark.parametrize("language", [Language.EN, Language.VI])
def test_vietnamese_and_japanese_talking_points_print_exactly(
    db: OpenedDatabase, language: Language
) -> None:
    text = one_line(brief(db, language=language).pdf)
    assert f"2. {TALKING_POINTS[1]}" in text
    assert f"3. {TALKING_POINTS[2]}" in text


def test_a_confidential_persons_position_stays_out_of_a_public_brief(
    db: OpenedDatabase,
) -> None:
    public = squash("\n".join(page_texts(brief(db).pdf)))
    assert squash("Cao Văn Cường") in public  # the person is named …
    assert "Kestrel" not in public  # … without the position
    internal = squash("\n".join(page_texts(brief(db, level=Classification.INTERNAL).pdf)))
    assert "Kestrel" not in internal
    confidential = squash("\n".join(page_texts(brief(db, level=Classification.CONFIDENTIAL).pdf)))
    assert squash(POSITION) in confidential
    # the forum book's index of people too
    book = brief(db, kind=BriefingKind.FORUM)
    assert "Kestrel" not in squash("\n".join(page_texts(book.pdf)))


def test_sections_with_nothing_to_say_are_left_out(db: OpenedDatabase) -> None:
    # meeting 4 has no objectives, talking points, asks or follow-up actions
    text = one_line(brief(db, 4).pdf)
    for heading in (
        "Objectives",
        "Key messages",
        "Expected asks",
        "Follow-up actions",
        "Format",
        "Start time",
        "None recorded",
    ):
        assert heading not in text
    assert "Who we meet" in text and "Logistics" in text


def test_an_asks_row_is_never_split_across_pages(db: OpenedDatabase) -> None:
    result = brief(db, 2)
    pages = [squash(t) for t in page_texts(result.pdf)]

    def page_of(piece: str) -> int:
        (found,) = [n for n, page in enumerate(pages) if squash(piece) in page]
        return found

    spans = []
    for n, item in enumerate(LONG_ASKS, start=1):
        first, last = page_of(str(item["ask"])), page_of(f"End of response {n}.")
        assert first == last, f"ask {n} starts on page {first + 1} and ends on {last + 1}"
        spans.append(first)
    assert spans[0] < spans[-1], "the asks run over more than one page"
    # a response longer than a page is split inside its row, nothing lost
    huge = [page_of(line) for line in HUGE_RESPONSE.splitlines()]
    assert huge == sorted(huge) and huge[0] < huge[-1]


@pytest.mark.parametrize(
    ("language", "population", "area"),
    [
        (Language.EN, "Population 796,000", "Area 4,465.27 km²"),
        (Language.VI, "Dân số 796.000", "Diện tích 4.465,27 km²"),
    ],
)
def test_a_locality_profile_prints_each_figure_with_its_source(
    db: OpenedDatabase, language: Language, population: str, area: str
) -> None:
    for kind, record in ((BriefingKind.LOCALITY, YAMANASHI), (BriefingKind.MEETING, 1)):
        text = squash("\n".join(page_texts(brief(db, record, kind=kind, language=language).pdf)))
        mark = re.search(re.escape(squash(population)) + r"\[(\d+)\]", text)
        assert mark, f"no cited population in the {kind} brief"
        # the number is that of the cited source in the sources section
        source = squash("[" + mark[1] + "]Diễn đàn Hợp tác địa phương Việt Nam-Nhật Bản")
        assert source in text
        assert squash(area) in text
        assert squash("Governor Nagasaki Kōtarō (長崎幸太郎)") in text


def test_without_the_sources_section_figures_carry_no_dangling_numbers(
    db: OpenedDatabase,
) -> None:
    options = BriefingOptions(prepared_on=TODAY, omit=frozenset({Section.SOURCES}))
    request = BriefingRequest(BriefingKind.LOCALITY, (YAMANASHI,))
    text = squash("\n".join(page_texts(builder_for(db.engine, request, options).build().pdf)))
    assert squash("Population 796,000") in text
    assert squash("Population 796,000 [") not in text


def test_a_counterpart_card_has_the_biography_at_its_level_and_earlier_contacts(
    db: OpenedDatabase,
) -> None:
    with writing(db.engine) as session:
        (takebe,) = session.scalars(
            sa.select(m.Person).where(m.Person.full_name == "Takebe Tsutomu")
        )
        takebe.biography = "Former Secretary-General of the LDP; Yak biography."
        takebe.personal_data_classification = Classification.INTERNAL
    public = one_line(brief(db, 4).pdf)
    internal = one_line(brief(db, 4, level=Classification.INTERNAL).pdf)
    assert "Who we meet" in public and "Takebe Tsutomu (武部勤)" in public
    assert "Yak biography" not in public
    assert "Biography Former Secretary-General of the LDP; Yak biography." in internal
    # his other meeting at the forum, not the one briefed
    contacts = internal[internal.index("Earlier contacts with us") :]
    assert "Forum main session" in contacts
    assert "meets Takebe Tsutomu" not in contacts.split("Our delegation")[0]
