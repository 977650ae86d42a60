"""A row of number tiles: a large count over a short label, amber when the count needs attention."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

PLAIN = "QFrame#tile { background: #f4f6f8; border: 1px solid #dde1e6; border-radius: 6px; }"
WARN = "QFrame#tile { background: #fff4e0; border: 1px solid #f0c36d; border-radius: 6px; }"
GOOD = "QFrame#tile { background: #e8f0fe; border: 1px solid #b6cdf8; border-radius: 6px; }"


class StatTile(QFrame):
    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.setStyleSheet(PLAIN)
        self.number = QLabel("0")
        self.number.setStyleSheet(
            "font-size: 20px; font-weight: bold; background: transparent; border: none;"
        )
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label = QLabel(label)
        self.label.setStyleSheet("color: #444; background: transparent; border: none;")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        layout.addWidget(self.number)
        layout.addWidget(self.label)

    def set_value(self, value: int, tone: str = "plain") -> None:
        """`tone`: plain, warn (needs a look) or good (what will be written)."""
        self.number.setText(f"{value:,}")
        self.setStyleSheet({"warn": WARN, "good": GOOD}.get(tone, PLAIN))


class StatRow(QWidget):
    """Tiles keyed by name, laid out in one row of equal widths."""

    def __init__(self, labels: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiles: dict[str, StatTile] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        for key, label in labels:
            tile = StatTile(label)
            self.tiles[key] = tile
            layout.addWidget(tile, 1)

    def set_value(self, key: str, value: int, tone: str = "plain") -> None:
        self.tiles[key].set_value(value, tone)

    def value(self, key: str) -> int:
        return int(self.tiles[key].number.text().replace(",", ""))
