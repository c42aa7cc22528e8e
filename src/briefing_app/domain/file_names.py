"""File names the app suggests (briefings, exports, backups, the printer's "print to file"),
made safe to create on Linux, Windows and macOS alike.

One function, `safe_file_name`, for every suggested name: what a title or a date puts in a
name that one of the three refuses is replaced, and everything else is kept, Vietnamese and
Japanese letters included (in NFC, the form the title is typed and printed in)."""

import re
import unicodedata

#: At most this many bytes (UTF-8) in a file name: the limit of ext4, APFS and NTFS (NTFS
#: counts 255 UTF-16 units, never more than the UTF-8 bytes of the same name).
MAX_NAME_BYTES = 255

#: Names Windows keeps for devices, whatever the extension ("CON.pdf" is the console too).
WINDOWS_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
    + [f"{device}{n}" for device in ("COM", "LPT") for n in (*"123456789", "¹", "²", "³")]
)

#: Separators become a hyphen ("25/11/2025" → "25-11-2025"); the other characters Windows
#: refuses become a space.
_SEPARATORS = re.compile(r"[/\\:|]+")
_REFUSED = re.compile(r'[*?"<>]+')


def _is_control(ch: str) -> bool:
    return unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp")


def safe_file_name(text: str, extension: str = "", *, fallback: str = "file") -> str:
    """`text` as a file name that Linux, Windows and macOS all accept, `extension` (".pdf")
    appended: no / \\ : * ? " < > |, no control characters, no leading space, no trailing dot
    or space, not a device name Windows keeps (CON, NUL, COM1 …), at most 255 bytes with the
    extension kept whole. An empty result is `fallback`."""
    name = unicodedata.normalize("NFC", text)
    name = "".join(" " if _is_control(ch) else ch for ch in name)
    name = _SEPARATORS.sub("-", name)
    name = _REFUSED.sub(" ", name)
    name = re.sub(r"\s+", " ", name).strip().rstrip(". ")
    if not name:
        name = fallback
    if name.split(".", 1)[0].strip().upper() in WINDOWS_RESERVED:
        name = f"_{name}"
    room = MAX_NAME_BYTES - len(extension.encode("utf-8"))
    encoded = name.encode("utf-8")
    if len(encoded) > room:
        name = encoded[:room].decode("utf-8", errors="ignore").rstrip(". ")
        name = unicodedata.normalize("NFC", name) or fallback
    return name + extension
