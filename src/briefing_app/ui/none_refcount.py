"""A guard against PySide6 6.12.0's reference-count fault on `None`.

Its bindings drop one reference to `None` in QStandardItem.setData, QStandardItemModel.appendRow
and clear, QTableWidget.setItem and setRowCount (measured: one per call). On Python 3.11 `None`
is an ordinary object with a few thousand references, so a session that fills its lists a few
thousand times aborts with "Fatal Python error: none_dealloc" — and takes any unsaved edit with
it. Python 3.12 made `None` immortal; this gives it the same footing here by raising its count
far beyond what any session can drop. The PySide6-Pdf wheels of an unaffected release (6.11)
are not published, so the app stays on 6.12 with this guard until a fixed one is.
"""

import ctypes
import sys

#: far more than any session can drop, far below what the counter can hold
_RESERVE = 1 << 48


def keep_none_alive() -> None:
    """Once per process; nothing to do where `None` is immortal (Python 3.12 and later)."""
    if sys.version_info >= (3, 12) or sys.getrefcount(None) > _RESERVE:
        return
    count = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt, PyObject's first field
    count.value += _RESERVE
