"""Importing a filled return into the ledger: choose it, dry-run it in the background, read the report,
then commit (also in the background). Nothing is written until the clerk presses 导入台账."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from desktop.errors import UserFacingError
from desktop.intake.isolation import isolated_reads
from desktop.ledger.report import ImportReport
from desktop.tasks import run_with_office
from ui.app_state import AppState
from ui.ledger.import_report_dialog import ImportReportDialog
from ui.ledger.import_source_dialog import ImportSourceDialog
from ui.texts import error_text
from ui.widgets.progress_dialog import TaskProgressDialog


class LedgerImportFlow(QObject):
    def __init__(self, state: AppState, parent: QWidget) -> None:
        super().__init__(parent)
        self.state = state
        self.widget = parent
        self.last_department: str | None = None
        self.report_dialog: ImportReportDialog | None = None

    def run(self, path: Path | str | None = None, department: str | None = None) -> ImportReport | None:
        """The whole flow; returns the committed report, or None when nothing was written."""
        office = self.state.office
        if path is None or department is None:
            names = [d.name for d in office.departments.list()]
            chooser = ImportSourceDialog(names, path, department or self.last_department, self.widget)
            if chooser.exec() != QDialog.DialogCode.Accepted or chooser.path is None:
                return None
            path, department = chooser.path, chooser.department
        path = Path(path)
        self.last_department = department
        name = path.name

        # The return is read in a child process: a file that crashes the Excel reader cannot take the
        # window (and whatever is typed in it) down.
        def dry_run(worker, progress, is_cancelled) -> ImportReport:
            with isolated_reads():
                return worker.ledger.import_file(path, department, dry_run=True)

        report = self._in_background(dry_run, self.tr("正在读取并核对“%1”…").replace("%1", name), True)
        if report is None:
            return None
        self.report_dialog = ImportReportDialog(report, department, office.catalog.catalog(), self.widget)
        self.report_dialog.on_reveal = lambda: office.users.record_reveal("ledger-import-report")
        accepted = self.report_dialog.exec() == QDialog.DialogCode.Accepted
        not_same = self.report_dialog.not_same_rows()  # matches the clerk said are someone else
        self.report_dialog = None
        if not accepted:
            return None

        def commit(worker, progress, is_cancelled) -> ImportReport:
            with isolated_reads():
                return worker.ledger.import_file(path, department, not_same=not_same)

        committed = self._in_background(commit, self.tr("正在写入台账…"), False)
        if committed is None:
            return None
        self.state.notify()
        self._announce(committed)
        return committed

    def _in_background(self, fn: Callable[[Any, Any, Any], Any], text: str, cancellable: bool) -> Any:
        """Run `fn(office, progress, is_cancelled)` off the UI thread behind a progress dialog."""
        office = self.state.office
        task = run_with_office(office.path, fn, clock=office.clock)
        dialog = TaskProgressDialog(task, text, self.widget, cancellable, self.tr("导入台账"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return task.result
        if task.state == "failed" and not dialog.was_cancelled:
            self._show_error(task.error)
        return None

    def _show_error(self, error: BaseException | None) -> None:
        if isinstance(error, UserFacingError):
            QMessageBox.warning(self.widget, self.tr("无法导入"), error_text(error))
        else:
            QMessageBox.critical(
                self.widget,
                self.tr("无法导入"),
                self.tr("导入时出错，台账没有改动。\n%1").replace("%1", str(error)),
            )

    def _announce(self, report: ImportReport) -> None:
        window = self.widget.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(
                self.tr("已导入台账：新增对象 %1 个，新增数据 %2 项，更新 %3 项。")
                .replace("%1", str(report.new_entities))
                .replace("%2", str(report.new_values))
                .replace("%3", str(report.updated)),
                15000,
            )
