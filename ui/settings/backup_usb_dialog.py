"""备份到U盘: a fresh backup of the whole office, encrypted with a passphrase, written verified to a drive.

The drive list, its refresh and "选择其他文件夹…" are the USB copy dialog's (ui/cycles/usb_copy_dialog.py); this
dialog adds the passphrase (typed twice) and replaces what 写入 does: on the worker thread it backs up,
encrypts (AES-256-GCM, key from the passphrase by scrypt) and copies with the read-back check
(desktop.backup.service.BackupService.export_encrypted). A failure or a cancel leaves no complete-looking file.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from desktop.backup.service import MIN_PASSPHRASE, CopyResult
from desktop.errors import QT_TRANSLATE_NOOP, UserFacingError
from desktop.tasks import run_with_office
from ui.app_state import AppState
from ui.cycles.package_files import short_hash
from ui.cycles.usb_copy_dialog import FolderChooser, UsbCopyDialog, choose_folder
from ui.texts import error_text
from ui.widgets.usb_drives import VolumeLister, removable_drives

PHASES = {
    "backup": QT_TRANSLATE_NOOP("BackupUsbDialog", "正在备份…"),
    "encrypt": QT_TRANSLATE_NOOP("BackupUsbDialog", "正在加密…"),
    "copy": QT_TRANSLATE_NOOP("BackupUsbDialog", "正在写入并读回校验…"),
}


class BackupUsbDialog(UsbCopyDialog):
    def __init__(
        self,
        state: AppState,
        parent: QWidget | None = None,
        drives: VolumeLister = removable_drives,
        folder_chooser: FolderChooser = choose_folder,
    ) -> None:
        self.state = state
        super().__init__(state.office.path, parent, drives, None, folder_chooser)
        self.setWindowTitle(self.tr("备份到U盘"))
        heading = self.layout().itemAt(0).widget()
        if isinstance(heading, QLabel):
            heading.setText(self.tr("把本单位的全部数据备份一份，用密码加密后写入 U 盘。"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("至少 %1 个字符").replace("%1", str(MIN_PASSPHRASE)))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        hint = QLabel(
            self.tr(
                "还原时要输入这个密码。忘记密码，备份就无法打开：请把密码记在安全的地方，不要和 U 盘放在一起。"
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #8a4b00;")
        form = QFormLayout()
        form.addRow(self.tr("密码："), self.passphrase)
        form.addRow(self.tr("再输一次："), self.repeat)
        form.addRow(hint)
        self.layout().insertLayout(self.layout().indexOf(self.status_label), form)
        self.setMinimumWidth(600)

    def write(self) -> CopyResult | None:  # type: ignore[override] - same button, another job
        folder = self.selected_folder()
        if folder is None or self.writing:
            return None
        passphrase = self.passphrase.text()
        if passphrase != self.repeat.text():
            self._show_status(self.tr("两次输入的密码不一样，请重新输入。"), error=True)
            return None
        if len(passphrase) < MIN_PASSPHRASE:
            self._show_status(
                self.tr("密码至少要 %1 个字符。").replace("%1", str(MIN_PASSPHRASE)), error=True
            )
            return None
        office = self.state.office
        phases = {key: self.tr(text) for key, text in PHASES.items()}  # translated here, on the main thread

        def work(worker, progress, is_cancelled):
            def tell(done: int, total: int, phase: str) -> None:  # kilobytes: the signal carries 32-bit ints
                progress(done // 1024, max(total // 1024, 1), phases.get(phase, ""))

            return worker.backups.export_encrypted(folder, passphrase, tell, is_cancelled)

        task, dialog, accepted = self.run_write(
            lambda: run_with_office(office.path, work, clock=office.clock),
            self.tr("正在把加密备份写入 %1，请不要拔出 U 盘…").replace("%1", folder),
            self.tr("备份到U盘"),
        )
        if not accepted:
            if dialog.was_cancelled:
                self._show_status(self.tr("已取消，U 盘上没有留下不完整的文件。"), error=False)
            else:
                error = task.error
                self._show_status(
                    error_text(error) if isinstance(error, UserFacingError) else str(error), error=True
                )
            return None
        result: CopyResult = task.result
        self.result_copy = result
        self.passphrase.clear()
        self.repeat.clear()
        self._show_status(
            self.tr("已写入加密备份：%1\n读回校验一致（指纹 %2），可以安全弹出 U 盘。")
            .replace("%1", str(result.path))
            .replace("%2", short_hash(result.sha256)),
            error=False,
        )
        self.open_button.setVisible(True)
        return result
