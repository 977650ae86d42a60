"""What a clerk does with a built package, from the cycle page or the build dialog: preview its PDF,
write it to a USB drive, open its folder."""

from __future__ import annotations

import shutil
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.errors import UserFacingError
from desktop.packages.build import extract_report
from ui.app_state import AppState
from ui.cycles.package_files import open_folder
from ui.cycles.usb_copy_dialog import UsbCopyDialog
from ui.texts import error_text
from ui.widgets.pdf_preview import PdfPreviewDialog


class PackageActions(QObject):
    """`usb_dialog` and `preview_dialog` build the dialogs; tests swap them for ones with fake drives.
    With the office's `state`, a package copied to a drive is marked as submitted (已报送)."""

    def __init__(self, parent: QWidget, state: AppState | None = None) -> None:
        super().__init__(parent)
        self.widget = parent
        self.state = state
        self.usb_dialog: Callable[[Path, QWidget], UsbCopyDialog] = lambda path, parent: UsbCopyDialog(
            path, parent
        )
        self.preview_dialog: Callable[..., PdfPreviewDialog] = PdfPreviewDialog

    def _missing(self, path: Path) -> bool:
        if path.is_file():
            return False
        QMessageBox.warning(
            self.widget,
            self.tr("找不到报送包"),
            self.tr("找不到 %1，它可能已被移动或删除。请重新生成报送包。").replace("%1", str(path)),
        )
        return True

    def preview(self, package: Path | str) -> PdfPreviewDialog | None:
        """Show the package's report.pdf (a temporary copy, removed when the preview closes)."""
        path = Path(package)
        if self._missing(path):
            return None
        folder = Path(tempfile.mkdtemp(prefix="yibiao-preview-"))
        try:
            try:
                report = extract_report(path, folder)
            except (OSError, KeyError, zipfile.BadZipFile):
                QMessageBox.warning(
                    self.widget,
                    self.tr("无法预览"),
                    self.tr("报送包 %1 已损坏或里面没有 report.pdf。请重新生成报送包后再预览。").replace(
                        "%1", path.name
                    ),
                )
                return None
            dialog = self.preview_dialog(
                report,
                self.widget,
                title=self.tr("预览：%1").replace("%1", path.name),
                folder=path.parent,
            )
            dialog.exec()
            dialog.document.close()  # Windows cannot delete a file QtPdf still holds open
            return dialog
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def write_to_usb(self, package: Path | str) -> UsbCopyDialog | None:
        path = Path(package)
        if self._missing(path):
            return None
        if (refusal := self._unreviewed(path)) is not None:  # offices with accounts: signed-off versions only
            QMessageBox.warning(self.widget, self.tr("未经审核"), refusal)
            return None
        dialog = self.usb_dialog(path, self.widget)
        dialog.exec()
        if dialog.result_copy is not None and self.state is not None:
            self._mark_submitted(path)
        return dialog

    def _unreviewed(self, path: Path) -> str | None:
        """Why the package may not go out (its version has no reviewer's sign-off), or None."""
        if self.state is None:
            return None
        office = self.state.office
        for record in office.packages.history():
            if Path(record.path) == path:
                try:
                    office.users.gate(record.cycle, record.version, exporting=True)
                except UserFacingError as error:
                    return error_text(error)
        return None

    def _mark_submitted(self, path: Path) -> None:
        """The package went out: its cycle is 已报送 with this version (a copy kept elsewhere counts too)."""
        try:
            self.state.office.submissions.submit_package(path, how="drive")
        except UserFacingError as error:  # e.g. a package not in this office's history
            QMessageBox.warning(self.widget, self.tr("无法标记为已报送"), error_text(error))
            return
        self.state.notify()

    def open_folder(self, package: Path | str) -> None:
        path = Path(package)
        if path.exists() or path.parent.is_dir():
            open_folder(path)
        else:
            self._missing(path)
