"""下发配置 (county): write the county's configuration package (townships, departments, catalog, the form
whitelist with templates, reviewed synonyms, the county's public keys) to the chosen drive, signed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from desktop.tasks import run_with_office
from ui.app_state import AppState
from ui.county import services
from ui.county.package_rows import field
from ui.texts import error_text
from ui.widgets.progress_dialog import TaskProgressDialog


class ConfigTab(QWidget):
    """`place()` names the drive or folder chosen on the page's left; `is_drive(place)` says which it is."""

    def __init__(
        self,
        state: AppState,
        place: Callable[[], str | None],
        is_drive: Callable[[str], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.place = place
        self.is_drive = is_drive
        self.written: Path | None = None
        about = QLabel(
            self.tr(
                "配置包把县里的乡镇名单、部门、指标库、报表目录（准入清单，含模板和截止规则）、审核过的同义词"
                "和县里的公钥带给各乡镇。乡镇在“同步”页导入后，目录内的报表自动登记到对应周期。"
            )
        )
        about.setWordWrap(True)
        self.export_button = QPushButton(self.tr("生成配置包并写入选中的 U 盘"))
        self.export_button.setStyleSheet("font-weight: bold;")
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(about)
        layout.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        self.export_button.clicked.connect(lambda: self.export())

    def export(self) -> Path | None:
        place = self.place()
        if place is None:
            self._say(self.tr("请先在左边选中 U 盘或文件夹。"), error=True)
            return None
        folder = Path(place)
        task = run_with_office(
            self.state.office.path,
            lambda office, _p, _c: services.export_config(office, folder),
            self.state.office.clock,
        )
        dialog = TaskProgressDialog(
            task,
            self.tr("正在生成配置包并写入 %1…").replace("%1", place),
            self,
            cancellable=False,
            title=self.tr("下发配置"),
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            error = task.error
            text = (
                self.tr("配置包导出在此版本中尚不可用。")
                if isinstance(error, services.NotAvailable)
                else error_text(error)
            )
            self._say(text, error=True)
            QMessageBox.warning(self, self.tr("没有写出配置包"), text)
            return None
        result = task.result
        path = Path(field(result, "path", result))
        self.written = path
        done = (
            self.tr("已写入 U 盘：%1\n可以安全弹出 U 盘，交给各乡镇导入。")
            if self.is_drive(place)
            else self.tr("已写入文件夹：%1")
        )
        self._say(done.replace("%1", str(path)), error=False)
        return path

    def _say(self, text: str, error: bool) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet("color: #9b1c1c;" if error else "color: #1e6b2f;")
