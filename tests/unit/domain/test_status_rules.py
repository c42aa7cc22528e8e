"""Status transitions of a follow-up action."""

import itertools

import pytest

from briefing_app.domain.enums import ActionStatus
from briefing_app.domain.errors import FieldError
from briefing_app.domain.status_rules import allowed_next, check_transition

S = ActionStatus
PAIRS = list(itertools.product(ActionStatus, repeat=2))


@pytest.mark.parametrize(("old", "new"), PAIRS)
def test_every_allowed_move_can_be_undone(old: ActionStatus, new: ActionStatus) -> None:
    if new in allowed_next(old):
        assert old in allowed_next(new)
        check_transition(new, old)


@pytest.mark.parametrize("status", list(ActionStatus))
def test_staying_put_is_always_allowed(status: ActionStatus) -> None:
    assert status in allowed_next(status)
    check_transition(status, status)


@pytest.mark.parametrize("old", [S.PROPOSED, S.CANCELLED])
def test_done_needs_agreement_or_work_first(old: ActionStatus) -> None:
    assert S.DONE not in allowed_next(old)
    with pytest.raises(FieldError) as caught:
        check_transition(old, S.DONE)
    assert caught.value.field == "status"
    assert f"from {old.value} to done" in caught.value.reason


def test_proposed_to_done_is_refused() -> None:
    with pytest.raises(FieldError, match="cannot go from proposed to done"):
        check_transition(S.PROPOSED, S.DONE)


def test_exactly_two_pairs_are_forbidden() -> None:
    refused = {frozenset({old, new}) for old, new in PAIRS if new not in allowed_next(old)}
    assert refused == {frozenset({S.PROPOSED, S.DONE}), frozenset({S.CANCELLED, S.DONE})}


@pytest.mark.parametrize("old", [S.AGREED, S.IN_PROGRESS, S.WAITING, S.BLOCKED])
def test_agreed_started_waiting_or_blocked_work_can_be_done(old: ActionStatus) -> None:
    check_transition(old, S.DONE)


@pytest.mark.parametrize("status", list(ActionStatus))
def test_done_is_reachable_from_everywhere_in_at_most_two_steps(status: ActionStatus) -> None:
    reachable = {n for step in allowed_next(status) for n in allowed_next(step)}
    assert S.DONE in reachable


def test_allowed_next_keeps_display_order() -> None:
    assert allowed_next(S.PROPOSED) == [
        S.PROPOSED,
        S.AGREED,
        S.IN_PROGRESS,
        S.WAITING,
        S.BLOCKED,
        S.CANCELLED,
    ]
