"""Text rules: folding for search, and what clean_text accepts, normalises and refuses."""

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing_app.domain.errors import FieldError
from briefing_app.domain.text import clean_text, fold

NFD_THANH_HOA = unicodedata.normalize("NFD", "Thanh Hóa")


@pytest.mark.parametrize(
    ("typed", "folded"),
    [
        ("Thanh Hóa", "thanh hoa"),
        ("Đà Nẵng", "da nang"),
        ("đà nẵng", "da nang"),
        (NFD_THANH_HOA, "thanh hoa"),
        ("ＴＨＡＮＨ", "thanh"),
        ("ｔｈａｎｈ　ｈｏａ", "thanh hoa"),  # full-width letters and ideographic space
        ("山梨県", "山梨県"),
        ("高市早苗", "高市早苗"),
        ("  Quảng   Ninh \n", "quang ninh"),
        ("HỒ VĂN VINH", "ho van vinh"),
        ("Straße", "strasse"),
        ("", ""),
    ],
)
def test_fold(typed: str, folded: str) -> None:
    assert fold(typed) == folded


def test_fold_keeps_japanese_voicing_marks() -> None:
    # NFD splits が into か + a combining mark; the mark must come back, not be stripped.
    assert fold("山梨県 ガ") == "山梨県 ガ"
    assert fold("ガ") != fold("カ")


def test_nfd_input_is_stored_as_nfc() -> None:
    cleaned = clean_text(NFD_THANH_HOA, field="name", max_length=200)
    assert cleaned == "Thanh Hóa"
    assert cleaned != NFD_THANH_HOA
    assert unicodedata.is_normalized("NFC", cleaned)


def test_length_is_counted_after_nfc() -> None:
    # "ó" is two code points in NFD and one in NFC: the limit counts what is stored.
    assert clean_text(unicodedata.normalize("NFD", "óó"), field="x", max_length=2) == "óó"


@pytest.mark.parametrize("control", ["\x00", "\x07", "\x1b", "\x7f", "\x85", "\u009b"])
def test_control_characters_are_refused_with_the_field_name(control: str) -> None:
    with pytest.raises(FieldError) as caught:
        clean_text(f"Thanh{control}Hóa", field="title", max_length=300)
    assert caught.value.field == "title"
    assert str(caught.value).startswith("title ")
    assert f"U+{ord(control):04X}" in str(caught.value)
    assert "position 6" in str(caught.value)


def test_lone_surrogate_is_refused() -> None:
    with pytest.raises(FieldError, match="control character"):
        clean_text("ab\ud800cd", field="notes", max_length=100, multiline=True)


def test_a_100_kb_string_is_refused() -> None:
    huge = "a" * 100_000
    with pytest.raises(FieldError) as caught:
        clean_text(huge, field="notes", max_length=20_000, multiline=True)
    assert caught.value.field == "notes"
    assert "too long" in caught.value.reason
    assert "100000" in caught.value.reason


def test_exactly_at_the_limit_is_accepted() -> None:
    assert clean_text("é" * 200, field="name", max_length=200) == "é" * 200
    with pytest.raises(FieldError):
        clean_text("é" * 201, field="name", max_length=200)


@pytest.mark.parametrize(
    "text",
    [
        "Cooperation 🤝 signed ✅",
        # zero-width joiners are format characters, not controls
        "family 👨\u200d👩\u200d👧 joined",
        "flag 🇻🇳🇯🇵",
        "skin tone 👍🏽",
    ],
)
def test_emoji_are_accepted_unchanged(text: str) -> None:
    assert clean_text(text, field="notes", max_length=1000) == text


def test_single_line_refuses_newlines_and_tabs() -> None:
    for ch in ("\n", "\t", "\r"):
        with pytest.raises(FieldError, match="control character"):
            clean_text(f"first{ch}second", field="title", max_length=300)


def test_multiline_keeps_newlines_and_tabs_and_normalises_crlf() -> None:
    text = "first line\r\n\tsecond line\nthird"
    assert (
        clean_text(text, field="notes", max_length=1000, multiline=True)
        == "first line\n\tsecond line\nthird"
    )


def test_multiline_refuses_a_bare_carriage_return_and_other_controls() -> None:
    with pytest.raises(FieldError, match="U\\+000D"):
        clean_text("one\rtwo", field="notes", max_length=1000, multiline=True)
    with pytest.raises(FieldError, match="U\\+0000"):
        clean_text("one\n\x00two", field="notes", max_length=1000, multiline=True)


def test_surrounding_whitespace_is_trimmed() -> None:
    assert clean_text("  Yamanashi \n", field="name", max_length=200) == "Yamanashi"


@pytest.mark.parametrize("empty", [None, "", "   ", "\n\t "])
def test_empty_optional_text_becomes_none(empty: str | None) -> None:
    assert clean_text(empty, field="venue", max_length=500) is None


@pytest.mark.parametrize("empty", [None, "", "   "])
def test_empty_required_text_is_refused(empty: str | None) -> None:
    with pytest.raises(FieldError) as caught:
        clean_text(empty, field="title", max_length=300, required=True)
    assert (caught.value.field, caught.value.reason) == ("title", "is required")


def test_non_text_is_refused() -> None:
    with pytest.raises(FieldError, match="must be text"):
        clean_text(42, field="title", max_length=300)  # type: ignore[arg-type]


def _forbidden(ch: str, multiline: bool) -> bool:
    if multiline and ch in "\n\t":
        return False
    return unicodedata.category(ch) in ("Cc", "Cs")


@given(
    value=st.text(alphabet=st.characters(codec=None), max_size=60)
    | st.text(alphabet="aó\u0301đ\n\r\t\x00\x1f \u3000山", max_size=30),
    max_length=st.integers(min_value=1, max_value=40),
    multiline=st.booleans(),
    required=st.booleans(),
)
def test_clean_text_returns_clean_nfc_or_raises_field_error(
    value: str, max_length: int, multiline: bool, required: bool
) -> None:
    try:
        result = clean_text(
            value, field="f", max_length=max_length, multiline=multiline, required=required
        )
    except FieldError as exc:
        assert exc.field == "f"
        return
    if result is None:
        assert not required
        assert unicodedata.normalize("NFC", value).strip() == ""
        return
    assert isinstance(result, str)
    assert result
    assert unicodedata.is_normalized("NFC", result)
    assert len(result) <= max_length
    assert not any(_forbidden(ch, multiline) for ch in result)
    assert result == result.strip()
