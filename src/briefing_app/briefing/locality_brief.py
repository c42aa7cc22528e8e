"""Locality brief, or counterpart-pair brief (Thanh Hóa – Yamanashi): every meeting between them
across events, agreements and their status, open follow-ups and upcoming dates."""

from reportlab.platypus import Flowable

from briefing_app.briefing.briefing_builder import BriefingBuilder
from briefing_app.briefing.options import BriefingOptions, Section
from briefing_app.briefing.sections import (
    actions_table,
    agreements_table,
    locality_name,
    locality_profile,
    sources,
)
from briefing_app.briefing.story import LABEL, Story, Text
from briefing_app.services.briefing_data import LocalityBriefData


class LocalityBrief(BriefingBuilder):
    def __init__(self, data: LocalityBriefData, options: BriefingOptions) -> None:
        super().__init__(options)
        self.data = data
        self.kind_key = "kind.pair" if len(data.localities) == 2 else "kind.locality"

    def title(self) -> Text:
        names = [locality_name(p.locality) for p in self.data.localities]
        ids = " ".join(str(p.locality.id) for p in self.data.localities)
        return " – ".join(names), f"locality {ids} name"

    def subtitle(self) -> list[Text]:
        n = len(self.data.meetings)
        count = self.labels.text("meetings_count." + ("one" if n == 1 else "other"), n=n)
        return [(count, LABEL)]

    def write(self, story: Story) -> None:
        labels = self.labels
        data = self.data
        self.write_opening(story)

        story.heading(labels["overview"], level=0)
        numbers = (
            {ref.id: n for n, ref in enumerate(data.sources, start=1)}
            if self.options.shows(Section.SOURCES)
            else None
        )
        for profile in data.localities:
            locality_profile(story, profile, numbers)

        story.heading(labels["meetings"], level=0)
        self._meetings_table(story)
        if self.options.shows(Section.OUTCOMES):
            for summary in data.meetings:
                if summary.outcomes:
                    where = f"meeting {summary.meeting.id}"
                    story.heading(summary.meeting.title, level=2, where=f"{where} title")
                    story.bullets([(o, f"{where} outcomes") for o in summary.outcomes])

        story.heading(labels["agreements"], level=0)
        agreements_table(story, data.agreements)

        story.heading(labels["open_actions"], level=0)
        titles = {s.meeting.id: s.meeting.title for s in data.meetings}
        actions_table(
            story,
            data.open_actions,
            self.options,
            meeting_ref=lambda a: titles.get(a.row.meeting_id, a.row.meeting_title),
        )

        story.heading(labels["upcoming"], level=0)
        self._upcoming_table(story)

        if self.options.shows(Section.SOURCES):
            story.heading(labels["sources"], level=0)
            sources(story, data.sources)

    def _meetings_table(self, story: Story) -> None:
        labels = self.labels
        if not self.data.meetings:
            story.paragraph(labels["none_recorded"], where=LABEL, style=story.styles.note)
            return
        rows: list[list[Flowable]] = []
        for summary in self.data.meetings:
            meeting = summary.meeting
            where = f"meeting {meeting.id}"
            day = labels.date(meeting.starts_at) if meeting.starts_at else "–"
            rows.append(
                [
                    story.cell(day, where=LABEL),
                    story.cell(meeting.title, where=f"{where} title", style=story.styles.cell_bold),
                    story.cell(labels.enum(meeting.kind), where=LABEL),
                    story.cell(summary.event_name, where=f"{where} event"),
                ]
            )
        story.table(
            [labels["date"], labels["meeting"], labels["kind"], labels["event"]],
            rows,
            [0.16, 0.4, 0.16, 0.28],
        )
        story.spacer(6)

    def _upcoming_table(self, story: Story) -> None:
        labels = self.labels
        if not self.data.upcoming:
            story.paragraph(labels["none_recorded"], where=LABEL, style=story.styles.note)
            return
        rows = [
            [story.cell(u.label, where=LABEL), story.cell(u.what, where=u.record)]
            for u in self.data.upcoming
        ]
        story.table([labels["due"], labels["what"]], rows, [0.16, 0.84])
