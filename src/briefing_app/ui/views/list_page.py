"""A record list (paged, sorted in SQL) beside the selected record's detail pane, with the
page's commands above the list: New…, Edit… (Enter, F2, a double-click), Delete (the Delete
key), and whatever the workspace adds for the kind (`add_command`)."""

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from briefing_app.ui import labels
from briefing_app.ui.details.detail_pane import DetailPane
from briefing_app.ui.models.paged_table_model import Fetch, PagedTableModel
from briefing_app.ui.settings import AppSettings
from briefing_app.ui.views.record_table_view import RecordTableView
from briefing_app.ui.widgets.elided_label import ElidedLabel


class ListPage(QWidget):
    record_requested = Signal(str, int)
    #: New… (a record of the page's kind)
    new_requested = Signal()
    #: Edit… / Enter / F2 / double-click on a row: (record id)
    edit_requested = Signal(int)
    #: Delete / the Delete key on a row: (record id)
    delete_requested = Signal(int)

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
        self.commands = QHBoxLayout()
        self.commands.setContentsMargins(0, 0, 0, 0)
        self._row_buttons: list[QPushButton] = []
        self.new_button = self.add_command(self.tr("&New…"), "New", self.new_requested.emit)
        self.edit_button = self.add_command(
            self.tr("Ed&it…"), "Edit", self._edit_current, needs_row=True
        )
        self.delete_button = self.add_command(
            self.tr("&Delete"), "Delete", self._delete_current, needs_row=True
        )
        self.new_button.setToolTip(self.tr("Create a record of this kind (Ctrl+N)"))
        self.edit_button.setToolTip(self.tr("Edit the selected record (Enter, F2)"))
        self.delete_button.setToolTip(self.tr("Move the selected record to the trash (Delete)"))
        self.commands.addStretch(1)
        # F2 is the window's Edit ▸ Edit record…; Delete acts on the list only (not in a field)
        for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Delete):
            shortcut = QShortcut(key, self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self._delete_current)

        self.heading = QLabel(title)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.heading.setBuddy(self.view)
        self.count_label = ElidedLabel()  # gives way, cut short with a tooltip
        self.count_label.setObjectName(f"{kind}Count")
        self.count_label.setStyleSheet("color: #555555;")
        head = QHBoxLayout()
        head.addWidget(self.heading)
        head.addWidget(self.count_label, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(head)
        left_layout.addLayout(self.commands)
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
        self.model.modelReset.connect(self._update_commands)
        self._update_commands()

    def add_command(
        self, text: str, name: str, slot: Callable[[], object], *, needs_row: bool = False
    ) -> QPushButton:
        """A button above the list (object name `<slug><name>`), before the stretch;
        `needs_row`: enabled only while a row is selected."""
        button = QPushButton(text)
        button.setObjectName(f"{self.kind}{name}")
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        index = self.commands.count()
        last = self.commands.itemAt(index - 1) if index else None
        if last is not None and last.spacerItem() is not None:
            index -= 1
        self.commands.insertWidget(index, button)
        # Tab takes the buttons in their row's order, then the list under them. The page's
        # own buttons, made before it is laid out, come in that order already (and Qt refuses
        # to order widgets of different windows: 45 warnings a start); a later one is put there.
        if button.window() is self.view.window():
            item = self.commands.itemAt(index - 1) if index else None
            before = item.widget() if item is not None else None
            if before is not None:
                QWidget.setTabOrder(before, button)
            QWidget.setTabOrder(button, self.view)
        if needs_row:
            self._row_buttons.append(button)
            button.setEnabled(self.view.current_id() is not None)
        return button

    def current_id(self) -> int | None:
        """The selected row's record (None when no row is selected)."""
        return self.view.current_id()

    def current_row(self) -> object | None:
        """The selected row's DTO."""
        record_id = self.view.current_id()
        row = None if record_id is None else self.model.row_of_id(record_id)
        return None if row is None else self.model.row_at(row)

    def _edit_current(self) -> None:
        record_id = self.view.current_id()
        if record_id is not None:
            self.edit_requested.emit(record_id)

    def _delete_current(self) -> None:
        """Delete (the button or the key): only while the button may be pressed (a reader's
        is disabled, ui/write_access.py)."""
        record_id = self.view.current_id()
        if record_id is not None and self.delete_button.isEnabled():
            self.delete_requested.emit(record_id)

    def _update_commands(self) -> None:
        has_row = self.view.current_id() is not None
        for button in self._row_buttons:
            button.setEnabled(has_row)

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
            self._update_commands()

        self.model.set_fetch(self._fetch_for(text), then=reselect)

    def refresh(self) -> None:
        current = self.view.current_id() or self.detail.record_id

        def reselect() -> None:
            found = current is not None and self.view.select_id(current, quiet=True)
            everything = len(self.model.rows()) >= self.model.total and not self._search
            if not found and everything and current == self.detail.record_id:
                self.detail.clear()  # deleted meanwhile
            self._update_commands()

        self.model.reload(keep_loaded=True, then=reselect)
        self.detail.refresh()

    def show_record(self, record_id: int) -> None:
        """Select the record once the rows are in, and show its details."""

        def select() -> None:
            if self.detail.record_id == record_id and not self.view.select_id(
                record_id, quiet=True
            ):
                self.view.clear_current()
            self._update_commands()

        self.detail.show_record(record_id)
        self.model.when_loaded(select)

    def save_state(self) -> None:
        self._settings.save_splitter(self.kind, self.splitter.saveState())
        self._settings.save_header(self.kind, self.view.header_state())

    def _current_changed(self, record_id: int) -> None:
        if record_id:
            self.detail.show_record(record_id)
        self._update_commands()

    def _activated(self, record_id: int) -> None:
        self.detail.show_record(record_id)
        self.edit_requested.emit(record_id)

    def _update_count(self) -> None:
        total = labels.format_number(self.model.total)
        if self._search:
            text = self.tr("{count} found for “{search}”").format(count=total, search=self._search)
        else:
            text = self.tr("{count} in all").format(count=total)
        self.count_label.setText(text)
