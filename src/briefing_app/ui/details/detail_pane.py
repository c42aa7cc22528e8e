"""The base of the read-only detail panes beside the lists."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget
from sqlalchemy.engine import Engine

from briefing_app.ui.details.html_parts import esc
from briefing_app.ui.details.record_browser import RecordBrowser
from briefing_app.ui.errors import EXPECTED_ERRORS, user_message
from briefing_app.ui.prompts import Prompts


class DetailPane(QWidget):
    """Shows one record as HTML. Subclasses implement build_html(record_id) -> HTML."""

    record_requested = Signal(str, int)
    #: a PDF briefing on the shown record was asked for: (record kind, record id)
    briefing_requested = Signal(str, int)
    #: the record kind of panes with a "Print briefing…" button
    briefing_kind: str | None = None

    def __init__(self, *, engine: Engine, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.prompts = prompts
        self.record_id: int | None = None
        self.browser = RecordBrowser(prompts=prompts, parent=self)
        self.browser.setAccessibleName(self.tr("Details"))
        self.browser.record_requested.connect(self.record_requested)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addWidget(self.browser, 1)
        self.briefing_button: QPushButton | None = None
        if self.briefing_kind is not None:
            self._add_briefing_button(self.briefing_kind)
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

    def build_html(self, record_id: int) -> str:
        raise NotImplementedError

    def show_record(self, record_id: int) -> None:
        self.record_id = record_id
        try:
            html = self.build_html(record_id)
        except EXPECTED_ERRORS as exc:
            html = "<p>{}</p>".format(
                esc(
                    self.tr("This record cannot be shown: {reason}").format(
                        reason=user_message(exc)
                    )
                )
            )
        self.browser.show_html(html)
        if self.briefing_button is not None:
            self.briefing_button.setEnabled(True)

    def refresh(self) -> None:
        if self.record_id is not None:
            self.show_record(self.record_id)

    def clear(self) -> None:
        self.record_id = None
        if self.briefing_button is not None:
            self.briefing_button.setEnabled(False)
        self._show_placeholder()

    def _show_placeholder(self) -> None:
        self.browser.show_html(f'<p style="color:#777777;">{esc(self.placeholder())}</p>')
