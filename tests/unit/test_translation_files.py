"""The shipped translations are complete and in step with the code.

Runs the same lupdate the project's script runs (scripts/translations.sh) on a copy of each
.ts file: any string of the code that is missing, unfinished or gone from the code fails here,
and so does a .qm that was not rebuilt after its .ts changed.
"""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from briefing_app.i18n import TRANSLATED

REPO = Path(__file__).resolve().parents[2]
FOLDER = REPO / "resources" / "translations"
TOOLS = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%\d|%n")


def _run(tool: str, *args: str) -> None:
    subprocess.run(
        [str(TOOLS / tool), *args], check=True, capture_output=True, text=True, timeout=120
    )


def _lupdate(ts: Path, language: str) -> None:
    sources = sorted(str(p) for p in (REPO / "src" / "briefing_app").rglob("*.py"))
    _run(
        "pyside6-lupdate",
        "-extensions",
        "py",
        "-no-obsolete",
        "-locations",
        "none",
        "-source-language",
        "en",
        "-target-language",
        language,
        *sources,
        "-ts",
        str(ts),
    )


def _messages(ts: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _unfinished(message: ET.Element) -> str | None:
    """Why lrelease would leave this message out (new, unfinished, vanished, empty), or None."""
    translation = message.find("translation")
    if translation is None:
        return "missing"
    if translation.get("type") is not None:
        return str(translation.get("type"))
    return None if (translation.text or "").strip() else "empty"


@pytest.mark.parametrize("language", [x.value for x in TRANSLATED])
def test_every_string_of_the_code_is_translated(tmp_path: Path, language: str) -> None:
    shipped = FOLDER / f"briefing_{language}.ts"
    refreshed = tmp_path / shipped.name
    shutil.copy(shipped, refreshed)
    _lupdate(refreshed, language)
    problems = [
        f"{context}: {message.findtext('source')!r} is {state}"
        for context, message in _messages(refreshed)
        if (state := _unfinished(message))
    ]
    assert problems == [], "run scripts/translations.sh and translate:\n" + "\n".join(problems)
    assert refreshed.read_bytes() == shipped.read_bytes(), "run scripts/translations.sh"


@pytest.mark.parametrize("ts", sorted(FOLDER.glob("*.ts")), ids=lambda p: p.name)
def test_translations_keep_placeholders_and_mnemonics(ts: Path) -> None:
    wrong = []
    for context, message in _messages(ts):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
            wrong.append(f"{context}: {source!r} -> {translation!r} (placeholders)")
        mnemonics = len(re.findall(r"&(?!&)", translation.replace("&&", "")))
        if "&" in source.replace("&&", "") and mnemonics != 1:
            wrong.append(f"{context}: {source!r} -> {translation!r} (one & mnemonic)")
    assert wrong == []


@pytest.mark.parametrize("ts", sorted(FOLDER.glob("*.ts")), ids=lambda p: p.name)
def test_the_shipped_qm_is_built_from_its_ts(tmp_path: Path, ts: Path) -> None:
    built = tmp_path / ts.with_suffix(".qm").name
    _run("pyside6-lrelease", "-silent", "-nounfinished", str(ts), "-qm", str(built))
    assert built.read_bytes() == ts.with_suffix(".qm").read_bytes(), "run scripts/translations.sh"
