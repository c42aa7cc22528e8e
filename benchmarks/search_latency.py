"""Benchmark (not a test): global search latency per keystroke on 200,000 generated actions.

Reuses the deterministic generator of `pdf_book.py` (Vietnamese and Japanese names, kanji in a
share of titles and texts), then types each query one character at a time and times
`search_all` for every prefix, as the search popup does. Prints p50 and p95 per query group
(1-, 2- and 3-word Latin queries, Japanese queries). Target: p95 under 20 ms (issue 16).

Then, for information, the same keystrokes in the action list's filter (the same engine, but
no bound on one- and two-character queries): the first page of 200 and the number of matches,
as the list view reads them after its debounce.

    .venv/bin/python benchmarks/search_latency.py [--actions 200000] [--db FILE] [--repeat 3]

With `--db FILE`, the generated database is kept there and reused by later runs.
"""

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collections.abc import Callable  # noqa: E402

from pdf_book import generate  # noqa: E402
from sqlalchemy.engine import Engine  # noqa: E402

from briefing_app.services import listing  # noqa: E402
from briefing_app.services.queries import ActionFilter  # noqa: E402
from briefing_app.services.search import search_all  # noqa: E402
from briefing_app.store.database import open_database  # noqa: E402

QUERIES = {
    "latin, 1 word": ["yamanashi", "hydrogen", "nguyen", "thanh"],
    "latin, 2 words": ["thanh hoa", "da nang", "ha noi", "nghe an"],
    "latin, 3 words": ["thanh hoa yamanashi", "ho chi minh", "da nang tourism"],
    "japanese": ["山梨", "山梨県", "広島県", "日越", "佐藤由紀"],
}
TARGET_MS = 20.0


def keystrokes(query: str) -> list[str]:
    return [query[:n] for n in range(1, len(query) + 1) if query[:n].strip()]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def list_actions(engine: Engine, typed: str) -> object:
    return listing.page_actions(engine, ActionFilter(search=typed))


def timed(title: str, search: Callable[[str], object], repeat: int) -> float:
    """Time `search` on every keystroke of every query; print a table; return the worst p95."""
    print(f"\n{title}")
    print(f"{'queries':<16} {'keystrokes':>10} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    worst = 0.0
    for group, queries in QUERIES.items():
        times: list[float] = []
        for query in queries:
            for typed in keystrokes(query):
                for _ in range(repeat):
                    started = time.perf_counter()
                    search(typed)
                    times.append((time.perf_counter() - started) * 1000)
        p95 = percentile(times, 0.95)
        worst = max(worst, p95)
        print(
            f"{group:<16} {len(times) // repeat:>10} {statistics.median(times):>8.1f} "
            f"{p95:>8.1f} {max(times):>8.1f}"
        )
    return worst


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actions", type=int, default=200_000)
    parser.add_argument("--meetings", type=int, default=2_000)
    parser.add_argument("--kanji-share", type=float, default=0.3)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--db", type=Path, help="keep (and reuse) the generated database here")
    args = parser.parse_args()

    folder = tempfile.TemporaryDirectory()
    path = args.db or Path(folder.name) / "search.sqlite3"
    url = f"sqlite:///{path}"
    if not path.exists():
        started = time.perf_counter()
        generate(url, args.meetings, args.actions, args.kanji_share)
        print(f"generated {args.actions:,} actions in {time.perf_counter() - started:.0f} s")
    engine = open_database(url).engine
    with engine.connect() as connection:
        count = connection.exec_driver_sql("SELECT count(*) FROM follow_up_actions").scalar()
    print(f"{count:,} actions in {path}")

    search_all(engine, "warm up")
    worst = timed("global search", lambda typed: search_all(engine, typed), args.repeat)
    verdict = "met" if worst < TARGET_MS else "MISSED"
    print(f"target p95 < {TARGET_MS:.0f} ms: {verdict} (worst group p95 {worst:.1f} ms)")
    timed("action list filter", lambda typed: list_actions(engine, typed), args.repeat)
    engine.dispose()
    folder.cleanup()


if __name__ == "__main__":
    main()
