"""A background read's result handed to a widget only while the widget lives.

A drive's packages are read on the worker thread; the page may be gone (the window closed) by the time the
result arrives. The receiver is a child of the widget, so Qt drops the connection with it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Slot

from desktop.tasks import Task


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
