"""设置 → 账号与锁定: the accounts (name, role, created, 停用), adding and disabling them (a signed-in 管理员
only), one's own password, and the program lock (password, idle minutes, removal). Every write goes through
office.users in a transaction with its audit entry; the window's idle watch reads a changed lock at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.accounts.service import ADMIN
from desktop.errors import UserFacingError
from ui.accounts.lock import reload_idle_lock
from ui.accounts.password_dialogs import AddUserDialog, PasswordDialog
from ui.app_state import AppState
from ui.texts import error_text, vocab


def _when(stamp: str | None) -> str:
    return (stamp or "")[:16].replace("T", " ")


class UsersDialog(QDialog):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self.office = state, state.office
        self.host = parent.window() if parent is not None else None  # the main window (its idle watch)
        self.setWindowTitle(self.tr("账号与锁定"))
        self.who = QLabel()
        self.who.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("名称"), self.tr("角色"), self.tr("创建时间"), self.tr("状态")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 150)
        self.table.setColumnWidth(2, 150)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.add_button = QPushButton(self.tr("添加账号…"))
        self.add_button.clicked.connect(self.add_account)
        self.disable_button = QPushButton(self.tr("停用账号"))
        self.disable_button.clicked.connect(self.disable_account)
        self.password_button = QPushButton(self.tr("修改我的密码…"))
        self.password_button.clicked.connect(self.change_password)
        account_buttons = QHBoxLayout()
        for button in (self.add_button, self.disable_button, self.password_button):
            account_buttons.addWidget(button)
        account_buttons.addStretch(1)
        accounts_box = QGroupBox(self.tr("账号列表"))
        accounts_layout = QVBoxLayout(accounts_box)
        accounts_layout.addWidget(self.who)
        accounts_layout.addWidget(self.table)
        accounts_layout.addLayout(account_buttons)

        self.lock_state = QLabel()
        self.lock_state.setWordWrap(True)
        self.lock_state.setMinimumHeight(2 * self.lock_state.fontMetrics().lineSpacing() + 4)  # two lines
        self.idle = QSpinBox()
        self.idle.setRange(0, 1440)
        self.idle.setSuffix(self.tr(" 分钟"))
        self.idle.setSpecialValueText(self.tr("不自动锁定"))
        self.apply_idle_button = QPushButton(self.tr("应用"))
        self.apply_idle_button.clicked.connect(self.apply_idle)
        self.lock_button = QPushButton()
        self.lock_button.clicked.connect(self.set_lock_password)
        self.remove_lock_button = QPushButton(self.tr("取消程序锁"))
        self.remove_lock_button.clicked.connect(self.remove_lock)
        idle_row = QHBoxLayout()
        idle_row.addWidget(QLabel(self.tr("空闲多久后自动锁定：")))
        idle_row.addWidget(self.idle)
        idle_row.addWidget(self.apply_idle_button)
        idle_row.addStretch(1)
        lock_buttons = QHBoxLayout()
        lock_buttons.addWidget(self.lock_button)
        lock_buttons.addWidget(self.remove_lock_button)
        lock_buttons.addStretch(1)
        lock_box = QGroupBox(self.tr("程序锁"))
        lock_layout = QVBoxLayout(lock_box)
        lock_layout.addWidget(self.lock_state)
        lock_layout.addLayout(idle_row)
        lock_layout.addLayout(lock_buttons)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(accounts_box, 1)
        layout.addWidget(lock_box)
        layout.addWidget(buttons)
        self.resize(620, 520)
        self.refresh()

    # --- what is shown and what may be done ------------------------------------------------------
    def refresh(self) -> None:
        users = self.office.users
        me = users.current_user()
        accounts = users.has_accounts()
        if me is not None:
            self.who.setText(
                self.tr("当前登录：%1（%2）").replace("%1", me.name).replace("%2", vocab(me.role))
            )
        elif accounts:
            self.who.setText(self.tr("当前没有登录的账号。"))
        else:
            self.who.setText(
                self.tr(
                    "本单位还没有账号，程序不要求登录。添加的第一个账号须是管理员；有了账号后，启动时须登录。"
                )
            )
        listed = users.list()
        self.table.setRowCount(len(listed))
        bold = QFont()
        bold.setBold(True)
        for row, user in enumerate(listed):
            cells = [
                user.name,
                vocab(user.role),
                _when(user.created_at),
                self.tr("已停用（%1）").replace("%1", _when(user.disabled_at)[:10])
                if user.disabled_at
                else (
                    self.tr("使用中 · 当前登录")
                    if me is not None and user.name == me.name
                    else self.tr("使用中")
                ),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, user.name)
                if user.disabled_at:
                    item.setForeground(Qt.GlobalColor.gray)
                elif me is not None and user.name == me.name:
                    item.setFont(bold)
                self.table.setItem(row, column, item)
        lock = users.lock_settings()
        if lock is None:
            self.lock_state.setText(self.tr("没有设置程序锁：程序打开后谁都可以使用。"))
        elif lock.get("idle_minutes"):
            self.lock_state.setText(
                self.tr(
                    "已设置程序锁：启动时和空闲 %1 分钟后锁定，输入锁定密码或当前账号的密码解锁。"
                ).replace("%1", str(lock["idle_minutes"]))
            )
        else:
            self.lock_state.setText(self.tr("已设置程序锁：启动时和按 Ctrl+L 时锁定，不自动锁定。"))
        self.idle.setValue(int(lock.get("idle_minutes") or 0) if lock else 0)
        self.lock_button.setText(self.tr("修改锁定密码…") if lock else self.tr("设置锁定密码…"))
        self._allow(me, accounts, lock is not None)

    def _allow(self, me, accounts: bool, locked: bool) -> None:
        """Buttons a clerk may not use are disabled, their tooltip saying why."""
        read_only = self.office.read_only
        admin = me is not None and me.role == ADMIN
        if read_only:
            why_not = self.tr("数据库以只读方式打开（已损坏），不能修改。请先从备份恢复。")
        else:
            why_not = self.tr(
                "只有登录的管理员可以添加、停用账号和修改程序锁。请以管理员账号登录（切换账号…）。"
            )
        manage = not read_only and (not accounts or admin)
        rules = {
            self.add_button: (manage, why_not),
            self.disable_button: (manage and accounts, why_not if not manage else self.tr("还没有账号。")),
            self.password_button: (
                not read_only and me is not None,
                why_not if read_only else self.tr("请先登录，才能修改自己的密码。"),
            ),
            self.lock_button: (manage, why_not),
            self.apply_idle_button: (
                manage and locked,
                why_not if not manage else self.tr("请先设置锁定密码。"),
            ),
            self.remove_lock_button: (
                manage and locked,
                why_not if not manage else self.tr("没有设置程序锁。"),
            ),
        }
        for button, (enabled, reason) in rules.items():
            button.setEnabled(enabled)
            button.setToolTip("" if enabled else reason)
        self.idle.setEnabled(manage)

    def _selected(self) -> str | None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _changed(self, lock: bool = False) -> None:
        self.refresh()
        if lock and self.host is not None:
            reload_idle_lock(self.host, self.office)  # new idle minutes count from now, without a restart
        self.state.notify()

    def _refused(self, error: UserFacingError) -> None:
        QMessageBox.warning(self, self.tr("无法完成"), error_text(error))

    # --- accounts --------------------------------------------------------------------------------
    def add_account(self) -> AddUserDialog | None:
        first = not self.office.users.has_accounts()
        dialog = AddUserDialog(self.office, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.user is None:
            return None
        if first:  # the office's first 管理员 works on in the window, so they can add the others
            self.office.users.sign_in(dialog.user.name, dialog.password.text())
        self._changed()
        return dialog

    def disable_account(self) -> bool:
        name = self._selected()
        if name is None:
            QMessageBox.information(self, self.tr("停用账号"), self.tr("请先在列表中选择要停用的账号。"))
            return False
        question = self.tr(
            "停用账号“%1”？停用后不能再登录和审核；账号不会删除，审计日志和审核记录仍写着它。"
        ).replace("%1", name)
        return self._confirmed(self.tr("停用账号"), question) and self._write(
            lambda: self.office.users.disable(name)
        )

    def change_password(self) -> PasswordDialog | None:
        me = self.office.users.current_user()
        if me is None:
            return None
        dialog = PasswordDialog(
            self.tr("修改我的密码"),
            self.tr("账号“%1”的新密码。请先输入原密码。").replace("%1", me.name),
            lambda old, new: self.office.users.change_password(me.name, old, new),
            ask_old=True,
            parent=self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._changed()
        return dialog

    # --- the program lock ------------------------------------------------------------------------
    def set_lock_password(self) -> PasswordDialog | None:
        minutes = self.idle.value()
        dialog = PasswordDialog(
            self.tr("程序锁密码"),
            self.tr("锁定密码至少 4 个字符。程序启动时、按 Ctrl+L 时和空闲时间到后锁定，输入此密码解锁。"),
            lambda _old, new: self.office.users.set_lock(new, minutes),
            parent=self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._changed(lock=True)
        return dialog

    def apply_idle(self) -> bool:
        minutes = self.idle.value()
        return self._write(lambda: self.office.users.set_idle_minutes(minutes), lock=True)

    def remove_lock(self) -> bool:
        question = self.tr("取消程序锁？之后程序启动和空闲时都不再锁定。")
        return self._confirmed(self.tr("取消程序锁"), question) and self._write(
            lambda: self.office.users.set_lock(None), lock=True
        )

    # --- one write, asked first --------------------------------------------------------------------
    def _confirmed(self, title: str, question: str) -> bool:
        """Yes/No, No the default (Esc: No)."""
        asked = QMessageBox.question(
            self,
            title,
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return asked == QMessageBox.StandardButton.Yes

    def _write(self, write, lock: bool = False) -> bool:
        """Do ``write``; a refusal is shown and changes nothing."""
        try:
            write()
        except UserFacingError as error:
            self._refused(error)
            return False
        self._changed(lock=lock)
        return True
