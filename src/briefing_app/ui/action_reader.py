"""Reading one follow-up action for the action editor: its form values and its detail in one
QueryOp, off the GUI thread. The reads in flight are counted (`reading`), so the editor knows
it is busy."""

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from briefing_app.domain.record_kind import RecordKind
from briefing_app.services import queries
from briefing_app.services.record_kinds.editing import read_record
from briefing_app.ui.action_operations import Saved
from briefing_app.ui.errors import user_message
from briefing_app.ui.operations import Engine, Operations
from briefing_app.ui.prompts import Prompts


class ActionReader(QObject):
    """Reads through `ops`; a failed read a user can act on is shown over `window`."""

    def __init__(
        self,
        *,
        ops: Operations,
        prompts: Prompts,
        today: Callable[[], date],
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._ops = ops
        self._prompts = prompts
        self._today = today
        self._window = window
        self._reads = 0

    @property
    def reading(self) -> bool:
        return self._reads > 0

    def read(
        self,
        action_id: int,
        success: Callable[[Saved], None],
        failure: Callable[[BaseException], None],
    ) -> None:
        """Read one action (its form values and its detail) as a QueryOp."""
        today = self._today()
        self._reads += 1

        def read(engine: Engine) -> Saved:
            record = read_record(engine, RecordKind.ACTION, action_id)
            return record, queries.get_action(engine, action_id, today)

        def done(result: Saved) -> None:
            self._reads -= 1
            success(result)

        def failed(exc: BaseException) -> None:
            self._reads -= 1
            failure(exc)

        self._ops.query(read, success=done, failure=failed, owner=self._window)

    def failed(self, title: str) -> Callable[[BaseException], None]:
        """A failure handler that shows the error under `title`."""
        return lambda exc: self._prompts.error(self._window, title, user_message(exc) or str(exc))
