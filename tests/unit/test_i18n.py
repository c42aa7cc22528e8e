"""Languages and the translation catalogue the PDFs read (the same .ts file the GUI's .qm is
built from)."""

from pathlib import Path

import pytest

from briefing_app.i18n import (
    Catalogue,
    Language,
    catalogue,
    environment_language,
    language_of_locale,
)

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>Briefing</name>
    <message><source>Sources</source><translation>Nguồn</translation></message>
    <message><source>Purpose</source><translation type="unfinished">Mục</translation></message>
    <message><source>Gone</source><translation type="vanished">Đã bỏ</translation></message>
    <message><source>Empty</source><translation></translation></message>
</context>
<context>
    <name>Other</name>
    <message><source>Sources</source><translation>Tài liệu nguồn</translation></message>
</context>
</TS>
"""


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("vi_VN.UTF-8", Language.VI),
        ("vi-VN", Language.VI),
        ("vi", Language.VI),
        ("VI_vn", Language.VI),
        ("en_GB.UTF-8", Language.EN),
        ("ja_JP", Language.EN),
        ("C", Language.EN),
        ("", Language.EN),
        (None, Language.EN),
    ],
)
def test_language_of_locale(name: str | None, expected: Language) -> None:
    assert language_of_locale(name) is expected


def test_environment_language_follows_the_posix_order(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    assert environment_language() is Language.EN
    monkeypatch.setenv("LANG", "vi_VN.UTF-8")
    assert environment_language() is Language.VI
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")  # LC_ALL wins over LANG
    assert environment_language() is Language.EN


def test_catalogue_keeps_only_finished_translations_by_context(tmp_path: Path) -> None:
    path = tmp_path / "x_vi.ts"
    path.write_text(TS, encoding="utf-8")
    found = Catalogue.from_ts(path)
    assert found.translate("Briefing", "Sources") == "Nguồn"
    assert found.translate("Other", "Sources") == "Tài liệu nguồn"
    # unfinished, vanished, empty and unknown strings stay in English, as lrelease does
    for source in ("Purpose", "Gone", "Empty", "Unknown"):
        assert found.translate("Briefing", source) == source


def test_shipped_vietnamese_catalogue_is_read_and_english_has_none() -> None:
    assert catalogue(Language.VI).translate("Briefing", "Sources") == "Nguồn tham khảo"
    assert catalogue(Language.EN).translate("Briefing", "Sources") == "Sources"
