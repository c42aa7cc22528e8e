"""Clearance and office roles enforced by the team server (issue 17, migration 0011): members
log in as themselves, and PostgreSQL's privileges and row-level security decide what each may
read and write — through the app's services and through plain SQL alike."""

import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.pool import NullPool

from briefing_app.domain.access import FULL_ACCESS, Access
from briefing_app.domain.enums import Classification, OfficeRole
from briefing_app.domain.errors import UserError
from briefing_app.domain.record_kind import RecordKind
from briefing_app.services import attachments, comments, search
from briefing_app.services.my_work import staff_names
from briefing_app.services.record_kinds import editing, trash
from briefing_app.store import team_users
from briefing_app.store.database import OpenedDatabase, open_database
from briefing_app.store.storage_errors import storage_error
from briefing_app.store.team_access import read_access

pytestmark = pytest.mark.postgresql_only

_names = itertools.count(1)
PASSWORD = "correct horse 42"
SECRET = "Vịnh Hạ Long confidential talking point"

#: The hidden actions: the confidential one and the confidential meeting's.
ACTIONS = "(SELECT id FROM follow_up_actions WHERE id = {action} OR meeting_id = {meeting})"
_OWNED = (
    f"(kind = 'action' AND record_id IN {ACTIONS})"
    " OR (kind = 'meeting' AND record_id = {meeting})"
)
#: Every table row-level security guards, and how to tell a row of a confidential record in it
#: (SQL over the row, given the confidential meeting's and action's ids).
GUARDED = {
    "meetings": "id = {meeting}",
    "follow_up_actions": f"id IN {ACTIONS}",
    "meeting_parties": "meeting_id = {meeting}",
    "meeting_areas": "meeting_id = {meeting}",
    "meeting_participants": "meeting_id = {meeting}",
    "action_changes": f"action_id IN {ACTIONS}",
    "action_areas": f"action_id IN {ACTIONS}",
    "citations": f"meeting_id = {{meeting}} OR action_id IN {ACTIONS}",
    "comments": _OWNED,
    "attachments": _OWNED,
    "record_changes": _OWNED,
    "search_index": f"rowid = 5 * 2^40 + {{meeting}} OR rowid - 6 * 2^40 IN {ACTIONS}",
    "blobs": f"sha256 IN (SELECT sha256 FROM attachments WHERE {_OWNED})",
}


def _login_name() -> str:
    return f"t{os.getpid()}_{next(_names)}"


@pytest.fixture
def team(seeded_db: OpenedDatabase) -> "Team":
    return Team(seeded_db)


class Team:
    """A seeded database on the test server, its owner's engine, and members made on demand."""

    def __init__(self, db: OpenedDatabase) -> None:
        self.db = db
        self.owner = db.engine
        self._engines: list[Engine] = []

    def member(self, role: OfficeRole, clearance: Classification) -> tuple[str, Engine]:
        name = _login_name()
        team_users.add_member(self.owner, name, role, clearance, password=PASSWORD)
        return name, self.engine_of(name)

    def engine_of(self, name: str) -> Engine:
        url = sa.make_url(self.db.url).set(username=name, password=PASSWORD)
        engine = sa.create_engine(url, poolclass=NullPool)
        self._engines.append(engine)
        return engine

    def close(self) -> None:
        for engine in self._engines:
            engine.dispose()


@pytest.fixture
def members(team: Team) -> Iterator[Team]:
    yield team
    team.close()


def _sql(engine: Engine, statement: str) -> list[tuple]:
    with engine.connect() as connection:
        return [tuple(r) for r in connection.exec_driver_sql(statement)]


def _owner_sql(team: Team, statement: str) -> None:
    with team.owner.begin() as connection:
        connection.exec_driver_sql(statement)


@pytest.fixture
def confidential(members: Team, tmp_path: Path) -> dict[str, int]:
    """The first meeting made confidential, and one action of another meeting, with a
    comment, an attachment and history of its own."""
    ((meeting,),) = _sql(members.owner, "SELECT min(id) FROM meetings")
    ((action,),) = _sql(
        members.owner,
        f"SELECT min(id) FROM follow_up_actions WHERE meeting_id <> {meeting}",
    )
    _owner_sql(members, f"UPDATE meetings SET classification = 'confidential' WHERE id = {meeting}")
    editing.edit_record(
        members.owner,
        RecordKind.ACTION,
        action,
        {"classification": "confidential", "title": SECRET},
        changed_by="owner",
    )
    editing.edit_record(
        members.owner, RecordKind.MEETING, meeting, {"venue": "Ha Long"}, changed_by="o"
    )
    comments.add_comment(members.owner, RecordKind.ACTION, action, SECRET, "owner")
    letter = tmp_path / "secret.txt"
    letter.write_text(SECRET)
    attachments.attach_file(members.owner, RecordKind.ACTION, action, letter, "owner")
    return {"meeting": meeting, "action": action}


def test_an_internal_reader_gets_no_confidential_row_from_plain_sql(
    members: Team, confidential: dict[str, int]
) -> None:
    _name, reader = members.member(OfficeRole.READER, Classification.INTERNAL)
    for table, rule in GUARDED.items():
        hidden = f"SELECT count(*) FROM {table} WHERE {rule.format(**confidential)}"
        assert _sql(members.owner, hidden)[0][0] > 0, table  # there is something to hide
        assert _sql(reader, hidden) == [(0,)], table
        everything = f"SELECT count(*) FROM {table}"
        shown = _sql(reader, everything)[0][0]
        all_rows, hidden_rows = _sql(members.owner, everything)[0][0], _sql(members.owner, hidden)
        assert shown == all_rows - hidden_rows[0][0], table
    assert _sql(
        reader, f"SELECT count(*) FROM comments WHERE strpos(text, '{SECRET[:10]}') > 0"
    ) == [(0,)]


def test_a_confidential_member_reads_everything(
    members: Team, confidential: dict[str, int]
) -> None:
    _name, cleared = members.member(OfficeRole.READER, Classification.CONFIDENTIAL)
    for table, rule in GUARDED.items():
        hidden = f"SELECT count(*) FROM {table} WHERE {rule.format(**confidential)}"
        assert _sql(cleared, hidden) == _sql(members.owner, hidden), table


def test_the_services_show_an_internal_user_nothing_confidential(
    members: Team, confidential: dict[str, int]
) -> None:
    _name, reader = members.member(OfficeRole.READER, Classification.INTERNAL)
    found = search.search_all(reader, "Vinh Ha Long confidential")
    assert [g for g in found if g.hits] == []
    assert search.search_all(members.owner, "Vinh Ha Long confidential") != []
    with pytest.raises(UserError):
        editing.read_record(reader, RecordKind.ACTION, confidential["action"])
    with pytest.raises(UserError, match="no follow-up action"):
        comments.list_comments(reader, RecordKind.ACTION, confidential["action"])


def test_a_deleted_confidential_record_stays_hidden_in_the_trash(
    members: Team, confidential: dict[str, int]
) -> None:
    trash.delete_record(members.owner, RecordKind.ACTION, confidential["action"], changed_by="o")
    _name, reader = members.member(OfficeRole.READER, Classification.INTERNAL)
    rule = f"kind = 'action' AND record_id = {confidential['action']}"
    assert _sql(members.owner, f"SELECT count(*) FROM trash WHERE {rule}") == [(1,)]
    assert _sql(reader, f"SELECT count(*) FROM trash WHERE {rule}") == [(0,)]
    assert _sql(reader, f"SELECT count(*) FROM comments WHERE {rule}") == [(0,)]


def test_a_deleted_record_whose_snapshot_names_a_confidential_one_stays_hidden(
    members: Team, confidential: dict[str, int]
) -> None:
    # a source citing the confidential meeting (its excerpts), a person taking part in it
    # (their role there), a person the confidential action points at: each snapshot holds
    # rows of a confidential record
    meeting, action = confidential["meeting"], confidential["action"]
    ((source,),) = _sql(
        members.owner, f"SELECT min(source_id) FROM citations WHERE meeting_id = {meeting}"
    )
    ((person,),) = _sql(
        members.owner,
        f"SELECT min(person_id) FROM meeting_participants WHERE meeting_id = {meeting}",
    )
    ((pointed,),) = _sql(
        members.owner,
        f"SELECT min(id) FROM people WHERE id <> {person} AND id NOT IN"
        " (SELECT person_id FROM meeting_participants)",
    )
    _owner_sql(
        members,
        f"UPDATE follow_up_actions SET counterpart_person_id = {pointed} WHERE id = {action}",
    )
    deleted = (
        (RecordKind.SOURCE, source),
        (RecordKind.PERSON, person),
        (RecordKind.PERSON, pointed),
    )
    for kind, record_id in deleted:
        trash.delete_record(members.owner, kind, record_id, changed_by="o")
    _name, reader = members.member(OfficeRole.READER, Classification.INTERNAL)
    _name, cleared = members.member(OfficeRole.READER, Classification.CONFIDENTIAL)
    for kind, record_id in deleted:
        rule = f"kind = '{kind.value}' AND record_id = {record_id}"
        assert _sql(cleared, f"SELECT count(*) FROM trash WHERE {rule}") == [(1,)], kind
        assert _sql(reader, f"SELECT count(*) FROM trash WHERE {rule}") == [(0,)], kind


def test_a_trash_row_written_for_a_live_confidential_record_opens_nothing(
    members: Team, confidential: dict[str, int]
) -> None:
    # the trash opens a deleted record's comments and attachments: a row claiming the live
    # confidential action was deleted as public must not pass
    _name, editor = members.member(OfficeRole.EDITOR, Classification.INTERNAL)
    action = confidential["action"]
    claim = f'{{"rows": [["follow_up_actions", {{"id": {action}, "classification": "public"}}]]}}'
    with pytest.raises(sa.exc.ProgrammingError, match="row-level security"):
        _sql(
            editor,
            'INSERT INTO trash (kind, record_id, label, deleted_at, deleted_by, "references",'
            f" snapshot) VALUES ('action', {action}, 'x', now(), 'x', 0, '{claim}') RETURNING id",
        )
    rule = f"kind = 'action' AND record_id = {action}"
    for table in ("comments", "attachments"):
        assert _sql(editor, f"SELECT count(*) FROM {table} WHERE {rule}") == [(0,)], table


def test_only_members_call_the_functions_that_read_as_the_owner(
    members: Team, confidential: dict[str, int]
) -> None:
    # any login of the server may connect; these functions read the index and the records'
    # classifications as the owner (a LIKE pattern per call spells out the index's text)
    name, member = members.member(OfficeRole.READER, Classification.INTERNAL)
    calls = (
        "SELECT count(*) FROM briefing_search_rows(ARRAY['%%thanh%%'], 0, 9223372036854775807, 5)",
        f"SELECT briefing_record_level('action', {confidential['action']})",
    )
    for call in calls:
        _sql(member, call)
    team_users.remove_member(members.owner, name)
    stranger = _login_name()
    _owner_sql(members, f"CREATE ROLE \"{stranger}\" LOGIN PASSWORD '{PASSWORD}'")
    for engine in (member, members.engine_of(stranger)):
        for call in calls:
            with pytest.raises(sa.exc.ProgrammingError, match="permission denied for function"):
                _sql(engine, call)


def test_an_event_with_facts_above_the_clearance_is_not_deleted(members: Team) -> None:
    # its facts would go with it (a cascade ignores row-level security), in no snapshot
    ((event,),) = _sql(
        members.owner,
        "SELECT min(id) FROM events WHERE id NOT IN (SELECT event_id FROM meetings)",
    )
    _owner_sql(
        members,
        "INSERT INTO event_facts (event_id, label, value, classification, version, created_at,"
        f" updated_at, translations) SELECT {event}, label, value, 'confidential', 1, created_at,"
        " updated_at, translations FROM event_facts ORDER BY id LIMIT 1",
    )
    ((fact,),) = _sql(members.owner, f"SELECT id FROM event_facts WHERE event_id = {event}")
    name, editor = members.member(OfficeRole.EDITOR, Classification.INTERNAL)
    with pytest.raises(Exception, match="facts above your clearance"):
        trash.delete_record(editor, RecordKind.EVENT, event, changed_by=name)
    assert _sql(members.owner, f"SELECT count(*) FROM event_facts WHERE id = {fact}") == [(1,)]
    _owner_sql(members, f"UPDATE event_facts SET classification = 'internal' WHERE id = {fact}")
    trash.delete_record(editor, RecordKind.EVENT, event, changed_by=name)  # all of it seen
    trash.restore_record(editor, RecordKind.EVENT, event, changed_by=name)
    assert _sql(editor, f"SELECT count(*) FROM event_facts WHERE id = {fact}") == [(1,)]


def _an_open_public_action(engine: Engine) -> tuple[int, int]:
    ((action, version),) = _sql(
        engine,
        "SELECT a.id, a.version FROM follow_up_actions AS a JOIN meetings AS m"
        " ON m.id = a.meeting_id WHERE a.classification = 'public'"
        " AND m.classification = 'public' ORDER BY a.id LIMIT 1",
    )
    return action, version


def test_a_reader_cannot_write_even_with_plain_sql(members: Team) -> None:
    _name, reader = members.member(OfficeRole.READER, Classification.CONFIDENTIAL)
    action, version = _an_open_public_action(reader)
    with pytest.raises(sa.exc.ProgrammingError, match="permission denied"):
        _sql(reader, f"UPDATE follow_up_actions SET title = 'x' WHERE id = {action}")
    with pytest.raises(Exception, match="permission denied"):
        editing.edit_record(
            reader, RecordKind.ACTION, action, {"title": "x"}, changed_by="r", if_version=version
        )
    assert _sql(members.owner, f"SELECT version FROM follow_up_actions WHERE id = {action}") == [
        (version,)
    ]


def test_an_internal_editor_edits_but_cannot_write_a_confidential_record(members: Team) -> None:
    name, editor = members.member(OfficeRole.EDITOR, Classification.INTERNAL)
    action, version = _an_open_public_action(editor)
    editing.edit_record(
        editor, RecordKind.ACTION, action, {"title": "Send the letter"}, changed_by="someone else"
    )
    history = _sql(
        members.owner,
        f"SELECT changed_by FROM action_changes WHERE action_id = {action} AND field = 'title'",
    )
    assert history[-1] == (name,)  # the login, whatever the client said
    with pytest.raises(sa.exc.ProgrammingError, match="row-level security") as refused:
        editing.edit_record(
            editor, RecordKind.ACTION, action, {"classification": "confidential"}, changed_by=name
        )
    assert "your clearance does not reach" in str(storage_error(refused.value))
    assert _sql(
        members.owner, f"SELECT classification FROM follow_up_actions WHERE id = {action}"
    ) == [("public",)]
    assert version  # read through the member's own connection


def test_access_says_what_each_login_may_do(members: Team) -> None:
    assert read_access(members.owner).office_role is FULL_ACCESS.office_role
    name, editor = members.member(OfficeRole.EDITOR, Classification.INTERNAL)
    access = read_access(editor)
    assert access == Access(OfficeRole.EDITOR, Classification.INTERNAL, name)
    assert access.may_edit and not access.may_administer
    assert access.classifications == (Classification.PUBLIC, Classification.INTERNAL)
    team_users.remove_member(members.owner, name)
    with pytest.raises(UserError, match="not a member of the office"):
        read_access(members.engine_of(name))


def test_opening_the_database_as_no_member_says_so(members: Team) -> None:
    """A non-member may read no table: opening fails on the first one, and says why."""
    name, _engine = members.member(OfficeRole.EDITOR, Classification.PUBLIC)
    team_users.remove_member(members.owner, name)
    url = sa.make_url(members.db.url).set(username=name, password=PASSWORD)
    with pytest.raises(UserError) as refused:
        open_database(url.render_as_string(hide_password=False))
    assert str(refused.value) == (
        f"{name} is not a member of the office on this team server: an administrator adds "
        f"them with `briefing-app db users add {name}`"
    )


def test_members_are_listed_changed_and_removed(members: Team) -> None:
    name, _engine = members.member(OfficeRole.READER, Classification.PUBLIC)
    listed = {m.name: m for m in team_users.list_members(members.owner)}
    assert listed[name] == team_users.Member(name, OfficeRole.READER, Classification.PUBLIC, True)
    team_users.set_member(members.owner, name, office_role=OfficeRole.EDITOR)
    changed = {m.name: m for m in team_users.list_members(members.owner)}[name]
    assert (changed.office_role, changed.clearance) == (OfficeRole.EDITOR, Classification.PUBLIC)
    with pytest.raises(UserError, match="member already"):
        team_users.add_member(members.owner, name, OfficeRole.READER, Classification.PUBLIC)
    team_users.remove_member(members.owner, name)
    assert name not in {m.name for m in team_users.list_members(members.owner)}
    with pytest.raises(UserError, match="not a member"):
        team_users.set_member(members.owner, name, clearance=Classification.INTERNAL)


def test_an_administrator_manages_members_but_not_themselves(members: Team) -> None:
    admin_name, admin = members.member(OfficeRole.ADMINISTRATOR, Classification.INTERNAL)
    newcomer = _login_name()
    team_users.add_member(admin, newcomer, OfficeRole.READER, Classification.INTERNAL, PASSWORD)
    assert read_access(members.engine_of(newcomer)).clearance is Classification.INTERNAL
    with pytest.raises(UserError, match="your own membership"):
        team_users.set_member(admin, admin_name, clearance=Classification.CONFIDENTIAL)
    _editor_name, editor = members.member(OfficeRole.EDITOR, Classification.CONFIDENTIAL)
    with pytest.raises(sa.exc.ProgrammingError, match="only an administrator"):
        team_users.set_member(editor, newcomer, clearance=Classification.CONFIDENTIAL)


def _refused_by_the_server(engine: Engine, statement: str) -> str:
    with pytest.raises(sa.exc.ProgrammingError) as refused:
        _sql(engine, statement)
    return str(refused.value.orig)


def test_an_administrators_clearance_is_a_barrier_on_the_server(members: Team) -> None:
    """Whatever client they use, an administrator cleared for internal cannot clear
    themselves or anybody else for more, take over a login that exists, or write the
    members' table."""
    admin_name, admin = members.member(OfficeRole.ADMINISTRATOR, Classification.INTERNAL)
    chief_name, _chief = members.member(OfficeRole.EDITOR, Classification.CONFIDENTIAL)
    newcomer = _login_name()
    for statement, why in (
        (f"UPDATE app_users SET clearance = 'confidential' WHERE name = '{admin_name}'",
         "permission denied"),
        (f"SELECT briefing_put_member('{admin_name}', 'administrator', 'internal', NULL)",
         "nobody changes their own membership"),
        (f"SELECT briefing_put_member('{newcomer}', 'reader', 'confidential', NULL)",
         "above their own clearance"),
        (f"SELECT briefing_drop_member('{chief_name}')", "above their own clearance"),
        (f"SELECT briefing_put_member('{chief_name}', 'reader', 'internal', 'SCRAM-SHA-256$x')",
         "above their own clearance"),
        ("CREATE ROLE t_escape LOGIN", "permission denied"),
    ):  # fmt: skip
        assert why in _refused_by_the_server(admin, statement), statement
    outsider = _login_name()
    _owner_sql(members, f'CREATE ROLE "{outsider}" LOGIN')
    verifier = team_users.scram_verifier("taken over")
    refused = _refused_by_the_server(
        admin, f"SELECT briefing_put_member('{outsider}', 'reader', 'public', '{verifier}')"
    )
    assert "exists already" in refused
    listed = {m.name: m for m in team_users.list_members(members.owner)}
    assert listed[admin_name].clearance is Classification.INTERNAL
    assert newcomer not in listed and outsider not in listed


def test_the_owner_takes_back_what_an_administrator_gave(members: Team) -> None:
    admin_name, admin = members.member(OfficeRole.ADMINISTRATOR, Classification.INTERNAL)
    newcomer = _login_name()
    team_users.add_member(admin, newcomer, OfficeRole.EDITOR, Classification.INTERNAL, PASSWORD)
    team_users.set_member(members.owner, newcomer, office_role=OfficeRole.READER)
    reader = members.engine_of(newcomer)
    action, _version = _an_open_public_action(reader)
    assert "permission denied" in _refused_by_the_server(
        reader, f"UPDATE follow_up_actions SET title = 'x' WHERE id = {action}"
    )
    team_users.remove_member(members.owner, admin_name)  # once refused: privileges it gave
    team_users.remove_member(members.owner, newcomer)
    _owner_sql(members, f'DROP ROLE "{admin_name}"')


@pytest.mark.parametrize("bad", ["Lan", "lan nguyen", "1lan", "x" * 64, "lan;drop"])
def test_a_login_name_the_office_cannot_use_is_refused(members: Team, bad: str) -> None:
    with pytest.raises(UserError, match="cannot be a login name"):
        team_users.add_member(members.owner, bad, OfficeRole.READER, Classification.PUBLIC)


def test_the_scram_verifier_logs_in(members: Team) -> None:
    name, engine = members.member(OfficeRole.READER, Classification.PUBLIC)
    assert _sql(engine, "SELECT session_user") == [(name,)]
    wrong = sa.create_engine(
        sa.make_url(members.db.url).set(username=name, password="wrong"), poolclass=NullPool
    )
    with pytest.raises(sa.exc.OperationalError, match="password authentication failed"):
        _sql(wrong, "SELECT 1")


def test_an_internal_editor_deletes_and_restores_a_public_record(members: Team) -> None:
    name, editor = members.member(OfficeRole.EDITOR, Classification.INTERNAL)
    action, version = _an_open_public_action(editor)
    comments.add_comment(editor, RecordKind.ACTION, action, "Chased by phone", name)
    ((agreement,),) = _sql(editor, "SELECT min(id) FROM agreements WHERE classification = 'public'")
    for kind, record_id in ((RecordKind.ACTION, action), (RecordKind.AGREEMENT, agreement)):
        trash.delete_record(editor, kind, record_id, changed_by=name)
    assert _sql(editor, "SELECT kind, record_id FROM trash ORDER BY kind") == [
        ("action", action),
        ("agreement", agreement),
    ]
    thread = f"SELECT text FROM comments WHERE kind = 'action' AND record_id = {action}"
    assert ("Chased by phone",) in _sql(editor, thread)  # with its record, in the trash
    for kind, record_id in ((RecordKind.ACTION, action), (RecordKind.AGREEMENT, agreement)):
        trash.restore_record(editor, kind, record_id, changed_by=name)
    assert _sql(editor, "SELECT count(*) FROM trash") == [(0,)]
    assert editing.read_record(editor, RecordKind.ACTION, action).version >= version


def test_the_apps_connections_run_without_jit(members: Team) -> None:
    # JIT compiling the app's small queries, priced high by row-level security, cost seconds
    assert _sql(members.owner, "SHOW jit") == [("off",)]


def test_the_staff_names_include_the_members(members: Team) -> None:
    name, reader = members.member(OfficeRole.READER, Classification.INTERNAL)
    assert name in staff_names(reader)


def test_a_removed_member_holds_nothing_here_and_can_be_dropped(members: Team) -> None:
    name, _engine = members.member(OfficeRole.ADMINISTRATOR, Classification.CONFIDENTIAL)
    team_users.remove_member(members.owner, name)
    _owner_sql(members, f'DROP ROLE "{name}"')  # refused while any privilege is left
    assert _sql(members.owner, f"SELECT count(*) FROM pg_roles WHERE rolname = '{name}'") == [(0,)]


def test_a_restore_keeps_who_made_the_history_and_nobody_rewrites_it(members: Team) -> None:
    author, editor = members.member(OfficeRole.EDITOR, Classification.INTERNAL)
    restorer, other = members.member(OfficeRole.EDITOR, Classification.INTERNAL)
    action, _version = _an_open_public_action(editor)
    editing.edit_record(editor, RecordKind.ACTION, action, {"title": "Mine"}, changed_by="x")
    names = f"SELECT DISTINCT changed_by FROM action_changes WHERE action_id = {action}"
    before = set(_sql(members.owner, names))
    assert (author,) in before
    assert "permission denied" in _refused_by_the_server(
        editor, f"UPDATE action_changes SET changed_by = 'nobody' WHERE action_id = {action}"
    )
    with members.owner.begin() as connection:  # the history was written a while ago
        connection.exec_driver_sql(
            "UPDATE action_changes SET changed_at = changed_at - interval '1 day'"
            f" WHERE action_id = {action}"
        )
    trash.delete_record(other, RecordKind.ACTION, action, changed_by=restorer)
    trash.restore_record(other, RecordKind.ACTION, action, changed_by=restorer)
    after = set(_sql(members.owner, names))
    assert before <= after  # the restore's own row may name the restorer
