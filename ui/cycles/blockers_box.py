"""The box above a cycle's checklist: what still blocks submission, or that the cycle can be submitted."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.cycles.checklist import Changes

WARN_BOX = "QFrame#blockers { background: #fff4e0; border: 1px solid #f0c36d; border-radius: 6px; }"
GOOD_BOX = "QFrame#blockers { background: #e7f6ec; border: 1px solid #9fd4ae; border-radius: 6px; }"
PLAIN_BOX = "QFrame#blockers { background: #f4f6f8; border: 1px solid #dde1e6; border-radius: 6px; }"
MAX_BLOCKER_LINES = 6
# Lines of blockers laid out in the box: a big office can have a hundred, and wrapping them all costs the
# window a visible stall; the rest are counted (each form and task shows its own state in the tabs below).
LISTED_BLOCKERS = 30


class BlockersBox(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("blockers")
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold; background: transparent; border: none;")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setStyleSheet("background: transparent; border: none;")
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.label)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.scroll)

    def show_blockers(self, texts: list[str], fillable: bool) -> None:
        """`texts`: the blockers, translated; `fillable`: the cycle has a form the package fills."""
        if not texts:
            self.show_state(
                GOOD_BOX,
                self.tr("可以报送"),
                self.tr("报表的数据已齐全，任务都已办结。点“生成报送包…”即可。"),
                1,
            )
        elif not fillable:
            self.show_state(PLAIN_BOX, self.tr("本周期不需要生成报送包"), self._listed(texts), len(texts))
        else:
            title = self.tr("生成报送包之前还要处理 %1 项（也可以先生成，会请您确认）").replace(
                "%1", str(len(texts))
            )
            self.show_state(WARN_BOX, title, self._listed(texts), len(texts))

    def show_submitted(self, version: int, day: str, changes: Changes | None, texts: list[str]) -> None:
        """已报送: the version and date, what the ledger changed since (never a problem), and any other
        blockers still listed (open tasks)."""
        title = self.tr("已报送第 %1 版（%2）").replace("%1", str(version)).replace("%2", day)
        if changes is None:
            since = self.tr("第 %1 版的报送包已不在历史文件夹中，无法比较之后的改动。")
        elif changes.any:
            since = (
                self.tr("自第 %1 版以来：台账新增 %2 行，%3 个数据有改动。需要报送新数据时可重新生成。")
                .replace("%2", str(changes.rows_added))
                .replace("%3", str(changes.values_changed))
            )
        else:
            since = self.tr("自第 %1 版以来台账没有改动。")
        since = since.replace("%1", str(version))
        text = "\n".join([since, self._listed(texts)]) if texts else since
        self.show_state(GOOD_BOX, title, text, 1 + min(len(texts), LISTED_BLOCKERS))

    def show_state(self, style: str, title: str, text: str, lines: int) -> None:
        self._style(style)
        self.title.setText(title)
        self.label.setText(text)
        self._fit(lines)

    def _listed(self, texts: list[str]) -> str:
        lines = [f"· {t}" for t in texts[:LISTED_BLOCKERS]]
        if len(texts) > LISTED_BLOCKERS:
            more = len(texts) - LISTED_BLOCKERS
            lines.append(self.tr("…… 另有 %1 项，见下面各报表和任务的状态").replace("%1", str(more)))
        return "\n".join(lines)

    def _style(self, style: str) -> None:
        # Restyling and resizing the box re-polish and re-lay out the page (~50 ms each on the main
        # thread): only when the state actually changed, not on every refresh after an edit.
        if self.styleSheet() != style:
            self.setStyleSheet(style)

    def _fit(self, lines: int) -> None:
        """Up to MAX_BLOCKER_LINES lines are shown whole; a longer list scrolls inside the box."""
        spacing = self.label.fontMetrics().lineSpacing()
        height = min(lines, MAX_BLOCKER_LINES) * spacing + 2
        if self.scroll.maximumHeight() != height or self.scroll.minimumHeight() != height:
            self.scroll.setFixedHeight(height)
