"""One entry point for both faces (CLI now, the export dialog later): read the DTOs for the
briefing asked for, build it, and write the PDF atomically."""

import contextlib
import os
import tempfile
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from sqlalchemy.engine import Engine

from briefing_app.briefing.action_tracker import ActionTracker, GroupBy, TrackerScope
from briefing_app.briefing.briefing_builder import BriefingBuilder, RenderedBriefing
from briefing_app.briefing.forum_book import ForumBook
from briefing_app.briefing.locality_brief import LocalityBrief
from briefing_app.briefing.meeting_brief import MeetingBrief
from briefing_app.briefing.options import BriefingOptions
from briefing_app.domain.errors import UserError
from briefing_app.i18n import QT_TRANSLATE_NOOP
from briefing_app.services import briefing_data as data
from briefing_app.services.queries import ActionFilter

#: A file could not be written; the reason is the system's ("Permission denied").
_CANNOT_WRITE = QT_TRANSLATE_NOOP("Messages", "cannot write {path}: {reason}")


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
    kind = request.kind
    if kind is BriefingKind.MEETING:
        meeting = data.meeting_brief_data(engine, request.ids[0], level=level, today=today)
        return MeetingBrief(meeting, options)
    if kind in (BriefingKind.DELEGATION, BriefingKind.LOCALITY, BriefingKind.PAIR):
        ids = request.ids
        if kind is BriefingKind.DELEGATION:
            ids = (data.delegation_locality_id(engine, ids[0]),)
        locality = data.locality_brief_data(engine, ids, level=level, today=today)
        return LocalityBrief(locality, options)
    if kind is BriefingKind.FORUM:
        book = data.forum_book_data(engine, request.ids[0], level=level, today=today)
        return ForumBook(book, options)
    flt = request.action_filter
    actions = data.action_tracker_data(engine, flt, level=level, today=today)
    scope = TrackerScope(flt.search, flt.statuses, flt.overdue_only, request.group_by)
    return ActionTracker(actions, options, scope=scope)


def export_briefing(
    engine: Engine, request: BriefingRequest, options: BriefingOptions, path: Path
) -> RenderedBriefing:
    """Build the briefing and write it to `path`; nothing is written if anything fails."""
    check_writable(path)
    rendered = builder_for(engine, request, options).build()
    write_atomically(path, rendered.pdf)
    return rendered


def check_writable(path: Path) -> None:
    """Refuse an output path that cannot work before doing the (possibly long) build."""
    if path.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP("Messages", "cannot write {path}: it is a folder"), path=path
        )
    folder = path.absolute().parent
    if not folder.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages", "cannot write {path}: the folder {folder} does not exist"
            ),
            path=path,
            folder=folder,
        )


def write_atomically(path: Path, content: bytes) -> None:
    """Write to a temporary file beside `path`, then rename it over `path`: a reader never sees
    half a PDF, and a failure leaves any earlier file as it was. The result is readable by its
    owner only (briefings may be classified), also when it replaces a file that was not; a
    symbolic link at `path` is replaced, never written through."""
    check_writable(path)
    folder = path.absolute().parent
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".part")
    except OSError as exc:
        raise UserError(_CANNOT_WRITE, path=path, reason=exc.strerror) from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o600)  # mkstemp's mode already; said again for the reader
        os.replace(temporary, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(exc, OSError):
            raise UserError(_CANNOT_WRITE, path=path, reason=exc.strerror) from None
        raise
