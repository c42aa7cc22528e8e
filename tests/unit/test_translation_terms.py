"""The Vietnamese interface names one thing one way: the columns of the action lists (the
follow-up actions page, a meeting's actions, My work) use the same words."""

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "briefing_vi.ts"
#: The contexts whose texts head the columns of a list of actions.
ACTION_COLUMNS = ("ActionTableModel", "ActionGroupsView")


def _translations(source: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if name in ACTION_COLUMNS and message.findtext("source") == source:
                found[name] = message.findtext("translation") or ""
    return found


@pytest.mark.parametrize("source", ["Meeting", "Due", "Status"])
def test_the_action_lists_name_a_column_alike(source: str) -> None:
    """My work said 'Cuộc họp' and 'Hạn' where the action lists say 'Cuộc gặp' and 'Thời hạn'."""
    found = _translations(source)
    assert set(found) == set(ACTION_COLUMNS)
    assert len(set(found.values())) == 1, found
