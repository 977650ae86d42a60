"""导出 PDF / Excel of 减负统计: the period's 基层减负监测报告 (`office.burden.write_pdf` / `write_xlsx`), written
on the worker thread behind a progress dialog, to a file the clerk names (a default name with the period)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from desktop.tasks import run_with_office
from ui.app_state import AppState
from ui.texts import error_text
from ui.widgets.progress_dialog import TaskProgressDialog

SUFFIXES = {"pdf": ".pdf", "xlsx": ".xlsx"}


class ReportExport(QObject):
    """Writes the report of a period; `ask_path(kind, default)` picks the file (a save dialog; tests replace it)."""

    def __init__(self, state: AppState, widget: QWidget) -> None:
        super().__init__(widget)
        self.state = state
        self.widget = widget
        self.folder: Path | None = None  # the folder last written to, offered again
        self.written: Path | None = None

    def default_path(self, kind: str, start: date, end: date) -> Path:
        if self.folder is None:
            documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            self.folder = Path(documents) if documents else Path.home()
        profile = self.state.office.profile.get()
        office = f"{profile.name}_" if profile and profile.name else ""
        title = self.tr("基层减负监测报告")
        name = f"{title}_{office}{start.isoformat()}_{end.isoformat()}{SUFFIXES[kind]}"
        return self.folder / name

    def ask_path(self, kind: str, default: Path) -> Path | None:
        filters = {"pdf": self.tr("PDF 文件 (*.pdf)"), "xlsx": self.tr("Excel 工作簿 (*.xlsx)")}
        name, _ = QFileDialog.getSaveFileName(
            self.widget, self.tr("导出减负监测报告"), str(default), filters[kind]
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == SUFFIXES[kind] else path.with_name(path.name + SUFFIXES[kind])

    def export(self, kind: str, start: date, end: date) -> Path | None:
        """Ask for the file, write it off the UI thread; the path written, or None (cancelled or failed)."""
        path = self.ask_path(kind, self.default_path(kind, start, end))
        if path is None:
            return None

        def work(office, _progress, _cancelled):  # noqa: ANN001, ANN202 - the worker's own Office
            writer = office.burden.write_pdf if kind == "pdf" else office.burden.write_xlsx
            return writer(start, end, path)

        task = run_with_office(self.state.office.path, work, clock=self.state.office.clock)
        dialog = TaskProgressDialog(
            task,
            self.tr("正在生成减负监测报告 %1…").replace("%1", path.name),
            self.widget,
            cancellable=False,  # the writer cannot stop half-way; a report takes a second or two
            title=self.tr("导出减负监测报告"),
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            if task.error is not None:
                QMessageBox.warning(self.widget, self.tr("没有导出报告"), error_text(task.error))
            return None
        self.folder = path.parent
        self.written = path
        return path
