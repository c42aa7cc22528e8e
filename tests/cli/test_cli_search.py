"""`list … --search`: the CLI and the desktop app's list views search with one engine (issue 5)."""

import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from briefing_app.services import listing, queries
from briefing_app.services.pages import PageRequest
from briefing_app.store.database import OpenedDatabase

TH_YN_MEETING = 1
TH_YN_ACTIONS = {1, 2, 3, 4, 5}

TYPED = [
    "山梨",
    "山梨県",
    "yamanashi",
    "thanh hoa",
    "THANH HOA",
    unicodedata.normalize("NFD", "Thanh Hóa"),
    "ｔｈａｎｈ　ｈｏａ",
    "cao van cuong",
    "committee",
    "da nang",
    "hydrogen",
    "nghi son",
    "japanese localities",
    "forum",
    "ha",
    "th",
    "%",
    '"thanh hoa"',
    "thanh OR zzz",
    "\\",
    "x" * 5000,
]

#: What the desktop app's list view shows for the same text, by `list` kind.
GUI_LISTS: dict[str, Callable[[Engine, str], set[int]]] = {
    "meetings": lambda e, t: {r.id for r in listing.page_meetings(e, t).rows},
    "actions": lambda e, t: {
        r.id for r in listing.page_actions(e, queries.ActionFilter(search=t)).rows
    },
    "delegations": lambda e, t: {r.id for r in listing.page_delegations(e, t).rows},
    "localities": lambda e, t: {
        r.id for r in listing.page_localities(e, t, PageRequest(limit=100)).rows
    },
}


@pytest.fixture
def db(seeded_db: OpenedDatabase) -> Path:
    assert seeded_db.path is not None
    return seeded_db.path


def _cli_ids(cli, db: Path, kind: str, text: str) -> set[int]:
    result = cli("--db", db, "list", kind, "--search", text, "--json")
    assert result.code == 0, result
    return {row["id"] for row in result.json()}


@pytest.mark.parametrize("kind", sorted(GUI_LISTS))
def test_the_cli_lists_what_the_list_view_shows(
    cli, db: Path, seeded_db: OpenedDatabase, kind: str
) -> None:
    for text in TYPED:
        assert _cli_ids(cli, db, kind, text) == GUI_LISTS[kind](seeded_db.engine, text), text


@pytest.mark.parametrize("text", ["山梨", "yamanashi", "thanh hoa", "ＴＨＡＮＨ　ＨＯＡ"])
def test_the_bilateral_meeting_and_its_actions_by_their_parties(cli, db: Path, text: str) -> None:
    assert TH_YN_MEETING in _cli_ids(cli, db, "meetings", text)
    assert _cli_ids(cli, db, "actions", text) >= TH_YN_ACTIONS


def test_kanji_finds_the_meeting_only_through_its_parties(cli, db: Path) -> None:
    rows = cli("--db", db, "list", "meetings", "--search", "山梨", "--json").json()
    assert [r["title"] for r in rows] == ["Thanh Hóa – Yamanashi bilateral meeting"]
    assert "山梨" not in rows[0]["title"]
