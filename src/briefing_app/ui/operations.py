"""Every read and write the UI makes is an operation: it runs on the task runner (a QThreadPool
thread), and its result or its error comes back on the GUI thread (DESIGN §9; the shape of
Anki's QueryOp / CollectionOp).

- `QueryOp`: `fn(engine) -> T` reads; `success(T)` runs on the GUI thread.
- `CollectionOp`: `fn(engine) -> Written[T]` writes and says what it changed; after `success`
  each `(kind, id)` change is announced on the ChangeHub, so every view decides for itself
  whether to refresh.

Errors a user can act on (`UserError`, a database refusal: ui.errors.EXPECTED_ERRORS) go to the
caller's `failure`, else to the window's error prompt; anything else is a bug and goes to the
unexpected-error reporter. `fn` runs off the GUI thread: it must not touch a widget, and what it
needs from widgets is read before the operation starts. A read whose connection to the team
server drops while it runs is run once more, on a new connection; a write never is
(store/storage_errors.py).

A result is dropped (neither success nor failure runs) when its `owner` widget was deleted in
the meantime or the window switched to another database: it belongs to what is gone.

Usage, from a widget that holds the window's Operations as `ops`:

    self.ops.query(
        lambda engine: queries.get_meeting(engine, meeting_id),
        success=self._show_meeting,
        owner=self,
    )
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget
from sqlalchemy.engine import Engine

from briefing_app.domain.access import FULL_ACCESS, Access
from briefing_app.store.storage_errors import read_again_if_lost
from briefing_app.ui.changes import Change, ChangeHub
from briefing_app.ui.errors import user_message
from briefing_app.ui.prompts import Prompts
from briefing_app.ui.tasks import TaskControl, TaskRunner

# What an operation's work function receives (`fn(engine)`). UI modules take the type from
# here: the operations layer is the one place where the interface meets storage.
__all__ = ["CollectionOp", "Engine", "Operations", "QueryOp", "Written"]

T = TypeVar("T")

#: Called with an error a user can act on (its text: ui.errors.user_message).
Failure = Callable[[BaseException], None]


@dataclass(frozen=True)
class Written(Generic[T]):
    """What a write function returns: its result, and the records it created, changed or
    deleted (announced on the ChangeHub once the write succeeded)."""

    result: T
    changes: tuple[Change, ...] = ()


class Operations:
    """One per main window: what every operation needs (the task runner, the database of the
    moment, the change hub, and where errors go), and what the user may do on that database
    (`access()`: ui/write_access.py). Widgets receive it as `ops`."""

    def __init__(
        self,
        *,
        tasks: TaskRunner,
        hub: ChangeHub,
        engine: Callable[[], Engine],
        prompts: Prompts,
        parent_widget: QWidget | None,
        on_unexpected: Callable[[BaseException], None],
        access: Callable[[], Access] = lambda: FULL_ACCESS,
    ) -> None:
        self.tasks = tasks
        self.hub = hub
        self.engine = engine
        self.prompts = prompts
        self.parent_widget = parent_widget
        self.on_unexpected = on_unexpected
        self.access = access

    def query(
        self,
        fn: Callable[[Engine], T],
        *,
        success: Callable[[T], None],
        failure: Failure | None = None,
        owner: QObject | None = None,
        title: str = "",
    ) -> TaskControl:
        """Run a read in the background (QueryOp)."""
        return QueryOp(self, fn, success=success, failure=failure, owner=owner, title=title).run()

    def write(
        self,
        fn: Callable[[Engine], Written[T]],
        *,
        success: Callable[[T], None] | None = None,
        failure: Failure | None = None,
        owner: QObject | None = None,
        title: str = "",
    ) -> TaskControl:
        """Run a write in the background, then announce what it changed (CollectionOp)."""
        return CollectionOp(
            self, fn, success=success, failure=failure, owner=owner, title=title
        ).run()

    def report(self, exc: BaseException, *, failure: Failure | None, title: str) -> None:
        """Route an operation's error: the caller's handler or the error prompt for errors a
        user can act on, the unexpected-error reporter for bugs."""
        message = user_message(exc)
        if message is None:
            self.on_unexpected(exc)
        elif failure is not None:
            failure(exc)
        else:
            heading = title or QCoreApplication.translate("Operations", "Cannot do that")
            self.prompts.error(self.parent_widget, heading, message)


class QueryOp(Generic[T]):
    """A read: `fn(engine)` on a worker thread, `success(result)` on the GUI thread."""

    def __init__(
        self,
        ops: Operations,
        fn: Callable[[Engine], T],
        *,
        success: Callable[[T], None] | None,
        failure: Failure | None = None,
        owner: QObject | None = None,
        title: str = "",
    ) -> None:
        self._ops = ops
        self._fn = fn
        self._success = success
        self._failure = failure
        self._owner = owner
        self._title = title

    def run(self) -> TaskControl:
        engine = self._ops.engine()  # the database of the moment, read on the GUI thread
        return self._ops.tasks.submit(
            lambda _control: self._work(engine),
            on_done=lambda result: self._done(engine, result),
            on_error=lambda exc: self._failed(engine, exc),
        )

    def _work(self, engine: Engine) -> T:
        """On the worker thread. A read whose connection to the server dropped meanwhile runs
        once more, on a new connection: reading twice changes nothing."""
        return read_again_if_lost(lambda: self._fn(engine))

    def _current(self, engine: Engine) -> bool:
        """Whether the result still matters: its owner lives and the database is the same."""
        if self._owner is not None and not shiboken6.isValid(self._owner):
            return False
        return self._ops.engine() is engine

    def _done(self, engine: Engine, result: T) -> None:
        if self._current(engine) and self._success is not None:
            self._success(result)

    def _failed(self, engine: Engine, exc: BaseException) -> None:
        if self._current(engine) or user_message(exc) is None:  # a bug is reported anyway
            self._ops.report(exc, failure=self._failure, title=self._title)


class CollectionOp(QueryOp[Written[T]]):
    """A write: `fn(engine) -> Written[T]` on a worker thread; on the GUI thread `success`
    receives the result, then each change is announced on the hub (also when the owner has
    gone: other views still need to know)."""

    def __init__(
        self,
        ops: Operations,
        fn: Callable[[Engine], Written[T]],
        *,
        success: Callable[[T], None] | None = None,
        failure: Failure | None = None,
        owner: QObject | None = None,
        title: str = "",
    ) -> None:
        super().__init__(ops, fn, success=None, failure=failure, owner=owner, title=title)
        self._on_written = success

    def _work(self, engine: Engine) -> Written[T]:
        """A write runs once: whether one whose connection dropped was stored is for its
        service to find out (store/storage_errors.py)."""
        return self._fn(engine)

    def _done(self, engine: Engine, result: Written[T]) -> None:
        if self._ops.engine() is not engine:
            return  # written to a database the window no longer shows
        if self._on_written is not None and self._current(engine):
            self._on_written(result.result)
        self._ops.hub.announce_all(result.changes)
