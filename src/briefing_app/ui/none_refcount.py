"""A guard against PySide6 6.12.0's reference-count faults on `None` and `True`.

Its bindings drop one reference to `None` in QStandardItem.setData, QStandardItemModel.appendRow
and clear, QTableWidget.setItem and setRowCount, and one to `True` in every Signal.emit called
from Python (measured: one per call). On Python 3.11 `None` and `True` are ordinary objects with
some thousands of references, so a session that fills its lists or emits signals a few thousand
times aborts with "Fatal Python error: none_dealloc" (or "bool_dealloc": opening a record in an
editor emitted some fifteen signals, an action list refreshed twenty) — and takes any unsaved
edit with it. Python 3.12 made them immortal; this gives them the same footing here by raising
their counts far beyond what any session can drop. The PySide6-Pdf wheels of an unaffected
release (6.11) are not published, so the app stays on 6.12 with this guard until a fixed one is.
"""

import ctypes
import sys

#: far more than any session can drop, far below what the counter can hold
_RESERVE = 1 << 48


def keep_none_alive() -> None:
    """Once per process; nothing to do where `None` and the booleans are immortal (Python 3.12
    and later). `False` too: nothing was seen dropping it, but it is the same kind of object."""
    if sys.version_info >= (3, 12):
        return
    for constant in (None, True, False):
        if sys.getrefcount(constant) > _RESERVE:
            continue
        count = ctypes.c_ssize_t.from_address(id(constant))  # ob_refcnt, PyObject's first field
        count.value += _RESERVE
