"""`create`, `edit`, `delete`, `show`, `list` and `trash` for every record kind (issue 11)."""

import hashlib
import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from briefing_app.domain.record_kind import RecordKind
from briefing_app.store.database import OpenedDatabase
from record_samples import CHANGE, NEW

KINDS = list(RecordKind)


def _file(tmp_path: Path, data: Any, name: str = "record.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _digest(db: OpenedDatabase) -> str:
    assert db.path is not None
    db.engine.dispose()
    return hashlib.sha256(db.path.read_bytes()).hexdigest()


@pytest.mark.parametrize("kind", KINDS)
def test_the_whole_life_of_a_record(
    cli, seeded_db: OpenedDatabase, tmp_path: Path, kind: RecordKind
) -> None:
    db = seeded_db.path
    created = cli("--db", db, "create", kind.value, "--json", _file(tmp_path, NEW[kind]))
    assert created.code == 0, created
    record = created.json()
    record_id = record["id"]
    assert record["version"] == 1
    assert record_id in {r["id"] for r in cli("--db", db, "list", kind.value, "--json").json()}

    shown = cli("--db", db, "show", kind.value, record_id, "--json").json()
    assert shown == record
    key, value = CHANGE[kind]
    shown[key] = value
    edited = cli("--db", db, "edit", kind.value, record_id, "--json", _file(tmp_path, shown))
    assert edited.code == 0, edited
    assert edited.json()[key] == value and edited.json()["version"] == 2

    # the same file again carries version 1: refused as stale, naming the versions
    cli(
        "--db", db, "edit", kind.value, record_id, "--json", _file(tmp_path, shown)
    ).assert_user_error("changed by someone else", "version 1", "version 2")

    cli("--db", db, "delete", kind.value, record_id, "--if-version", 1).assert_user_error(
        "version 1"
    )
    deleted = cli("--db", db, "delete", kind.value, record_id, "--if-version", 2, "--by", "anh")
    assert deleted.code == 0, deleted
    assert f"trash restore {kind.value} {record_id}" in deleted.out
    cli("--db", db, "show", kind.value, record_id).assert_user_error(str(record_id))
    listed = cli("--db", db, "trash", "list", "--json").json()
    assert [(e["kind"], e["id"], e["deleted_by"]) for e in listed] == [
        (kind.value, record_id, "anh")
    ]

    restored = cli("--db", db, "trash", "restore", kind.value, record_id)
    assert restored.code == 0, restored
    again = cli("--db", db, "show", kind.value, record_id, "--json").json()
    assert again[key] == value and again["version"] == 2
    assert cli("--db", db, "trash", "list", "--json").json() == []


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        ({"title": "x", "event_id": 1, "kind": "bilateral", "colour": "red"}, "colour is not"),
        ({"title": "x", "event_id": 1, "kind": "teatime"}, "kind must be one of"),
        ({"title": "x", "event_id": 99999, "kind": "bilateral"}, "event_id refers to no event"),
        ({"title": "x", "event_id": "1", "kind": "bilateral"}, "event_id must be a whole number"),
        ({"title": "x", "event_id": 1, "kind": "bilateral", "held_on": "25/11"}, "held_on must"),
        ({"title": "x", "event_id": 1, "kind": "bilateral", "talking_points": "one"}, "a list"),
        ({"event_id": 1, "kind": "bilateral"}, "title is required"),
        ([1, 2], "one object"),
    ],
)
def test_bad_json_is_refused_in_one_line_and_writes_nothing(
    cli, seeded_db: OpenedDatabase, tmp_path: Path, data: Any, fragment: str
) -> None:
    path = _file(tmp_path, data)
    before = _digest(seeded_db)
    cli("--db", seeded_db.path, "create", "meeting", "--json", path).assert_user_error(fragment)
    assert _digest(seeded_db) == before


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ('{"title": "x",', "not valid JSON (line 1"),
        ('{"title": "a", "title": "b"}', "names title twice"),
        ("[" * 100_000, "nested too deeply"),
    ],
)
def test_broken_json_text_is_refused(
    cli, seeded_db: OpenedDatabase, tmp_path: Path, text: str, fragment: str
) -> None:
    path = tmp_path / "broken.json"
    path.write_text(text)
    cli("--db", seeded_db.path, "edit", "meeting", 1, "--json", path).assert_user_error(fragment)


def test_create_reads_standard_input(
    cli, seeded_db: OpenedDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = json.dumps(NEW[RecordKind.PERSON], ensure_ascii=False).encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    done = cli("--db", seeded_db.path, "create", "person", "--json", "-")
    assert done.code == 0, done
    assert done.json()["full_name"] == "Nguyễn Văn A"


def test_a_meeting_still_shows_what_the_first_cli_printed(cli, seeded_db: OpenedDatabase) -> None:
    data = cli("--db", seeded_db.path, "show", "meeting", 1, "--json").json()
    assert data["parties"] == ["Thanh Hóa provincial delegation", "Yamanashi Prefecture delegation"]
    assert data["party_ids"] and data["action_count"] == 5


def test_a_meeting_others_need_is_not_deleted(cli, seeded_db: OpenedDatabase) -> None:
    cli("--db", seeded_db.path, "delete", "meeting", 1).assert_user_error("follow-up action")
    assert cli("--db", seeded_db.path, "show", "meeting", 1).code == 0


def test_emptying_the_trash_needs_yes(cli, seeded_db: OpenedDatabase) -> None:
    assert cli("--db", seeded_db.path, "delete", "fact", 1).code == 0
    with pytest.raises(SystemExit) as usage:
        cli("--db", seeded_db.path, "trash", "empty")
    assert usage.value.code == 2
    emptied = cli("--db", seeded_db.path, "trash", "empty", "--yes")
    assert emptied.out.strip() == "trash emptied: 1 records forgotten"
    cli("--db", seeded_db.path, "trash", "restore", "fact", 1).assert_user_error("trash holds no")


def test_list_of_a_new_kind_searches_without_accents(cli, seeded_db: OpenedDatabase) -> None:
    found = cli("--db", seeded_db.path, "list", "person", "--search", "cao van", "--json").json()
    assert [p["label"] for p in found] == ["Cao Văn Cường"]


def test_create_event_like_an_earlier_one(cli, seeded_db: OpenedDatabase, tmp_path: Path) -> None:
    path = _file(tmp_path, {"name": "Forum 2026", "starts_on": "2026-11-24"})
    done = cli("--db", seeded_db.path, "create", "event", "--like", 1, "--json", path)
    assert done.code == 0, done
    assert done.json()["venue"] == "FLC Ha Long International Convention Center, Quảng Ninh"
    events = cli("--db", seeded_db.path, "list", "event", "--json").json()
    assert len(events) == 16  # the forum and its seven parts, twice
    cli("--db", seeded_db.path, "create", "meeting", "--like", 1, "--json", path).assert_user_error(
        "events only"
    )


def test_fields_describes_what_create_reads(cli) -> None:
    described = {f["key"]: f for f in cli("fields", "meeting", "--json").json()}
    assert described["title"]["required"] and described["title"]["max_length"] == 300
    assert described["expected_asks"]["items"] == ["ask", "response"]
    assert described["classification"]["default"] == "public"
    assert not described["classification"]["required"]
    assert "held_on (date): like 2026-11-25" in cli("fields", "meeting").out


def test_a_boolean_version_is_no_version(cli, seeded_db: OpenedDatabase, tmp_path: Path) -> None:
    shown = cli("--db", seeded_db.path, "show", "fact", 1, "--json").json()
    cli(
        "--db",
        seeded_db.path,
        "edit",
        "fact",
        1,
        "--json",
        _file(tmp_path, {**shown, "value": "x"}),
    )
    stale = {**shown, "value": "y", "version": True}
    cli(
        "--db", seeded_db.path, "edit", "fact", 1, "--json", _file(tmp_path, stale)
    ).assert_user_error("version must be a whole number")
    assert cli("--db", seeded_db.path, "show", "fact", 1, "--json").json()["value"] == "x"


def test_create_event_like_refuses_an_end_before_the_start(
    cli, seeded_db: OpenedDatabase, tmp_path: Path
) -> None:
    path = _file(tmp_path, {"name": "F", "starts_on": "2026-11-24", "ends_on": "2026-11-01"})
    cli("--db", seeded_db.path, "create", "event", "--like", 1, "--json", path).assert_user_error(
        "ends_on is before starts_on"
    )
