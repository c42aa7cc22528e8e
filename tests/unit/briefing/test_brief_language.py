"""Briefs in their own language (issue 15): every brief kind, PDF and Word, plain and in the
Vietnamese official format, read back. A Vietnamese brief of the shipped dataset holds no English
function word and an English one no Vietnamese one, outside what stays verbatim; a text with no
version in the brief's language prints in the other one, marked, and the build counts it."""

import re
import shutil
import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa
from briefing_docx import text_of
from briefing_pdf import page_texts, squash

from briefing_app.briefing.export import (
    BriefingKind,
    BriefingRequest,
    OutputFormat,
    WrittenBriefing,
    builder_for,
    render,
)
from briefing_app.briefing.options import BriefingOptions, OfficialHeading
from briefing_app.domain import models as m
from briefing_app.domain.authors import NOTES_AUTHOR
from briefing_app.domain.translations import OFFICE_TRANSLATION
from briefing_app.i18n import Language
from briefing_app.store.database import OpenedDatabase, open_database
from briefing_app.store.unit_of_work import reading, writing

TODAY = date(2026, 11, 23)
THANH_HOA, YAMANASHI = 59, 19
KINDS = {
    "meeting": BriefingRequest(BriefingKind.MEETING, (1,)),
    "pair": BriefingRequest(BriefingKind.PAIR, (THANH_HOA, YAMANASHI)),
    "locality": BriefingRequest(BriefingKind.LOCALITY, (YAMANASHI,)),
    "delegation": BriefingRequest(BriefingKind.DELEGATION, (1,)),
    "forum": BriefingRequest(BriefingKind.FORUM, (1,)),
    "actions": BriefingRequest(BriefingKind.ACTIONS),
}
OFFICIAL = OfficialHeading(
    agency="ỦY BAN NHÂN DÂN / TỈNH THANH HÓA",
    symbol="UBND",
    place="Thanh Hóa",
    signer_title="KT. CHỦ TỊCH / PHÓ CHỦ TỊCH",
    signer_name="Cao Văn Cường",
    recipients=("Như trên;", "Lưu: VT."),
)
#: whole words, any case
ENGLISH_WORDS = ("the", "and", "of", "with", "to", "for", "in", "on", "by", "a", "an", "is")
ENGLISH_WORDS += ("are", "was", "were", "will", "from", "at", "as", "that", "this")
VIETNAMESE_WORDS = ("của", "và", "các", "những", "với", "được", "trong", "cho", "là", "một")
VIETNAMESE_WORDS += ("đã", "sẽ", "về", "tại")
ONLY_ENGLISH = "† Văn bản chỉ có bằng tiếng Anh."
ONLY_VIETNAMESE = "† Text available in Vietnamese only."
#: the private-use characters the data layer tags texts with (services/brief_texts.py)
TAGS = re.compile("[\ue000-\ue002]")


def options(language: Language, official: bool = False) -> BriefingOptions:
    return BriefingOptions(
        language=language,
        prepared_on=TODAY,
        prepared_by="Nguyễn Thị Lan",
        official=OFFICIAL if official else None,
    )


def build(
    db: OpenedDatabase, kind: str, output: OutputFormat, opts: BriefingOptions
) -> tuple[WrittenBriefing, str]:
    """The brief, and its text as read back from the file (whitespace made single spaces)."""
    written = render(builder_for(db.engine, KINDS[kind], opts), output)
    text = normal(read_back(written))
    assert not TAGS.search(text), "a language tag reached the file"
    assert written.uncovered == []
    return written, text


def read_back(written: WrittenBriefing) -> str:
    """The file's text; a PDF's without the lines that are only a page's number (the official
    format prints it at the top of the page, inside a sentence running on from the last)."""
    if written.format is OutputFormat.WORD:
        return text_of(written.data)
    pages = page_texts(written.data)
    return "\n".join(
        line
        for number, page in enumerate(pages, start=1)
        for line in page.splitlines()
        if line.strip() != str(number)
    )


def normal(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def verbatim(db: OpenedDatabase) -> list[str]:
    """What a brief prints as it is, in whatever language: the sources (titles, publishers,
    addresses, excerpts) and the native-script names."""
    with reading(db.engine) as session:
        texts = set()
        for source in session.scalars(sa.select(m.Source)):
            texts |= {source.title, source.publisher, source.url or ""}
        texts |= set(session.scalars(sa.select(m.Citation.excerpt)))
        for model in (m.Person, m.Organisation, m.Locality):
            texts |= set(session.scalars(sa.select(model.name_native)))
    return [normal(t) for t in texts if t]


def function_words(text: str, words: tuple[str, ...], kept: list[str]) -> list[str]:
    """The given words (whole words, any case) in `text` outside the `kept` passages."""
    for passage in sorted(kept, key=len, reverse=True):  # a passage inside another goes with it
        text = text.replace(passage, " ")
    return re.findall(r"\b(?:" + "|".join(words) + r")\b", text, flags=re.IGNORECASE)


@pytest.fixture(scope="module")
def module_db(
    tmp_path_factory: pytest.TempPathFactory, seeded_template: Path
) -> Iterator[OpenedDatabase]:
    path = tmp_path_factory.mktemp("languages") / "briefing.sqlite3"
    shutil.copyfile(seeded_template, path)
    db = open_database(f"sqlite:///{path}")
    with reading(db.engine) as session:  # the dataset's Vietnamese is in the database
        assert session.get(m.Meeting, 1).translations["vi"]["title"]
    yield db
    db.engine.dispose()


@pytest.fixture(scope="module")
def kept(module_db: OpenedDatabase) -> list[str]:
    return verbatim(module_db)


@pytest.mark.parametrize("output", list(OutputFormat))
@pytest.mark.parametrize("official", [False, True], ids=["plain", "official"])
@pytest.mark.parametrize("kind", KINDS)
def test_a_vietnamese_brief_holds_no_english_function_word(
    module_db: OpenedDatabase, kept: list[str], kind: str, official: bool, output: OutputFormat
) -> None:
    written, text = build(module_db, kind, output, options(Language.VI, official))
    assert function_words(text, ENGLISH_WORDS, kept) == []
    assert written.fallbacks == 0 and "†" not in text  # every text has its Vietnamese version
    assert "Văn bản tiếng Việt: bản dịch của văn phòng." in text


@pytest.mark.parametrize("output", list(OutputFormat))
@pytest.mark.parametrize("kind", KINDS)
def test_an_english_brief_holds_no_vietnamese_function_word(
    module_db: OpenedDatabase, kept: list[str], kind: str, output: OutputFormat
) -> None:
    written, text = build(module_db, kind, output, options(Language.EN))
    assert function_words(text, VIETNAMESE_WORDS, kept) == []
    assert written.fallbacks == 0 and "†" not in text
    assert "translation by the office" not in text


def test_the_check_sees_english_in_a_vietnamese_brief(
    module_db: OpenedDatabase, kept: list[str]
) -> None:
    # the same words in the English brief: the count above is not blind to them
    _, text = build(module_db, "meeting", OutputFormat.PDF, options(Language.EN))
    assert len(function_words(text, ENGLISH_WORDS, kept)) > 100


@pytest.mark.parametrize("output", list(OutputFormat))
@pytest.mark.parametrize("kind", ["meeting", "forum"])
def test_a_missing_vietnamese_version_prints_in_english_marked_and_counted(
    seeded_db: OpenedDatabase, kind: str, output: OutputFormat
) -> None:
    db = seeded_db
    with writing(db.engine) as session:
        meeting = session.get(m.Meeting, 1)
        missing = [f for f in meeting.translations["vi"] if f != OFFICE_TRANSLATION]
        english = {field: getattr(meeting, field) for field in missing}
        vietnamese_title = meeting.translations["vi"]["title"]
        meeting.translations = {}
        # and one of the office's remarks on its actions (a comment)
        remark = session.scalars(
            sa.select(m.Comment).where(
                m.Comment.record_id == meeting.actions[0].id, m.Comment.kind == "action"
            )
        ).one()
        assert remark.author == NOTES_AUTHOR and remark.translations["vi"]["text"]
        remark.translations = {}
        english["remark"] = remark.text
    written = render(builder_for(db.engine, KINDS[kind], options(Language.VI)), output)
    # each field once, however often printed (the meeting's title, its remarks in the forum)
    assert written.fallbacks == len(missing) + 1 >= 5
    text = squash(read_back(written))
    assert squash(vietnamese_title) not in text
    for field, value in english.items():
        for item in value if isinstance(value, list) else [value]:
            assert squash(f"{item}†") in text, field
    assert squash(ONLY_ENGLISH) in text
    assert squash("Văn bản tiếng Việt: bản dịch của văn phòng.") in text  # the others still are


def test_a_missing_english_version_prints_in_vietnamese_marked_and_counted(
    seeded_db: OpenedDatabase,
) -> None:
    db = seeded_db
    with writing(db.engine) as session:
        meeting = session.get(m.Meeting, 1)
        summary = meeting.translations["vi"]["summary"]
        meeting.summary = None
        participant = meeting.participants[0]
        role = participant.translations["vi"]["role"]
        participant.role = None
    written = render(
        builder_for(db.engine, KINDS["meeting"], options(Language.EN)), OutputFormat.PDF
    )
    assert written.fallbacks == 2
    text = squash(read_back(written))
    assert squash(f"{summary}†") in text and squash(f"{role}†") in text
    assert squash(ONLY_VIETNAMESE) in text
    assert squash("Vietnamese texts: translation by the office.") in text


def test_names_keep_their_kanji_and_a_vietnamese_name_is_given_once(
    module_db: OpenedDatabase,
) -> None:
    _, vietnamese = build(module_db, "forum", OutputFormat.PDF, options(Language.VI))
    assert "Chính quyền tỉnh Yamanashi (山梨県庁)" in vietnamese
    assert "武部勤" in vietnamese
    _, meeting = build(module_db, "meeting", OutputFormat.PDF, options(Language.VI))
    assert "Yamanashi (山梨県)" in meeting and "tỉnh Yamanashi (山梨県)" not in meeting
    assert "Bộ Ngoại giao Việt Nam" in vietnamese
    assert "Bộ Ngoại giao Việt Nam (Bộ Ngoại giao)" not in vietnamese
    _, english = build(module_db, "forum", OutputFormat.PDF, options(Language.EN))
    assert "Ministry of Foreign Affairs of Viet Nam (Bộ Ngoại giao)" in english
    assert "Yamanashi Prefectural Government (山梨県庁)" in english
