"""Forum briefing book: cover, contents, key facts and programme, a section per meeting, the
consolidated action tracker, an index of people and the sources, with a PDF outline."""

from reportlab.platypus import Flowable, Paragraph

from briefing_app.briefing.briefing_builder import BriefingBuilder
from briefing_app.briefing.options import BriefingOptions, Section
from briefing_app.briefing.sections import (
    actions_table,
    key_values,
    meeting_body,
    sources,
    status_counts,
)
from briefing_app.briefing.story import LABEL, Story, Text
from briefing_app.services.briefing_data import ForumBookData, MeetingBriefData

COVER_TOP = 150.0


def meeting_key(meeting_id: int) -> str:
    return f"meeting-{meeting_id}"


class ForumBook(BriefingBuilder):
    kind_key = "kind.forum"
    show_outline = True

    def __init__(self, data: ForumBookData, options: BriefingOptions) -> None:
        super().__init__(options)
        self.data = data
        #: meeting id -> its section number ("2.3"), for the tracker and the index
        self.meeting_numbers: dict[int, str] = {}
        #: source id -> its number in the sources section
        self.source_numbers = {ref.id: n for n, ref in enumerate(data.sources, start=1)}

    def title(self) -> Text:
        return self.data.event.name, f"event {self.data.event.id} name"

    def write(self, story: Story) -> None:
        self.write_cover(story)
        self.write_contents(story)
        self.write_facts_and_programme(story)
        self.write_meetings(story)
        self.write_tracker(story)
        if self.options.shows(Section.PARTICIPANTS):
            self.write_people(story)
        if self.options.shows(Section.SOURCES):
            self.write_sources(story)

    def write_cover(self, story: Story) -> None:
        event = self.data.event
        styles = story.styles
        labels = self.labels
        story.spacer(COVER_TOP)
        story.paragraph(labels[self.kind_key].upper(), where=LABEL, style=styles.cover_line)
        story.paragraph(event.name, where=f"event {event.id} name", style=styles.cover_title)
        if event.theme:
            story.paragraph(
                f"“{event.theme}”", where=f"event {event.id} theme", style=styles.cover_line
            )
        lines = [self._dates(), event.venue or ""]
        for line in filter(None, lines):
            story.paragraph(line, where=f"event {event.id} venue", style=styles.cover_line)
        if self.data.organisers:
            story.spacer(18)
            story.paragraph(labels["organisers"], where=LABEL, style=styles.cover_line)
            for organiser in self.data.organisers:
                story.paragraph(organiser, where="organiser", style=styles.cover_line)
        story.page_break()

    def _dates(self) -> str:
        event = self.data.event
        if not event.starts_on:
            return ""
        start = self.labels.date(event.starts_on)
        if event.ends_on and event.ends_on != event.starts_on:
            return f"{start} – {self.labels.date(event.ends_on)}"
        return start

    def write_contents(self, story: Story) -> None:
        story.heading(self.labels["contents"], level=0, numbered=False, contents=False)
        story.contents_here()
        story.page_break()

    def write_facts_and_programme(self, story: Story) -> None:
        labels = self.labels
        event = self.data.event
        where = f"event {event.id}"
        story.heading(labels["facts_programme"], level=0)
        story.heading(labels["overview"], level=1)
        key_values(
            story,
            [
                (labels["theme"], event.theme, f"{where} theme"),
                (labels["date"], self._dates(), LABEL),
                (labels["venue"], event.venue, f"{where} venue"),
                (labels["organisers"], "; ".join(self.data.organisers), "organisers"),
            ],
        )
        if event.description:
            story.paragraph(event.description, where=f"{where} description")
        story.heading(labels["key_facts"], level=1)
        self._facts_table(story)
        story.heading(labels["programme"], level=1)
        self._programme_table(story)

    def _source_marks(self, source_ids: list[int]) -> str:
        return " ".join(
            f"[{self.source_numbers[i]}]" for i in source_ids if i in self.source_numbers
        )

    def _facts_table(self, story: Story) -> None:
        labels = self.labels
        styles = story.styles
        rows: list[list[Flowable]] = []
        disagreeing = False
        for fact in self.data.facts:
            several = len(fact.values) > 1
            disagreeing |= several
            for n, value in enumerate(fact.values):
                label = story.cell(
                    fact.label if n == 0 else "", where="fact label", style=styles.cell_bold
                )
                shown = f"{value.value} *" if several else value.value
                marks = self._source_marks([s.id for s in value.sources])
                rows.append(
                    [
                        label,
                        story.cell(shown, where="fact value"),
                        story.cell(marks, where=LABEL),
                    ]
                )
        if not rows:
            story.paragraph(labels["none_recorded"], where=LABEL, style=styles.note)
            return
        story.table(
            [labels["fact"], labels["value"], labels["according_to"]], rows, [0.5, 0.3, 0.2]
        )
        if disagreeing:
            story.paragraph(f"* {labels['disagree']}", where=LABEL, style=styles.note)

    def _programme_table(self, story: Story) -> None:
        labels = self.labels
        rows: list[list[Flowable]] = []
        for part in self.data.parts:
            where = f"event {part.id}"
            rows.append(
                [
                    story.cell(labels.date(part.starts_on) if part.starts_on else "–", where=LABEL),
                    story.cell(part.name, where=f"{where} name", style=story.styles.cell_bold),
                    story.cell(labels.enum(part.kind), where=LABEL),
                    story.cell(part.venue or "–", where=f"{where} venue"),
                ]
            )
        if not rows:
            story.paragraph(labels["none_recorded"], where=LABEL, style=story.styles.note)
            return
        story.table(
            [labels["date"], labels["event"], labels["kind"], labels["venue"]],
            rows,
            [0.15, 0.47, 0.16, 0.22],
        )

    def write_meetings(self, story: Story) -> None:
        story.page_break()
        story.heading(self.labels["meetings"], level=0)
        if not self.data.meetings:
            story.paragraph(self.labels["none_recorded"], where=LABEL, style=story.styles.note)
        for data in self.data.meetings:
            self._meeting(story, data)

    def _meeting(self, story: Story, data: MeetingBriefData) -> None:
        meeting = data.meeting
        number = story.heading(
            meeting.title,
            level=1,
            where=f"meeting {meeting.id} title",
            key=meeting_key(meeting.id),
        )
        self.meeting_numbers[meeting.id] = number
        meeting_body(story, data, self.options, level=2)

    def write_tracker(self, story: Story) -> None:
        labels = self.labels
        story.page_break()
        story.heading(labels["tracker"], level=0)
        story.heading(labels["counts"], level=2)
        status_counts(story, self.data.actions)
        story.heading(labels["actions"], level=2)
        actions_table(
            story,
            self.data.actions,
            self.options,
            meeting_ref=lambda a: (
                f"{self.meeting_numbers.get(a.row.meeting_id, '')}  {a.row.meeting_title}"
            ),
        )

    def write_people(self, story: Story) -> None:
        labels = self.labels
        styles = story.styles
        story.page_break()
        story.heading(labels["people"], level=0)
        rows: list[list[Flowable]] = []
        for entry in self.data.people:
            person = entry.person
            where = f"person {person.id}"
            about = "; ".join(x for x in (person.position, entry.organisation) if x)
            refs = ", ".join(
                story.link(
                    self.meeting_numbers[i], f"#{meeting_key(i)}", where=LABEL, style=styles.cell
                )
                for i in entry.meeting_ids
                if i in self.meeting_numbers
            )
            rows.append(
                [
                    story.cell(person.full_name, where=where, style=styles.cell_bold),
                    story.cell(person.name_native, where=where),
                    story.cell(about, where=where),
                    Paragraph(refs, styles.cell),
                ]
            )
        if not rows:
            story.paragraph(labels["none_recorded"], where=LABEL, style=styles.note)
            return
        story.table(
            [labels["name"], labels["native_name"], labels["position"], labels["appears_in"]],
            rows,
            [0.22, 0.14, 0.5, 0.14],
        )

    def write_sources(self, story: Story) -> None:
        story.page_break()
        story.heading(self.labels["sources"], level=0)
        sources(story, self.data.sources)
