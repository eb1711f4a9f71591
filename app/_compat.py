"""Work around reference-count bugs of PySide6 6.12 on Python 3.11 that drop references to None, True and False.

Every call of a PySide6 method that returns nothing (``widget.update()``, ``pen.setWidthF(2)``, ...) lowers
``None``'s reference count by one, and every emission of a ``bool`` signal to a Python slot
(``checkbox.toggled``, pyqtgraph's internal signals) lowers ``True``'s or ``False``'s. On Python 3.12+ these
objects are immortal (PEP 683) and nothing happens; on Python 3.11 the count reaches zero after a few thousand
calls and the interpreter aborts with "Fatal Python error: none_dealloc: deallocating None" (or
"bool_dealloc"); one pyqtgraph plot update makes dozens of such calls.

:func:`protect_none` detects the leak with a harmless probe and, only if it is present, gives ``None``,
``True`` and ``False`` a huge reference count, which is what Python 3.12 does to make them immortal. These
singletons are never deallocated in a healthy interpreter, so the only effect is that the bug can no longer
crash the app. It is a no-op on Python >= 3.12 and on PySide6 builds without the bug.
"""
from __future__ import annotations

import ctypes
import sys

_BUMP = 1 << 60
_applied = False


def none_leaks_per_call() -> int:
    """How much ``None``'s reference count drops per void PySide6 call (0 if the bug is absent)."""
    from PySide6.QtCore import QObject

    probe = QObject()
    probe.setObjectName("probe")
    before = sys.getrefcount(None)
    for _ in range(16):
        probe.setObjectName("probe")
    after = sys.getrefcount(None)
    return max(0, (before - after) // 16)


def protect_none() -> bool:
    """Make None, True and False effectively immortal if PySide6 leaks their references.

    Returns True if applied (idempotent)."""
    global _applied
    if _applied:
        return True
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if none_leaks_per_call() == 0:
        return False
    for singleton in (None, True, False):
        refcnt = ctypes.c_ssize_t.from_address(id(singleton))
        refcnt.value += _BUMP
    _applied = True
    return True
