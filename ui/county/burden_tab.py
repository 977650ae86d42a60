"""减负统计 (county): for a cycle, every township's burden measures side by side — as each township's own
package reported them — and the county's departments ranked by the load they send down, summed over the
townships (`Office.county_burden`, desktop/burden/county.py). The score's formula is written under the ranking
so it can be argued with."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.burden.scores import FORMULA, WEIGHTS, formula_text
from desktop.errors import UserFacingError
from ui.app_state import AppState
from ui.county.cycle_box import refill_cycles
from ui.texts import error_text

Index = QModelIndex | QPersistentModelIndex


class FiguresModel(QAbstractTableModel):
    """Rows of figures under column headings; numbers right-aligned, a row's note (no measures) in its tip."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.headers: list[str] = []
        self.tips: list[str] = []
        self.rows: list[list[object]] = []
        self.row_tips: list[str] = []

    def set_rows(
        self, headers: list[str], rows: list[list[object]], tips: list[str], row_tips: list[str]
    ) -> None:
        self.beginResetModel()
        self.headers, self.rows, self.tips, self.row_tips = headers, rows, tips, row_tips
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                f"{value:,}"
                if isinstance(value, int)
                else f"{value:g}"
                if isinstance(value, float)
                else value
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.row_tips[index.row()] or None
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int | float):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or section >= len(self.headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tips[section]
        return None


def _table(model: FiguresModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setDefaultSectionSize(76)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
    header.setFixedHeight(header.fontMetrics().lineSpacing() * 2 + 10)
    return table


class BurdenTab(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.result: Any = None
        self.cycle = QComboBox()
        self.cycle.setMinimumContentsLength(12)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.townships_model = FiguresModel(self)
        self.townships_table = _table(self.townships_model)
        self.departments_model = FiguresModel(self)
        self.departments_table = _table(self.departments_model)
        self.formula_label = QLabel()
        self.formula_label.setWordWrap(True)
        self.formula_label.setStyleSheet("color: #555;")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("周期：")))
        top.addWidget(self.cycle)
        top.addWidget(self.summary_label, 1)
        townships = QGroupBox(self.tr("各乡镇并列比较（各乡镇报送包所带的本期数据）"))
        QVBoxLayout(townships).addWidget(self.townships_table)
        departments = QGroupBox(self.tr("县直部门按下派负担排名（各乡镇合计）"))
        box = QVBoxLayout(departments)
        box.addWidget(self.departments_table, 1)
        box.addWidget(self.formula_label)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(townships)
        split.addWidget(departments)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.cycle.activated.connect(lambda _i: self.show_cycle(self.cycle.currentData()))

    def refresh(self) -> None:
        """The cycles the county received packages for, the current one kept."""
        try:
            keys = self.state.office.county_burden.cycles()
        except UserFacingError as error:
            self.summary_label.setText(error_text(error))
            return
        refill_cycles(self.cycle, keys, self.state.office)
        self.show_cycle(self.cycle.currentData())

    def show_cycle(self, key: str | None) -> None:
        if key is None:
            self.result = None
            self.townships_model.set_rows([], [], [], [])
            self.departments_model.set_rows([], [], [], [])
            self.formula_label.clear()
            self.summary_label.setText(self.tr("还没有收到任何报送包。"))
            return
        try:
            result = self.state.office.county_burden.compare(key)
        except UserFacingError as error:
            self.summary_label.setText(error_text(error))
            return
        self.show_result(result)

    def show_result(self, result: Any) -> None:
        """Both tables from the core's `CountyBurden`."""
        self.result = result
        self._show_townships(result.townships)
        self._show_departments(result.departments)
        self.summary_label.setText(
            self.tr("%1 个乡镇中 %2 个的报送包带有本期减负监测数据。")
            .replace("%1", str(len(result.townships)))
            .replace("%2", str(len(result.reporting)))
        )
        formula = result.formula
        if formula == FORMULA:  # this program's formula: its terms in the interface language
            formula = formula_text(
                {k: QCoreApplication.translate("burden", name) for k, (_w, name) in WEIGHTS.items()}
            )
        self.formula_label.setText(
            self.tr("负担指数 = %1（各乡镇的指数相加即为合计的指数）").replace("%1", formula)
            if formula
            else ""
        )

    def _show_townships(self, townships: Any) -> None:
        headers = [
            (self.tr("乡镇"), ""),
            (self.tr("工作任务"), self.tr("本期收到的工作任务（文件）")),
            (self.tr("会议"), self.tr("本期收到的会议通知")),
            (self.tr("报表"), self.tr("本期收到的报表")),
            (self.tr("清单外"), self.tr("不在县报表目录中或已过期的报表")),
            (self.tr("重复索取"), self.tr("再次索取其他报表已要过的数据的报表")),
            (self.tr("不足1日"), self.tr("办理时限不足1个工作日（上午发下午要）")),
            (self.tr("不足3日"), self.tr("办理时限不足3个工作日")),
            (self.tr("不足5日"), self.tr("办理时限不足5个工作日")),
            (self.tr("会议小时"), self.tr("会议合计时长")),
            (self.tr("须主要负责人"), self.tr("要求主要负责人参加的会议")),
            (self.tr("日报/周报"), self.tr("要求按日或按周报告进展的工作任务")),
            (self.tr("数据项"), self.tr("本期报表索取的数据项（单元格）")),
            (self.tr("台账填写"), self.tr("由台账自动填写的数据项")),
            (self.tr("手工录入"), self.tr("由乡镇手工录入的数据项")),
        ]
        rows, tips = [], []
        for t in townships:
            name = f"{t.name}（{t.code}）"
            if not t.measured:
                note = (
                    self.tr("未报送")
                    if t.version is None
                    else self.tr("报送包未带减负数据（第 %1 版）").replace("%1", str(t.version))
                )
                rows.append([name, note, *[""] * (len(headers) - 2)])
                tips.append(note)
                continue
            deadlines, entries = t.short_deadlines, t.entries
            rows.append(
                [
                    name,
                    t.items["task"],
                    t.items["meeting"],
                    t.items["form"],
                    t.off_whitelist,
                    t.duplicate_requests,
                    deadlines["lt1"],
                    deadlines["lt3"],
                    deadlines["lt5"],
                    float(t.meeting_hours),
                    t.principal_required,
                    t.progress_demands,
                    entries["requested"],
                    entries["from_ledger"],
                    entries["typed"],
                ]
            )
            tips.append(
                self.tr("第 %1 版报送包，统计期间 %2 至 %3")
                .replace("%1", str(t.version))
                .replace("%2", t.period[0] if t.period else "")
                .replace("%3", t.period[1] if t.period else "")
            )
        self.townships_model.set_rows([h for h, _ in headers], rows, [tip or h for h, tip in headers], tips)
        self.townships_table.setColumnWidth(0, 220)
        self.townships_table.clearSpans()
        for n, t in enumerate(townships):
            if not t.measured:  # the note across the figures it stands for
                self.townships_table.setSpan(n, 1, 1, len(headers) - 1)
        notes = [tip for t, tip in zip(townships, tips, strict=True) if not t.measured and t.version is None]
        if notes:  # 未报送 fits its own column, however the spans are drawn
            need = self.townships_table.fontMetrics().horizontalAdvance(notes[0]) + 16
            self.townships_table.setColumnWidth(1, max(need, self.townships_table.columnWidth(1)))

    def _show_departments(self, departments: Any) -> None:
        headers = [
            (self.tr("排名"), ""),
            (self.tr("部门"), ""),
            (self.tr("负担指数"), self.tr("各乡镇负担指数之和")),
            (self.tr("合计件数"), self.tr("下发到各乡镇的工作任务、会议和报表合计")),
            (self.tr("工作任务"), ""),
            (self.tr("会议"), ""),
            (self.tr("报表"), ""),
            (self.tr("乡镇数"), self.tr("收到该部门事项的乡镇数")),
        ]
        rows, tips = [], []
        for n, d in enumerate(departments, start=1):
            name = d.name if d.county_own else self.tr("%1（非县直部门）").replace("%1", d.name)
            rows.append(
                [
                    n,
                    name,
                    float(d.score),
                    d.total,
                    d.items["task"],
                    d.items["meeting"],
                    d.items["form"],
                    d.townships,
                ]
            )
            tips.append(self.tr("乡镇登记的名称：%1").replace("%1", "、".join(d.written_as)))
        self.departments_model.set_rows([h for h, _ in headers], rows, [tip or h for h, tip in headers], tips)
        self.departments_table.setColumnWidth(0, 48)
        self.departments_table.setColumnWidth(1, 220)
