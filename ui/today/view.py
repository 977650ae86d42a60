"""今日: what is overdue, what falls due in the next 7 days, and this week's meetings."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.records import Item
from desktop.registry.service import TodaySummary, deadline_state
from ui.app_state import AppState
from ui.registry.model import OVERDUE_BACKGROUND, SOON_BACKGROUND
from ui.texts import kind_label, vocab

DEADLINE_COLORS = {"overdue": OVERDUE_BACKGROUND, "soon": SOON_BACKGROUND}


class TodayView(QWidget):
    open_item = Signal(int)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.greeting = QLabel()
        self.greeting.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.overdue = QListWidget()
        self.due_soon = QListWidget()
        self.meetings = QListWidget()
        self.boxes = {}
        columns = QHBoxLayout()
        for key, title, widget in (
            ("overdue", self.tr("已逾期"), self.overdue),
            ("due_soon", self.tr("7 日内到期"), self.due_soon),
            ("meetings", self.tr("本周会议"), self.meetings),
        ):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(widget)
            widget.itemActivated.connect(self._activated)
            widget.setWordWrap(True)
            # Lay items out again when the column gets its width (it has none while the page is built),
            # or long titles wrap one character per line; and wrap rather than scroll sideways.
            widget.setResizeMode(QListView.ResizeMode.Adjust)
            widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            widget.setTextElideMode(Qt.TextElideMode.ElideNone)
            # Spacing, not an item style sheet: a style sheet on items hides their deadline colours and
            # its padding is left out of the wrapped height (the last line was cut off).
            widget.setSpacing(3)
            self.boxes[key] = (box, title)
            columns.addWidget(box, 1)
        hint = QLabel(
            self.tr("双击一项打开详情。红色：已逾期；黄色：2 个工作日内到期（与收文登记的颜色相同）。")
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.greeting)
        layout.addLayout(columns, 1)
        layout.addWidget(hint)
        self.refresher = state.watch(self, self.refresh)  # now, or when next shown

    def refresh(self) -> None:
        self.state.read(self, lambda office: office.registry.today(), self._show)

    def _show(self, summary: TodaySummary) -> None:
        office = self.state.office
        profile = office.profile.get()
        today = office.clock().date()
        name = profile.name if profile else ""
        self.greeting.setText(self.tr("%1　今天是 %2").replace("%1", name).replace("%2", today.isoformat()))
        now = office.clock()
        self._fill(self.overdue, summary.overdue, now)
        self._fill(self.due_soon, summary.due_soon, now)
        self._fill(self.meetings, summary.meetings_this_week, now, meeting=True)
        for key, items in (
            ("overdue", summary.overdue),
            ("due_soon", summary.due_soon),
            ("meetings", summary.meetings_this_week),
        ):
            box, title = self.boxes[key]
            box.setTitle(self.tr("%1（%2）").replace("%1", title).replace("%2", str(len(items))))

    def _fill(self, widget: QListWidget, items: list[Item], now: datetime, meeting: bool = False) -> None:
        widget.clear()
        for item in items:
            when = (item.meeting_start if meeting else item.due) or ""
            text = f"{when.replace('T', ' ')}　{item.title}\n{item.department}　{kind_label(item.kind)}　{vocab(item.status)}"
            if meeting and item.place:
                text += f"\n{item.place}"
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            color = DEADLINE_COLORS.get(deadline_state(item, now))
            if color is not None and not meeting:
                entry.setBackground(QBrush(color))
            widget.addItem(entry)
        if not items:
            empty = QListWidgetItem(self.tr("（无）"))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            widget.addItem(empty)

    def _activated(self, entry: QListWidgetItem) -> None:
        item_id = entry.data(Qt.ItemDataRole.UserRole)
        if item_id:
            self.open_item.emit(int(item_id))
