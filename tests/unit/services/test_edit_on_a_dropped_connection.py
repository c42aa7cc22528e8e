"""A versioned edit whose connection to the team server drops (issue 17, item 5): it is never
sent again by itself; the record's version tells whether it was stored. On the test server."""

import pytest
import sqlalchemy as sa
from sqlalchemy import event

from briefing_app.domain.errors import ConnectionLostError
from briefing_app.domain.record_kind import RecordKind
from briefing_app.services.record_kinds import editing
from briefing_app.store.database import OpenedDatabase
from briefing_app.store.storage_errors import LOST
from pg_databases import end_sessions

pytestmark = pytest.mark.postgresql_only

#: A kind versioned by the editing services, and the action, versioned by its mapper.
EDITS = [(RecordKind.PERSON, "position"), (RecordKind.ACTION, "title")]


def _entries(db: OpenedDatabase, kind: RecordKind, record_id: int, text: str) -> int:
    """How many history rows record a change to `text`."""
    history = editing.record_history(db.engine, kind, record_id)
    return sum(1 for entry in history if entry.new_value == text)


@pytest.mark.parametrize(("kind", "key"), EDITS)
def test_a_commit_whose_answer_was_lost_is_found_saved(
    seeded_db: OpenedDatabase, monkeypatch: pytest.MonkeyPatch, kind: RecordKind, key: str
) -> None:
    engine = seeded_db.engine
    record = editing.list_records(engine, kind)[0]
    version = editing.read_record(engine, kind, record.id).version
    dialect = engine.dialect
    commit = dialect.do_commit

    def commit_then_drop(dbapi_connection: object) -> None:
        commit(dbapi_connection)  # stored; then the connection goes before the answer comes
        monkeypatch.setattr(dialect, "do_commit", commit)
        pid = dbapi_connection.pgconn.backend_pid  # type: ignore[attr-defined]
        end_sessions(seeded_db.url, f"pid = {pid}")
        dbapi_connection.execute("SELECT 1")  # type: ignore[attr-defined]

    monkeypatch.setattr(dialect, "do_commit", commit_then_drop)
    saved = editing.edit_record(
        engine, kind, record.id, {key: "Stored, unheard"}, changed_by="tester", if_version=version
    )
    assert dialect.do_commit is commit, "the drop happened"
    assert saved.version == version + 1 and saved.values[key] == "Stored, unheard"
    assert _entries(seeded_db, kind, record.id, "Stored, unheard") == 1


@pytest.mark.parametrize(("kind", "key"), EDITS)
def test_a_commit_that_never_arrived_is_not_saved_and_may_be_sent_again(
    seeded_db: OpenedDatabase, kind: RecordKind, key: str
) -> None:
    engine = seeded_db.engine
    record = editing.list_records(engine, kind)[0]
    version = editing.read_record(engine, kind, record.id).version
    dropped: list[int] = []

    def drop(connection: sa.Connection) -> None:  # just before COMMIT is sent
        if not dropped:
            dropped.append(connection.exec_driver_sql("SELECT pg_backend_pid()").scalar_one())
            end_sessions(seeded_db.url, f"pid = {dropped[0]}")

    event.listen(engine, "commit", drop)
    try:
        with pytest.raises(ConnectionLostError) as caught:
            editing.edit_record(
                engine,
                kind,
                record.id,
                {key: "Sent twice"},
                changed_by="tester",
                if_version=version,
            )
    finally:
        event.remove(engine, "commit", drop)
    assert dropped
    assert caught.value.template == LOST  # "nothing was saved — try again"
    assert "nothing was saved" in str(caught.value)
    assert editing.read_record(engine, kind, record.id).version == version
    again = editing.edit_record(
        engine, kind, record.id, {key: "Sent twice"}, changed_by="tester", if_version=version
    )
    assert again.version == version + 1
    assert _entries(seeded_db, kind, record.id, "Sent twice") == 1
