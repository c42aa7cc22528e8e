"""Benchmark (not a test): a forum briefing book for a generated event with 1,000 actions.

Prints pages per second of the real build (glyph fallback, page furniture, numbered canvas,
contents and outline) and the ratio against plain ReportLab laying out the same paragraphs,
each in its style's font, with no glyph fallback, no furniture and no held pages, on the same
page size in the same frame. Target (issue 16): at most 1.2x.

The generated text looks like the seed data: Vietnamese and English, with Japanese in native
names (people, prefectures) and in a share of titles and descriptions (`--kanji-share`, 0.1 by
default); `--kanji-share 1` puts kanji in every paragraph. A style's font is a chain (Noto
Sans, then IPAexGothic: briefing/chain_font.py), so the baseline draws the kanji too and embeds
the same fonts; a paragraph that changed font in <font> runs cost ReportLab about three times
a one-font paragraph, which made the ratio grow with that share.
Times are CPU seconds of this process (best and median of --repeat), so other load on the
machine matters less.

    .venv/bin/python benchmarks/pdf_book.py [--actions 1000] [--meetings 50] [--repeat 3]
                                             [--kanji-share 0.1] [--keep book.pdf]
"""

import argparse
import gc
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from io import BytesIO
from pathlib import Path

import sqlalchemy as sa
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from briefing_app.briefing.fonts import REGULAR, GlyphFallback, escape, shipped_fonts
from briefing_app.briefing.forum_book import ForumBook
from briefing_app.briefing.options import BriefingOptions
from briefing_app.briefing.page_template import FRAME_BOTTOM, LATER_FRAME_TOP, MARGIN_X
from briefing_app.briefing.story import PdfStory
from briefing_app.briefing.styles import BriefingStyles
from briefing_app.domain import models as m
from briefing_app.domain.enums import (
    ActionStatus,
    Classification,
    Country,
    DuePrecision,
    EventKind,
    MeetingKind,
)
from briefing_app.services.briefing_data import ForumBookData, forum_book_data
from briefing_app.store.database import open_database
from briefing_app.store.unit_of_work import writing

TODAY = date(2026, 11, 23)
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"]
GIVEN = ["Văn Cường", "Thị Hồng Vân", "Minh Chính", "Đại Thắng", "Việt Dũng", "Thị Lan"]
JAPANESE = [("Takebe Tsutomu", "武部勤"), ("Ito Naoki", "伊藤直樹"), ("Sato Yuki", "佐藤由紀")]
TOPICS = [
    "high-tech agriculture",
    "hydrogen",
    "tourism",
    "semiconductors",
    "human resources",
    "digital transformation",
    "climate resilience",
]
SENTENCE = (
    "Hai bên thống nhất đẩy mạnh hợp tác về {topic}; the {jp} side will send experts "
    "to {vn} and both sides review progress at the next forum session."
)


def generate(url: str, n_meetings: int, n_actions: int, kanji_share: float, seed: int = 7) -> int:
    """Add a forum with `n_meetings` meetings and `n_actions` actions; returns the event id.
    A `kanji_share` of the titles and texts name the Japanese side in kanji too."""
    rng = random.Random(seed)

    def japanese(locality: m.Locality) -> str:
        if rng.random() < kanji_share:
            return f"{locality.name} ({locality.name_native})"
        return locality.name

    with writing(open_database(url).engine) as session:
        vn = list(session.scalars(sa.select(m.Locality).where(m.Locality.country == Country.VN)))
        jp = list(session.scalars(sa.select(m.Locality).where(m.Locality.country == Country.JP)))
        forum = m.Event(
            name="Diễn đàn Hợp tác Địa phương Việt – Nhật 2026 (日越地方協力フォーラム)",
            kind=EventKind.FORUM,
            theme="Generated for the briefing benchmark",
            starts_on=date(2026, 10, 1),
            ends_on=date(2026, 10, 2),
            venue="Hà Nội",
        )
        session.add(forum)
        people = [
            m.Person(full_name=f"{f} {g}", country=Country.VN) for f in FAMILY for g in GIVEN[:3]
        ] + [m.Person(full_name=n, name_native=k, country=Country.JP) for n, k in JAPANESE]
        statuses = list(ActionStatus)
        actions: list[m.FollowUpAction] = []
        notes: list[str] = []
        for number in range(n_meetings):
            a, b = rng.choice(vn), rng.choice(jp)
            parties = [
                m.Delegation(
                    event=forum, name=f"{loc.name} delegation", side=loc.country, locality=loc
                )
                for loc in (a, b)
            ]
            text = SENTENCE.format(
                topic=rng.choice(TOPICS), jp=b.name, native=b.name_native, vn=a.name
            )
            meeting = m.Meeting(
                event=forum,
                title=f"{a.name} – {japanese(b)} meeting {number + 1}",
                kind=MeetingKind.BILATERAL,
                held_on=date(2026, 10, 1) + timedelta(days=number % 2),
                summary=" ".join([text] * 4),
                proposals=[text] * 3,
                outcomes=[text] * 3,
                parties=parties,
                classification=Classification.PUBLIC,
            )
            meeting.participants = [
                m.MeetingParticipant(person=p, role="Delegate") for p in rng.sample(people, 3)
            ]
            session.add(meeting)
            for k in range(n_actions // n_meetings):
                precision = rng.choice(list(DuePrecision))
                actions.append(
                    m.FollowUpAction(
                        meeting=meeting,
                        title=f"{a.name} và {japanese(b)}: {rng.choice(TOPICS)} #{k}",
                        description=SENTENCE.format(
                            topic=rng.choice(TOPICS), jp=japanese(b), vn=a.name
                        ),
                        status=rng.choice(statuses),
                        owner_locality=a,
                        counterpart_locality=b,
                        due_date=date(2026, 1 + rng.randrange(12), 1),
                        due_precision=precision,
                    )
                )
                notes.append(f"Ghi chú: liên hệ Sở Ngoại vụ {a.name}.")
        session.add_all(actions)
        session.flush()
        session.add_all(  # each action's thread starts with a note, as migrated ones do
            m.Comment(kind="action", record_id=action.id, author="benchmark", text=note)
            for action, note in zip(actions, notes, strict=True)
        )
        session.flush()
        return forum.id


class OneFont(GlyphFallback):
    """The baseline's text path: escape only, no coverage check; each text in its paragraph's
    font."""

    def markup(self, text: str, *, where: str, font: str = REGULAR, base: str | None = None) -> str:
        return "<br/>".join(escape(line) for line in text.split("\n"))


def plain_build(data: ForumBookData, options: BriefingOptions) -> int:
    """The same paragraphs and tables in plain ReportLab: each in its style's font, no
    furniture, on the page size and in the frame of the book's later pages (a
    SimpleDocTemplate's frame is padded by 6 pt: narrower and shorter, it made 3 % more pages)."""
    fallback = OneFont(shipped_fonts())
    width, height = options.paper.size
    content = ForumBook(data, options).document()
    frame_width = width - 2 * MARGIN_X
    story = PdfStory(content, fallback, BriefingStyles.build(), frame_width)
    frame = Frame(
        MARGIN_X,
        FRAME_BOTTOM,
        frame_width,
        height - LATER_FRAME_TOP - FRAME_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    document = BaseDocTemplate(
        BytesIO(),
        pagesize=(width, height),
        pageTemplates=[PageTemplate("plain", [frame], pagesize=(width, height))],
        initialFontName=REGULAR,
    )
    document.build(story.render())
    return int(document.page)


def cpu_times(repeat: int, *jobs: Callable[[], int]) -> list[tuple[list[float], int]]:
    """CPU seconds of each job `repeat` times, with its page count, after one untimed run of
    each (one-off costs of the first build); the jobs take turns, so a change in the load of a
    shared machine weighs on each alike."""
    for job in jobs:
        job()
    results: list[tuple[list[float], int]] = [([], 0) for _ in jobs]
    for _ in range(repeat):
        for index, job in enumerate(jobs):
            gc.collect()
            start = time.process_time()
            pages = job()
            results[index][0].append(time.process_time() - start)
            results[index] = (results[index][0], pages)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actions", type=int, default=1000)
    parser.add_argument("--meetings", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--kanji-share", type=float, default=0.1)
    parser.add_argument("--keep", type=Path, help="also write the book to this file")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'bench.sqlite3'}"
        start = time.perf_counter()
        event_id = generate(url, args.meetings, args.actions, args.kanji_share)
        print(
            f"generated {args.meetings} meetings, {args.actions} actions "
            f"in {time.perf_counter() - start:.2f} s"
        )
        engine = open_database(url).engine
        start = time.perf_counter()
        data = forum_book_data(engine, event_id, level=Classification.CONFIDENTIAL, today=TODAY)
        print(f"read the book's data in one unit of work: {time.perf_counter() - start:.2f} s")
        engine.dispose()

    options = BriefingOptions(office="Sở Ngoại vụ", prepared_by="benchmark", prepared_on=TODAY)
    shipped_fonts()  # registering the fonts is a one-off cost, not part of either build
    results: dict[str, bytes] = {}

    def full() -> int:
        rendered = ForumBook(data, options).build()
        results["pdf"] = rendered.pdf
        return rendered.page_count

    (full_times, pages), (plain_times, plain_pages) = cpu_times(
        args.repeat, full, lambda: plain_build(data, options)
    )
    if args.keep:
        args.keep.write_bytes(results["pdf"])

    full_time, plain_time = min(full_times), min(plain_times)
    print(
        f"forum book: {pages} pages in {full_time:.2f} s CPU (best of {args.repeat}; median "
        f"{statistics.median(full_times):.2f} s) = {pages / full_time:.1f} pages/s, "
        f"{len(results['pdf']) / 1e6:.1f} MB"
    )
    print(
        f"plain ReportLab, same paragraphs: {plain_pages} pages in {plain_time:.2f} s "
        f"(median {statistics.median(plain_times):.2f} s) = {plain_pages / plain_time:.1f} pages/s"
    )
    ratio = full_time / plain_time
    verdict = "within" if ratio <= 1.2 else "OVER"
    print(f"ratio: {ratio:.2f}x ({verdict} the 1.2x target; kanji share {args.kanji_share:.0%})")


if __name__ == "__main__":
    main()
