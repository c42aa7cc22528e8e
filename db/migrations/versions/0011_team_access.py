"""team access: office members, and their clearance enforced by PostgreSQL's row-level security

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02

Both databases get the `app_users` table (a login role's office role and clearance); on
SQLite it stays empty. On PostgreSQL only:

- `briefing_levels()`: the classifications the session's user may read (their clearance and
  below; a login without an `app_users` row reads public records only; the owner of the
  tables, who runs the migrations and is not subject to row-level security at all, and
  superusers read every level).
- `briefing_record_level(kind, id)` and `briefing_snapshot_level(kind, id, snapshot)`: a
  record's classification as the server sees it, whoever asks (SECURITY DEFINER), for the
  trash's policy: an action's is the higher of its own and its meeting's; a deleted record's
  comes from its trash snapshot, which is as secret as the most secret record it holds or
  names (a deleted source's citations of a confidential meeting); a record neither alive nor
  in the trash counts as confidential.
- `briefing_search_rows(patterns, low, high, newest)`: the search index rows holding every
  word among those the user may read, found through the trigram index (see _SEARCH_ROWS).
- Members are changed only through functions that run as the owner and check their caller
  (`briefing_put_member`, `briefing_drop_member`, `briefing_grant_member`; see
  _MAY_CHANGE_MEMBER): administrators need no CREATEROLE, grant option or write access to
  `app_users`, their clearance bounds whom they clear, and every privilege is the owner's to
  take back. Creating a login needs the owner to have CREATEROLE (or the login made first).
  These functions read as their owner: only members may call them (not every login of the
  server; store.team_users grants it).
- Row-level security on every table holding what a classified record says: the records
  (meetings, follow-up actions, agreements, event facts), the rows that belong to them (their
  parties, areas, participants, citations, history, comments, attachments and their files,
  trash) and the search index. Policies hold for reading and writing alike, so nobody writes
  a record they could not read. A row naming its record by kind and id (history, comments,
  attachments) is readable while its record is alive and readable, or in the trash and
  readable there; once the trash is emptied, only the owner reads it.
- The search index's trigger functions run as their owner (SECURITY DEFINER), so an edit by a
  user cleared for "internal" still re-indexes the confidential rows it touches.
- An event with facts above the deleting user's clearance is not deleted (its facts would go
  with it: a cascade ignores row-level security).
- History names the login that made each change: a BEFORE trigger writes `session_user`
  into `changed_by` (and `author`, `added_by`, `deleted_by`, `struck_by`) for members of the
  office, whatever the client says, of a row written now (a restored record's history comes
  back with its old times and names); members may not rewrite history rows.

The downgrade removes all of it (policies, functions, triggers, the table).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_LEVELS = """
CREATE FUNCTION briefing_levels() RETURNS text[] LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
    SELECT CASE
        WHEN briefing_is_owner() THEN ARRAY['public', 'internal', 'confidential']
        ELSE CASE (SELECT clearance FROM app_users WHERE name = session_user)
            WHEN 'confidential' THEN ARRAY['public', 'internal', 'confidential']
            WHEN 'internal' THEN ARRAY['public', 'internal']
            ELSE ARRAY['public']
        END
    END
$$
"""

_HIGHER = """
CREATE FUNCTION briefing_higher_level(a text, b text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN 'confidential' IN (a, b) THEN 'confidential'
        WHEN 'internal' IN (a, b) THEN 'internal' ELSE 'public' END
$$
"""

_TABLES_OF_KINDS = (
    ("meeting", "meetings"),
    ("action", "follow_up_actions"),
    ("agreement", "agreements"),
    ("fact", "event_facts"),
)

#: (kind, column, tables): the column of a snapshot's rows of `tables` naming a record of
#: `kind`, whose classification the row shares (as the live rows' policies below say).
_NAMED_IN_SNAPSHOTS = (
    (
        "meeting",
        "meeting_id",
        (
            "follow_up_actions",
            "meeting_parties",
            "meeting_areas",
            "meeting_participants",
            "citations",
        ),
    ),
    ("action", "action_id", ("action_areas", "action_changes", "citations")),
    ("agreement", "agreement_id", ("agreement_parties", "citations")),
    ("fact", "fact_id", ("citations",)),
)

#: A trash snapshot is as secret as the most secret record it holds or names: its own record
#: (an action's meeting too), the records deleted with it (an event's facts), and the records
#: its other rows belong to or point at (a deleted source's citations of a confidential
#: meeting, a deleted person's places among its participants). A record the snapshot holds is
#: judged by its row there; any other by briefing_record_level. A classified record missing
#: from its own snapshot counts as confidential; one still alive counts as it is.
_SNAPSHOT_LEVEL = """
CREATE FUNCTION briefing_snapshot_level(record_kind text, record_id bigint, snapshot text)
RETURNS text LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    deleted jsonb := snapshot::jsonb;
    level text := 'public';
    named record;
    found text;
    alive boolean := CASE record_kind {when_alive} ELSE false END;
BEGIN
    IF alive THEN
        -- a trash row beside its live record is none the app made: as secret as the record
        -- (else a member could write one, claiming less, to read the record's comments)
        level := briefing_record_level(record_kind, record_id);
    ELSIF record_kind IN ({kinds}) AND NOT EXISTS (
        SELECT 1 FROM jsonb_array_elements(deleted -> 'rows') AS r
        WHERE r ->> 0 = CASE record_kind {when_tables} END
        AND (r -> 1 ->> 'id')::bigint = record_id
    ) THEN
        RETURN 'confidential';
    END IF;
    FOR named IN
        SELECT n.kind, n.id::bigint AS id, n.level
        FROM jsonb_array_elements(deleted -> 'rows') AS r, LATERAL (VALUES
            (CASE r ->> 0 {when_kinds} END, r -> 1 ->> 'id', r -> 1 ->> 'classification'),
            {named_columns},
            (CASE WHEN r ->> 0 IN ('record_changes', 'comments', 'attachments')
                THEN r -> 1 ->> 'kind' END, r -> 1 ->> 'record_id', NULL)
        ) AS n (kind, id, level)
        WHERE n.kind IN ({kinds}) AND n.id IS NOT NULL
        UNION ALL
        SELECT CASE c ->> 0 {when_kinds} END, (c ->> 1)::bigint, NULL
        FROM jsonb_array_elements(coalesce(deleted -> 'cleared', '[]')) AS c
        WHERE c ->> 0 IN ({tables})
    LOOP
        found := named.level;
        IF found IS NULL THEN
            SELECT r -> 1 ->> 'classification' INTO found
            FROM jsonb_array_elements(deleted -> 'rows') AS r
            WHERE r ->> 0 = CASE named.kind {when_tables} END
            AND (r -> 1 ->> 'id')::bigint = named.id
            LIMIT 1;
        END IF;
        level := briefing_higher_level(
            level, coalesce(found, briefing_record_level(named.kind, named.id))
        );
        EXIT WHEN level = 'confidential';
    END LOOP;
    RETURN level;
END
$$
"""

_RECORD_LEVEL = """
CREATE FUNCTION briefing_record_level(record_kind text, record_id bigint) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    level text;
    meeting bigint;
    deleted text;
BEGIN
    CASE record_kind
        WHEN 'meeting' THEN
            SELECT classification INTO level FROM meetings WHERE id = record_id;
        WHEN 'action' THEN
            SELECT classification, meeting_id INTO level, meeting
            FROM follow_up_actions WHERE id = record_id;
        WHEN 'agreement' THEN
            SELECT classification INTO level FROM agreements WHERE id = record_id;
        WHEN 'fact' THEN
            SELECT classification INTO level FROM event_facts WHERE id = record_id;
        ELSE
            RETURN 'public';
    END CASE;
    IF level IS NULL THEN
        SELECT snapshot INTO deleted FROM trash
        WHERE trash.kind = record_kind AND trash.record_id = briefing_record_level.record_id;
        IF deleted IS NULL THEN
            RETURN 'confidential';
        END IF;
        RETURN briefing_snapshot_level(record_kind, record_id, deleted);
    END IF;
    IF meeting IS NOT NULL THEN
        RETURN briefing_higher_level(level, briefing_record_level('meeting', meeting));
    END IF;
    RETURN level;
END
$$
"""

_IS_OWNER = """
CREATE FUNCTION briefing_is_owner() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
    SELECT coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = session_user), false)
        OR pg_has_role(session_user, (SELECT tableowner FROM pg_tables
            WHERE schemaname = 'public' AND tablename = 'app_users'), 'MEMBER')
$$
"""

#: A member's privileges, granted by the owner of the tables (so the owner can take every one
#: of them back): read everything; an editor or administrator also writes every table but the
#: schema's revision, the search index (its triggers write it) and the members (changed only
#: through briefing_put_member); everyone may call the functions (the managing ones check
#: their caller). A login that is no member holds nothing here.
_GRANT_MEMBER = """
CREATE FUNCTION briefing_grant_member(member text) RETURNS void LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    office text := (SELECT u.office_role FROM app_users AS u WHERE u.name = member);
    who text := quote_ident(member);
    written text;
BEGIN
    EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %s', who);
    EXECUTE format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM %s', who);
    EXECUTE format('REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM %s', who);
    IF office IS NULL THEN
        EXECUTE format('REVOKE USAGE ON SCHEMA public FROM %s', who);
        BEGIN  -- the database's CONNECT is its owner's to give and take
            EXECUTE format('REVOKE CONNECT ON DATABASE %I FROM %s', current_database(), who);
        EXCEPTION WHEN insufficient_privilege THEN NULL;
        END;
        RETURN;
    END IF;
    BEGIN
        EXECUTE format('GRANT CONNECT ON DATABASE %I TO %s', current_database(), who);
    EXCEPTION WHEN insufficient_privilege THEN NULL;
    END;
    EXECUTE format('GRANT USAGE ON SCHEMA public TO %s', who);
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA public TO %s', who);
    EXECUTE format('GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO %s', who);
    IF office = 'reader' THEN
        RETURN;
    END IF;
    SELECT string_agg(quote_ident(tablename), ', ') INTO written FROM pg_tables
    WHERE schemaname = 'public'
        AND tablename NOT IN ('alembic_version', 'search_index', 'app_users');
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %s TO %s', written, who);
    -- history is added to and taken away with its record, never rewritten
    EXECUTE format('REVOKE UPDATE ON action_changes, record_changes FROM %s', who);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %s', who);
END
$$
"""

#: The checks every change of a member passes on the server, whatever the client: the caller
#: is the owner or an administrator; an administrator changes neither themselves nor a member
#: cleared above them, and clears nobody above themselves.
_MAY_CHANGE_MEMBER = """
CREATE FUNCTION briefing_may_change_member(member text, clearance text) RETURNS void
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    levels text[] := briefing_levels();
    theirs text := (SELECT u.clearance FROM app_users AS u WHERE u.name = member);
BEGIN
    IF briefing_is_owner() THEN
        RETURN;
    END IF;
    IF coalesce((SELECT u.office_role FROM app_users AS u WHERE u.name = session_user), '')
            <> 'administrator' THEN
        RAISE EXCEPTION 'only an administrator of the office changes its members'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF member = session_user THEN
        RAISE EXCEPTION 'nobody changes their own membership'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT (coalesce(clearance, 'public') = ANY (levels))
            OR NOT (coalesce(theirs, 'public') = ANY (levels)) THEN
        RAISE EXCEPTION 'an administrator clears nobody above their own clearance'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
END
$$
"""

#: Make `member` a member (creating the login, with the password of `verifier`, when the
#: server lacks it), or change their office role and clearance. A login that exists already
#: keeps its password unless the owner sets it: an administrator setting one could log in as
#: anybody.
_PUT_MEMBER = """
CREATE FUNCTION briefing_put_member(member text, office text, clearance text, verifier text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM briefing_may_change_member(member, clearance);
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = member) THEN
        EXECUTE format('CREATE ROLE %I LOGIN', member);
        IF verifier IS NOT NULL THEN
            EXECUTE format('ALTER ROLE %I PASSWORD %L', member, verifier);
        END IF;
    ELSIF verifier IS NOT NULL THEN
        IF NOT briefing_is_owner() THEN
            RAISE EXCEPTION 'the login % exists already: only it, or the owner, sets its password',
                member USING ERRCODE = 'insufficient_privilege';
        END IF;
        EXECUTE format('ALTER ROLE %I PASSWORD %L', member, verifier);
    END IF;
    INSERT INTO app_users (name, office_role, clearance, added_at)
    VALUES (member, office, clearance, now() AT TIME ZONE 'utc')
    ON CONFLICT (name) DO UPDATE
        SET office_role = excluded.office_role, clearance = excluded.clearance;
    PERFORM briefing_grant_member(member);
END
$$
"""

_DROP_MEMBER = """
CREATE FUNCTION briefing_drop_member(member text) RETURNS void LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM briefing_may_change_member(member, NULL);
    DELETE FROM app_users WHERE name = member;
    PERFORM briefing_grant_member(member);
END
$$
"""


#: The functions 0011 creates, as DROP and GRANT name them.
_FUNCTIONS = (
    "briefing_drop_member(text)",
    "briefing_put_member(text, text, text, text)",
    "briefing_may_change_member(text, text)",
    "briefing_grant_member(text)",
    "briefing_is_owner()",
    "briefing_search_rows(text[], bigint, bigint, integer)",
    "briefing_record_level(text, bigint)",
    "briefing_snapshot_level(text, bigint, text)",
    "briefing_higher_level(text, text)",
    "briefing_levels()",
)

_MAY_READ_LEVEL = "= ANY ((SELECT briefing_levels())::text[])"

_STRIDE = 1 << 40

#: The search index rows of `low`..`high` whose text holds every LIKE pattern (escaped with a
#: backslash), among those of records the session's user may read; with `newest`, only that
#: many, the highest rowids (a common word's newest matches, read backwards through the
#: table's key, without collecting every match). Row-level security cannot
#: answer that through the trigram index (under a policy the planner may use only leakproof
#: operators, and LIKE is not one: a member's search scanned all 270,000 rows of the index,
#: 1.8 s); this function reads the index as its owner, through the trigram index, and checks
#: each row found itself.
_SEARCH_ROWS = f"""
CREATE FUNCTION briefing_search_rows(patterns text[], low bigint, high bigint, newest integer)
RETURNS SETOF bigint LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
    levels text[] := briefing_levels();
    allowed text := quote_literal(levels);
    holding text := '';
    readable text := '';
    pattern text;
BEGIN
    FOREACH pattern IN ARRAY patterns LOOP
        holding := holding || format(
            ' AND (s.name || %L || s.title || %L || s.body) LIKE %L ESCAPE %L',
            ' ', ' ', pattern, chr(92)
        );
    END LOOP;
    IF cardinality(levels) < 3 THEN
        -- scalar subqueries: each row found is looked up by its key (an EXISTS hashed every
        -- readable action first: 0.5 s for a word's five newest matches)
        readable := format(
            ' AND CASE s.rowid / {_STRIDE}'
            ' WHEN 5 THEN (SELECT x.classification = ANY (%s::text[]) FROM meetings AS x'
            '   WHERE x.id = s.rowid %% {_STRIDE})'
            ' WHEN 6 THEN (SELECT a.classification = ANY (%s::text[])'
            '   AND x.classification = ANY (%s::text[]) FROM follow_up_actions AS a'
            '   JOIN meetings AS x ON x.id = a.meeting_id WHERE a.id = s.rowid %% {_STRIDE})'
            ' WHEN 7 THEN (SELECT x.classification = ANY (%s::text[]) FROM agreements AS x'
            '   WHERE x.id = s.rowid %% {_STRIDE})'
            ' ELSE true END',
            allowed, allowed, allowed, allowed
        );
    END IF;
    RETURN QUERY EXECUTE format(
        'SELECT s.rowid FROM search_index AS s WHERE s.rowid BETWEEN %s AND %s%s%s',
        low, high, holding, readable
    ) || CASE WHEN newest IS NULL THEN ''
        ELSE format(' ORDER BY s.rowid DESC LIMIT %s', newest) END;
END
$$
"""


def _readable(table: str, id_expr: str) -> str:
    """SQL: true when the user may read the row of `table` whose id is `id_expr` (its own
    policy applies), else NULL. A scalar subquery looks each row up by its key; PostgreSQL
    turns an EXISTS into a hash of every readable row first (0.3–0.5 s for 200,000 actions,
    for each page of a list or a record's five comments)."""
    return f"(SELECT true FROM {table} AS x WHERE x.id = {id_expr})"


def _exists(table: str, column: str, owner: str) -> str:
    """SQL: the row of `table` that `owner.column` names is one the user may read, however
    PostgreSQL likes best (a hash of every readable row, for the few thousand meetings)."""
    return f"EXISTS (SELECT 1 FROM {table} AS x WHERE x.id = {owner}.{column})"


def _citation_rule() -> str:
    cited = (
        ("meeting_id", "meetings"),
        ("action_id", "follow_up_actions"),
        ("agreement_id", "agreements"),
        ("fact_id", "event_facts"),
    )
    return " AND ".join(
        f"({column} IS NULL OR {_readable(table, f'citations.{column}')})"
        for column, table in cited
    )


def _belonging_rule(table: str) -> str:
    """A row of `table` naming its record by (kind, record_id) — history, comments,
    attachments — is readable with its record: a live one the user may read, or one in the
    trash they may read (looked up by key, not through a function: a PL/pgSQL call per row took
    4 s over 210,000 comments)."""
    kind, record = f"{table}.kind", f"{table}.record_id"
    alive = " OR ".join(
        f"({kind} = '{name}' AND {_readable(records, record)})"
        for name, records in _TABLES_OF_KINDS
    )
    classified = ", ".join(f"'{name}'" for name, _records in _TABLES_OF_KINDS)
    return (
        f"{kind} NOT IN ({classified}) OR {alive}"
        f" OR (SELECT true FROM trash AS t WHERE t.kind = {kind} AND t.record_id = {record})"
    )


def _search_rule() -> str:
    stride = _STRIDE
    kinds = ((5, "meetings"), (6, "follow_up_actions"), (7, "agreements"))
    whens = " ".join(
        f"WHEN {code} THEN coalesce({_readable(table, f'search_index.rowid % {stride}')}, false)"
        for code, table in kinds
    )
    return f"CASE search_index.rowid / {stride} {whens} ELSE true END"


#: (table, rule): who may read and write a row of `table`, in SQL over that row.
_RULES = (
    ("meetings", f"classification {_MAY_READ_LEVEL}"),
    ("agreements", f"classification {_MAY_READ_LEVEL}"),
    ("event_facts", f"classification {_MAY_READ_LEVEL}"),
    (
        "follow_up_actions",
        f"classification {_MAY_READ_LEVEL}"
        f" AND {_exists('meetings', 'meeting_id', 'follow_up_actions')}",
    ),
    ("meeting_parties", _exists("meetings", "meeting_id", "meeting_parties")),
    ("meeting_areas", _exists("meetings", "meeting_id", "meeting_areas")),
    ("meeting_participants", _exists("meetings", "meeting_id", "meeting_participants")),
    ("agreement_parties", _exists("agreements", "agreement_id", "agreement_parties")),
    ("action_areas", _readable("follow_up_actions", "action_areas.action_id")),
    ("action_changes", _readable("follow_up_actions", "action_changes.action_id")),
    ("citations", _citation_rule()),
    ("record_changes", _belonging_rule("record_changes")),
    ("comments", _belonging_rule("comments")),
    ("attachments", _belonging_rule("attachments")),
    ("trash", f"briefing_snapshot_level(kind, record_id, snapshot) {_MAY_READ_LEVEL}"),
    ("search_index", _search_rule()),
)

#: A file's bytes are readable through an attachment the user may read; anybody who may
#: attach may store new bytes (the same bytes stored already are left as they are).
_BLOB_POLICIES = (
    (
        "blobs_read",
        "FOR SELECT USING (EXISTS (SELECT 1 FROM attachments AS a WHERE a.sha256 = blobs.sha256))",
    ),
    ("blobs_add", "FOR INSERT WITH CHECK (true)"),
    (
        "blobs_remove",
        "FOR DELETE USING (NOT EXISTS (SELECT 1 FROM attachments AS a"
        " WHERE a.sha256 = blobs.sha256))",
    ),
)

#: An event's facts go with it (ON DELETE CASCADE), and a cascade ignores row-level security:
#: deleting an event, a member would destroy the facts they may not read, which no trash
#: snapshot holds. The trash takes the facts the member reads first; hidden ones refuse it.
_HIDDEN_FACTS = """
CREATE FUNCTION briefing_keep_hidden_facts() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM event_facts WHERE event_id = OLD.id
        AND NOT classification = ANY (briefing_levels())) THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE = format(
            'event %s has facts above your clearance: a colleague cleared for them may delete it',
            OLD.id);
    END IF;
    RETURN OLD;
END
$$
"""

#: (table, column, on update too): the columns naming who made a change.
_AUTHOR_COLUMNS = (
    ("action_changes", "changed_by", "changed_at", False),
    ("record_changes", "changed_by", "changed_at", False),
    ("comments", "author", "written_at", False),
    ("comments", "struck_by", "struck_at", True),
    ("attachments", "added_by", "added_at", False),
    ("trash", "deleted_by", "deleted_at", False),
)
#: A row is stamped with the login when it says it was written this recently (UTC): a
#: restored record's history comes back with its old times and keeps its old names.
_NOW_ENOUGH = "interval '10 minutes'"


def _author_trigger(table: str, column: str) -> str:
    return f"briefing_{table}_{column}_login"


def _postgresql_upgrade() -> None:
    when_tables = " ".join(f"WHEN '{kind}' THEN '{table}'" for kind, table in _TABLES_OF_KINDS)
    op.execute(_IS_OWNER)  # before the functions that call it
    op.execute(_LEVELS)
    op.execute(_HIGHER)
    # the two call each other (PL/pgSQL resolves names when a function first runs)
    named_columns = ",\n            ".join(
        f"(CASE WHEN r ->> 0 IN ({', '.join(repr(t) for t in tables)}) THEN '{kind}' END,"
        f" r -> 1 ->> '{column}', NULL)"
        for kind, column, tables in _NAMED_IN_SNAPSHOTS
    )
    op.execute(
        _SNAPSHOT_LEVEL.format(
            when_tables=when_tables,
            when_kinds=" ".join(f"WHEN '{t}' THEN '{k}'" for k, t in _TABLES_OF_KINDS),
            kinds=", ".join(f"'{kind}'" for kind, _table in _TABLES_OF_KINDS),
            when_alive=" ".join(
                f"WHEN '{k}' THEN EXISTS (SELECT 1 FROM {t} WHERE id = record_id)"
                for k, t in _TABLES_OF_KINDS
            ),
            tables=", ".join(f"'{table}'" for _kind, table in _TABLES_OF_KINDS),
            named_columns=named_columns,
        )
    )
    op.execute(_RECORD_LEVEL)
    op.execute(_SEARCH_ROWS)
    for function in (_GRANT_MEMBER, _MAY_CHANGE_MEMBER, _PUT_MEMBER, _DROP_MEMBER):
        op.execute(function)
    # they read as the owner: only members may call them (store.team_users grants it), not
    # every login of the server (a removed member, another database's user)
    op.execute(f"REVOKE EXECUTE ON FUNCTION {', '.join(_FUNCTIONS)} FROM PUBLIC")
    for table, rule in _RULES:
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(f"CREATE POLICY {table}_cleared ON {table} USING ({rule}) WITH CHECK ({rule})")
    op.execute("ALTER TABLE blobs ENABLE ROW LEVEL SECURITY")
    for name, policy in _BLOB_POLICIES:
        op.execute(f"CREATE POLICY {name} ON blobs {policy}")
    for (name,) in op.get_bind().execute(
        sa.text(
            "SELECT proname FROM pg_proc WHERE pronamespace = 'public'::regnamespace"
            " AND proname LIKE 'search\\_index\\_%'"
        )
    ):
        op.execute(f"ALTER FUNCTION {name}() SECURITY DEFINER SET search_path = public, pg_temp")
    op.execute(_HIDDEN_FACTS)
    op.execute(
        "CREATE TRIGGER briefing_keep_hidden_facts BEFORE DELETE ON events"
        " FOR EACH ROW EXECUTE FUNCTION briefing_keep_hidden_facts()"
    )
    for table, column, moment, on_update in _AUTHOR_COLUMNS:
        name = _author_trigger(table, column)
        op.execute(
            f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql"
            " SECURITY DEFINER SET search_path = public, pg_temp AS $$BEGIN"
            f" IF NEW.{column} IS NOT NULL"
            f" AND (NEW.{moment} IS NULL"
            f" OR NEW.{moment} >= (now() AT TIME ZONE 'utc') - {_NOW_ENOUGH})"
            " AND EXISTS (SELECT 1 FROM app_users WHERE app_users.name = session_user) THEN"
            f" NEW.{column} := session_user; END IF; RETURN NEW; END$$"
        )
        events = f"INSERT OR UPDATE OF {column}" if on_update else "INSERT"
        op.execute(
            f"CREATE TRIGGER {name} BEFORE {events} ON {table}"
            f" FOR EACH ROW EXECUTE FUNCTION {name}()"
        )


def upgrade() -> None:
    op.create_table(
        "app_users",
        sa.Column("name", sa.String(63), primary_key=True),
        sa.Column(
            "office_role",
            sa.Enum(
                "reader",
                "editor",
                "administrator",
                name="office_role",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "clearance",
            sa.Enum(
                "public",
                "internal",
                "confidential",
                name="classification",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("added_at", sa.DateTime(), nullable=False),
    )
    if op.get_bind().dialect.name == "postgresql":
        _postgresql_upgrade()


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table, column, _moment, _on_update in _AUTHOR_COLUMNS:
            op.execute(f"DROP FUNCTION IF EXISTS {_author_trigger(table, column)}() CASCADE")
        op.execute("DROP FUNCTION IF EXISTS briefing_keep_hidden_facts() CASCADE")
        for name, _policy in _BLOB_POLICIES:
            op.execute(f"DROP POLICY IF EXISTS {name} ON blobs")
        op.execute("ALTER TABLE blobs DISABLE ROW LEVEL SECURITY")
        for table, _rule in _RULES:
            op.execute(f"DROP POLICY IF EXISTS {table}_cleared ON {table}")
            op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
        for (name,) in op.get_bind().execute(
            sa.text(
                "SELECT proname FROM pg_proc WHERE pronamespace = 'public'::regnamespace"
                " AND proname LIKE 'search\\_index\\_%'"
            )
        ):
            op.execute(f"ALTER FUNCTION {name}() SECURITY INVOKER RESET search_path")
        for function in _FUNCTIONS:
            op.execute(f"DROP FUNCTION IF EXISTS {function}")
    op.drop_table("app_users")
