"""Write a large, realistic, deterministic Briefing desk database (issue 16).

The shipped dataset (the 2025 forum, the 81 localities, the cooperation areas) plus, at
`--scale 1`: 300 events (60 forums of five parts each), 20,000 meetings, 200,000 follow-up
actions with their history, comments and assignees, 50,000 people, 2,000 organisations and the
delegations the meetings need. Names are Vietnamese and Japanese (kanji beside the romanised
form); the work is skewed towards a few busy localities, as a real desk's is. The same
`--seed` and `--scale` give the same content, byte for byte in every table (timestamps
included: they are generated too, the seeded rows' as well).

Rows go in through the store's own tables, many per statement (the bulk insert the importer
uses), with the search index filled once at the end.

    .venv/bin/python benchmarks/generate.py OUT.sqlite3 [--scale 1] [--seed 16]
"""

import argparse
import random
import time
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from briefing_app.domain import models as m
from briefing_app.domain.due import period_start
from briefing_app.domain.enums import (
    ActionStatus,
    Classification,
    Country,
    DuePrecision,
    EventKind,
    MeetingKind,
    OrganisationKind,
    Priority,
    TimeOfDay,
)
from briefing_app.domain.text import fold
from briefing_app.services.exchange.bulk_create import _insert_many
from briefing_app.store.database import open_database
from briefing_app.store.row_ids import next_free_id
from briefing_app.store.search_index import indexed_afterwards
from briefing_app.store.unit_of_work import writing

#: Counts at --scale 1 (the issue's "years of forums" desk).
FORUMS = 60
PARTS_PER_FORUM = 4
MEETINGS = 20_000
ACTIONS = 200_000
PEOPLE = 50_000
ORGANISATIONS = 2_000
#: Every seeded row is stamped with this moment, every generated one with a moment of its own.
SEEDED_AT = datetime(2025, 11, 20, 9, 0)
FIRST_FORUM = date(2012, 3, 1)
TODAY = date(2026, 11, 23)
CLERKS = ["Nguyễn Thu Hà", "Trần Minh Đức", "Lê Thị Mai", "Phạm Quang Huy", "Hoàng Lan Anh"]

VN_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng"]
VN_FAMILY += ["Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"]
VN_MIDDLE = ["Văn", "Thị", "Minh", "Đức", "Quang", "Thanh", "Hữu", "Ngọc", "Xuân", "Thu"]
VN_GIVEN = ["Hùng", "Dũng", "Lan", "Hương", "Cường", "Thắng", "Vân", "Hải", "Tuấn", "Phương"]
VN_GIVEN += ["Chính", "Nam", "Hà", "Mai", "Quỳnh", "Trung", "Sơn", "Long", "Yến", "Đạt"]
JP_FAMILY = [
    ("Sato", "佐藤"),
    ("Suzuki", "鈴木"),
    ("Takahashi", "高橋"),
    ("Tanaka", "田中"),
    ("Ito", "伊藤"),
    ("Watanabe", "渡辺"),
    ("Yamamoto", "山本"),
    ("Nakamura", "中村"),
    ("Kobayashi", "小林"),
    ("Kato", "加藤"),
    ("Yoshida", "吉田"),
    ("Yamada", "山田"),
    ("Takebe", "武部"),
    ("Nagasaki", "長崎"),
]
JP_GIVEN = [
    ("Hiroshi", "博"),
    ("Takeshi", "武"),
    ("Yuki", "由紀"),
    ("Naoki", "直樹"),
    ("Kenji", "健二"),
    ("Akiko", "明子"),
    ("Kotaro", "光太郎"),
    ("Tsutomu", "勤"),
    ("Emi", "恵美"),
    ("Shigeru", "茂"),
    ("Haruka", "遥"),
    ("Daisuke", "大輔"),
]
VN_POSITIONS = [
    "Chủ tịch UBND tỉnh",
    "Phó Chủ tịch UBND tỉnh",
    "Giám đốc Sở Ngoại vụ",
    "Phó Giám đốc Sở Kế hoạch và Đầu tư",
    "Bí thư Tỉnh ủy",
    "Chuyên viên Phòng Hợp tác quốc tế",
]
JP_POSITIONS = ["Governor", "Vice-Governor", "Director, International Affairs", "Mayor", "知事"]
TOPICS = [
    ("nông nghiệp công nghệ cao", "high-tech agriculture"),
    ("hydro xanh", "green hydrogen"),
    ("du lịch", "tourism"),
    ("bán dẫn", "semiconductors"),
    ("nguồn nhân lực", "human resources"),
    ("chuyển đổi số", "digital transformation"),
    ("ứng phó biến đổi khí hậu", "climate resilience"),
    ("hàng không", "aviation"),
    ("văn hóa", "culture"),
    ("thu hút đầu tư", "investment"),
]
VERBS = [
    "Tổ chức đoàn khảo sát về",
    "Ký biên bản ghi nhớ hợp tác về",
    "Cử chuyên gia hỗ trợ",
    "Trao đổi thông tin về",
    "Xây dựng chương trình đào tạo",
    "Tổ chức hội thảo xúc tiến",
    "Send a study mission on",
    "Draft a cooperation plan for",
]
COMMENTS = [
    "Đã gửi công văn cho Sở Ngoại vụ {vn}, chờ phản hồi.",
    "Phía {jp} đề nghị lùi lịch làm việc sang quý sau.",
    "Đã họp trực tuyến với {jp} về {topic}; thống nhất danh sách chuyên gia.",
    "Called the {jp} office: the draft arrives next week.",
    "Chờ ý kiến của lãnh đạo UBND tỉnh {vn}.",
]
VENUES = ["Hà Nội", "Hạ Long, Quảng Ninh", "Đà Nẵng", "Tokyo", "Kōfu, Yamanashi", "Huế"]

ACTION_STATUSES = list(ActionStatus)


def _tables() -> dict[str, sa.Table]:
    return {t.name: t for t in m.Base.metadata.sorted_tables}


@dataclass
class Batch:
    """The rows to write, per table, in the order they are added."""

    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    next_id: dict[str, int] = field(default_factory=dict)

    def add(self, table: str, **columns: Any) -> int:
        """Queue a row; a table with an id column gets the next id, returned."""
        if table in self.next_id:
            columns["id"] = self.next_id[table]
            self.next_id[table] += 1
        self.rows.setdefault(table, []).append(columns)
        return int(columns.get("id", 0))


def _complete(table: sa.Table, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every column in every row (one executemany needs the same keys): the folded search
    columns as the models compute them, a column's scalar default, else NULL."""
    model = next((c for c in m.Base.registry.mappers if c.local_table is table), None)
    folded = model.class_.__folded__ if model is not None else {}
    missing: dict[str, Any] = {}
    for column in table.columns:
        default = column.default
        if column.name in folded or column.primary_key and column.name != "id":
            continue
        if default is not None and getattr(default, "is_scalar", False):
            missing[column.name] = getattr(default, "arg", None)
        elif column.nullable:
            missing[column.name] = None
    out = []
    for row in rows:
        full = {**missing, **row}
        for target, parts in folded.items():
            full[target] = fold(" ".join(str(full[p]) for p in parts if full.get(p)))
        out.append(full)
    return out


def _weights(rng: random.Random, count: int, skew: float = 1.1) -> list[float]:
    """Zipf-like weights in a shuffled order: a few busy items, a long quiet tail."""
    ranks = list(range(1, count + 1))
    rng.shuffle(ranks)
    return [1 / r**skew for r in ranks]


def _vn_name(rng: random.Random) -> tuple[str, None]:
    return f"{rng.choice(VN_FAMILY)} {rng.choice(VN_MIDDLE)} {rng.choice(VN_GIVEN)}", None


def _jp_name(rng: random.Random) -> tuple[str, str]:
    (family, family_k), (given, given_k) = rng.choice(JP_FAMILY), rng.choice(JP_GIVEN)
    return f"{family} {given}", f"{family_k}{given_k}"


def _moment(day: date, rng: random.Random) -> datetime:
    return datetime(day.year, day.month, day.day, 8 + rng.randrange(10), rng.randrange(60))


class Generator:
    def __init__(self, connection: sa.Connection, scale: float, seed: int) -> None:
        self.connection = connection
        self.rng = random.Random(seed)
        self.scale = scale
        self.batch = Batch()
        for name, table in _tables().items():
            if "id" in table.c and table.c.id.primary_key:
                self.batch.next_id[name] = next_free_id(connection, table)
        self.first_id = dict(self.batch.next_id)
        read = connection.exec_driver_sql
        self.localities: dict[Country, list[tuple[int, str, str | None]]] = {
            country: [
                (row[0], row[1], row[2])
                for row in read(
                    "SELECT id, name, name_native FROM localities WHERE country = ? ORDER BY id",
                    (country.value,),
                )
            ]
            for country in Country
        }
        self.locality_weights = {c: _weights(self.rng, len(v)) for c, v in self.localities.items()}
        self.areas = [row[0] for row in read("SELECT id FROM cooperation_areas ORDER BY id")]

    def count(self, full: int) -> int:
        return max(1, round(full * self.scale))

    def locality(self, country: Country) -> tuple[int, str, str | None]:
        return self.rng.choices(self.localities[country], self.locality_weights[country])[0]

    def run(self) -> dict[str, int]:
        organisations = self.organisations()
        people = self.people(organisations)
        events = self.events()
        meetings = self.meetings(events, people)
        self.actions(meetings, people)
        return self.write()

    def organisations(self) -> list[tuple[int, Country]]:
        made = []
        for number in range(self.count(ORGANISATIONS)):
            country = Country.VN if number % 5 < 3 else Country.JP
            locality_id, name, native = self.locality(country)
            if country is Country.VN:
                kind, label, label_native = self.rng.choice(
                    [
                        (OrganisationKind.PEOPLES_COMMITTEE, f"Ủy ban nhân dân tỉnh {name}", None),
                        (OrganisationKind.AGENCY, f"Sở Ngoại vụ {name}", None),
                        (OrganisationKind.COMPANY, f"Công ty CP Phát triển {name} {number}", None),
                        (OrganisationKind.UNIVERSITY, f"Trường Đại học {name} {number}", None),
                    ]
                )
            else:
                kind, label, label_native = self.rng.choice(
                    [
                        (OrganisationKind.GOVERNMENT, f"{name} Prefectural Government", native),
                        (
                            OrganisationKind.COMPANY,
                            f"{name} Trading Co., Ltd. {number}",
                            f"{native}商事{number}",
                        ),
                        (
                            OrganisationKind.ASSOCIATION,
                            f"{name} Vietnam Friendship Association",
                            f"{native}日越友好協会",
                        ),
                    ]
                )
            stamp = _moment(FIRST_FORUM + timedelta(days=self.rng.randrange(4000)), self.rng)
            made.append(
                (
                    self.batch.add(
                        "organisations",
                        name=label,
                        name_native=label_native,
                        kind=kind,
                        country=country,
                        locality_id=locality_id,
                        created_at=stamp,
                        updated_at=stamp,
                        version=1,
                    ),
                    country,
                )
            )
        return made

    def people(self, organisations: list[tuple[int, Country]]) -> dict[Country, list[int]]:
        by_country: dict[Country, list[int]] = {Country.VN: [], Country.JP: []}
        orgs = {c: [i for i, oc in organisations if oc is c] for c in Country}
        for _ in range(self.count(PEOPLE)):
            country = Country.VN if self.rng.random() < 0.55 else Country.JP
            full, native = _vn_name(self.rng) if country is Country.VN else _jp_name(self.rng)
            positions = VN_POSITIONS if country is Country.VN else JP_POSITIONS
            stamp = _moment(FIRST_FORUM + timedelta(days=self.rng.randrange(5000)), self.rng)
            person = self.batch.add(
                "people",
                full_name=full,
                name_native=native,
                position=self.rng.choice(positions),
                organisation_id=self.rng.choice(orgs[country]) if orgs[country] else None,
                country=country,
                personal_data_classification=Classification.INTERNAL,
                created_at=stamp,
                updated_at=stamp,
                version=1,
            )
            by_country[country].append(person)
        return by_country

    def events(self) -> list[tuple[int, date]]:
        """The forums (about two a year, in turn in Viet Nam and Japan) and their parts;
        returns (event id, day) for every event a meeting may belong to."""
        made = []
        forums = max(1, round(self.count(FORUMS * (PARTS_PER_FORUM + 1)) / (PARTS_PER_FORUM + 1)))
        for number in range(forums):
            day = FIRST_FORUM + timedelta(days=round(number * 5450 / forums))
            stamp = _moment(day - timedelta(days=30), self.rng)
            common = {"created_at": stamp, "updated_at": stamp, "version": 1}
            venue = VENUES[number % len(VENUES)]
            forum = self.batch.add(
                "events",
                name=f"Diễn đàn Hợp tác Địa phương Việt – Nhật lần thứ {number + 1} "
                f"(第{number + 1}回日越地方協力フォーラム)",
                kind=EventKind.FORUM,
                theme=f"Hợp tác về {self.rng.choice(TOPICS)[0]}",
                starts_on=day,
                ends_on=day + timedelta(days=1),
                venue=venue,
                **common,
            )
            made.append((forum, day))
            for part, kind in enumerate(
                [
                    EventKind.PLENARY,
                    EventKind.THEMATIC_SESSION,
                    EventKind.EXHIBITION,
                    EventKind.PRESS_CONFERENCE,
                ][:PARTS_PER_FORUM]
            ):
                part_day = day + timedelta(days=part // 2)
                made.append(
                    (
                        self.batch.add(
                            "events",
                            name=f"{kind.value.replace('_', ' ').capitalize()} {number + 1}",
                            kind=kind,
                            starts_on=part_day,
                            ends_on=part_day,
                            venue=venue,
                            parent_id=forum,
                            **common,
                        ),
                        part_day,
                    )
                )
        return made

    def meetings(
        self, events: list[tuple[int, date]], people: dict[Country, list[int]]
    ) -> list[tuple[int, date, int, int, str, str]]:
        """Returns (meeting id, day, VN locality id, JP locality id, VN name, JP name)."""
        made = []
        delegations: dict[tuple[int, int], int] = {}
        event_weights = [1 + i / len(events) for i in range(len(events))]  # busier lately
        for _ in range(self.count(MEETINGS)):
            event_id, day = self.rng.choices(events, event_weights)[0]
            vn_id, vn_name, _ = self.locality(Country.VN)
            jp_id, jp_name, jp_native = self.locality(Country.JP)
            stamp = _moment(day - timedelta(days=self.rng.randrange(1, 20)), self.rng)
            common = {"created_at": stamp, "updated_at": stamp, "version": 1}
            parties = []
            for locality_id, name, country in (
                (vn_id, vn_name, Country.VN),
                (jp_id, jp_name, Country.JP),
            ):
                key = (event_id, locality_id)
                if key not in delegations:
                    delegations[key] = self.batch.add(
                        "delegations",
                        event_id=event_id,
                        name=f"{name} delegation",
                        side=country,
                        locality_id=locality_id,
                        head_id=self.rng.choice(people[country]),
                        **common,
                    )
                parties.append(delegations[key])
            vi_topic, en_topic = self.rng.choice(TOPICS)
            title_jp = f"{jp_name} ({jp_native})" if self.rng.random() < 0.3 else jp_name
            text = (
                f"Hai bên thống nhất đẩy mạnh hợp tác về {vi_topic}; the {jp_name} side will "
                f"send experts on {en_topic} to {vn_name}."
            )
            meeting = self.batch.add(
                "meetings",
                event_id=event_id,
                title=f"{vn_name} – {title_jp} bilateral meeting",
                kind=self.rng.choice([MeetingKind.BILATERAL] * 6 + list(MeetingKind)),
                held_on=day,
                time_of_day=self.rng.choice(list(TimeOfDay)),
                venue=self.rng.choice(VENUES),
                objectives=[f"Thúc đẩy hợp tác {vi_topic}"],
                talking_points=[text],
                expected_asks=[],
                summary=" ".join([text] * 3),
                proposals=[text],
                outcomes=[text] if day < TODAY else [],
                classification=self.rng.choices(list(Classification), [85, 12, 3])[0],
                **common,
            )
            for delegation in parties:
                self.batch.add("meeting_parties", meeting_id=meeting, delegation_id=delegation)
            for area in self.rng.sample(self.areas, min(2, len(self.areas))):
                self.batch.add("meeting_areas", meeting_id=meeting, area_id=area)
            chosen = self.rng.sample(people[Country.VN], 2) + self.rng.sample(people[Country.JP], 2)
            for person in chosen:
                self.batch.add(
                    "meeting_participants", meeting_id=meeting, person_id=person, role="Delegate"
                )
            made.append((meeting, day, vn_id, jp_id, vn_name, jp_name))
        return made

    def actions(
        self,
        meetings: list[tuple[int, date, int, int, str, str]],
        people: dict[Country, list[int]],
    ) -> None:
        for number in range(self.count(ACTIONS)):  # busy localities have more meetings
            meeting, day, vn_id, jp_id, vn_name, jp_name = self.rng.choice(meetings)
            vi_topic, en_topic = self.rng.choice(TOPICS)
            precision = self.rng.choices(list(DuePrecision), [50, 25, 15, 10])[0]
            due = period_start(day + timedelta(days=self.rng.randrange(30, 900)), precision)
            created = _moment(day + timedelta(days=self.rng.randrange(0, 5)), self.rng)
            status, history = self.history(created, due)
            owner: dict[str, Any] = {"owner_locality_id": vn_id}
            if self.rng.random() < 0.1:
                owner = {"owner_person_id": self.rng.choice(people[Country.VN])}
            title = f"{self.rng.choice(VERBS)} {vi_topic} ({vn_name} – {jp_name}) #{number + 1}"
            last = history[-1][0] if history else created
            action = self.batch.add(
                "follow_up_actions",
                meeting_id=meeting,
                title=title,
                description=f"{vn_name} và {jp_name}: {en_topic}, {vi_topic}.",
                counterpart_locality_id=jp_id,
                due_date=due if self.rng.random() < 0.9 else None,
                status=status,
                priority=self.rng.choices(list(Priority), [20, 60, 15, 5])[0],
                classification=self.rng.choices(list(Classification), [80, 15, 5])[0],
                version=1 + len(history),
                created_at=created,
                updated_at=last,
                **owner,
            )
            if self.batch.rows["follow_up_actions"][-1]["due_date"] is not None:
                self.batch.rows["follow_up_actions"][-1]["due_precision"] = precision
            clerk = self.rng.choice(CLERKS)
            self.batch.add(
                "action_changes",
                action_id=action,
                changed_at=created,
                changed_by=clerk,
                field="created",
                new_value=title,
            )
            for moment, old, new in history:
                self.batch.add(
                    "action_changes",
                    action_id=action,
                    changed_at=moment,
                    changed_by=self.rng.choice(CLERKS),
                    field="status",
                    old_value=old.value,
                    new_value=new.value,
                )
            for area in self.rng.sample(self.areas, self.rng.randint(0, min(2, len(self.areas)))):
                self.batch.add("action_areas", action_id=action, area_id=area)
            if status.is_open and self.rng.random() < 0.6:
                self.batch.rows["follow_up_actions"][-1]["assignee"] = clerk
            for _ in range(self.rng.choices([0, 1, 2, 3], [35, 35, 20, 10])[0]):
                self.batch.add(
                    "comments",
                    kind="action",
                    record_id=action,
                    author=self.rng.choice(CLERKS),
                    written_at=created + (last - created) * self.rng.random(),
                    text=self.rng.choice(COMMENTS).format(vn=vn_name, jp=jp_name, topic=vi_topic),
                )

    def history(
        self, created: datetime, due: date
    ) -> tuple[ActionStatus, list[tuple[datetime, ActionStatus, ActionStatus]]]:
        """The status an action reached, and the changes that took it there (older actions
        went further: most are done or cancelled)."""
        age = (TODAY - created.date()).days
        steps = [ActionStatus.PROPOSED]
        path = [ActionStatus.AGREED, ActionStatus.IN_PROGRESS, ActionStatus.DONE]
        for following in path:
            if self.rng.random() < min(0.85, age / 2500):
                steps.append(following)
        if steps[-1] is not ActionStatus.DONE and self.rng.random() < 0.08:
            steps.append(self.rng.choice([ActionStatus.BLOCKED, ActionStatus.CANCELLED]))
        moments = sorted(
            created + timedelta(days=self.rng.randrange(1, max(2, min(age, 1500))))
            for _ in steps[1:]
        )
        changes = [
            (moment, old, new)
            for moment, old, new in zip(moments, steps, steps[1:], strict=False)
            if moment.date() <= TODAY
        ]
        return (changes[-1][2] if changes else ActionStatus.PROPOSED), changes

    def write(self) -> dict[str, int]:
        tables = _tables()
        written = {}
        # A meeting's parties go in before the meetings and actions (foreign keys are checked
        # at commit): their insert trigger then re-indexes nothing, and each indexed table is
        # indexed once, party names included, as its block ends.
        self.connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        order = ["meeting_parties", *(t.name for t in m.Base.metadata.sorted_tables)]
        with ExitStack() as stack:
            for name in self.batch.rows:
                stack.enter_context(indexed_afterwards(self.connection, name))
            for name in dict.fromkeys(order):
                rows = self.batch.rows.get(name)
                if rows:
                    _insert_many(self.connection, tables[name], _complete(tables[name], rows))
                    written[name] = len(rows)
        for name, first in self.first_id.items():  # the seed's rows: as if loaded that day
            table = tables[name]
            for column in (c for c in table.c if isinstance(c.type, sa.DateTime)):
                self.connection.execute(
                    sa.update(table)
                    .where(table.c.id < first, column.is_not(None))
                    .values({column.name: SEEDED_AT})
                )
        return written


def generate(path: Path, *, scale: float = 1.0, seed: int = 16) -> dict[str, int]:
    """Write the database to `path` (a new file); returns the rows written per table."""
    if path.exists():
        raise SystemExit(f"{path} exists: give a new file")
    engine = open_database(f"sqlite:///{path}").engine
    try:
        with writing(engine) as session:
            return Generator(session.connection(), scale, seed).run()
    finally:
        engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--scale", type=float, default=1.0, help="1 = 200,000 actions")
    parser.add_argument("--seed", type=int, default=16)
    args = parser.parse_args()
    started = time.perf_counter()
    written = generate(args.path, scale=args.scale, seed=args.seed)
    summary = ", ".join(f"{n:,} {t}" for t, n in written.items())
    print(f"{args.path}: {summary} in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
