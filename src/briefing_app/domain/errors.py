"""Errors a user can cause and understand. Anything else is a bug.

A message is kept as an English template plus its values, so the command line prints it as is
and the desktop app shows it translated: templates are marked where they are raised with
`QT_TRANSLATE_NOOP("Messages", …)` (briefing_app.i18n), and values that are stored codes (statuses,
priorities …) are passed as their enums, so the GUI can show their translated names.
"""

from typing import Any

from briefing_app.i18n import QT_TRANSLATE_NOOP, fill


class UserError(Exception):
    """Something the user asked for cannot be done; the message says why, in one line."""

    def __init__(self, template: str, /, **values: Any) -> None:
        super().__init__(fill(template, values))
        self.template = template
        self.values = values


class FieldError(UserError):
    """One field's value is refused. `reason` completes a sentence that starts with the
    field's name ("title" + "is required")."""

    def __init__(self, field: str, reason: str, /, **values: Any) -> None:
        filled = fill(reason, values)
        super().__init__(
            QT_TRANSLATE_NOOP("Messages", "{field} {reason}"), field=field, reason=filled
        )
        self.field = field
        self.reason = filled
        self.reason_template = reason
        self.reason_values = values


class ValidationError(UserError):
    """One or more fields are refused; nothing was changed."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(str(e) for e in errors))
        self.errors = errors

    @property
    def by_field(self) -> dict[str, str]:
        return {e.field: e.reason for e in self.errors}


class NotFoundError(UserError):
    """No record has that id."""


class StaleVersionError(UserError):
    """Someone else saved the follow-up action since it was read; the save was refused."""

    def __init__(self, action_id: int, expected: int, actual: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Messages",
                "follow-up action {id} was changed by someone else (you had version {expected}, "
                "it is now version {actual}); reload it and apply your change again",
            ),
            id=action_id,
            expected=expected,
            actual=actual,
        )
        self.expected = expected
        self.actual = actual


class UnusableDatabaseError(UserError):
    """The database cannot be used as it is (not a database, damaged, too new, unwritable)."""


class StaleRecordError(UserError):
    """Someone else saved the record since it was read; the save or delete was refused."""

    def __init__(self, template: str, record_id: int, expected: int, actual: int) -> None:
        super().__init__(template, id=record_id, expected=expected, actual=actual)
        self.record_id = record_id
        self.expected = expected
        self.actual = actual


class RecordInUseError(UserError):
    """A record cannot be deleted while records that cannot exist without it refer to it."""


class StorageError(UserError):
    """The database refused or failed what was asked: the driver's error, worded for the user by
    store/storage_errors.py (one place for SQLite files and the team server)."""


class ServerUnreachableError(StorageError):
    """The team server could not be reached (down, restarting, out of the network's reach, no
    such database there); nothing was done, and trying again later may work."""


class PasswordRefusedError(StorageError):
    """The team server refused the password of the database user, or wanted one and was given
    none: the desktop app may ask for it."""


class ConnectionLostError(StorageError):
    """The connection to the team server dropped while it was in use (a restart, the network, an
    administrator ending it). Its message says whether a change may have been stored."""


class PermissionRefusedError(StorageError):
    """The database user may not do this: a privilege the server's administrator did not grant,
    or a row-level security policy (clearance)."""
