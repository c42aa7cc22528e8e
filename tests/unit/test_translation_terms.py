"""The Vietnamese interface names one thing one way: the columns of the action lists (the
follow-up actions page, a meeting's actions, My work) use the same words, and a meeting's
editor names its fields as its brief does."""

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "briefing_vi.ts"
#: The contexts whose texts head the columns of a list of actions.
ACTION_COLUMNS = ("ActionTableModel", "ActionGroupsView")


def _translations(source: str, contexts: tuple[str, ...] = ACTION_COLUMNS) -> dict[str, str]:
    found: dict[str, str] = {}
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if name in contexts and message.findtext("source") == source:
                found[name] = message.findtext("translation") or ""
    return found


@pytest.mark.parametrize("source", ["Meeting", "Due", "Status"])
def test_the_action_lists_name_a_column_alike(source: str) -> None:
    """My work said 'Cuộc họp' and 'Hạn' where the action lists say 'Cuộc gặp' and 'Thời hạn'."""
    found = _translations(source)
    assert set(found) == set(ACTION_COLUMNS)
    assert len(set(found.values())) == 1, found


def test_a_meetings_format_is_named_as_its_brief_names_it() -> None:
    """The meeting editor called the format 'Hình thức', the word the meeting list and the
    brief use for the meeting's kind (the brief says 'Hình thức tổ chức' for the format)."""
    found = _translations("Format", ("Fields", "Briefing"))
    assert set(found) == {"Fields", "Briefing"}
    assert len(set(found.values())) == 1, found
