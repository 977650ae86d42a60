"""A background read's result handed to a widget only while the widget lives.

A drive's packages are read on the worker thread; the page may be gone (the window closed) by the time the
result arrives. The receiver is a child of the widget, so Qt drops the connection with it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Slot

from desktop.tasks import Task, run_with_office


class _Receiver(QObject):
    def __init__(
        self, owner: QObject, done: Callable[[object], None], failed: Callable[[object], None]
    ) -> None:
        super().__init__(owner)
        self.done = done
        self.failed_with = failed

    @Slot(object)
    def succeeded(self, result: object) -> None:
        self.deleteLater()
        self.done(result)

    @Slot(object)
    def failed(self, error: object) -> None:
        self.deleteLater()
        self.failed_with(error)


def deliver(
    task: Task, owner: QObject, done: Callable[[object], None], failed: Callable[[object], None]
) -> None:
    """``done(result)`` or ``failed(error)`` on the main thread, never after `owner` is destroyed."""
    receiver = _Receiver(owner, done, failed)
    task.succeeded.connect(receiver.succeeded)
    task.failed.connect(receiver.failed)
    task.cancelled.connect(receiver.deleteLater)


class LatestRead:
    """Reads for `owner` on the worker thread (with an Office of its own); only the newest read's result
    is delivered: the clerk may choose another drive before the first one has been read."""

    def __init__(self, owner: QObject, db_path, clock) -> None:
        self.owner = owner
        self.db_path = db_path
        self.clock = clock
        self.serial = 0
        self.task: Task | None = None

    def start(
        self, fn: Callable[[object], object], done: Callable[[object], None], failed: Callable[[object], None]
    ) -> Task:
        self.serial += 1
        serial = self.serial
        self.task = run_with_office(self.db_path, lambda office, _p, _c: fn(office), self.clock)
        deliver(
            self.task,
            self.owner,
            lambda result: done(result) if serial == self.serial else None,
            lambda error: failed(error) if serial == self.serial else None,
        )
        return self.task

    def drop(self) -> None:
        """Whatever is still being read is no longer wanted."""
        self.serial += 1
