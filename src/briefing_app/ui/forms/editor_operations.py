"""An editor's reads and writes of one record, as operations (ui/operations.py).

Counts what runs (`busy`: a test or a close waits for it; `writing`: Save and Undo are off
meanwhile), reports a failed read through the prompts, and announces each write of the record
as (kind, id) on the change hub.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from briefing_app.domain.access import Access
from briefing_app.domain.record_kind import RecordKind
from briefing_app.services.record_kinds.spec import KindSpec, RecordData
from briefing_app.ui.errors import user_message
from briefing_app.ui.forms.record_services import RecordServices
from briefing_app.ui.operations import Engine, Operations, Written
from briefing_app.ui.prompts import Prompts


class EditorOperations:
    def __init__(
        self,
        operations: Operations,
        *,
        kind: RecordKind,
        owner: QWidget,
        prompts: Prompts,
        on_state: Callable[[], None],
    ) -> None:
        """`on_state` runs when a write starts or ends (to enable or disable commands)."""
        self._ops = operations
        self._kind = kind
        self._owner = owner
        self._prompts = prompts
        self._on_state = on_state
        self._pending = 0
        self.writing = False

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def access(self) -> Access:
        """What the user may do on the database in use (ui/write_access.py)."""
        return self._ops.access()

    def query(self, fn: Callable[[Engine], Any], success: Callable[[Any], None]) -> None:
        """Read in the background; `success(result)` on the GUI thread."""
        self._pending += 1

        def done(result: Any) -> None:
            self._pending -= 1
            success(result)

        def failed(exc: BaseException) -> None:
            self._pending -= 1
            title = QCoreApplication.translate("RecordEditor", "Cannot read the record")
            self._prompts.error(self._owner, title, user_message(exc) or str(exc))

        self._ops.query(fn, success=done, failure=failed, owner=self._owner)

    def write(
        self,
        fn: Callable[[Engine], Any],
        success: Callable[[Any], None],
        failure: Callable[[BaseException], None],
    ) -> None:
        """Write in the background (fn returns the RecordData or TrashEntry written); the
        record's (kind, id) is announced on the change hub after `success`."""
        self._pending += 1
        self.writing = True
        self._on_state()
        kind = self._kind

        def work(engine: Engine) -> Written[Any]:
            result = fn(engine)
            record_id = result.id if isinstance(result, RecordData) else result.record_id
            return Written(result, ((kind, record_id),))

        def done(result: Any) -> None:
            self._pending -= 1
            self.writing = False
            success(result)
            self._on_state()

        def failed(exc: BaseException) -> None:
            self._pending -= 1
            self.writing = False
            self._on_state()
            failure(exc)

        self._ops.write(work, success=done, failure=failed, owner=self._owner)


class EditorPart(QObject):
    """A part of a record editor that writes its record (undo/redo of saves, deleting): the
    kind, the services and user it writes with, the editor's operations, and the window its
    questions and refusals show over."""

    def __init__(
        self,
        *,
        spec: KindSpec,
        services: RecordServices,
        user: str,
        io: EditorOperations,
        prompts: Prompts,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._spec = spec
        self._services = services
        self._user = user
        self._io = io
        self._prompts = prompts
        self._window = window
