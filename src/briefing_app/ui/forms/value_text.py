"""A field's value (JSON form) as a person reads it: in the merge dialog and merge notices.

Records pointed to are named from the choices the editor loaded (else "#id"); choices by their
translated labels; a due period as precise as it was given.
"""

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from briefing_app.domain.enums import DuePrecision
from briefing_app.domain.record_kind import RecordKind
from briefing_app.services.catalogue import PartyChoice
from briefing_app.services.record_kinds.fields import FieldType, Vocabulary
from briefing_app.services.record_kinds.spec import KindSpec, RecordRow
from briefing_app.ui import labels
from briefing_app.ui.forms import versions
from briefing_app.ui.forms.inputs import choice_label, row_text

Target = RecordKind | Vocabulary


class ValueText:
    def __init__(
        self,
        spec: KindSpec,
        rows: Mapping[Target, Sequence[RecordRow]],
        parties: Sequence[PartyChoice],
    ) -> None:
        self._spec = spec
        self._rows = rows
        self._parties = parties

    def row(self, target: Target | None, record_id: Any) -> str:
        for row in self._rows.get(target, []) if target is not None else []:
            if row.id == record_id:
                return row_text(row)
        return f"#{record_id}"

    def __call__(self, key: str, value: Any) -> str:
        spec = self._spec.field(key)
        if value is None or value == [] or value == "":
            return QCoreApplication.translate("ValueText", "(empty)")
        kind, target = spec.type, spec.target
        if kind is FieldType.CHOICE and isinstance(value, str):
            return choice_label(spec, value)
        if kind is FieldType.REFERENCE:
            return self.row(target, value)
        if not isinstance(value, list | dict):
            if kind is FieldType.INTEGER and isinstance(value, int):
                return QLocale().toString(value)
            return str(value)
        if kind is FieldType.REFERENCES:
            return ", ".join(self.row(target, v) for v in value)
        if kind is FieldType.POINTS:
            return "; ".join(str(v) for v in value)
        if kind is FieldType.ASKS:
            return "; ".join(f"{i.get('ask')} → {i.get('response') or '—'}" for i in value)
        if kind is FieldType.MEMBERS:
            roles = [key for key, _language in versions.item_versions("role")]
            return "; ".join(
                self.row(target, i.get("person_id"))
                + (f" ({shown})" if (shown := " / ".join(i[r] for r in roles if i.get(r))) else "")
                for i in value
            )
        if kind is FieldType.CITATIONS:
            return "; ".join(
                self.row(target, i.get("source_id"))
                + (f": {i['excerpt']}" if i.get("excerpt") else "")
                for i in value
            )
        if kind is FieldType.DUE and isinstance(value, dict):
            try:
                day = date.fromisoformat(str(value["date"]))
                return labels.format_due(day, DuePrecision(value["precision"]))
            except (KeyError, ValueError):
                return str(value)
        if kind is FieldType.PARTY and isinstance(value, dict):
            for choice in self._parties:
                if (choice.ref.kind, choice.ref.id) == (value.get("kind"), value.get("id")):
                    return choice.ref.name
            return f"#{value.get('id')}"
        return str(value)
