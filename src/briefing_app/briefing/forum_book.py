"""Forum briefing book: cover, contents, key facts and programme, a section per meeting, the
consolidated action tracker, an index of people and the sources, with a PDF outline."""

from briefing_app.briefing.briefing_builder import BriefingBuilder
from briefing_app.briefing.citing import InternalRefs
from briefing_app.briefing.content import (
    LABEL,
    Cell,
    Column,
    Content,
    Cover,
    Paragraph,
    Text,
    Tone,
    cell,
)
from briefing_app.briefing.options import BriefingOptions, Section
from briefing_app.briefing.sections import (
    actions_table,
    key_values,
    meeting_body,
    sources,
    status_counts,
    withheld,
)
from briefing_app.services.briefing_data import ForumBookData, MeetingBriefData


def meeting_key(meeting_id: int) -> str:
    return f"meeting-{meeting_id}"


class ForumBook(BriefingBuilder):
    kind_key = "kind.forum"
    show_outline = True
    opening = False

    def __init__(self, data: ForumBookData, options: BriefingOptions) -> None:
        super().__init__(options)
        self.data = data
        #: meeting id -> its section number ("2.3"), for the tracker and the index
        self.meeting_numbers: dict[int, str] = {}
        #: the book's sources, one numbering for the whole book
        self.refs = InternalRefs(
            self.labels, data.sources, data.file_sources, cite=options.shows(Section.SOURCES)
        )

    def title(self) -> Text:
        return Text(self.data.event.name, f"event {self.data.event.id} name")

    def write(self, story: Content) -> None:
        self.write_cover(story)
        self.write_contents(story)
        self.write_facts_and_programme(story)
        self.write_meetings(story)
        self.write_tracker(story)
        if self.options.shows(Section.PARTICIPANTS):
            self.write_people(story)
        if self.options.shows(Section.SOURCES):
            self.write_sources(story)

    def write_cover(self, story: Content) -> None:
        """Kind, title, theme, dates, venue; a gap (an empty line), then the organisers."""
        event = self.data.event
        labels = self.labels
        lines: list[Text] = []
        if event.theme:
            lines.append(Text(f"“{event.theme}”", f"event {event.id} theme"))
        lines += [Text(x, f"event {event.id} venue") for x in (self._dates(), event.venue) if x]
        if self.data.organisers:
            lines += [Text(""), Text(labels["organisers"])]
            lines += [Text(organiser, "organiser") for organiser in self.data.organisers]
        story.add(Cover(labels[self.kind_key], self.title(), tuple(lines)))

    def _dates(self) -> str:
        event = self.data.event
        if not event.starts_on:
            return ""
        start = self.labels.date(event.starts_on)
        if event.ends_on and event.ends_on != event.starts_on:
            return f"{start} – {self.labels.date(event.ends_on)}"
        return start

    def write_contents(self, story: Content) -> None:
        story.heading(self.labels["contents"], level=0, numbered=False, contents=False)
        story.contents_here()
        story.page_break()

    def write_facts_and_programme(self, story: Content) -> None:
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
            story.add(Paragraph(self.refs.text(event.description, f"{where} description")))
        story.heading(labels["key_facts"], level=1)
        self._facts_table(story)
        story.heading(labels["programme"], level=1)
        self._programme_table(story)

    def _facts_table(self, story: Content) -> None:
        labels = self.labels
        cite = self.options.shows(Section.SOURCES)
        rows: list[list[Cell]] = []
        disagreeing = False
        for fact in self.data.facts:
            several = len(fact.values) > 1
            disagreeing |= several
            for n, value in enumerate(fact.values):
                shown = f"{value.value} *" if several else value.value
                cites = [s.id for s in value.sources] if cite else []
                rows.append(
                    [
                        cell(fact.label if n == 0 else "", "fact label", Tone.STRONG),
                        cell(shown, "fact value"),
                        cell("", cites=cites),
                    ]
                )
        if not rows:
            if not self.data.withheld_facts:
                story.note(labels["none_recorded"])
            withheld(story, labels, self.data.withheld_facts)
            return
        story.table(
            [
                Column(labels["fact"], 0.5),
                Column(labels["value"], 0.3),
                Column(labels["according_to"], 0.2),
            ],
            rows,
        )
        if disagreeing:
            story.note(f"* {labels['disagree']}")
        withheld(story, labels, self.data.withheld_facts)

    def _programme_table(self, story: Content) -> None:
        labels = self.labels
        rows: list[list[Cell]] = []
        for part in self.data.parts:
            where = f"event {part.id}"
            rows.append(
                [
                    cell(labels.date(part.starts_on) if part.starts_on else "–"),
                    cell(part.name, f"{where} name", Tone.STRONG),
                    cell(labels.enum(part.kind)),
                    cell(part.venue or "–", f"{where} venue"),
                ]
            )
        if not rows:
            story.note(labels["none_recorded"])
            return
        story.table(
            [
                Column(labels["date"], 0.15),
                Column(labels["event"], 0.47),
                Column(labels["kind"], 0.16),
                Column(labels["venue"], 0.22),
            ],
            rows,
        )

    def write_meetings(self, story: Content) -> None:
        story.page_break()
        story.heading(self.labels["meetings"], level=0)
        if not self.data.meetings and not self.data.withheld_meetings:
            story.note(self.labels["none_recorded"])
        withheld(story, self.labels, self.data.withheld_meetings)
        for data in self.data.meetings:
            self._meeting(story, data)

    def _meeting(self, story: Content, data: MeetingBriefData) -> None:
        meeting = data.meeting
        number = story.heading(
            meeting.title,
            level=1,
            where=f"meeting {meeting.id} title",
            key=meeting_key(meeting.id),
        )
        self.meeting_numbers[meeting.id] = number
        meeting_body(story, self.labels, data, self.options, level=2, refs=self.refs, book=True)

    def write_tracker(self, story: Content) -> None:
        labels = self.labels
        story.page_break()
        story.heading(labels["tracker"], level=0)
        story.heading(labels["counts"], level=2)
        status_counts(story, labels, self.data.actions)
        story.heading(labels["actions"], level=2)
        actions_table(
            story,
            labels,
            self.data.actions,
            self.options,
            meeting_ref=lambda a: (
                f"{self.meeting_numbers.get(a.row.meeting_id, '')}  {a.row.meeting_title}"
            ),
            refs=self.refs,
        )
        withheld(story, labels, self.data.withheld_actions)

    def write_people(self, story: Content) -> None:
        labels = self.labels
        story.page_break()
        story.heading(labels["people"], level=0)
        rows: list[list[Cell]] = []
        for entry in self.data.people:
            person = entry.person
            where = f"person {person.id}"
            about = "; ".join(x for x in (person.position, entry.organisation) if x)
            # one line per meeting, each a link to its section
            refs = tuple(
                Text(self.meeting_numbers[i], link=f"#{meeting_key(i)}")
                for i in entry.meeting_ids
                if i in self.meeting_numbers
            )
            rows.append(
                [
                    cell(person.full_name, where, Tone.STRONG),
                    cell(person.name_native, where),
                    cell(about, where),
                    refs or cell(""),
                ]
            )
        if not rows:
            story.note(labels["none_recorded"])
            return
        story.table(
            [
                Column(labels["name"], 0.22),
                Column(labels["native_name"], 0.14),
                Column(labels["position"], 0.5),
                Column(labels["appears_in"], 0.14),
            ],
            rows,
        )

    def write_sources(self, story: Content) -> None:
        story.page_break()
        story.heading(self.labels["sources"], level=0)
        sources(story, self.labels, self.refs.listed)
