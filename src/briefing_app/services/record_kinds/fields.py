"""What a record kind's fields are: key, type, limits and choices, as plain data.

The services validate and store with these descriptions, the command line reads and prints
JSON by them, and the desktop app's form model builds its inputs from them, so a field is
described once. Values are exchanged in their JSON form everywhere (see FieldType).
"""

from dataclasses import dataclass
from enum import StrEnum

from briefing_app.domain.record_kind import RecordKind
from briefing_app.domain.translations import OTHER_LANGUAGES, translation_key


class FieldType(StrEnum):
    """How a field's value looks in JSON (and in a form model)."""

    #: one line of text: str or None
    TEXT = "text"
    #: several lines of text: str or None
    LONG_TEXT = "long_text"
    #: a whole number: int or None
    INTEGER = "integer"
    #: a decimal number: float or None
    DECIMAL = "decimal"
    #: a calendar date: "2025-11-25" or None
    DATE = "date"
    #: a time of day: "14:30" or None
    TIME = "time"
    #: one of `FieldSpec.choices`' values: "bilateral" or None
    CHOICE = "choice"
    #: the id of one record of `FieldSpec.target`: int or None
    REFERENCE = "reference"
    #: ids of records of `FieldSpec.target`: [int, …] (order kept)
    REFERENCES = "references"
    #: an ordered list of short texts: ["…", …]
    POINTS = "points"
    #: expected asks: [{"ask": "…", "response": "…" or None}, …]
    ASKS = "asks"
    #: people with a role: [{"person_id": int, "role": "…" or None}, …]
    MEMBERS = "members"
    #: sources cited with an excerpt, for the whole record (field None) or one of its fields:
    #: [{"source_id": int, "field": "population" or None, "excerpt": "…" or None}, …]
    CITATIONS = "citations"
    #: a due period: {"date": "2026-01-01", "precision": "quarter"} or None (domain.due)
    DUE = "due"
    #: a locality, organisation or person: {"kind": "locality", "id": int} or None
    PARTY = "party"


class Vocabulary(StrEnum):
    """Controlled lists a field can point into that are not record kinds."""

    AREA = "area"


#: The keys of one item of a list-of-objects field, in order (a member's role has a version
#: in each other language: "role_vi").
ITEM_KEYS: dict[FieldType, tuple[str, ...]] = {
    FieldType.ASKS: ("ask", "response"),
    FieldType.MEMBERS: (
        "person_id",
        "role",
        *(translation_key("role", language) for language in OTHER_LANGUAGES),
    ),
    FieldType.CITATIONS: ("source_id", "field", "excerpt"),
}


@dataclass(frozen=True)
class FieldSpec:
    """One field of a record kind.

    `label` is an English text marked with QT_TRANSLATE_NOOP("Fields", …); `max_length` is taken
    from the column (for lists: per item); `choices` lists the allowed values of a CHOICE in
    display order; `target` is the kind a REFERENCE(S) or MEMBERS/CITATIONS id points to.
    `read_only` fields are shown and exported but never written (a create/edit JSON may carry
    them, e.g. straight from `show --json`, and they are ignored).
    """

    key: str
    label: str
    type: FieldType
    required: bool = False
    max_length: int | None = None
    choices: tuple[str, ...] = ()
    target: RecordKind | Vocabulary | None = None
    read_only: bool = False
    #: a short hint shown in an empty input ("2025-11-25", "e.g. Ha Long")
    hint: str = ""
    #: the ORM attribute behind the field, when it is not named like the key
    attribute: str | None = None
    #: the JSON value a new record starts with when none is given
    default: object = None
    #: for a field's version in another language (key "title_vi"): the field it translates
    #: ("title") and the language ("vi"); the value lives in the record's `translations`
    translation_of: str | None = None
    language: str | None = None

    @property
    def is_list(self) -> bool:
        return self.type in (
            FieldType.REFERENCES,
            FieldType.POINTS,
            FieldType.ASKS,
            FieldType.MEMBERS,
            FieldType.CITATIONS,
        )

    def empty(self) -> object:
        """The value of this field when nothing is entered."""
        return [] if self.is_list else None
