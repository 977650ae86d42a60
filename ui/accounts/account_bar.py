"""The window's account corner (status bar): who is signed in and their role, 切换账号… and 锁定 (Ctrl+L).
Hidden in an office without accounts and without a program lock, which works as it always has."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QToolButton, QWidget

from ui.accounts.lock import reload_idle_lock
from ui.accounts.sign_in_dialog import SignInDialog
from ui.app_state import AppState
from ui.texts import vocab


class AccountBar(QWidget):
    def __init__(self, window: QMainWindow, state: AppState) -> None:
        super().__init__(window)
        self.main_window, self.state = window, state
        self.who = QLabel()
        self.switch_action = QAction(self.tr("切换账号…"), window)
        self.switch_action.triggered.connect(self.switch_account)
        self.lock_action = QAction(self.tr("锁定"), window)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.lock_action.triggered.connect(self.lock)
        window.addAction(self.switch_action)
        window.addAction(self.lock_action)
        switch, lock = QToolButton(), QToolButton()
        switch.setDefaultAction(self.switch_action)
        lock.setDefaultAction(self.lock_action)
        self.switch_button, self.lock_button = switch, lock
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(self.who)
        layout.addWidget(switch)
        layout.addWidget(lock)
        state.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        users = self.state.office.users
        accounts = users.has_accounts()
        user = users.current_user()
        if user is not None:
            self.who.setText(
                self.tr("当前账号：%1（%2）").replace("%1", user.name).replace("%2", vocab(user.role))
            )
        else:
            self.who.setText(self.tr("未登录") if accounts else "")
        self.switch_action.setEnabled(accounts)
        self.switch_button.setVisible(accounts)
        can_lock = not self.state.office.read_only and users.can_lock()
        self.lock_action.setEnabled(can_lock)
        self.lock_button.setVisible(can_lock)
        self.lock_action.setToolTip(
            self.tr("锁定程序（Ctrl+L），输入密码后继续") if can_lock else self.tr("没有设置程序锁或账号密码")
        )
        self.setVisible(accounts or can_lock)

    def switch_account(self) -> bool:
        """切换账号…: another account signs in; Cancel keeps the one signed in."""
        if (
            SignInDialog(self.state.office, self.main_window, switching=True).exec()
            != SignInDialog.DialogCode.Accepted
        ):
            return False
        self.state.notify()  # pages that show or depend on who is signed in
        return True

    def lock(self) -> None:
        idle = reload_idle_lock(self.main_window, self.state.office)
        if idle is not None:
            idle.lock()
