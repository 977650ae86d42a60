"""登录: who works in the window. An office with accounts asks at start (Cancel quits) and on 切换账号…;
the signed-in name is then office.users.current(), so every audit entry the window writes carries it.
The dialog pre-selects the account last signed in on this office (a local setting, per office file)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserFacingError
from ui.accounts.fields import password_edit, refusal_label
from ui.texts import error_text, vocab

LAST_SIGN_IN_GROUP = "last_sign_in"


def _office_key(office) -> str:
    """The settings key of an office: its database file, resolved and hashed (a path holds '/', which
    QSettings reads as groups)."""
    path = str(Path(office.path).resolve())
    return f"{LAST_SIGN_IN_GROUP}/{hashlib.sha256(path.encode('utf-8')).hexdigest()[:24]}"


def last_signed_in(office) -> str | None:
    """The account last signed in on this office on this computer, if any."""
    value = QSettings().value(_office_key(office))
    return value if isinstance(value, str) and value else None


def remember_sign_in(office, name: str) -> None:
    QSettings().setValue(_office_key(office), name)


class SignInDialog(QDialog):
    """Choose an account and type its password. A wrong password keeps the dialog open, saying so; Cancel
    and Esc sign nobody in and write nothing. ``switching``: the window is open and someone is signed in."""

    def __init__(self, office, parent: QWidget | None = None, switching: bool = False) -> None:
        super().__init__(parent)
        self.office = office
        self.setWindowTitle(self.tr("切换账号") if switching else self.tr("登录一表通"))
        profile = office.profile.get()
        intro = QLabel((profile.name + "\n" if profile else "") + self.tr("请选择您的账号并输入密码。"))
        intro.setWordWrap(True)
        self.accounts = QListWidget()
        current = office.users.current() or last_signed_in(office)
        for user in office.users.list():
            if user.disabled_at is not None:
                continue
            item = QListWidgetItem(
                self.tr("%1（%2）").replace("%1", user.name).replace("%2", vocab(user.role))
            )
            item.setData(Qt.ItemDataRole.UserRole, user.name)
            self.accounts.addItem(item)
            if user.name == current:
                self.accounts.setCurrentItem(item)
        if self.accounts.currentRow() < 0 and self.accounts.count():
            self.accounts.setCurrentRow(0)
        rows = max(3, min(self.accounts.count(), 10))  # the list as tall as its accounts (up to ten)
        row_height = max(self.accounts.sizeHintForRow(0), self.fontMetrics().height() + 6)
        self.accounts.setFixedHeight(rows * row_height + 2 * self.accounts.frameWidth() + 4)
        self.accounts.itemDoubleClicked.connect(lambda _item: self.password.setFocus())
        self.accounts.currentRowChanged.connect(lambda _row: self.error.clear())
        self.password = password_edit()
        self.password.setPlaceholderText(self.tr("密码"))
        self.password.returnPressed.connect(self.sign_in)
        self.error = refusal_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("登录"))
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("取消") if switching else self.tr("退出程序"))
        buttons.accepted.connect(self.sign_in)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("账号")))
        layout.addWidget(self.accounts)
        layout.addWidget(QLabel(self.tr("密码")))
        layout.addWidget(self.password)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(360, self.sizeHint().height())
        self.password.setFocus()

    def chosen(self) -> str | None:
        item = self.accounts.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def sign_in(self) -> None:
        name = self.chosen()
        if name is None:
            self.error.setText(self.tr("请先选择一个账号。"))
            return
        try:  # an office opened read-only (damaged) records nothing: the name only says who works here
            self.office.users.sign_in(name, self.password.text(), record_entry=not self.office.read_only)
        except UserFacingError as error:
            self.error.setText(error_text(error))
            self.password.clear()
            self.password.setFocus()
            return
        self.password.clear()
        remember_sign_in(self.office, name)
        self.accept()


def sign_in_at_start(office) -> bool:
    """Before the window opens: True when the office has no accounts or someone signed in; False when the
    clerk chose to quit (nothing was written)."""
    if not office.users.has_accounts():
        return True
    return SignInDialog(office).exec() == QDialog.DialogCode.Accepted
