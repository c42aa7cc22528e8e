"""A person: native-script name, position, organisation, delegations and meetings."""

from briefing_app.services import catalogue
from briefing_app.services.catalogue import PersonDetail
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


class PersonPane(DetailPane):
    def placeholder(self) -> str:
        return self.tr("Select a person to see the delegations and meetings they took part in.")

    @staticmethod
    def load(engine: Engine, record_id: int) -> PersonDetail:
        return catalogue.get_person(engine, record_id)

    def render_html(self, detail: PersonDetail) -> str:
        person = detail.person
        title = (
            f"{person.full_name} ({person.name_native})" if person.name_native else person.full_name
        )
        none = self.tr("None recorded.")
        return "".join(
            [
                title_block(title, esc(labels.label(person.country))),
                facts(
                    [
                        (self.tr("Position"), esc(person.position)),
                        (self.tr("Organisation"), esc(person.organisation)),
                    ]
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
                section(self.tr("Sources"), sources_html(detail.sources)),
            ]
        )
