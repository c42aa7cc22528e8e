"""A detail pane for any record kind, read from its fields (services/record_kinds/pages.py's
record sheet): every filled field under its label, references as links, cited sources with
their excerpts, and the records that point at it (an event's programme, meetings, delegations
and facts; an organisation's people). Subclasses name the kind."""

from datetime import date
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication

from briefing_app.domain.record_kind import RecordKind
from briefing_app.domain.shown_text import fallback_language
from briefing_app.services.record_kinds import pages
from briefing_app.services.record_kinds.fields import FieldType
from briefing_app.services.record_kinds.pages import RecordSheet
from briefing_app.services.record_kinds.registry import SPECS
from briefing_app.ui import fallback_mark
from briefing_app.ui.details.detail_pane import DetailPane
from briefing_app.ui.details.html_parts import (
    esc,
    facts,
    items,
    long_date,
    multiline,
    record_link,
    section,
    title_block,
)
from briefing_app.ui.forms.inputs import field_caption
from briefing_app.ui.forms.value_text import ValueText
from briefing_app.ui.operations import Engine

_LINKED = (FieldType.REFERENCE, FieldType.REFERENCES, FieldType.MEMBERS)


def _fields(text: str) -> str:
    return QCoreApplication.translate("Fields", text)


class RecordSheetPane(DetailPane):
    kind: ClassVar[RecordKind]

    @classmethod
    def load(cls, engine: Engine, record_id: int) -> RecordSheet:
        return pages.record_sheet(engine, cls.kind, record_id)

    def render_html(self, detail: RecordSheet) -> str:
        spec = SPECS[self.kind]
        record = detail.record
        rows = {target: list(found) for target, found in detail.names.items()}
        text = ValueText(spec, rows, [])  # type: ignore[arg-type]
        names = {(target, row.id): row.label for target, found in rows.items() for row in found}
        shown: list[tuple[str, str]] = []
        sources = ""
        for field in spec.fields:
            if field.translation_of is not None:
                continue  # a field with versions shows the reader's one (detail.texts)
            value = detail.texts.get(field.key, record.values.get(field.key))
            if field.key == spec.title_key or value in (None, "", []):
                continue
            target = field.target.value if field.target is not None else ""
            if field.type is FieldType.CITATIONS:
                sources = items(
                    record_link("source", i["source_id"], names.get((target, i["source_id"]), ""))
                    + (f" <i>({esc(i['field'])})</i>" if i.get("field") else "")
                    + (
                        f'<br/><span style="color:#555555;"><i>“{esc(i["excerpt"])}”</i></span>'
                        if i.get("excerpt")
                        else ""
                    )
                    for i in value
                )
                continue
            html = self._value_html(field.type, target, value, names, text(field.key, value))
            language = fallback_language(value)
            if language is not None:
                html = fallback_mark.html(html, language)
            shown.append((field_caption(field), html))
        parts = [
            title_block(record.label, esc(_fields(spec.label))),
            facts(shown),
        ]
        for related in detail.related:
            links = items(record_link(r.kind.value, r.id, r.label) for r in related.rows)
            parts.append(section(_fields(related.title), links))
        parts.append(section(self.tr("Sources"), sources))
        return "".join(parts)

    @staticmethod
    def _value_html(
        kind: FieldType, target: str, value: Any, names: dict[tuple[str, int], str], plain: str
    ) -> str:
        linkable = target in {k.value for k in RecordKind}
        if kind is FieldType.REFERENCE and linkable:
            return record_link(target, int(value), names.get((target, int(value)), plain))
        if kind is FieldType.REFERENCES and linkable:
            return ", ".join(
                record_link(target, int(v), names.get((target, int(v)), f"#{v}")) for v in value
            )
        if kind is FieldType.MEMBERS:
            return items(
                record_link("person", i["person_id"], names.get((target, i["person_id"]), ""))
                + (f" — {esc(i['role'])}" if i.get("role") else "")
                for i in value
            )
        if kind is FieldType.POINTS:
            return items((esc(str(v)) for v in value), ordered=True)
        if kind is FieldType.DATE:
            try:
                return esc(long_date(date.fromisoformat(str(value))))
            except ValueError:
                return esc(plain)
        return multiline(plain)


class EventPane(RecordSheetPane):
    kind = RecordKind.EVENT

    def placeholder(self) -> str:
        return self.tr("Select an event to see its programme, meetings and facts.")


class OrganisationPane(RecordSheetPane):
    kind = RecordKind.ORGANISATION

    def placeholder(self) -> str:
        return self.tr("Select an organisation to see its details and people.")


class FactPane(RecordSheetPane):
    kind = RecordKind.FACT

    def placeholder(self) -> str:
        return self.tr("Select a fact to see its value and sources.")
