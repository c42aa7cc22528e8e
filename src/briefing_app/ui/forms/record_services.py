"""The service calls a record editor makes, as one collaborator.

`RecordServices` is the protocol; `AppRecordServices` is the app's own, over
services/record_kinds/editing.py and trash.py (and the party list of services/catalogue.py).
Tests pass a stand-in. Every call takes the engine first: the editor runs them as operations
(ui/operations.py), off the GUI thread.
"""

from collections.abc import Mapping
from typing import Any, Protocol

from briefing_app.domain.errors import StaleRecordError, StaleVersionError
from briefing_app.domain.record_kind import RecordKind
from briefing_app.services import catalogue
from briefing_app.services.catalogue import PartyChoice
from briefing_app.services.record_kinds import editing, trash
from briefing_app.services.record_kinds.fields import Vocabulary
from briefing_app.services.record_kinds.spec import HistoryEntry, RecordData, RecordRow, TrashEntry
from briefing_app.ui.operations import Engine


class RecordServices(Protocol):
    def check_values(
        self, kind: RecordKind, values: Mapping[str, Any], *, partial: bool
    ) -> object: ...

    def read_record(self, engine: Engine, kind: RecordKind, record_id: int) -> RecordData: ...

    def reference_choices(
        self, engine: Engine, target: RecordKind | Vocabulary
    ) -> list[RecordRow]: ...

    def party_choices(self, engine: Engine) -> list[PartyChoice]: ...

    def create_record(
        self, engine: Engine, kind: RecordKind, values: Mapping[str, Any], *, changed_by: str
    ) -> RecordData: ...

    def edit_record(
        self,
        engine: Engine,
        kind: RecordKind,
        record_id: int,
        values: Mapping[str, Any],
        *,
        changed_by: str,
        if_version: int,
    ) -> RecordData: ...

    def delete_record(
        self, engine: Engine, kind: RecordKind, record_id: int, *, changed_by: str, if_version: int
    ) -> TrashEntry: ...

    def record_history(
        self, engine: Engine, kind: RecordKind, record_id: int
    ) -> list[HistoryEntry]: ...


class AppRecordServices:
    """The app's record-kind services (see RecordServices)."""

    def check_values(self, kind: RecordKind, values: Mapping[str, Any], *, partial: bool) -> object:
        return editing.check_values(kind, values, partial=partial)

    def read_record(self, engine: Engine, kind: RecordKind, record_id: int) -> RecordData:
        return editing.read_record(engine, kind, record_id)

    def reference_choices(self, engine: Engine, target: RecordKind | Vocabulary) -> list[RecordRow]:
        return editing.reference_choices(engine, target)

    def party_choices(self, engine: Engine) -> list[PartyChoice]:
        return catalogue.list_parties(engine)

    def create_record(
        self, engine: Engine, kind: RecordKind, values: Mapping[str, Any], *, changed_by: str
    ) -> RecordData:
        return editing.create_record(engine, kind, values, changed_by=changed_by)

    def edit_record(
        self,
        engine: Engine,
        kind: RecordKind,
        record_id: int,
        values: Mapping[str, Any],
        *,
        changed_by: str,
        if_version: int,
    ) -> RecordData:
        return editing.edit_record(
            engine, kind, record_id, values, changed_by=changed_by, if_version=if_version
        )

    def delete_record(
        self, engine: Engine, kind: RecordKind, record_id: int, *, changed_by: str, if_version: int
    ) -> TrashEntry:
        return trash.delete_record(
            engine, kind, record_id, changed_by=changed_by, if_version=if_version
        )

    def record_history(
        self, engine: Engine, kind: RecordKind, record_id: int
    ) -> list[HistoryEntry]:
        return editing.record_history(engine, kind, record_id)


def is_stale(exc: BaseException) -> bool:
    """A write refused because the stored version moved on."""
    return isinstance(exc, StaleRecordError | StaleVersionError)
