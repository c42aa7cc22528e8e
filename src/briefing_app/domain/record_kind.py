"""The kinds of record a user creates, edits, deletes and restores (DESIGN §9).

One enum drives the navigation, the CLI's `list/show/create/edit/delete KIND`, the trash and
the history; its values are the words typed on the command line and stored in the trash.
"""

from enum import StrEnum


class RecordKind(StrEnum):
    EVENT = "event"
    MEETING = "meeting"
    DELEGATION = "delegation"
    PERSON = "person"
    ORGANISATION = "organisation"
    LOCALITY = "locality"
    AGREEMENT = "agreement"
    SOURCE = "source"
    FACT = "fact"
    ACTION = "action"


#: One change to records, as writes announce it and views hear it: what kind of record, and
#: which (SEVERAL: several records, or one not known).
Change = tuple[RecordKind, int]

#: The record id that means "several records, or one not known".
SEVERAL = 0
