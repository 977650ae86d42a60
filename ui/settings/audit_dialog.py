"""审计日志: the tamper-evident audit log's entries, filtered by action and text, exported as CSV.

The chain is verified when the dialog opens: a broken chain is said in red above the list, naming the first
entry that no longer holds.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.audit.actions import ACTION_LABELS
from ui.app_state import AppState
from ui.texts import error_text

SaveChooser = Callable[[QWidget], str]
SHOWN = 2000  # the newest entries listed; the export writes every entry the filter keeps


def choose_csv(parent: QWidget) -> str:
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("AuditDialog", "导出审计日志"),
        "audit.csv",
        QCoreApplication.translate("AuditDialog", "CSV 文件 (*.csv)"),
    )
    return path


def action_label(action: str) -> str:
    label = ACTION_LABELS.get(action)
    return QCoreApplication.translate("audit", label) if label else action


class AuditDialog(QDialog):
    def __init__(
        self, state: AppState, parent: QWidget | None = None, save_chooser: SaveChooser = choose_csv
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.save_chooser = save_chooser
        self.setWindowTitle(self.tr("审计日志"))
        self.chain_label = QLabel()
        self.chain_label.setWordWrap(True)
        self.action = QComboBox()
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("按操作人或详情筛选"))
        self.text.setClearButtonEnabled(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("时间"), self.tr("操作人"), self.tr("操作"), self.tr("详情")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.count_label = QLabel()
        self.export_button = QPushButton(self.tr("导出 CSV…"))
        self.export_button.clicked.connect(self.export)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("操作：")))
        filters.addWidget(self.action)
        filters.addWidget(self.text, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.chain_label)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.resize(860, 520)

        self.action.addItem(self.tr("全部"), None)
        for action in state.office.audit.actions():
            self.action.addItem(action_label(action), action)
        self.action.currentIndexChanged.connect(self.refresh)
        self.text.textChanged.connect(self.refresh)
        self.show_chain()
        self.refresh()

    def show_chain(self) -> None:
        broken = self.state.office.audit.verify()
        if broken is None:
            self.chain_label.setText(self.tr("审计日志完整：每条记录都与前一条相连，未发现改动。"))
            self.chain_label.setStyleSheet("color: #2e7d32;")
        else:
            self.chain_label.setText(
                self.tr("审计日志有问题：第 %1 条记录（%2 %3）被改动，或它之前的记录被删除或插入。")
                .replace("%1", str(broken.entry_id))
                .replace("%2", broken.at)
                .replace("%3", action_label(broken.action))
            )
            self.chain_label.setStyleSheet("color: #b00020; font-weight: bold;")

    def entries(self, limit: int | None = None):
        text = self.text.text().strip() or None
        return self.state.office.audit.list(action=self.action.currentData(), text=text, limit=limit)

    def refresh(self) -> None:
        rows = list(reversed(self.entries(SHOWN)))  # newest first
        self.table.setRowCount(len(rows))
        for n, entry in enumerate(rows):
            cells = [entry.at.replace("T", " "), entry.who, action_label(entry.action), entry.detail]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(entry.hash if col == 0 else text)
                self.table.setItem(n, col, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        shown = self.tr("最近 %1 条") if len(rows) == SHOWN else self.tr("共 %1 条")
        self.count_label.setText(shown.replace("%1", str(len(rows))))

    def export(self) -> Path | None:
        """The entries shown (the filter applies) written as CSV to a chosen file."""
        chosen = self.save_chooser(self)
        if not chosen:
            return None
        out = Path(chosen)
        try:
            count = self.state.office.audit.export_csv(out, self.entries())
        except OSError as exc:
            self.count_label.setText(self.tr("无法导出：%1").replace("%1", error_text(exc)))
            return None
        self.count_label.setText(
            self.tr("已导出 %1 条记录到 %2").replace("%1", str(count)).replace("%2", str(out))
        )
        return out
