"""Unexpected errors go to a log file in the user log directory, not to the user's screen."""

import traceback
from datetime import datetime
from pathlib import Path

from briefing_app.config import user_log_dir

LOG_NAME = "briefing-desk.log"


def write_crash_log(exc: BaseException | None = None) -> Path:
    """Append the current (or given) exception's traceback to the log; returns the log's path."""
    folder = user_log_dir()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = folder / LOG_NAME
    text = "".join(traceback.format_exception(exc)) if exc is not None else traceback.format_exc()
    with path.open("a", encoding="utf-8") as log:
        log.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n{text}\n")
    return path
