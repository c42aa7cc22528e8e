"""After a write, views are told what changed and decide for themselves whether to refresh."""

from PySide6.QtCore import QObject, Signal


class ChangeHub(QObject):
    """One per main window. `changed(kind, record_id)`; record_id 0 means "several or unknown"."""

    changed = Signal(str, int)

    def action_changed(self, action_id: int) -> None:
        self.changed.emit("action", action_id)
