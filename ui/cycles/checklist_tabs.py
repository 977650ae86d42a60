"""The tabs under a cycle's blockers: its forms, tasks and meetings, and the package versions built."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import QMenu, QTableView, QTabWidget, QWidget

from desktop.cycles.checklist import Checklist
from ui.cycles.model import (
    CheckModel,
    fill_forms,
    fill_history,
    fill_meetings,
    fill_tasks,
    form_headers,
    history_headers,
    meeting_headers,
    task_headers,
)
from ui.widgets.rows_model import fit_columns, rows_table

ITEM_TABS = ("forms", "tasks", "meetings")
WIDTHS = {  # the title column (0) takes the spare width
    "forms": (0, 140, 90, 64, 64, 56, 60, 90, 84),
    "tasks": (0, 140, 90, 64, 200, 70, 84),
    "meetings": (0, 140, 130, 120, 64, 80, 84),
    "history": (70, 140, 50, 70, 70, 110, 0),
}


class ChecklistTabs(QTabWidget):
    """`open_item(id)` on a double-click or 在收文登记中打开; `move_requested(automatic)` from the row menu;
    `selection_changed` when the selected row or tab changes; `package_activated` on a version's double-click."""

    open_item = Signal(int)
    move_requested = Signal(bool)
    selection_changed = Signal()
    package_activated = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.models = {
            "forms": CheckModel(form_headers(), self),
            "tasks": CheckModel(task_headers(), self),
            "meetings": CheckModel(meeting_headers(), self),
            "history": CheckModel(history_headers(), self),
        }
        self.tables: dict[str, QTableView] = {}
        for key, model in self.models.items():
            table = rows_table(model, WIDTHS[key], stretch=6 if key == "history" else 0)
            self.tables[key] = table
            self.addTab(table, "")
            if key in ITEM_TABS:
                self._wire_items(key, table)
        self.tables["history"].doubleClicked.connect(lambda _index: self.package_activated.emit())
        self.currentChanged.connect(lambda _index: self.selection_changed.emit())

    def _wire_items(self, key: str, table: QTableView) -> None:
        table.doubleClicked.connect(lambda index: self._open(key, index.row()))
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(lambda pos: self._item_menu(key, pos))
        table.selectionModel().selectionChanged.connect(lambda *_args: self.selection_changed.emit())

    def fill(self, checklist: Checklist, records: list) -> None:
        fill_forms(self.models["forms"], checklist)
        fill_tasks(self.models["tasks"], checklist)
        fill_meetings(self.models["meetings"], checklist)
        fill_history(self.models["history"], records)
        for key, table in self.tables.items():
            fit_columns(table, WIDTHS[key], 6 if key == "history" else 0)
        counts = (
            (self.tr("报表（%1）"), len(checklist.forms)),
            (self.tr("任务（%1）"), len(checklist.tasks)),
            (self.tr("会议（%1）"), len(checklist.meetings)),
            (self.tr("已生成的版本（%1）"), len(records)),
        )
        for index, (template, count) in enumerate(counts):
            self.setTabText(index, template.replace("%1", str(count)))

    def tab_key(self) -> str:
        return list(self.models)[self.currentIndex()]

    def selected_item(self) -> int | None:
        key = self.tab_key()
        if key not in ITEM_TABS:
            return None
        rows = self.tables[key].selectionModel().selectedRows()
        return self.models[key].key_at(rows[0].row()) if rows else None

    def selected_package(self) -> Path | None:
        """The version selected under 已生成的版本 while that tab is shown."""
        table = self.tables["history"]
        rows = table.selectionModel().selectedRows()
        if self.currentWidget() is table and rows:
            return Path(self.models["history"].key_at(rows[0].row()))
        return None

    def select_item(self, item_id: int) -> bool:
        """Show the tab holding `item_id` and select its row."""
        for index, key in enumerate(ITEM_TABS):
            row = self.models[key].row_of(item_id)
            if row >= 0:
                self.setCurrentIndex(index)
                self.tables[key].selectRow(row)
                return True
        return False

    def title_of(self, item_id: int) -> str:
        for key in ITEM_TABS:
            row = self.models[key].row_of(item_id)
            if row >= 0:
                return self.models[key].rows[row][0]
        return str(item_id)

    def open_selected(self) -> None:
        item_id = self.selected_item()
        if item_id is not None:
            self.open_item.emit(item_id)

    def _open(self, tab: str, row: int) -> None:
        item_id = self.models[tab].key_at(row)
        if item_id is not None:
            self.open_item.emit(item_id)

    def _item_menu(self, tab: str, pos: QPoint) -> None:
        table = self.tables[tab]
        index = table.indexAt(pos)
        if not index.isValid():
            return
        table.selectRow(index.row())
        menu = QMenu(self)
        menu.addAction(self.tr("移到其他周期…"), lambda: self.move_requested.emit(False))
        menu.addAction(self.tr("按截止日期自动归入"), lambda: self.move_requested.emit(True))
        menu.addSeparator()
        menu.addAction(self.tr("在收文登记中打开"), self.open_selected)
        menu.exec(table.viewport().mapToGlobal(pos))
