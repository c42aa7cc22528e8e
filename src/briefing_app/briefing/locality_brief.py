"""Locality brief, or counterpart-pair brief (Thanh Hóa – Yamanashi): every meeting between them
across events, agreements and their status, open follow-ups and upcoming dates."""

from briefing_app.briefing.briefing_builder import BriefingBuilder
from briefing_app.briefing.citing import InternalRefs
from briefing_app.briefing.content import Cell, Column, Content, Text, Tone, cell
from briefing_app.briefing.options import BriefingOptions, Section
from briefing_app.briefing.sections import (
    actions_table,
    agreements_table,
    locality_name,
    locality_profile,
    sources,
    withheld,
)
from briefing_app.services.briefing_data import LocalityBriefData


class LocalityBrief(BriefingBuilder):
    def __init__(self, data: LocalityBriefData, options: BriefingOptions) -> None:
        super().__init__(options)
        self.data = data
        self.kind_key = "kind.pair" if len(data.localities) == 2 else "kind.locality"

    def title(self) -> Text:
        names = [locality_name(p.locality) for p in self.data.localities]
        ids = " ".join(str(p.locality.id) for p in self.data.localities)
        return Text(" – ".join(names), f"locality {ids} name")

    def subtitle(self) -> list[Text]:
        n = len(self.data.meetings)
        count = self.labels.text("meetings_count." + ("one" if n == 1 else "other"), n=n)
        return [Text(count)]

    def write(self, story: Content) -> None:
        """Overview, meetings, agreements, open follow-ups, upcoming dates, sources; a section
        with nothing to say is left out (or says only what was withheld)."""
        labels = self.labels
        data = self.data
        cite = self.options.shows(Section.SOURCES)
        refs = InternalRefs(labels, data.sources, data.file_sources, cite=cite)

        story.heading(labels["overview"], level=0)
        for profile in data.localities:
            locality_profile(story, labels, profile, cite=cite)

        if data.meetings or data.withheld_meetings:
            story.heading(labels["meetings"], level=0)
            self._meetings_table(story)
            withheld(story, labels, data.withheld_meetings)
        if self.options.shows(Section.OUTCOMES):
            for summary in data.meetings:
                if summary.outcomes:
                    where = f"meeting {summary.meeting.id}"
                    story.heading(summary.meeting.title, level=2, where=f"{where} title")
                    story.bullets([refs.text(o, f"{where} outcomes") for o in summary.outcomes])

        if data.agreements or data.withheld_agreements:
            story.heading(labels["agreements"], level=0)
            agreements_table(story, labels, data.agreements, data.withheld_agreements)

        if data.open_actions or data.withheld_actions:
            story.heading(labels["open_actions"], level=0)
            titles = {s.meeting.id: s.meeting.title for s in data.meetings}
            actions_table(
                story,
                labels,
                data.open_actions,
                self.options,
                meeting_ref=lambda a: titles.get(a.row.meeting_id, a.row.meeting_title),
                refs=refs,
            )
            withheld(story, labels, data.withheld_actions)

        if data.upcoming:
            story.heading(labels["upcoming"], level=0)
            self._upcoming_table(story)

        if self.options.shows(Section.SOURCES) and refs.listed:
            story.heading(labels["sources"], level=0)
            sources(story, labels, refs.listed)

    def _meetings_table(self, story: Content) -> None:
        labels = self.labels
        if not self.data.meetings:
            story.note(labels["none_recorded"])
            return
        rows: list[list[Cell]] = []
        for summary in self.data.meetings:
            meeting = summary.meeting
            where = f"meeting {meeting.id}"
            day = labels.date(meeting.starts_at) if meeting.starts_at else "–"
            rows.append(
                [
                    cell(day),
                    cell(meeting.title, f"{where} title", Tone.STRONG),
                    cell(labels.enum(meeting.kind)),
                    cell(summary.event_name, f"{where} event"),
                ]
            )
        story.table(
            [
                Column(labels["date"], 0.16),
                Column(labels["meeting"], 0.4),
                Column(labels["kind"], 0.16),
                Column(labels["event"], 0.28),
            ],
            rows,
        )

    def _upcoming_table(self, story: Content) -> None:
        labels = self.labels
        if not self.data.upcoming:
            story.note(labels["none_recorded"])
            return
        rows = [
            [cell(labels.due(u.day, u.precision)), cell(u.what, u.record)]
            for u in self.data.upcoming
        ]
        story.table([Column(labels["due"], 0.16), Column(labels["what"], 0.84)], rows)
