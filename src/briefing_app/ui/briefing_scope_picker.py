"""The "Briefing" part of the briefing dialog: which kind of briefing, and the records it is
about (a meeting, a delegation, a locality, a counterpart pair, the forum, or the follow-up
actions the action list shows). The records to offer are handed in by the dialog once it has
read them (`set_choices`); each kind shows only its own rows."""

from dataclasses import dataclass, field

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

from briefing_app.services.dto import DelegationRow, LocalityRow, MeetingRow
from briefing_app.services.overview_figures import EventSummary
from briefing_app.services.queries import ActionFilter
from briefing_app.ui import labels
from briefing_app.ui.widgets.form_widgets import combo_box

# The kinds the dialog offers (BriefingKind values).
MEETING, DELEGATION, LOCALITY = "meeting", "delegation", "locality"
PAIR, FORUM, ACTIONS = "pair", "forum", "actions"
KINDS = (MEETING, DELEGATION, LOCALITY, PAIR, FORUM, ACTIONS)
# What the dialog offers: the meetings, the delegations, the localities and the forum (with its
# parts).
Choices = tuple[list[MeetingRow], list[DelegationRow], list[LocalityRow], EventSummary | None]


@dataclass(frozen=True)
class BriefingScope:
    """What the dialog opens on: the kind and the records preselected for each kind."""

    kind: str = MEETING
    meeting_id: int | None = None
    delegation_id: int | None = None
    locality_ids: tuple[int, ...] = ()
    event_id: int | None = None
    #: the action list's filter, for the tracker
    action_filter: ActionFilter = field(default_factory=ActionFilter)
    #: a sentence describing that filter (shown in the dialog)
    filter_description: str = ""


class BriefingScopePicker(QGroupBox):
    """`changed` when the kind or a chosen record changes (the suggested file name follows)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Briefing"))
        self.kind_box = combo_box("briefingKind", self.tr("Kind of briefing"))
        for kind, text in (
            (MEETING, self.tr("Meeting brief")),
            (DELEGATION, self.tr("Delegation brief")),
            (LOCALITY, self.tr("Locality brief")),
            (PAIR, self.tr("Counterpart-pair brief")),
            (FORUM, self.tr("Forum briefing book")),
            (ACTIONS, self.tr("Action tracker")),
        ):
            self.kind_box.addItem(text, kind)

        self.meeting_box = combo_box("meetingScope", self.tr("Meeting"))
        self.delegation_box = combo_box("delegationScope", self.tr("Delegation"))
        self.locality_box = combo_box("localityScope", self.tr("Locality"))
        self.pair_first = combo_box("pairFirst", self.tr("First locality"))
        self.pair_second = combo_box("pairSecond", self.tr("Counterpart locality"))
        self.event_box = combo_box("eventScope", self.tr("Event"))
        self.group_box = combo_box("trackerGroupBy", self.tr("Group actions by"))
        self.group_box.addItem(self.tr("Owner"), "owner")
        self.group_box.addItem(self.tr("Locality"), "locality")
        self.tracker_label = QLabel()
        self.tracker_label.setObjectName("trackerScope")
        self.tracker_label.setWordWrap(True)
        self._build_layout()

        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        for box in (
            self.meeting_box,
            self.delegation_box,
            self.locality_box,
            self.pair_first,
            self.pair_second,
            self.event_box,
        ):
            box.currentIndexChanged.connect(lambda _index: self.changed.emit())

    def _build_layout(self) -> None:
        self.scope_stack = QStackedWidget()
        self.scope_stack.setObjectName("briefingScope")
        pages: dict[str, QWidget] = {}
        for kind, rows in (
            (MEETING, [(self.tr("&Meeting:"), self.meeting_box)]),
            (DELEGATION, [(self.tr("&Delegation:"), self.delegation_box)]),
            (LOCALITY, [(self.tr("&Locality:"), self.locality_box)]),
            (
                PAIR,
                [
                    (self.tr("&Locality:"), self.pair_first),
                    (self.tr("C&ounterpart:"), self.pair_second),
                ],
            ),
            (FORUM, [(self.tr("&Event:"), self.event_box)]),
            (
                ACTIONS,
                [
                    (self.tr("Actions:"), self.tracker_label),
                    (self.tr("&Group by:"), self.group_box),
                ],
            ),
        ):
            page = QWidget()
            form = QFormLayout(page)
            form.setContentsMargins(0, 0, 0, 0)
            for caption, widget in rows:
                form.addRow(caption, widget)
            pages[kind] = page
            self.scope_stack.addWidget(page)
        self.scope_pages = pages

        what_form = QFormLayout(self)
        what_form.addRow(self.tr("&Kind:"), self.kind_box)
        what_form.addRow(self.scope_stack)

    def set_choices(self, choices: Choices) -> None:
        """Offer the meetings, delegations, localities and the forum (with its parts) read by
        the dialog."""
        meetings, delegations, localities, event = choices
        for mt in meetings:
            when = labels.format_date(mt.starts_at)
            text = f"{mt.title} ({when})" if when else mt.title
            self.meeting_box.addItem(text, mt.id)
        for delegation in delegations:
            self.delegation_box.addItem(delegation.name, delegation.id)
        for loc in localities:
            text = f"{loc.name} ({loc.name_native})" if loc.name_native else loc.name
            for box in (self.locality_box, self.pair_first, self.pair_second):
                box.addItem(text, loc.id)
        if event is not None:
            self.event_box.addItem(event.name, event.id)
            for part in event.parts:
                self.event_box.addItem("    " + part.name, part.id)

    @staticmethod
    def _select(box: QComboBox, value: object) -> None:
        index = box.findData(value)
        if index >= 0:
            box.setCurrentIndex(index)

    def preselect(self, scope: BriefingScope) -> None:
        if scope.meeting_id is not None:
            self._select(self.meeting_box, scope.meeting_id)
        if scope.delegation_id is not None:
            self._select(self.delegation_box, scope.delegation_id)
        if scope.locality_ids:
            self._select(self.locality_box, scope.locality_ids[0])
            self._select(self.pair_first, scope.locality_ids[0])
        if len(scope.locality_ids) > 1:
            self._select(self.pair_second, scope.locality_ids[1])
        elif self.pair_second.count() > 1 and self.pair_second.currentIndex() == 0:
            self.pair_second.setCurrentIndex(1 if self.pair_first.currentIndex() == 0 else 0)
        if scope.event_id is not None:
            self._select(self.event_box, scope.event_id)
        self.tracker_label.setText(scope.filter_description or self.tr("All follow-up actions."))
        self._select(self.kind_box, scope.kind)
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = self.kind()
        for page_kind, page in self.scope_pages.items():  # the stack is as tall as its page
            shown = page_kind == kind
            policy = QSizePolicy.Policy.Preferred if shown else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        self.scope_stack.setCurrentWidget(self.scope_pages[kind])
        # the form lays the stack out again: as wide as the dialog (adjustSize made it as
        # narrow as its hint, and cut a long meeting's name), as tall as the page
        self.scope_stack.updateGeometry()
        self.changed.emit()

    def kind(self) -> str:
        return str(self.kind_box.currentData())

    def kind_text(self) -> str:
        return self.kind_box.currentText()

    def group_by(self) -> str:
        return str(self.group_box.currentData())

    def scope_title(self) -> str:
        kind = self.kind()
        if kind == MEETING:
            return self.meeting_box.currentText()
        if kind == DELEGATION:
            return self.delegation_box.currentText()
        if kind == LOCALITY:
            return self.locality_box.currentText()
        if kind == PAIR:
            return f"{self.pair_first.currentText()} – {self.pair_second.currentText()}"
        if kind == FORUM:
            return self.event_box.currentText().strip()
        return ""

    def record_ids(self) -> tuple[int, ...]:
        kind = self.kind()
        box = {
            MEETING: self.meeting_box,
            DELEGATION: self.delegation_box,
            LOCALITY: self.locality_box,
            FORUM: self.event_box,
        }
        if kind in box:
            value = box[kind].currentData()
            return (int(value),) if value is not None else ()
        if kind == PAIR:
            first, second = self.pair_first.currentData(), self.pair_second.currentData()
            return (int(first), int(second)) if first is not None and second is not None else ()
        return ()

    def set_running(self, running: bool) -> None:
        """While a briefing is written, nothing here can be changed."""
        for widget in (self.kind_box, self.scope_stack):
            widget.setEnabled(not running)
