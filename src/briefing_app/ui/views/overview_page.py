"""The forum at a glance: key facts with their sources, record counts, follow-up actions by
status, what is overdue and what falls due in the next 30 days. Everything opens on click.

The module loads no database code (issue 16): a start shows the overview it remembered
(services/overview_snapshot.py) on a page built before SQLAlchemy is imported."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.enums import ActionStatus
from briefing_app.services.dto import ActionRow, SourceRef
from briefing_app.services.overview_figures import ForumOverview
from briefing_app.ui import fallback_mark, labels
from briefing_app.ui.details.html_parts import esc, long_date, record_link, url_link
from briefing_app.ui.models.action_table_model import ActionTableModel
from briefing_app.ui.models.paged_table_model import static_fetch
from briefing_app.ui.views.record_table_view import RecordTableView

if TYPE_CHECKING:
    from briefing_app.ui.operations import Operations
    from briefing_app.ui.prompts import Prompts

MAX_LIST_ROWS = 6


def _bold(widget: QWidget, scale: float = 1.0) -> None:
    font = QFont(widget.font())
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    widget.setFont(font)


class OverviewPage(QWidget):
    kind = "overview"
    record_requested = Signal(str, int)
    list_requested = Signal(str)
    status_requested = Signal(str)  # a status value, or "overdue" / "due_soon"
    #: the overview was read and shown (or its error)
    shown = Signal()

    def __init__(
        self,
        *,
        ops: Operations | None,
        prompts: Prompts | None,
        today: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        """`ops` and `prompts` None: a page that only shows the overview it is given
        (`present`), before the database is open (app.py)."""
        super().__init__(parent)
        self.setObjectName("overview")
        self.setAccessibleName(self.tr("Forum overview"))
        self.title = self.tr("Forum overview")
        self._ops = ops
        self._prompts = prompts
        self.loading = False
        self._today = today
        self.overview: ForumOverview | None = None

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        content = QWidget()
        scroll.setWidget(content)
        self.column = QVBoxLayout(content)
        self.column.setContentsMargins(16, 12, 16, 12)
        self.column.setSpacing(10)

        self.event_title = self._label("overviewTitle", rich=False)
        _bold(self.event_title, 1.6)
        self.event_meta = self._label("overviewMeta", rich=False)
        self.event_meta.setStyleSheet("color: #444444;")
        self.event_theme = self._label("overviewTheme", rich=False)
        theme_font = QFont(self.event_theme.font())
        theme_font.setItalic(True)
        self.event_theme.setFont(theme_font)
        self.event_organisers = self._label("overviewOrganisers", rich=False)
        self.event_organisers.setStyleSheet("color: #444444;")
        for widget in (self.event_title, self.event_meta, self.event_theme, self.event_organisers):
            self.column.addWidget(widget)

        self.counts_row = QHBoxLayout()
        self.counts_row.setSpacing(8)
        self.count_buttons: dict[str, QToolButton] = {}
        for kind, caption in (
            ("delegations", self.tr("Delegations")),
            ("meetings", self.tr("Meetings")),
            ("actions", self.tr("Follow-up actions")),
            ("agreements", self.tr("Agreements")),
            ("localities", self.tr("Localities")),
            ("people", self.tr("People")),
            ("sources", self.tr("Sources")),
        ):
            button = QToolButton()
            button.setObjectName(f"count_{kind}")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            button.setAutoRaise(False)
            button.clicked.connect(lambda _=False, k=kind: self.list_requested.emit(k))
            button.setProperty("caption", caption)
            self.count_buttons[kind] = button
            self.counts_row.addWidget(button)
        self.column.addLayout(self.counts_row)

        middle = QHBoxLayout()
        middle.setSpacing(12)
        self.facts_box = QGroupBox(self.tr("Key facts"))
        facts_layout = QVBoxLayout(self.facts_box)
        self.facts_label = self._label("overviewFacts", rich=True)
        facts_layout.addWidget(self.facts_label)
        facts_layout.addStretch(1)
        middle.addWidget(self.facts_box, 1)

        right = QVBoxLayout()
        self.status_box = QGroupBox(self.tr("Follow-up actions by status"))
        self.status_grid = QGridLayout(self.status_box)
        self.status_buttons: dict[ActionStatus, QPushButton] = {}
        self.status_bars: dict[ActionStatus, QProgressBar] = {}
        for row, status in enumerate(ActionStatus):
            status_button = QPushButton()
            status_button.setObjectName(f"statusCount_{status.value}")
            status_button.setFlat(True)
            status_button.setStyleSheet("QPushButton { text-align: left; padding: 2px 4px; }")
            status_button.clicked.connect(
                lambda _=False, s=status: self.status_requested.emit(s.value)
            )
            bar = QProgressBar()
            bar.setTextVisible(False)
            bar.setMaximumHeight(10)
            bar.setAccessibleName(labels.label(status))
            self.status_buttons[status] = status_button
            self.status_bars[status] = bar
            self.status_grid.addWidget(status_button, row, 0)
            self.status_grid.addWidget(bar, row, 1)
        self.status_grid.setColumnStretch(1, 1)
        right.addWidget(self.status_box)
        self.overdue_box, self.overdue_view, self.overdue_model, self.overdue_empty = (
            self._action_list("overdueView", self.tr("Overdue"), self.tr("Nothing is overdue."))
        )
        self.soon_box, self.soon_view, self.soon_model, self.soon_empty = self._action_list(
            "dueSoonView",
            self.tr("Due in the next 30 days"),
            self.tr("Nothing falls due in the next 30 days."),
        )
        right.addWidget(self.overdue_box)
        right.addWidget(self.soon_box)
        right.addStretch(1)
        middle.addLayout(right, 1)
        self.column.addLayout(middle)

        self.programme_box = QGroupBox(self.tr("Programme"))
        programme_layout = QVBoxLayout(self.programme_box)
        self.programme_label = self._label("overviewProgramme", rich=True)
        programme_layout.addWidget(self.programme_label)
        self.column.addWidget(self.programme_box)
        self.sources_box = QGroupBox(self.tr("Sources"))
        sources_layout = QVBoxLayout(self.sources_box)
        self.sources_label = self._label("overviewSources", rich=True)
        sources_layout.addWidget(self.sources_label)
        self.column.addWidget(self.sources_box)
        self.column.addStretch(1)

    def _label(self, name: str, *, rich: bool) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            if rich
            else Qt.TextInteractionFlag.TextSelectableByMouse
        )
        label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        if rich:
            label.setOpenExternalLinks(False)
            label.linkActivated.connect(self._link)
        return label

    def _action_list(
        self, name: str, title: str, empty_text: str
    ) -> tuple[QGroupBox, RecordTableView, ActionTableModel, QLabel]:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        model = ActionTableModel(fetch=static_fetch([]), parent=self)
        view = RecordTableView(object_name=name, accessible_name=title, sortable=False)
        view.set_table_model(model, widths={"owner": 100, "due": 120, "status": 90})
        for key in ("id", "meeting", "counterpart", "priority", "classification"):
            view.setColumnHidden(model.column_of(key), True)
        view.record_activated.connect(
            lambda record_id: self.record_requested.emit("action", record_id)
        )
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        empty = QLabel(empty_text)
        empty.setStyleSheet("color: #666666;")
        empty.hide()  # until the figures say so: "Nothing is overdue." is no placeholder
        layout.addWidget(view)
        layout.addWidget(empty)
        return box, view, model, empty

    # --- data --------------------------------------------------------------------------------

    def set_search(self, text: str | None) -> None:
        """The overview does not filter by the search text."""

    def save_state(self) -> None:
        """Nothing to keep."""

    def activate(self) -> None:
        if self.overview is None and not self.loading:
            self.refresh()

    def refresh(self) -> None:
        """Read the overview in the background, then show it (`shown` is emitted then)."""
        if self._ops is None:
            return
        from briefing_app.services.overview import remembered_forum_overview

        today = self._today()
        self.loading = True
        self._ops.query(
            lambda engine: remembered_forum_overview(engine, today=today),
            success=self.present,
            failure=self._failed,
            owner=self,
        )

    def present(self, overview: ForumOverview) -> None:
        """Show `overview` (read, or remembered by a start); `shown` is emitted then."""
        self.loading = False
        self.overview = overview
        self._show(overview)
        self.shown.emit()

    def _failed(self, exc: BaseException) -> None:
        from briefing_app.ui.errors import user_message

        self.loading = False
        self.event_title.setText(self.tr("The overview cannot be shown"))
        self.event_meta.setText(user_message(exc) or "")
        self.shown.emit()

    def _show(self, ov: ForumOverview) -> None:
        event = ov.event
        if event is None:
            self.event_title.setText(self.tr("No forum in this database yet"))
            self.event_meta.setText(
                self.tr("Create or open a database with a forum to see its overview here.")
            )
            self.event_theme.clear()
            self.event_organisers.clear()
        else:
            fallback_mark.mark_label(self.event_title, event.name, event.name)
            when = long_date(event.starts_on)
            if event.ends_on and event.ends_on != event.starts_on:
                when = f"{when} – {long_date(event.ends_on)}"
            fallback_mark.mark_label(
                self.event_meta,
                " · ".join(x for x in (labels.label(event.kind), when, event.venue or "") if x),
                event.venue,
            )
            fallback_mark.mark_label(
                self.event_theme,
                self.tr("Theme: {theme}").format(theme=event.theme) if event.theme else "",
                event.theme,
            )
            fallback_mark.mark_label(
                self.event_organisers,
                self.tr("Organised by {names}").format(names="; ".join(event.organisers))
                if event.organisers
                else "",
                *event.organisers,
            )
        self.event_theme.setVisible(bool(self.event_theme.text()))
        self.event_organisers.setVisible(bool(self.event_organisers.text()))

        counts = ov.counts
        numbers = {
            "delegations": counts.delegations,
            "meetings": counts.meetings,
            "actions": counts.actions,
            "agreements": counts.agreements,
            "localities": counts.localities,
            "people": counts.people,
            "sources": counts.sources,
        }
        for kind, button in self.count_buttons.items():
            caption = str(button.property("caption"))
            number = labels.format_number(numbers[kind])
            button.setText(f"{number}\n{caption}")
            button.setAccessibleName(f"{caption}: {number}")
            button.setToolTip(self.tr("Open the list of {what}").format(what=caption.lower()))

        total = max(1, counts.actions)
        for entry in ov.by_status:
            status_button = self.status_buttons[entry.status]
            status_button.setText(
                f"{labels.label(entry.status)}: {labels.format_number(entry.count)}"
            )
            status_button.setToolTip(self.tr("Show these actions"))
            bar = self.status_bars[entry.status]
            bar.setRange(0, total)
            bar.setValue(entry.count)

        sources = self._source_numbers(ov)
        self.facts_label.setText(self._facts_html(ov, sources))
        self._fill(
            self.overdue_box,
            self.overdue_view,
            self.overdue_model,
            self.overdue_empty,
            ov.overdue,
            self.tr("Overdue ({count})").format(count=labels.format_number(counts.overdue_actions)),
        )
        self._fill(
            self.soon_box,
            self.soon_view,
            self.soon_model,
            self.soon_empty,
            ov.due_soon,
            self.tr("Due in the next 30 days ({count})").format(
                count=labels.format_number(counts.due_soon_actions)
            ),
        )
        parts = event.parts if event else []
        self.programme_label.setText(
            "<ul>"
            + "".join(
                f"<li>{esc(p.name)} <span style='color:#555555;'>— "
                f"{esc(labels.label(p.kind))}"
                f"{', ' + esc(long_date(p.starts_on)) if p.starts_on else ''}</span></li>"
                for p in parts
            )
            + "</ul>"
        )
        self.programme_box.setVisible(bool(parts))
        self.sources_label.setText(self._sources_html(sources))
        self.sources_box.setVisible(bool(sources))

    def _fill(
        self,
        box: QGroupBox,
        view: RecordTableView,
        model: ActionTableModel,
        empty: QLabel,
        rows: list[ActionRow],
        title: str,
    ) -> None:
        box.setTitle(title)
        model.set_fetch(static_fetch(rows))
        view.setVisible(bool(rows))
        empty.setVisible(not rows)
        shown = min(len(rows), MAX_LIST_ROWS)
        view.setFixedHeight(
            view.horizontalHeader().sizeHint().height()
            + view.verticalHeader().defaultSectionSize() * max(1, shown)
            + 2 * view.frameWidth()
            + 2
        )

    # --- HTML --------------------------------------------------------------------------------

    def _source_numbers(self, ov: ForumOverview) -> dict[int, tuple[int, SourceRef]]:
        numbers: dict[int, tuple[int, SourceRef]] = {}
        refs = [r for f in ov.facts for r in f.sources] + (ov.event.sources if ov.event else [])
        for ref in refs:
            if ref.id not in numbers:
                numbers[ref.id] = (len(numbers) + 1, ref)
        return numbers

    def _facts_html(self, ov: ForumOverview, sources: dict[int, tuple[int, SourceRef]]) -> str:
        if not ov.facts:
            return esc(self.tr("No key facts recorded."))
        rows = []
        for fact in ov.facts:
            cited = sorted({sources[r.id][0]: r.id for r in fact.sources}.items())
            marks = " ".join(record_link("source", sid, f"[{n}]") for n, sid in cited)
            rows.append(
                "<tr>"
                f"<td style='padding:2px 10px 2px 0; color:#444444;'>{esc(fact.label)}</td>"
                f"<td style='padding:2px 8px 2px 0;'><b>{esc(fact.value)}</b></td>"
                f"<td style='padding:2px 0;'>{marks}</td>"
                "</tr>"
            )
        note = esc(
            self.tr(
                "Where sources disagree, each figure is listed with its own source. "
                "Click a number to see the source."
            )
        )
        return (
            "<table cellspacing='0'>"
            + "".join(rows)
            + f"</table><p style='color:#666666;'>{note}</p>"
        )

    def _sources_html(self, sources: dict[int, tuple[int, SourceRef]]) -> str:
        entries = []
        for number, ref in sources.values():
            title = url_link(ref.url, ref.title) if ref.url else esc(ref.title)
            meta = ", ".join(x for x in (esc(ref.publisher), esc(long_date(ref.published_on))) if x)
            details = record_link("source", ref.id, self.tr("details"))
            entries.append(
                f"<tr><td valign='top'>[{number}]&nbsp;</td><td>{title}<br/>"
                f"<span style='color:#555555;'>{meta}</span> · {details}</td></tr>"
            )
        return "<table cellspacing='2'>" + "".join(entries) + "</table>"

    def _link(self, href: str) -> None:
        if href.startswith(("http://", "https://")):
            if self._prompts is not None:
                self._prompts.open_url(href)
            return
        kind, _, number = href.partition(":")
        if number.isdigit():
            self.record_requested.emit(kind, int(number))
