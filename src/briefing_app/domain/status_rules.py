"""Which status changes of a follow-up action make sense.

The rule is symmetric so that undoing a change is always a legal change: an action can move
freely between the open states, but it only becomes "done" once it has been agreed or started,
and a cancelled action must be revived (proposed, agreed, in progress) before it is done.
"""

from briefing_app.domain.enums import ActionStatus
from briefing_app.domain.errors import FieldError
from briefing_app.i18n import QT_TRANSLATE_NOOP

S = ActionStatus

_FORBIDDEN: frozenset[frozenset[ActionStatus]] = frozenset(
    {frozenset({S.PROPOSED, S.DONE}), frozenset({S.CANCELLED, S.DONE})}
)


def allowed_next(old: ActionStatus) -> list[ActionStatus]:
    """The statuses an action in `old` may move to, in display order (itself included)."""
    return [s for s in ActionStatus if s == old or frozenset({old, s}) not in _FORBIDDEN]


def check_transition(old: ActionStatus, new: ActionStatus) -> None:
    """Raise FieldError if an action may not go from `old` to `new` directly."""
    if new in allowed_next(old):
        return
    raise FieldError(
        "status",
        QT_TRANSLATE_NOOP(
            "Messages",
            "cannot go from {old} to {new} directly: "
            "an action is agreed or in progress before it is done",
        ),
        old=ActionStatus(old),
        new=ActionStatus(new),
    )
