"""The left side of the 报送周期 page: every cycle with its counts and badge, and 新建专项周期…."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from ui.cycles.model import CycleDelegate, CycleEntry, CycleListModel


class CycleListPanel(QWidget):
    """`chosen(key)` when the clerk (or `select`) makes another cycle current."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CycleListModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setItemDelegate(CycleDelegate(self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setStyleSheet("QListView { border: 1px solid #dde1e6; background: white; }")
        # The delegate elides to the width it gets, so the list never needs to scroll sideways.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.selectionModel().currentChanged.connect(self._changed)
        self.new_button = QPushButton(self.tr("新建专项周期…"))
        self.new_button.setToolTip(
            self.tr("为临时的专项报送（例如防汛、普查）单独建一个周期，再把相关事项移进去。")
        )
        heading = QLabel(self.tr("报送周期"))
        heading.setStyleSheet("font-size: 16px; font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 6, 12)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.new_button)
        self.setMinimumWidth(230)

    def set_entries(self, entries: list[CycleEntry]) -> None:
        self.model.set_entries(entries)

    def keys(self) -> list[str]:
        return [entry.key for entry in self.model.entries]

    def has(self, key: str) -> bool:
        return self.model.row_of(key) >= 0

    def select(self, key: str) -> None:
        """Make `key` the current row (emits `chosen` only when it was not current already)."""
        index = self.model.index(self.model.row_of(key))
        self.list.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        key = self.model.key_at(current.row())
        if key is not None:
            self.chosen.emit(key)
