"""A start's slow steps (opening, upgrading, backing up the database) run off the GUI thread
while its events go on (issue 16: nothing on the GUI thread waits for the database)."""

import threading
import time

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from briefing_app.ui.tasks import StartAbandonedError, wait_while_painting


def test_the_events_go_on_while_the_job_runs(qapp: QApplication) -> None:
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(10)
    threads: list[str] = []

    def job() -> int:
        threads.append(threading.current_thread().name)
        time.sleep(0.3)
        return 42

    try:
        assert wait_while_painting(job) == 42
    finally:
        timer.stop()
    assert threads and threads[0] != threading.current_thread().name
    assert len(ticks) >= 5, "the GUI thread's timer fired while the job ran"


def test_the_jobs_error_is_raised_here(qapp: QApplication) -> None:
    def job() -> None:
        raise ValueError("not a database")

    with pytest.raises(ValueError, match="not a database"):
        wait_while_painting(job)


def test_quitting_meanwhile_lets_the_job_finish(qapp: QApplication) -> None:
    finished = threading.Event()

    def job() -> None:
        time.sleep(0.2)
        finished.set()

    abandoned: list[bool] = []

    def start() -> None:  # as app.run does, within the application's event loop
        QTimer.singleShot(20, QCoreApplication.quit)  # the user closes the first window
        try:
            wait_while_painting(job)
        except StartAbandonedError:
            abandoned.append(True)

    QTimer.singleShot(0, start)
    qapp.exec()

    assert abandoned == [True]
    [worker] = [t for t in threading.enumerate() if t.name == "briefing-start"]
    assert not worker.daemon, "the process waits for an upgrade rather than cut it short"
    worker.join(5)
    assert finished.is_set()
