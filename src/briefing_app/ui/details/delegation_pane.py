"""A delegation: its head, members (with native-script names), meetings and sources."""

from briefing_app.services import queries
from briefing_app.services.dto import DelegationDetail
from briefing_app.ui import labels
from briefing_app.ui.details.detail_pane import DetailPane
from briefing_app.ui.details.html_parts import (
    esc,
    facts,
    items,
    meeting_item,
    multiline,
    person_line,
    record_link,
    section,
    sources_html,
    title_block,
)
from briefing_app.ui.operations import Engine


class DelegationPane(DetailPane):
    briefing_kind = "delegation"

    def placeholder(self) -> str:
        return self.tr("Select a delegation to see its head, members and meetings.")

    @staticmethod
    def load(engine: Engine, record_id: int) -> DelegationDetail:
        return queries.get_delegation(engine, record_id)

    def render_html(self, detail: DelegationDetail) -> str:
        row = detail.delegation
        head = (
            person_line(
                record_link("person", detail.head.id, detail.head.full_name),
                detail.head.name_native,
                detail.head.position,
            )
            if detail.head
            else ""
        )
        members = items(
            person_line(record_link("person", p.id, p.full_name), p.name_native, p.role)
            for p in detail.members
        )
        meetings = items(meeting_item(mt) for mt in detail.meetings)
        return "".join(
            [
                title_block(row.name, f"{esc(labels.label(row.side))} · {esc(detail.event_name)}"),
                facts(
                    [
                        (self.tr("Locality"), esc(row.locality)),
                        (self.tr("Head of delegation"), head),
                    ]
                ),
                f"<p>{multiline(detail.description)}</p>" if detail.description else "",
                section(self.tr("Members"), members, empty=self.tr("None recorded.")),
                section(self.tr("Meetings"), meetings, empty=self.tr("None recorded.")),
                section(self.tr("Sources"), sources_html(detail.sources)),
            ]
        )
