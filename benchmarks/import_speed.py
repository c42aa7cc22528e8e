"""Benchmark (not a test): import speed of 100,000 new follow-up actions from CSV, JSON and XLSX.

Generates one file per format (Vietnamese and English titles, owners, due periods, cooperation
areas, descriptions: the seed's meetings, parties and areas), imports each into a fresh copy of
a seeded database and prints rows per second (wall clock of `import_actions`: reading the file,
checking every row, writing in one transaction, filling the search index) and the CPU
seconds of this process (on a shared machine the wall clock also counts the others). Then, for
information, the update path: the 100,000 actions exported to CSV and imported again with a
changed status on every row. Target: at least 5,000 rows per second for each format.

    .venv/bin/python benchmarks/import_speed.py [--rows 100000] [--formats csv,json,xlsx]
                                                [--no-updates] [--keep FOLDER]
"""

import argparse
import csv
import json
import random
import shutil
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook

from briefing_app.services.exchange import ExportFormat, export_actions, import_actions
from briefing_app.store.database import open_database

TARGET = 5_000
HEADER = [
    "meeting_id",
    "title",
    "status",
    "priority",
    "classification",
    "due_date",
    "owner",
    "counterpart",
    "cooperation_areas",
    "description",
]
OWNERS = ["Thanh Hóa", "Yamanashi", "Đà Nẵng", "山梨県", "Hiroshima", "Nghệ An", ""]
AREAS = ["Tourism", "Hydrogen", "High-tech agriculture", "Semiconductors", "Tourism; Culture"]
STATUSES = ["proposed", "agreed", "in_progress"]
DUES = ["2026", "2026-Q2", "2026-03", "2026-05-15", ""]
WORDS = [
    "hợp",
    "tác",
    "du",
    "lịch",
    "nông",
    "nghiệp",
    "công",
    "nghệ",
    "cao",
    "nhân",
    "lực",
    "đào",
    "tạo",
    "hydrogen",
    "exchange",
    "visit",
]


def rows(count: int, seed: int = 18) -> list[dict[str, str]]:
    rng = random.Random(seed)
    out = []
    for number in range(count):
        title = " ".join(rng.choices(WORDS, k=6)).capitalize() + f" #{number}"
        out.append(
            {
                "meeting_id": str(rng.randint(1, 4)),
                "title": title,
                "status": rng.choice(STATUSES),
                "priority": rng.choice(["low", "normal", "high"]),
                "classification": rng.choice(["public", "internal"]),
                "due_date": rng.choice(DUES),
                "owner": rng.choice(OWNERS),
                "counterpart": rng.choice(OWNERS),
                "cooperation_areas": rng.choice(AREAS),
                "description": " ".join(rng.choices(WORDS, k=20)),
            }
        )
    return out


def write_csv(data: list[dict[str, str]], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, HEADER)
        writer.writeheader()
        writer.writerows(data)


def write_json(data: list[dict[str, str]], path: Path) -> None:
    records = []
    for row in data:
        record: dict[str, object] = {k: v for k, v in row.items() if v != ""}
        record["meeting_id"] = int(row["meeting_id"])
        if row["cooperation_areas"]:
            record["cooperation_areas"] = row["cooperation_areas"].split("; ")
        records.append(record)
    path.write_text(json.dumps({"actions": records}, ensure_ascii=False), encoding="utf-8")


def write_xlsx(data: list[dict[str, str]], path: Path) -> None:
    """As the app's export and Excel write it: with its <dimension> (openpyxl's write-only mode
    leaves it out, and its reader then parses the whole sheet twice)."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Actions"
    sheet.append(HEADER)
    for row in data:
        values: list[object] = [row[c] or None for c in HEADER]
        values[0] = int(row["meeting_id"])
        sheet.append(values)
    book.save(path)


WRITERS = {"csv": write_csv, "json": write_json, "xlsx": write_xlsx}


def timed_import(template: Path, folder: Path, source: Path) -> tuple[float, float, str]:
    target = folder / f"import-{source.suffix[1:]}.sqlite3"
    shutil.copyfile(template, target)
    engine = open_database(f"sqlite:///{target}").engine
    try:
        started, cpu = time.perf_counter(), time.process_time()
        result = import_actions(engine, source, changed_by="benchmark")
        return time.perf_counter() - started, time.process_time() - cpu, result.summary()
    finally:
        engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--formats", default="csv,json,xlsx")
    parser.add_argument("--no-updates", action="store_true", help="skip the update round trip")
    parser.add_argument("--keep", type=Path, help="keep the files and databases in FOLDER")
    args = parser.parse_args()

    scratch = tempfile.TemporaryDirectory()
    folder = args.keep or Path(scratch.name)
    folder.mkdir(parents=True, exist_ok=True)
    template = folder / "template.sqlite3"
    template.unlink(missing_ok=True)
    open_database(f"sqlite:///{template}").engine.dispose()
    data = rows(args.rows)
    print(f"{args.rows:,} new actions per file; target {TARGET:,} rows/s")
    print(f"{'format':<8} {'file MB':>8} {'seconds':>8} {'CPU s':>6} {'rows/s':>8}  verdict")
    worst = float("inf")
    for fmt in args.formats.split(","):
        source = folder / f"actions.{fmt}"
        WRITERS[fmt](data, source)
        seconds, cpu, summary = timed_import(template, folder, source)
        rate = args.rows / seconds
        worst = min(worst, rate)
        size = source.stat().st_size / 1e6
        verdict = "met" if rate >= TARGET else "MISSED"
        print(
            f"{fmt:<8} {size:>8.1f} {seconds:>8.1f} {cpu:>6.1f} {rate:>8,.0f}  {verdict}  "
            f"({summary})"
        )

    if not args.no_updates and "csv" in args.formats.split(","):
        database = folder / "import-csv.sqlite3"
        engine = open_database(f"sqlite:///{database}").engine
        try:
            exported = folder / "exported.csv"
            export_actions(engine, exported, ExportFormat.CSV)
            lines = exported.read_text(encoding="utf-8-sig").splitlines(keepends=True)
            changed = [lines[0]] + [line.replace(",proposed,", ",agreed,", 1) for line in lines[1:]]
            edited = folder / "edited.csv"
            edited.write_text("".join(changed), encoding="utf-8")
            started = time.perf_counter()
            result = import_actions(engine, edited, changed_by="benchmark")
            seconds = time.perf_counter() - started
        finally:
            engine.dispose()
        count = len(lines) - 1
        print(
            f"\nupdate round trip (export, change proposed -> agreed, import): {count:,} rows "
            f"in {seconds:.1f} s, {count / seconds:,.0f} rows/s ({result.summary()})"
        )
    print(f"\nslowest format: {worst:,.0f} rows/s: {'met' if worst >= TARGET else 'MISSED'}")
    scratch.cleanup()


if __name__ == "__main__":
    main()
