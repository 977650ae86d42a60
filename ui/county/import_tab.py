"""导入报送包 (county): the packages on the chosen drive with what an import would do, the import itself
(on the worker thread, behind a progress dialog with 取消) and a table of what came of each package.

The drive is read on the worker thread too: a slow stick with forty packages must not freeze the window.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserFacingError
from desktop.tasks import Task, run_with_office
from ui.app_state import AppState
from ui.county import services
from ui.county.delivery import LatestRead
from ui.county.package_rows import (
    PACKAGE_WIDTHS,
    field,
    office_text,
    package_detail,
    package_headers,
    package_rows,
)
from ui.county.statuses import IMPORTABLE, UNTRUSTED
from ui.county.trust_dialog import confirm_fingerprint
from ui.texts import error_text
from ui.widgets.progress_dialog import TaskProgressDialog
from ui.widgets.rows_model import RowsModel, fit_columns, rows_table


class CountyImportTab(QWidget):
    """`show_place(folder)` reads the packages there; 导入选中的 / 全部导入 import them."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.place: str | None = None
        self.found: list = []
        self.results: list = []
        self.reads = LatestRead(self, state.office.path, state.office.clock)
        self.last_task: Task | None = None  # the last import (tests)

        self.place_label = QLabel()
        self.place_label.setWordWrap(True)
        self.found_model = RowsModel(package_headers(), self)
        self.found_table = rows_table(self.found_model, PACKAGE_WIDTHS)
        self.found_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.import_selected_button = QPushButton(self.tr("导入选中的"))
        self.import_all_button = QPushButton(self.tr("全部导入"))
        self.import_all_button.setStyleSheet("font-weight: bold;")
        self.rescan_button = QPushButton(self.tr("重新读取"))
        self.trust_button = QPushButton(self.tr("核对密钥并信任…"))
        found_box = QGroupBox(self.tr("找到的报送包（导入前）"))
        found_buttons = QHBoxLayout()
        found_buttons.addWidget(self.place_label, 1)
        found_buttons.addWidget(self.rescan_button)
        found_buttons.addWidget(self.trust_button)
        found_buttons.addWidget(self.import_selected_button)
        found_buttons.addWidget(self.import_all_button)
        self.found_detail = _detail_label()
        found_layout = QVBoxLayout(found_box)
        found_layout.addWidget(self.found_table, 1)
        found_layout.addWidget(self.found_detail)
        found_layout.addLayout(found_buttons)

        self.result_model = RowsModel(package_headers(), self)
        self.result_table = rows_table(self.result_model, PACKAGE_WIDTHS)
        self.result_label = QLabel(self.tr("还没有导入。"))
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        result_box = QGroupBox(self.tr("导入结果"))
        result_layout = QVBoxLayout(result_box)
        result_layout.addWidget(self.result_label)
        result_layout.addWidget(self.result_table, 1)
        self.result_detail = _detail_label()
        result_layout.addWidget(self.result_detail)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(found_box, 3)
        layout.addWidget(result_box, 2)

        self.rescan_button.clicked.connect(lambda: self.show_place(self.place))
        self.import_selected_button.clicked.connect(lambda: self.import_packages(self.selected_paths()))
        self.import_all_button.clicked.connect(lambda: self.import_packages(self.importable_paths()))
        self.trust_button.clicked.connect(lambda: self.trust_selected())
        self.found_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.result_table.selectionModel().selectionChanged.connect(
            lambda: _show_detail(self.result_table, self.results, self.result_detail)
        )
        self._update_buttons()

    # --- what is on the drive ------------------------------------------------------------
    def show_place(self, place: str | None) -> None:
        """Read the packages under `place` (a drive or folder) in the background; None clears the list."""
        self.place = place
        self.found = []
        self.found_model.set_rows([])
        self.reads.drop()
        if place is None:
            self.place_label.setText(self.tr("请先在左边选中 U 盘或文件夹。"))
        else:
            self.place_label.setText(self.tr("正在读取 %1 上的报送包…").replace("%1", place))
            folder = Path(place)
            self.reads.start(
                lambda office: services.scan(office, [folder]), self._show_found, self._scan_failed
            )
        self._update_buttons()

    def _show_found(self, found: Sequence) -> None:
        self.found = list(found)
        rows, keys, colours = package_rows(self.found)
        self.found_model.set_rows(rows, keys, colours)
        fit_columns(self.found_table, PACKAGE_WIDTHS, None)
        ready = len(self.importable_paths())
        if not self.found:
            text = self.tr("%1 上没有找到报送包（.yibiao 文件）。").replace("%1", self.place or "")
        else:
            text = (
                self.tr("共 %1 个报送包，其中 %2 个可以导入。")
                .replace("%1", str(len(self.found)))
                .replace("%2", str(ready))
            )
        self.place_label.setText(text)
        self._update_buttons()

    def _scan_failed(self, error: object) -> None:
        if isinstance(error, services.NotAvailable):
            self.place_label.setText(self.tr("读取报送包的功能在此版本中尚不可用。"))
        else:
            self.place_label.setText(self.tr("无法读取报送包：%1").replace("%1", error_text(error)))
        self._update_buttons()

    def selected_paths(self) -> list[str]:
        rows = sorted({index.row() for index in self.found_table.selectionModel().selectedRows()})
        return [self.found_model.key_at(row) for row in rows]

    def importable_paths(self) -> list[str]:
        return [str(field(r, "path")) for r in self.found if field(r, "status") in IMPORTABLE]

    def selected_untrusted(self) -> object | None:
        """The one selected package whose signing key waits for the clerk's confirmation."""
        paths = self.selected_paths()
        found = [r for r in self.found if str(field(r, "path")) in paths]
        if len(found) == 1 and field(found[0], "status") == UNTRUSTED and field(found[0], "fingerprint"):
            return found[0]
        return None

    def trust_selected(self) -> bool:
        """Compare the selected package's key with the township's report cover; trusted, the drive is read
        again and the package can be imported."""
        package = self.selected_untrusted()
        if package is None:
            return False
        fingerprint = field(package, "fingerprint")
        if not confirm_fingerprint(self, office_text(package), fingerprint):
            self.result_label.setText(self.tr("没有信任 %1 的密钥。").replace("%1", office_text(package)))
            return False
        try:
            services.trust(self.state.office, fingerprint, [Path(self.place)] if self.place else [])
        except services.NotAvailable:
            self.result_label.setText(self.tr("乡镇名单和密钥核对在此版本中尚不可用。"))
            return False
        except UserFacingError as error:
            QMessageBox.warning(self, self.tr("无法信任"), error_text(error))
            return False
        self.result_label.setText(
            self.tr("已信任 %1 的密钥，它的报送包现在可以导入。").replace("%1", office_text(package))
        )
        self.state.notify()
        self.show_place(self.place)
        return True

    def _update_buttons(self) -> None:
        _show_detail(self.found_table, self.found, self.found_detail)
        self.trust_button.setEnabled(self.selected_untrusted() is not None)
        self.import_selected_button.setEnabled(bool(self.selected_paths()))
        self.import_all_button.setEnabled(bool(self.importable_paths()))
        self.rescan_button.setEnabled(self.place is not None)

    # --- the import ----------------------------------------------------------------------
    def import_packages(self, paths: Sequence[str]) -> list | None:
        """Import on the worker thread behind a cancellable progress dialog; the results fill the table."""
        if not paths:
            return None
        chosen = [Path(p) for p in paths]
        task = run_with_office(
            self.state.office.path,
            lambda office, progress, cancelled: services.import_paths(office, chosen, progress, cancelled),
            self.state.office.clock,
        )
        self.last_task = task
        text = self.tr("正在导入 %1 个报送包：核对签名、解密、核对每个文件，再写入数据库…").replace(
            "%1", str(len(chosen))
        )
        dialog = TaskProgressDialog(task, text, self, True, self.tr("导入报送包"))
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if accepted:
            self.show_results(task.result)
        elif dialog.was_cancelled:
            self.result_label.setText(
                self.tr("已取消导入。取消前已导入完的报送包保留，其余的没有导入；可以再点一次导入。")
            )
        else:
            error = task.error
            text = (
                self.tr("导入报送包的功能在此版本中尚不可用。")
                if isinstance(error, services.NotAvailable)
                else error_text(error)
            )
            self.result_label.setText(text)
            QMessageBox.warning(self, self.tr("没有导入"), text)
        self.state.notify()  # the townships, the status matrix: each package is its own transaction
        self.show_place(self.place)
        return task.result if accepted else None

    def show_results(self, results: Sequence) -> None:
        self.results = list(results)
        rows, keys, colours = package_rows(self.results)
        self.result_model.set_rows(rows, keys, colours)
        fit_columns(self.result_table, PACKAGE_WIDTHS, None)
        _show_detail(self.result_table, self.results, self.result_detail)
        counts: dict[str, int] = {}
        for result in self.results:
            status = field(result, "status")
            counts[status] = counts.get(status, 0) + 1
        self.result_label.setText(
            self.tr("导入 %1 个，以前已导入 %2 个，旧版本 %3 个，拒收 %4 个。")
            .replace("%1", str(counts.get("imported", 0)))
            .replace("%2", str(counts.get("already-imported", 0)))
            .replace("%3", str(counts.get("superseded-older", 0)))
            .replace("%4", str(counts.get("refused", 0)))
        )


def _detail_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet("color: #444;")
    return label


def _show_detail(table: QTableView, records: Sequence, label: QLabel) -> None:
    """The current row's package in full (file, office, the whole reason) under its table."""
    rows = table.selectionModel().selectedRows()
    record = records[rows[0].row()] if len(rows) == 1 and rows[0].row() < len(records) else None
    label.setText(package_detail(record) if record is not None else "")
    label.setVisible(record is not None)
