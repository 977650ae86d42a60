"""Sections not built yet say what is coming, rather than showing an empty frame."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget


class PlaceholderView(QWidget):
    def __init__(self, title: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(title)
        heading.setStyleSheet("font-size: 18px; font-weight: bold;")
        body = QLabel(description)
        body.setWordWrap(True)
        body.setTextFormat(Qt.TextFormat.RichText)
        badge = QLabel(self.tr("即将推出"))
        badge.setStyleSheet("background: #e8f0fe; color: #1a56db; padding: 2px 8px; border-radius: 8px;")
        badge.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # as wide as its words
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(badge)
        layout.addWidget(body)
        layout.addStretch()
