"""Which errors the user can understand, and how to word them in the interface language.
Anything else is a bug that goes to the crash log (see briefing_app.app).

Services raise English messages kept as a template plus values (briefing_app.domain.errors);
here the template is looked up in the "Messages" translations and stored codes among the values
(statuses, priorities …) are shown by their translated names. A database's error is worded
by store/storage_errors.py, as on the command line.
"""

from collections.abc import Mapping
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from PySide6.QtCore import QCoreApplication

from briefing_app.domain.errors import FieldError, UserError, ValidationError
from briefing_app.i18n import MESSAGES
from briefing_app.store.storage_errors import storage_error
from briefing_app.ui import labels


def _shown(values: Mapping[str, Any]) -> dict[str, Any]:
    return {k: labels.label(v) if isinstance(v, StrEnum) else v for k, v in values.items()}


def interface_wording(context: str, template: str, values: Mapping[str, Any]) -> str:
    """A service's English template in the interface language, filled with its values (the
    briefing_app.i18n.Wording the desktop app hands the services)."""
    text = QCoreApplication.translate(context, template)
    return text.format(**_shown(values)) if values else text


def translated(template: str, values: Mapping[str, Any]) -> str:
    """A service's message template in the interface language, filled with its values."""
    return interface_wording(MESSAGES, template, values)


def field_reason(error: FieldError) -> str:
    """Why the field was refused, to show beside it ("is required")."""
    return translated(error.reason_template, error.reason_values)


def field_message(error: FieldError) -> str:
    """The whole sentence: the field's name and why it was refused."""
    return QCoreApplication.translate(MESSAGES, "{field} {reason}").format(
        field=labels.field_label(error.field), reason=field_reason(error)
    )


def translated_message(exc: UserError) -> str:
    if isinstance(exc, ValidationError):
        return "; ".join(field_message(e) for e in exc.errors)
    if isinstance(exc, FieldError):
        return field_message(exc)
    return translated(exc.template, exc.values)


def user_message(exc: BaseException) -> str | None:
    """A one-line explanation for errors a user can act on, or None for a bug."""
    if isinstance(exc, UserError):
        return translated_message(exc)
    if isinstance(exc, sa.exc.DBAPIError):
        refusal = storage_error(exc)
        return None if refusal is None else translated_message(refusal)
    return None


#: The exceptions user_message() words; catch these around service calls.
EXPECTED_ERRORS: tuple[type[BaseException], ...] = (UserError, sa.exc.DatabaseError)
