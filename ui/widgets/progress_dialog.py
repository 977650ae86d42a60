"""A modal progress dialog for a background `Task`: a bar (busy when the total is unknown) and 取消."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from desktop.tasks import Task


class TaskProgressDialog(QDialog):
    """Shown while `task` runs; closes itself when the task ends. `exec()` returns Accepted only when the
    task succeeded (its value is then in `task.result`). 取消 asks the task to stop and closes at once: a
    cancelled task never delivers its result, so the caller can go on as if nothing happened."""

    def __init__(
        self,
        task: Task,
        text: str,
        parent: QWidget | None = None,
        cancellable: bool = True,
        title: str = "",
    ) -> None:
        super().__init__(parent)
        self.task = task
        self.cancellable = cancellable
        self.was_cancelled = False
        self.setWindowTitle(title or self.tr("请稍候"))
        self.setModal(True)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, cancellable)
        self.setMinimumWidth(420)
        self.text_label = QLabel(text)
        self.text_label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the task says how far it is
        self.bar.setTextVisible(False)
        self.detail_label = QLabel()
        self.detail_label.setStyleSheet("color: #666;")
        self.cancel_button = QPushButton(self.tr("取消"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setVisible(cancellable)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text_label)
        layout.addWidget(self.bar)
        layout.addWidget(self.detail_label)
        layout.addWidget(self.cancel_button, alignment=Qt.AlignmentFlag.AlignRight)
        task.progress.connect(self.show_progress)
        task.finished.connect(self._task_finished)

    def show_progress(self, done: int, total: int, text: str) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
            self.bar.setTextVisible(True)
        else:
            self.bar.setRange(0, 0)
        if text:
            self.detail_label.setText(text)

    def exec(self) -> int:
        if self.task.done:  # already over (delivered before the dialog was shown)
            self._task_finished()
            return self.result()
        return super().exec()

    def cancel(self) -> None:
        if not self.cancellable or self.task.done:
            return
        self.was_cancelled = True
        self.task.cancel()
        self.done(QDialog.DialogCode.Rejected)

    def reject(self) -> None:  # Esc: the same as 取消, and ignored while the task cannot be stopped
        self.cancel()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.task.done or self.was_cancelled:
            event.accept()
        elif self.cancellable:
            self.cancel()
            event.accept()
        else:
            event.ignore()

    def _task_finished(self) -> None:
        if self.was_cancelled:
            return
        ok = self.task.state == "succeeded"
        self.done(QDialog.DialogCode.Accepted if ok else QDialog.DialogCode.Rejected)
