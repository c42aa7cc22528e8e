"""Building and writing one briefing, PDF or Word by the file's extension: the background job
the briefing dialog submits to the task runner. It reads, lays out and writes on a pool thread
and touches no widget."""

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from briefing_app.briefing.options import BriefingOptions
from briefing_app.services.queries import ActionFilter
from briefing_app.ui.operations import Engine
from briefing_app.ui.tasks import TaskControl

if TYPE_CHECKING:
    from briefing_app.briefing.export import WrittenBriefing

#: Steps reported by the build (TaskControl.progress "done" values).
STEP_READ, STEP_LAYOUT, STEP_WRITE, STEPS = 0, 1, 2, 3


def build_briefing(
    control: TaskControl,
    *,
    engine: Engine,
    kind: str,
    ids: tuple[int, ...],
    action_filter: ActionFilter,
    group_by: str,
    options: BriefingOptions,
    path: Path,
    write_lock: threading.Lock,
) -> "WrittenBriefing":
    """Runs on a pool thread: read, lay out, write. Touches no widget. Once cancelled, it writes
    nothing (the check and the write happen under `write_lock`, which cancelling also takes)."""
    # ReportLab loads when the first briefing is made, not when the app starts.
    from briefing_app.briefing.action_tracker import GroupBy
    from briefing_app.briefing.export import (
        BriefingKind,
        BriefingRequest,
        OutputFormat,
        builder_for,
        check_writable,
        render,
        write_atomically,
    )

    control.progress(STEP_READ, STEPS)
    check_writable(path)
    request = BriefingRequest(BriefingKind(kind), ids, action_filter, GroupBy(group_by))
    builder = builder_for(engine, request, options)
    control.check()
    control.progress(STEP_LAYOUT, STEPS)
    written = render(builder, OutputFormat.of(path))
    control.check()
    control.progress(STEP_WRITE, STEPS)
    with write_lock:
        control.check()
        write_atomically(path, written.data)
    return written
