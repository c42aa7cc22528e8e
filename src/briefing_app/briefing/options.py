"""What the person exporting chooses: level, language, paper, who prepares it, what to leave out.

Free of ReportLab, so the command line can offer these choices without loading it."""

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from briefing_app.domain.enums import Classification
from briefing_app.i18n import Language

_MM = 72 / 25.4  # one millimetre in points


class Paper(StrEnum):
    A4 = "a4"
    LETTER = "letter"

    @property
    def size(self) -> tuple[float, float]:
        """Width and height in points."""
        if self is Paper.A4:
            return 210 * _MM, 297 * _MM
        return 8.5 * 72, 11 * 72


class Section(StrEnum):
    """Sections a briefing can leave out."""

    PARTICIPANTS = "participants"
    OUTCOMES = "outcomes"
    SOURCES = "sources"
    NOTES = "notes"


@dataclass(frozen=True)
class OfficialHeading:
    """What a document in the Vietnamese official format (Decree 30/2020/NĐ-CP) names beyond
    its content: the issuing agency (" / " marks a line break, as in "ỦY BAN NHÂN DÂN / TỈNH
    THANH HÓA"; an optional parent agency is a line above it), the agency's symbol for the
    number ("UBND"), the place of issue, the signer's title and name, and the recipients."""

    agency: str
    parent_agency: str = ""
    symbol: str = ""
    place: str = ""
    signer_title: str = ""
    signer_name: str = ""
    recipients: tuple[str, ...] = ()


@dataclass(frozen=True)
class BriefingOptions:
    #: The export's level: nothing above it is printed, and the banner shows it.
    classification: Classification = Classification.PUBLIC
    language: Language = Language.EN
    paper: Paper = Paper.A4
    office: str = ""
    prepared_by: str = ""
    prepared_on: date = field(default_factory=date.today)
    omit: frozenset[Section] = frozenset()
    #: set: the Vietnamese official format (Vietnamese only), else the ordinary layout
    official: OfficialHeading | None = None
    #: print the follow-ups' comment threads: the office's working notes, left out unless
    #: asked for (they are written for colleagues, not for the leader's folder)
    comments: bool = False

    def shows(self, section: Section) -> bool:
        return section not in self.omit
