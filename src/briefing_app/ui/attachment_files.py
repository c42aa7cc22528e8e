"""A private copy of an attachment, to open with the system's viewer or the app's preview: a
folder only the user can read, removed when the app quits. Written inside an operation, off the
GUI thread."""

import atexit
import shutil
import tempfile
from pathlib import Path

from briefing_app.domain.file_names import safe_file_name

_folders: list[Path] = []


def _forget_copies() -> None:
    for folder in _folders:
        shutil.rmtree(folder, ignore_errors=True)


atexit.register(_forget_copies)


def private_copy(file_name: str, content: bytes) -> Path:
    """`content` written as `file_name` in a new folder of its own (mode 0700; the name kept,
    so the viewer shows it and picks the application by its extension)."""
    folder = Path(tempfile.mkdtemp(prefix="briefing-attachment-"))
    _folders.append(folder)
    path = folder / safe_file_name(file_name, fallback="attachment")
    path.write_bytes(content)
    path.chmod(0o600)
    return path
