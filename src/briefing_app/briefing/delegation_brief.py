"""Delegation brief: about the delegation itself: why it comes, when, who is in it, and the
meetings on its programme."""

from dataclasses import replace

from briefing_app.briefing.briefing_builder import BriefingBuilder
from briefing_app.briefing.citing import InternalRefs
from briefing_app.briefing.content import LABEL, Column, Content, Paragraph, Text, Tone, cell
from briefing_app.briefing.options import BriefingOptions, Section
from briefing_app.briefing.sections import (
    key_values,
    locality_name,
    person_card,
    sources,
    withheld,
)
from briefing_app.services.briefing_data import DelegationBriefData


class DelegationBrief(BriefingBuilder):
    kind_key = "kind.delegation"

    def __init__(self, data: DelegationBriefData, options: BriefingOptions) -> None:
        super().__init__(options)
        self.data = data

    def title(self) -> Text:
        return Text(self.data.name, f"delegation {self.data.id} name")

    def subtitle(self) -> list[Text]:
        return [Text(self.data.event.name, f"event {self.data.event.id} name")]

    def write(self, content: Content) -> None:
        labels = self.labels
        data = self.data
        where = f"delegation {data.id}"
        refs = InternalRefs(
            labels, data.sources, data.file_sources, cite=self.options.shows(Section.SOURCES)
        )

        if data.description:
            content.heading(labels["purpose"], level=0)
            content.add(Paragraph(refs.text(data.description, f"{where} description")))

        content.heading(labels["visit"], level=0)
        key_values(
            content,
            [
                (labels["country"], labels.enum(data.side), LABEL),
                (
                    labels["locality"],
                    locality_name(data.locality) if data.locality else None,
                    f"{where} locality",
                ),
                (labels["organisation"], data.organisation, f"{where} organisation"),
                (
                    labels["arrives"],
                    labels.date(data.arrives_on) if data.arrives_on else None,
                    LABEL,
                ),
                (
                    labels["departs"],
                    labels.date(data.departs_on) if data.departs_on else None,
                    LABEL,
                ),
            ],
        )

        if self.options.shows(Section.PARTICIPANTS):
            content.heading(labels["members"], level=0)
            if not data.members:
                content.note(labels["members_not_recorded"])
            for card in data.members:
                if card.person.id == data.head_id and not card.person.role:
                    card = replace(card, person=replace(card.person, role=labels["head"]))
                person_card(content, labels, card, refs)

        if data.programme or data.withheld_meetings:
            content.heading(labels["programme"], level=0)
            self._programme(content)
            withheld(content, labels, data.withheld_meetings)

        if self.options.shows(Section.SOURCES) and refs.listed:
            content.heading(labels["sources"], level=0)
            sources(content, labels, refs.listed)

    def _programme(self, content: Content) -> None:
        labels = self.labels
        rows = []
        for item in self.data.programme:
            meeting = item.meeting
            when = labels.date(meeting.starts_at) if meeting.starts_at else "–"
            if item.start_time:
                when += f", {labels.clock(item.start_time)}"
            elif item.time_of_day:
                when += f", {labels.enum(item.time_of_day)}"
            rows.append(
                [
                    cell(when),
                    cell(meeting.title, f"meeting {meeting.id} title", Tone.STRONG),
                    cell(
                        "; ".join(p for p in meeting.parties if p != self.data.name),
                        f"meeting {meeting.id} parties",
                    ),
                    cell(item.venue, f"meeting {meeting.id} venue"),
                ]
            )
        if rows:
            content.table(
                [
                    Column(labels["date"], 0.18),
                    Column(labels["meeting"], 0.36),
                    Column(labels["with"], 0.24),
                    Column(labels["venue"], 0.22),
                ],
                rows,
            )
