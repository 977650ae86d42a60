"""The 同步 page of a township (乡镇): what is on the chosen drive, the county's configuration package
imported from it, and the keys — this office's own fingerprint (the one its report cover prints) and the
county's, once a configuration package brought it.

The township's own packages are built and written to a drive on the 报送周期 page.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.tasks import run_with_office
from ui.app_state import AppState
from ui.county import services
from ui.county.delivery import LatestRead
from ui.county.package_rows import field, reason_text
from ui.county.statuses import BAD, GOOD, SAME
from ui.texts import error_text
from ui.widgets.progress_dialog import TaskProgressDialog
from ui.widgets.rows_model import RowsModel, fit_columns, rows_table

WIDTHS = (70, 180, 90, 310, 0)
CONFIG = "config"


class TownshipPanel(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.place: str | None = None
        self.found: list = []
        self.reads = LatestRead(self, state.office.path, state.office.clock)
        self.result: Any = None

        self.place_label = QLabel()
        self.place_label.setWordWrap(True)
        self.model = RowsModel(
            [
                self.tr("类型"),
                self.tr("发出单位"),
                self.tr("周期或版本"),
                self.tr("签名密钥指纹"),
                self.tr("说明"),
            ],
            self,
        )
        self.table = rows_table(self.model, WIDTHS)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.import_button = QPushButton(self.tr("导入选中的配置包"))
        self.import_button.setStyleSheet("font-weight: bold;")
        self.rescan_button = QPushButton(self.tr("重新读取"))
        found_box = QGroupBox(self.tr("U 盘上的数据包"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.place_label, 1)
        buttons.addWidget(self.rescan_button)
        buttons.addWidget(self.import_button)
        self.detail_label = QLabel()
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_label.setStyleSheet("color: #444;")
        found_layout = QVBoxLayout(found_box)
        found_layout.addWidget(self.table, 1)
        found_layout.addWidget(self.detail_label)
        found_layout.addLayout(buttons)

        self.result_label = QLabel(
            self.tr(
                "县里的配置包（.yibiao）带来报表目录、截止日期、指标库和县里的公钥。插入县里给的 U 盘，选中配置包后导入。"
            )
        )
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        result_box = QGroupBox(self.tr("导入配置包"))
        result_layout = QVBoxLayout(result_box)
        result_layout.addWidget(self.result_label)

        self.package_label = QLabel()
        self.package_label.setWordWrap(True)
        self.usb_button = QPushButton(self.tr("写入 U 盘…"))
        own_box = QGroupBox(self.tr("本乡镇的报送包"))
        own_layout = QHBoxLayout(own_box)
        own_layout.addWidget(self.package_label, 1)
        own_layout.addWidget(self.usb_button, 0, Qt.AlignmentFlag.AlignTop)
        self.latest: Path | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(found_box, 1)
        layout.addWidget(result_box)
        layout.addWidget(own_box)
        self.usb_button.clicked.connect(lambda: self.write_latest())
        self.rescan_button.clicked.connect(lambda: self.show_place(self.place))
        self.import_button.clicked.connect(lambda: self.import_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.import_selected())
        self._update_buttons()

    def refresh(self) -> None:
        """The newest package this township built (the drive's packages are read when a drive is chosen)."""
        records = [r for r in self.state.office.packages.history() if Path(r.path).is_file()]
        record = records[0] if records else None
        self.latest = Path(record.path) if record is not None else None
        if record is None:
            self.package_label.setText(
                self.tr("还没有生成报送包。报送包在“报送周期”页生成；生成后可以在这里或那里写入 U 盘。")
            )
        else:
            self.package_label.setText(
                self.tr("最新：%1 第 %2 版（%3 生成，%4 张报表，%5 行）")
                .replace("%1", record.cycle)
                .replace("%2", str(record.version))
                .replace("%3", record.built_at[:10])
                .replace("%4", str(record.forms))
                .replace("%5", f"{record.rows:,}")
            )
        self.usb_button.setEnabled(record is not None)

    def write_latest(self) -> None:
        """写入 U 盘… for the newest package: the same verified copy as on the 报送周期 page (and 已报送)."""
        from ui.cycles.package_actions import PackageActions  # the copy dialog loads when first used

        if self.latest is not None:
            PackageActions(self, self.state).write_to_usb(self.latest)
            self.show_place(self.place)

    # --- the drive -----------------------------------------------------------------------
    def show_place(self, place: str | None) -> None:
        """Read the packages under `place` (a drive or folder) in the background; None clears the list."""
        self.place = place
        self.found = []
        self.model.set_rows([])
        self.reads.drop()
        if place is None:
            self.place_label.setText(self.tr("请先在左边选中 U 盘或文件夹。"))
        else:
            self.place_label.setText(self.tr("正在读取 %1 上的数据包…").replace("%1", place))
            folder = Path(place)
            self.reads.start(
                lambda office: services.find_packages(office, [folder]), self._show_found, self._scan_failed
            )
        self._update_buttons()

    def _show_found(self, found: Sequence) -> None:
        self.found = list(found)
        rows, colours = [], []
        for summary in self.found:
            rows.append(self._row(summary))
            problem = field(summary, "problem", None)
            colours.append(BAD if problem else (GOOD if field(summary, "kind") == CONFIG else SAME))
        self.model.set_rows(rows, [str(field(s, "path")) for s in self.found], colours)
        fit_columns(self.table, WIDTHS, None)
        configs = sum(1 for s in self.found if self._importable(s))
        if not self.found:
            self.place_label.setText(
                self.tr("%1 上没有找到数据包（.yibiao 文件）。").replace("%1", self.place or "")
            )
        else:
            self.place_label.setText(
                self.tr("共 %1 个数据包，其中配置包 %2 个。")
                .replace("%1", str(len(self.found)))
                .replace("%2", str(configs))
            )
        if configs == 1:  # the usual case: the county's one configuration package, chosen for the clerk
            self.table.selectRow(next(i for i, s in enumerate(self.found) if self._importable(s)))
        self._update_buttons()

    def _row(self, summary: Any) -> list[str]:
        """类型, 发出单位, 周期或版本, 签名密钥指纹, 说明 (the file and the whole note: under the table)."""
        path = Path(str(field(summary, "path", "")))
        problem = field(summary, "problem", None)
        if problem:
            return [self.tr("无法读取"), path.name, "", "", reason_text(problem)]
        version = str(field(summary, "version", ""))
        if field(summary, "kind") == CONFIG:
            kind_text, when = self.tr("配置包"), self.tr("第 %1 版").replace("%1", version)
        else:
            kind_text, when = self.tr("报送包"), f"{field(summary, 'cycle', '') or ''} v{version}"
        signer = field(summary, "signer", None)
        return [
            kind_text,
            field(summary, "office_name", "") or field(summary, "office_code", ""),
            when,
            field(signer, "fingerprint", "") if signer is not None else self.tr("无签名（旧格式）"),
            self.tr("已加密") if field(summary, "encrypted", False) else "",
        ]

    def _detail(self, summary: Any) -> str:
        lines = [self.tr("文件：%1").replace("%1", str(field(summary, "path", "")))]
        code = field(summary, "office_code", "")
        if code:
            lines[0] += "　" + f"{field(summary, 'office_name', '')}（{code}）"
        problem = field(summary, "problem", None)
        if problem:
            lines.append(reason_text(problem))
        return "\n".join(lines)

    def _scan_failed(self, error: object) -> None:
        if isinstance(error, services.NotAvailable):
            self.place_label.setText(self.tr("读取 U 盘上数据包的功能在此版本中尚不可用。"))
        else:
            self.place_label.setText(self.tr("无法读取：%1").replace("%1", error_text(error)))
        self._update_buttons()

    @staticmethod
    def _importable(summary: Any) -> bool:
        return field(summary, "kind") == CONFIG and not field(summary, "problem", None)

    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.found[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.detail_label.setText(self._detail(chosen) if chosen is not None else "")
        self.detail_label.setVisible(chosen is not None)
        self.import_button.setEnabled(chosen is not None and self._importable(chosen))
        self.rescan_button.setEnabled(self.place is not None)

    # --- the import ----------------------------------------------------------------------
    def import_selected(self) -> Any:
        """Import the chosen configuration package on the worker thread; the result is said plainly."""
        chosen = self.selected()
        if chosen is None or not self._importable(chosen):
            return None
        path = Path(str(field(chosen, "path")))
        task = run_with_office(
            self.state.office.path,
            lambda office, _p, _c: services.import_config(office, path),
            self.state.office.clock,
        )
        dialog = TaskProgressDialog(
            task,
            self.tr("正在导入配置包 %1：核对签名，更新指标库、部门和报表目录…").replace("%1", path.name),
            self,
            cancellable=False,
            title=self.tr("导入配置包"),
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            error = task.error
            text = (
                self.tr("导入配置包的功能在此版本中尚不可用。")
                if isinstance(error, services.NotAvailable)
                else error_text(error)
            )
            self._say(self.tr("没有导入：%1").replace("%1", text), error=True)
            QMessageBox.warning(self, self.tr("没有导入配置包"), text)
            return None
        self.result = task.result
        self._say(self.result_text(self.result), error=False)
        self.state.notify()  # the registry's new forms, the catalog, the county's key in the header
        return self.result

    def result_text(self, result: Any) -> str:
        """What the import did, in the clerk's words (`ConfigImport` of desktop/county/config.py)."""
        version, county = str(field(result, "version", "")), field(result, "county", "") or self.tr("县里")
        if field(result, "status", "imported") == "already-imported":
            return (
                self.tr("%1的第 %2 版配置包以前已导入，这次没有改动。")
                .replace("%1", county)
                .replace("%2", version)
            )
        registered = field(result, "registered", []) or []
        lines = [
            self.tr("已导入%1的第 %2 版配置包。").replace("%1", county).replace("%2", version),
            self.tr(
                "报表目录 %1 张表；新登记报表 %2 份（以前已登记 %3 份）；新增部门 %4 个；新同义词 %5 条。"
            )
            .replace("%1", str(field(result, "whitelist", 0)))
            .replace("%2", str(len(registered)))
            .replace("%3", str(field(result, "already_registered", 0)))
            .replace("%4", str(len(field(result, "departments_added", []) or [])))
            .replace("%5", str(field(result, "synonyms_added", 0))),
        ]
        fingerprint = field(result, "fingerprint", "")
        if field(result, "first_trust", False):
            lines.append(
                self.tr("第一次导入：已记下县里的密钥，指纹 %1。以后只接受同一把密钥签名的配置包。").replace(
                    "%1", fingerprint
                )
            )
        elif fingerprint:
            lines.append(self.tr("县里的密钥指纹 %1，与以前的一致。").replace("%1", fingerprint))
        titles = [str(r.get("title", "")) for r in registered[:5] if isinstance(r, dict)]
        if titles:
            more = len(registered) - len(titles)
            listed = "、".join(titles) + (
                self.tr(" 等 %1 份").replace("%1", str(len(registered))) if more else ""
            )
            lines.append(self.tr("新登记：%1（在“报表”页查看）").replace("%1", listed))
        return "\n".join(lines)

    def _say(self, text: str, error: bool) -> None:
        self.result_label.setText(text)
        self.result_label.setStyleSheet("color: #9b1c1c;" if error else "color: #1e6b2f;")
