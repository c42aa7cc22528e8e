"""Unexpected errors go to a log file in the user log directory, not to the user's screen.
The folder is 0700 and the log 0600: a traceback can quote the user's data."""

import os
import traceback
from datetime import datetime
from pathlib import Path

from briefing_app.config import user_log_dir

LOG_NAME = "briefing-desk.log"
_NO_FOLLOW = getattr(os, "O_NOFOLLOW", 0)


def write_crash_log(exc: BaseException | None = None) -> Path:
    """Append the current (or given) exception's traceback to the log; returns the log's path."""
    folder = user_log_dir()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(folder, 0o700)  # the app's own folder, whoever made it: tracebacks hold user data
    path = folder / LOG_NAME
    text = "".join(traceback.format_exception(exc)) if exc is not None else traceback.format_exc()
    # owner-only even when the log already exists (an older version made it 0644); never
    # through a symbolic link planted in its place
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | _NO_FOLLOW, 0o600)
    with os.fdopen(fd, "a", encoding="utf-8") as log:
        if os.name == "posix":
            os.fchmod(fd, 0o600)
        log.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n{text}\n")
    return path
