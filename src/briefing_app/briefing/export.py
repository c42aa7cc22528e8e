"""One entry point for both faces (the command line and the export dialog): read the DTOs for the
briefing asked for, build it, and write it, as PDF or Word by the file's extension, atomically
(services.atomic_file, whose check_writable and write_atomically the desktop app takes from
here)."""

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from sqlalchemy.engine import Engine

from briefing_app.briefing.action_tracker import ActionTracker, GroupBy, TrackerScope
from briefing_app.briefing.briefing_builder import BriefingBuilder
from briefing_app.briefing.delegation_brief import DelegationBrief
from briefing_app.briefing.fonts import UncoveredCharacter
from briefing_app.briefing.forum_book import ForumBook
from briefing_app.briefing.locality_brief import LocalityBrief
from briefing_app.briefing.meeting_brief import MeetingBrief
from briefing_app.briefing.options import BriefingOptions
from briefing_app.services import briefing_data as data
from briefing_app.services.atomic_file import check_writable, write_atomically
from briefing_app.services.queries import ActionFilter


class BriefingKind(StrEnum):
    MEETING = "meeting"
    DELEGATION = "delegation"
    LOCALITY = "locality"
    PAIR = "pair"
    FORUM = "forum"
    ACTIONS = "actions"


@dataclass(frozen=True)
class BriefingRequest:
    """Which briefing: the kind, the record id(s) it is about, and for the tracker its filter."""

    kind: BriefingKind
    ids: tuple[int, ...] = ()
    action_filter: ActionFilter = field(default_factory=ActionFilter)
    group_by: GroupBy = GroupBy.OWNER


def builder_for(
    engine: Engine, request: BriefingRequest, options: BriefingOptions
) -> BriefingBuilder:
    """Read what the briefing needs (one unit of work) and return its builder."""
    level = options.classification
    today = options.prepared_on
    language = options.language.value
    kind = request.kind
    if kind is BriefingKind.MEETING:
        meeting = data.meeting_brief_data(
            engine, request.ids[0], level=level, today=today, language=language
        )
        return MeetingBrief(meeting, options)
    if kind is BriefingKind.DELEGATION:
        delegation = data.delegation_brief_data(
            engine, request.ids[0], level=level, today=today, language=language
        )
        return DelegationBrief(delegation, options)
    if kind in (BriefingKind.LOCALITY, BriefingKind.PAIR):
        locality = data.locality_brief_data(
            engine, request.ids, level=level, today=today, language=language
        )
        return LocalityBrief(locality, options)
    if kind is BriefingKind.FORUM:
        book = data.forum_book_data(
            engine, request.ids[0], level=level, today=today, language=language
        )
        return ForumBook(book, options)
    flt = request.action_filter
    actions = data.action_tracker_data(engine, flt, level=level, today=today, language=language)
    scope = TrackerScope(flt.search, flt.statuses, flt.overdue_only, request.group_by)
    withheld = data.withheld_actions(engine, flt, level=level, today=today)
    return ActionTracker(
        actions,
        options,
        scope=scope,
        file_sources=data.file_sources(engine),
        withheld_count=withheld,
    )


class OutputFormat(StrEnum):
    """What file a briefing is written as, told by the output file's extension."""

    PDF = "pdf"
    WORD = "docx"

    @classmethod
    def of(cls, path: Path) -> "OutputFormat":
        return cls.WORD if path.suffix.lower() == ".docx" else cls.PDF


@dataclass(frozen=True)
class WrittenBriefing:
    """A briefing as written: its format, its bytes, and for a PDF its page count and the
    characters no shipped font covers (Word sets its own pages, in the fonts it has)."""

    format: OutputFormat
    data: bytes
    page_count: int | None = None
    uncovered: list[UncoveredCharacter] = field(default_factory=list)
    #: record fields printed in the other language, for want of a version in the brief's
    #: (each marked in the brief)
    fallbacks: int = 0


def render(builder: BriefingBuilder, output: OutputFormat) -> WrittenBriefing:
    fallbacks = builder.document().fallbacks
    if output is OutputFormat.WORD:
        return WrittenBriefing(output, builder.build_docx(), fallbacks=fallbacks)
    pdf = builder.build()
    return WrittenBriefing(output, pdf.pdf, pdf.page_count, pdf.uncovered, fallbacks)


def export_briefing(
    engine: Engine, request: BriefingRequest, options: BriefingOptions, path: Path
) -> WrittenBriefing:
    """Build the briefing and write it to `path`, as Word for a .docx path, else as PDF;
    nothing is written if anything fails."""
    check_writable(path)
    written = render(builder_for(engine, request, options), OutputFormat.of(path))
    write_atomically(path, written.data)
    return written


__all__ = [
    "BriefingKind",
    "BriefingRequest",
    "OutputFormat",
    "WrittenBriefing",
    "builder_for",
    "check_writable",
    "export_briefing",
    "render",
    "write_atomically",
]
