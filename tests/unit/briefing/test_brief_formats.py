"""Every brief kind, in English and Vietnamese, as PDF and as Word, read back: its sections are
there or not as the data says, sources have one numbering met in order, no internal file name
("article 001") is printed, nothing above the chosen level is (agreements included) and what
was withheld is counted. Word files have real headings and tables, the classification in the
header and footer, fonts named and not embedded, and open in LibreOffice."""

import re
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from io import BytesIO
from pathlib import Path
from zipfile import ZipFile

import pytest
from briefing_docx import (
    body_lines,
    convert_with_libreoffice,
    furniture,
    headings,
    open_docx,
    parts,
    text_of,
)
from briefing_pdf import page_texts, squash
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from briefing_app.briefing.export import (
    BriefingKind,
    BriefingRequest,
    OutputFormat,
    builder_for,
    render,
)
from briefing_app.briefing.labels import Labels
from briefing_app.briefing.options import BriefingOptions
from briefing_app.domain import models as m
from briefing_app.domain.enums import (
    ActionStatus,
    AgreementKind,
    AgreementStatus,
    Classification,
)
from briefing_app.i18n import Language
from briefing_app.store.database import OpenedDatabase, open_database
from briefing_app.store.unit_of_work import writing

TODAY = date(2026, 11, 23)
ACCESSED = date(2026, 11, 20)
THANH_HOA, YAMANASHI = 59, 19
OBJECTIVES = ["1. Agree the programme of the 2026 business trip.", "Open talks on a memorandum."]

REQUESTS = {
    "meeting": BriefingRequest(BriefingKind.MEETING, (1,)),
    "meeting-4": BriefingRequest(BriefingKind.MEETING, (4,)),
    "delegation": BriefingRequest(BriefingKind.DELEGATION, (1,)),
    "locality": BriefingRequest(BriefingKind.LOCALITY, (YAMANASHI,)),
    "pair": BriefingRequest(BriefingKind.PAIR, (THANH_HOA, YAMANASHI)),
    "forum": BriefingRequest(BriefingKind.FORUM, (1,)),
    "actions": BriefingRequest(BriefingKind.ACTIONS),
}
#: kind -> (label keys of the sections it has, label keys of sections it must not have)
SECTIONS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "meeting": (
        (
            "objectives",
            "who_we_meet",
            "our_delegation",
            "counterpart_profile",
            "history",
            "proposals",
            "outcomes",
            "logistics",
            "actions",
            "sources",
        ),
        ("talking_points", "expected_asks", "participants", "summary"),
    ),
    "meeting-4": (
        ("who_we_meet", "our_delegation", "logistics", "sources"),
        ("objectives", "talking_points", "actions", "history", "counterpart_profile"),
    ),
    "delegation": (
        ("purpose", "visit", "members", "programme", "sources"),
        ("overview", "agreements", "participants"),
    ),
    "locality": (("overview", "meetings", "agreements", "open_actions", "sources"), ()),
    "pair": (("overview", "meetings", "agreements", "open_actions", "sources"), ()),
    "forum": (
        ("contents", "facts_programme", "meetings", "tracker", "people", "sources"),
        ("who_we_meet", "logistics"),
    ),
    "actions": (("counts",), ("sources",)),
}
LANGUAGES = [Language.EN, Language.VI]
FORMATS = [OutputFormat.PDF, OutputFormat.WORD]
#: words only the records above "public" carry
SECRET = ("Quokka", "Wombat")
INTERNAL_FILE = re.compile(r"\b(?:[Aa]rticles?\s+\d{3}\b|Seed file)")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, seeded_template: Path) -> Iterator[OpenedDatabase]:
    """The seed, with objectives on meeting 1 (one typed with its own number), a confidential
    agreement between Thanh Hóa and Yamanashi, an internal action on meeting 1, and every
    source's date of access."""
    path = tmp_path_factory.mktemp("brief-formats") / "briefing.sqlite3"
    shutil.copyfile(seeded_template, path)
    opened = open_database(f"sqlite:///{path}")
    with writing(opened.engine) as session:
        meeting = session.get(m.Meeting, 1)
        assert meeting is not None
        meeting.objectives = OBJECTIVES
        thanh_hoa = session.get(m.Locality, THANH_HOA)
        yamanashi = session.get(m.Locality, YAMANASHI)
        session.add_all(
            [
                m.Agreement(
                    title="Quokka accord",
                    kind=AgreementKind.MEMORANDUM,
                    status=AgreementStatus.UNDER_DISCUSSION,
                    parties=[thanh_hoa, yamanashi],
                    classification=Classification.CONFIDENTIAL,
                ),
                m.FollowUpAction(
                    meeting=meeting,
                    title="Internal Wombat action",
                    status=ActionStatus.PROPOSED,
                    classification=Classification.INTERNAL,
                    owner_locality=thanh_hoa,
                    counterpart_locality=yamanashi,
                ),
            ]
        )
        for source in session.query(m.Source):
            source.accessed_on = ACCESSED
    yield opened
    opened.engine.dispose()


_built: dict[tuple[str, Language, OutputFormat, Classification], str] = {}


def text(
    db: OpenedDatabase,
    kind: str,
    language: Language,
    output: OutputFormat,
    level: Classification = Classification.PUBLIC,
) -> str:
    """The brief's text read back from its file (cached: each is built once)."""
    key = (kind, language, output, level)
    if key not in _built:
        options = BriefingOptions(classification=level, language=language, prepared_on=TODAY)
        written = render(builder_for(db.engine, REQUESTS[kind], options), output)
        if output is OutputFormat.PDF:
            _built[key] = "\n".join(page_texts(written.data))
        else:
            _built[key] = text_of(written.data)
    return _built[key]


def word(db: OpenedDatabase, kind: str, language: Language, level: Classification) -> bytes:
    options = BriefingOptions(classification=level, language=language, prepared_on=TODAY)
    return builder_for(db.engine, REQUESTS[kind], options).build_docx()


def flat(value: str) -> str:
    return " ".join(value.split())


@pytest.mark.parametrize("output", FORMATS)
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", SECTIONS)
def test_sections_are_there_as_the_data_says(
    db: OpenedDatabase, kind: str, language: Language, output: OutputFormat
) -> None:
    labels = Labels(language)
    shown = flat(text(db, kind, language, output))
    present, absent = SECTIONS[kind]
    at = []
    for key in present:
        found = re.search(r"(?:^|\s)(?:\d+(?:\.\d+)?\s+)?" + re.escape(labels[key]), shown)
        assert found, f"{labels[key]!r} missing from the {kind} brief"
        at.append(found.start())
    if kind.startswith("meeting"):
        assert at == sorted(at), "the meeting brief's sections are in the leader's order"
    for key in absent:
        assert not re.search(r"\d\s+" + re.escape(labels[key]) + r"\b", shown), key
    assert labels["none_recorded"] not in shown or kind == "actions"


@pytest.mark.parametrize("output", FORMATS)
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", REQUESTS)
def test_sources_have_one_numbering_met_in_order(
    db: OpenedDatabase, kind: str, language: Language, output: OutputFormat
) -> None:
    numbers = [int(n) for n in re.findall(r"\[(\d+)\]", text(db, kind, language, output))]
    if kind == "actions":
        assert numbers == []
        return
    assert numbers, f"the {kind} brief cites no source"
    first_seen = list(dict.fromkeys(numbers))
    assert first_seen == list(range(1, len(first_seen) + 1)), (
        f"numbers first met out of order in the {kind} brief: {first_seen}"
    )


@pytest.mark.parametrize("output", FORMATS)
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", REQUESTS)
def test_no_internal_file_name_is_printed(
    db: OpenedDatabase, kind: str, language: Language, output: OutputFormat
) -> None:
    shown = text(db, kind, language, output)
    assert not INTERNAL_FILE.search(shown), INTERNAL_FILE.search(shown)


def test_a_file_named_in_a_text_becomes_its_publisher_and_is_cited(db: OpenedDatabase) -> None:
    # the forum's description says "(articles 001 and 002)"
    shown = flat(text(db, "forum", Language.EN, OutputFormat.WORD))
    assert "18 localities (Báo Thanh Hóa and Báo Quốc Tế)" in shown
    assert re.search(r"\[\d+\]\s+Thanh Hoa deltar", shown)


@pytest.mark.parametrize("output", FORMATS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_sources_are_cited_with_publisher_date_address_and_day_read(
    db: OpenedDatabase, language: Language, output: OutputFormat
) -> None:
    shown = flat(text(db, "meeting", language, output))
    day = {Language.EN: "25 November 2025", Language.VI: "25/11/2025"}[language]
    read = {Language.EN: "accessed 20 November 2026", Language.VI: "truy cập ngày 20/11/2026"}
    assert f"Báo Thanh Hóa, {day}." in shown
    assert "https://baothanhhoa.vn/thanh-hoa-tham-du-dien-dan-hop-tac-dia-phuong-viet-nhat" in shown
    assert f"({read[language]})" in shown


@pytest.mark.parametrize("output", FORMATS)
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", ["meeting", "pair", "locality", "forum", "actions"])
def test_nothing_above_the_level_and_the_withheld_are_counted(
    db: OpenedDatabase, kind: str, language: Language, output: OutputFormat
) -> None:
    labels = Labels(language)
    public = flat(text(db, kind, language, output))
    for mark in SECRET:
        assert mark not in public, f"{mark!r} leaked into the public {kind} brief"
    withheld = re.findall(
        r"(\d+) " + re.escape(labels["withheld.other"].split("{n} ", 1)[1]), public
    )
    withheld += ["1"] * public.count(labels["withheld.one"])
    assert withheld, f"the public {kind} brief does not say what it left out"
    confidential = flat(text(db, kind, language, output, Classification.CONFIDENTIAL))
    # the forum book and the tracker print no agreements, but the actions
    assert ("Wombat" if kind in ("forum", "actions") else "Quokka accord") in confidential
    assert labels["withheld.one"] not in confidential


def test_typed_list_markers_are_not_doubled(db: OpenedDatabase) -> None:
    for output in FORMATS:
        shown = flat(text(db, "meeting", Language.EN, output))
        assert "Agree the programme of the 2026 business trip." in shown
        assert "1. Agree the programme" not in shown


@pytest.mark.parametrize("kind", REQUESTS)
def test_word_briefs_have_real_headings_and_tables(db: OpenedDatabase, kind: str) -> None:
    data = word(db, kind, Language.EN, Classification.PUBLIC)
    found = headings(data)
    assert any(style == "Heading 1" for style, _ in found), found
    document = open_docx(data)
    assert document.tables, "tables are Word tables"
    headers = document.element.body.findall(".//{*}tblHeader")
    assert headers, "a table's header row repeats at the top of each page"
    assert document.core_properties.title
    lines = body_lines(document)
    assert any(line.in_table for line in lines)


@pytest.mark.parametrize(
    ("language", "level", "marking"),
    [
        (Language.EN, Classification.PUBLIC, "Classification: PUBLIC"),
        (Language.EN, Classification.CONFIDENTIAL, "Classification: CONFIDENTIAL"),
        (Language.VI, Classification.INTERNAL, "Độ mật: NỘI BỘ"),
        (Language.VI, Classification.PUBLIC, None),
    ],
)
def test_word_briefs_carry_the_classification_in_header_and_footer(
    db: OpenedDatabase, language: Language, level: Classification, marking: str | None
) -> None:
    header, footer = furniture(word(db, "meeting", language, level))
    if marking is None:  # Vietnamese practice: a public document carries no stamp
        for part in (header, footer):
            assert "CÔNG KHAI" not in part and "Độ mật" not in part
    else:
        assert marking in header and marking in footer
    prepared = {Language.EN: "Date prepared: 23 November 2026", Language.VI: "23/11/2026"}
    assert prepared[language] in footer


def test_word_fonts_are_named_not_embedded(db: OpenedDatabase) -> None:
    data = word(db, "forum", Language.VI, Classification.PUBLIC)
    assert not [p for p in parts(data) if p.startswith("word/fonts/")]
    styles = open_docx(data).styles
    assert styles["Normal"].font.name == "Noto Sans"
    fonts = styles["Normal"].element.rPr.find("{*}rFonts")
    assert fonts.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia") == (
        "IPAexGothic"
    )


def test_a_word_brief_opens_in_libreoffice_with_its_headings(
    db: OpenedDatabase, tmp_path: Path
) -> None:
    path = tmp_path / "meeting.docx"
    path.write_bytes(word(db, "meeting", Language.VI, Classification.INTERNAL))
    pdf = convert_with_libreoffice(path, tmp_path)
    shown = flat(
        subprocess.run(
            ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
        ).stdout
    )
    labels = Labels(Language.VI)
    for key in ("objectives", "who_we_meet", "logistics", "sources"):
        assert labels[key] in shown
    assert "Cuộc gặp song phương Thanh Hóa – Yamanashi" in shown
    assert "Độ mật: NỘI BỘ" in shown
    fonts = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True)
    assert "NotoSans" in fonts.stdout and "IPAexGothic" in fonts.stdout


def test_word_contents_need_no_field_update_and_libreoffice_numbers_them(
    db: OpenedDatabase, tmp_path: Path
) -> None:
    """The forum book's contents are written out (no TOC field, nothing marked dirty, no
    update-fields setting: Word opens it without asking); each entry links to its heading's
    bookmark, and LibreOffice fills in the page each heading is on."""
    data = word(db, "forum", Language.EN, Classification.PUBLIC)
    archive = ZipFile(BytesIO(data))
    document_xml = archive.read("word/document.xml").decode()
    assert "w:dirty" not in document_xml and " TOC " not in document_xml
    assert "updateFields" not in archive.read("word/settings.xml").decode()
    opened = open_docx(data)
    entries = [
        p for p in opened.paragraphs if p.style is not None and p.style.name.startswith("toc")
    ]
    marks = {
        mark.get(qn("w:name")): Paragraph(mark.getparent(), opened).text
        for mark in opened.element.body.iter(qn("w:bookmarkStart"))
    }
    shown = []
    for entry in entries:
        anchor = entry._p.find(f"{qn('w:hyperlink')}").get(qn("w:anchor"))
        assert f"PAGEREF {anchor} " in entry._p.xml
        assert marks[anchor] == entry.text.split("\t")[0]  # the heading it names
        shown.append(entry.text.split("\t")[0])
    assert len(shown) > 5
    path = tmp_path / "forum.docx"
    path.write_bytes(data)
    pdf = convert_with_libreoffice(path, tmp_path)
    pages = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout.split("\f")
    contents = flat(next(p for p in pages if "Contents" in p))
    for entry in shown:
        # the entry, its dot leader and its page number (a long entry wraps)
        found = re.search(re.escape(flat(entry)) + r" ?\.{3,} ?(\d+)(?!\S)", contents)
        assert found, entry
        assert squash(entry) in squash(pages[int(found[1]) - 1]), entry  # the heading is there


@pytest.mark.parametrize("kind", ["meeting", "forum"])
def test_word_table_rows_are_never_split_across_pages(db: OpenedDatabase, kind: str) -> None:
    """Every row (data tables, label and value pairs, each item of the office's assessment)
    is kept whole; the assessment's label stays with its first item."""
    opened = open_docx(word(db, kind, Language.VI, Classification.INTERNAL))
    assert opened.tables
    for table in opened.tables:
        for row in table.rows:
            assert row._tr.find(f"{qn('w:trPr')}/{qn('w:cantSplit')}") is not None, row.cells[
                0
            ].text
    label = Labels(Language.VI)["assessment"]
    boxes = [t for t in opened.tables if t.rows[0].cells[0].text == label]
    assert boxes and max(len(box.rows) for box in boxes) > 2  # the label, then an item a row
    assert all(box.rows[0].cells[0].paragraphs[0].paragraph_format.keep_with_next for box in boxes)
