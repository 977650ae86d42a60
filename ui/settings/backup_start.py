"""Opening the window safely: SQLite's quick_check first; a damaged database is offered the newest good
backup (with its preview), or opens read-only with a banner saying so; a sound one gets the day's backup
in the background.

`check_at_start(db_path)` returns "open", "read-only" or "quit"; a restore chosen in the dialog runs
there (worker thread, progress dialog) and the office then opens normally. `after_window_opened(window)`
adds the read-only banner, or starts the daily backup.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.backup.service import BackupFile, BackupSummary, database_problem, newest_good_backup
from desktop.tasks import Task, run_with_office
from ui.app_state import AppState
from ui.settings.backup_dialog import BackupDialog, backup_title, run_restore, summary_text

OPEN, READ_ONLY, QUIT, RESTORE = "open", "read-only", "quit", "restore"


def problem_line(problem: str) -> str:
    """The first problem quick_check names (its "*** in database main ***" heading left out), shortened."""
    lines = [line for line in problem.splitlines() if line.strip() and not line.startswith("***")]
    return (lines[0] if lines else problem)[:300]


class DamagedDialog(QDialog):
    """Says the database is damaged and offers: restore the newest good backup, open read-only, quit."""

    def __init__(
        self,
        db_path: Path,
        problem: str,
        newest: tuple[BackupFile, BackupSummary] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.choice = QUIT
        self.setWindowTitle(self.tr("数据库已损坏"))
        self.setMinimumWidth(620)
        heading = QLabel(self.tr("数据库文件已损坏"))
        heading.setStyleSheet("font-size: 16px; font-weight: bold; color: #9b1c1c;")
        where, found = str(db_path), problem_line(problem)
        text = QLabel(
            self.tr(
                "打开前的检查发现数据库“%1”已损坏。为了不让损坏扩大，程序不会往里写入任何内容。\n检查结果：%2"
            )
            .replace("%1", where)
            .replace("%2", found)
        )
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if newest is not None:
            backup, summary = newest
            offer = QLabel(
                self.tr(
                    "建议用最新的完好备份恢复：%1\n备份中有：%2\n恢复前，损坏的数据库会先另存为一个备份。"
                )
                .replace("%1", backup_title(backup))
                .replace("%2", summary_text(summary))
            )
            offer.setStyleSheet("background: #f4f6f8; padding: 8px; border-radius: 4px;")
        else:
            offer = QLabel(
                self.tr(
                    "没有找到完好的备份。可以先以只读方式打开，查看并导出需要的内容；U 盘上如有加密备份，可在“设置”中还原。"
                )
            )
        offer.setWordWrap(True)
        self.offer = offer
        self.restore_button = QPushButton(self.tr("恢复这个备份"))
        self.restore_button.setVisible(newest is not None)
        self.restore_button.setDefault(newest is not None)
        self.read_only_button = QPushButton(self.tr("以只读方式打开"))
        self.quit_button = QPushButton(self.tr("退出"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.restore_button, self.read_only_button, self.quit_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addWidget(offer)
        layout.addLayout(buttons)
        self.restore_button.clicked.connect(lambda: self._choose(RESTORE))
        self.read_only_button.clicked.connect(lambda: self._choose(READ_ONLY))
        self.quit_button.clicked.connect(lambda: self._choose(QUIT))

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def check_at_start(db_path: Path, clock: Callable[[], datetime] = datetime.now) -> str:
    """ "open" for a sound (or new) database, after a restore too; "read-only" or "quit" as the clerk chose."""
    problem = database_problem(Path(db_path))
    if problem is None:
        return OPEN
    newest = newest_good_backup(Path(db_path))
    while True:
        dialog = DamagedDialog(Path(db_path), problem, newest)
        dialog.exec()
        if dialog.choice != RESTORE or newest is None:
            return dialog.choice
        if run_restore(dialog, Path(db_path), newest[0], clock) is not None:
            return OPEN


class ReadOnlyBanner(QWidget):
    """In the status bar of a window on a damaged database: it is read-only, and a restore is offered."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.label = QLabel(self.tr("只读：数据库已损坏，修改不会保存。"))
        self.setStyleSheet(
            "ReadOnlyBanner { background: #fde8e8; border: 1px solid #f5b5b5; border-radius: 4px; }"
        )
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.label.setStyleSheet("color: #9b1c1c; font-weight: bold; padding: 0 6px;")
        self.offer = QPushButton(self.tr("从备份恢复…"))
        newest = newest_good_backup(state.office.path)
        if newest is not None:
            self.offer.setToolTip(
                self.tr("最新的完好备份：%1").replace("%1", backup_title(newest[0]))
                + "\n"
                + summary_text(newest[1])
            )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.label)
        layout.addWidget(self.offer)
        layout.addStretch(1)
        self.offer.clicked.connect(self.open_restore)

    def open_restore(self) -> BackupDialog:
        dialog = BackupDialog(self.state, self.window())
        dialog.restored.connect(self._restored)
        dialog.open()
        return dialog

    def _restored(self, _result: object) -> None:
        self.label.setText(self.tr("已恢复备份。请关闭程序再重新打开，即可继续修改。"))
        QMessageBox.information(
            self.window(),
            self.tr("已恢复备份"),
            self.tr(
                "备份已恢复，窗口显示的是恢复后的数据。这个窗口仍是只读的：请关闭程序再重新打开，即可继续修改。"
            ),
        )


def after_window_opened(window: QMainWindow, state: AppState) -> ReadOnlyBanner | Task | None:
    """The read-only banner on a damaged database; otherwise the day's backup, off the UI thread."""
    office = state.office
    if getattr(office, "read_only", False):
        banner = ReadOnlyBanner(state, window)
        window.statusBar().clearMessage()
        window.statusBar().addPermanentWidget(banner, 1)
        return banner
    return run_with_office(office.path, lambda worker, _p, _c: worker.backups.daily(), clock=office.clock)
