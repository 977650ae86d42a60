"""The headline numbers of 减负统计: tiles that open the items behind them when clicked (or Enter/Space)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

PLAIN = (
    "QFrame#burdenTile { background: #f4f6f8; border: 1px solid #dde1e6; border-radius: 6px; }"
    "QFrame#burdenTile:hover { border-color: #1a56db; }"
    "QFrame#burdenTile:focus { border: 2px solid #1a56db; }"
)
WARN = PLAIN.replace("#f4f6f8", "#fff4e0").replace("#dde1e6", "#f0c36d")


@dataclass(frozen=True)
class Headline:
    """A number on the page: its tile key, the measure and key of `items_behind`, and its label."""

    key: str
    measure: str
    measure_key: str | None
    label: str


class HeadlineTile(QFrame):
    """A number over its label and a grey line under it (the share, last year's figure …)."""

    clicked = Signal()

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("burdenTile")
        self.setStyleSheet(PLAIN)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.number = QLabel("0")
        self.number.setStyleSheet(
            "font-size: 20px; font-weight: bold; background: transparent; border: none;"
        )
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label = QLabel(label)
        self.label.setStyleSheet("color: #333; background: transparent; border: none;")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.note = QLabel()
        self.note.setStyleSheet("color: #666; font-size: 11px; background: transparent; border: none;")
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(1)
        layout.addWidget(self.number)
        layout.addWidget(self.label)
        layout.addWidget(self.note)

    def set_value(self, number: str, note: str = "", warn: bool = False) -> None:
        self.number.setText(number)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.setStyleSheet(WARN if warn else PLAIN)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


class Headlines(QWidget):
    """The tiles in rows of `per_row`; `chosen(headline)` when one is clicked."""

    chosen = Signal(object)

    def __init__(self, headlines: list[Headline], per_row: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headlines = {h.key: h for h in headlines}
        self.tiles: dict[str, HeadlineTile] = {}
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for index, headline in enumerate(headlines):
            tile = HeadlineTile(headline.label)
            tile.setToolTip(self.tr("点击查看这些事项"))
            tile.clicked.connect(lambda h=headline: self.chosen.emit(h))
            self.tiles[headline.key] = tile
            layout.addWidget(tile, index // per_row, index % per_row)
        for column in range(per_row):
            layout.setColumnStretch(column, 1)

    def set_value(self, key: str, number: str, note: str = "", warn: bool = False) -> None:
        self.tiles[key].set_value(number, note, warn)

    def number(self, key: str) -> str:
        return self.tiles[key].number.text()
