"""备份与恢复: the office's backups with a preview of what each holds; back up now, restore one, restore
from an encrypted copy on a USB drive.

Backing up and restoring run on the worker thread (desktop.tasks) behind a progress dialog; a restore
copies the backup into the open database through SQLite, so the window's own connection stays valid:
afterwards `AppState.notify()` makes every page read again. Questions go through `ask` (and file and
passphrase prompts through their own callables) so tests can answer them.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.backup.service import (
    ENCRYPTED_SUFFIX,
    REASONS,
    BackupFile,
    BackupService,
    restore_database,
    service_for,
)
from desktop.errors import UserFacingError
from desktop.tasks import run_task, run_with_office
from ui.app_state import AppState
from ui.cycles.package_files import human_size, open_folder
from ui.texts import error_text
from ui.widgets.dialogs import ask_yes_no
from ui.widgets.progress_dialog import TaskProgressDialog

Ask = Callable[[QWidget, str, str], bool]
FileChooser = Callable[[QWidget], str]
PassphrasePrompt = Callable[[QWidget, str], str | None]
ask_default_yes: Ask = partial(ask_yes_no, default_yes=True)  # 是 is the default, as it always was


def choose_encrypted(parent: QWidget) -> str:
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("BackupDialog", "选择 U 盘上的加密备份"),
        "",
        QCoreApplication.translate("BackupDialog", "一表通加密备份 (*%1)").replace("%1", ENCRYPTED_SUFFIX),
    )
    return path


def prompt_passphrase(parent: QWidget, name: str) -> str | None:
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("BackupDialog", "输入密码"),
        QCoreApplication.translate("BackupDialog", "备份“%1”的密码：").replace("%1", name),
        QLineEdit.EchoMode.Password,
    )
    return text if ok else None


def reason_text(reason: str) -> str:
    return QCoreApplication.translate("backups", REASONS[reason]) if reason in REASONS else reason


def summary_text(summary) -> str:
    """What a backup holds, in one line for the clerk."""
    latest = summary.latest_change.replace("T", " ")[:16] or "—"
    return (
        QCoreApplication.translate(
            "BackupDialog",
            "%1 件事项 · %2 名人员（台账共 %3 个对象）· %4 张报表模板 · %5 个报送包 · 最近修改 %6",
        )
        .replace("%1", str(summary.items))
        .replace("%2", str(summary.persons))
        .replace("%3", str(summary.entities))
        .replace("%4", str(summary.forms))
        .replace("%5", str(summary.packages))
        .replace("%6", latest)
    )


def backup_title(backup: BackupFile) -> str:
    return f"{backup.created:%Y-%m-%d %H:%M:%S}（{reason_text(backup.reason)}）"


def run_restore(parent: QWidget, db_path: Path, backup: BackupFile, clock) -> object | None:
    """Restore `backup` into the database at `db_path` on the worker thread; the result, or None
    after the error was shown in a message box."""
    task = run_task(lambda progress, _cancelled: restore_database(db_path, backup.path, clock, progress))
    dialog = TaskProgressDialog(
        task,
        QCoreApplication.translate("BackupDialog", "正在恢复 %1 的备份，请稍候…").replace(
            "%1", f"{backup.created:%Y-%m-%d %H:%M}"
        ),
        parent,
        False,
        QCoreApplication.translate("BackupDialog", "恢复备份"),
    )
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return task.result
    error = task.error
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("BackupDialog", "没有恢复"),
        error_text(error) if isinstance(error, UserFacingError) else str(error),
    )
    return None


class BackupDialog(QDialog):
    """The list of backups, newest first, with the preview of the selected one."""

    restored = Signal(object)  # the RestoreResult

    def __init__(
        self,
        state: AppState,
        parent: QWidget | None = None,
        ask: Ask = ask_default_yes,
        file_chooser: FileChooser = choose_encrypted,
        passphrase_prompt: PassphrasePrompt = prompt_passphrase,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.ask = ask
        self.file_chooser = file_chooser
        self.passphrase_prompt = passphrase_prompt
        self.backups: list[BackupFile] = []
        self.setWindowTitle(self.tr("备份与恢复"))
        self.resize(760, 520)
        office = state.office
        keep_last, keep_days = office.backups.retention()
        intro = QLabel(
            self.tr(
                "每次导入台账、登记报表模板、生成报送包之前，以及每天第一次打开时，程序都会自动备份。"
                "保留最近 %1 个备份，另外 %2 天内每天保留一个。备份文件夹：%3"
            )
            .replace("%1", str(keep_last))
            .replace("%2", str(keep_days))
            .replace("%3", str(office.backups.folder))
        )
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("备份时间"), self.tr("原因"), self.tr("大小")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setMinimumHeight(44)
        self.preview.setStyleSheet("background: #f4f6f8; padding: 8px; border-radius: 4px;")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.backup_button = QPushButton(self.tr("立即备份"))
        self.restore_button = QPushButton(self.tr("恢复所选备份…"))
        self.import_button = QPushButton(self.tr("从U盘还原…"))
        self.folder_button = QPushButton(self.tr("打开备份文件夹"))
        close = QPushButton(self.tr("关闭"))
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.import_button, self.folder_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(self.tr("所选备份中的内容：")))
        layout.addWidget(self.preview)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        self.table.itemSelectionChanged.connect(self.show_preview)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.import_button.clicked.connect(self.restore_from_usb)
        self.folder_button.clicked.connect(lambda: open_folder(self.state.office.backups.folder))
        close.clicked.connect(self.accept)
        read_only = getattr(office, "read_only", False)
        self.backup_button.setEnabled(not read_only)
        self.refresh()

    @property
    def service(self) -> BackupService:
        return self.state.office.backups

    # --- the list ---------------------------------------------------------------------
    def refresh(self) -> None:
        self.backups = self.service.list()
        self.table.setRowCount(len(self.backups))
        for row, backup in enumerate(self.backups):
            when = QTableWidgetItem(f"{backup.created:%Y-%m-%d %H:%M:%S}")
            when.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            self.table.setItem(row, 0, when)
            self.table.setItem(row, 1, QTableWidgetItem(reason_text(backup.reason)))
            size = QTableWidgetItem(human_size(backup.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 2, size)
        if self.backups:
            self.table.selectRow(0)
        else:
            self.preview.setText(self.tr("还没有备份。点“立即备份”做第一个备份。"))
        self.show_preview()

    def selected(self) -> BackupFile | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def show_preview(self) -> None:
        backup = self.selected()
        self.restore_button.setEnabled(backup is not None)
        if backup is None:
            return
        try:
            summary = self.service.summary(backup.path)
        except UserFacingError as error:
            self.preview.setText(error_text(error))
            return
        self.preview.setText(summary_text(summary))

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #9b1c1c;" if error else "color: #1e6b2f;")

    # --- actions -----------------------------------------------------------------------
    def back_up_now(self) -> BackupFile | None:
        office = self.state.office
        task = run_with_office(
            office.path,
            lambda worker, progress, _c: worker.backups.create("manual", lambda d, t: progress(d, t, "")),
            clock=office.clock,
        )
        dialog = TaskProgressDialog(task, self.tr("正在备份…"), self, False, self.tr("备份"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            error = task.error
            self._say(error_text(error) if isinstance(error, UserFacingError) else str(error), error=True)
            return None
        made: BackupFile = task.result
        self.refresh()
        self._say(
            self.tr("已备份：%1（%2）").replace("%1", made.path.name).replace("%2", human_size(made.size))
        )
        return made

    def restore_selected(self) -> bool:
        backup = self.selected()
        return backup is not None and self.restore(backup)

    def restore(self, backup: BackupFile) -> bool:
        """Ask, restore, tell every page to read again. True when the backup was restored."""
        try:
            summary = self.service.summary(backup.path)
        except UserFacingError as error:
            self._say(error_text(error), error=True)
            return False
        question = (
            self.tr(
                "用 %1 的备份替换当前的全部数据？\n\n备份中有：%2\n\n"
                "当前的数据会先另存为一个备份（原因：恢复备份前），需要时还能找回。"
            )
            .replace("%1", backup_title(backup))
            .replace("%2", summary_text(summary))
        )
        if not self.ask(self, self.tr("恢复备份"), question):
            return False
        office = self.state.office
        result = run_restore(self, office.path, backup, office.clock)
        if result is None:
            return False
        self.refresh()
        self._say(
            self.tr("已恢复 %1 的备份。现在的数据：%2")
            .replace("%1", backup_title(backup))
            .replace("%2", summary_text(result.summary))
        )
        self.restored.emit(result)
        self.state.notify()
        return True

    def restore_from_usb(self) -> bool:
        """Decrypt a copy from a USB drive into the backup folder, then restore it like any backup."""
        chosen = self.file_chooser(self)
        if not chosen:
            return False
        passphrase = self.passphrase_prompt(self, Path(chosen).name)
        if passphrase is None:
            return False
        office = self.state.office
        path, clock = office.path, office.clock

        def work(progress, is_cancelled):
            with service_for(path, clock) as service:
                return service.import_encrypted(
                    Path(chosen), passphrase, lambda d, t: progress(d, t, ""), is_cancelled
                )

        task = run_task(work)
        dialog = TaskProgressDialog(task, self.tr("正在解密 U 盘上的备份…"), self, True, self.tr("从U盘还原"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            if not dialog.was_cancelled:
                error = task.error
                self._say(error_text(error) if isinstance(error, UserFacingError) else str(error), error=True)
            return False
        self.refresh()
        return self.restore(task.result)
