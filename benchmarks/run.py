"""Every figure of issue 16 in one run, each against its floor; prints a table and one JSON object.

Rows (ratios are what count; a floor is measured the same way on the same machine, now):

- the desktop app started to the overview's figures (BRIEFING_QUIT_AFTER_START=overview) and
  to its first paint (=1), on a seeded file, against a bare PySide6 window started the same way;
- `briefing-app --version` against `python -c pass`; `list meetings --json` on the seeded file;
- the app started on the generated database (benchmarks/generate.py, 200,000 actions) against
  the seeded file, and the peak memory of the two;
- the action list's filter and the global search per keystroke on the generated database
  (the keystrokes and timing of benchmarks/search_latency.py); with `--pg SERVER_URL`, also on
  PostgreSQL: the generated database copied (`db copy`) into a new database on that server
  (a user who may create databases, as `scripts/postgres.sh start DIR` prints), dropped after;
- the forum book against plain ReportLab on the same paragraphs (benchmarks/pdf_book.py), with
  10 % and with all paragraphs carrying kanji.

Whole processes are started `--runs` times (after one warm-up run); each figure is the median,
of wall time and of CPU time (CPU time is what other load on the machine disturbs least; the
verdicts of the start-up rows use it). Every process gets its own empty home folder.

    .venv/bin/python benchmarks/run.py [--runs 5] [--db GENERATED.sqlite3] [--quick] [--pg URL]

With `--db`, the generated database is kept there and reused by later runs (it takes about
90 s to write). `--quick` uses a tenth of the data and fewer runs (a smoke test of the script).
"""

import argparse
import gc
import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.pool import NullPool

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pdf_book  # noqa: E402
import search_latency  # noqa: E402
from generate import generate  # noqa: E402

from briefing_app.briefing.fonts import shipped_fonts  # noqa: E402
from briefing_app.briefing.forum_book import ForumBook  # noqa: E402
from briefing_app.briefing.options import BriefingOptions  # noqa: E402
from briefing_app.domain.enums import Classification  # noqa: E402
from briefing_app.services import listing  # noqa: E402
from briefing_app.services.briefing_data import forum_book_data  # noqa: E402
from briefing_app.services.queries import ActionFilter  # noqa: E402
from briefing_app.services.search import search_all  # noqa: E402
from briefing_app.store.copy import copy_database  # noqa: E402
from briefing_app.store.database import open_database  # noqa: E402

PYTHON = sys.executable
BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.show()
QTimer.singleShot(0, window.close)
app.exec()
"""


@dataclass(frozen=True)
class Process:
    """Medians of several runs of one command: wall and CPU seconds, peak resident MB, and the
    CPU seconds at each moment the process reported ("first paint: 0.812 s CPU", "overview
    shown: 1.234 s CPU": the app under BRIEFING_QUIT_AFTER_START=overview)."""

    wall: float
    cpu: float
    peak_mb: float
    marks: dict[str, float]

    def at(self, mark: str) -> "Process":
        """This run with its CPU time up to `mark` (what happens after it is not the start)."""
        return Process(self.wall, self.marks[mark], self.peak_mb, {})


@dataclass(frozen=True)
class Row:
    what: str
    measured: str
    floor: str
    ratio: float | None
    target: str
    met: bool | None


def run_process(argv: list[str], environ: dict[str, str]) -> Process:
    """One run (it must exit 0)."""
    started = time.perf_counter()
    child = subprocess.Popen(
        argv, env=environ, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    _pid, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    errors = (child.stderr.read() if child.stderr else "").strip().splitlines()
    if child.returncode != 0:
        first = next((line for line in errors if "Error" in line), errors[-1] if errors else "")
        raise RuntimeError(f"{' '.join(argv[2:4])}… exited {child.returncode}: {first}")
    marks = {}
    for line in errors:
        mark, _, rest = line.partition(": ")
        if rest.endswith(" s CPU"):
            marks[mark] = float(rest.split()[0])
    return Process(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, marks)


def measure(
    argv: list[str], runs: int, before: Callable[[], None] = lambda: None, **environ: str
) -> Process:
    """One warm-up run (caches, the first start's daily backup), then `runs` measured ones,
    each with a home folder of its own; `before` is called before each."""
    results = []
    with tempfile.TemporaryDirectory(prefix="briefing-bench-home-") as home:
        env = {**os.environ, **_home(Path(home)), "QT_QPA_PLATFORM": "offscreen", **environ}
        before()
        run_process(argv, env)
        for _ in range(runs):
            before()
            results.append(run_process(argv, env))
    return Process(
        statistics.median(r.wall for r in results),
        statistics.median(r.cpu for r in results),
        statistics.median(r.peak_mb for r in results),
        {k: statistics.median(r.marks[k] for r in results) for k in results[0].marks},
    )


def _home(home: Path) -> dict[str, str]:
    names = ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")
    return {"HOME": str(home), **{n: str(home / n.lower()) for n in names}}


def app(database: Path) -> list[str]:
    """The desktop app; BRIEFING_QUIT_AFTER_START in its environment says when it closes."""
    return [PYTHON, "-m", "briefing_app", "--db", str(database)]


def to_overview(database: Path, runs: int, *, remembered: bool) -> Process:
    """Starts of the app on `database` to its overview's figures: the figures the file
    remembers (the usual start: the last start of the day left them, and nothing changed
    since), or with none (the day's first start, or one after a change elsewhere: each start
    is preceded by a write, as another program would make, so the figures are read)."""

    def change() -> None:
        with sqlite3.connect(database) as connection:
            connection.execute("UPDATE overview_generation SET generation = generation + 1")

    return measure(
        app(database),
        runs,
        (lambda: None) if remembered else change,
        BRIEFING_QUIT_AFTER_START="overview",
    )


def ratio_row(
    what: str, measured: Process, floor: Process, limit: float, *, unit: str = "s"
) -> Row:
    ratio = measured.cpu / floor.cpu
    return Row(
        what,
        f"{measured.wall:.3f} {unit} wall, {measured.cpu:.3f} CPU",
        f"{floor.wall:.3f} {unit} wall, {floor.cpu:.3f} CPU",
        round(ratio, 2),
        f"≤ {limit}×",
        ratio <= limit,
    )


def start_rows(seeded: Path, runs: int) -> list[Row]:
    bare = measure([PYTHON, "-c", BARE_WINDOW], runs)
    started = to_overview(seeded, runs, remembered=True)
    read = to_overview(seeded, runs, remembered=False)
    nothing = measure([PYTHON, "-c", "pass"], runs)
    version = measure([PYTHON, "-m", "briefing_app", "--version"], runs)
    listed = measure(
        [PYTHON, "-m", "briefing_app", "--db", str(seeded), "list", "meetings", "--json"], runs
    )
    return [
        ratio_row(
            "app start to the overview (seeded, remembered) / bare window",
            started.at("overview shown"),
            bare,
            2.5,
        ),
        ratio_row(
            "app start to the overview (seeded, read) / bare window",
            read.at("overview shown"),
            bare,
            2.5,
        ),
        ratio_row(
            "app start to first paint (seeded) / bare window", read.at("first paint"), bare, 1.3
        ),
        Row(
            "briefing-app --version / python -c pass",
            f"{version.wall:.3f} s wall, {version.cpu:.3f} CPU",
            f"{nothing.wall:.3f} s wall",
            round(version.wall / nothing.wall, 1),
            "≤ 0.15 s",
            version.wall <= 0.15,
        ),
        Row(
            "briefing-app list meetings --json (seeded)",
            f"{listed.wall:.3f} s wall, {listed.cpu:.3f} CPU",
            f"{nothing.wall:.3f} s wall",
            round(listed.wall / nothing.wall, 1),
            "≤ 0.5 s",
            listed.wall <= 0.5,
        ),
    ]


def large_start_rows(seeded: Path, generated: Path, runs: int) -> list[Row]:
    rows = []
    for remembered in (True, False):
        small = to_overview(seeded, runs, remembered=remembered)
        big = to_overview(generated, runs, remembered=remembered)
        how = "remembered" if remembered else "read"
        rows.append(
            ratio_row(
                f"app start to the overview ({how}), 200,000 actions / seeded",
                big.at("overview shown"),
                small.at("overview shown"),
                1.1,
            )
        )
    # The whole start: the main window with every page built and the pick lists read.
    small = measure(app(seeded), runs, BRIEFING_QUIT_AFTER_START="ready")
    big = measure(app(generated), runs, BRIEFING_QUIT_AFTER_START="ready")
    memory = big.peak_mb / small.peak_mb
    rows.append(
        Row(
            "peak memory, every page ready, 200,000 actions / seeded",
            f"{big.peak_mb:.0f} MB ({big.at('ready').cpu:.2f} s CPU)",
            f"{small.peak_mb:.0f} MB ({small.at('ready').cpu:.2f} s CPU)",
            round(memory, 2),
            "≤ 1.2×",
            memory <= 1.2,
        )
    )
    return rows


def keystroke_rows(url: str, repeat: int, on: str = "") -> list[Row]:
    engine = open_database(url).engine
    try:
        search_all(engine, "warm up")
        listing.page_actions(engine, ActionFilter(search="warm up"))
        gc.freeze()  # as the desktop app does once its window is up (app.py)
        search = search_latency.timed(
            f"global search{on}", lambda typed: search_all(engine, typed), repeat
        )
        listed = search_latency.timed(
            f"action list filter{on}",
            lambda typed: listing.page_actions(engine, ActionFilter(search=typed)),
            repeat,
        )
    finally:
        engine.dispose()
    return [
        Row(
            f"action list filter per keystroke, p95 (worst group), 200,000 actions{on}",
            f"{listed:.1f} ms",
            "",
            None,
            "≤ 50 ms",
            listed <= 50,
        ),
        Row(
            f"global search per keystroke, p95 (worst group), 200,000 actions{on}",
            f"{search:.1f} ms",
            "",
            None,
            "≤ 20 ms",
            search <= 20,
        ),
    ]


def postgresql_keystroke_rows(generated: Path, server_url: str, repeat: int) -> list[Row]:
    """The keystroke rows on PostgreSQL: the generated database copied into a new database on
    the server of `server_url` (its index filled by its triggers as the rows go in)."""
    server = sa.make_url(server_url)
    name = f"briefing_bench_{os.getpid()}"
    admin = sa.create_engine(server, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    url = server.set(database=name).render_as_string(hide_password=False)
    with admin.connect() as connection:
        connection.exec_driver_sql(f"CREATE DATABASE {name}")
    try:
        source = open_database(f"sqlite:///{generated}").engine
        started = time.perf_counter()
        copy_database(source, url)
        source.dispose()
        print(f"copied to PostgreSQL in {time.perf_counter() - started:.0f} s")
        return keystroke_rows(url, repeat, ", PostgreSQL")
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.dispose()


def book_rows(actions: int, repeat: int) -> list[Row]:
    options = BriefingOptions(
        office="Sở Ngoại vụ", prepared_by="benchmark", prepared_on=pdf_book.TODAY
    )
    shipped_fonts()
    rows = []
    for share in (0.1, 1.0):
        with tempfile.TemporaryDirectory() as folder:
            url = f"sqlite:///{Path(folder) / 'book.sqlite3'}"
            event_id = pdf_book.generate(url, max(1, actions // 20), actions, share)
            engine = open_database(url).engine
            data = forum_book_data(
                engine, event_id, level=Classification.CONFIDENTIAL, today=pdf_book.TODAY
            )
            engine.dispose()
        gc.collect()
        (full, pages), (plain, _) = pdf_book.cpu_times(
            repeat,
            lambda book=data: ForumBook(book, options).build().page_count,
            lambda book=data: pdf_book.plain_build(book, options),
        )
        ratio = statistics.median(full) / statistics.median(plain)
        rows.append(
            Row(
                f"forum book / plain ReportLab, {share:.0%} of paragraphs with kanji",
                f"{statistics.median(full):.2f} s CPU ({pages} pages)",
                f"{statistics.median(plain):.2f} s CPU",
                round(ratio, 2),
                "≤ 1.2×",
                ratio <= 1.2,
            )
        )
    return rows


def guarded(name: str, job: Callable[[], list[Row]]) -> list[Row]:
    """A part that fails is one row saying so; the others are still measured."""
    try:
        return job()
    except Exception as exc:  # noqa: BLE001 — a benchmark reports, it does not stop
        return [Row(name, f"error: {exc}"[:120], "", None, "", False)]


def print_table(rows: list[Row]) -> None:
    widths = [max(len(r.what) for r in rows), 32, 28]
    print(
        f"\n{'what':<{widths[0]}}  {'measured':<{widths[1]}}  {'floor':<{widths[2]}}  "
        f"{'ratio':>6}  {'target':<9}  verdict"
    )
    for r in rows:
        ratio = "" if r.ratio is None else f"{r.ratio:.2f}×"
        verdict = "met" if r.met else ("MISSED" if r.met is not None else "")
        print(
            f"{r.what:<{widths[0]}}  {r.measured:<{widths[1]}}  {r.floor:<{widths[2]}}  "
            f"{ratio:>6}  {r.target:<9}  {verdict}"
        )


def machine() -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    info = Path("/proc/cpuinfo")
    if info.is_file():
        names = [
            x.split(":", 1)[1].strip()
            for x in info.read_text().splitlines()
            if x.startswith("model name")
        ]
        cpu = names[0] if names else cpu
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.release()}",
        "load": os.getloadavg()[0],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="measured starts per command")
    parser.add_argument("--db", type=Path, help="keep (and reuse) the generated database here")
    parser.add_argument("--quick", action="store_true", help="a tenth of the data, fewer runs")
    parser.add_argument(
        "--pg", metavar="URL", help="also search on PostgreSQL, in a new database on this server"
    )
    args = parser.parse_args()
    began = time.perf_counter()
    scale, runs, repeat, book = (0.1, 2, 1, 200) if args.quick else (1.0, args.runs, 3, 1000)

    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as folder:
        seeded = Path(folder) / "seeded.sqlite3"
        open_database(f"sqlite:///{seeded}").engine.dispose()
        generated = args.db or Path(folder) / "generated.sqlite3"
        if not generated.exists():
            started = time.perf_counter()
            generate(generated, scale=scale)
            print(f"generated {generated} in {time.perf_counter() - started:.0f} s")
        open_database(f"sqlite:///{generated}").engine.dispose()  # migrated, if it was older
        rows = guarded("start-up", lambda: start_rows(seeded, runs))
        rows += guarded(
            "start-up, 200,000 actions", lambda: large_start_rows(seeded, generated, runs)
        )
        rows += guarded("per keystroke", lambda: keystroke_rows(f"sqlite:///{generated}", repeat))
        if args.pg:
            rows += guarded(
                "per keystroke, PostgreSQL",
                lambda: postgresql_keystroke_rows(generated, args.pg, repeat),
            )
        rows += guarded("forum book", lambda: book_rows(book, repeat))

    print_table(rows)
    print(
        json.dumps(
            {
                "date": datetime.now(UTC).isoformat(timespec="seconds"),
                "machine": machine(),
                "seconds": round(time.perf_counter() - began),
                "rows": [asdict(r) for r in rows],
            },
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main()
