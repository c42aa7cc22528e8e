"""The shipped dataset: what it contains, that loading is idempotent, and that a broken
dataset is refused before anything is written."""

import json
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from briefing_app.domain import models as m
from briefing_app.domain.authors import NOTES_AUTHOR
from briefing_app.domain.enums import Country
from briefing_app.domain.record_kind import RecordKind
from briefing_app.resources import data_dir
from briefing_app.services.comments import insert_comment, list_comments
from briefing_app.store.database import OpenedDatabase
from briefing_app.store.seed import META_KEY, SeedError, load_seed, read_dataset
from briefing_app.store.unit_of_work import reading, writing

MEETING_KEY = "meeting-thanh-hoa-yamanashi"
TABLES = [
    m.Source,
    m.CooperationArea,
    m.Locality,
    m.Organisation,
    m.Person,
    m.Event,
    m.EventFact,
    m.Delegation,
    m.Meeting,
    m.Agreement,
    m.FollowUpAction,
    m.Citation,
    m.Comment,
    m.AppMeta,
]


def _counts(engine: sa.Engine) -> dict[str, int]:
    with reading(engine) as session:
        return {
            t.__tablename__: session.scalar(sa.select(sa.func.count()).select_from(t)) or 0
            for t in TABLES
        }


def _by_key(session: Session, model: type[m.Record], key: str) -> Any:
    return session.scalars(sa.select(model).where(model.seed_key == key)).one()


# --- what the dataset holds ------------------------------------------------------------------


def test_vietnamese_localities(seeded_db: OpenedDatabase) -> None:
    with reading(seeded_db.engine) as session:
        vn = list(session.scalars(sa.select(m.Locality).where(m.Locality.country == Country.VN)))
        kinds = Counter(loc.kind.value for loc in vn)
        names = {loc.name for loc in vn}
        cities = {loc.name for loc in vn if loc.kind.value == "city"}
        folded = [loc.name_folded for loc in vn]
    assert len(vn) == 34
    assert kinds == {"city": 6, "province": 28}
    assert {"Thanh Hóa", "Quảng Ninh", "Lào Cai"} <= names
    assert cities == {"Hà Nội", "Huế", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh City", "Cần Thơ"}
    assert all(folded)


def test_japanese_localities(seeded_db: OpenedDatabase) -> None:
    with reading(seeded_db.engine) as session:
        jp = list(session.scalars(sa.select(m.Locality).where(m.Locality.country == Country.JP)))
        native = {loc.name: loc.name_native for loc in jp}
        folded = {loc.name: loc.name_folded for loc in jp}
    assert len(jp) == 47
    assert native["Yamanashi"] == "山梨県"
    assert all(native.values())
    assert len(set(native.values())) == 47
    assert folded["Yamanashi"] == "yamanashi 山梨県"  # its Vietnamese name is the same, folded once


def test_every_locality_cites_a_source(seeded_db: OpenedDatabase) -> None:
    with reading(seeded_db.engine) as session:
        uncited = session.scalar(
            sa.select(sa.func.count()).select_from(m.Locality).where(~m.Locality.citations.any())
        )
    assert uncited == 0


def test_thanh_hoa_yamanashi_meeting_has_cited_follow_up_actions(
    seeded_db: OpenedDatabase,
) -> None:
    with reading(seeded_db.engine) as session:
        meeting = _by_key(session, m.Meeting, MEETING_KEY)
        assert meeting.title == "Thanh Hóa – Yamanashi bilateral meeting"
        assert {d.seed_key for d in meeting.parties} == {
            "delegation-thanh-hoa",
            "delegation-yamanashi",
        }
        assert len(meeting.actions) >= 5
        for action in meeting.actions:
            urls = [c.source.url for c in action.citations]
            assert urls, action.title
            assert all(u and u.startswith("https://") for u in urls), action.title
        owners = {(a.owner_locality.name if a.owner_locality else None) for a in meeting.actions}
        assert owners == {"Thanh Hóa", "Yamanashi"}
        assert meeting.citations


def test_the_five_agreed_follow_ups_are_there(seeded_db: OpenedDatabase) -> None:
    with reading(seeded_db.engine) as session:
        titles = " | ".join(a.title for a in _by_key(session, m.Meeting, MEETING_KEY).actions)
    for words in (
        "cooperation document",
        "business trip",
        "Investment Promotion Conference",
        "agricultural processing",
        "conferences",
    ):
        assert words in titles


def test_disagreeing_sources_are_both_kept(seeded_db: OpenedDatabase) -> None:
    with reading(seeded_db.engine) as session:
        facts = list(
            session.scalars(
                sa.select(m.EventFact).where(
                    m.EventFact.label == "Japanese localities participating"
                )
            )
        )
        sources = {f.value: {c.source.seed_key for c in f.citations} for f in facts}
    assert set(sources) == {"15", "18"}
    assert all(sources.values())
    assert sources["15"] != sources["18"]


def test_both_counts_of_orientations_are_kept(seeded_db: OpenedDatabase) -> None:
    with reading(seeded_db.engine) as session:
        facts = list(
            session.scalars(
                sa.select(m.EventFact).where(m.EventFact.label.like("Main orientations%"))
            )
        )
        sources = {f.value: {c.source.seed_key for c in f.citations} for f in facts}
    assert set(sources) == {"five", "six"}
    assert sources["five"] != sources["six"]


def test_seed_report_and_digest(make_db) -> None:
    db = make_db("fresh.sqlite3", seed=False)
    report = load_seed(db.engine)
    assert not report.skipped
    assert report.created["localities"] == 81
    assert report.created["actions"] == read_dataset().count("actions")
    with reading(db.engine) as session:
        meta = session.get(m.AppMeta, META_KEY)
        assert meta is not None
        assert meta.value == read_dataset().digest


# --- idempotence -----------------------------------------------------------------------------


def test_loading_twice_changes_nothing(seeded_db: OpenedDatabase) -> None:
    before = _counts(seeded_db.engine)
    report = load_seed(seeded_db.engine)
    assert report.skipped
    assert report.created == {}
    assert _counts(seeded_db.engine) == before


def test_a_changed_dataset_keeps_user_edits_and_adds_no_duplicates(
    seeded_db: OpenedDatabase,
) -> None:
    engine = seeded_db.engine
    with writing(engine) as session:
        action = _by_key(session, m.FollowUpAction, "action-th-yn-sign-cooperation-document")
        action.title = "Sign the cooperation document (edited by the desk)"
        action.description = "Draft sent to Kofu."
        insert_comment(session, RecordKind.ACTION, action.id, "Kofu replied.", "lan")
        action_id = action.id
    thread = [(c.author, c.text) for c in list_comments(engine, RecordKind.ACTION, action_id)]
    assert [a for a, _ in thread] == [NOTES_AUTHOR, "lan"]  # the dataset's notes come first
    before = _counts(engine)
    dataset = read_dataset()
    dataset.digest = "0" * 64  # as if a new release shipped a different dataset
    report = load_seed(engine, dataset)
    assert not report.skipped
    assert set(report.created.values()) == {0}
    assert _counts(engine) == before
    with reading(engine) as session:
        action = _by_key(session, m.FollowUpAction, "action-th-yn-sign-cooperation-document")
        assert action.title == "Sign the cooperation document (edited by the desk)"
        assert action.description == "Draft sent to Kofu."
        assert session.get(m.AppMeta, META_KEY).value == "0" * 64
    after = [(c.author, c.text) for c in list_comments(engine, RecordKind.ACTION, action_id)]
    assert after == thread


def _copy_seed(tmp_path: Path) -> Path:
    folder = tmp_path / "seed"
    shutil.copytree(data_dir("seed"), folder)
    return folder


def _edit(folder: Path, name: str, change: Any) -> None:
    path = folder / name
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document)
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")


def test_a_new_release_adds_only_new_records(seeded_db: OpenedDatabase, tmp_path: Path) -> None:
    folder = _copy_seed(tmp_path)

    def add_area(document: dict[str, Any]) -> None:
        document["cooperation_areas"].append(
            {"key": "area-test-new", "name": "Test area", "name_vi": "Lĩnh vực thử"}
        )

    _edit(folder, "cooperation_areas.json", add_area)
    before = _counts(seeded_db.engine)
    report = load_seed(seeded_db.engine, read_dataset(folder))
    assert report.created["cooperation_areas"] == 1
    after = _counts(seeded_db.engine)
    assert after["cooperation_areas"] == before["cooperation_areas"] + 1
    assert {k: v for k, v in after.items() if k != "cooperation_areas"} == {
        k: v for k, v in before.items() if k != "cooperation_areas"
    }


# --- broken datasets -------------------------------------------------------------------------


def _assert_nothing_written(db: OpenedDatabase) -> None:
    counts = _counts(db.engine)
    assert set(counts.values()) == {0}, counts


def test_a_schema_violation_is_refused(tmp_path: Path) -> None:
    folder = _copy_seed(tmp_path)
    _edit(folder, "localities_vn.json", lambda d: d["localities"][0].update(kind="county"))
    with pytest.raises(SeedError, match="localities_vn.json"):
        read_dataset(folder)


def test_a_file_that_is_not_json_is_refused(tmp_path: Path) -> None:
    folder = _copy_seed(tmp_path)
    path = folder / "sources.json"
    path.write_text(path.read_text(encoding="utf-8")[:-40], encoding="utf-8")  # truncated
    with pytest.raises(SeedError, match="sources.json"):
        read_dataset(folder)


def test_duplicate_keys_are_refused(tmp_path: Path) -> None:
    folder = _copy_seed(tmp_path)

    def duplicate(document: dict[str, Any]) -> None:
        document["localities"].append(dict(document["localities"][0]))

    _edit(folder, "localities_jp.json", duplicate)
    with pytest.raises(SeedError, match="duplicate localities keys"):
        read_dataset(folder)


def test_a_dangling_reference_is_refused_and_nothing_is_written(make_db, tmp_path: Path) -> None:
    folder = _copy_seed(tmp_path)

    def dangle(document: dict[str, Any]) -> None:
        document["actions"][-1]["owner"] = "vn-atlantis"

    _edit(folder, "forum_2025.json", dangle)
    dataset = read_dataset(folder)  # the schema is fine; the reference is not
    db = make_db("empty.sqlite3", seed=False)
    with pytest.raises(SeedError, match="vn-atlantis"):
        load_seed(db.engine, dataset)
    _assert_nothing_written(db)


def test_a_record_the_domain_refuses_is_a_seed_error(make_db, tmp_path: Path) -> None:
    folder = _copy_seed(tmp_path)
    _edit(folder, "forum_2025.json", lambda d: d["meetings"][0].update(title="Bell\x07 meeting"))
    dataset = read_dataset(folder)
    db = make_db("empty.sqlite3", seed=False)
    with pytest.raises(SeedError, match="meetings meeting-.*control character"):
        load_seed(db.engine, dataset)
    _assert_nothing_written(db)
