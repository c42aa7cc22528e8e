"""Which files can be attached to a record, and whether a file's content is what its name says.

An attachment is opened later with the system's viewer, chosen by its extension: a file whose
bytes are not of that type (an executable renamed "letter.pdf") is refused. Binary formats are
recognised by their signature (the `filetype` library); text formats must be text.
"""

from pathlib import PurePath

import filetype

from briefing_app.domain.errors import UserError
from briefing_app.i18n import QT_TRANSLATE_NOOP

#: extension → the media type stored with the file
BINARY_TYPES = {
    "pdf": "application/pdf",
    "doc": "application/msword",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "odt": "application/vnd.oasis.opendocument.text",
    "rtf": "application/rtf",
    "xls": "application/vnd.ms-excel",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "ppt": "application/vnd.ms-powerpoint",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "png": "image/png",
    "jpg": "image/jpeg",
    "gif": "image/gif",
    "webp": "image/webp",
    "tif": "image/tiff",
    "bmp": "image/bmp",
    "heic": "image/heic",
    "zip": "application/zip",
}
TEXT_TYPES = {
    "txt": "text/plain",
    "csv": "text/csv",
    "md": "text/markdown",
    "eml": "message/rfc822",
}
#: other spellings of one extension
ALIASES = {"jpeg": "jpg", "tiff": "tif"}
#: files the app previews itself
PREVIEWED = frozenset({"application/pdf", "image/png", "image/jpeg", "image/gif", "image/bmp"})

UNKNOWN_TYPE = QT_TRANSLATE_NOOP(
    "Messages", "{name}: files of this type cannot be attached (allowed: {allowed})"
)
NOT_WHAT_IT_SAYS = QT_TRANSLATE_NOOP(
    "Messages", "{name}: the content is not a {extension} file; it was not attached"
)


def allowed_extensions() -> list[str]:
    return sorted({*BINARY_TYPES, *TEXT_TYPES, *ALIASES})


def extension_of(name: str) -> str:
    extension = PurePath(name).suffix.lower().lstrip(".")
    return ALIASES.get(extension, extension)


def _is_text(content: bytes) -> bool:
    if b"\0" in content:
        return False
    try:
        content.decode("utf-8-sig")
    except UnicodeDecodeError:
        return False
    return True


def media_type_of(name: str, content: bytes) -> str:
    """The media type of a file named `name` holding `content`; UserError when the type is not
    one that can be attached or the content is of another type."""
    extension = extension_of(name)
    if extension in TEXT_TYPES:
        if _is_text(content):
            return TEXT_TYPES[extension]
    elif extension in BINARY_TYPES:
        found = filetype.guess_extension(content[:8192])
        if ALIASES.get(found, found) == extension:
            return BINARY_TYPES[extension]
    else:
        raise UserError(UNKNOWN_TYPE, name=name, allowed=", ".join(allowed_extensions()))
    raise UserError(NOT_WHAT_IT_SAYS, name=name, extension=extension.upper())
