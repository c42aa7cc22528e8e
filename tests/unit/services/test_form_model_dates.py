"""A date field the form could not read is refused with the typed-date parser's reason (the
forms staff may type, day first), with the services' default check of the real kinds."""

import pytest

from briefing_app.domain.record_kind import RecordKind
from briefing_app.services.record_kinds.form_model import FormModel
from briefing_app.services.record_kinds.registry import SPECS


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("11/25/2025", "is not a real date: '11/25/2025' (the day comes first, as in 15/03/2027)"),
        ("25/11/25", "needs the year in four digits, as in 15/03/2027 (got '25/11/25')"),
        ("soon", "must be a day like 15/03/2027 or 2027-03-15 (got 'soon')"),
        ("quý 2/2027", "must be a day like 15/03/2027 or 2027-03-15 (got 'quý 2/2027')"),
    ],
)
def test_an_unreadable_date_says_which_forms_are_taken(typed: str, reason: str) -> None:
    form = FormModel(SPECS[RecordKind.AGREEMENT])
    form.set_value("signed_on", typed)
    assert not form.validate()
    assert form.error("signed_on") is not None
    assert form.error("signed_on").reason == reason  # type: ignore[union-attr]
    form.set_value("signed_on", "2027-03-15")  # what the input hands on once it can read it
    assert form.recheck("signed_on") is None
    form.set_value("signed_on", typed)
    assert form.recheck("signed_on").reason == reason  # type: ignore[union-attr]
