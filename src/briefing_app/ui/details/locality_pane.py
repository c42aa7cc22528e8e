"""A locality: its organisations, delegations, meetings, agreements and open follow-up actions
across events."""

from briefing_app.domain.shown_text import joined
from briefing_app.services import catalogue
from briefing_app.services.catalogue import LocalityDetail
from briefing_app.ui import labels
from briefing_app.ui.details.detail_pane import DetailPane
from briefing_app.ui.details.html_parts import (
    esc,
    facts,
    items,
    meeting_item,
    record_link,
    section,
    sources_html,
    title_block,
)
from briefing_app.ui.operations import Engine


class LocalityPane(DetailPane):
    briefing_kind = "locality"

    def placeholder(self) -> str:
        return self.tr("Select a locality to see its delegations, meetings and open actions.")

    @staticmethod
    def load(engine: Engine, record_id: int) -> LocalityDetail:
        return catalogue.get_locality(engine, record_id)

    def render_html(self, detail: LocalityDetail) -> str:
        loc = detail.locality
        title = joined(" ", [loc.name, f"({loc.name_native})"]) if loc.name_native else loc.name
        none = self.tr("None recorded.")
        overdue = self.tr("(overdue)")
        return "".join(
            [
                title_block(
                    title, f"{esc(labels.label(loc.kind))} · {esc(labels.label(loc.country))}"
                ),
                facts(
                    [(self.tr("Organisations"), "; ".join(esc(o) for o in detail.organisations))]
                ),
                section(
                    self.tr("Delegations"),
                    items(record_link("delegation", d.id, d.name) for d in detail.delegations),
                    empty=none,
                ),
                section(
                    self.tr("Meetings"),
                    items(meeting_item(mt) for mt in detail.meetings),
                    empty=none,
                ),
                section(
                    self.tr("Agreements"),
                    items(
                        f"{record_link('agreement', a.id, a.title)} — {esc(labels.label(a.status))}"
                        for a in detail.agreements
                    ),
                    empty=none,
                ),
                section(
                    self.tr("Open follow-up actions"),
                    items(
                        record_link("action", a.id, a.title)
                        + f" — {esc(labels.label(a.status))}"
                        + (
                            f", {esc(labels.format_due(a.due_date, a.due_precision))}"
                            if a.due_date
                            else ""
                        )
                        + (f" <b>{esc(overdue)}</b>" if a.overdue else "")
                        for a in detail.open_actions
                    ),
                    empty=self.tr("No open actions."),
                ),
                section(self.tr("Sources"), sources_html(detail.sources)),
            ]
        )
