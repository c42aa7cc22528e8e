"""Benchmark (not a test): how long a colleague's save takes to reach another instance on
PostgreSQL (issue 17, "within a second").

On a scratch database made on the server (migrated and seeded, dropped afterwards), one engine
saves a follow-up action `--writes` times through the services (update_action: a unit of work
with its pg_notify), while a ChangeListener on a second engine (another instance) waits for
each notice. Prints the median and p95 from the start of the save to the notice's arrival in
the listener's thread, and from the return of the save call (negative: heard before the call,
which reads the saved action back after its COMMIT, returned). The GUI adds one queued signal
on top (sub-millisecond).

    .venv/bin/python benchmarks/notice_latency.py [--server URL] [--writes 200]

`--server` defaults to BRIEFING_TEST_PG_URL (scripts/postgres.sh start prints one); its user
needs CREATEDB.
"""

import argparse
import os
import queue
import statistics
import threading
import time

import sqlalchemy as sa
from sqlalchemy.pool import NullPool

from briefing_app.domain.record_kind import RecordKind
from briefing_app.services.actions import ActionEdit, update_action
from briefing_app.store.change_notices import Change, ChangeListener
from briefing_app.store.database import open_database
from briefing_app.store.engine import make_engine

ACTION_ID = 3
TARGET_MS = 1000.0


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def measure(url: str, writes: int) -> tuple[list[float], list[float]]:
    """(save's return to arrival, save's start to arrival) in milliseconds, one pair per
    write."""
    writer = open_database(url).engine
    colleague = make_engine(url)
    arrivals: queue.Queue[tuple[float, list[Change]]] = queue.Queue()
    listener = ChangeListener(
        colleague, lambda changes: arrivals.put((time.perf_counter(), changes))
    )
    thread = threading.Thread(target=listener.run, daemon=True)
    thread.start()
    if not listener.listening.wait(10):
        raise SystemExit("the listener did not connect")
    after_return: list[float] = []
    after_start: list[float] = []
    try:
        for number in range(writes):
            started = time.perf_counter()
            edit = ActionEdit(title=f"Latency probe {number}")
            update_action(writer, ACTION_ID, edit, changed_by="benchmark")
            returned = time.perf_counter()
            arrived, changes = arrivals.get(timeout=10)
            assert changes == [(RecordKind.ACTION, ACTION_ID)], changes
            after_return.append((arrived - returned) * 1000)
            after_start.append((arrived - started) * 1000)
    finally:
        listener.stop.set()
        thread.join(5)
        writer.dispose()
        colleague.dispose()
    return after_return, after_start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--server", default=os.environ.get("BRIEFING_TEST_PG_URL"))
    parser.add_argument("--writes", type=int, default=200)
    args = parser.parse_args()
    if not args.server:
        parser.error("name a PostgreSQL server: --server URL or BRIEFING_TEST_PG_URL")
    server = sa.make_url(args.server)
    name = f"briefing_notice_bench_{os.getpid()}"
    admin = sa.create_engine(server, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f"CREATE DATABASE {name}")
    try:
        url = server.set(database=name).render_as_string(hide_password=False)
        after_return, after_start = measure(url, args.writes)
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.dispose()
    print(f"{args.writes} saves of one action, notice heard by a second engine's listener:")
    print(f"{'from':<24}{'median ms':>12}{'p95 ms':>10}{'max ms':>10}")
    for label, values in (("the save's start", after_start), ("the save's return", after_return)):
        print(
            f"{label:<24}{statistics.median(values):>12.1f}"
            f"{percentile(values, 0.95):>10.1f}{max(values):>10.1f}"
        )
    verdict = "within" if percentile(after_start, 0.95) < TARGET_MS else "NOT within"
    print(f"p95 from the save's start is {verdict} {TARGET_MS:.0f} ms")


if __name__ == "__main__":
    main()
