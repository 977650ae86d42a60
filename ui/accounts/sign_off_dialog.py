"""审核: a reviewer (审核人 account) signs off the version of a cycle's package that the next build carries.

Without that sign-off an office with accounts does not export the version (write to USB, --out).
"""

from __future__ import annotations

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

from desktop.accounts.service import REVIEWER
from desktop.errors import UserFacingError
from ui.accounts.fields import password_edit, refusal_label
from ui.texts import error_text


class SignOffDialog(QDialog):
    """`review` is the recorded sign-off after OK; a wrong password or role keeps the dialog open, saying why."""

    def __init__(self, office, cycle: str, version: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office, self.cycle, self.version = office, cycle, version
        self.review = None
        self.setWindowTitle(self.tr("审核报送包"))
        self.intro = QLabel(
            self.tr("审核报送周期 %1 的第 %2 版（下一次生成的版本）。审核后才能导出。")
            .replace("%1", cycle)
            .replace("%2", str(version))
        )
        self.intro.setWordWrap(True)
        self.reviewer = QComboBox()
        for user in office.users.list():
            if user.role == REVIEWER and user.disabled_at is None:
                self.reviewer.addItem(user.name)
        signed_in = self.reviewer.findText(office.users.current() or "")
        if signed_in >= 0:  # a 审核人 signed in to the window reviews as themself
            self.reviewer.setCurrentIndex(signed_in)
        self.password = password_edit()
        self.prepared = QLineEdit(office.packages.signers().get("填表人", ""))
        self.error = refusal_label()
        form = QFormLayout()
        form.addRow(self.tr("审核人"), self.reviewer)
        form.addRow(self.tr("密码"), self.password)
        form.addRow(self.tr("填表人"), self.prepared)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("审核通过"))
        buttons.accepted.connect(self.sign_off)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if self.reviewer.count() == 0:
            self.error.setText(self.tr("还没有审核人账号。请管理员先添加一个审核人。"))
            buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def sign_off(self) -> None:
        name = self.reviewer.currentText()
        try:
            # the reviewer's password, asked again; whoever works in the window stays signed in
            self.office.users.verify(name, self.password.text())
            self.review = self.office.users.sign_off(
                self.cycle, self.version, name, prepared_by=self.prepared.text()
            )
        except UserFacingError as error:
            self.error.setText(error_text(error))
            self.password.selectAll()
            return
        self.accept()
