"""Key facts and a locality's profile carry a level too (issue 14): a brief below it leaves
them out and says so; a meeting brief's logistics name the interpreters and the press."""

from briefing_pdf import page_texts, squash

from briefing_app.briefing.export import BriefingKind, BriefingRequest, builder_for
from briefing_app.briefing.options import BriefingOptions
from briefing_app.domain.enums import Classification
from briefing_app.domain.record_kind import RecordKind
from briefing_app.services.record_kinds.editing import edit_record, list_records
from briefing_app.store.database import OpenedDatabase

YAMANASHI = 19
INTERNAL = Classification.INTERNAL


def _text(db: OpenedDatabase, request: BriefingRequest, level: Classification) -> str:
    options = BriefingOptions(classification=level)
    return squash("\n".join(page_texts(builder_for(db.engine, request, options).build().pdf)))


def test_a_confidential_key_fact_is_left_out_and_counted(seeded_db: OpenedDatabase) -> None:
    facts = list_records(seeded_db.engine, RecordKind.FACT)
    secret = facts[0]
    edit_record(
        seeded_db.engine,
        RecordKind.FACT,
        secret.id,
        {"value": "Ngân sách: 12 tỷ đồng", "classification": "confidential"},
        changed_by="lan",
    )
    book = BriefingRequest(BriefingKind.FORUM, (1,))

    public = _text(seeded_db, book, Classification.PUBLIC)
    assert squash("Ngân sách: 12 tỷ đồng") not in public
    assert squash("1 item above this document's classification is not included.") in public
    confidential = _text(seeded_db, book, Classification.CONFIDENTIAL)
    assert squash("Ngân sách: 12 tỷ đồng") in confidential


def test_an_internal_profile_is_left_out_of_a_public_locality_brief(
    seeded_db: OpenedDatabase,
) -> None:
    edit_record(
        seeded_db.engine,
        RecordKind.LOCALITY,
        YAMANASHI,
        {"economy": "Wine, fruit and precision machinery", "profile_classification": "internal"},
        changed_by="lan",
    )
    brief = BriefingRequest(BriefingKind.LOCALITY, (YAMANASHI,))

    public = _text(seeded_db, brief, Classification.PUBLIC)
    assert squash("precision machinery") not in public
    assert squash("The locality's profile is above this document's classification") in public
    internal = _text(seeded_db, brief, INTERNAL)
    assert squash("precision machinery") in internal
    assert squash("profile is above") not in internal


def test_the_logistics_name_interpreters_and_press(seeded_db: OpenedDatabase) -> None:
    brief = BriefingRequest(BriefingKind.MEETING, (1,))
    assert squash("Interpreters") not in _text(seeded_db, brief, Classification.PUBLIC)
    edit_record(
        seeded_db.engine,
        RecordKind.MEETING,
        1,
        {
            "interpreters": "Phiên dịch của Sở Ngoại vụ (Việt – Nhật)",
            "press": "Open to the press for the first five minutes",
        },
        changed_by="lan",
    )
    text = _text(seeded_db, brief, Classification.PUBLIC)
    assert squash("Interpreters Phiên dịch của Sở Ngoại vụ (Việt – Nhật)") in text
    assert squash("Press Open to the press for the first five minutes") in text
