"""齐全情况 (county): for a cycle, every township × every form — submitted on time, late, or missing, with
its rows. Each cell says it in words (按时 · 120 行, 逾期 · 80 行, 缺报); the colour only repeats the word."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserFacingError
from ui.app_state import AppState
from ui.county import services
from ui.county.cycle_box import refill_cycles
from ui.county.statuses import BAD, GOOD, SAME, WARN
from ui.texts import error_text

Index = QModelIndex | QPersistentModelIndex
STATE_COLOURS = {"on_time": GOOD, "received": GOOD, "late": WARN, "missing": BAD, "pending": SAME}


class MatrixModel(QAbstractTableModel):
    """Rows are townships, columns forms; each cell (text, state) with the state's colour behind the text."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.columns: list[str] = []
        self.column_tips: list[str] = []
        self.townships: list[str] = []
        self.cells: list[list[tuple[str, str, str]]] = []  # (text, state, tooltip)

    def set_matrix(
        self,
        townships: list[str],
        columns: list[str],
        cells: list[list[tuple[str, str, str]]],
        column_tips: list[str] | None = None,
    ) -> None:
        self.beginResetModel()
        self.townships, self.columns, self.cells = townships, columns, cells
        self.column_tips = column_tips or columns
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self.townships)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        text, state, tip = self.cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip or text
        if role == Qt.ItemDataRole.BackgroundRole and state in STATE_COLOURS:
            return QBrush(QColor(STATE_COLOURS[state]))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole and section < len(self.columns):
                return self.columns[section]
            if role == Qt.ItemDataRole.ToolTipRole and section < len(self.column_tips):
                return self.column_tips[section]
        elif role == Qt.ItemDataRole.DisplayRole and section < len(self.townships):
            return self.townships[section]
        return None


class StatusTab(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.cycle = QComboBox()
        self.cycle.setMinimumContentsLength(12)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.legend = QLabel(
            self.tr(
                "按时：截止日期前收到　逾期：截止日期后收到　缺报：过了截止日期还没收到　未到期：还没到截止日期　已收到：没有截止日期的报表已收到"
            )
        )
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("color: #555;")
        self.model = MatrixModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(130)
        # Form titles are long: up to three lines in the heading, the whole title in its tooltip.
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setFixedHeight(header.fontMetrics().lineSpacing() * 3 + 10)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("周期：")))
        top.addWidget(self.cycle)
        top.addWidget(self.summary_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.legend)
        layout.addWidget(self.table, 1)
        self.cycle.activated.connect(lambda _i: self.show_cycle(self.cycle.currentData()))

    def refresh(self) -> None:
        """The cycles the county has (those with packages or forms due), the current one kept."""
        try:
            keys = services.status_cycles(self.state.office)
        except services.NotAvailable:
            self._not_available()
            return
        except UserFacingError as error:
            self.summary_label.setText(error_text(error))
            return
        refill_cycles(self.cycle, keys, self.state.office)
        self.show_cycle(self.cycle.currentData())

    def _not_available(self) -> None:
        self.model.set_matrix([], [], [])
        self.summary_label.setText(self.tr("齐全情况在此版本中尚不可用。"))

    def show_cycle(self, key: str | None) -> None:
        if key is None:
            self.model.set_matrix([], [], [])
            self.summary_label.setText(self.tr("还没有收到任何报送包，也没有到期的报表。"))
            return
        try:
            matrix = services.status(self.state.office, key)
        except services.NotAvailable:
            self._not_available()
            return
        except UserFacingError as error:
            self.summary_label.setText(error_text(error))
            return
        self.show_matrix(matrix)

    def show_matrix(self, matrix: Any) -> None:
        """Fill the table from the core's `StatusMatrix` (townships × form columns, cells in column order)."""
        forms = list(matrix.forms)
        townships = list(matrix.townships)
        self.model.set_matrix(
            [f"{t.name}（{t.code}）" for t in townships],
            [f.title for f in forms],
            [[self._cell_text(cell) for cell in t.cells] for t in townships],
            [self._column_tip(f) for f in forms],
        )
        totals = matrix.totals()
        self.summary_label.setText(
            self.tr("%1 个乡镇中 %2 个已报送。按时 %3 份，逾期 %4 份，缺报 %5 份，未到期 %6 份。")
            .replace("%1", str(totals.get("townships", 0)))
            .replace("%2", str(totals.get("reporting", 0)))
            .replace("%3", str(totals.get("on_time", 0)))
            .replace("%4", str(totals.get("late", 0)))
            .replace("%5", str(totals.get("missing", 0)))
            .replace("%6", str(totals.get("pending", 0)))
        )

    def _column_tip(self, form: Any) -> str:
        lines = [form.title, form.department]
        lines.append(
            self.tr("表号 %1").replace("%1", form.form_no)
            if form.form_no
            else self.tr("不在报表目录中（清单外）")
        )
        if form.due is not None:
            lines.append(self.tr("截止 %1").replace("%1", form.due.isoformat()))
        return "\n".join(lines)

    def _cell_text(self, cell: Any) -> tuple[str, str, str]:
        """(text, state, tooltip): the state in words, the rows, and when it came."""
        state = cell.state
        rows = self.tr("%1 行").replace("%1", f"{cell.rows:,}")
        words = {
            "on_time": self.tr("按时"),
            "late": self.tr("逾期"),
            "received": self.tr("已收到"),
            "pending": self.tr("未到期"),
            "missing": self.tr("缺报"),
        }
        word = words.get(state, state)
        if cell.submitted:
            tip = (
                self.tr("第 %1 版，%2 导入")
                .replace("%1", str(cell.version or ""))
                .replace("%2", cell.submitted[:16].replace("T", " "))
            )
            return f"{word} · {rows}", state, tip
        return word, state, ""
