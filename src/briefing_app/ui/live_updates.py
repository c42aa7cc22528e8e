"""Colleagues' saves reach the open views (issue 17): while the window shows a PostgreSQL
database, a ChangeListener (store/change_notices.py) runs in a thread of its own with its own
connection, and each batch it hears is announced on the window's ChangeHub, on the GUI thread,
as the window's own writes are. On SQLite (one user) nothing runs.

The listener leaves out the window's own notices: its writes were announced already, by the
operation that made them, and a colleague's note in an editor must not follow the user's own
save. Refreshing twice would do no harm otherwise (reads are idempotent), only cost a read.
"""

import threading

from PySide6.QtCore import QObject, Signal
from sqlalchemy.engine import Engine

from briefing_app.domain.record_kind import Change
from briefing_app.store.change_notices import ChangeListener
from briefing_app.ui.changes import ChangeHub


class LiveUpdates(QObject):
    """One per main window: `follow(engine)` when a database is opened, `stop()` on closing."""

    #: (listener, changes), emitted in the listener's thread and received on the GUI thread
    _heard = Signal(object, object)

    def __init__(self, *, hub: ChangeHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hub = hub
        self._listener: ChangeListener | None = None
        # Held while a batch is handed over, so that once stop() returns nothing more is
        # emitted (the thread itself may still be waiting for a server for a while).
        self._handing_over = threading.Lock()
        self._heard.connect(self._announce)

    @property
    def listener(self) -> ChangeListener | None:
        """The listener running now (None on SQLite or once stopped)."""
        return self._listener

    def follow(self, engine: Engine) -> None:
        """Hear the colleagues' writes on `engine`'s database (instead of the previous one)."""
        self.stop()
        if engine.dialect.name != "postgresql":
            return
        listener = ChangeListener(engine, lambda changes: self._hand_over(listener, changes))
        self._listener = listener
        threading.Thread(target=listener.run, name="change-notices", daemon=True).start()

    def stop(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None:
            with self._handing_over:
                listener.stop.set()

    def _hand_over(self, listener: ChangeListener, changes: list[Change]) -> None:
        """In the listener's thread."""
        with self._handing_over:
            if not listener.stop.is_set():
                self._heard.emit(listener, changes)

    def _announce(self, listener: ChangeListener, changes: list[Change]) -> None:
        if listener is self._listener:  # not one from the database shown before
            self._hub.announce_from_colleagues(changes)
