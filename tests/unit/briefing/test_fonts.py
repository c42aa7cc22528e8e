"""Glyph fallback: each run in the first shipped font that has all its glyphs; NFC; escaping;
uncovered characters reported with their record, never dropped."""

import unicodedata

import pytest

from briefing_app.briefing.fonts import (
    BOLD,
    JAPANESE,
    REGULAR,
    REPLACEMENT,
    GlyphFallback,
    UncoveredCharacter,
    font_dir,
    shipped_fonts,
)
from briefing_app.resources import data_dir

VIETNAMESE = "Cao Văn Cường, Phạm Minh Chính, Vũ Đại Thắng, Ủy ban nhân dân tỉnh Quảng Ninh"


@pytest.fixture
def fallback() -> GlyphFallback:
    return GlyphFallback(shipped_fonts())


def test_fonts_come_from_the_resources_folder_and_register_once() -> None:
    assert font_dir() == data_dir("resources") / "fonts"
    assert shipped_fonts() is shipped_fonts()


def test_japanese_runs_go_to_ipaex_and_the_rest_stays_in_noto(fallback: GlyphFallback) -> None:
    runs = fallback.split_runs("Thanh Hóa – 山梨県 (Yamanashi)", where="t")
    assert runs == [(REGULAR, "Thanh Hóa – "), (JAPANESE, "山梨県 "), (REGULAR, "(Yamanashi)")]


def test_vietnamese_stacked_marks_never_fall_to_ipaex(fallback: GlyphFallback) -> None:
    # IPAexGothic lacks ố, ử, … ; Noto Sans comes first and has them all
    assert fallback.split_runs(VIETNAMESE, where="t") == [(REGULAR, VIETNAMESE)]
    assert not shipped_fonts().covers(JAPANESE, "ố")


def test_text_is_normalised_to_nfc(fallback: GlyphFallback) -> None:
    decomposed = unicodedata.normalize("NFD", "Cao Văn Cường")
    assert decomposed != "Cao Văn Cường"
    assert fallback.split_runs(decomposed, where="t") == [(REGULAR, "Cao Văn Cường")]


def test_a_tab_is_a_space_not_a_missing_glyph(fallback: GlyphFallback) -> None:
    assert fallback.split_runs("Owner:\tThanh Hóa", where="t") == [(REGULAR, "Owner: Thanh Hóa")]
    assert fallback.uncovered == []


def test_a_combining_mark_stays_in_the_font_of_its_base(fallback: GlyphFallback) -> None:
    # x with dot below has no precomposed form: the mark must not be split from its base
    text = "山x\u0323"
    runs = fallback.split_runs(text, where="t")
    assert runs == [(JAPANESE, "山"), (REGULAR, "x\u0323")]


def test_the_style_font_leads_the_chain(fallback: GlyphFallback) -> None:
    assert fallback.split_runs("Yamanashi 山梨県", where="t", font=BOLD) == [
        (BOLD, "Yamanashi "),
        (JAPANESE, "山梨県"),
    ]


def test_uncovered_characters_are_replaced_visibly_and_reported(fallback: GlyphFallback) -> None:
    runs = fallback.split_runs("note ༀ and 😀 here", where="action 7 notes")
    assert "".join(text for _, text in runs) == f"note {REPLACEMENT} and {REPLACEMENT} here"
    assert fallback.uncovered == [
        UncoveredCharacter("ༀ", "action 7 notes"),
        UncoveredCharacter("😀", "action 7 notes"),
    ]
    message = str(fallback.uncovered[0])
    assert "U+0F00" in message and "action 7 notes" in message


def test_each_uncovered_character_is_reported_once_per_record(fallback: GlyphFallback) -> None:
    for _ in range(3):
        fallback.split_runs("😀", where="action 1 title")
    fallback.split_runs("😀", where="action 2 title")
    assert [u.where for u in fallback.uncovered] == ["action 1 title", "action 2 title"]


def test_markup_escapes_and_leaves_to_the_chain_what_it_draws_alike(
    fallback: GlyphFallback,
) -> None:
    assert fallback.markup("a <b> & </b>", where="t") == "a &lt;b&gt; &amp; &lt;/b&gt;"
    assert fallback.markup("one\ntwo", where="t") == "one<br/>two"
    # the style's chain draws 山 in IPAexGothic, as the fallback cuts it: no tag, one run
    assert fallback.markup("山 & x", where="t") == "山 &amp; x"
    assert fallback.markup("Yamanashi 山梨県", where="t", font=BOLD) == "Yamanashi 山梨県"
    assert fallback.markup("Cao\tVăn", where="t") == "Cao Văn"


def test_markup_tags_a_run_the_chain_would_draw_otherwise(fallback: GlyphFallback) -> None:
    # the voiced sound mark is in IPAexGothic only: its base goes there with it, where the
    # chain alone would draw the "a" in Noto Sans
    assert not shipped_fonts().covers(REGULAR, "\u3099")
    assert fallback.markup("a\u3099 b", where="t") == '<font name="IPAexGothic">a\u3099 </font>b'


def test_markup_of_an_uncovered_character_is_the_replacement(fallback: GlyphFallback) -> None:
    assert fallback.markup("x 😀", where="action 3 notes") == f"x {REPLACEMENT}"
    assert fallback.uncovered == [UncoveredCharacter("😀", "action 3 notes")]
