"""Whatever a record holds comes out of the PDF as typed: Vietnamese, Japanese, Latin and the
paragraph-markup characters, pushed through a real briefing and read back with pypdf."""

import unicodedata
from datetime import date

from briefing_pdf import page_texts, squash
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_app.briefing.action_tracker import ActionTracker
from briefing_app.briefing.fonts import REPLACEMENT
from briefing_app.briefing.options import BriefingOptions
from briefing_app.domain.enums import ActionStatus, Classification, DuePrecision, Priority
from briefing_app.services.briefing_data import TrackedAction
from briefing_app.services.dto import ActionRow

VIETNAMESE = (
    "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ"
)
HIRAGANA = "".join(chr(c) for c in range(0x3041, 0x3097))
KATAKANA = "".join(chr(c) for c in range(0x30A1, 0x30FB)) + "ー"
KANJI = "山梨県東京都大阪府北海道日本語漢字会議協力越南清化省知事副主席経済投資観光農業技術"
LATIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
MARKUP = "<>&\"'/;=#"
ALPHABET = VIETNAMESE + VIETNAMESE.upper() + HIRAGANA + KATAKANA + KANJI + LATIN + MARKUP + "  "

texts = st.text(alphabet=ALPHABET, min_size=1, max_size=120)


def tracked(title: str, notes: str) -> TrackedAction:
    row = ActionRow(
        id=1,
        title=title,
        meeting_id=1,
        meeting_title="Thanh Hóa – Yamanashi bilateral meeting",
        owner="Thanh Hóa",
        counterpart="Yamanashi",
        due_date=date(2026, 1, 1),
        due_precision=DuePrecision.YEAR,
        due_label="2026",
        overdue=False,
        status=ActionStatus.AGREED,
        priority=Priority.NORMAL,
        classification=Classification.PUBLIC,
        version=1,
    )
    return TrackedAction(
        row, description=None, remarks=[notes], owner_locality=None, agreement=None
    )


@settings(max_examples=25, deadline=None)
@given(title=texts, notes=texts, decompose=st.booleans())
def test_record_text_survives_the_pdf(title: str, notes: str, decompose: bool) -> None:
    if decompose:  # typed or pasted as NFD: it must still print (and read back) as NFC
        title, notes = (unicodedata.normalize("NFD", t) for t in (title, notes))
    options = BriefingOptions(prepared_on=date(2026, 11, 23))
    result = ActionTracker([tracked(title, notes)], options).build()
    assert result.uncovered == []
    text = squash("\n".join(page_texts(result.pdf)))
    assert squash(title) in text
    assert squash(notes) in text
    assert REPLACEMENT not in text


def test_an_uncovered_character_is_printed_visibly_and_reported() -> None:
    options = BriefingOptions(prepared_on=date(2026, 11, 23))
    result = ActionTracker([tracked("Offering ༀ", "Thanks 😀")], options).build()
    assert [(u.char, u.where) for u in result.uncovered] == [
        ("ༀ", "action 1 title"),
        ("😀", "action 1 notes"),
    ]
    text = squash("\n".join(page_texts(result.pdf)))
    assert f"Offering{REPLACEMENT}" in text and f"Thanks{REPLACEMENT}" in text


def test_an_action_longer_than_a_page_runs_on_over_pages() -> None:
    # descriptions and notes may hold 20,000 characters: far taller than a page in a table row
    notes = "Ghi chú về kế hoạch hợp tác giữa hai địa phương. " * 390 + "END-OF-NOTES"
    options = BriefingOptions(prepared_on=date(2026, 11, 23))
    result = ActionTracker([tracked("Long notes", notes[:20_000])], options).build()
    assert result.page_count > 3
    assert "END-OF-NOTES" in squash("\n".join(page_texts(result.pdf)))
