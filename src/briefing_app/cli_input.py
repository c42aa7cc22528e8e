"""What the command line accepts and how it words a refusal (issue 18).

Argument types with their limits (ids to the database's integer range, file names to what the
file system takes), one-line error text with terminal control characters escaped, and the
system errors a user causes (a long file name, a full or read-only disk) told apart from bugs.
"""

import argparse
import errno
import os
import unicodedata
from pathlib import Path

from briefing_app.domain.ids import LARGEST_ID

#: A file or folder name has at most this many bytes (ext4, XFS, Btrfs, APFS, NTFS: 255).
NAME_MAX = 255
#: A whole path has at most this many bytes (Linux's PATH_MAX, with the terminating zero).
PATH_MAX = 4095

#: Unicode line and paragraph separators and bidirectional overrides, escaped like controls.
_ESCAPED_FORMATS = frozenset("\u2028\u2029\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

#: System errors about a file or disk the user chose: reported in one line, not as a bug.
USER_ERRNOS = frozenset(
    {
        errno.ENAMETOOLONG,
        errno.ENOSPC,
        errno.EDQUOT,
        errno.EROFS,
        errno.EACCES,
        errno.EPERM,
        errno.ENOENT,
        errno.ENOTDIR,
        errno.EISDIR,
        errno.ELOOP,
        errno.EEXIST,
        errno.EFBIG,
        errno.EMFILE,
        errno.ENFILE,
        errno.EIO,
    }
)
_PLAIN_REASONS = {
    errno.ENAMETOOLONG: (
        f"file name too long (at most {NAME_MAX} bytes per name, {PATH_MAX} in all)"
    ),
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EROFS: "the disk is read-only",
}


def record_id(text: str) -> int:
    """An argparse type: a record id, 1 to LARGEST_ID."""
    digits = text.strip()
    if not (digits.isascii() and digits.isdigit()):
        raise argparse.ArgumentTypeError(f"not a whole number: {printable(repr(text))}")
    if len(digits.lstrip("0")) > len(str(LARGEST_ID)) or int(digits) > LARGEST_ID:
        raise argparse.ArgumentTypeError(
            f"too large: {printable(_shortened(digits))} (ids go up to {LARGEST_ID})"
        )
    value = int(digits)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more: {value}")
    return value


def file_path(text: str) -> Path:
    """An argparse type: a file path whose names the file system can hold."""
    check_path_length(text)
    return Path(text)


def check_path_length(text: str) -> None:
    encoded = os.fsencode(text)
    if len(encoded) > PATH_MAX:
        raise argparse.ArgumentTypeError(
            f"the path is too long: {len(encoded)} bytes (at most {PATH_MAX})"
        )
    for name in encoded.split(b"/"):
        if len(name) > NAME_MAX:
            shown = printable(_shortened(os.fsdecode(name)))
            raise argparse.ArgumentTypeError(
                f"file name too long: {shown} has {len(name)} bytes (at most {NAME_MAX})"
            )


def database_argument(text: str) -> str:
    """An argparse type: --db's value; a blank one is refused, never taken to mean the default
    database, and a file path is held to the file system's name limits."""
    if not text.strip():
        raise argparse.ArgumentTypeError(
            "is empty; give a database file or URL, or leave --db out for the default"
        )
    if "://" not in text:
        check_path_length(text)
    return text


def _shortened(text: str, keep: int = 40) -> str:
    return text if len(text) <= keep else f"{text[: keep // 2]}…{text[-keep // 2 :]}"


def printable(text: str) -> str:
    """`text` on one line, with control characters (newlines, escape sequences), line separators
    and bidirectional overrides written as escapes, so nothing a user typed or a file contains
    can move the cursor, recolour the terminal or hide part of the message."""
    if text.isprintable():
        return text
    out: list[str] = []
    for char in text:
        if char in _ESCAPED_FORMATS or unicodedata.category(char) in ("Cc", "Zl", "Zp"):
            out.append(char.encode("unicode_escape").decode("ascii"))
        else:
            out.append(char)
    return "".join(out)


def os_error_text(exc: OSError) -> str | None:
    """One line for an OSError a user's choice of file or the state of a disk explains; None for
    anything else (a bug, logged as such)."""
    if exc.errno not in USER_ERRNOS:
        return None
    reason = _PLAIN_REASONS.get(exc.errno, exc.strerror or str(exc))
    name = exc.filename
    if name is None:
        return reason
    shown = _shortened(os.fsdecode(name), 80) if isinstance(name, str | bytes) else str(name)
    return f"cannot use {shown}: {reason}"
