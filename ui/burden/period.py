"""The period the 减负统计 page measures: this month, last month, this quarter, this year, or two dates."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from ui.widgets.date_edit import DateEdit

CHOICES = ("month", "last_month", "quarter", "year", "custom")


def _month_end(year: int, month: int) -> date:
    first_next = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return first_next - timedelta(days=1)


def period_of(choice: str, today: date) -> tuple[date, date]:
    """The first and last day of a named period around ``today`` (the whole month, quarter or year)."""
    if choice == "last_month":
        last = today.replace(day=1) - timedelta(days=1)
        return last.replace(day=1), last
    if choice == "quarter":
        first_month = 3 * ((today.month - 1) // 3) + 1
        return date(today.year, first_month, 1), _month_end(today.year, first_month + 2)
    if choice == "year":
        return date(today.year, 1, 1), date(today.year, 12, 31)
    return today.replace(day=1), _month_end(today.year, today.month)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class PeriodPicker(QWidget):
    """A choice of period and, for 自定义, two dates. `changed` after every change that moves the period.
    ``today`` is the office's clock: a named period follows it (a window left open into the next month)."""

    changed = Signal()

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.choice = QComboBox()
        labels = {
            "month": self.tr("本月"),
            "last_month": self.tr("上月"),
            "quarter": self.tr("本季度"),
            "year": self.tr("本年"),
            "custom": self.tr("自定义"),
        }
        for key in CHOICES:
            self.choice.addItem(labels[key], key)
        self.choice.setCurrentIndex(CHOICES.index("year"))  # a year shows the trend; a month is one bar
        start, end = period_of("year", today())
        self.from_edit, self.to_edit = DateEdit(_qdate(start)), DateEdit(_qdate(end))
        self.dash = QLabel("—")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("统计期间")))
        layout.addWidget(self.choice)
        layout.addWidget(self.from_edit)
        layout.addWidget(self.dash)
        layout.addWidget(self.to_edit)
        self._show_dates()
        self.choice.currentIndexChanged.connect(self._choice_changed)
        self.from_edit.dateChanged.connect(self._dates_changed)
        self.to_edit.dateChanged.connect(self._dates_changed)

    def period(self) -> tuple[date, date]:
        """The dates chosen; a named period (本月 …) taken again from today's date first."""
        if self.choice.currentData() != "custom":
            self._set_dates(*period_of(self.choice.currentData(), self.today()))
        return self.from_edit.date().toPython(), self.to_edit.date().toPython()

    def _set_dates(self, start: date, end: date) -> None:
        for edit, day in ((self.from_edit, start), (self.to_edit, end)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)

    def set_period(self, choice: str, start: date | None = None, end: date | None = None) -> None:
        """Choose a named period, or (``custom``) the two dates; `changed` once."""
        self.blockSignals(True)
        self.choice.setCurrentIndex(CHOICES.index(choice))
        if choice == "custom" and start is not None and end is not None:
            self.from_edit.setDate(_qdate(start))
            self.to_edit.setDate(_qdate(end))
        self.blockSignals(False)
        self.changed.emit()

    def _choice_changed(self) -> None:
        key = self.choice.currentData()
        if key != "custom":
            self._set_dates(*period_of(key, self.today()))
        self._show_dates()
        self.changed.emit()

    def _dates_changed(self) -> None:
        if self.choice.currentData() == "custom":
            self.changed.emit()

    def _show_dates(self) -> None:
        """The dates are edited only for 自定义; otherwise they show what the named period covers."""
        custom = self.choice.currentData() == "custom"
        for edit in (self.from_edit, self.to_edit):
            edit.setEnabled(custom)
