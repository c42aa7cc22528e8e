"""The Vietnamese official format (Decree 30/2020/NĐ-CP) read back: its blocks in place on the
first page, Liberation Serif embedded, the decree's margins, page numbers at the top from page
2, no banners; A4 and Letter."""

from collections.abc import Iterator
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from briefing_docx import convert_with_libreoffice, open_docx, text_of
from briefing_pdf import embedded_fonts, page_lines, positions
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.table import _Cell
from pypdf import PdfReader

from briefing_app.briefing.briefing_builder import BriefingBuilder
from briefing_app.briefing.content import Column, Content, Document, Text
from briefing_app.briefing.export import BriefingKind, BriefingRequest, builder_for
from briefing_app.briefing.labels import Labels
from briefing_app.briefing.official_format import LEFT, RIGHT, render_official
from briefing_app.briefing.official_parts import place_and_date
from briefing_app.briefing.options import BriefingOptions, OfficialHeading, Paper
from briefing_app.domain.enums import Classification
from briefing_app.i18n import Language
from briefing_app.store.database import OpenedDatabase, open_database

HEADING = OfficialHeading(
    agency="ỦY BAN NHÂN DÂN / TỈNH THANH HÓA",
    symbol="UBND",
    place="Thanh Hóa",
    signer_title="KT. CHỦ TỊCH / PHÓ CHỦ TỊCH",
    signer_name="Lê Đức Giang",
    recipients=("Chủ tịch UBND tỉnh (để b/c)", "Sở Ngoại vụ"),
)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OpenedDatabase]:
    path = tmp_path_factory.mktemp("official") / "forum.sqlite3"
    opened = open_database(f"sqlite:///{path}")
    yield opened
    opened.engine.dispose()


def _builder(
    db: OpenedDatabase, paper: Paper, level: Classification = Classification.PUBLIC
) -> BriefingBuilder:
    options = BriefingOptions(
        classification=level,
        language=Language.VI,
        paper=paper,
        prepared_on=date(2025, 11, 20),
        prepared_by="Lê Thị Thu Hà",
        official=HEADING,
    )
    return builder_for(db.engine, BriefingRequest(BriefingKind.MEETING, ids=(1,)), options)


def _pdf(db: OpenedDatabase, paper: Paper, level: Classification = Classification.PUBLIC) -> bytes:
    return _builder(db, paper, level).build().pdf


def test_the_place_and_date_line_follows_the_decree() -> None:
    assert place_and_date("Thanh Hóa", date(2025, 11, 20)) == "Thanh Hóa, ngày 20 tháng 11 năm 2025"
    assert place_and_date("Hà Nội", date(2026, 2, 5)) == "Hà Nội, ngày 05 tháng 02 năm 2026"


@pytest.mark.parametrize("paper", [Paper.A4, Paper.LETTER])
def test_the_heading_block_is_in_place_on_the_first_page(db: OpenedDatabase, paper: Paper) -> None:
    pdf = _pdf(db, paper)
    at = positions(pdf, 0)
    agency, province = at["ỦY BAN NHÂN DÂN"], at["TỈNH THANH HÓA"]
    national, motto = at["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], at["Độc lập - Tự do - Hạnh phúc"]
    number, dated = at["Số: /BC-UBND"], at["Thanh Hóa, ngày 20 tháng 11 năm 2025"]
    kind, summary = at["BÁO CÁO"], at["Cuộc gặp song phương Thanh Hóa – Yamanashi"]
    # the agency and the number on the left, the national title, motto and date on the right
    assert max(agency[0], province[0], number[0]) < min(national[0], motto[0], dated[0])
    # top to bottom: agency / national title, then the number and the date, then the type
    assert abs(agency[1] - national[1]) < 3
    assert agency[1] > province[1] > number[1] > kind[1] > summary[1]
    assert national[1] > motto[1] > dated[1] > kind[1]
    # the type and summary are centred on the text width
    width, _ = paper.size
    centre = LEFT + (width - LEFT - RIGHT) / 2
    assert kind[0] < centre < kind[0] + 80
    # no banner, no "page X of Y", no CÔNG KHAI
    text = "\n".join(page_lines(pdf, 0))
    assert "CÔNG KHAI" not in text and "Trang" not in text
    reader = PdfReader(BytesIO(pdf))
    assert [round(float(x)) for x in reader.pages[0].mediabox[2:]] == [round(x) for x in paper.size]


@pytest.mark.parametrize("paper", [Paper.A4, Paper.LETTER])
def test_recipients_and_signer_close_the_document(db: OpenedDatabase, paper: Paper) -> None:
    pdf = _pdf(db, paper)
    last = len(PdfReader(BytesIO(pdf)).pages) - 1
    at = positions(pdf, last)
    label, title = at["Nơi nhận:"], at["KT. CHỦ TỊCH"]
    first, filed = at["- Chủ tịch UBND tỉnh (để b/c);"], at["- Lưu: VT, UBND."]
    signer = at["Lê Đức Giang"]
    assert "- Sở Ngoại vụ;" in at and "PHÓ CHỦ TỊCH" in at
    assert label[0] < title[0] and abs(label[1] - title[1]) < 3
    assert label[1] > first[1] > filed[1]
    assert signer[0] > label[0] + 100 and signer[1] < at["PHÓ CHỦ TỊCH"][1] - 40
    assert page_lines(pdf, last)[-1] == "Lê Đức Giang"
    # later pages carry their number, centred at the top
    assert page_lines(pdf, 1)[0] == "2"


def test_a_classified_document_carries_its_level_under_the_number(db: OpenedDatabase) -> None:
    at = positions(_pdf(db, Paper.A4, Classification.CONFIDENTIAL), 0)
    stamp, number = at["MẬT"], at["Số: /BC-UBND"]
    assert stamp[1] < number[1] and abs(stamp[0] - number[0]) < 60


def test_liberation_serif_is_embedded_and_the_left_margin_is_the_decree_s(
    db: OpenedDatabase, tmp_path: Path
) -> None:
    path = tmp_path / "official.pdf"
    path.write_bytes(_pdf(db, Paper.A4))
    fonts = embedded_fonts(path)
    assert any("LiberationSerif" in name for name, _ in fonts)
    assert all(embedded for _, embedded in fonts)
    assert 30 <= LEFT / (72 / 25.4) <= 35


# Word


def _cell_lines(cell: _Cell) -> list[str]:
    return [" ".join(p.text.replace("\xa0", " ").split()) for p in cell.paragraphs if p.text]


@pytest.mark.parametrize("paper", [Paper.A4, Paper.LETTER])
def test_the_word_brief_has_the_same_blocks_margins_and_face(
    db: OpenedDatabase, paper: Paper
) -> None:
    data = _builder(db, paper).build_docx()
    word = open_docx(data)
    section = word.sections[0]
    assert [round(x.mm) for x in (section.page_width, section.page_height)] == [
        round(x / (72 / 25.4)) for x in paper.size
    ]
    margins = (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
    assert [round(x.mm) for x in margins] == [20, 20, 30, 15]
    normal = word.styles["Normal"].font
    assert (normal.name, normal.size.pt) == ("Times New Roman", 13)
    heading, *_, closing = word.tables
    agency, national = heading.rows[0].cells
    assert _cell_lines(agency) == ["ỦY BAN NHÂN DÂN", "TỈNH THANH HÓA", "Số: /BC-UBND"]
    assert _cell_lines(national) == [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Thanh Hóa, ngày 20 tháng 11 năm 2025",
    ]
    # the national title's column is wider, and the block has no borders
    assert agency.width < national.width
    assert heading.style is None or "Grid" not in heading.style.name
    after = [p.text for p in word.paragraphs if p.text][:2]
    assert after == ["BÁO CÁO", "Cuộc gặp song phương Thanh Hóa – Yamanashi"]
    recipients, signer = closing.rows[0].cells
    assert _cell_lines(recipients) == [
        "Nơi nhận:",
        "- Chủ tịch UBND tỉnh (để b/c);",
        "- Sở Ngoại vụ;",
        "- Lưu: VT, UBND.",
    ]
    assert _cell_lines(signer) == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Đức Giang"]
    # the body's last paragraph keeps with the closing; no banner, no "page X of Y"
    body = [p for p in word.paragraphs if p.text.strip()]
    assert body[-1].paragraph_format.keep_with_next
    furniture = [p.text for part in (section.header, section.footer) for p in part.paragraphs]
    assert "".join(furniture).strip() == "2"  # the page number, from page 2 on
    assert section.different_first_page_header_footer
    assert "CÔNG KHAI" not in text_of(data) and "Trang" not in text_of(data)


def test_a_classified_word_brief_carries_its_level_under_the_number(db: OpenedDatabase) -> None:
    word = open_docx(_builder(db, Paper.A4, Classification.CONFIDENTIAL).build_docx())
    agency = word.tables[0].rows[0].cells[0]
    assert _cell_lines(agency)[-2:] == ["Số: /BC-UBND", "MẬT"]


def test_the_word_brief_looks_like_the_pdf_in_libreoffice(
    db: OpenedDatabase, tmp_path: Path
) -> None:
    """Converted by LibreOffice: Liberation Serif for Times New Roman, the agency left of the
    national title on one line, the type under both, recipients beside the signer at the end."""
    path = tmp_path / "official.docx"
    path.write_bytes(_builder(db, Paper.A4).build_docx())
    converted = convert_with_libreoffice(path, tmp_path)
    pdf = converted.read_bytes()
    fonts = [name for name, _ in embedded_fonts(converted)]
    assert any("LiberationSerif" in name for name in fonts)
    assert not any("NotoSans" in name for name in fonts)
    at = positions(pdf, 0)
    agency, national = at["ỦY BAN NHÂN DÂN"], at["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
    kind, dated = at["BÁO CÁO"], at["Thanh Hóa, ngày 20 tháng 11 năm 2025"]
    assert agency[0] < national[0] and abs(agency[1] - national[1]) < 3
    assert national[1] > dated[1] > kind[1]
    left_edge = min(x for x, _ in at.values())
    assert abs(left_edge - LEFT) < 6  # the decree's left margin
    last = len(PdfReader(BytesIO(pdf)).pages) - 1
    at = positions(pdf, last)
    label, title = at["Nơi nhận:"], at["KT. CHỦ TỊCH"]
    assert label[0] < title[0] and abs(label[1] - title[1]) < 3
    # the signer is not alone on the last page: the body's end is there above it
    assert any(y > label[1] + 20 for key, (_, y) in at.items() if not key.isdigit())


def _ending_at(paragraphs: int, *, table: bool) -> bytes:
    """An official PDF of `paragraphs` paragraphs (then a table of three rows), so that a
    range of counts ends the body at every height of a page."""
    content = Content()
    for i in range(paragraphs):
        content.paragraph(f"Đoạn {i + 1}: " + "nội dung báo cáo " * (12 if i % 3 else 5))
    if table:
        rows = [((Text(f"Dòng {i}"),), (Text("nội dung " * 6),)) for i in range(3)]
        content.table([Column("Mục", 0.3), Column("Nội dung", 0.7)], rows)
    document = Document(
        kind="Báo cáo",
        title=Text("Thử"),
        subtitle=(),
        classification=Classification.PUBLIC,
        blocks=tuple(content.blocks),
    )
    options = BriefingOptions(language=Language.VI, prepared_on=date(2025, 11, 20))
    return render_official(document, options, Labels(Language.VI), HEADING).pdf


@pytest.mark.parametrize("table", [False, True])
def test_the_signer_is_never_alone_on_the_last_page(table: bool) -> None:
    for paragraphs in range(20, 40):
        pdf = _ending_at(paragraphs, table=table)
        last = len(PdfReader(BytesIO(pdf)).pages) - 1
        lines = page_lines(pdf, last)
        closing = next(i for i, x in enumerate(lines) if x.startswith("Nơi nhận"))
        body = [x for x in lines[:closing] if not x.isdigit()]  # the page number is not body
        assert len(body) >= 2, (paragraphs, lines)
        assert lines[-1] == "Lê Đức Giang"


def test_an_official_word_tracker_is_upright_and_its_cover_title_plain(db: OpenedDatabase) -> None:
    """The ordinary tracker is landscape; an official document is upright, as the PDF is. The
    Title style (a forum book's cover) carries no Word rule under it."""
    options = BriefingOptions(
        language=Language.VI, prepared_on=date(2025, 11, 20), official=HEADING
    )
    word = open_docx(
        builder_for(db.engine, BriefingRequest(BriefingKind.ACTIONS), options).build_docx()
    )
    section = word.sections[0]
    assert section.orientation == WD_ORIENT.PORTRAIT and section.page_width < section.page_height
    title = word.styles["Title"].element.pPr
    assert title is None or title.find(qn("w:pBdr")) is None
