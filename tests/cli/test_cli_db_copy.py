"""`briefing-app db copy --to PATH_OR_URL` (issue 17): a copy with its proof, and a clear refusal.
The copy itself, SQLite to PostgreSQL and back, is tested in tests/unit/store/test_copy.py."""

from pathlib import Path

from briefing_app.store.database import OpenedDatabase


def test_copy_prints_each_tables_proof_and_refuses_a_second_time(
    cli, seeded_db: OpenedDatabase, tmp_path: Path
) -> None:
    target = tmp_path / "moved" / "team.sqlite3"
    result = cli("--db", seeded_db.path, "db", "copy", "--to", target)
    assert result.code == 0, result.err
    *tables, summary = result.out.strip().splitlines()
    assert any(line.startswith("follow_up_actions: 7 rows, sha256 ") for line in tables)
    assert summary.startswith(f"copied {sum(int(t.split()[1]) for t in tables)} rows in ")
    assert summary.endswith(f"to sqlite:///{target}; every table's row count and checksum match")
    assert cli("--db", target, "list", "localities").code == 0

    again = cli("--db", seeded_db.path, "db", "copy", "--to", target)
    assert again.code != 0 and again.out == ""
    assert again.err.strip() == (
        f"briefing-app: error: {target} is not empty (table app_meta has rows): "
        "copy into a new, empty database"
    )
