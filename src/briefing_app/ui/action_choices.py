"""What the action form's pickers offer: the meetings, cooperation areas and parties the window
hands in, and the agreements, sources and the office's staff names (the assignee's list), read
in the background when the editor opens (a failed read leaves those lists empty). `display`
names a field's value with them (the conflict dialog, the marks after a merge)."""

from collections.abc import Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import QObject

from briefing_app.domain.record_kind import RecordKind
from briefing_app.domain.shown_text import area_name, area_other_name
from briefing_app.services.catalogue import AreaRow, PartyChoice
from briefing_app.services.my_work import staff_names
from briefing_app.services.record_kinds.editing import reference_choices
from briefing_app.services.record_kinds.fields import Vocabulary
from briefing_app.services.record_kinds.registry import SPECS
from briefing_app.services.record_kinds.spec import RecordRow
from briefing_app.ui.forms.form_view import FormView
from briefing_app.ui.forms.value_text import ValueText
from briefing_app.ui.operations import Operations


class ActionChoices(QObject):
    def __init__(
        self,
        *,
        ops: Operations,
        areas: Sequence[AreaRow],
        parties: Sequence[PartyChoice],
        meetings: Sequence[RecordRow],
        me: str,
        parent: QObject,
    ) -> None:
        """`me`: the user, offered first as an assignee."""
        super().__init__(parent)
        self._ops = ops
        self._me = me
        self._owner = parent
        self._rows: dict[Any, list[RecordRow]] = {
            RecordKind.MEETING: list(meetings),
            Vocabulary.AREA: [
                RecordRow(Vocabulary.AREA, a.id, 1, area_name(a), area_other_name(a)) for a in areas
            ],
        }
        self._parties = parties  # as given: a PartyList shares its model with the filter
        self.display = ValueText(SPECS[RecordKind.ACTION], self._rows, self._parties)

    @property
    def meetings(self) -> list[RecordRow]:
        return self._rows[RecordKind.MEETING]

    def offer(self, view: FormView) -> None:
        """Give `view` what is in hand now, and the agreements and sources once read."""
        for target, rows in self._rows.items():
            view.set_choices(target, rows)
        view.set_parties(self._parties)
        for target in (RecordKind.AGREEMENT, RecordKind.SOURCE):
            self._ops.query(
                partial(reference_choices, target=target),
                success=partial(self._loaded, view, target),
                failure=lambda _exc: None,
                owner=self._owner,
            )
        me = self._me
        self._ops.query(
            lambda engine: [me, *(n for n in staff_names(engine) if n != me)],
            success=view.set_names,
            failure=lambda _exc: None,
            owner=self._owner,
        )

    def _loaded(self, view: FormView, target: RecordKind, rows: list[RecordRow]) -> None:
        self._rows[target] = rows
        view.set_choices(target, rows)
