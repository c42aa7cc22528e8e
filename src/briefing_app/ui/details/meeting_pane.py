"""A meeting: parties, participants (with native-script names), summary, proposals, agreed
outcomes, cooperation areas, its follow-up actions (a table: Enter opens one) and sources."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from briefing_app.services import queries
from briefing_app.services.dto import MeetingDetail
from briefing_app.ui import labels
from briefing_app.ui.details.detail_pane import DetailPane
from briefing_app.ui.details.html_parts import (
    esc,
    facts,
    items,
    long_date,
    multiline,
    person_line,
    record_link,
    section,
    sources_html,
    title_block,
)
from briefing_app.ui.models.action_table_model import ActionTableModel
from briefing_app.ui.models.paged_table_model import static_fetch
from briefing_app.ui.operations import Engine, Operations
from briefing_app.ui.prompts import Prompts
from briefing_app.ui.views.record_table_view import RecordTableView
from briefing_app.ui.write_access import gate_writes


class MeetingPane(DetailPane):
    briefing_kind = "meeting"
    action_requested = Signal(int)
    new_action_requested = Signal(int)  # meeting id

    def __init__(self, *, ops: Operations, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(ops=ops, prompts=prompts, parent=parent)
        self.detail: MeetingDetail | None = None
        self.actions_model = ActionTableModel(fetch=static_fetch([]), parent=self)
        self.actions_view = RecordTableView(
            object_name="meetingActionsView",
            accessible_name=self.tr("Follow-up actions of this meeting"),
            sortable=False,
        )
        self.actions_view.set_table_model(
            self.actions_model,
            widths={"id": 36, "owner": 100, "due": 80, "status": 90},
        )
        for key in ("meeting", "counterpart", "priority", "classification"):
            self.actions_view.setColumnHidden(self.actions_model.column_of(key), True)
        self.actions_view.record_activated.connect(self.action_requested)
        self.actions_label = QLabel(self.tr("Follow-up actions"))
        self.actions_label.setObjectName("meetingActionsLabel")
        self.actions_label.setBuddy(self.actions_view)
        font = self.actions_label.font()
        font.setBold(True)
        self.actions_label.setFont(font)
        self.open_button = QPushButton(self.tr("Open action"))
        self.open_button.clicked.connect(self._open_current)
        self.new_button = QPushButton(self.tr("New action for this meeting…"))
        self.new_button.clicked.connect(self._new_action)

        lower = QWidget()
        lower_layout = QHBoxLayout()
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.actions_label, 1)
        lower_layout.addWidget(self.open_button)
        lower_layout.addWidget(self.new_button)
        column = QVBoxLayout(lower)
        column.setContentsMargins(0, 4, 0, 0)
        column.addLayout(lower_layout)
        column.addWidget(self.actions_view, 1)
        self.layout_.removeWidget(self.browser)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("meetingSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.browser)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.splitter = splitter
        self.layout_.addWidget(splitter, 1)
        self._set_buttons()
        gate_writes(ops.access(), self.new_button)

    def placeholder(self) -> str:
        return self.tr("Select a meeting to see its parties, outcomes and follow-up actions.")

    def _set_buttons(self) -> None:
        has = self.detail is not None
        self.new_button.setEnabled(has)
        self.open_button.setEnabled(has and bool(self.detail and self.detail.actions))

    def clear(self) -> None:
        super().clear()
        self.detail = None
        self.actions_model.set_fetch(static_fetch([]))
        self._set_buttons()

    @staticmethod
    def load(engine: Engine, record_id: int) -> MeetingDetail:
        return queries.get_meeting(engine, record_id)

    def render_html(self, detail: MeetingDetail) -> str:
        self.detail = detail
        self.actions_model.set_fetch(static_fetch(detail.actions))
        self.actions_label.setText(
            self.tr("Follow-up actions ({count})").format(count=len(detail.actions))
        )
        self._set_buttons()
        row = detail.meeting
        when = long_date(row.starts_at)
        if detail.time_of_day:
            when = f"{when} ({esc(detail.time_of_day)})" if when else esc(detail.time_of_day)
        subtitle = " · ".join(
            x for x in (esc(labels.label(row.kind)), when, esc(detail.event_name)) if x
        )
        participants = items(
            person_line(
                record_link("person", p.id, p.full_name), p.name_native, p.role or p.position
            )
            for p in detail.participants
        )
        return "".join(
            [
                title_block(row.title, subtitle),
                facts(
                    [
                        (self.tr("Parties"), "; ".join(esc(p) for p in row.parties)),
                        (self.tr("Venue"), esc(detail.venue)),
                        (self.tr("Classification"), esc(labels.label(row.classification))),
                        (
                            self.tr("Cooperation areas"),
                            esc(", ".join(detail.cooperation_areas)),
                        ),
                    ]
                ),
                section(self.tr("Participants"), participants, empty=self.tr("None recorded.")),
                section(
                    self.tr("Summary"),
                    f"<p>{multiline(detail.summary)}</p>" if detail.summary else "",
                ),
                section(self.tr("Proposals"), items(esc(p) for p in detail.proposals)),
                section(self.tr("Agreed outcomes"), items(esc(o) for o in detail.outcomes)),
                section(self.tr("Sources"), sources_html(detail.sources)),
            ]
        )

    def _open_current(self) -> None:
        record_id = self.actions_view.current_id()
        if record_id is None and self.detail and self.detail.actions:
            record_id = self.detail.actions[0].id
        if record_id is not None:
            self.action_requested.emit(record_id)

    def _new_action(self) -> None:
        if self.detail is not None:
            self.new_action_requested.emit(self.detail.meeting.id)
