"""Main-thread stalls of a Qt program: a 10 ms timer on the main thread and the largest gap between its ticks.

Used by the load benchmark and tests/test_load.py. `measure(action)` runs `action` from the event loop,
keeps the loop running until `settle` says the work is done (and a little longer), and returns the
largest time in milliseconds the main thread could not serve the timer — what a clerk feels as a frozen
window. The figure includes the timer's own 10 ms period, so an idle loop reads about 10–15 ms.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication

TICK_MS = 10


class StallProbe(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.clock = QElapsedTimer()
        self.largest = 0
        self._last = 0

    def start(self) -> None:
        self.clock.start()
        self._last = 0
        self.largest = 0
        self.timer.start()

    def stop(self) -> int:
        self._tick()
        self.timer.stop()
        return self.largest

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.largest = max(self.largest, now - self._last)
        self._last = now


def run_loop(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def measure(
    action: Callable[[], object],
    settle: Callable[[], bool] = lambda: True,
    timeout_s: float = 60.0,
    after_ms: int = 60,
) -> tuple[int, float]:
    """(largest main-thread stall in ms, seconds until `settle()` held) for one action run from the loop."""
    QApplication.processEvents()
    probe = StallProbe()
    probe.start()
    run_loop(30)  # the probe's first ticks
    start = time.perf_counter()
    QTimer.singleShot(0, action)
    run_loop(1)
    deadline = start + timeout_s
    while not settle() and time.perf_counter() < deadline:
        run_loop(5)
    seconds = time.perf_counter() - start
    run_loop(after_ms)
    return probe.stop(), seconds
