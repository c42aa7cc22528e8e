"""`export actions` and `import actions` (DESIGN §3, issue 6)."""

import csv
import io
import json
import stat
from pathlib import Path

from briefing_app.store.database import OpenedDatabase


def test_export_each_format_then_import_dry_run(
    cli, seeded_db: OpenedDatabase, tmp_path: Path
) -> None:
    for fmt in ("csv", "xlsx", "json", "ics"):
        out = tmp_path / f"actions.{fmt}"
        done = cli("--db", seeded_db.path, "export", "actions", "--format", fmt, "-o", out)
        assert done.code == 0, done
        assert f"exported 7 actions ({fmt}, public)" in done.out
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
    done = cli("--db", seeded_db.path, "import", "actions", tmp_path / "actions.xlsx", "--dry-run")
    assert done.code == 0, done
    assert "0 new, 0 updated, 7 unchanged" in done.out


def test_export_filters(cli, seeded_db: OpenedDatabase, tmp_path: Path) -> None:
    out = tmp_path / "proposed.csv"
    done = cli("--db", seeded_db.path, "export", "actions", "-o", out, "--status", "proposed")
    assert done.code == 0, done
    rows = list(csv.DictReader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    listed = cli("--db", seeded_db.path, "list", "actions", "--status", "proposed", "--json")
    assert {r["status"] for r in rows} == {"proposed"}
    assert [int(r["id"]) for r in rows] == [a["id"] for a in listed.json()] and rows


def test_a_refused_import_reports_every_problem_and_changes_nothing(
    cli, seeded_db: OpenedDatabase, tmp_path: Path
) -> None:
    out = tmp_path / "a.csv"
    cli("--db", seeded_db.path, "export", "actions", "-o", out)
    text = out.read_bytes().decode("utf-8-sig").replace(",agreed,", ",agred,", 2)
    out.write_bytes(text.encode("utf-8"))
    done = cli("--db", seeded_db.path, "import", "actions", out, "--by", "colleague")
    assert done.code == 1
    assert len(done.error_lines) == 1 and "nothing was changed" in done.err
    assert done.out.count("unknown status 'agred'") == 2
    assert "cell G2" in done.out  # status, after title and title_vi
    listed = cli("--db", seeded_db.path, "list", "actions", "--json").json()
    assert all(a["version"] == 1 for a in listed)


def test_import_of_an_unknown_kind_of_file(cli, seeded_db: OpenedDatabase, tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello")
    cli("--db", seeded_db.path, "import", "actions", path).assert_user_error(".csv")


def test_export_in_vietnamese_names_meetings_in_vietnamese_and_imports_back(
    cli, seeded_db: OpenedDatabase, tmp_path: Path
) -> None:
    db = seeded_db.path
    title = "Hội đàm Thanh Hóa – Yamanashi (bản thử)"
    data = tmp_path / "meeting.json"
    data.write_text(json.dumps({"title_translations": {"vi": title}}), encoding="utf-8")
    assert cli("--db", db, "edit", "meeting", 1, "--json", data).code == 0
    for lang, wanted in (("vi", title), ("en", "Thanh Hóa – Yamanashi bilateral meeting")):
        out = tmp_path / f"actions-{lang}.csv"
        done = cli("--db", db, "export", "actions", "--lang", lang, "-o", out)
        assert done.code == 0, done
        rows = list(csv.DictReader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
        assert {r["meeting"] for r in rows if r["meeting_id"] == "1"} == {wanted}
        shown = cli("--db", db, "show", "action", rows[0]["id"], "--json").json()
        assert rows[0]["title_vi"] == (shown["title_translations"]["vi"] or "")
        done = cli("--db", db, "import", "actions", out, "--dry-run")
        assert done.code == 0, done
        assert f"0 new, 0 updated, {len(rows)} unchanged" in done.out
