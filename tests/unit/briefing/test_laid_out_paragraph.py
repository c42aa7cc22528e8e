"""A paragraph breaks its lines once per width (issue 16): wrapped again at the same width it
gives back the same lines without breaking them again; at another width, or once split() has
dropped its lines, it breaks them anew."""

import pytest
from reportlab.platypus import Paragraph

from briefing_app.briefing.flowables import LaidOutParagraph
from briefing_app.briefing.fonts import shipped_fonts
from briefing_app.briefing.styles import BriefingStyles

shipped_fonts()
TEXT = "Hai bên thống nhất đẩy mạnh hợp tác về nông nghiệp công nghệ cao với tỉnh Yamanashi " * 4


@pytest.fixture
def breaks(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Counts the line breakings ReportLab does."""
    calls: list[object] = []
    original = Paragraph.breakLines

    def counting(self: Paragraph, widths: object) -> object:
        calls.append(widths)
        return original(self, widths)

    monkeypatch.setattr(Paragraph, "breakLines", counting)
    return calls


def test_the_same_width_is_laid_out_once(breaks: list[object]) -> None:
    paragraph = LaidOutParagraph(TEXT, BriefingStyles.build().body)
    first = paragraph.wrap(200, 500)
    lines = paragraph.blPara
    assert paragraph.wrap(200, 800) == first
    assert paragraph.blPara is lines and paragraph.height == first[1]
    assert len(breaks) == 1


def test_another_width_is_laid_out_anew(breaks: list[object]) -> None:
    style = BriefingStyles.build().body
    paragraph = LaidOutParagraph(TEXT, style)
    _, narrow = paragraph.wrap(150, 500)
    _, wide = paragraph.wrap(400, 500)
    assert len(breaks) == 2
    assert wide < narrow
    assert (wide, narrow) == (
        Paragraph(TEXT, style).wrap(400, 500)[1],
        Paragraph(TEXT, style).wrap(150, 500)[1],
    )
    assert paragraph.wrap(150, 500) == (150, narrow)  # the last width only is kept
    assert len(breaks) == 5


def test_lines_dropped_by_a_split_are_laid_out_again(breaks: list[object]) -> None:
    paragraph = LaidOutParagraph(TEXT, BriefingStyles.build().body)
    _, height = paragraph.wrap(200, 500)
    # too little room for two lines: ReportLab's split() drops the lines and moves it whole
    assert paragraph.split(200, 5) == []
    assert not hasattr(paragraph, "blPara")
    assert paragraph.wrap(200, 500) == (200, height)
    assert len(breaks) == 2


def test_a_split_paragraph_lays_its_parts_out_like_reportlab() -> None:
    style = BriefingStyles.build().body
    ours, theirs = LaidOutParagraph(TEXT, style), Paragraph(TEXT, style)
    ours.wrap(200, 500)
    theirs.wrap(200, 500)
    mine = ours.split(200, 40)
    reportlab = theirs.split(200, 40)
    assert [type(part) for part in mine] == [LaidOutParagraph, LaidOutParagraph]
    assert [part.wrap(200, 500) for part in mine] == [part.wrap(200, 500) for part in reportlab]
