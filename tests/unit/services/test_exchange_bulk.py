"""Issue 18, row 18: a large import of new actions is written in bulk (a fixed number of
statements, not a few per row) and the search index is filled once; the result is the same as
creating each action alone: history, areas, folded text, search."""

from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import event

from briefing_app.domain import models as m
from briefing_app.domain.text import fold
from briefing_app.services import listing, queries
from briefing_app.services.action_lifecycle import NewAction, create_action
from briefing_app.services.exchange import import_actions
from briefing_app.store import search_index
from briefing_app.store.database import OpenedDatabase
from briefing_app.store.unit_of_work import reading
from gram_index import assert_gram_index_exact

ROWS = 1_500
TRIGGER = "search_index_follow_up_actions_insert"


def _big_csv(path: Path, rows: int = ROWS) -> Path:
    lines = ["meeting_id,title,status,due_date,owner,cooperation_areas,description"]
    lines += [
        f"1,Hợp tác thủy sản {n},agreed,2026-Q2,Yamanashi,Tourism; Hydrogen,Đà Nẵng số {n}"
        for n in range(rows)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _statements(db: OpenedDatabase) -> list[str]:
    seen: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    return seen


def _trigger_present(db: OpenedDatabase) -> bool:
    """The index's insert trigger is there (SQLite) and enabled (PostgreSQL)."""
    with db.engine.connect() as connection:
        if connection.dialect.name == "postgresql":
            enabled = "SELECT 1 FROM pg_trigger WHERE tgname = :name AND tgenabled = 'O'"
        else:
            enabled = "SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = :name"
        found = connection.execute(sa.text(enabled), {"name": TRIGGER}).first()
    return found is not None


def test_new_rows_are_written_with_a_fixed_number_of_statements(
    seeded_db: OpenedDatabase, tmp_path: Path
) -> None:
    statements = _statements(seeded_db)
    result = import_actions(seeded_db.engine, _big_csv(tmp_path / "big.csv"), changed_by="bulk")
    assert result.count("create") == ROWS
    # before: a SELECT of the areas and an INSERT or two per row (several thousand here)
    assert len(statements) < 60, len(statements)


def test_bulk_rows_are_whole_actions(seeded_db: OpenedDatabase, tmp_path: Path) -> None:
    result = import_actions(seeded_db.engine, _big_csv(tmp_path / "big.csv"), changed_by="bulk")
    ids = [r.action_id for r in result.rows]
    assert len(set(ids)) == ROWS and all(isinstance(i, int) for i in ids)
    last = queries.get_action(seeded_db.engine, ids[-1])
    assert last.action.title == f"Hợp tác thủy sản {ROWS - 1}"
    assert last.action.owner == "Yamanashi"
    assert last.action.version == 1
    assert sorted(last.as_json()["cooperation_areas"]) == ["Hydrogen", "Tourism"]
    assert [(c.field, c.new_value, c.changed_by) for c in last.history] == [
        ("created", last.action.title, "bulk")
    ]
    with reading(seeded_db.engine) as session:
        action = session.get(m.FollowUpAction, ids[-1])
        assert action is not None
        assert action.title_folded == fold(action.title)
        assert action.search_folded == fold(f"{action.title} {action.description}")
    # the same as an action created alone, field by field
    alone = create_action(
        seeded_db.engine,
        NewAction(meeting_id=1, title="Hợp tác thủy sản 1499", description="Đà Nẵng số 1499"),
        changed_by="bulk",
    )
    with reading(seeded_db.engine) as session:
        one = session.get(m.FollowUpAction, alone.action.id)
        many = session.get(m.FollowUpAction, ids[-1])
        assert one is not None and many is not None
        assert (one.title_folded, one.search_folded) == (many.title_folded, many.search_folded)
    if seeded_db.path is None:
        return  # a server's columns are typed: the forms below are SQLite's
    # and stored in the same forms (SQLite keeps dates, times and enums as text)
    with seeded_db.engine.connect() as connection:
        stored = connection.exec_driver_sql(
            "SELECT typeof(created_at), length(created_at), status, priority, classification, "
            "typeof(version) FROM follow_up_actions WHERE id IN (?, ?) ORDER BY id",
            (ids[-1], alone.action.id),
        ).all()
        changes = connection.exec_driver_sql(
            "SELECT length(changed_at), field FROM action_changes WHERE action_id IN (?, ?)",
            (ids[-1], alone.action.id),
        ).all()
    assert stored[0][:2] == stored[1][:2] == ("text", 26)
    assert stored[0][2:] == ("agreed", "normal", "public", "integer")
    assert changes[0] == changes[1] == (26, "created")
    due = connection_value(
        seeded_db, "SELECT due_date FROM follow_up_actions WHERE id = ?", ids[-1]
    )
    assert due == "2026-04-01"


def connection_value(db: OpenedDatabase, sql: str, *values: object) -> object:
    with db.engine.connect() as connection:
        return connection.exec_driver_sql(sql, values).scalar()


def test_the_search_index_is_filled_once_and_its_trigger_put_back(
    seeded_db: OpenedDatabase, tmp_path: Path
) -> None:
    import_actions(seeded_db.engine, _big_csv(tmp_path / "big.csv"), changed_by="bulk")
    assert _trigger_present(seeded_db)
    found = listing.page_actions(seeded_db.engine, queries.ActionFilter(search="thuy san 1234"))
    assert [r.title for r in found.rows] == ["Hợp tác thủy sản 1234"]
    later = create_action(
        seeded_db.engine, NewAction(meeting_id=1, title="Zebra crossing"), changed_by="x"
    )
    again = listing.page_actions(seeded_db.engine, queries.ActionFilter(search="zebra"))
    assert [r.id for r in again.rows] == [later.action.id]
    kind = next(k for k in search_index.KINDS if k.table == "follow_up_actions")
    low = kind.code * search_index.KIND_STRIDE
    with seeded_db.engine.connect() as connection:
        indexed = connection.execute(
            sa.text("SELECT count(*) FROM search_index WHERE rowid > :low AND rowid <= :high"),
            {"low": low + 7, "high": kind.high},
        ).scalar_one()
    assert indexed == ROWS + 1  # each once (and the one created after), none twice
    assert_gram_index_exact(seeded_db.engine)  # the imported rows' grams too


def test_a_dry_run_writes_nothing_and_keeps_the_trigger(
    seeded_db: OpenedDatabase, tmp_path: Path
) -> None:
    with seeded_db.engine.connect() as connection:
        before = connection.execute(sa.select(sa.func.count()).select_from(m.FollowUpAction))
        count = before.scalar_one()
    result = import_actions(
        seeded_db.engine, _big_csv(tmp_path / "big.csv"), changed_by="bulk", dry_run=True
    )
    assert result.count("create") == ROWS and not result.applied
    with seeded_db.engine.connect() as connection:
        after = connection.execute(sa.select(sa.func.count()).select_from(m.FollowUpAction))
        assert after.scalar_one() == count
    assert _trigger_present(seeded_db)
