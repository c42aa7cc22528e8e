"""Suggested file names are safe on Linux, Windows and macOS (issue 12, item 4)."""

import pytest

from briefing_app.domain.file_names import MAX_NAME_BYTES, safe_file_name

REFUSED_SOMEWHERE = set('/\\:*?"<>|')


@pytest.mark.parametrize(
    ("text", "extension", "expected"),
    [
        # the name Print to File suggested: a date with slashes
        (
            "Preview — Thanh Hóa – Yamanashi (25/11/2025)",
            ".pdf",
            "Preview — Thanh Hóa – Yamanashi (25-11-2025).pdf",
        ),
        ("Đà Nẵng: a/b – c?", "", "Đà Nẵng- a-b – c"),
        ("山梨県 知事との会談", ".pdf", "山梨県 知事との会談.pdf"),
        ("C:\\Users\\lan", ".xlsx", "C-Users-lan.xlsx"),
        ('say "hi" <now> * |x|', "", "say hi now -x-"),
        ("tab\there\nnewline\x00nul\x7fdel", "", "tab here newline nul del"),
        ("right\u202eto-left", "", "right to-left"),  # a bidi override could disguise ".exe"
        ("ends with dots...", ".pdf", "ends with dots.pdf"),
        ("ends with spaces   ", "", "ends with spaces"),
        ("  ..  ", ".pdf", "file.pdf"),
        ("", ".pdf", "file.pdf"),
        ("CON", ".pdf", "_CON.pdf"),
        ("nul", "", "_nul"),
        ("com1.backup", ".sqlite3", "_com1.backup.sqlite3"),
        ("LPT9", "", "_LPT9"),
        ("Console", ".pdf", "Console.pdf"),
        ("COM10", "", "COM10"),
        # NFD (as macOS hands names back) is stored as NFC
        ("Thanh Ho\u0301a", "", "Thanh Hóa"),
    ],
)
def test_names(text: str, extension: str, expected: str) -> None:
    assert safe_file_name(text, extension) == expected


def test_the_fallback_names_what_the_file_is() -> None:
    assert safe_file_name("///", ".pdf", fallback="briefing") == "-.pdf"
    assert safe_file_name("?*", ".pdf", fallback="briefing") == "briefing.pdf"


@pytest.mark.parametrize("letter", ["a", "ộ", "山", "𠀋"])
def test_long_names_keep_the_extension_within_255_bytes(letter: str) -> None:
    name = safe_file_name(letter * 400, ".pdf")
    assert name.endswith(".pdf")
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES
    assert len(name.encode("utf-16-le")) // 2 <= MAX_NAME_BYTES  # Windows counts UTF-16 units
    assert set(name[: -len(".pdf")]) == {letter}  # cut between letters, never inside one
    assert len(name.encode("utf-8")) > MAX_NAME_BYTES - 4  # and not shorter than needed


def test_a_cut_never_leaves_a_trailing_dot_or_space() -> None:
    name = safe_file_name("a" * 250 + " . b", ".pdf")
    assert not name[: -len(".pdf")].endswith((" ", "."))


@pytest.mark.parametrize(
    "text",
    ['a/b\\c:d*e?f"g<h>i|j', "\x01\x1f\x85", "CON.", " aux ", "x" * 300 + "?", "Q1/2027 . "],
)
def test_nothing_refused_anywhere_is_left(text: str) -> None:
    name = safe_file_name(text, ".pdf")
    assert not REFUSED_SOMEWHERE & set(name)
    assert all(ch.isprintable() for ch in name)
    assert name == name.strip() and not name[: -len(".pdf")].endswith((".", " "))
    assert name.split(".")[0].upper() not in {"CON", "PRN", "AUX", "NUL"}
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES
