"""The one background-task helper: work off the UI thread, progress and results back by signal.

A task is a plain function ``fn(progress, is_cancelled)``. It runs on a worker thread; it may call
``progress(done, total, text)`` as often as it likes (``total`` 0 means "unknown, show a busy bar") and
should look at ``is_cancelled()`` between steps, raising ``Cancelled`` to stop early. The returned value,
an exception, or the cancellation reaches the main thread through the `Task`'s signals, so slots connected
to them may touch widgets.

Database work: SQLite connections belong to the thread that opened them, so a worker never uses the
window's `Office`. `run_with_office(db_path, fn)` opens a fresh `Office(db_path)` inside the worker, hands
it to ``fn(office, progress, is_cancelled)`` and closes it afterwards. Tasks run one at a time on a single
worker thread (like Anki's task manager), so two background writes never compete for the database.

Connect to a task's signals in the same call that started it: deliveries are queued to the main thread's
event loop, so nothing can arrive before control returns to it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal, Slot

from desktop import qt_compat

qt_compat.install()  # tasks emit progress often: without it PySide6 6.12 on Python 3.11 aborts

Progress = Callable[..., None]
"""``progress(done: int, total: int = 0, text: str = "")``."""
IsCancelled = Callable[[], bool]
TaskFn = Callable[[Progress, IsCancelled], Any]


class Cancelled(Exception):  # noqa: N818 - reads as "the task was cancelled"
    """Raised by a task function that saw ``is_cancelled()``; the task then emits `Task.cancelled`."""


class Task(QObject):
    """A function running on the worker thread. Exactly one of `succeeded`, `failed`, `cancelled` is
    emitted, then `finished`. A task cancelled while running never delivers its result, even when the
    function finishes anyway (it may not look at ``is_cancelled``)."""

    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    # Emitted on the worker thread, delivered to this object's (main) thread by queued connections.
    _progress_from_worker = Signal(int, int, str)
    _ended_in_worker = Signal(str, object)

    def __init__(self, fn: TaskFn, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fn = fn
        self.state = "pending"  # pending → running → succeeded / failed / cancelled
        self.result: Any = None
        self.error: BaseException | None = None
        self._cancel_requested = False
        queued = Qt.ConnectionType.QueuedConnection
        self._progress_from_worker.connect(self._relay_progress, queued)
        self._ended_in_worker.connect(self._relay_end, queued)

    # --- called from the main thread ---------------------------------------------------
    def start(self) -> Task:
        """Queue the task on the worker thread. Keeps the task alive until it has finished."""
        if self.state != "pending":
            raise RuntimeError("a task runs only once")
        self.state = "running"
        _RUNNING.add(self)
        _pool().start(self._run)
        return self

    def cancel(self) -> None:
        """Ask the function to stop; the result, if one still comes, is dropped."""
        self._cancel_requested = True

    def is_cancelled(self) -> bool:
        return self._cancel_requested

    @property
    def done(self) -> bool:
        return self.state in ("succeeded", "failed", "cancelled")

    # --- the worker thread -----------------------------------------------------------
    def _run(self) -> None:
        if self._cancel_requested:  # cancelled while it waited for the worker
            self._ended_in_worker.emit("cancelled", None)
            return
        try:
            result = self.fn(self._report_progress, self.is_cancelled)
        except Cancelled:
            self._ended_in_worker.emit("cancelled", None)
        except Exception as exc:  # delivered to the UI, which says what went wrong
            self._ended_in_worker.emit("failed", exc)
        else:
            self._ended_in_worker.emit("cancelled" if self._cancel_requested else "succeeded", result)

    def _report_progress(self, done: int, total: int = 0, text: str = "") -> None:
        self._progress_from_worker.emit(int(done), int(total), str(text))

    # --- back on the main thread -----------------------------------------------------
    @Slot(int, int, str)
    def _relay_progress(self, done: int, total: int, text: str) -> None:
        if not self.done and not self._cancel_requested:
            self.progress.emit(done, total, text)

    @Slot(str, object)
    def _relay_end(self, outcome: str, value: object) -> None:
        self.state = outcome
        if outcome == "succeeded":
            self.result = value
            self.succeeded.emit(value)
        elif outcome == "failed":
            self.error = value if isinstance(value, BaseException) else None
            self.failed.emit(value)
        else:
            self.cancelled.emit()
        self.finished.emit()
        _RUNNING.discard(self)


_RUNNING: set[Task] = set()
_POOL: QThreadPool | None = None


def _pool() -> QThreadPool:
    global _POOL
    if _POOL is None:
        _POOL = QThreadPool()
        _POOL.setMaxThreadCount(1)  # one worker: background database work is serialised
        _POOL.setExpiryTimeout(-1)
    return _POOL


def run_task(fn: TaskFn) -> Task:
    """Start ``fn(progress, is_cancelled)`` on the worker thread and return its `Task`."""
    return Task(fn).start()


def run_with_office(
    db_path: Path | str,
    fn: Callable[[Any, Progress, IsCancelled], Any],
    clock: Callable[[], datetime] | None = None,
) -> Task:
    """Start ``fn(office, progress, is_cancelled)`` with an `Office` opened on the worker thread.

    The window's own Office must not be passed in: its SQLite connection belongs to the main thread.
    ``clock`` is handed to the worker's Office (pass the window office's clock to keep dates consistent).
    """
    from desktop.office import Office  # the office imports every service; keep this module light

    def work(progress: Progress, is_cancelled: IsCancelled) -> Any:
        office = Office(db_path, clock=clock) if clock is not None else Office(db_path)
        try:
            return fn(office, progress, is_cancelled)
        finally:
            office.close()

    return run_task(work)


def wait_for_all(msecs: int = 30000) -> bool:
    """Block until the worker is idle (tests, and the window closing). True when it is."""
    return _pool().waitForDone(msecs)
