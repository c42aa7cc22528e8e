"""Write a file all at once: a private temporary file next to the target, flushed to disk,
then renamed over it. A crash leaves the old file or the new one, never half of one; the
result is readable by its owner only."""

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from briefing_app.domain.errors import UserError
from briefing_app.i18n import QT_TRANSLATE_NOOP

#: A file could not be written; the reason is the system's ("Permission denied").
_CANNOT_WRITE = QT_TRANSLATE_NOOP("Messages", "cannot write {path}: {reason}")


def write_atomically(path: Path, write: Callable[[BinaryIO], None]) -> Path:
    """Call `write` with a binary file object, then move the result to `path` (mode 0600)."""
    path = path.expanduser()
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP("Messages", "{path} is a folder; give a file name"), path=path
        )
    if not folder.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages", "cannot write {path}: the folder {folder} does not exist"
            ),
            path=path,
            folder=folder,
        )
    try:
        # mkstemp creates the file with mode 0600
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise UserError(_CANNOT_WRITE, path=path, reason=exc.strerror) from exc
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, 0o600)
        os.replace(temp, path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise UserError(_CANNOT_WRITE, path=path, reason=exc.strerror or exc) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _sync_folder(folder)
    return path


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
