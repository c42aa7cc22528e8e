"""The follow-ups' comment threads in briefs (issue 13): the office's working notes stay out of
the leader's folder unless asked for; asked for, each prints with its author and date, in the
PDF and the Word document alike. The dataset's remarks stay the office's assessment."""

from datetime import date

from briefing_docx import body_lines, open_docx
from briefing_pdf import page_texts, squash

from briefing_app.briefing.export import BriefingKind, BriefingRequest, builder_for
from briefing_app.briefing.labels import Labels
from briefing_app.briefing.options import BriefingOptions
from briefing_app.domain.record_kind import RecordKind
from briefing_app.i18n import Language
from briefing_app.services.comments import add_comment, strike_comment
from briefing_app.store.database import OpenedDatabase

TRACKER = BriefingRequest(BriefingKind.ACTIONS)
COMMENT = "Đã gửi công văn số 1234/UBND-NgV cho 山梨県"


def _texts(db: OpenedDatabase, options: BriefingOptions) -> tuple[str, str]:
    builder = builder_for(db.engine, TRACKER, options)
    pdf = squash("\n".join(page_texts(builder.build().pdf)))
    word = "\n".join(line.text for line in body_lines(open_docx(builder.build_docx())))
    return pdf, squash(word)


def test_comments_print_only_when_asked(seeded_db: OpenedDatabase) -> None:
    add_comment(seeded_db.engine, RecordKind.ACTION, 2, COMMENT, "Lê Thị Hoa")
    taken_back = add_comment(seeded_db.engine, RecordKind.ACTION, 2, "Sai số", "Lê Thị Hoa")
    strike_comment(seeded_db.engine, taken_back.id, "Lê Thị Hoa")

    def line(language: Language) -> str:
        today = Labels(language).date(date.today())  # the brief's own way of writing dates
        return squash(f"— Lê Thị Hoa, {today}: {COMMENT}")

    assessment = squash("Status 'agreed' rests on the article's general statement")

    for text in _texts(seeded_db, BriefingOptions()):
        assert squash(COMMENT) not in text
        assert squash("Comments on the follow-up actions") not in text
        assert assessment in text  # the dataset's remark: the office's assessment

    for text in _texts(seeded_db, BriefingOptions(comments=True)):
        assert line(Language.EN) in text
        assert squash("Comments on the follow-up actions") in text
        assert "Sai số" not in text  # struck through: taken back
        assert squash("briefing-desk") not in text

    vietnamese = BriefingOptions(comments=True, language=Language.VI)
    for text in _texts(seeded_db, vietnamese):
        assert line(Language.VI) in text and squash("Bình luận về các nhiệm vụ triển khai") in text
