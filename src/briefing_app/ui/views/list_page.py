"""A record list (paged, sorted in SQL) beside the selected record's detail pane."""

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from briefing_app.ui import labels
from briefing_app.ui.details.detail_pane import DetailPane
from briefing_app.ui.models.paged_table_model import Fetch, PagedTableModel
from briefing_app.ui.settings import AppSettings
from briefing_app.ui.views.record_table_view import RecordTableView


class ListPage(QWidget):
    record_requested = Signal(str, int)

    def __init__(
        self,
        *,
        kind: str,
        title: str,
        model: PagedTableModel,
        fetch_for: Callable[[str | None], Fetch],
        detail: DetailPane,
        view_name: str,
        settings: AppSettings,
        widths: dict[str, int] | None = None,
        stretch: str = "title",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.title = title
        self.model = model
        self.detail = detail
        self._fetch_for = fetch_for
        self._settings = settings
        self._search: str | None = None
        self.view = RecordTableView(object_name=view_name, accessible_name=title)
        self.view.set_table_model(model, widths=widths, stretch=stretch)
        self.view.enable_column_menu()
        self.view.restore_header_state(settings.header(kind))
        self.view.current_record_changed.connect(self._current_changed)
        self.view.record_activated.connect(self._activated)
        self.detail.record_requested.connect(self.record_requested)

        self.heading = QLabel(title)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.heading.setBuddy(self.view)
        self.count_label = QLabel()
        self.count_label.setObjectName(f"{kind}Count")
        self.count_label.setStyleSheet("color: #555555;")
        head = QHBoxLayout()
        head.addWidget(self.heading)
        head.addWidget(self.count_label, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(head)
        left_layout.addWidget(self.view, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName(f"{kind}Splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([560, 640])
        state = settings.splitter(kind)
        if state is not None:
            self.splitter.restoreState(state)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)

    def activate(self) -> None:
        """Called when the page is shown: read the first page if not yet read."""
        self.model.ensure_loaded()
        self._update_count()

    def set_search(self, text: str | None) -> None:
        text = (text or "").strip() or None
        if text == self._search and self.model.rows():
            return
        self._search = text
        current = self.view.current_id()

        def reselect() -> None:
            if current is not None and not self.view.select_id(current, quiet=True):
                self.detail.clear()

        self.model.set_fetch(self._fetch_for(text), then=reselect)

    def refresh(self) -> None:
        current = self.view.current_id() or self.detail.record_id

        def reselect() -> None:
            if current is not None:
                self.view.select_id(current, quiet=True)

        self.model.reload(keep_loaded=True, then=reselect)
        self.detail.refresh()

    def show_record(self, record_id: int) -> None:
        """Select the record once the rows are in, and show its details."""

        def select() -> None:
            if self.detail.record_id == record_id and not self.view.select_id(
                record_id, quiet=True
            ):
                self.view.clear_current()

        self.detail.show_record(record_id)
        self.model.when_loaded(select)

    def save_state(self) -> None:
        self._settings.save_splitter(self.kind, self.splitter.saveState())
        self._settings.save_header(self.kind, self.view.header_state())

    def _current_changed(self, record_id: int) -> None:
        if record_id:
            self.detail.show_record(record_id)

    def _activated(self, record_id: int) -> None:
        self.detail.show_record(record_id)
        self.detail.browser.setFocus()

    def _update_count(self) -> None:
        total = labels.format_number(self.model.total)
        if self._search:
            text = self.tr("{count} found for “{search}”").format(count=total, search=self._search)
        else:
            text = self.tr("{count} in all").format(count=total)
        self.count_label.setText(text)
