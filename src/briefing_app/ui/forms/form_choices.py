"""What a record form's pickers offer: the records each reference field may point to, and the
parties (localities, organisations, people) of a party field. They are read in the background
through the editor's operations and handed to the form view as they arrive; `display` names a
field's value with them (the merge dialog, the marks beside merged fields)."""

from collections.abc import Callable, Sequence
from functools import partial

from briefing_app.services.catalogue import PartyChoice
from briefing_app.services.record_kinds.fields import FieldType
from briefing_app.services.record_kinds.spec import KindSpec, RecordRow
from briefing_app.ui.forms.editor_operations import EditorOperations
from briefing_app.ui.forms.form_view import FormView, Target
from briefing_app.ui.forms.record_services import RecordServices
from briefing_app.ui.forms.value_text import ValueText
from briefing_app.ui.operations import Engine

#: the field types whose input picks records of the field's target
PICKED = (FieldType.REFERENCE, FieldType.REFERENCES, FieldType.MEMBERS, FieldType.CITATIONS)


def _choices_of(services: RecordServices, target: Target) -> Callable[[Engine], list[RecordRow]]:
    def read(engine: Engine) -> list[RecordRow]:
        return services.reference_choices(engine, target)

    return read


class FormChoices:
    def __init__(self, spec: KindSpec, services: RecordServices, io: EditorOperations) -> None:
        self._spec = spec
        self._services = services
        self._io = io
        self._rows: dict[Target, list[RecordRow]] = {}
        self._parties: list[PartyChoice] = []
        self.display = ValueText(spec, self._rows, self._parties)

    def load(self, view: FormView) -> None:
        """Read every choice the spec's fields need; each is given to `view` on arrival."""
        services = self._services
        targets: list[Target] = []
        for field in self._spec.fields:
            if field.type in PICKED and field.target is not None and field.target not in targets:
                targets.append(field.target)
        for target in targets:
            self._io.query(
                _choices_of(services, target),
                partial(self._choices_loaded, view, target),
            )
        if any(f.type is FieldType.PARTY for f in self._spec.fields):
            self._io.query(services.party_choices, partial(self._parties_loaded, view))

    def _choices_loaded(self, view: FormView, target: Target, rows: Sequence[RecordRow]) -> None:
        self._rows[target] = list(rows)
        view.set_choices(target, rows)

    def _parties_loaded(self, view: FormView, parties: Sequence[PartyChoice]) -> None:
        self._parties[:] = parties
        view.set_parties(parties)
