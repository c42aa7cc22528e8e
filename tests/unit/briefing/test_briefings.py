"""Every briefing kind, built from the seeded forum and read back: names exact in the text
layer, fonts embedded, page X of Y, metadata, outline, and every page rendered and not blank."""

import re
import shutil
from collections.abc import Iterator
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from briefing_pdf import (
    Raster,
    embedded_fonts,
    outline,
    page_lines,
    page_texts,
    render_pages,
    squash,
)
from pypdf import PdfReader

from briefing_app.briefing.action_tracker import GroupBy
from briefing_app.briefing.briefing_builder import BriefingBuilder, RenderedBriefing
from briefing_app.briefing.content import Content, Text
from briefing_app.briefing.export import BriefingKind, BriefingRequest, builder_for
from briefing_app.briefing.options import BriefingOptions, Paper, Section
from briefing_app.briefing.page_template import FIRST_FRAME_TOP, FRAME_BOTTOM, LATER_FRAME_TOP
from briefing_app.i18n import Language
from briefing_app.store.database import OpenedDatabase, open_database

TODAY = date(2026, 11, 23)
THANH_HOA, YAMANASHI = 59, 19
OPTIONS = BriefingOptions(
    office="Sở Ngoại vụ tỉnh Thanh Hóa",
    prepared_by="Nguyễn Thị Lan",
    prepared_on=TODAY,
)

#: kind -> (request, names its text must hold exactly)
KINDS: dict[str, tuple[BriefingRequest, tuple[str, ...]]] = {
    "meeting": (
        BriefingRequest(BriefingKind.MEETING, (1,)),
        ("Thanh Hóa", "Cao Văn Cường", "山梨県"),
    ),
    "pair": (
        BriefingRequest(BriefingKind.PAIR, (THANH_HOA, YAMANASHI)),
        ("Thanh Hóa", "Cao Văn Cường", "山梨県"),
    ),
    "locality": (BriefingRequest(BriefingKind.LOCALITY, (YAMANASHI,)), ("Thanh Hóa", "山梨県")),
    "delegation": (
        BriefingRequest(BriefingKind.DELEGATION, (1,)),
        ("Thanh Hóa provincial delegation", "Cao Văn Cường", "Yamanashi Prefecture delegation"),
    ),
    "forum": (
        BriefingRequest(BriefingKind.FORUM, (1,)),
        ("Thanh Hóa", "Cao Văn Cường", "山梨県", "Phạm Minh Chính", "武部勤"),
    ),
    "actions": (BriefingRequest(BriefingKind.ACTIONS), ("Thanh Hóa", "Yamanashi")),
}


def content_ink(raster: Raster, number: int) -> int:
    """Ink inside the page's frame, where the story goes (the furniture is all outside it)."""
    height = Paper.A4.size[1]
    top = FIRST_FRAME_TOP if number == 1 else LATER_FRAME_TOP
    return raster.ink(top / height, 1 - FRAME_BOTTOM / height)


@pytest.fixture(scope="module")
def module_db(
    tmp_path_factory: pytest.TempPathFactory, seeded_template: Path
) -> Iterator[OpenedDatabase]:
    path = tmp_path_factory.mktemp("briefings") / "briefing.sqlite3"
    shutil.copyfile(seeded_template, path)
    db = open_database(f"sqlite:///{path}")
    yield db
    db.engine.dispose()


@pytest.fixture(scope="module")
def rendered(module_db: OpenedDatabase) -> dict[str, RenderedBriefing]:
    return {
        kind: builder_for(module_db.engine, request, OPTIONS).build()
        for kind, (request, _) in KINDS.items()
    }


@pytest.mark.parametrize("kind", KINDS)
def test_names_are_exact_in_the_text_layer(
    kind: str, rendered: dict[str, RenderedBriefing]
) -> None:
    text = "\n".join(page_texts(rendered[kind].pdf))
    for name in KINDS[kind][1]:
        assert name in text, f"{name!r} missing from the {kind} briefing"
    assert rendered[kind].uncovered == []


@pytest.mark.parametrize("kind", KINDS)
def test_every_page_says_page_x_of_y_and_carries_the_furniture(
    kind: str, rendered: dict[str, RenderedBriefing]
) -> None:
    pages = page_texts(rendered[kind].pdf)
    assert len(pages) == rendered[kind].page_count
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
        assert text.count("PUBLIC") >= 2, "banner at the top and at the bottom"
        assert "Sở Ngoại vụ tỉnh Thanh Hóa" in text
        assert "Prepared by Nguyễn Thị Lan" in text
        assert "Date prepared: 23 November 2026" in text


def test_later_pages_show_one_drawing_of_their_furniture(
    rendered: dict[str, RenderedBriefing],
) -> None:
    """Banners, running header and footer are one form the later pages share: the file holds
    them once (issue 16), while each page still says them (the test above)."""
    pages = PdfReader(BytesIO(rendered["forum"].pdf)).pages
    assert len(pages) > 3
    forms = [{ref.idnum for ref in page["/Resources"]["/XObject"].values()} for page in pages[1:]]
    assert all(len(form) == 1 for form in forms)
    assert len(set.union(*forms)) == 1
    assert "/XObject" not in pages[0]["/Resources"]  # the first page has its letterhead


@pytest.mark.parametrize("kind", KINDS)
def test_every_font_is_embedded(
    kind: str, rendered: dict[str, RenderedBriefing], tmp_path: Path
) -> None:
    path = tmp_path / f"{kind}.pdf"
    path.write_bytes(rendered[kind].pdf)
    fonts = embedded_fonts(path)
    assert fonts, "pdffonts lists the fonts"
    for name, embedded in fonts:
        assert embedded, f"{name} is not embedded"
        assert name.split("+", 1)[-1] in {
            "NotoSans-Regular",
            "NotoSans-Bold",
            "NotoSans-Italic",
            "NotoSans-BoldItalic",
            "IPAexGothic",
        }, f"unexpected font {name}"


@pytest.mark.parametrize("kind", KINDS)
def test_every_page_renders_and_none_is_blank(
    kind: str, rendered: dict[str, RenderedBriefing], tmp_path: Path
) -> None:
    path = tmp_path / f"{kind}.pdf"
    path.write_bytes(rendered[kind].pdf)
    rasters = render_pages(path, tmp_path)
    assert len(rasters) == rendered[kind].page_count
    for number, raster in enumerate(rasters, start=1):
        assert content_ink(raster, number) > 40, f"page {number} of the {kind} is blank"


def test_metadata_names_title_author_subject(rendered: dict[str, RenderedBriefing]) -> None:
    info = PdfReader(BytesIO(rendered["meeting"].pdf)).metadata
    assert info is not None
    assert info.title == "Thanh Hóa – Yamanashi bilateral meeting"
    assert info.author == "Nguyễn Thị Lan"  # the user named in Preferences, not the login
    assert info.subject == "Meeting brief: Thanh Hóa – Yamanashi bilateral meeting"


def test_the_forum_book_outline_has_every_section_on_its_page(
    rendered: dict[str, RenderedBriefing],
) -> None:
    pdf = rendered["forum"].pdf
    entries = outline(pdf)
    titles = [title for title, _ in entries]
    for expected in (
        "Contents",
        "1 Key facts and programme",
        "1.2 Key facts",
        "1.3 Programme",
        "2 Meetings",
        "2.1 Thanh Hóa – Yamanashi bilateral meeting",
        "3 Action tracker",
        "4 Index of people",
        "5 Sources",
    ):
        assert expected in titles
    assert sum(1 for t in titles if t.startswith("2.")) == 4, "one entry per meeting"
    # each bookmark points at the page that holds its heading (not all at page 1)
    pages = [squash(t) for t in page_texts(pdf)]
    for title, page in entries:
        assert squash(title) in pages[page], f"{title!r} is not on page {page + 1}"
    assert len({page for _, page in entries}) > 5


def test_the_contents_page_numbers_match_the_outline(rendered: dict[str, RenderedBriefing]) -> None:
    pdf = rendered["forum"].pdf
    # the dot leaders between an entry and its page number left out
    contents = squash(re.sub(r"( ?\.){3,}", "", "\n".join(page_lines(pdf, 1))))
    for title, page in outline(pdf):
        if title != "Contents":
            assert squash(title) + str(page + 1) in contents


def test_sources_are_clickable_links(rendered: dict[str, RenderedBriefing]) -> None:
    reader = PdfReader(BytesIO(rendered["meeting"].pdf))
    uris = [
        annotation.get_object()["/A"]["/URI"]
        for page in reader.pages
        for annotation in page.get("/Annots", [])
        if "/A" in annotation.get_object()
    ]
    assert (
        "https://baothanhhoa.vn/thanh-hoa-tham-du-dien-dan-hop-tac-dia-phuong-viet-nhat-269802.htm"
        in uris
    )


def test_vietnamese_labels_and_letter_paper(module_db: OpenedDatabase) -> None:
    options = BriefingOptions(language=Language.VI, paper=Paper.LETTER, prepared_on=TODAY)
    result = builder_for(module_db.engine, KINDS["meeting"][0], options).build()
    reader = PdfReader(BytesIO(result.pdf))
    assert [float(x) for x in reader.pages[0].mediabox[2:]] == [612.0, 792.0]
    text = page_texts(result.pdf)
    # Vietnamese practice: a public document carries no "CÔNG KHAI" stamp
    assert "CÔNG KHAI" not in text[0] and "Thành phần phía đối tác" in text[0]
    assert f"Trang 1/{result.page_count}" in text[0]
    assert "Cao Văn Cường" in "".join(text)


def test_sections_can_be_left_out(module_db: OpenedDatabase) -> None:
    options = BriefingOptions(
        prepared_on=TODAY, omit=frozenset({Section.PARTICIPANTS, Section.SOURCES, Section.NOTES})
    )
    result = builder_for(module_db.engine, KINDS["meeting"][0], options).build()
    text = "\n".join(page_texts(result.pdf))
    assert "Participants" not in text and "Sources" not in text
    assert "No date for signing is given." not in text  # a note of action 1
    assert "Agreed outcomes" in text


def test_the_tracker_groups_by_locality_with_overdue_first(module_db: OpenedDatabase) -> None:
    # in 2027 the actions due in 2026 are overdue
    options = BriefingOptions(prepared_on=date(2027, 2, 1))
    request = BriefingRequest(BriefingKind.ACTIONS, group_by=GroupBy.LOCALITY)
    text = squash(
        "\n".join(page_texts(builder_for(module_db.engine, request, options).build().pdf))
    )
    yamanashi = text.index(squash("Yamanashi (山梨県) (2)"))
    thanh_hoa = text.index(squash("Thanh Hóa (3)"))
    unassigned = text.index(squash("No locality recorded (2)"))
    # both localities have one overdue action: by name; the unassigned group comes last
    assert thanh_hoa < yamanashi < unassigned
    assert squash("Overdue2") in text  # counts by status
    # within the Thanh Hóa group the overdue action 3 (due 2026) comes before action 1
    assert text.index("#3", thanh_hoa) < text.index("#1", thanh_hoa)


class _WithAnEmptyPage(BriefingBuilder):
    kind_key = "kind.meeting"

    def title(self) -> Text:
        return Text("A page left empty")

    def write(self, content: Content) -> None:
        content.paragraph("Before the empty page.")
        content.page_break()
        content.space(10)
        content.page_break()
        content.paragraph("After the empty page.")


def test_the_blank_page_check_sees_a_page_with_only_its_furniture(tmp_path: Path) -> None:
    result = _WithAnEmptyPage(OPTIONS).build()
    path = tmp_path / "empty.pdf"
    path.write_bytes(result.pdf)
    inks = [content_ink(r, n) for n, r in enumerate(render_pages(path, tmp_path), start=1)]
    assert len(inks) == 3
    assert inks[0] > 40 and inks[2] > 40
    assert inks[1] <= 40


def test_contents_lines_link_to_their_sections(rendered: dict[str, RenderedBriefing]) -> None:
    pdf = rendered["forum"].pdf
    reader = PdfReader(BytesIO(pdf))
    index = {page.indirect_reference.idnum: n for n, page in enumerate(reader.pages)}
    targets = [
        index[annotation.get_object()["/Dest"][0].idnum]
        for annotation in reader.pages[1]["/Annots"]
    ]
    sections = [page for title, page in outline(pdf) if title != "Contents"]
    assert len(targets) >= len(sections)  # a wrapped line is a second link to the same place
    assert sorted(set(targets)) == sorted(set(sections))
    assert targets[0] == sections[0] and targets[-1] == sections[-1]
