"""The one helper for slow work: run a function on a QThreadPool thread, report progress, allow
cancelling, and deliver the result or the error back on the GUI thread by signal.

The function never touches a widget. It receives a TaskControl to report progress and to see
whether it was cancelled; callbacks run on the GUI thread.
"""

import itertools
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, QObject, QRunnable, QThreadPool, Signal, Slot

T = TypeVar("T")


class TaskCancelledError(Exception):
    """Raised inside a task (by TaskControl.check) once its caller has cancelled it."""


class TaskControl:
    """Handed to the task function: progress reporting and cancellation, thread-safe."""

    def __init__(self, task_id: int, signals: "_Signals") -> None:
        self._id = task_id
        self._signals = signals
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        """Stop the task here if it was cancelled."""
        if self._cancel.is_set():
            raise TaskCancelledError

    def progress(self, done: int, total: int, text: str = "") -> None:
        self._signals.progressed.emit(self._id, done, total, text)


class _Signals(QObject):
    finished = Signal(int, object)
    failed = Signal(int, object)
    progressed = Signal(int, int, int, str)


class _Runnable(QRunnable):
    def __init__(
        self,
        task_id: int,
        fn: Callable[[TaskControl], Any],
        control: TaskControl,
        signals: _Signals,
    ) -> None:
        super().__init__()
        self._id = task_id
        self._fn = fn
        self._control = control
        self._signals = signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            if self._control.cancelled:
                raise TaskCancelledError
            result = self._fn(self._control)
        except BaseException as exc:  # delivered to the GUI thread, never swallowed
            self._signals.failed.emit(self._id, exc)
        else:
            self._signals.finished.emit(self._id, result)


@dataclass
class _Callbacks:
    done: Callable[[Any], None]
    error: Callable[[BaseException], None] | None
    progress: Callable[[int, int, str], None] | None
    control: TaskControl


class TaskRunner(QObject):
    """Runs tasks off the GUI thread. Errors go to the task's `on_error`, else `on_unexpected`."""

    #: number of tasks still running changed (for busy indicators)
    busy_changed = Signal(int)

    def __init__(
        self,
        *,
        on_unexpected: Callable[[BaseException], None],
        pool: QThreadPool | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool(self)
        self._on_unexpected = on_unexpected
        self._ids = itertools.count(1)
        self._pending: dict[int, _Callbacks] = {}
        # The signals object lives in the GUI thread; its connections to this object's slots
        # are queued, so callbacks always run on the GUI thread.
        self._signals = _Signals(self)
        self._signals.finished.connect(self._finished)
        self._signals.failed.connect(self._failed)
        self._signals.progressed.connect(self._progressed)

    def submit(
        self,
        fn: Callable[[TaskControl], Any],
        *,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
    ) -> TaskControl:
        task_id = next(self._ids)
        control = TaskControl(task_id, self._signals)
        self._pending[task_id] = _Callbacks(on_done, on_error, on_progress, control)
        self._pool.start(_Runnable(task_id, fn, control, self._signals))
        self.busy_changed.emit(len(self._pending))
        return control

    @property
    def busy(self) -> int:
        return len(self._pending)

    def cancel_all(self) -> None:
        for callbacks in self._pending.values():
            callbacks.control.cancel()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every started task has ended (used when closing)."""
        return self._pool.waitForDone(msecs)

    @Slot(int, object)
    def _finished(self, task_id: int, result: object) -> None:
        callbacks = self._pending.pop(task_id, None)
        self.busy_changed.emit(len(self._pending))
        if callbacks is not None and not callbacks.control.cancelled:
            callbacks.done(result)

    @Slot(int, object)
    def _failed(self, task_id: int, error: object) -> None:
        callbacks = self._pending.pop(task_id, None)
        self.busy_changed.emit(len(self._pending))
        assert isinstance(error, BaseException)
        if isinstance(error, TaskCancelledError) or callbacks is None:
            return
        if callbacks.control.cancelled:
            return
        if callbacks.error is not None:
            callbacks.error(error)
        else:
            self._on_unexpected(error)

    @Slot(int, int, int, str)
    def _progressed(self, task_id: int, done: int, total: int, text: str) -> None:
        callbacks = self._pending.get(task_id)
        if callbacks is not None and callbacks.progress is not None:
            callbacks.progress(done, total, text)


class StartAbandonedError(Exception):
    """The application was quit while `wait_while_painting` waited."""


class _Finished(QObject):
    finished = Signal()


def wait_while_painting(job: Callable[[], T]) -> T:
    """`job()` run on a thread of its own, its result (or its error) returned here once it
    ends, the GUI thread's events going on meanwhile: a start's first window repaints and its
    menu works while the database is opened, upgraded (a copy of the file first) or backed up,
    which takes seconds on a large file (issue 16). The thread is not a daemon: when the
    application is told to quit meanwhile (StartAbandonedError; the first window itself, closed
    by the user, waits: StartWindow.closeEvent), the process waits for it to finish, so an
    upgrade is never cut short. For the start only: other slow work goes by TaskRunner."""
    outcome: list[tuple[bool, Any]] = []
    finished = _Finished()
    waiting = QEventLoop()
    finished.finished.connect(waiting.quit)  # queued: emitted on the job's thread

    def run() -> None:
        try:
            outcome.append((True, job()))
        except BaseException as exc:  # handed to the GUI thread, never swallowed
            outcome.append((False, exc))
        finished.finished.emit()

    threading.Thread(target=run, name="briefing-start").start()
    waiting.exec()  # until the job ends (its signal is queued here), or the application quits
    if not outcome:
        raise StartAbandonedError
    succeeded, value = outcome[0]
    if not succeeded:
        raise value
    return value  # type: ignore[no-any-return]
