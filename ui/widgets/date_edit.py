"""A date box that takes a date typed the way clerks type it: 20261204, 2026/12/4, 2026年12月4日, 2026.12.04.

Qt's QDateEdit edits one section at a time (year, month, day) and silently drops 20261204 typed over a selected
date. Here, typing over the whole (selected) date collects the text freely; Enter, Tab or leaving the box reads
it with the core's date reader (`desktop.dates.parse_date`). Text that is no date puts the previous date back and
says so in the tooltip. Arrow keys, the calendar pop-up and typing into one section work as in QDateEdit.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QDateEdit, QToolTip, QWidget

from desktop.dates import parse_date
from desktop.errors import UserFacingError

FREE_TEXT = set("0123456789-/.年月日 ")
FINISHING_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab}


class DateEdit(QDateEdit):
    def __init__(self, day: QDate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(day if day is not None else QDate.currentDate(), parent)
        self.typed: str | None = None  # the free text being typed, None while editing section by section
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        text = event.text()
        line = self.lineEdit()
        whole = line.hasSelectedText() and line.selectedText() == line.text()
        if text and text in FREE_TEXT and (self.typed is not None or (whole and text.isdigit())):
            self.typed = (self.typed or "") + text
            line.setText(self.typed)
            return
        if self.typed is not None and event.key() == Qt.Key.Key_Backspace:
            self.typed = self.typed[:-1]
            line.setText(self.typed)
            return
        if self.typed is not None and event.key() == Qt.Key.Key_Escape:
            self._put_back()
            return
        if event.key() in FINISHING_KEYS:
            self.finish_typing()
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        self.finish_typing()
        super().focusOutEvent(event)

    def finish_typing(self) -> bool:
        """Read the freely typed text, if any; True when it was a date (now shown), False when put back."""
        if self.typed is None:
            return True
        typed, self.typed = self.typed.strip(), None
        try:
            day = date.fromisoformat(parse_date(typed))
        except UserFacingError:
            self._put_back()
            self.setToolTip(
                self.tr("“%1”不是日期，已恢复原日期。可以输入 20261204 或 2026-12-04。").replace("%1", typed)
            )
            QToolTip.showText(self.mapToGlobal(self.rect().bottomLeft()), self.toolTip(), self)
            return False
        self.setToolTip("")
        self.setDate(QDate(day.year, day.month, day.day))
        self.lineEdit().setText(self.textFromDateTime(self.dateTime()))
        return True

    def _put_back(self) -> None:
        self.typed = None
        self.lineEdit().setText(self.textFromDateTime(self.dateTime()))
