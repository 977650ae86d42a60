"""What a clerk does with a registered form: type the missing facts once, fill the template from the ledger."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from desktop.errors import UserFacingError
from desktop.tasks import run_with_office
from ui.app_state import AppState
from ui.forms.fill_grid import FillGridDialog
from ui.texts import error_text
from ui.widgets.progress_dialog import TaskProgressDialog

FILLED_SUFFIX = "（已填）"


def safe_file_name(title: str) -> str:
    """A title as a file name that Windows accepts."""
    cleaned = "".join("_" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in title).strip(" .")
    return (cleaned or "报表")[:80]


class FormActions(QObject):
    def __init__(self, state: AppState, parent: QWidget) -> None:
        super().__init__(parent)
        self.state = state
        self.widget = parent

    def open_fill_grid(self, item_id: int) -> None:
        dialog = FillGridDialog(self.state, [item_id], parent=self.widget)
        dialog.exec()
        self.state.notify()

    def fill_from_ledger(self, item_id: int, out_path: Path | None = None) -> Path | None:
        """Ask where to save, fill off the UI thread behind a progress dialog, then offer the folder."""
        office = self.state.office
        item = office.registry.get(item_id)
        if out_path is None:
            folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            suggested = str(Path(folder) / f"{safe_file_name(item.title)}{FILLED_SUFFIX}.xlsx")
            chosen, _ = QFileDialog.getSaveFileName(
                self.widget, self.tr("保存填好的报表"), suggested, self.tr("Excel 工作簿 (*.xlsx)")
            )
            if not chosen:
                return None
            out_path = Path(chosen)

        def work(worker, progress, is_cancelled):
            return worker.filler.fill_out(item_id, out_path, progress=progress, is_cancelled=is_cancelled)

        task = run_with_office(office.path, work, clock=office.clock)
        dialog = TaskProgressDialog(
            task,
            self.tr("正在按台账填写“%1”…").replace("%1", item.title),
            self.widget,
            True,
            self.tr("按台账填表"),
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            if task.state == "failed" and not dialog.was_cancelled:
                error = task.error
                text = error_text(error) if isinstance(error, UserFacingError) else str(error)
                QMessageBox.warning(self.widget, self.tr("无法填表"), text)
            return None
        result = task.result
        answer = QMessageBox.information(
            self.widget,
            self.tr("已填好"),
            self.tr("已按台账填写 %1 行，保存为：\n%2\n\n要打开所在文件夹吗？")
            .replace("%1", str(result.rows_written))
            .replace("%2", str(result.path)),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
        )
        if answer == QMessageBox.StandardButton.Open:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(result.path).parent)))
        return Path(result.path)
