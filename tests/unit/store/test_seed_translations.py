"""The shipped dataset in Vietnamese (issue 15): every text a person reads has the office's
Vietnamese version, in Vietnamese official usage, and the loader keeps the domain's text rules
for it."""

import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from briefing_app.domain import models as m
from briefing_app.domain.authors import NOTES_AUTHOR
from briefing_app.domain.text import fold
from briefing_app.domain.translations import is_office_translation, version
from briefing_app.resources import data_dir
from briefing_app.store import search_index
from briefing_app.store.database import OpenedDatabase
from briefing_app.store.seed import SeedError, load_seed, read_dataset
from briefing_app.store.unit_of_work import reading, writing

#: every record kind that has text to translate (the rows it links, members and participants,
#: are read through it)
MODELS: tuple[type[m.Record], ...] = tuple(
    model
    for model in (mapper.class_ for mapper in m.Base.registry.mappers)
    if issubclass(model, m.Translated) and issubclass(model, m.Record)
)
#: English words that have no business in a Vietnamese text (none is a Vietnamese word)
ENGLISH = {"the", "and", "of", "with", "for", "is", "are", "by", "from", "not", "which", "that"}
#: what a text may quote in the source's own language
QUOTED = re.compile(r"«[^»]*»|\"[^\"]*\"")


def _seeded(session: Session) -> Iterator[Any]:
    """Every seeded record with translatable text, and its members and participants."""
    for model in MODELS:
        for record in session.scalars(sa.select(model).where(model.seed_key.is_not(None))):
            yield record
            yield from getattr(record, "members", [])
            yield from getattr(record, "participants", [])


def _one(session: Session, model: type[m.Record], key: str) -> Any:
    return session.scalars(sa.select(model).where(model.seed_key == key)).one()


def _texts(value: Any) -> list[str]:
    return value if isinstance(value, list) else [value]


def _versions(db: OpenedDatabase) -> list[tuple[str, str, Any, Any]]:
    """(record, field, English, Vietnamese) for every text that has an English version."""
    found = []
    with reading(db.engine) as session:
        for record in _seeded(session):
            name = getattr(record, "seed_key", None) or f"{type(record).__name__} {record.role}"
            for field in type(record).__translatable__:
                english = version(record, field, "en")
                if english is not None:
                    found.append((name, field, english, version(record, field, "vi")))
    return found


def test_every_english_text_has_a_vietnamese_version(shared_db: OpenedDatabase) -> None:
    versions = _versions(shared_db)
    assert len(versions) >= 200  # the whole dataset is looked at, not a corner of it
    missing = [(name, field) for name, field, _, vi in versions if vi is None]
    assert missing == []
    for name, field, english, vi in versions:
        assert type(vi) is type(english), (name, field)
        assert len(_texts(vi)) == len(_texts(english)), (name, field)  # same points, same order
        assert all(t.strip() for t in _texts(vi)), (name, field)


def _remarks(db: OpenedDatabase) -> list[tuple[str, str | None, bool]]:
    """Each dataset remark: its text, its Vietnamese version, whether that is the office's."""
    with reading(db.engine) as session:
        remarks = session.scalars(sa.select(m.Comment).where(m.Comment.author == NOTES_AUTHOR))
        return [(r.text, version(r, "text", "vi"), is_office_translation(r, "vi")) for r in remarks]


def test_the_dataset_remarks_have_the_offices_vietnamese_version(
    shared_db: OpenedDatabase,
) -> None:
    remarks = _remarks(shared_db)
    assert len(remarks) == 7
    for english, vietnamese, office in remarks:
        assert vietnamese not in (None, english), english
        assert office, english


def test_the_vietnamese_versions_are_the_office_translation(shared_db: OpenedDatabase) -> None:
    with reading(shared_db.engine) as session:
        unmarked = [
            getattr(r, "seed_key", None) or type(r).__name__
            for r in _seeded(session)
            if r.translations and not is_office_translation(r, "vi")
        ]
    assert unmarked == []


def test_the_vietnamese_versions_hold_no_english(shared_db: OpenedDatabase) -> None:
    for name, field, _, vi in _versions(shared_db):
        for text in _texts(vi):
            words = set(re.findall(r"\w+", QUOTED.sub("", text).lower()))
            assert not words & ENGLISH, (name, field, text)


@pytest.mark.parametrize(
    ("model", "key", "field", "expected"),
    [
        (
            m.Event,
            "event-vn-jp-local-forum-2025",
            "name",
            "Diễn đàn Hợp tác địa phương Việt Nam – Nhật Bản",
        ),
        (
            m.Event,
            "event-vn-jp-local-forum-2025",
            "theme",
            "Đồng hành phát triển toàn diện – Kiến tạo tương lai bền vững",
        ),
        (
            m.Event,
            "event-vn-jp-local-forum-2025",
            "venue",
            "Trung tâm Hội nghị quốc tế FLC Hạ Long, Quảng Ninh",
        ),
        (m.Organisation, "org-mofa-vn", "name", "Bộ Ngoại giao Việt Nam"),
        (m.Organisation, "org-quang-ninh-ppc", "name", "Ủy ban nhân dân tỉnh Quảng Ninh"),
        (m.Organisation, "org-embassy-japan-vn", "name", "Đại sứ quán Nhật Bản tại Việt Nam"),
        (m.Person, "person-pham-minh-chinh", "position", "Thủ tướng Chính phủ"),
        (
            m.Person,
            "person-cao-van-cuong",
            "position",
            "Tỉnh ủy viên, Phó Chủ tịch Ủy ban nhân dân tỉnh Thanh Hóa",
        ),
        (m.Locality, "jp-yamanashi", "name", "Yamanashi"),  # the kind says "tỉnh"
        (m.Locality, "vn-thanh-hoa", "name", "Thanh Hóa"),
        (m.EventFact, "fact-forum-2025-date", "value", "25/11/2025"),
        (m.EventFact, "fact-forum-2025-localities-total", "value", "gần 50"),
    ],
)
def test_names_follow_vietnamese_official_usage(
    shared_db: OpenedDatabase, model: type[m.Record], key: str, field: str, expected: str
) -> None:
    with reading(shared_db.engine) as session:
        record = session.scalars(sa.select(model).where(model.seed_key == key)).one()
        assert version(record, field, "vi") == expected


def test_native_names_and_excerpts_stay_as_they_are(shared_db: OpenedDatabase) -> None:
    with reading(shared_db.engine) as session:
        yamanashi = session.scalars(
            sa.select(m.Locality).where(m.Locality.seed_key == "jp-yamanashi")
        ).one()
        assert yamanashi.name_native == "山梨県"
        assert set(yamanashi.translations["vi"]) == {"name", "office_translation"}
        excerpts = list(
            session.scalars(sa.select(m.Citation.excerpt).where(m.Citation.excerpt.is_not(None)))
        )
    seeded = {
        c.get("excerpt")
        for items in read_dataset().records.values()
        for r in items
        for c in r.get("sources", [])
    }
    assert set(excerpts) <= seeded


def _folded(db: OpenedDatabase) -> tuple[str, str]:
    """The folded search text of an action, and the folded name of a Vietnamese province."""
    with reading(db.engine) as session:
        action = session.scalars(
            sa.select(m.FollowUpAction).where(
                m.FollowUpAction.seed_key == "action-yn-support-agri-processing-technology"
            )
        ).one()
        thanh_hoa = session.scalars(
            sa.select(m.Locality).where(m.Locality.seed_key == "vn-thanh-hoa")
        ).one()
        return action.search_folded, thanh_hoa.name_folded


def test_search_finds_a_seeded_record_in_either_language(seeded_db: OpenedDatabase) -> None:
    for when in ("seeded", "refolded"):
        action, thanh_hoa = _folded(seeded_db)
        assert fold("công nghệ chế biến nông sản") in action, when
        assert fold("agricultural processing technology") in action, when
        assert thanh_hoa == "thanh hoa", when  # the same name in both languages, folded once
        search_index.rebuild(seeded_db.engine)


def test_a_vietnamese_text_the_domain_refuses_is_a_seed_error(make_db, tmp_path: Path) -> None:
    folder = tmp_path / "seed"
    shutil.copytree(data_dir("seed"), folder)
    path = folder / "forum_2025.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    document["meetings"][0]["translations"]["vi"]["title"] = "Cuộc gặp\x07 song phương"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    db = make_db("empty.sqlite3", seed=False)
    with pytest.raises(SeedError, match="meetings meeting-.*control character"):
        load_seed(db.engine, read_dataset(folder))
    with reading(db.engine) as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(m.Meeting)) == 0


def test_a_database_seeded_by_an_earlier_release_gets_the_versions_it_lacks(
    seeded_db: OpenedDatabase,
) -> None:
    engine = seeded_db.engine
    sign = "action-th-yn-sign-cooperation-document"
    with writing(engine) as session:
        for record in _seeded(session):  # as migration 0008 left it: no versions at all
            record.translations = {}
        for remark in session.scalars(sa.select(m.Comment)):  # nor 0010 its remarks
            remark.translations = {}
        _one(session, m.FollowUpAction, sign).title = "Sign the document (edited by the desk)"
        own = {"vi": {"title": "Hội đàm Thanh Hóa – Yamanashi"}}  # the user's own version
        _one(session, m.Meeting, "meeting-thanh-hoa-yamanashi").translations = own
    dataset = read_dataset()
    dataset.digest = "0" * 64  # a new release's dataset
    load_seed(engine, dataset)
    missing = [(name, field) for name, field, _, vi in _versions(seeded_db) if vi is None]
    assert missing == [(sign, "title")]  # the office translated the title the user replaced
    with reading(engine) as session:
        action = _one(session, m.FollowUpAction, sign)
        assert version(action, "description", "vi").startswith("Thanh Hóa đề xuất")
        assert is_office_translation(action, "vi")
        meeting = _one(session, m.Meeting, "meeting-thanh-hoa-yamanashi")
        assert version(meeting, "title", "vi") == "Hội đàm Thanh Hóa – Yamanashi"
        assert version(meeting, "summary", "vi") is not None
        assert not is_office_translation(meeting, "vi")  # its versions are not all the office's
        head = _one(session, m.Delegation, "delegation-thanh-hoa").members[0]
        assert version(head, "role", "vi") == "Trưởng đoàn"
    assert all(vi for _, vi, _ in _remarks(seeded_db)), "the remarks are completed too"
