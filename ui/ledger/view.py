"""台账: what the ledger holds, importing filled returns, settling conflicts, looking people up."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from desktop.cycles.keys import Cycle, display_title
from ui.app_state import AppState
from ui.intake.labels import entity_label
from ui.ledger.conflicts import ConflictPanel
from ui.ledger.lookup import LookupPanel
from ui.widgets.stat_tiles import StatRow

if TYPE_CHECKING:
    from desktop.burden.service import CycleCells
    from desktop.ledger.report import ImportReport
    from ui.ledger.importing import LedgerImportFlow


class LedgerView(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        heading = QLabel(self.tr("台账"))
        heading.setStyleSheet("font-size: 18px; font-weight: bold;")
        subtitle = QLabel(self.tr("各部门、各村交回的表格导入后汇成一本账：每项数据记着来源，改动留有历史。"))
        subtitle.setStyleSheet("color: #555;")
        self.import_button = QPushButton(self.tr("导入已填报的表格…"))
        self.import_button.setStyleSheet("padding: 4px 14px;")
        self.import_button.clicked.connect(lambda: self.import_return())
        self.reveal = QCheckBox(self.tr("显示完整信息"))
        self.reveal.setToolTip(self.tr("身份证号码、电话、银行账号默认部分隐藏，以免旁人看到。"))
        self.reveal.toggled.connect(lambda on: self.set_masked(not on))
        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(heading)
        titles.addWidget(subtitle)
        top.addLayout(titles, 1)
        top.addWidget(self.reveal)
        top.addSpacing(12)
        top.addWidget(self.import_button)

        self.stats = StatRow(
            [
                ("person", entity_label("person")),
                ("household", entity_label("household")),
                ("village", entity_label("village")),
                ("enterprise", entity_label("enterprise")),
                ("values", self.tr("数据项")),
                ("invalid_keys", self.tr("身份号码待核")),
                ("conflicts", self.tr("待处理冲突")),
            ]
        )
        self.lookup = LookupPanel(state)
        self.conflicts = ConflictPanel(state)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.lookup, self.tr("查询"))
        self.tabs.addTab(self.conflicts, "")
        self.reuse_label = QLabel()
        self.reuse_label.setWordWrap(True)
        self.reuse_label.setStyleSheet("background: #eef6ee; padding: 6px 10px; border-radius: 4px;")
        self.reuse_label.linkActivated.connect(lambda _link: self.show_reuse(asked=True))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stats)
        layout.addWidget(self.reuse_label)
        layout.addWidget(self.tabs, 1)
        self.refresher = state.watch(self, self.refresh)  # now, or when next shown

    def refresh(self) -> None:
        self.conflicts.refresh()  # before the figures: they count its open conflicts
        self.state.read(self, lambda office: office.ledger.stats(), self._show_stats)
        self.lookup.refresh()
        self.show_reuse()

    def _show_stats(self, stats: dict) -> None:
        for kind, count in stats["entities"].items():
            self.stats.set_value(kind, count)
        self.stats.set_value("values", stats["values"])
        self.stats.set_value(
            "invalid_keys", stats["invalid_keys"], "warn" if stats["invalid_keys"] else "plain"
        )
        open_conflicts = len(self.conflicts.conflicts)
        self.stats.set_value("conflicts", open_conflicts, "warn" if open_conflicts else "plain")
        self.tabs.setTabText(1, self.tr("待处理冲突（%1）").replace("%1", str(open_conflicts)))

    def show_reuse(self, asked: bool = False) -> None:
        """The current cycle's forms: the cells they request, each counted once — filled from the ledger, typed
        by hand, or blank; the figures its package would carry (`office.burden`), never more than the ledger fills.

        They come from the rows the fill would write: on a big office (100,000 people) that is most of a minute of
        work, so there they are counted when the clerk asks, not on every change."""
        if self.state.background and not asked:
            self.reuse_label.setText(
                self.tr(
                    "本报送周期的报表需要填报多少数据、台账能填上多少：<a href='count'>统计</a>（台账较大，需要一些时间）"
                )
            )
            return
        if asked:
            self.reuse_label.setText(self.tr("正在统计本报送周期的数据项…"))

        def read(office):
            cycle = office.cycles.current()
            return cycle, office.burden.cycle_cells(cycle.key)

        self.state.read(self, read, self._show_reuse)

    def _show_reuse(self, found: tuple[Cycle, CycleCells]) -> None:
        cycle, figures = found
        cells = figures.total
        self.reuse_label.setText(
            self.tr(
                "本报送周期（%1）收到报表 %2 张，共需填报 %3 项数据：台账直接填上 %4 项（少录的），"
                "手工补录 %5 项，还空着 %6 项。"
            )
            .replace("%1", display_title(cycle, QCoreApplication.translate))
            .replace("%2", str(figures.forms_received))
            .replace("%3", f"{cells.requested:,}")
            .replace("%4", f"{cells.from_ledger:,}")
            .replace("%5", f"{cells.typed:,}")
            .replace("%6", f"{cells.blank:,}")
        )

    def set_masked(self, masked: bool) -> None:
        """ID numbers, phones and bank accounts shown masked (the default) or in full."""
        if self.reveal.isChecked() == masked:
            self.reveal.setChecked(not masked)
            return
        if not masked and not self.state.office.users.record_reveal("ledger"):
            self.reveal.setChecked(False)  # a reveal that cannot be logged does not happen
            return
        self.lookup.set_masked(masked)
        self.conflicts.set_masked(masked)

    @cached_property
    def flow(self) -> LedgerImportFlow:
        """The import steps; the Excel reader loads when the clerk first imports."""
        from ui.ledger.importing import LedgerImportFlow

        return LedgerImportFlow(self.state, self)

    def import_return(
        self, path: Path | str | None = None, department: str | None = None
    ) -> ImportReport | None:
        """Choose (unless given), dry-run, review and import a filled return."""
        return self.flow.run(path, department)
