"""Meeting brief: what a vice-chairman reads before (or after) one meeting."""

from briefing_app.briefing.briefing_builder import BriefingBuilder
from briefing_app.briefing.citing import InternalRefs
from briefing_app.briefing.content import Content, Text
from briefing_app.briefing.options import BriefingOptions, Section
from briefing_app.briefing.sections import meeting_body
from briefing_app.services.briefing_data import MeetingBriefData


class MeetingBrief(BriefingBuilder):
    kind_key = "kind.meeting"

    def __init__(self, data: MeetingBriefData, options: BriefingOptions) -> None:
        super().__init__(options)
        self.data = data

    def title(self) -> Text:
        return Text(self.data.meeting.title, f"meeting {self.data.meeting.id} title")

    def subtitle(self) -> list[Text]:
        meeting = self.data.meeting
        parts = [self.data.event.name]
        if meeting.starts_at:
            parts.append(self.labels.date(meeting.starts_at))
        return [Text(" · ".join(parts), f"event {self.data.event.id}")]

    def write(self, content: Content) -> None:
        cite = self.options.shows(Section.SOURCES)
        refs = InternalRefs(self.labels, self.data.sources, self.data.file_sources, cite=cite)
        meeting_body(content, self.labels, self.data, self.options, level=0, refs=refs)
