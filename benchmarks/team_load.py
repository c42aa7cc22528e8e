"""Benchmark (not a test): 8 clients × 500 random edits on shared actions, then a check that no
update was lost (issue 17's load test).

On a new database (on the PostgreSQL server of `--pg`: created there, migrated and seeded by
the app's own code, dropped at the end; or a new SQLite file, the default), `--clients`
processes, each with its own engine opened as the app opens one, make `--edits` saves each on
the seeded forum's follow-up actions, as the desktop editor makes them: open the action
(`read_record`), or keep the one open since its last save (an editor left open, so its version
may be stale), change one or two of title, status, owner and due date, and save through
`edit_record(..., if_version=…)` (ui/action_operations.py), which refuses a save based on a
version someone else moved on (StaleRecordError, the conflict dialog). One save in eight is a
comment (`add_comment`, as the comments panel). Each save carries a note naming it (`comment`,
which goes with each of its history rows, as undo's "undo"), so every history row can be tied
to the save that wrote it.

Then, from the database: every accepted save's changes are in the action's history under its
client's name, each accepted save claims its own version and the versions of each action follow
each other without a gap, each field's history chains (a row's old value is the new value of
the row before it), the final values are those of the last accepted save of each field, every
accepted comment is in the thread once, and no refused save left a row. Prints attempts,
accepted, refused by reason, lost updates, p50/p95/max save latency (every save call, from the
call to its return) and saves per second; a table and one JSON object. Exits 1 on a lost
update, a trace of a refused save or an error other than a conflict.

`--pg` needs a user who may create databases and roles (`scripts/postgres.sh start DIR` prints
one). On PostgreSQL the load runs twice, each time in a new database: as that user (the
database's owner), then with each client logged in as a member of the office of its own (an
editor cleared for everything; migration 0011's row-level security and history trigger at
work), the logins made for the run and dropped after it. Without `--pg` the load runs on a new
SQLite file (FILE, kept; else a temporary one); with both, on each in turn.

`--drop-every SECONDS` (PostgreSQL): meanwhile the server ends one client's connection in the
middle of a transaction that often (issue 17, item 5). A save refused as "connection lost,
nothing was saved" must then have left nothing; one that "may have been saved" (dropped during
COMMIT, and the edit could not look) counts as saved if the database holds it.

    .venv/bin/python benchmarks/team_load.py [--pg SERVER_URL] [--sqlite [FILE]]
                                             [--clients 8] [--edits 500] [--actions 7]
                                             [--seed 17] [--drop-every SECONDS]
"""

import argparse
import json
import multiprocessing
import os
import queue
import random
import secrets
import sys
import tempfile
import threading
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext, suppress
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from multiprocessing.synchronize import Barrier
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.pool import NullPool

sys.path.insert(0, str(Path(__file__).resolve().parent))

from notice_latency import percentile  # noqa: E402

from briefing_app.domain import models as m  # noqa: E402
from briefing_app.domain.enums import ActionStatus, Classification, OfficeRole  # noqa: E402
from briefing_app.domain.errors import ConnectionLostError, StaleRecordError  # noqa: E402
from briefing_app.domain.record_kind import RecordKind  # noqa: E402
from briefing_app.domain.status_rules import allowed_next  # noqa: E402
from briefing_app.services.catalogue import list_parties  # noqa: E402
from briefing_app.services.comments import add_comment  # noqa: E402
from briefing_app.services.record_kinds.editing import edit_record, read_record  # noqa: E402
from briefing_app.store.database import open_database  # noqa: E402
from briefing_app.store.storage_errors import (  # noqa: E402
    LOST,
    connection_lost,
    read_again_if_lost,
)
from briefing_app.store.team_users import add_member  # noqa: E402

ACTION = RecordKind.ACTION
ACCEPTED, CONFLICT = "accepted", "conflict"
#: a save whose connection the server ended: before its COMMIT (nothing saved), or during it
#: when the edit could not look whether it was stored (it may have been)
DROPPED, MAYBE = "dropped", "dropped, maybe saved"
#: the fields a save changes (form keys) and the name of each in the action's history
FIELDS = {"title": "title", "status": "status", "owner_ref": "owner", "due": "due"}
COMMENT_SHARE = 1 / 8
#: how often a client opens the action again rather than saving on the version it has open
REOPEN_SHARE = 0.5
OWNERS = 12
BARRIER_SECONDS = 300
PROBLEMS_KEPT = 50
OPEN_TRIES = 20


@dataclass(frozen=True)
class Attempt:
    """One save a client made: an edit (`values`, form keys) or a comment (`comment`)."""

    client: str
    number: int
    action_id: int
    base_version: int
    values: dict[str, Any]
    comment: str | None
    outcome: str  # ACCEPTED, CONFLICT, or the class of another error
    new_version: int | None  # accepted: the version it made; a conflict: the stored one
    ms: float
    detail: str = ""

    @property
    def tag(self) -> str:
        """The note the save's history rows carry."""
        return f"{self.client} #{self.number}"


@dataclass(frozen=True)
class Change:
    """One row of action_changes written during the run."""

    id: int
    action_id: int
    changed_by: str
    field: str
    old_value: str | None
    new_value: str | None
    comment: str | None


@dataclass(frozen=True)
class Stored:
    """What the database holds after the run: each action's version and values (form keys),
    and the history rows and comments written since the run began (by id)."""

    versions: dict[int, int]
    values: dict[int, dict[str, Any]]
    changes: list[Change]
    comments: list[tuple[int, str, str]]  # (action id, author, text)


@dataclass
class Verdict:
    """Each problem one line: accepted saves not kept, rows no accepted save explains, and
    anything else unexpected (errors other than a conflict, versions out of sequence)."""

    lost: dict[str, str] = field(default_factory=dict)  # save's tag -> why
    traces: list[str] = field(default_factory=list)
    unexplained: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.lost or self.traces or self.unexplained)


# --- the clients ------------------------------------------------------------------------------


def edit_values(
    rng: random.Random, current: dict[str, Any], tag: str, owners: list[dict[str, Any] | None]
) -> dict[str, Any]:
    """One or two of the fields changed, each to a value other than `current` (so an accepted
    save writes one history row per field)."""
    values: dict[str, Any] = {}
    for key in rng.sample(sorted(FIELDS), rng.choice((1, 1, 2))):
        if key == "title":
            values[key] = f"Edited by {tag}"
        elif key == "status":
            old = ActionStatus(current["status"])
            values[key] = rng.choice([s.value for s in allowed_next(old) if s is not old])
        elif key == "owner_ref":
            values[key] = rng.choice([o for o in owners if o != current["owner_ref"]])
        else:
            due = current["due"]
            while due == current["due"]:
                day = date(2026, 1, 1) + timedelta(days=rng.randrange(730))
                due = {"date": day.isoformat(), "precision": "day"}
            values[key] = due
    return values


def open_action(engine: Engine, action_id: int) -> Any:
    """The action as the editor opens it (a read run once more when its connection drops, as
    the desktop app reads); opened again, as a user would, while the connection keeps being
    dropped (`--drop-every`)."""
    for _ in range(OPEN_TRIES - 1):
        try:
            return read_again_if_lost(lambda: read_record(engine, ACTION, action_id))
        except sa.exc.DBAPIError as exc:
            if not connection_lost(exc):
                raise
    return read_again_if_lost(lambda: read_record(engine, ACTION, action_id))


def one_save(
    engine: Engine,
    rng: random.Random,
    client: str,
    number: int,
    action_ids: list[int],
    owners: list[dict[str, Any] | None],
    open_actions: dict[int, Any],
) -> Attempt:
    action_id = rng.choice(action_ids)
    if action_id not in open_actions or rng.random() < REOPEN_SHARE:
        open_actions[action_id] = open_action(engine, action_id)
    before = open_actions[action_id]
    tag = f"{client} #{number}"
    values: dict[str, Any] = {}
    text = f"Comment by {tag}" if rng.random() < COMMENT_SHARE else None
    if text is None:
        values = edit_values(rng, before.values, tag, owners)
    new_version, outcome, detail = None, ACCEPTED, ""
    started = time.perf_counter()
    try:
        if text is not None:
            add_comment(engine, ACTION, action_id, text, client)
        else:
            after = edit_record(
                engine,
                ACTION,
                action_id,
                values,
                changed_by=client,
                if_version=before.version,
                comment=tag,
            )
            new_version = after.version
            open_actions[action_id] = after
    except StaleRecordError as exc:
        outcome, new_version = CONFLICT, exc.actual
        del open_actions[action_id]  # the conflict dialog: the user reloads
    except ConnectionLostError as exc:
        outcome = DROPPED if exc.template == LOST else MAYBE
        open_actions.pop(action_id, None)
    except Exception as exc:  # noqa: BLE001 — every refusal is recorded, none stops the load
        outcome, detail = type(exc).__name__, str(exc).splitlines()[0][:200]
        open_actions.pop(action_id, None)
    ms = (time.perf_counter() - started) * 1000
    return Attempt(
        client, number, action_id, before.version, values, text, outcome, new_version, ms, detail
    )


def client_process(
    name: str,
    url: str,
    edits: int,
    seed: int,
    action_ids: list[int],
    owners: list[dict[str, Any] | None],
    start: Barrier,
    results: "multiprocessing.Queue[tuple[str, list[dict[str, Any]], str]]",
) -> None:
    """One client: its own engine, `edits` saves; puts (name, attempts as dicts, crash) on
    `results`."""
    rng = random.Random(f"{seed}-{name}")
    attempts: list[Attempt] = []
    crash = ""
    try:
        engine = open_database(url).engine
        try:
            start.wait(BARRIER_SECONDS)
            open_actions: dict[int, Any] = {}
            for n in range(1, edits + 1):
                attempts.append(one_save(engine, rng, name, n, action_ids, owners, open_actions))
        finally:
            engine.dispose()
    except BaseException as exc:  # noqa: BLE001 — reported by the parent as unexplained
        where = traceback.extract_tb(exc.__traceback__)[-1]
        crash = f"{type(exc).__name__} ({where.name}): {str(exc).splitlines()[0][:200]}"
        print(f"{name} stopped:\n{traceback.format_exc()}", file=sys.stderr)
        start.abort()
    results.put((name, [asdict(a) for a in attempts], crash))


def run_clients(
    clients: dict[str, str],
    edits: int,
    seed: int,
    action_ids: list[int],
    owners: list[Any],
    meanwhile: Callable[[], AbstractContextManager[object]] = nullcontext,
) -> tuple[list[Attempt], list[str], float]:
    """Each client (name: its database URL) in a process of its own, `meanwhile` entered from
    their common start until the last is done; (every attempt, each client's crash, seconds
    from the common start to the last save)."""
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(len(clients) + 1)
    results: multiprocessing.Queue[tuple[str, list[dict[str, Any]], str]] = context.Queue()
    processes = [
        context.Process(
            target=client_process,
            args=(name, url, edits, seed, action_ids, owners, start, results),
            daemon=True,
        )
        for name, url in clients.items()
    ]
    for process in processes:
        process.start()
    crashes: list[str] = []
    with suppress(threading.BrokenBarrierError):  # a client failed to start: it says why
        start.wait(BARRIER_SECONDS)
    began = time.perf_counter()
    attempts: list[Attempt] = []
    with meanwhile():
        for _ in processes:
            try:
                name, done, crash = results.get(timeout=BARRIER_SECONDS + edits)
            except queue.Empty:
                crashes.append("a client sent nothing back")
                break
            attempts += [Attempt(**a) for a in done]
            if crash:
                crashes.append(f"{name}: {crash}")
    seconds = time.perf_counter() - began
    for process in processes:
        process.join(10)
    return attempts, crashes, seconds


# --- the check --------------------------------------------------------------------------------


def verify(
    attempts: list[Attempt],
    versions_before: dict[int, int],
    stored: Stored,
    expected: frozenset[str] = frozenset({CONFLICT}),
) -> Verdict:
    """What the database says about every attempt (see the module's docstring); a refusal
    for a reason not `expected` is unexplained."""
    verdict = Verdict()
    attempts = settled(attempts, versions_before, stored)
    refused = {a.tag for a in attempts if a.outcome != ACCEPTED}
    verdict.unexplained += [
        f"{a.tag} on action {a.action_id}: {a.outcome}: {a.detail}"
        for a in attempts
        if a.outcome != ACCEPTED and a.outcome not in expected
    ]
    # a conflict is real when an accepted save made the newer version it was told of
    made = {(a.action_id, a.new_version) for a in attempts if a.outcome == ACCEPTED}
    verdict.unexplained += [
        f"{a.tag} was refused as stale with version {a.base_version}, the action said to be at "
        f"version {a.new_version}, which no accepted save made"
        for a in attempts
        if a.outcome == CONFLICT
        and not (a.new_version > a.base_version and (a.action_id, a.new_version) in made)
    ]
    rows: dict[str, list[Change]] = {}
    for row in stored.changes:
        if row.comment in refused:
            verdict.traces.append(f"{row.comment} was refused but wrote {row.field}")
        rows.setdefault(row.comment or "", []).append(row)
    explained: set[str] = set()
    for action_id, before in versions_before.items():
        edits = [a for a in attempts if a.action_id == action_id and a.comment is None]
        saves = sorted((a for a in edits if a.outcome == ACCEPTED), key=lambda a: a.new_version)
        explained.update(a.tag for a in saves)
        _check_versions(verdict, action_id, saves, before, stored.versions[action_id])
        for save in saves:
            _check_rows(verdict, save, rows.get(save.tag, []))
        _check_chains(verdict, [r for r in stored.changes if r.action_id == action_id])
        _check_final(verdict, saves, stored.values[action_id])
    verdict.traces += [
        f"a history row no save of the run explains: {r.changed_by} {r.field} ({r.comment})"
        for r in stored.changes
        if r.comment not in explained and r.comment not in refused
    ]
    _check_comments(verdict, attempts, stored.comments)
    return verdict


def settled(
    attempts: list[Attempt], versions_before: dict[int, int], stored: Stored
) -> list[Attempt]:
    """`attempts` with each that may have been saved (MAYBE) taken as accepted when the
    database holds its rows (an edit's version: one past the save whose rows come before its
    own), else as DROPPED."""
    first_row: dict[str, int] = {}
    for row in stored.changes:
        first_row.setdefault(row.comment or "", row.id)
    comments = set(stored.comments)
    found = {
        a.tag
        for a in attempts
        if a.outcome == MAYBE
        and (a.tag in first_row or (a.action_id, a.client, a.comment) in comments)
    }
    out = [
        replace(a, outcome=ACCEPTED if a.tag in found else DROPPED) if a.outcome == MAYBE else a
        for a in attempts
    ]
    for action_id, version in versions_before.items():  # the versions of the edits found
        edits = [
            n
            for n, a in enumerate(out)
            if a.action_id == action_id and a.outcome == ACCEPTED and a.tag in first_row
        ]
        for n in sorted(edits, key=lambda n: first_row[out[n].tag]):
            if out[n].tag in found:
                out[n] = replace(out[n], new_version=version + 1)
            version = out[n].new_version or version
    return out


def _check_versions(
    verdict: Verdict, action_id: int, saves: list[Attempt], before: int, final: int
) -> None:
    """Each accepted save moved the version on by one, from the one it was based on, and no
    two claim the same: the second of two is lost (it was overwritten, or never written)."""
    claimed: dict[int, str] = {}
    for save in saves:
        assert save.new_version is not None
        if save.new_version in claimed:
            verdict.lost[save.tag] = (
                f"claims version {save.new_version} of action {action_id}, "
                f"as {claimed[save.new_version]} does"
            )
        claimed.setdefault(save.new_version, save.tag)
        if save.new_version != save.base_version + 1:
            verdict.unexplained.append(
                f"{save.tag} went from version {save.base_version} to {save.new_version}"
            )
            for unseen in saves:  # the saves in between it never saw, of the fields it wrote
                if save.base_version < unseen.new_version < save.new_version and (
                    unseen.values.keys() & save.values.keys()
                ):
                    verdict.lost[unseen.tag] = f"overwritten by {save.tag}, which never saw it"
    expected = set(range(before + 1, final + 1))
    if set(claimed) != expected:
        verdict.unexplained.append(
            f"action {action_id} went from version {before} to {final}; no accepted save "
            f"claims {sorted(expected - set(claimed))[:5]}, saves claim versions it never had: "
            f"{sorted(set(claimed) - expected)[:5]}"
        )


def _check_rows(verdict: Verdict, save: Attempt, rows: list[Change]) -> None:
    """One history row per changed field, under the client's name, with the saved text."""
    written = Counter((r.changed_by, r.field) for r in rows)
    wanted = Counter((save.client, FIELDS[key]) for key in save.values)
    if written != wanted:
        verdict.lost[save.tag] = (
            f"history of action {save.action_id} has {sorted(written.elements())}, "
            f"the save wrote {sorted(wanted.elements())}"
        )
        return
    for row in rows:
        if row.field in ("title", "status") and row.new_value != save.values[row.field]:
            verdict.lost[save.tag] = f"history says {row.field} = {row.new_value!r}"


def _check_chains(verdict: Verdict, rows: list[Change]) -> None:
    """A row's old value is the new value of the row before it for the same field: else the
    save that wrote the earlier one was overwritten by a save that never saw it."""
    last: dict[str, Change] = {}
    for row in rows:
        earlier = last.get(row.field)
        if earlier is not None and row.old_value != earlier.new_value:
            verdict.lost[earlier.comment or f"history row {earlier.id}"] = (
                f"{row.comment} changed {row.field} from {row.old_value!r}, not from "
                f"{earlier.new_value!r}"
            )
        last[row.field] = row


def _check_final(verdict: Verdict, saves: list[Attempt], values: dict[str, Any]) -> None:
    """Each field holds what the last accepted save of it wrote."""
    for key in FIELDS:
        last = next((s for s in reversed(saves) if key in s.values), None)
        if last is not None and values[key] != last.values[key]:
            verdict.lost[last.tag] = f"{key} is {values[key]!r}, it saved {last.values[key]!r}"


def _check_comments(
    verdict: Verdict, attempts: list[Attempt], comments: list[tuple[int, str, str]]
) -> None:
    stored = Counter(comments)
    for a in attempts:
        if a.comment is None:
            continue
        count = stored.pop((a.action_id, a.client, a.comment), 0)
        if a.outcome == ACCEPTED and count != 1:
            verdict.lost[a.tag] = f"its comment is in the thread {count} times"
        elif a.outcome != ACCEPTED and count:
            verdict.traces.append(f"{a.tag} was refused but its comment is in the thread")
    verdict.traces += [f"a comment no save explains: {c}" for c in stored.elements()]


# --- one run on one database ------------------------------------------------------------------


@dataclass(frozen=True)
class Result:
    backend: str
    clients: int
    edits: int
    actions: int
    attempts: int
    accepted: int
    refused: dict[str, int]
    lost: int
    traces: int
    unexplained: int
    p50_ms: float
    p95_ms: float
    max_ms: float
    seconds: float
    saves_per_second: float
    dropped: int  # connections the server ended meanwhile (drop_every)
    maybe_found_saved: int  # of the saves that may have been stored (MAYBE), those that were
    problems: list[str]


def stored_state(engine: Engine, action_ids: list[int], since: tuple[int, int]) -> Stored:
    """The actions as the editor reads them, and the rows written after ids `since`
    (history, comments)."""
    records = {i: read_record(engine, ACTION, i) for i in action_ids}
    with engine.connect() as connection:
        changes = [
            Change(*row)
            for row in connection.execute(
                sa.select(
                    m.ActionChange.id,
                    m.ActionChange.action_id,
                    m.ActionChange.changed_by,
                    m.ActionChange.field,
                    m.ActionChange.old_value,
                    m.ActionChange.new_value,
                    m.ActionChange.comment,
                )
                .where(m.ActionChange.id > since[0])
                .order_by(m.ActionChange.id)
            )
        ]
        comments = connection.execute(
            sa.select(m.Comment.record_id, m.Comment.author, m.Comment.text)
            .where(m.Comment.id > since[1], m.Comment.kind == ACTION.value)
            .order_by(m.Comment.id)
        )
        return Stored(
            {i: r.version for i, r in records.items()},
            {i: r.values for i, r in records.items()},
            changes,
            [(c[0], c[1], c[2]) for c in comments],
        )


def load(
    url: str,
    *,
    clients: int,
    edits: int,
    actions: int,
    seed: int,
    members: bool = False,
    drop_every: float | None = None,
) -> Result:
    """Migrate and seed the new database at `url`, run the clients on it, check it. With
    `members` (PostgreSQL), each client logs in as a member of the office of its own (an
    editor cleared for everything), as a team's colleagues do, made for the run and dropped
    after it. With `drop_every` (PostgreSQL), the server ends a client's connection that often
    (dropping_connections): a save refused as "connection lost" must have left nothing."""
    dropped: list[int] = []
    expected = frozenset({CONFLICT, DROPPED, MAYBE} if drop_every else {CONFLICT})
    engine = open_database(url).engine
    logins = {f"client-{n}": url for n in range(1, clients + 1)}
    try:
        if members:
            logins = add_members(engine, url, clients)
        with engine.connect() as connection:
            action_ids = list(
                connection.scalars(
                    sa.select(m.FollowUpAction.id).order_by(m.FollowUpAction.id).limit(actions)
                )
            )
            since = (
                connection.scalar(sa.select(sa.func.coalesce(sa.func.max(m.ActionChange.id), 0))),
                connection.scalar(sa.select(sa.func.coalesce(sa.func.max(m.Comment.id), 0))),
            )
        owners: list[Any] = [None] + [
            {"kind": p.ref.kind, "id": p.ref.id} for p in list_parties(engine)[:OWNERS]
        ]
        before = {i: read_record(engine, ACTION, i).version for i in action_ids}
        attempts, crashes, seconds = run_clients(
            logins,
            edits,
            seed,
            action_ids,
            owners,
            lambda: (
                dropping_connections(engine, drop_every, dropped) if drop_every else nullcontext()
            ),
        )
        stored = stored_state(engine, action_ids, since)
        verdict = verify(attempts, before, stored, expected)
        found = sum(a.outcome == ACCEPTED for a in settled(attempts, before, stored)) - sum(
            a.outcome == ACCEPTED for a in attempts
        )
    finally:
        if members:
            drop_members(engine, list(logins))
        engine.dispose()
    missing = clients * edits - len(attempts)
    verdict.unexplained += crashes
    if missing:
        verdict.unexplained.append(f"{missing} saves were never reported")
    latencies = [a.ms for a in attempts] or [0.0]
    accepted = sum(a.outcome == ACCEPTED for a in attempts)
    return Result(
        backend=sa.make_url(url).get_backend_name() + (", members" if members else ""),
        clients=clients,
        edits=edits,
        actions=len(action_ids),
        attempts=len(attempts),
        accepted=accepted,
        refused=dict(Counter(a.outcome for a in attempts if a.outcome != ACCEPTED)),
        lost=len(verdict.lost),
        traces=len(verdict.traces),
        unexplained=len(verdict.unexplained),
        p50_ms=round(percentile(latencies, 0.5), 1),
        p95_ms=round(percentile(latencies, 0.95), 1),
        max_ms=round(max(latencies), 1),
        seconds=round(seconds, 1),
        saves_per_second=round(len(attempts) / seconds, 1),
        dropped=sum(dropped),
        maybe_found_saved=found,
        problems=(
            [f"lost: {t}: {why}" for t, why in verdict.lost.items()]
            + verdict.traces
            + verdict.unexplained
        )[:PROBLEMS_KEPT],
    )


#: One client's connection in the middle of a transaction, ended by the server.
DROP_ONE = """
SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM (
    SELECT pid FROM pg_stat_activity
    WHERE datname = current_database() AND pid <> pg_backend_pid()
        AND backend_type = 'client backend' AND state IN ('active', 'idle in transaction')
    ORDER BY random() LIMIT 1
) AS one
"""


@contextmanager
def dropping_connections(engine: Engine, every: float, dropped: list[int]) -> Iterator[None]:
    """Every `every` seconds the server ends one client's connection in the middle of a
    transaction, where there is one (a network cut, a restart); each count goes on `dropped`."""
    stop = threading.Event()

    def drop() -> None:
        while not stop.wait(every):
            with engine.connect() as connection:
                dropped.append(connection.scalar(sa.text(DROP_ONE)) or 0)
                connection.commit()

    thread = threading.Thread(target=drop, daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()


def add_members(engine: Engine, url: str, clients: int) -> dict[str, str]:
    """`clients` new members (editors, cleared for everything) with random passwords; their
    names (unique on the server: roles are the server's, not the database's) and URLs."""
    logins = {}
    for n in range(1, clients + 1):
        name, password = f"load-{os.getpid()}-client-{n}", secrets.token_hex(16)
        add_member(engine, name, OfficeRole.EDITOR, Classification.CONFIDENTIAL, password)
        member_url = sa.make_url(url).set(username=name, password=password)
        logins[name] = member_url.render_as_string(hide_password=False)
    return logins


def drop_members(engine: Engine, names: list[str]) -> None:
    """The members' login roles, with their privileges in this database (none owns anything)."""
    with engine.begin() as connection:
        for name in names:
            if connection.scalar(sa.text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}):
                connection.exec_driver_sql(f'DROP OWNED BY "{name}"')
                connection.exec_driver_sql(f'DROP ROLE "{name}"')


@contextmanager
def server_database(server_url: str) -> Iterator[str]:
    """A new, empty database on the server of `server_url` (its URL), dropped afterwards."""
    server = sa.make_url(server_url)
    name = f"briefing_load_{os.getpid()}"
    admin = sa.create_engine(server, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f"CREATE DATABASE {name}")
    try:
        yield server.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.dispose()


def print_table(results: list[Result]) -> None:
    print(
        f"\n{'backend':<20}{'attempts':>9}{'accepted':>9}  {'refused (by reason)':<30}"
        f"{'lost':>5}{'traces':>7}{'p50 ms':>8}{'p95 ms':>8}{'max ms':>8}{'saves/s':>9}"
    )
    for r in results:
        refused = ", ".join(f"{why} {n}" for why, n in sorted(r.refused.items())) or "-"
        print(
            f"{r.backend:<20}{r.attempts:>9}{r.accepted:>9}  {refused:<30}{r.lost:>5}"
            f"{r.traces:>7}{r.p50_ms:>8.1f}{r.p95_ms:>8.1f}{r.max_ms:>8.1f}"
            f"{r.saves_per_second:>9.1f}"
        )
    for r in results:
        if r.dropped:
            print(
                f"{r.backend}: the server ended {r.dropped} of its connections meanwhile; "
                f"{r.maybe_found_saved} of the saves that may have been stored were"
            )
        for problem in r.problems[:20]:
            print(f"{r.backend}: {problem}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pg", metavar="SERVER_URL", help="in a new database on this server")
    parser.add_argument(
        "--sqlite", nargs="?", const="", metavar="FILE", help="on a new SQLite file (kept)"
    )
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--edits", type=int, default=500, help="saves per client")
    parser.add_argument("--actions", type=int, default=7, help="shared actions (the seed has 7)")
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument(
        "--drop-every",
        type=float,
        metavar="SECONDS",
        help="on PostgreSQL, the server ends a client's connection mid-transaction this often",
    )
    args = parser.parse_args()
    if min(args.clients, args.edits, args.actions) < 1:
        parser.error("--clients, --edits and --actions must be at least 1")
    if args.sqlite and Path(args.sqlite).exists():
        parser.error(f"{args.sqlite} exists: the load runs on a new database")
    sizes = {"clients": args.clients, "edits": args.edits, "actions": args.actions}
    began = time.perf_counter()
    load_before = os.getloadavg()
    results = []
    if args.sqlite is not None or args.pg is None:
        with tempfile.TemporaryDirectory(prefix="briefing-load-") as folder:
            path = Path(args.sqlite or Path(folder) / "team-load.sqlite3").absolute()
            results.append(load(f"sqlite:///{path}", seed=args.seed, **sizes))
    for members in (False, True) if args.pg else ():
        with server_database(args.pg) as url:
            results.append(
                load(url, seed=args.seed, members=members, drop_every=args.drop_every, **sizes)
            )
    print_table(results)

    from run import machine  # here, not above: each client process imports this module

    print(
        json.dumps(
            {
                "date": datetime.now(UTC).isoformat(timespec="seconds"),
                "machine": {**machine(), "load_before": load_before[0]},
                "seconds": round(time.perf_counter() - began),
                "seed": args.seed,
                "results": [asdict(r) for r in results],
            },
            ensure_ascii=False,
        )
    )
    sys.exit(0 if all(not r.problems for r in results) else 1)


if __name__ == "__main__":
    main()
