"""写入 U 盘: pick a drive (or any folder), copy the package verified, say plainly how it went.

The copy runs on the worker thread (desktop.tasks) behind a progress dialog with 取消; it is the atomic,
read-back-checked copy of exports/atomic_copy, so a failure or a cancel never leaves a file on the drive
that looks complete.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.packages.drives import CopyError, CopyResult, FileOps, Volume, copy_to_drive
from desktop.tasks import Task, run_task
from ui.cycles.package_files import human_size, open_folder, short_hash
from ui.texts import error_text
from ui.widgets.progress_dialog import TaskProgressDialog
from ui.widgets.usb_drives import VolumeLister, drive_text, removable_drives

REFRESH_MS = 3000  # a stick plugged in while the dialog is open shows up by itself
FolderChooser = Callable[[QWidget], str]


def choose_folder(parent: QWidget) -> str:
    return QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("UsbCopyDialog", "选择要写入的文件夹")
    )


class UsbCopyDialog(QDialog):
    """Offers the detected USB drives plus any folder the clerk picks; 写入 copies `package` there."""

    def __init__(
        self,
        package: Path | str,
        parent: QWidget | None = None,
        drives: VolumeLister = removable_drives,
        ops: FileOps | None = None,
        folder_chooser: FolderChooser = choose_folder,
    ) -> None:
        super().__init__(parent)
        self.package = Path(package)
        self.drives = drives  # tests pass their own list
        self.ops = ops
        self.folder_chooser = folder_chooser
        self.extra_folders: list[str] = []
        self.result_copy: CopyResult | None = None
        self.setWindowTitle(self.tr("写入 U 盘"))
        self.setMinimumWidth(560)

        size = self.package.stat().st_size if self.package.is_file() else 0
        heading = QLabel(
            self.tr("要写入的报送包：%1（%2）")
            .replace("%1", self.package.name)
            .replace("%2", human_size(size))
        )
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: bold;")
        self.drive_list = QListWidget()
        self.drive_list.setMinimumHeight(140)
        self.empty_label = QLabel(
            self.tr("没有找到 U 盘。请插入 U 盘，稍等几秒；也可以点“选择其他文件夹…”。")
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #8a4b00;")
        self.refresh_button = QPushButton(self.tr("刷新"))
        self.folder_button = QPushButton(self.tr("选择其他文件夹…"))
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.write_button = QPushButton(self.tr("写入"))
        self.write_button.setDefault(True)
        self.open_button = QPushButton(self.tr("打开 U 盘"))
        self.open_button.setVisible(False)
        self.close_button = QPushButton(self.tr("关闭"))

        tools = QHBoxLayout()
        tools.addWidget(self.refresh_button)
        tools.addWidget(self.folder_button)
        tools.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.write_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(QLabel(self.tr("选中要写入的 U 盘（或文件夹），再点“写入”：")))
        layout.addWidget(self.drive_list, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(tools)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)

        self.refresh_button.clicked.connect(self.refresh)
        self.folder_button.clicked.connect(self.pick_folder)
        self.write_button.clicked.connect(self.write)
        self.open_button.clicked.connect(lambda: self.result_copy and open_folder(self.result_copy.path))
        self.close_button.clicked.connect(self.reject)
        self.drive_list.itemSelectionChanged.connect(self._update_buttons)
        self.drive_list.itemDoubleClicked.connect(lambda _item: self.write())
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.writing = False
        self.refresh()

    # --- the list ------------------------------------------------------------------------
    def refresh(self) -> None:
        """List the drives again, keeping the selection; a single drive is selected for the clerk."""
        if self.writing:
            return
        chosen = self.selected_folder()
        try:
            drives: list[Volume] = self.drives()
        except Exception:  # a hung network mount must not break the dialog; the folder button remains
            drives = []
        self.drive_list.blockSignals(True)
        self.drive_list.clear()
        self.drive_roots = {volume.root for volume in drives}
        for volume in drives:
            self._add_entry(drive_text(volume), volume.root)
        for folder in self.extra_folders:
            self._add_entry(self.tr("文件夹：%1").replace("%1", folder), folder)
        roots = [
            self.drive_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.drive_list.count())
        ]
        if chosen in roots:
            self.drive_list.setCurrentRow(roots.index(chosen))
        elif len(roots) == 1:
            self.drive_list.setCurrentRow(0)
        self.drive_list.blockSignals(False)
        # "no drive found" only while there is nothing to write to: a chosen folder is a target too.
        self.empty_label.setVisible(not drives and not self.extra_folders)
        self._update_buttons()

    def _add_entry(self, text: str, folder: str) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, folder)
        item.setToolTip(folder)
        self.drive_list.addItem(item)

    def drive_texts(self) -> list[str]:
        return [self.drive_list.item(i).text() for i in range(self.drive_list.count())]

    def selected_folder(self) -> str | None:
        item = self.drive_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None and item.isSelected() else None

    def select_folder(self, folder: str) -> None:
        for row in range(self.drive_list.count()):
            if self.drive_list.item(row).data(Qt.ItemDataRole.UserRole) == folder:
                self.drive_list.setCurrentRow(row)
                return

    def pick_folder(self) -> None:
        folder = self.folder_chooser(self)
        if not folder:
            return
        if folder not in self.extra_folders:
            self.extra_folders.append(folder)
        self.refresh()
        self.select_folder(folder)

    def _update_buttons(self) -> None:
        self.write_button.setEnabled(self.selected_folder() is not None and not self.writing)

    # --- the copy ------------------------------------------------------------------------
    def write(self) -> CopyResult | None:
        """Copy in the background; afterwards a message says it is safe to unplug, or what went wrong."""
        folder = self.selected_folder()
        if folder is None or self.writing:
            return None
        package, ops = self.package, self.ops
        writing_text, checking_text = self.tr("正在写入…"), self.tr("正在读回校验…")

        def work(progress, is_cancelled):
            def bytes_done(done: int, total: int) -> None:  # kilobytes: the signal carries 32-bit ints
                phase = writing_text if done <= total * 2 // 3 else checking_text
                progress(done // 1024, max(total // 1024, 1), phase)

            return copy_to_drive(package, folder, progress=bytes_done, is_cancelled=is_cancelled, ops=ops)

        on_drive = folder in self.drive_roots
        writing = (
            self.tr("正在把 %1 写入 %2，请不要拔出 U 盘…") if on_drive else self.tr("正在把 %1 写入 %2…")
        )
        task, dialog, accepted = self.run_write(
            lambda: run_task(work),
            writing.replace("%1", package.name).replace("%2", folder),
            self.tr("写入 U 盘") if on_drive else self.tr("写入文件夹"),
        )
        if not accepted:
            if dialog.was_cancelled:
                self._show_status(self.tr("已取消写入，U 盘上没有留下不完整的文件。"), error=False)
            else:
                error = task.error
                text = error_text(error) if isinstance(error, CopyError) else str(error)
                self._show_status(text, error=True)
                QMessageBox.warning(self, self.tr("没有写入 U 盘"), text)
            return None
        result: CopyResult = task.result
        self.result_copy = result
        done = (
            self.tr("已写入 U 盘：%1\n读回校验一致（%2），可以安全弹出 U 盘。")
            if on_drive
            else self.tr("已写入文件夹：%1\n读回校验一致（%2）。")
        )
        fingerprint = getattr(result, "fingerprint", "")  # the package's, as on its PDF cover
        check = (
            self.tr("数据包指纹 %1").replace("%1", fingerprint)
            if fingerprint
            else self.tr("文件 SHA-256 前 12 位 %1").replace("%1", short_hash(result.sha256))
        )
        text = done.replace("%1", str(result.path)).replace("%2", check)
        self._show_status(text, error=False)
        self.open_button.setVisible(True)
        QMessageBox.information(self, self.tr("写入完成"), text)
        return result

    def run_write(
        self, start: Callable[[], Task], text: str, title: str
    ) -> tuple[Task, TaskProgressDialog, bool]:
        """Start the write task behind a cancellable progress dialog, the buttons disabled meanwhile;
        returns the task, the dialog and whether the task succeeded."""
        self.writing = True
        self._update_buttons()
        self.status_label.clear()
        try:
            task = start()
            dialog = TaskProgressDialog(task, text, self, True, title)
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            self.writing = False
            self._update_buttons()
        return task, dialog, accepted

    def _show_status(self, text: str, error: bool) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet("color: #9b1c1c;" if error else "color: #1e6b2f;")
