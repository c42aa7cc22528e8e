"""Errors a user can cause and understand. Anything else is a bug."""


class UserError(Exception):
    """Something the user asked for cannot be done; the message says why, in one line."""


class FieldError(UserError):
    """One field's value is refused."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field} {reason}")
        self.field = field
        self.reason = reason


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
    """Someone else saved the record since it was read; the save was refused."""

    def __init__(self, record: str, expected: int, actual: int) -> None:
        super().__init__(
            f"{record} was changed by someone else (you had version {expected}, "
            f"it is now version {actual}); reload it and apply your change again"
        )
        self.expected = expected
        self.actual = actual


class UnusableDatabaseError(UserError):
    """The database cannot be used as it is (not a database, damaged, too new, unwritable)."""
