"""Record texts in a brief's language, each carrying what the brief must say about it.

A brief prints every record text in its own language (BriefingOptions.language). Where a
record has no version in that language, `domain.translations.localised` gives another one,
and the brief marks it ("† text available in English only") and counts it. A text reaches
the brief's content through f-strings, joins and "; "-separated lines, so what it must say
about itself travels inside the string, as tags the content layer reads and removes
(briefing/language_marks.py) before anything is rendered:

- a text in another language ends with FALLBACK_OPEN, that language, a space, the field it
  comes from ("meetings 3 title") and FALLBACK_CLOSE: the brief counts each field once,
  however often it prints it, and only where it prints it;
- a text that is the office's translation ends with OFFICE, its language and FALLBACK_CLOSE:
  the brief says so once.

The tags are private-use characters, which no text rule of the briefs (list markers, file
references) matches and no shipped font draws (one typed into a record prints as any uncovered
character does, reported). Source titles and excerpts are not record texts of this kind: they
stay verbatim, in their own language.
"""

import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import sqlalchemy as sa

from briefing_app.domain import models as m
from briefing_app.domain.enums import Country
from briefing_app.domain.translations import (
    BASE_LANGUAGE,
    LANGUAGES,
    is_office_translation,
    localised,
)
from briefing_app.services import convert
from briefing_app.services.dto import ActionRow, EventRow, LocalityRow, MeetingRow, PersonRow

FALLBACK_OPEN = "\ue000"
FALLBACK_CLOSE = "\ue001"
OFFICE = "\ue002"
#: the language of each country's native names
_NATIVE = {Country.VN: "vi", Country.JP: "ja"}
# A tag holds no tag character and names a language of ours: a record text may hold these
# private-use characters too (one typed or pasted), and a tag must never start in it.
_LANGUAGE = "(" + "|".join(map(re.escape, LANGUAGES)) + ")"
_NOT_A_TAG = f"[^{FALLBACK_OPEN}{FALLBACK_CLOSE}{OFFICE}]"
_TAG = re.compile(
    f"{FALLBACK_OPEN}{_LANGUAGE} ({_NOT_A_TAG}*){FALLBACK_CLOSE}"
    f"|{OFFICE}{_LANGUAGE}{FALLBACK_CLOSE}"
)


@dataclass(frozen=True)
class ReadTags:
    """A text with its tags read: `text` with each fallback tag replaced by the mark asked
    for and the office tags removed; the (language, field) of each fallback in it; the
    languages of its parts that are the office's translation."""

    text: str
    fallbacks: frozenset[tuple[str, str]]
    office: frozenset[str]


def read_tags(text: str, mark: str) -> ReadTags:
    fallbacks: set[tuple[str, str]] = set()
    office: set[str] = set()

    def replaced(match: re.Match[str]) -> str:
        if match[3]:
            office.add(match[3])
            return ""
        fallbacks.add((match[1], match[2]))
        return mark

    return ReadTags(_TAG.sub(replaced, text), frozenset(fallbacks), frozenset(office))


def plain(text: str) -> str:
    """`text` without its tags (to compare or group texts as a reader sees them)."""
    return _TAG.sub("", text)


class BriefTexts:
    """Reads record texts for one brief in `language`, tagged (see the module's docstring).
    Called inside the unit of work that reads the brief's records."""

    def __init__(self, language: str = BASE_LANGUAGE) -> None:
        self.language = language

    def __call__(self, record: Any, field: str) -> Any:
        """`field` of `record` in the brief's language, else in another one, tagged: a text,
        each item of a list, each text of a list's entries (expected asks); None when no
        language has it. A field without versions (a population) is its column's value."""
        if field not in getattr(type(record), "__translatable__", ()):
            return getattr(record, field)
        got = localised(record, field, self.language)
        tag = ""
        if got.fell_back:
            tag = f"{FALLBACK_OPEN}{got.language} {_field_name(record, field)}{FALLBACK_CLOSE}"
        if got.language != BASE_LANGUAGE and is_office_translation(record, got.language):
            tag += f"{OFFICE}{got.language}{FALLBACK_CLOSE}"
        return _tagged(got.value, tag)

    def items(self, record: Any, field: str) -> list[Any]:
        """A list field ([] when no language has it)."""
        return list(self(record, field) or [])

    def area(self, area: m.CooperationArea) -> str:
        """A cooperation area's name: both languages are required columns of their own."""
        return area.name_vi if self.language == "vi" else area.name

    def label(self, record: m.Locality | m.Organisation) -> str:
        """A locality's or organisation's name, with its native-script name when that differs
        (Yamanashi (山梨県)); a Vietnamese brief names Vietnamese ones once, in its own words
        ("Bộ Ngoại giao Việt Nam", not "… (Bộ Ngoại giao)")."""
        name: str = self(record, "name")
        native = record.name_native
        if not native or native == plain(name) or _NATIVE.get(record.country) == self.language:
            return name
        return f"{name} ({native})"

    def party(
        self,
        locality: m.Locality | None,
        organisation: m.Organisation | None,
        person: m.Person | None,
    ) -> str | None:
        """The name of an action's owner or counterpart (a person's name has one version)."""
        if locality is not None:
            return str(self(locality, "name"))
        if organisation is not None:
            return str(self(organisation, "name"))
        return person.full_name if person is not None else None

    def action_row(self, action: m.FollowUpAction, today: date) -> ActionRow:
        return replace(
            convert.action_row(action, today),
            title=self(action, "title"),
            meeting_title=self(action.meeting, "title"),
            owner=self.party(action.owner_locality, action.owner_organisation, action.owner_person),
            counterpart=self.party(
                action.counterpart_locality,
                action.counterpart_organisation,
                action.counterpart_person,
            ),
        )

    def meeting_row(self, meeting: m.Meeting, action_count: int) -> MeetingRow:
        return replace(
            convert.meeting_row(meeting, action_count),
            title=self(meeting, "title"),
            parties=[self(d, "name") for d in meeting.parties],
        )

    def event_row(self, event: m.Event) -> EventRow:
        return replace(
            convert.event_row(event),
            name=self(event, "name"),
            theme=self(event, "theme"),
            venue=self(event, "venue"),
            description=self(event, "description"),
        )

    def locality_row(self, locality: m.Locality) -> LocalityRow:
        return replace(convert.locality_row(locality), name=self(locality, "name"))

    def person_row(
        self,
        person: m.Person,
        membership: m.MeetingParticipant | m.DelegationMember | None = None,
        *,
        with_position: bool = True,
    ) -> PersonRow:
        """The person, in their `membership`'s role; without their position when
        `with_position` is false (their personal data is above the export's level)."""
        return replace(
            convert.person_row(person),
            position=self(person, "position") if with_position else None,
            role=self(membership, "role") if membership is not None else None,
        )


def _field_name(record: Any, field: str) -> str:
    """The field a text comes from, one name per record field: "meetings 3 title",
    "meeting_participants 3-12 role"."""
    identity = sa.inspect(record).identity or ("new",)
    return f"{record.__tablename__} {'-'.join(str(part) for part in identity)} {field}"


def _tagged(value: Any, tag: str) -> Any:
    if not tag:
        return value
    if isinstance(value, str):
        return value + tag
    if isinstance(value, list):
        return [_tagged(item, tag) for item in value]
    if isinstance(value, dict):
        return {key: _tagged(item, tag) for key, item in value.items()}
    return value
