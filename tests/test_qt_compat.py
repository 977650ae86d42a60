"""The emit work-around: many emits leave the reference count of True as it was."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from desktop import qt_compat


class Emitter(QObject):
    fired = Signal(int)


def test_many_emits_keep_true_alive(qtbot):
    qt_compat.install()
    emitter = Emitter()
    received: list[int] = []
    emitter.fired.connect(received.append)
    before = sys.getrefcount(True)
    for i in range(5000):
        emitter.fired.emit(i)
    assert received == list(range(5000))
    assert sys.getrefcount(True) >= before
    assert not qt_compat.emit_loses_a_reference()
