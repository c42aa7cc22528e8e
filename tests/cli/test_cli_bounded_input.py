"""Issue 18: inputs that used to lose data silently are refused with one line, nothing changed."""

import hashlib
from pathlib import Path

import pytest

from briefing_app.store.database import OpenedDatabase


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_csv_with_an_unterminated_quote_is_refused_naming_the_line(
    cli, seeded_db: OpenedDatabase, tmp_path: Path
) -> None:
    assert seeded_db.path is not None
    seeded_db.engine.dispose()
    before = _digest(seeded_db.path)
    path = tmp_path / "broken.csv"
    path.write_text('id,version,notes\n5,1,"unterminated note\n6,1,second row note\n')
    done = cli("--db", seeded_db.path, "import", "actions", path)
    assert done.code == 1, done
    assert len(done.error_lines) == 1 and "nothing was changed" in done.err
    assert "line 2" in done.out and "quote" in done.out
    assert _digest(seeded_db.path) == before
    shown = cli("--db", seeded_db.path, "show", "action", 5, "--json").json()
    assert shown["version"] == 1


def test_a_csv_row_with_too_few_values_is_refused(
    cli, seeded_db: OpenedDatabase, tmp_path: Path
) -> None:
    path = tmp_path / "short.csv"
    path.write_text('id,version,notes\n5,1,"a note"\n6,1\n')
    done = cli("--db", seeded_db.path, "import", "actions", path)
    assert done.code == 1, done
    assert "row 3" in done.out and "2 values but the header has 3 columns" in done.out
    assert cli("--db", seeded_db.path, "show", "action", 5, "--json").json()["version"] == 1


def test_a_quoted_multi_line_note_still_imports(
    cli, seeded_db: OpenedDatabase, tmp_path: Path
) -> None:
    path = tmp_path / "multi.csv"
    path.write_text('id,version,notes\n5,1,"first line\nsecond line"\n6,1,other\n')
    done = cli("--db", seeded_db.path, "import", "actions", path, "--by", "tester")
    assert done.code == 0, done
    assert "2 updated" in done.out
    shown = cli("--db", seeded_db.path, "show", "action", 5, "--json").json()
    assert shown["version"] == 2


@pytest.mark.parametrize("blank", ["", "  "])
@pytest.mark.parametrize("command", [["db", "init"], ["list", "actions"], []])
def test_a_blank_db_option_is_a_usage_error_and_touches_no_database(
    cli, isolated_user_dirs: Path, blank: str, command: list[str]
) -> None:
    with pytest.raises(SystemExit) as caught:
        cli("--db", blank, *command)
    assert caught.value.code == 2
    assert not list(isolated_user_dirs.rglob("*.sqlite3"))


def test_a_blank_db_option_after_the_command_is_refused_too(
    cli, isolated_user_dirs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as caught:
        cli("list", "meetings", "--db", "")
    assert caught.value.code == 2
    assert "--db" in capsys.readouterr().err
    assert not list(isolated_user_dirs.rglob("*.sqlite3"))
