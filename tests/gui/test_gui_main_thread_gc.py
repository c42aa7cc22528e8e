"""Cycles are collected on the GUI thread only (ui/main_thread_gc.py): the automatic collector
is off while the collector lives, a timer of the GUI thread collects when a generation is due,
and stopping gives collection back."""

import gc
import threading

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from briefing_app.ui.main_thread_gc import MainThreadCollector


class _Cycle:
    def __init__(self) -> None:
        self.me = self  # only the cycle collector frees it

    def __del__(self) -> None:
        FREED.append(threading.current_thread().name)


FREED: list[str] = []


def test_cycles_are_freed_by_the_gui_threads_timer(
    qtbot: QtBot, collect_on_the_gui_thread: MainThreadCollector
) -> None:
    assert not gc.isenabled()
    FREED.clear()

    def make_garbage() -> None:  # in a worker, as the task runner allocates
        for _ in range(5000):
            _Cycle()

    worker = threading.Thread(target=make_garbage, name="worker")
    worker.start()
    worker.join()
    assert FREED == []  # nothing was collected in the worker
    qtbot.waitUntil(lambda: len(FREED) > 0, timeout=5000)
    assert set(FREED) == {threading.main_thread().name}


def test_stopping_gives_collection_back(qapp: QApplication) -> None:
    collector = MainThreadCollector(qapp)
    assert not gc.isenabled()
    collector.stop()
    assert gc.isenabled()
