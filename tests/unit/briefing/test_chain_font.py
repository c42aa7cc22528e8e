"""Chain fonts (issue 16): each shipped face is registered as a chain of fonts, so a paragraph
of Vietnamese with kanji is one font to ReportLab; it must print exactly as with a <font> tag
around each Japanese run: same glyphs, same widths, same line breaks, both fonts embedded."""

from io import BytesIO
from pathlib import Path

from briefing_pdf import embedded_fonts, page_texts, render_pages, squash
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph, SimpleDocTemplate

from briefing_app.briefing.chain_font import ChainFont
from briefing_app.briefing.fonts import BOLD, JAPANESE, REGULAR, GlyphFallback, shipped_fonts
from briefing_app.briefing.styles import BriefingStyles

FONTS = shipped_fonts()
MIXED = "Tỉnh Thanh Hóa và tỉnh Yamanashi (山梨県) ký kết văn kiện hợp tác về nông nghiệp (農業), "


def test_each_shipped_face_is_registered_as_its_chain() -> None:
    for name in (REGULAR, BOLD, JAPANESE):
        font = pdfmetrics.getFont(name)
        assert isinstance(font, ChainFont)
        assert font.fonts == tuple(FONTS.files[f] for f in FONTS.chain(name))


def test_a_text_is_measured_in_the_fonts_that_draw_it() -> None:
    noto, ipa = FONTS.files[REGULAR], FONTS.files[JAPANESE]
    width = pdfmetrics.stringWidth("Thanh Hóa 山梨県", REGULAR, 10)
    assert width == noto.stringWidth("Thanh Hóa ", 10) + ipa.stringWidth("山梨県", 10)
    assert width != noto.stringWidth("Thanh Hóa 山梨県", 10)  # Noto Sans has no kanji


def test_a_text_is_cut_where_the_font_that_draws_it_changes() -> None:
    regular, bold = pdfmetrics.getFont(REGULAR), pdfmetrics.getFont(BOLD)
    assert regular.pieces("Hà 山梨県 x") == [(0, "Hà "), (1, "山梨県"), (0, " x")]
    # bold: Noto Sans Bold, Noto Sans, IPAexGothic
    assert bold.pieces("Hà 山") == [(0, "Hà "), (2, "山")]
    assert regular.pieces("") == [(0, "")]


def _pdf(markup: str, path: Path) -> bytes:
    buffer = BytesIO()
    body = BriefingStyles.build().body
    document = SimpleDocTemplate(buffer, initialFontName=REGULAR)
    document.build([Paragraph(markup, body) for _ in range(3)])
    path.write_bytes(buffer.getvalue())
    return buffer.getvalue()


def test_a_mixed_paragraph_prints_as_with_a_font_tag_per_run(tmp_path: Path) -> None:
    fallback = GlyphFallback(FONTS)
    text = MIXED * 6
    chained = fallback.markup(text, where="t")
    assert "<font" not in chained
    tagged = "".join(
        f'<font name="{font}">{run}</font>' if font != REGULAR else run
        for font, run in fallback.split_runs(text, where="t")
    )
    assert tagged.count("<font") == 12  # two Japanese runs in each of six copies
    pdf = _pdf(chained, tmp_path / "chained.pdf")
    _pdf(tagged, tmp_path / "tagged.pdf")
    assert squash(MIXED * 6) in squash(page_texts(pdf)[0])
    assert sorted(name.split("+")[-1] for name, _ in embedded_fonts(tmp_path / "chained.pdf")) == [
        "IPAexGothic",
        "NotoSans-Regular",
    ]
    assert all(embedded for _, embedded in embedded_fonts(tmp_path / "chained.pdf"))
    chained_pages = render_pages(tmp_path / "chained.pdf", tmp_path)
    tagged_pages = render_pages(tmp_path / "tagged.pdf", tmp_path)
    assert chained_pages == tagged_pages
    assert chained_pages[0].ink(0.0, 0.5) > 0
