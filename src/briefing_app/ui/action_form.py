"""Where the action kind's form (FormModel, FormView) meets the action services: the field
names their refusals and history use, and what the action editor says about a stale save (the
conflict dialog's summary, who saved which field, the marks a merge leaves in the form).

Texts are in the "ActionEditor" translation context, like the editor's own.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from briefing_app.domain.errors import FieldError
from briefing_app.services.dto import ActionDetail
from briefing_app.services.record_kinds.form_model import FormModel, Merge
from briefing_app.ui import labels

# Field names the action services use in their refusals and history -> the form's keys.
SERVICE_KEYS = {
    "due date": "due",
    "owner": "owner_ref",
    "counterpart": "counterpart_ref",
    "cooperation areas": "area_ids",
    "cooperation_areas": "area_ids",
    "note": "notes",
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
