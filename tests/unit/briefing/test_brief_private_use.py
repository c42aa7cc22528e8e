"""A record text may hold private-use characters (pasted from an icon font): the brief's own
language tags (services/brief_texts.py) are private-use characters too, and must be read as
they were written, never together with the user's."""

from datetime import date

from briefing_app.briefing.export import (
    BriefingKind,
    BriefingRequest,
    OutputFormat,
    builder_for,
    render,
)
from briefing_app.briefing.options import BriefingOptions
from briefing_app.domain import models as m
from briefing_app.i18n import Language
from briefing_app.store.database import OpenedDatabase
from briefing_app.store.unit_of_work import writing


def test_a_private_use_character_in_a_fallback_text_is_not_taken_for_a_tag(
    seeded_db: OpenedDatabase,
) -> None:
    with writing(seeded_db.engine) as session:
        meeting = session.get_one(m.Meeting, 1)
        meeting.summary = "Agreed \ue000next steps on trade"
        meeting.translations = {
            language: {k: v for k, v in fields.items() if k != "summary"}
            for language, fields in meeting.translations.items()
        }
    options = BriefingOptions(language=Language.VI, prepared_on=date(2026, 11, 23))
    request = BriefingRequest(BriefingKind.MEETING, (1,))
    written = render(builder_for(seeded_db.engine, request, options), OutputFormat.WORD)
    assert written.fallbacks == 1  # the summary, in English
