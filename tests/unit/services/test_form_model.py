"""The Qt-free form model: values, dirty state, validation by field, changes, merging."""

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

import pytest

from briefing_app.domain.errors import FieldError, ValidationError
from briefing_app.domain.record_kind import RecordKind
from briefing_app.domain.translations import set_reading_language
from briefing_app.services.record_kinds.fields import FieldSpec, FieldType
from briefing_app.services.record_kinds.form_model import (
    FormModel,
    Hand,
    differing,
    normalise,
    restoring_changes,
    three_way,
)
from briefing_app.services.record_kinds.registry import SPECS
from briefing_app.services.record_kinds.spec import KindSpec, RecordData

SPEC = KindSpec(
    kind=RecordKind.MEETING,
    label="Meeting",
    plural="Meetings",
    title_key="title",
    fields=(
        FieldSpec("title", "Title", FieldType.TEXT, required=True, max_length=20),
        FieldSpec("kind", "Kind", FieldType.CHOICE, required=True, choices=("bilateral", "other")),
        FieldSpec("date", "Date", FieldType.DATE),
        FieldSpec("event_id", "Event", FieldType.REFERENCE, target=RecordKind.EVENT),
        FieldSpec("summary", "Summary", FieldType.LONG_TEXT),
        FieldSpec("talking_points", "Talking points", FieldType.POINTS),
        FieldSpec("asks", "Expected asks", FieldType.ASKS),
        FieldSpec("participants", "Participants", FieldType.MEMBERS, target=RecordKind.PERSON),
        FieldSpec("party_ids", "Parties", FieldType.REFERENCES, target=RecordKind.DELEGATION),
        FieldSpec("action_count", "Actions", FieldType.INTEGER, read_only=True),
    ),
)


def record(version: int = 3, **changes: Any) -> RecordData:
    values: dict[str, Any] = {
        "title": "Talks",
        "kind": "bilateral",
        "date": "2025-11-25",
        "event_id": 1,
        "summary": None,
        "talking_points": ["Hydrogen", "Tourism"],
        "asks": [{"ask": "Direct flights", "response": None}],
        "participants": [{"person_id": 4, "role": "head"}],
        "party_ids": [2, 3],
        "action_count": 5,
    }
    values.update(changes)
    return RecordData(RecordKind.MEETING, 7, version, str(values["title"]), values)


class Recorder:
    """A stand-in for the services' check_values: refuses what it is told to."""

    def __init__(self, refuse: Mapping[str, str] | None = None) -> None:
        self.calls: list[tuple[RecordKind, dict[str, Any], bool]] = []
        self.refuse = dict(refuse or {})

    def __call__(self, kind: RecordKind, values: Mapping[str, Any], *, partial: bool) -> None:
        self.calls.append((kind, dict(values), partial))
        errors = [FieldError(k, reason) for k, reason in self.refuse.items() if k in values]
        if errors:
            raise ValidationError(errors)


# ------------------------------------------------------------------------------ values, dirty


def test_a_stored_record_starts_clean_with_its_values() -> None:
    form = FormModel(SPEC, record())
    assert not form.is_new and form.record_id == 7 and form.version == 3
    assert form.value("talking_points") == ["Hydrogen", "Tourism"]
    assert form.value("action_count") == 5
    assert not form.is_dirty and form.dirty_keys == () and form.changes() == {}
    assert form.title == "Talks"


def test_typing_makes_a_field_dirty_and_typing_it_back_clean() -> None:
    form = FormModel(SPEC, record())
    assert form.set_value("title", "Talks on hydrogen")
    assert form.dirty_keys == ("title",) and form.is_dirty_field("title")
    assert form.changes() == {"title": "Talks on hydrogen"}
    assert form.set_value("title", "Talks")
    assert not form.is_dirty
    assert not form.set_value("title", "  Talks  "), "trimmed text is the same value"


def test_text_is_nfc_trimmed_and_empty_is_none() -> None:
    form = FormModel(SPEC, record(summary="Thanh Hóa"))
    form.set_value("summary", "Thanh Ho\u0301a\r\n")
    assert form.value("summary") == "Thanh Hóa" and not form.is_dirty
    form.set_value("summary", "   ")
    assert form.value("summary") is None and not form.is_dirty_field("date")
    assert form.changes() == {"summary": None}


def test_lists_drop_empty_items_and_compare_in_order() -> None:
    form = FormModel(SPEC, record())
    form.set_value("talking_points", ["Hydrogen", "", "  ", "Tourism"])
    assert not form.is_dirty
    form.set_value("talking_points", ["Tourism", "Hydrogen"])
    assert form.dirty_keys == ("talking_points",)
    form.set_value(
        "asks", [{"ask": "Direct flights", "response": ""}, {"ask": " ", "response": "x"}]
    )
    assert not form.is_dirty_field("asks")
    form.set_value("participants", [{"person_id": 4, "role": "head"}, {"person_id": None}])
    assert not form.is_dirty_field("participants")
    shown = FormModel(SPEC, record(participants=[{"person_id": 4, "role": "head", "name": "A"}]))
    assert shown.value("participants") == [{"person_id": 4, "role": "head", "role_vi": None}], (
        "names are shown; a missing version is None"
    )
    form.set_value("party_ids", [3, 2])
    assert form.dirty_keys == ("talking_points", "party_ids")


def test_read_only_fields_cannot_be_set_and_are_never_sent() -> None:
    form = FormModel(SPEC, record())
    with pytest.raises(ValueError):
        form.set_value("action_count", 9)
    assert "action_count" not in FormModel(SPEC).changes()


def test_revert_and_saved() -> None:
    form = FormModel(SPEC, record())
    form.set_value("date", "2025-11-26")
    form.revert()
    assert not form.is_dirty and form.value("date") == "2025-11-25"
    form.set_value("date", "2025-11-26")
    form.saved(record(version=4, date="2025-11-26"))
    assert not form.is_dirty and form.version == 4


def test_a_new_record_sends_every_writable_field_with_its_defaults() -> None:
    form = FormModel(SPEC, defaults={"kind": "other", "event_id": 2})
    assert form.is_new and form.version is None and form.record_id is None
    assert not form.is_dirty
    form.set_value("title", "Reception")
    changes = form.changes()
    assert changes["title"] == "Reception" and changes["kind"] == "other"
    assert changes["event_id"] == 2 and changes["talking_points"] == []
    assert set(changes) == {f.key for f in SPEC.writable}


def test_a_record_of_another_kind_is_refused() -> None:
    other = RecordData(RecordKind.EVENT, 1, 1, "Forum", {})
    with pytest.raises(ValueError):
        FormModel(SPEC, other)


# ------------------------------------------------------------------------------ validation


def test_validate_sends_the_changes_partially_and_keeps_errors_by_field() -> None:
    check = Recorder({"date": "is not a date (use 2025-11-25)", "zzz": "is unknown"})
    form = FormModel(SPEC, record(), check=check)
    form.set_value("date", "25/11/2025")
    form.set_value("summary", "Good")
    assert not form.validate()
    assert check.calls == [(RecordKind.MEETING, {"date": "25/11/2025", "summary": "Good"}, True)]
    assert set(form.errors) == {"date"}
    assert form.error("date") is not None
    assert form.error("date").reason == "is not a date (use 2025-11-25)"  # type: ignore[union-attr]
    assert form.general_errors == []


def test_required_fields_are_refused_before_the_services_are_asked() -> None:
    check = Recorder()
    form = FormModel(SPEC, check=check)
    assert not form.validate()
    assert set(form.errors) == {"title", "kind"}
    assert form.errors["title"].reason == "is required"
    form.set_value("title", "Talks")
    assert "title" not in form.errors, "changing a field drops its error"
    form.set_value("kind", "bilateral")
    assert form.validate() and form.errors == {}


def test_errors_of_unknown_fields_are_general() -> None:
    form = FormModel(SPEC, record())
    form.set_errors([FieldError("title", "is too long"), FieldError("owner", "is unknown")])
    assert set(form.errors) == {"title"}
    assert form.general_errors == ["owner is unknown"]
    form.clear_errors()
    assert form.errors == {} and form.general_errors == []


def test_nothing_to_check_when_nothing_changed() -> None:
    check = Recorder({"title": "no"})
    form = FormModel(SPEC, record(), check=check)
    assert form.validate() and check.calls == []


# ------------------------------------------------------------------------------ merging


def test_merge_takes_theirs_keeps_mine_and_lists_conflicts() -> None:
    form = FormModel(SPEC, record())
    form.set_value("title", "Mine")  # both, differently: conflict
    form.set_value("summary", "My notes")  # only mine: kept
    form.set_value("talking_points", ["Hydrogen", "Tourism", "Aviation"])  # both, same
    theirs = record(
        version=4,
        title="Theirs",
        date="2025-11-26",  # only theirs: taken
        talking_points=["Hydrogen", "Tourism", "Aviation"],
        action_count=6,
    )
    merge = form.merge_with(theirs)
    assert merge.conflict_keys == ("title",)
    conflict = merge.conflict("title")
    assert (conflict.base, conflict.mine, conflict.theirs) == ("Talks", "Mine", "Theirs")
    assert conflict.label == "Title" and conflict.type is FieldType.TEXT
    assert merge.taken == {"date": "2025-11-26"}
    assert merge.kept == {
        "summary": "My notes",
        "talking_points": ["Hydrogen", "Tourism", "Aviation"],
    }
    assert set(merge.mine) == {"title", "summary", "talking_points"}
    assert merge.changed_by_them == {"title", "date", "talking_points"}


@pytest.mark.parametrize(
    ("pick", "title"), [("mine", "Mine"), ("theirs", "Theirs"), (Hand(" Ours "), "Ours")]
)
def test_apply_merge_rebases_on_theirs_with_the_picks_on_top(pick: Any, title: str) -> None:
    form = FormModel(SPEC, record())
    form.set_value("title", "Mine")
    form.set_value("summary", "My notes")
    theirs = record(version=4, title="Theirs", date="2025-11-26", action_count=6)
    merge = form.merge_with(theirs)
    dirty = form.apply_merge(merge, {"title": pick})
    assert form.version == 4, "the next save is a versioned edit of theirs"
    assert form.value("title") == title and form.value("date") == "2025-11-26"
    assert form.value("summary") == "My notes" and form.value("action_count") == 6
    expected = (
        {"summary": "My notes"} if title == "Theirs" else {"summary": "My notes", "title": title}
    )
    assert form.changes() == expected
    assert dirty == [k for k in ("title", "summary") if k in expected]


def test_unpicked_conflicts_keep_mine_and_unknown_picks_are_refused() -> None:
    form = FormModel(SPEC, record())
    form.set_value("title", "Mine")
    merge = form.merge_with(record(version=4, title="Theirs"))
    assert merge.values()["title"] == "Mine"
    with pytest.raises(KeyError):
        merge.values({"summary": "mine"})


def test_list_fields_conflict_whole() -> None:
    form = FormModel(SPEC, record())
    form.set_value("asks", [{"ask": "Direct flights", "response": "Under study"}])
    theirs = record(version=4, asks=[{"ask": "Direct flights", "response": "Yes"}])
    merge = form.merge_with(theirs)
    assert merge.conflict_keys == ("asks",)
    form.apply_merge(merge, {"asks": Hand([{"ask": "Direct flights", "response": "Yes, 2026"}])})
    assert form.changes() == {"asks": [{"ask": "Direct flights", "response": "Yes, 2026"}]}


def test_no_conflict_when_only_they_changed() -> None:
    form = FormModel(SPEC, record())
    merge = form.merge_with(record(version=4, summary="Theirs"))
    assert merge.conflicts == () and merge.kept == {} and merge.taken == {"summary": "Theirs"}
    form.apply_merge(merge)
    assert not form.is_dirty and form.value("summary") == "Theirs"


def test_merging_a_new_record_or_another_record_is_refused() -> None:
    with pytest.raises(ValueError):
        FormModel(SPEC).merge_with(record())
    other = RecordData(RecordKind.MEETING, 8, 1, "x", {})
    with pytest.raises(ValueError):
        FormModel(SPEC, record()).merge_with(other)


def test_take_theirs_drops_my_changes() -> None:
    form = FormModel(SPEC, record())
    form.set_value("title", "Mine")
    form.take_theirs(record(version=5, title="Theirs"))
    assert not form.is_dirty and form.value("title") == "Theirs" and form.version == 5


# ------------------------------------------------------------------------------ undoing a save


def test_restoring_changes_put_a_save_back() -> None:
    before = record(version=3)
    after = record(version=4, title="New", talking_points=["Hydrogen"], action_count=8)
    assert differing(SPEC, before.values, after.values) == ["title", "talking_points"]
    assert restoring_changes(SPEC, before, after) == {
        "title": "Talks",
        "talking_points": ["Hydrogen", "Tourism"],
    }


def test_normalise_keeps_wrong_types_for_the_services_to_name() -> None:
    assert normalise(SPEC.field("talking_points"), "not a list") == "not a list"
    assert normalise(SPEC.field("event_id"), "") is None
    assert normalise(SPEC.field("party_ids"), None) == []


def test_a_new_record_starts_from_the_fields_defaults() -> None:
    spec = replace(
        SPEC,
        fields=tuple(
            replace(f, default="bilateral") if f.key == "kind" else f for f in SPEC.fields
        ),
    )
    assert FormModel(spec).value("kind") == "bilateral"
    assert FormModel(spec, defaults={"kind": "other"}).value("kind") == "other"
    assert not FormModel(spec).is_dirty


def test_the_services_check_is_used_by_default() -> None:
    spec = SPECS[RecordKind.SOURCE]
    values = {f.key: f.empty() for f in spec.fields}
    values.update(title="Press release", kind="article", publisher="VNA", language="vi")
    form = FormModel(spec, RecordData(RecordKind.SOURCE, 1, 1, "Press release", values))
    form.set_value("published_on", "25/11/2025")
    form.set_value("title", "x" * 5000)
    assert not form.validate()
    assert set(form.errors) == {"published_on", "title"}
    form.set_value("published_on", "2025-11-25")
    form.set_value("title", "Press release, updated")
    assert form.validate()


def test_three_way_splits_two_edits_of_one_base() -> None:
    base = {"a": 1, "b": 2, "c": 3, "d": 4}
    split = three_way("abcd", base, {"a": 10, "b": 20, "d": 4}, {"b": 21, "c": 30, "a": 10})
    assert split.mine == {"a": 10, "b": 20}
    assert split.theirs == {"a": 10, "b": 21, "c": 30}
    assert split.conflicts == ("b",)
    assert split.taken == {"c": 30}
    assert split.kept == {"a": 10}, "both changed a to the same value: nothing to choose"


def test_a_record_is_named_by_its_title_in_the_reading_language() -> None:
    spec = SPECS[RecordKind.ACTION]
    data = RecordData(RecordKind.ACTION, 3, 1, "Send the draft", {"title": "Send the draft"})
    english_only = FormModel(spec, data)
    both = FormModel(spec, replace(data, values={**data.values, "title_vi": "Gửi dự thảo"}))

    assert (english_only.title, both.title) == ("Send the draft", "Send the draft")
    set_reading_language("vi")
    assert both.title == "Gửi dự thảo"
    assert english_only.title == "Send the draft", "no Vietnamese version: the English"
