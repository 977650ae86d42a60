"""Work-arounds for defects of the Qt binding that would otherwise crash the program.

PySide6 6.12.0 on CPython 3.11: ``SignalInstance.emit()`` returns ``True`` without taking a reference to
it, so every emit lowers the reference count of ``True`` by one. After a few hundred emits (a task's
progress, or ``AppState.changed`` after each edit) the count reaches zero and the interpreter aborts with
"Fatal Python error: bool_dealloc". CPython 3.12+ makes ``True`` immortal, which hides the defect.

`install()` checks once whether the running binding has the defect and, only then, wraps ``emit`` to give
the missing reference back. It is safe to call more than once.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal, SignalInstance

_installed = False


class _Probe(QObject):
    fired = Signal()


def emit_loses_a_reference() -> bool:
    """True when one ``emit()`` lowers the reference count of ``True`` (the defect is present)."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(4):
        probe.fired.emit()
    return sys.getrefcount(True) < before


def install() -> bool:
    """Patch ``SignalInstance.emit`` if it has the defect. Returns True when a patch is in place."""
    global _installed
    if _installed:
        return True
    if not emit_loses_a_reference():
        return False
    original = SignalInstance.emit
    incref = ctypes.pythonapi.Py_IncRef
    incref.argtypes = [ctypes.py_object]
    incref.restype = None

    def emit(self: SignalInstance, *args: object) -> object:
        result = original(self, *args)
        if result is True or result is False:
            incref(result)  # the reference the binding forgot to take
        return result

    SignalInstance.emit = emit  # type: ignore[method-assign]
    _installed = True
    return True
