"""Python's cycle collector runs on the GUI thread only.

The automatic collector runs in whichever thread happens to allocate when a threshold is
passed — often a task-runner thread reading the database (ui/tasks.py). If the cycles it frees
hold Qt objects, their C++ destructors then run outside the GUI thread, and Qt crashes the
process (a segmentation fault while "Garbage-collecting" in a worker, seen in the test suite).
The usual cure for Qt applications: turn the automatic collector off and collect, generation by
generation as it would, from a timer of the GUI thread.
"""

import gc

from PySide6.QtCore import QObject, QTimer

#: how often the GUI thread looks whether a generation is due
INTERVAL_MS = 1000


class MainThreadCollector(QObject):
    """While it lives (until `stop`), cycles are collected on the GUI thread only."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect)
        self._timer.start(INTERVAL_MS)

    def collect(self) -> None:
        """Collect the oldest generation past its threshold (and the younger ones with it)."""
        due = -1
        for generation, (count, threshold) in enumerate(
            zip(gc.get_count(), self._thresholds, strict=True)
        ):
            if count <= threshold:
                break
            due = generation
        if due >= 0:
            gc.collect(due)

    def stop(self) -> None:
        """Give collection back to Python (the application is done with threads)."""
        self._timer.stop()
        gc.enable()
