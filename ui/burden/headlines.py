"""The headline numbers of 减负统计: tiles that open the items behind them when clicked (or Enter/Space)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from ui.widgets.stat_tiles import PLAIN, WARN, StatTile

# A tile that opens its items shows it can be clicked (and where the keyboard is).
ACTIVE = "QFrame#tile:hover { border-color: #1a56db; } QFrame#tile:focus { border: 2px solid #1a56db; }"


@dataclass(frozen=True)
class Headline:
    """A number on the page: its tile key, the measure and key of `items_behind`, and its label."""

    key: str
    measure: str
    measure_key: str | None
    label: str


class HeadlineTile(StatTile):
    """A number over its label and a grey line under it (the share, last year's figure …); it can be clicked."""

    clicked = Signal()

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(label, parent)
        self.setStyleSheet(PLAIN + ACTIVE)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.note = QLabel()
        self.note.setStyleSheet("color: #666; font-size: 11px; background: transparent; border: none;")
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setWordWrap(True)
        self.layout().addWidget(self.note)

    def show_value(self, number: str, note: str = "", warn: bool = False) -> None:
        self.number.setText(number)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.setStyleSheet((WARN if warn else PLAIN) + ACTIVE)

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
        self.tiles[key].show_value(number, note, warn)

    def number(self, key: str) -> str:
        return self.tiles[key].number.text()
