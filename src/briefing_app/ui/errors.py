"""Which errors the user can understand, and how to word them. Anything else is a bug that
goes to the crash log (see briefing_app.app)."""

import sqlalchemy as sa
from PySide6.QtCore import QCoreApplication

from briefing_app.domain.errors import UserError


def user_message(exc: BaseException) -> str | None:
    """A one-line explanation for errors a user can act on, or None for a bug."""
    if isinstance(exc, UserError):
        return str(exc)
    if isinstance(exc, sa.exc.OperationalError):
        return QCoreApplication.translate(
            "Errors", "The database refused the operation ({reason}). Nothing was changed."
        ).format(reason=str(exc.orig))
    if isinstance(exc, sa.exc.DatabaseError):
        return QCoreApplication.translate(
            "Errors", "The database reported a problem ({reason}). Nothing was changed."
        ).format(reason=str(exc.orig))
    return None


#: The exceptions user_message() words; catch these around service calls.
EXPECTED_ERRORS: tuple[type[BaseException], ...] = (UserError, sa.exc.DatabaseError)
