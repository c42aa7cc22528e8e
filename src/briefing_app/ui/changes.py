"""After a write, views are told what changed and decide for themselves whether to refresh.

A change is `(kind, record_id)`: kind a RecordKind value ("meeting", "action" …), record_id
0 when several records or an unknown one changed. CollectionOp announces the changes its write
reports; on PostgreSQL the colleagues' writes arrive too, by LISTEN/NOTIFY (ui/live_updates.py
over store/change_notices.py, DESIGN §9).
"""

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal

from briefing_app.domain.record_kind import SEVERAL, Change, RecordKind

__all__ = ["SEVERAL", "Change", "ChangeHub"]


class ChangeHub(QObject):
    """One per main window. `changed(kind, record_id)`: kind is a RecordKind value (a str, so
    the signal crosses Qt as text; `RecordKind(kind)` turns it back)."""

    changed = Signal(str, int)
    #: the same, emitted before `changed`, for a change a colleague's instance made
    colleagues_changed = Signal(str, int)
    #: after a batch of colleagues' changes (`in_batch` is True while it is announced: a view
    #: that reads again on each change may wait for this and read once)
    colleagues_announced = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.in_batch = False

    def announce(self, kind: RecordKind, record_id: int = SEVERAL) -> None:
        self.changed.emit(RecordKind(kind).value, record_id)

    def announce_all(self, changes: tuple[Change, ...] | list[Change]) -> None:
        for kind, record_id in changes:
            self.announce(kind, record_id)

    def action_changed(self, action_id: int) -> None:
        self.announce(RecordKind.ACTION, action_id)

    def announce_from_colleagues(self, changes: Sequence[Change]) -> None:
        """Changes another instance wrote (they may meanwhile conflict with an open editor)."""
        self.in_batch = True
        try:
            for kind, record_id in changes:
                self.colleagues_changed.emit(RecordKind(kind).value, record_id)
                self.announce(kind, record_id)
        finally:
            self.in_batch = False
        self.colleagues_announced.emit()
