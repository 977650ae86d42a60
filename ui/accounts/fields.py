"""The two widgets every accounts dialog has: a password field and the red line that says why it refused."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit


def password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def refusal_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet("color: #b00020;")
    label.setWordWrap(True)
    return label
