"""The pictures of the app (scripts/screenshots.py) read in their interface language: what the
script adds to the pictured meeting and brief exists in each language."""

from briefing_app.app import SCREENSHOT_OFFICES
from briefing_app.domain.translations import translation_key
from briefing_app.i18n import Language
from briefing_app.ui.record_screenshots import PREPARATION


def test_the_pictured_meetings_preparation_has_a_vietnamese_version() -> None:
    """The Vietnamese record editor and meeting showed the talking points in English only."""
    english = {key: value for key, value in PREPARATION.items() if not key.endswith("_vi")}
    for key, value in english.items():
        vietnamese = PREPARATION.get(translation_key(key, "vi"))
        assert isinstance(vietnamese, list) and len(vietnamese) == len(value), key


def test_the_pictured_brief_names_the_office_in_each_language() -> None:
    """The Vietnamese brief's header said 'Department of Foreign Affairs'."""
    assert set(SCREENSHOT_OFFICES) == set(Language)
    assert SCREENSHOT_OFFICES[Language.VI] != SCREENSHOT_OFFICES[Language.EN]
