"""Issue 11's scenario with the command line alone, on a fresh database: a new forum with two
programme items, a bilateral meeting between two localities' delegations with participants,
objectives, three talking points and an expected ask, an agreement, a source the meeting cites;
the meeting brief (the talking points are in it); a participant deleted and restored; and
everything still there, with its history, when the database is opened again."""

import json
from pathlib import Path
from typing import Any

from pypdf import PdfReader


def test_a_new_forum_from_the_command_line(cli, tmp_path: Path) -> None:
    db = tmp_path / "office.sqlite3"
    assert cli("--db", db, "db", "init").code == 0

    def create(kind: str, data: dict[str, Any]) -> dict[str, Any]:
        path = tmp_path / f"{kind}.json"
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        done = cli("--db", db, "create", kind, "--json", path, "--by", "lan")
        assert done.code == 0, done
        return dict(done.json())

    forum = create("event", {"name": "Diễn đàn 2026", "kind": "forum", "starts_on": "2026-11-20"})
    for name in ("Phiên toàn thể", "Triển lãm"):
        create("event", {"name": name, "kind": "plenary", "parent_id": forum["id"]})
    host = create("person", {"full_name": "Nguyễn Thị Lan", "country": "VN"})
    guest = create("person", {"full_name": "Nagasaki Kotaro", "name_native": "長崎幸太郎",
                              "country": "JP"})  # fmt: skip
    localities = {
        row["name"]: row["id"]
        for row in cli("--db", db, "list", "localities", "--json").json()
        if row["name"] in ("Thanh Hóa", "Yamanashi")
    }
    sides = [
        create("delegation", {"name": f"{name} delegation", "event_id": forum["id"],
                              "side": side, "locality_id": localities[name]})
        for name, side in (("Thanh Hóa", "VN"), ("Yamanashi", "JP"))
    ]  # fmt: skip
    source = create(
        "source",
        {"title": "Báo Thanh Hóa", "kind": "article", "publisher": "Báo Thanh Hóa",
         "language": "vi"},
    )  # fmt: skip
    points = ["Cảng Nghi Sơn", "Nông nghiệp công nghệ cao", "山梨県との直行便"]
    meeting = create(
        "meeting",
        {
            "title": "Thanh Hóa – Yamanashi 2026",
            "event_id": forum["id"],
            "kind": "bilateral",
            "party_ids": [d["id"] for d in sides],
            "participants": [
                {"person_id": host["id"], "role": "host"},
                {"person_id": guest["id"], "role": "guest"},
            ],
            "objectives": ["Agree the signing date"],
            "talking_points": points,
            "expected_asks": [{"ask": "Direct flights?", "response": "Under study"}],
            "citations": [{"source_id": source["id"], "field": None, "excerpt": "hợp tác"}],
        },
    )
    create(
        "agreement",
        {"title": "Memorandum 2026", "kind": "memorandum", "status": "under_discussion",
         "party_ids": list(localities.values()), "meeting_id": meeting["id"]},
    )  # fmt: skip

    brief = tmp_path / "brief.pdf"
    assert cli("--db", db, "brief", "meeting", meeting["id"], "-o", brief).code == 0
    text = "".join(page.extract_text() for page in PdfReader(brief).pages)
    flat = " ".join(text.split())
    for point in points:
        assert point in flat

    assert cli("--db", db, "delete", "person", guest["id"], "--by", "minh").code == 0
    shown = cli("--db", db, "show", "meeting", meeting["id"], "--json").json()
    assert [p["person_id"] for p in shown["participants"]] == [host["id"]]
    assert cli("--db", db, "trash", "restore", "person", guest["id"], "--by", "minh").code == 0

    again = cli("--db", db, "show", "meeting", meeting["id"], "--json").json()
    assert {p["person_id"] for p in again["participants"]} == {host["id"], guest["id"]}
    assert again["talking_points"] == points
    parts = [e for e in cli("--db", db, "list", "event", "--json").json() if e["id"] > forum["id"]]
    assert len(parts) == 2
    fields = [(h["field"], h["changed_by"]) for h in again["history"]]
    assert fields[0] == ("created", "lan")
    assert ("participants", "lan") not in fields  # the delete was not by lan
    assert [f for f, _by in fields].count("participants") == 2  # removed, then back
    lines = cli("--db", db, "show", "person", guest["id"]).out
    assert "長崎幸太郎" in lines
