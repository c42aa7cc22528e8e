"""`show --lang vi` marks a text printed in another language ('[en only]'), never a field that
no language has (an empty list printed as '[] [en only]')."""

import json
from pathlib import Path

import pytest

from briefing_app.store.database import OpenedDatabase


@pytest.fixture(autouse=True)
def _english_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.setenv(variable, "C.UTF-8")


def test_an_empty_field_is_not_marked_as_in_another_language(
    cli, seeded_db: OpenedDatabase, tmp_path: Path
) -> None:
    db = seeded_db.path
    path = tmp_path / "meeting.json"
    meeting = {"title": "Talks", "event_id": 1, "kind": "bilateral", "summary": "Agreed."}
    path.write_text(json.dumps(meeting), encoding="utf-8")
    created = cli("--db", db, "create", "meeting", "--json", path)
    assert created.code == 0, created
    text = cli("--db", db, "show", "meeting", created.json()["id"], "--lang", "vi").out
    assert "summary: Agreed. [en only]\n" in text
    assert "objectives" not in text and "[] [" not in text


def test_a_list_in_another_language_prints_item_by_item_marked(
    cli, seeded_db: OpenedDatabase, tmp_path: Path
) -> None:
    db = seeded_db.path
    path = tmp_path / "meeting.json"
    meeting = {"title": "Talks", "event_id": 1, "kind": "bilateral", "objectives": ["Trade"]}
    path.write_text(json.dumps(meeting), encoding="utf-8")
    created = cli("--db", db, "create", "meeting", "--json", path)
    assert created.code == 0, created
    text = cli("--db", db, "show", "meeting", created.json()["id"], "--lang", "vi").out
    assert "objectives: [en only]\n  - Trade\n" in text
