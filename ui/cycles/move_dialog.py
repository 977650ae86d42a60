"""移到其他周期: choose the cycle an item belongs to, or hand it back to its due date."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QVBoxLayout, QWidget

from desktop.cycles.keys import kind_of
from desktop.errors import UserFacingError
from ui.widgets.dialogs import save_cancel_buttons

AUTO = ""  # the combo's data for "back to automatic"


def _periodic(key: str) -> bool:
    try:
        return kind_of(key) != "named"
    except UserFacingError:  # an odd key listed by the service: keep it, among the named ones
        return False


class CycleMoveDialog(QDialog):
    """`choices`: (key, title) of the cycles offered. The combo is editable, so a clerk can also type a key
    such as 2026-Q4 that is not listed yet; `chosen_key()` is None for "by due date"."""

    def __init__(
        self, item_title: str, choices: list[tuple[str, str]], current_key: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("移到其他周期"))
        self.setMinimumWidth(460)
        label = QLabel(self.tr("把“%1”归入：").replace("%1", item_title))
        label.setWordWrap(True)
        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.addItem(self.tr("按截止日期自动归入"), AUTO)
        others = [c for c in choices if c[0] != current_key]
        periodic = sorted((c for c in others if _periodic(c[0])), key=lambda c: c[0])
        named = [c for c in others if not _periodic(c[0])]
        for key, title in periodic + named:  # in calendar order, the named (专项) ones last
            self.combo.addItem(self.texts(key, title), key)
        later = [i for i, (key, _) in enumerate(periodic, start=1) if key > current_key]
        self.combo.setCurrentIndex(later[0] if later else (1 if self.combo.count() > 1 else 0))
        hint = QLabel(
            self.tr("也可以直接输入周期：月度 2026-11，季度 2026-Q4，年度 2026，或专项周期的名称。")
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666;")
        buttons = self.buttons = save_cancel_buttons(self, save_text=self.tr("移过去"))
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    @staticmethod
    def texts(key: str, title: str) -> str:
        return title if title == key else f"{title}（{key}）"

    def choose(self, key: str | None) -> None:
        """Select a listed cycle (None: by due date), or type one that is not listed."""
        index = self.combo.findData(AUTO if key is None else key)
        if index >= 0:
            self.combo.setCurrentIndex(index)
        else:
            self.combo.setEditText(key or "")

    def chosen_key(self) -> str | None:
        text = self.combo.currentText().strip()
        index = self.combo.findText(text)
        if index >= 0:
            data = self.combo.itemData(index)
            return None if data == AUTO else data
        return text or None
