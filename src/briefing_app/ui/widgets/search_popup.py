"""Global search results as you type: a list under the search field, grouped by kind.

The field keeps the keyboard focus: Up/Down move through the hits, Enter opens the current one
(`record_chosen(kind, id)`), Escape closes the list. Typing is debounced; the query runs in
the background (the `search` it is given starts it) and results for a text the field no longer
holds are dropped.
"""

from collections.abc import Callable, Sequence
from datetime import date
from enum import StrEnum

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QFrame, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout
from typing_extensions import override

from briefing_app.services.search import SearchGroup
from briefing_app.ui import fallback_mark, labels

DEBOUNCE_MS = 150
KindRole = Qt.ItemDataRole.UserRole + 40
IdRole = Qt.ItemDataRole.UserRole + 41

#: Starts a search for the text; the groups are handed to the callback on the GUI thread.
Search = Callable[[str, Callable[[Sequence[SearchGroup]], None]], None]


def _detail(part: object) -> str:
    """A stored value named in the interface language, a date as the locale writes it."""
    if isinstance(part, StrEnum):
        return labels.label(part)
    if isinstance(part, date):
        return labels.format_date(part)
    return str(part)


class SearchPopup(QFrame):
    record_chosen = Signal(str, int)
    #: the results for this text are shown (or, when there are none, the list is hidden)
    searched = Signal(str)

    def __init__(self, *, field: QLineEdit, search: Search) -> None:
        super().__init__(field.window())
        self.setObjectName("searchPopup")
        self.setWindowFlags(Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.field = field
        self.search = search
        self.list = QListWidget(self)
        self.list.setObjectName("searchResults")
        self.list.setAccessibleName(self.tr("Search results"))
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.itemClicked.connect(self._choose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        self.labels = {
            "locality": self.tr("Localities"),
            "organisation": self.tr("Organisations"),
            "person": self.tr("People"),
            "delegation": self.tr("Delegations"),
            "meeting": self.tr("Meetings"),
            "action": self.tr("Follow-up actions"),
            "agreement": self.tr("Agreements"),
            "source": self.tr("Sources"),
        }
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.refresh)
        self._asked = ""
        self._step_when_shown = 0
        field.textChanged.connect(self._text_changed)
        field.installEventFilter(self)
        self.hide()

    def _text_changed(self, text: str) -> None:
        if not text.strip():
            self.timer.stop()
            self.hide()
        else:
            self.timer.start()

    def refresh(self) -> None:
        """Start the search for the field's text now; its results are shown (or the list
        hidden) when they arrive."""
        self.timer.stop()
        text = self.field.text().strip()
        self._asked = text
        if not text:
            self._show(text, [])
            return
        self.search(text, lambda groups: self._arrived(text, groups))

    def _arrived(self, text: str, groups: Sequence[SearchGroup]) -> None:
        if text == self._asked and text == self.field.text().strip():
            self._show(text, groups)

    def _show(self, text: str, groups: Sequence[SearchGroup]) -> None:
        self.list.clear()
        for group in groups:
            header = QListWidgetItem(self.labels.get(group.kind, group.kind), self.list)
            font = QFont(header.font())
            font.setBold(True)
            header.setFont(font)
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            for hit in group.hits:
                details = " · ".join(_detail(part) for part in hit.details)
                label = f"{hit.title}  —  {details}" if details else hit.title
                item = QListWidgetItem("    " + label, self.list)
                item.setData(KindRole, hit.kind)
                item.setData(IdRole, hit.id)
                item.setToolTip(label)
                fallback_mark.mark_item(item, hit.title)
        step, self._step_when_shown = self._step_when_shown, 0
        if not groups:
            self.hide()
        else:
            self._place()
            self.show()
            self.raise_()
            if step:
                self.step(step)
        self.searched.emit(text)

    def _place(self) -> None:
        """Under the field, right edges aligned: wider than the field, the popup grows to the
        left (from the field's left edge it ran past the window's, and a maximised window's
        screen, on a 1366-pixel screen)."""
        below = self.field.mapToGlobal(QPoint(self.field.width(), self.field.height()))
        rows = self.list.count()
        height = min(420, rows * (self.list.sizeHintForRow(0) + 2) + 8)
        width = max(self.field.width(), 480)
        self.setGeometry(below.x() - width, below.y(), width, height)

    def hits(self) -> list[QListWidgetItem]:
        return [
            self.list.item(r)
            for r in range(self.list.count())
            if self.list.item(r).data(KindRole) is not None
        ]

    def current_hit(self) -> tuple[str, int] | None:
        item = self.list.currentItem()
        if item is None or item.data(KindRole) is None:
            return None
        return str(item.data(KindRole)), int(item.data(IdRole))

    def step(self, step: int) -> None:
        hits = self.hits()
        if not hits:
            return
        current = self.list.currentItem()
        position = hits.index(current) if current in hits else -1
        position = max(0, min(len(hits) - 1, position + step)) if position >= 0 else 0
        self.list.setCurrentItem(hits[position])
        self.list.scrollToItem(hits[position])

    def _choose(self, item: QListWidgetItem | None = None) -> None:
        if item is not None and item.data(KindRole) is not None:
            self.list.setCurrentItem(item)
        chosen = self.current_hit()
        if chosen is None:
            return
        self.hide()
        self.record_chosen.emit(*chosen)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                if not self.isVisible() and self.field.text().strip():
                    self._step_when_shown = 1 if key == Qt.Key.Key_Down else -1
                    self.refresh()  # the results arrive later, then the step is taken
                    return True
                if self.isVisible():
                    self.step(1 if key == Qt.Key.Key_Down else -1)
                    return True
            elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.isVisible() and self.current_hit() is not None:
                    self._choose()
                    return True
            elif key == Qt.Key.Key_Escape and self.isVisible():
                self.hide()
                return True
        elif watched is self.field and event.type() == QEvent.Type.FocusOut:
            QTimer.singleShot(0, self._hide_unless_focused)
        return super().eventFilter(watched, event)

    def _hide_unless_focused(self) -> None:
        if not self.field.hasFocus():
            self.hide()
