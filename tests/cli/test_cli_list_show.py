"""`briefing-app list …` and `show …`: the JSON contract of DESIGN §3 and the plain tables."""

import json
from pathlib import Path

import pytest

from briefing_app.store.database import OpenedDatabase

LOCALITY_KEYS = {"id", "name", "name_native", "country", "kind"}
MEETING_KEYS = {"id", "title", "kind", "event_id", "starts_at", "parties", "action_count"}
ACTION_KEYS = {
    "id",
    "title",
    "meeting_id",
    "owner",
    "counterpart",
    "due_date",
    "due_precision",
    "status",
    "priority",
    "classification",
    "version",
}
STATUSES = {"proposed", "agreed", "in_progress", "done", "blocked", "cancelled"}
TH_YN = "Thanh Hóa – Yamanashi bilateral meeting"


@pytest.fixture
def db(seeded_db: OpenedDatabase) -> Path:
    assert seeded_db.path is not None
    return seeded_db.path


def _meeting_id(cli, db: Path) -> int:
    meetings = cli("--db", db, "list", "meetings", "--json").json()
    return next(m["id"] for m in meetings if m["title"] == TH_YN)


def test_localities_json(cli, db: Path) -> None:
    result = cli("--db", db, "list", "localities", "--json")
    assert result.code == 0 and result.err == ""
    rows = result.json()
    assert len(rows) == 81
    assert all(set(row) == LOCALITY_KEYS for row in rows)
    yamanashi = next(r for r in rows if r["name"] == "Yamanashi")
    assert yamanashi == {
        **yamanashi,
        "name_native": "山梨県",
        "country": "JP",
        "kind": "prefecture",
    }
    thanh_hoa = next(r for r in rows if r["name"] == "Thanh Hóa")
    assert (thanh_hoa["country"], thanh_hoa["kind"]) == ("VN", "province")
    assert isinstance(thanh_hoa["id"], int)


def test_json_is_utf8_not_ascii_escaped(cli, db: Path) -> None:
    out = cli("--db", db, "list", "localities", "--json").out
    assert "Thanh Hóa" in out
    assert "山梨県" in out
    assert "\\u" not in out


def test_localities_search(cli, db: Path) -> None:
    rows = cli("--db", db, "list", "localities", "--search", "thanh hoa", "--json").json()
    assert [r["name"] for r in rows] == ["Thanh Hóa"]
    rows = cli("--db", db, "list", "localities", "--search", "山梨", "--json").json()
    assert [r["name"] for r in rows] == ["Yamanashi"]
    assert cli("--db", db, "list", "localities", "--search", "%", "--json").json() == []


def test_localities_table(cli, db: Path) -> None:
    result = cli("--db", db, "list", "localities")
    assert result.code == 0
    lines = result.out.splitlines()
    assert lines[0].split() == ["ID", "COUNTRY", "KIND", "NAME", "NATIVE"]
    assert len(lines) == 2 + 81
    assert any("Thanh Hóa" in line for line in lines)
    assert any("山梨県" in line for line in lines)


def test_meetings_json(cli, db: Path) -> None:
    rows = cli("--db", db, "list", "meetings", "--json").json()
    assert len(rows) == 4
    assert all(set(row) >= MEETING_KEYS for row in rows)
    th_yn = next(r for r in rows if r["title"] == TH_YN)
    assert th_yn["kind"] == "bilateral"
    assert th_yn["starts_at"] == "2025-11-25"
    assert th_yn["action_count"] == 5
    assert sorted(th_yn["parties"]) == [
        "Thanh Hóa provincial delegation",
        "Yamanashi Prefecture delegation",
    ]


def test_actions_json(cli, db: Path) -> None:
    rows = cli("--db", db, "list", "actions", "--json").json()
    assert len(rows) == 7
    assert all(set(row) >= ACTION_KEYS for row in rows)
    assert {r["status"] for r in rows} <= STATUSES
    dated = [r for r in rows if r["due_date"]]
    assert {(r["due_date"], r["due_precision"]) for r in dated} == {("2026-01-01", "year")}
    assert {r["owner"] for r in rows} == {"Thanh Hóa", "Yamanashi", None}


def test_actions_status_filter_and_snake_case(cli, db: Path) -> None:
    assert cli("--db", db, "action", "update", "1", "--status", "in progress").code == 0
    rows = cli("--db", db, "list", "actions", "--status", "in_progress", "--json").json()
    assert [(r["id"], r["status"]) for r in rows] == [(1, "in_progress")]
    both = cli(
        "--db", db, "list", "actions", "--status", "in-progress", "--status", "proposed", "--json"
    ).json()
    assert {r["status"] for r in both} == {"in_progress", "proposed"}
    assert len(both) == 4


def test_actions_overdue(cli, db: Path) -> None:
    assert cli("--db", db, "list", "actions", "--overdue", "--json").json() == []
    assert cli("--db", db, "action", "update", "4", "--due", "2020-01").code == 0
    rows = cli("--db", db, "list", "actions", "--overdue", "--json").json()
    assert [(r["id"], r["due_date"], r["due_precision"]) for r in rows] == [
        (4, "2020-01-01", "month")
    ]
    table = cli("--db", db, "list", "actions", "--overdue").out
    assert "(overdue)" in table


def test_unknown_status_is_a_usage_error(cli, db: Path) -> None:
    with pytest.raises(SystemExit) as caught:
        cli("--db", db, "list", "actions", "--status", "finished")
    assert caught.value.code == 2


def test_status_filter_on_localities_is_refused(cli, db: Path) -> None:
    cli("--db", db, "list", "localities", "--overdue").assert_user_error("actions only")


def test_delegations_json(cli, db: Path) -> None:
    rows = cli("--db", db, "list", "delegations", "--json").json()
    assert len(rows) == 3
    assert all({"id", "name", "side"} <= set(row) for row in rows)
    th = next(r for r in rows if r["name"] == "Thanh Hóa provincial delegation")
    assert th["side"] == "VN"


def test_show_meeting_json(cli, db: Path) -> None:
    meeting_id = _meeting_id(cli, db)
    result = cli("--db", db, "show", "meeting", meeting_id, "--json")
    assert result.code == 0, result.err
    assert "Thanh Hóa" in result.out  # not ASCII-escaped
    data = result.json()
    assert MEETING_KEYS | {"participants", "actions", "sources"} <= set(data)
    assert data["id"] == meeting_id and data["title"] == TH_YN
    assert len(data["actions"]) == 5
    assert all(set(a) >= ACTION_KEYS for a in data["actions"])
    assert {a["meeting_id"] for a in data["actions"]} == {meeting_id}
    assert data["sources"]
    assert all(s["url"].startswith("https://") for s in data["sources"])
    assert isinstance(data["participants"], list)


def test_show_action_json_has_sources_history_and_comments(cli, db: Path) -> None:
    cli(
        "--db", db, "action", "update", "2",
        "--status", "in_progress", "--note", "Programme draft received", "--by", "Lan",
    )  # fmt: skip
    data = cli("--db", db, "show", "action", "2", "--json").json()
    assert set(data) >= ACTION_KEYS | {"comments", "attachments", "assignee", "repeat"}
    assert data["version"] == 2
    assert data["sources"] and all(s["url"] for s in data["sources"])
    assert [(h["field"], h["new_value"]) for h in data["history"]] == [("status", "in_progress")]
    assert [(c["author"], c["text"]) for c in data["comments"]][-1] == (
        "Lan",
        "Programme draft received",
    )


def test_show_delegation_json(cli, db: Path) -> None:
    delegations = cli("--db", db, "list", "delegations", "--json").json()
    th = next(r for r in delegations if r["name"] == "Thanh Hóa provincial delegation")
    data = cli("--db", db, "show", "delegation", th["id"], "--json").json()
    assert data["name"] == "Thanh Hóa provincial delegation"
    assert [m["title"] for m in data["meetings"]] == [TH_YN]
    assert "members" in data


def test_show_meeting_text(cli, db: Path) -> None:
    result = cli("--db", db, "show", "meeting", _meeting_id(cli, db))
    assert result.code == 0
    assert f"title: {TH_YN}" in result.out
    assert "actions:" in result.out
    assert "https://" in result.out
    with pytest.raises(json.JSONDecodeError):
        json.loads(result.out)


@pytest.mark.parametrize("kind", ["meeting", "delegation", "action"])
def test_show_an_unknown_id(cli, db: Path, kind: str) -> None:
    cli("--db", db, "show", kind, "9999").assert_user_error("9999")


def test_show_a_non_number_is_a_usage_error(cli, db: Path) -> None:
    with pytest.raises(SystemExit) as caught:
        cli("--db", db, "show", "meeting", "first")
    assert caught.value.code == 2
