"""`--lang en|vi` on list, show, create and edit (issue 15): the chosen language's text, every
version in `<field>_translations`, and no version ever filled from another language."""

import json
from pathlib import Path
from typing import Any

import pytest

from briefing_app.store.database import OpenedDatabase


@pytest.fixture(autouse=True)
def _english_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.setenv(variable, "C.UTF-8")


def _file(tmp_path: Path, data: Any) -> Path:
    path = tmp_path / "record.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _meeting(cli, db: Path, tmp_path: Path) -> int:
    created = cli(
        "--db",
        db,
        "create",
        "meeting",
        "--json",
        _file(
            tmp_path,
            {
                "title_translations": {"en": "Follow-up talks", "vi": "Hội đàm tiếp theo"},
                "event_id": 1,
                "kind": "bilateral",
                "summary": "Both sides agreed to meet again.",
                "participants": [
                    {"person_id": 1, "role_translations": {"en": "host", "vi": "chủ trì"}}
                ],
            },
        ),
    )
    assert created.code == 0, created
    return int(created.json()["id"])


def test_show_gives_the_chosen_language_and_every_version(
    cli, seeded_db: OpenedDatabase, tmp_path: Path
) -> None:
    db = seeded_db.path
    meeting = _meeting(cli, db, tmp_path)

    vi = cli("--db", db, "show", "meeting", meeting, "--lang", "vi", "--json").json()
    en = cli("--db", db, "show", "meeting", meeting, "--json").json()

    assert vi["title"] == "Hội đàm tiếp theo" and en["title"] == "Follow-up talks"
    assert vi["title_translations"] == {"en": "Follow-up talks", "vi": "Hội đàm tiếp theo"}
    assert "title_vi" not in vi
    assert vi["summary"] == "Both sides agreed to meet again."  # the only version
    assert vi["summary_translations"] == {"en": "Both sides agreed to meet again.", "vi": None}
    assert vi["participants"][0]["role"] == "chủ trì"
    assert vi["participants"][0]["role_translations"] == {"en": "host", "vi": "chủ trì"}
    text = cli("--db", db, "show", "meeting", meeting, "--lang", "vi").out
    assert "title: Hội đàm tiếp theo\n" in text
    assert "summary: Both sides agreed to meet again. [en only]\n" in text


def test_a_shown_record_edited_back_never_fills_a_missing_version(
    cli, seeded_db: OpenedDatabase, tmp_path: Path
) -> None:
    db = seeded_db.path
    meeting = _meeting(cli, db, tmp_path)
    shown = cli("--db", db, "show", "meeting", meeting, "--lang", "vi", "--json").json()
    shown["title_translations"]["vi"] = "Hội đàm lần hai"

    edited = cli(
        "--db", db, "edit", "meeting", meeting, "--lang", "vi", "--json", _file(tmp_path, shown)
    )

    assert edited.code == 0, edited
    after = edited.json()
    assert after["title_translations"] == {"en": "Follow-up talks", "vi": "Hội đàm lần hai"}
    assert after["summary_translations"]["vi"] is None, "the English fallback stayed English"
    assert [h["field"] for h in after["history"] if h["field"] != "created"] == ["title_vi"]


def test_a_changed_plain_field_in_a_shown_record_is_saved_in_the_chosen_language(
    cli, seeded_db: OpenedDatabase, tmp_path: Path
) -> None:
    db = seeded_db.path
    meeting = _meeting(cli, db, tmp_path)
    shown = cli("--db", db, "show", "meeting", meeting, "--lang", "vi", "--json").json()
    shown["title"] = "Hội đàm lần ba"  # title_translations left as shown

    edited = cli(
        "--db", db, "edit", "meeting", meeting, "--lang", "vi", "--json", _file(tmp_path, shown)
    )

    assert edited.code == 0, edited
    assert edited.json()["title_translations"] == {"en": "Follow-up talks", "vi": "Hội đàm lần ba"}
    shown = edited.json()
    shown["title"] = "Hội đàm lần tư"
    shown["title_translations"]["vi"] = "Hội đàm lần năm"
    edited = cli(
        "--db", db, "edit", "meeting", meeting, "--lang", "vi", "--json", _file(tmp_path, shown)
    )
    assert edited.json()["title"] == "Hội đàm lần tư", "the changed plain field wins"


def test_a_plain_field_is_the_chosen_languages_version(
    cli, seeded_db: OpenedDatabase, tmp_path: Path
) -> None:
    db = seeded_db.path
    meeting = _meeting(cli, db, tmp_path)
    change = {
        "summary": "Hai bên nhất trí gặp lại.",
        "participants": [{"person_id": 1, "role": "chủ tọa"}],
    }

    edited = cli(
        "--db", db, "edit", "meeting", meeting, "--lang", "vi", "--json", _file(tmp_path, change)
    )

    assert edited.code == 0, edited
    after = cli("--db", db, "show", "meeting", meeting, "--json").json()
    assert after["summary_translations"] == {
        "en": "Both sides agreed to meet again.",
        "vi": "Hai bên nhất trí gặp lại.",
    }
    assert after["participants"][0]["role_translations"] == {"en": "host", "vi": "chủ tọa"}


def test_list_names_records_in_the_chosen_language(
    cli, seeded_db: OpenedDatabase, tmp_path: Path
) -> None:
    db = seeded_db.path
    fact = {"event_id": 1, "label": "Venue", "label_vi": "Địa điểm", "value": "Hạ Long"}
    created = cli("--db", db, "create", "fact", "--json", _file(tmp_path, fact)).json()["id"]

    vi = cli("--db", db, "list", "fact", "--json", "--lang", "vi").json()
    en = cli("--db", db, "list", "fact", "--json", "--lang", "en").json()

    assert {r["id"]: r["label"] for r in vi}[created] == "Địa điểm: Hạ Long"
    assert {r["id"]: r["label"] for r in en}[created] == "Venue: Hạ Long"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            {"title_translations": "Hội đàm"},
            "title_translations must be an object with the languages en, vi",
        ),
        ({"title_translations": {"ja": "会談"}}, "must be an object with the languages en, vi"),
        ({"title": None, "title_vi": "Hội đàm"}, "title is required in English too"),
    ],
)
def test_bad_versions_are_refused_and_change_nothing(
    cli, seeded_db: OpenedDatabase, tmp_path: Path, data: dict[str, Any], message: str
) -> None:
    db = seeded_db.path
    meeting = _meeting(cli, db, tmp_path)
    before = cli("--db", db, "show", "meeting", meeting, "--json").json()

    refused = cli("--db", db, "edit", "meeting", meeting, "--json", _file(tmp_path, data))

    refused.assert_user_error(message)
    assert cli("--db", db, "show", "meeting", meeting, "--json").json() == before


def test_a_new_record_with_only_a_vietnamese_title_says_what_to_do(
    cli, seeded_db: OpenedDatabase, tmp_path: Path
) -> None:
    data = {"title": "Hội đàm", "event_id": 1, "kind": "bilateral"}
    refused = cli(
        "--db", seeded_db.path, "create", "meeting", "--lang", "vi", "--json", _file(tmp_path, data)
    )
    refused.assert_user_error("title is required in English too")


def test_the_system_language_never_decides_which_version_a_plain_field_is(
    cli, seeded_db: OpenedDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = seeded_db.path
    meeting = _meeting(cli, db, tmp_path)
    monkeypatch.setenv("LC_ALL", "vi_VN.UTF-8")  # a Vietnamese machine, no --lang

    change = {"summary": "Both sides will meet in 2026."}
    assert cli("--db", db, "edit", "meeting", meeting, "--json", _file(tmp_path, change)).code == 0
    after = cli("--db", db, "show", "meeting", meeting, "--lang", "en", "--json").json()
    assert after["summary_translations"] == {"en": "Both sides will meet in 2026.", "vi": None}

    shown = cli("--db", db, "show", "meeting", meeting, "--json").json()  # shown in Vietnamese
    assert shown["text_language"] == "vi" and shown["title"] == "Hội đàm tiếp theo"
    monkeypatch.setenv("LC_ALL", "C.UTF-8")
    shown["title"] = "Hội đàm tiếp theo (sửa)"
    edited = cli("--db", db, "edit", "meeting", meeting, "--json", _file(tmp_path, shown))
    assert edited.json()["title_translations"] == {
        "en": "Follow-up talks",
        "vi": "Hội đàm tiếp theo (sửa)",
    }, "read in the language the JSON names, not this machine's"
    refused = cli(
        "--db", db, "edit", "meeting", meeting, "--json", _file(tmp_path, {"text_language": "ja"})
    )
    refused.assert_user_error("text_language must be one of en, vi")
