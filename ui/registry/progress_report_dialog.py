"""记录办理进展: a dated line on what was done, for tasks whose bureau asks for 周报/月报."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserFacingError
from desktop.records import Item, ProgressReport
from desktop.registry.progress import ProgressService
from ui.texts import error_text
from ui.widgets.date_edit import DateEdit
from ui.widgets.dialogs import save_cancel_buttons


class ProgressReportDialog(QDialog):
    """Saves through the service on OK; a refused entry keeps what was typed and says why."""

    def __init__(
        self, progress: ProgressService, item: Item, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.progress = progress
        self.item = item
        self.saved: ProgressReport | None = None
        self.setWindowTitle(self.tr("记录办理进展"))
        self.setMinimumWidth(460)
        heading = QLabel(item.title)
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: bold;")
        self.day = DateEdit(QDate(today.year, today.month, today.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setMaximumDate(QDate(today.year, today.month, today.day))
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("例如：已完成 3 个村的排查，发现隐患 2 处，已整改 1 处。"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("日期"), self.day)
        form.addRow(self.tr("办理进展"), self.text)
        buttons = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.text.setFocus()

    def save(self) -> None:
        try:
            self.saved = self.progress.add(
                self.item.id, self.text.toPlainText(), self.day.date().toString("yyyy-MM-dd")
            )
        except UserFacingError as error:
            self.error.setText(error_text(error))
            self.error.show()
            (self.day if getattr(error, "field", "") == "reported_on" else self.text).setFocus()
            return
        self.accept()
