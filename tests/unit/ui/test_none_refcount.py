"""PySide6 6.12.0 drops a reference to None on each QStandardItem.setData, appendRow, clear,
QTableWidget.setItem and setRowCount, and one to True on each Signal.emit from Python; without
the guard of ui/none_refcount.py a session filling its lists or emitting signals some thousands
of times aborts ("Fatal Python error: none_dealloc", "bool_dealloc")."""

import os
import subprocess
import sys

FILL_LISTS = """
import sys
{guard}
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem
app = QApplication([])
model, table = QStandardItemModel(), QTableWidget(10, 2)
for n in range(30):  # thirty refills of a 1,000-entry pick list and a table
    model.clear()
    for i in range(1000):
        item = QStandardItem(str(i))
        item.setData(i, Qt.ItemDataRole.UserRole)
        model.appendRow(item)
        table.setItem(i % 10, 1, QTableWidgetItem(str(i)))
print("survived")
"""

EMIT_SIGNALS = """
import sys
from PySide6.QtCore import QObject, Signal
emits = sys.getrefcount(True) + 1000  # more than True has references before the guard
{guard}
class Source(QObject):
    changed = Signal(str, int)
source = Source()
source.changed.connect(lambda kind, record_id: None)
for n in range(emits):  # a long session's changes, announced
    source.changed.emit("action", n)
print("survived")
"""


def _fill(guard: str, script: str = FILL_LISTS) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    script = script.format(guard=guard)
    return subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120
    )


def test_filling_lists_for_a_long_session_does_not_abort() -> None:
    guarded = _fill("import briefing_app.ui")
    assert guarded.returncode == 0, guarded.stderr
    assert guarded.stdout.strip() == "survived"


def test_the_fault_is_still_there_without_the_guard() -> None:
    """When this fails, PySide6 is fixed: remove ui/none_refcount.py and this test."""
    bare = _fill("")
    assert bare.returncode != 0 and "none_dealloc" in bare.stderr


def test_emitting_signals_for_a_long_session_does_not_abort() -> None:
    guarded = _fill("import briefing_app.ui", EMIT_SIGNALS)
    assert guarded.returncode == 0, guarded.stderr
    assert guarded.stdout.strip() == "survived"


def test_the_fault_on_true_is_still_there_without_the_guard() -> None:
    """When this fails, PySide6 is fixed for True: drop it from ui/none_refcount.py."""
    bare = _fill("", EMIT_SIGNALS)
    assert bare.returncode != 0 and "bool_dealloc" in bare.stderr
