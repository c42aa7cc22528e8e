"""Page layout, read back page by page: tables break between rows with their header only at the
top of a page, a row longer than a page goes on with "(continued)", a heading never ends a page,
contents lines have dot leaders, the running header wraps instead of cutting a name."""

import gc
import shutil
import weakref
from dataclasses import replace
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from briefing_pdf import outline, page_lines
from pypdf import PdfReader
from reportlab.platypus import Flowable, Paragraph

from briefing_app.briefing.action_tracker import ActionTracker
from briefing_app.briefing.canvas_text import fit_lines, runs_width, wrap_runs
from briefing_app.briefing.flowables import ContentsEntry, Heading, RowKeepingTable
from briefing_app.briefing.fonts import GlyphFallback, shipped_fonts
from briefing_app.briefing.labels import Labels
from briefing_app.briefing.options import BriefingOptions, Paper
from briefing_app.briefing.page_template import BriefingDocument, PageFurniture, PageSetup
from briefing_app.briefing.styles import BriefingStyles
from briefing_app.domain.enums import Classification
from briefing_app.i18n import Language
from briefing_app.services import briefing_data as data
from briefing_app.services.queries import ActionFilter
from briefing_app.store.database import open_database

FONTS = shipped_fonts()  # registered before any paragraph is made
STYLES = BriefingStyles.build()
LONG_TITLE = (
    "Prime Minister Phạm Minh Chính receives leaders and representatives of Japanese localities "
    "attending the Vietnam–Japan Local Cooperation Forum in Quảng Ninh"
)


def _setup(
    paper: Paper = Paper.A4,
    *,
    title: str = LONG_TITLE,
    language: Language = Language.EN,
    level: Classification = Classification.INTERNAL,
) -> PageSetup:
    return PageSetup(
        paper=paper,
        classification=level,
        kind="Action tracker",
        title=title,
        subject="test",
        office="Department of Foreign Affairs of Thanh Hóa Province",
        prepared_by="Lê Thị Thu Hà",
        prepared_on=date(2025, 11, 20),
        labels=Labels(language),
    )


def _render(flowables: list[Flowable], setup: PageSetup) -> bytes:
    fallback = GlyphFallback(shipped_fonts())
    buffer = BytesIO()
    document = BriefingDocument(
        buffer, setup, PageFurniture(setup, fallback), language="en", show_outline=False
    )
    document.render(flowables)
    return buffer.getvalue()


def _cell(text: str) -> Paragraph:
    return Paragraph(text, STYLES.cell)


def _rows() -> list[list[Flowable]]:
    """Rows of 1 to 9 lines, and row 17 longer than a page; each says where it starts and ends."""
    rows: list[list[Flowable]] = []
    for n in range(30):
        lines = 130 if n == 17 else 1 + (n * 7) % 9
        body = "<br/>".join(f"row {n} line {i}" for i in range(1, lines))
        text = f"ROWSTART{n}" + (f"<br/>{body}" if body else "") + f"<br/>ROWEND{n}"
        rows.append([_cell(text), _cell("Thanh Hóa"), _cell("2026")])
    return rows


def _pages(pdf: bytes) -> list[list[str]]:
    return [page_lines(pdf, i) for i in range(len(PdfReader(BytesIO(pdf)).pages))]


def _tracker_pdf(paper: Paper) -> bytes:
    header = [Paragraph(h, STYLES.cell_head) for h in ("Action", "Owner", "Due")]
    table = RowKeepingTable(
        [header, *_rows()],
        colWidths=[300, 100, 60],
        repeatRows=1,
        continued=lambda: Paragraph("(continued)", STYLES.cell_note),
    )
    table.setStyle(STYLES.table())
    filler = Paragraph("<br/>".join(["filler"] * 38), STYLES.body)
    heading = Heading(
        "Thanh Hóa (30)", STYLES.h1, key="g", plain="2  Thanh Hóa (30)", outline_level=0
    )
    return _render([filler, heading, table], _setup(paper))


@pytest.mark.parametrize("paper", [Paper.A4, Paper.LETTER])
def test_a_table_header_is_printed_only_at_its_start_and_the_top_of_a_page(paper: Paper) -> None:
    pdf = _tracker_pdf(paper)
    pages = _pages(pdf)
    assert len(pages) > 3
    for number, lines in enumerate(pages):
        headers = [i for i, line in enumerate(lines) if line.startswith("Action Owner Due")]
        assert len(headers) <= 1, (number, lines)
        if headers and number > 0:
            # the header is the first line under the running header and its rule, or follows
            # the heading where the table starts
            before = lines[: headers[0]]
            assert all("ROW" not in line and "row " not in line for line in before), before


@pytest.mark.parametrize("paper", [Paper.A4, Paper.LETTER])
def test_rows_are_kept_whole_and_a_longer_row_goes_on_with_continued(paper: Paper) -> None:
    pdf = _tracker_pdf(paper)
    where: dict[str, int] = {}
    pages = _pages(pdf)
    for index, lines in enumerate(pages):
        for line in lines:
            for word in line.split():
                if word.startswith(("ROWSTART", "ROWEND")):
                    where[word] = index
        if any("(continued)" in line for line in lines):
            where.setdefault("continued", index)
    for n in range(30):
        if n != 17:
            assert where[f"ROWSTART{n}"] == where[f"ROWEND{n}"], n
    # the long row starts at the top of a page and goes on, marked, on the next
    assert where["ROWEND17"] > where["ROWSTART17"]
    assert where["continued"] == where["ROWSTART17"] + 1


def test_a_heading_never_stays_alone_at_the_foot_of_a_page() -> None:
    """Filler of every length that leaves the heading room at the foot of page 1 but not its
    table's header and first row: the heading always moves with them."""
    header = [Paragraph(h, STYLES.cell_head) for h in ("Action", "Owner", "Due")]
    for filler_lines in range(40, 56):
        table = RowKeepingTable([header, *_rows()[:3]], colWidths=[300, 100, 60], repeatRows=1)
        heading = Heading("Yamanashi (3)", STYLES.h1, key="y", plain="3 Yamanashi", outline_level=0)
        filler = Paragraph("<br/>".join(["filler"] * filler_lines), STYLES.body)
        pages = _pages(_render([filler, heading, table], _setup()))
        on = [i for i, lines in enumerate(pages) if any("Yamanashi (3)" in x for x in lines)]
        first_row = [i for i, lines in enumerate(pages) if any("ROWSTART0" in x for x in lines)]
        assert on == first_row, filler_lines


def test_bookmarks_have_single_spaces() -> None:
    pdf = _tracker_pdf(Paper.A4)
    assert [title for title, _ in outline(pdf)] == ["2 Thanh Hóa (30)"]


def test_contents_lines_have_dot_leaders_clear_of_the_page_number() -> None:
    heading = Heading("Meetings", STYLES.h1, key="m", plain="2  Meetings", outline_level=0)
    long = "2.2 Prime Minister Phạm Minh Chính receives leaders and representatives of Japanese"
    entries = [
        ContentsEntry("1 Key facts", STYLES.toc_0, "m"),
        ContentsEntry(long + " localities attending the forum", STYLES.toc_1, "m"),
    ]
    pdf = _render([*entries, heading], _setup())
    lines = page_lines(pdf, 0)
    first = next(x for x in lines if x.startswith("1 Key facts"))
    assert first.endswith(" 1") and ". . . . ." in first
    # the long entry wraps; its last line carries the leader and the number
    last = next(x for x in lines if x.startswith("attending the forum"))
    assert ". . . . ." in last and last.endswith(" 1")
    assert not any(x.startswith(long[:30]) and x.endswith(" 1") for x in lines)


def test_the_running_header_wraps_a_long_title_and_never_cuts_a_name() -> None:
    pdf = _tracker_pdf(Paper.A4)
    header = " ".join(page_lines(pdf, 1)[:4])
    assert "…" not in header
    assert "Phạm Minh Chính" in header
    assert "Quảng Ninh" in header


def test_a_public_vietnamese_document_carries_no_public_stamp() -> None:
    text = "\n".join(
        page_lines(_render([_cell("x")], _setup(language=Language.VI, level=level)), 0)[0]
        for level in Classification
    )
    assert "CÔNG KHAI" not in text
    assert "NỘI BỘ" in text or "MẬT" in text


def test_wrap_runs_breaks_at_spaces_and_fit_lines_shrinks_before_giving_up() -> None:
    fallback = GlyphFallback(shipped_fonts())
    runs = fallback.split_runs("Thanh Hóa – Yamanashi (山梨県) bilateral meeting", where="t")
    width = runs_width(runs, 8) * 0.6
    lines = wrap_runs(runs, 8, width)
    assert len(lines) == 2
    assert all(runs_width(x, 8) <= width for x in lines)
    assert " ".join("".join(t for _, t in x) for x in lines) == (
        "Thanh Hóa – Yamanashi (山梨県) bilateral meeting"
    )
    fitted = fit_lines(runs, 8, runs_width(runs, 8) * 0.95, max_lines=1, min_size=6)
    assert fitted is not None and fitted[0] < 8 and len(fitted[1]) == 1
    assert fit_lines(runs, 8, 20, max_lines=1, min_size=6) is None


def test_the_action_tracker_is_landscape_with_its_header_once_per_page_at_the_top(
    seeded_template: Path, tmp_path: Path
) -> None:
    """Forty actions with descriptions of different lengths, A4 and Letter: pages are
    landscape; on every page the table header is printed at most once, and only at the top of
    the page or right under a group's heading; each action's title and the end of its
    description are on one page."""
    path = tmp_path / "tracker.sqlite3"
    shutil.copyfile(seeded_template, path)
    db = open_database(f"sqlite:///{path}")
    seeded = data.action_tracker_data(
        db.engine, ActionFilter(), level=Classification.INTERNAL, today=date(2025, 11, 20)
    )
    db.engine.dispose()
    actions = [
        replace(
            seeded[n % len(seeded)],
            row=replace(seeded[n % len(seeded)].row, id=100 + n, title=f"Action number {n}"),
            description=" ".join(["Thanh Hóa and Yamanashi agreed to follow up."] * (1 + n % 7))
            + f" END{100 + n}",
        )
        for n in range(40)
    ]
    for paper in (Paper.A4, Paper.LETTER):
        options = BriefingOptions(
            classification=Classification.INTERNAL, paper=paper, prepared_on=date(2025, 11, 20)
        )
        pdf = ActionTracker(actions, options).build().pdf
        reader = PdfReader(BytesIO(pdf))
        assert all(p.mediabox.width > p.mediabox.height for p in reader.pages)
        pages = _pages(pdf)
        where: dict[str, int] = {}
        for number, lines in enumerate(pages):
            headers = [i for i, x in enumerate(lines) if x.startswith("Action Owner Counterpart")]
            assert len(headers) <= 1, (paper, number)
            if headers and number > 0:
                above = lines[: headers[0]]
                # only the running header (banner, office/title) or a group heading above it
                assert not any("#" in x or "END" in x for x in above), (paper, number, above)
            for line in lines:
                for word in line.replace("#", " #").split():
                    if word.startswith(("#1", "END1")):
                        where.setdefault(word.removeprefix("#").removeprefix("END"), number)
                        where[word] = number
        for n in range(40):
            assert where[f"#{100 + n}"] == where[f"END{100 + n}"], (paper, n)


def test_rendering_lets_go_of_each_flowable_once_laid_out() -> None:
    """The story is consumed as ReportLab consumes it (issue 16): a 300-page book's laid-out
    paragraphs are not all kept alive to the end for the garbage collector to walk."""
    story: list[Flowable] = [
        Heading(f"Meeting {i}", STYLES.h2, key=f"m{i}", plain=f"Meeting {i}", outline_level=0)
        if i % 10 == 0
        else Paragraph(f"Hai bên thống nhất đẩy mạnh hợp tác, đoạn {i}.", STYLES.body)
        for i in range(300)
    ]
    probes = [weakref.ref(flowable) for flowable in story[::25]]
    pdf = _render(story, _setup())
    assert story == []
    gc.collect()
    assert [probe() for probe in probes] == [None] * len(probes)
    assert "đoạn 299." in PdfReader(BytesIO(pdf)).pages[-1].extract_text()
