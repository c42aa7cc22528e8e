"""A source: title, publisher, date, language, link, and every record it supports (with the
excerpt cited)."""

from briefing_app.services import catalogue
from briefing_app.services.catalogue import SourceDetail
from briefing_app.ui import labels
from briefing_app.ui.details.detail_pane import DetailPane
from briefing_app.ui.details.html_parts import (
    esc,
    facts,
    items,
    long_date,
    record_link,
    section,
    title_block,
    url_link,
)
from briefing_app.ui.operations import Engine

#: Kinds the app can open from a link; other cited records are listed without one.
_OPENABLE = {
    "meeting",
    "delegation",
    "action",
    "agreement",
    "locality",
    "person",
    "event",
    "organisation",
    "fact",
}


class SourcePane(DetailPane):
    def placeholder(self) -> str:
        return self.tr("Select a source to see what it supports.")

    @staticmethod
    def load(engine: Engine, record_id: int) -> SourceDetail:
        return catalogue.get_source(engine, record_id)

    def render_html(self, detail: SourceDetail) -> str:
        src = detail.source
        kinds = {
            "meeting": self.tr("Meeting"),
            "delegation": self.tr("Delegation"),
            "action": self.tr("Follow-up action"),
            "agreement": self.tr("Agreement"),
            "locality": self.tr("Locality"),
            "person": self.tr("Person"),
            "organisation": self.tr("Organisation"),
            "fact": self.tr("Key fact"),
            "event": self.tr("Event"),
        }
        cited = items(
            f"{esc(kinds.get(c.kind, c.kind))}: "
            + (record_link(c.kind, c.id, c.label) if c.kind in _OPENABLE else esc(c.label))
            + (
                f'<br/><span style="color:#555555;"><i>“{esc(c.excerpt)}”</i></span>'
                if c.excerpt
                else ""
            )
            for c in detail.cited_by
        )
        return "".join(
            [
                title_block(src.title, esc(labels.label(src.kind))),
                facts(
                    [
                        (self.tr("Publisher"), esc(src.publisher)),
                        (self.tr("Published"), esc(long_date(src.published_on))),
                        (self.tr("Language"), esc(src.language)),
                        (self.tr("Web page"), url_link(src.url, src.url) if src.url else ""),
                        (self.tr("Note"), esc(detail.note)),
                    ]
                ),
                section(
                    self.tr("Supports"), cited, empty=self.tr("Nothing in this database cites it.")
                ),
            ]
        )
