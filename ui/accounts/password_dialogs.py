"""Small dialogs of 账号与锁定 that each do one write through the accounts service: add an account, change a
password (one's own, or the program lock's). A refusal keeps the dialog open, saying why; Cancel and Esc
write nothing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.accounts.service import ADMIN, ROLES
from desktop.errors import UserFacingError
from ui.accounts.fields import password_edit, refusal_label
from ui.texts import error_text, vocab


class _WriteDialog(QDialog):
    """A form, a red line for the refusal, OK/Cancel; `apply()` does the write or raises."""

    def __init__(self, title: str, intro: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.error = refusal_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.try_apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)

    def problem(self) -> str:
        """What is wrong with what was typed, in words ("" when nothing)."""
        return ""

    def apply(self) -> None:
        raise NotImplementedError

    def try_apply(self) -> None:
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            return
        try:
            self.apply()
        except UserFacingError as error:
            self.error.setText(error_text(error))
            return
        self.accept()


class AddUserDialog(_WriteDialog):
    """添加账号: name, role, password twice. The office's first account is a 管理员 (the role is fixed)."""

    def __init__(self, office, parent: QWidget | None = None) -> None:
        super().__init__("", "", parent)
        first = not office.users.has_accounts()
        self.setWindowTitle(self.tr("添加账号"))
        self.intro.setText(
            self.tr("第一个账号须是管理员：由他添加其他账号、设置程序锁。添加后即以此账号登录。")
            if first
            else self.tr("填报员填报和生成报送包，审核人审核报送包，管理员管理账号和程序锁。")
        )
        self.office, self.user = office, None
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("例如 王小明"))
        self.role = QComboBox()
        for role in ROLES:
            self.role.addItem(vocab(role), role)
        if first:
            self.role.setCurrentIndex(self.role.findData(ADMIN))
            self.role.setEnabled(False)
        self.password, self.repeat = password_edit(), password_edit()
        self.form.addRow(self.tr("名称"), self.name)
        self.form.addRow(self.tr("角色"), self.role)
        self.form.addRow(self.tr("密码"), self.password)
        self.form.addRow(self.tr("再输一次密码"), self.repeat)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("添加"))

    def problem(self) -> str:
        if not self.name.text().strip():
            return self.tr("请填写账号名称。")
        if not self.password.text():
            return self.tr("请给账号设一个密码。")
        if self.password.text() != self.repeat.text():
            return self.tr("两次输入的密码不一样，请重新输入。")
        return ""

    def apply(self) -> None:
        self.user = self.office.users.add(
            self.name.text(), self.role.currentData(), password=self.password.text()
        )


class PasswordDialog(_WriteDialog):
    """A new password typed twice (and the old one, when ``ask_old``); ``save(old, new)`` writes it."""

    def __init__(
        self,
        title: str,
        intro: str,
        save: Callable[[str, str], None],
        ask_old: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, intro, parent)
        self.save = save
        self.old = password_edit() if ask_old else None
        self.password, self.repeat = password_edit(), password_edit()
        if self.old is not None:
            self.form.addRow(self.tr("原密码"), self.old)
        self.form.addRow(self.tr("新密码"), self.password)
        self.form.addRow(self.tr("再输一次新密码"), self.repeat)

    def problem(self) -> str:
        if not self.password.text():
            return self.tr("请输入新密码。")
        if self.password.text() != self.repeat.text():
            return self.tr("两次输入的新密码不一样，请重新输入。")
        return ""

    def apply(self) -> None:
        self.save(self.old.text() if self.old is not None else "", self.password.text())
