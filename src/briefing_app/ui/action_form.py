"""Where the action kind's form (FormModel, FormView) meets the action services: the field
names their refusals and history use, the checks before a save, the statuses offered, and what
the action editor says about a stale save (the conflict dialog's summary, who saved which
field, the marks a merge leaves in the form).

Texts are in the "ActionEditor" translation context, like the editor's own.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox

from briefing_app.domain.enums import ActionStatus
from briefing_app.domain.errors import FieldError
from briefing_app.domain.status_rules import allowed_next
from briefing_app.services.dto import ActionDetail
from briefing_app.services.record_kinds.form_model import FormModel, Merge
from briefing_app.ui import labels
from briefing_app.ui.widgets.due_date_edit import DueDateEdit

PARTY_KEYS = ("owner_ref", "counterpart_ref")

# Field names the action services use in their refusals and history -> the form's keys.
SERVICE_KEYS = {
    "due date": "due",
    "owner": "owner_ref",
    "counterpart": "counterpart_ref",
    "cooperation areas": "area_ids",
    "cooperation_areas": "area_ids",
    "meeting": "meeting_id",
}


def form_key(name: str) -> str:
    return SERVICE_KEYS.get(name, name)


def as_form_error(error: FieldError) -> FieldError:
    """A service's refusal under the form's key for its field."""
    key = form_key(error.field)
    if key == error.field:
        return error
    return FieldError(key, error.reason_template, **error.reason_values)


def offer_statuses(box: QComboBox, stored: ActionStatus | None) -> None:
    """Statuses the stored one cannot move to directly stay in the status box, greyed out
    with the rule as their tooltip (a new action may start in any status)."""
    model = box.model()
    assert isinstance(model, QStandardItemModel)
    allowed = set(allowed_next(stored)) if stored is not None else set(ActionStatus)
    rule = QCoreApplication.translate(
        "ActionEditor",
        "An action is agreed or in progress before it is done; "
        "a cancelled action is revived first.",
    )
    for row in range(model.rowCount()):
        value = box.itemData(row)
        ok = value is None or ActionStatus(value) in allowed
        model.item(row).setEnabled(ok)
        model.item(row).setToolTip("" if ok else rule)


def check_form(model: FormModel, due: DueDateEdit) -> bool:
    """Check an action's form before anything is sent: the model's rules (refusals kept in
    the model), the due date with its own reason, and an owner or counterpart typed as a name
    left for the save to resolve (services/parties.py, off the GUI thread)."""
    model.validate()
    errors = {
        key: error
        for key, error in model.errors.items()
        if not (key in PARTY_KEYS and isinstance(model.value(key), str))
    }
    try:
        due.value()
    except FieldError as exc:
        errors["due"] = as_form_error(exc)
    model.set_errors([*errors.values()])
    return not errors and not model.general_errors


def conflict_summary(before: ActionDetail, latest: ActionDetail) -> tuple[str, dict[str, str]]:
    """The conflict dialog's summary of a stale save (the user started from `before`, `latest`
    is stored now), and who saved each form field since, and when."""
    known = {change.id for change in before.history}
    new = sorted(
        (c for c in latest.history if c.id not in known), key=lambda c: (c.changed_at, c.id)
    )
    saved_by = {
        form_key(c.field): QCoreApplication.translate("ActionEditor", "{who}, {when}").format(
            who=c.changed_by, when=labels.format_datetime_utc(c.changed_at)
        )
        for c in new
    }
    last = new[-1] if new else None
    summary = QCoreApplication.translate(
        "ActionEditor",
        "You started from version {mine}. Version {theirs} was saved by {who} on {when}. "
        "Nothing of yours is saved yet.",
    ).format(
        mine=before.action.version,
        theirs=latest.action.version,
        who=last.changed_by if last else QCoreApplication.translate("ActionEditor", "someone else"),
        when=labels.format_datetime_utc(last.changed_at if last else latest.updated_at),
    )
    return summary, saved_by


def merge_marks(
    model: FormModel, merge: Merge, display: Callable[[str, Any], str]
) -> tuple[dict[str, str], str]:
    """After `model.apply_merge(merge)`: the mark beside each field the user changed (the
    stored value; for a field both changed, that the next save replaces theirs), and the
    banner over the form."""
    notices = {}
    for key in model.dirty_keys:
        stored = display(key, model.base_value(key))
        if key in merge.conflict_keys:
            notices[key] = QCoreApplication.translate(
                "ActionEditor",
                "⚑ Also changed by someone else, to: {theirs}. Your version is shown; "
                "saving replaces theirs.",
            ).format(theirs=stored)
        else:
            notices[key] = QCoreApplication.translate(
                "ActionEditor", "⚑ Your change, not saved yet (stored: {stored})."
            ).format(stored=stored)
    banner = QCoreApplication.translate(
        "ActionEditor",
        "Reloaded version {version}. Your changes are kept in the form and marked, not "
        "saved yet; {count} field(s) were also changed by someone else.",
    ).format(version=merge.theirs.version, count=len(merge.conflicts))
    return notices, banner
