"""Sources as an official document cites them: the source list's entries, and record texts
whose references to the office's own files ("article 001", "articles 001 and 002", "bài 001")
become the publishers' names, with the sources cited."""

import re
from collections.abc import Mapping, Sequence

from briefing_app.briefing.content import Source, Text
from briefing_app.briefing.labels import Labels
from briefing_app.services.briefing_data import CitedSource

#: "article 001", "articles 001 and 002", "articles 001, 003": the seed's file numbers; in the
#: Vietnamese texts "bài 001", "bài 001 và 002", "bài 001 hoặc 003"
_FILE_REFERENCE = re.compile(
    r"\b(?:[Aa]rticles?|[Bb]ài)\s+(\d{3}(?:(?:\s*,\s*|\s+(?:and|or|và|hoặc)\s+)\d{3})*)"
)
_NUMBER = re.compile(r"\d{3}")


def source_entry(labels: Labels, source: CitedSource) -> Source:
    """Title; publisher and date; the address and the day it was read."""
    details = source.publisher
    if source.published_on:
        details += f", {labels.date(source.published_on)}"
    accessed = (
        labels.text("accessed", date=labels.date(source.accessed_on))
        if source.accessed_on
        else None
    )
    return Source(source.id, source.title, details, source.url, accessed)


class InternalRefs:
    """Turns references to the office's files in a record's text into the publishers' names,
    citing the sources (when `cite`). A source named so that the brief's own list lacks is
    added to it: `listed` is the brief's list with them, for its sources section (written
    last, once every text has been through here)."""

    def __init__(
        self,
        labels: Labels,
        sources: Sequence[CitedSource],
        by_file: Mapping[str, CitedSource],
        *,
        cite: bool,
    ) -> None:
        self.labels = labels
        self.cite = cite
        self.by_key = by_file
        self._listed = {s.id: s for s in sources}

    @property
    def listed(self) -> list[CitedSource]:
        return list(self._listed.values())

    def text(self, value: str, where: str) -> Text:
        cites: list[int] = []

        def name(match: re.Match[str]) -> str:
            def publisher(number: re.Match[str]) -> str:
                source = self.by_key.get(number[0])
                if source is None:
                    return self.labels["a_source"]
                cites.append(source.id)
                self._listed.setdefault(source.id, source)
                return source.publisher

            return _NUMBER.sub(publisher, match[1])

        shown = _FILE_REFERENCE.sub(name, value)
        return Text(shown, where, tuple(dict.fromkeys(cites)) if self.cite else ())
