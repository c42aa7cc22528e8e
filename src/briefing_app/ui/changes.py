"""After a write, views are told what changed and decide for themselves whether to refresh.

A change is `(kind, record_id)`: kind a RecordKind value ("meeting", "action" …), record_id
0 when several records or an unknown one changed. CollectionOp announces the changes its write
reports; on PostgreSQL the same hub can be fed by LISTEN/NOTIFY (DESIGN §9).
"""

from PySide6.QtCore import QObject, Signal

from briefing_app.domain.record_kind import RecordKind

#: One change: what kind of record, and which (0: several or unknown).
Change = tuple[RecordKind, int]

#: The record id that means "several records, or one not known".
SEVERAL = 0


class ChangeHub(QObject):
    """One per main window. `changed(kind, record_id)`: kind is a RecordKind value (a str, so
    the signal crosses Qt as text; `RecordKind(kind)` turns it back)."""

    changed = Signal(str, int)

    def announce(self, kind: RecordKind, record_id: int = SEVERAL) -> None:
        self.changed.emit(RecordKind(kind).value, record_id)

    def announce_all(self, changes: tuple[Change, ...] | list[Change]) -> None:
        for kind, record_id in changes:
            self.announce(kind, record_id)

    def action_changed(self, action_id: int) -> None:
        self.announce(RecordKind.ACTION, action_id)
