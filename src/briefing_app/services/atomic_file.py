"""Write a file all at once (exports, briefings): a private temporary file next to the target,
flushed to disk, then renamed over it. A crash leaves the old file or the new one, never half
of one; the result is readable by its owner only."""

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from briefing_app.domain.errors import UserError
from briefing_app.i18n import QT_TRANSLATE_NOOP

#: A file could not be written; the reason is the system's ("Permission denied").
_CANNOT_WRITE = QT_TRANSLATE_NOOP("Messages", "cannot write {path}: {reason}")


def check_writable(path: Path) -> None:
    """Refuse an output path that cannot work, before any (possibly long) work is done."""
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


def write_atomically(path: Path, content: bytes | Callable[[BinaryIO], None]) -> Path:
    """Write `content` (bytes, or a function that writes to a binary file object) to a private
    temporary file beside `path`, then move it over `path` (mode 0600, also when it replaces a
    file that was not; a symbolic link at `path` is replaced, never written through)."""
    path = path.expanduser()
    check_writable(path)
    folder = path.absolute().parent
    try:
        # mkstemp creates the file with mode 0600
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise UserError(_CANNOT_WRITE, path=path, reason=exc.strerror) from exc
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            if isinstance(content, bytes):
                handle.write(content)
            else:
                content(handle)
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
