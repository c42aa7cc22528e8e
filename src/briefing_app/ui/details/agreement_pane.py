"""An agreement between localities: its status, parties, meeting, follow-up actions, sources."""

from briefing_app.services import catalogue
from briefing_app.services.catalogue import AgreementDetail
from briefing_app.ui import labels
from briefing_app.ui.details.detail_pane import DetailPane
from briefing_app.ui.details.html_parts import (
    esc,
    facts,
    items,
    long_date,
    record_link,
    section,
    sources_html,
    title_block,
)
from briefing_app.ui.operations import Engine


class AgreementPane(DetailPane):
    def placeholder(self) -> str:
        return self.tr("Select an agreement to see its parties and follow-up actions.")

    @staticmethod
    def load(engine: Engine, record_id: int) -> AgreementDetail:
        return catalogue.get_agreement(engine, record_id)

    def render_html(self, detail: AgreementDetail) -> str:
        row = detail.agreement
        meeting = (
            record_link("meeting", row.meeting_id, row.meeting_title or "")
            if row.meeting_id
            else ""
        )
        return "".join(
            [
                title_block(
                    row.title, f"{esc(labels.label(row.kind))} · {esc(labels.label(row.status))}"
                ),
                facts(
                    [
                        (self.tr("Parties"), ", ".join(esc(p) for p in row.parties)),
                        (self.tr("Signed"), esc(long_date(row.signed_on))),
                        (self.tr("Meeting"), meeting),
                    ]
                ),
                section(
                    self.tr("Follow-up actions"),
                    items(
                        f"{record_link('action', a.id, a.title)} — {esc(labels.label(a.status))}"
                        for a in detail.actions
                    ),
                    empty=self.tr("None recorded."),
                ),
                section(self.tr("Sources"), sources_html(detail.sources)),
            ]
        )
