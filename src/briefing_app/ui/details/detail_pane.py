"""The base of the read-only detail panes beside the lists.

A pane loads then renders: `load(engine, record_id)` reads the record's DTO on a worker thread
(a QueryOp), `render_html(detail)` turns it into HTML on the GUI thread.
"""

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from briefing_app.ui.details.html_parts import esc
from briefing_app.ui.details.record_browser import RecordBrowser
from briefing_app.ui.errors import user_message
from briefing_app.ui.operations import Engine, Operations
from briefing_app.ui.prompts import Prompts


class DetailPane(QWidget):
    """Shows one record as HTML. Subclasses implement `load` (a static method: it runs off the
    GUI thread and touches no widget) and `render_html`."""

    record_requested = Signal(str, int)
    #: a PDF briefing on the shown record was asked for: (record kind, record id)
    briefing_requested = Signal(str, int)
    #: the record kind of panes with a "Print briefing…" button
    briefing_kind: str | None = None
    #: the record (its id) is on show: loaded and rendered, or its error shown
    shown = Signal(int)

    def __init__(self, *, ops: Operations, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.prompts = prompts
        self.record_id: int | None = None
        #: the id being read, None once it is shown
        self.loading: int | None = None
        self._request = 0
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.briefing_button: QPushButton | None = None
        if self.briefing_kind is not None:  # made first: above the details, Tab reaches it first
            self._add_briefing_button(self.briefing_kind)
        self.browser = RecordBrowser(prompts=prompts, parent=self)
        self.browser.setAccessibleName(self.tr("Details"))
        self.browser.record_requested.connect(self.record_requested)
        self.layout_.addWidget(self.browser, 1)
        self._show_placeholder()

    def _add_briefing_button(self, kind: str) -> None:
        button = QPushButton(self.tr("Print briefing…"))
        button.setObjectName(f"{kind}PrintBriefing")
        button.setToolTip(self.tr("Write a PDF briefing on this record, preview and print it"))
        button.setEnabled(False)
        button.clicked.connect(self._briefing_clicked)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 4)
        row.addStretch(1)
        row.addWidget(button)
        self.layout_.insertLayout(0, row)
        self.briefing_button = button

    def _briefing_clicked(self) -> None:
        if self.briefing_kind is not None and self.record_id is not None:
            self.briefing_requested.emit(self.briefing_kind, self.record_id)

    def placeholder(self) -> str:
        return self.tr("Select a row to see its details.")

    @staticmethod
    def load(engine: Engine, record_id: int) -> Any:
        """The record's DTO. Runs off the GUI thread."""
        raise NotImplementedError

    def render_html(self, detail: Any) -> str:
        """The record as HTML (on the GUI thread)."""
        raise NotImplementedError

    def show_record(self, record_id: int) -> None:
        """Read the record in the background, then show it (`shown` is emitted then)."""
        self.record_id = record_id
        self.loading = record_id
        self._request += 1
        request = self._request
        load = type(self).load
        self.ops.query(
            lambda engine: load(engine, record_id),
            success=lambda detail: self._loaded(request, record_id, detail),
            failure=lambda exc: self._failed(request, record_id, exc),
            owner=self,
        )

    def _current(self, request: int) -> bool:
        return request == self._request and self.loading is not None

    def _loaded(self, request: int, record_id: int, detail: Any) -> None:
        if self._current(request):
            self._show(record_id, self.render_html(detail))

    def _failed(self, request: int, record_id: int, exc: BaseException) -> None:
        if self._current(request):
            reason = self.tr("This record cannot be shown: {reason}").format(
                reason=user_message(exc)
            )
            self._show(record_id, f"<p>{esc(reason)}</p>")

    def _show(self, record_id: int, html: str) -> None:
        self.loading = None
        self.browser.show_html(html)
        if self.briefing_button is not None:
            self.briefing_button.setEnabled(True)
        self.shown.emit(record_id)

    def refresh(self) -> None:
        if self.record_id is not None:
            self.show_record(self.record_id)

    def clear(self) -> None:
        self.record_id = None
        self.loading = None
        if self.briefing_button is not None:
            self.briefing_button.setEnabled(False)
        self._show_placeholder()

    def _show_placeholder(self) -> None:
        self.browser.show_html(f'<p style="color:#777777;">{esc(self.placeholder())}</p>')
