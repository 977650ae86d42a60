"""Helpers for driving modal dialogs from pytest-qt tests."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


def when_modal(callback: Callable[[QWidget], None], attempts: int = 200, kind: type | None = None) -> None:
    """Run `callback(dialog)` as soon as a modal dialog (of `kind`, if given) is open (exec() blocks the test)."""

    def poll(remaining: int = attempts) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and (kind is None or isinstance(dialog, kind)):
            callback(dialog)
        elif remaining:
            QTimer.singleShot(10, lambda: poll(remaining - 1))

    QTimer.singleShot(0, poll)


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` into `widget` as key events. QTest.keyClicks only handles ASCII; a clerk types Chinese."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )
