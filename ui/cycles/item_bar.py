"""The buttons under a cycle's checklist that act on the selected item: move it, or open it in 收文登记."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class ItemBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.move_button = QPushButton(self.tr("移到其他周期…"))
        self.auto_button = QPushButton(self.tr("按截止日期自动归入"))
        self.open_button = QPushButton(self.tr("在收文登记中打开"))
        hint = QLabel(self.tr("双击一行可在收文登记中打开该事项；右键可移到其他周期。"))
        hint.setStyleSheet("color: #666;")
        hint.setWordWrap(True)  # long in English; must not widen the window past small screens
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.move_button, self.auto_button, self.open_button):
            layout.addWidget(button)
        layout.addSpacing(12)
        layout.addWidget(hint, 1)
        self.hint_label = hint

    def set_item_chosen(self, chosen: bool) -> None:
        for button in (self.move_button, self.auto_button, self.open_button):
            button.setEnabled(chosen)
