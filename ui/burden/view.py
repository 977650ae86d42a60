"""The 减负统计 page: the load that reached the township in a period, from `office.burden.report(start, end)`.

Top: the period (`PeriodPicker`) and the export buttons (`ReportExport`). Then the headline numbers
(`Headlines`), each opening the items behind it (`DrillDownDialog` over `office.burden.items_behind`), and three
charts (`ui.burden.charts`): items per month by kind against last year, departments ranked by burden score (the
formula under it), and the working days items allowed. A bar opens its items too. On a big office the report is
read on the worker thread (`AppState.read`); an answer overtaken by a newer period is dropped.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.burden.measures import BurdenReport
from desktop.burden.scores import formula_text
from ui.app_state import AppState
from ui.burden.charts import DeadlineChart, DepartmentChart, TrendChart, score_terms
from ui.burden.drill import Drill, DrillDownDialog
from ui.burden.export import ReportExport
from ui.burden.headlines import Headline, Headlines
from ui.burden.period import PeriodPicker

TILES_PER_ROW = 6


def _count(value: float) -> str:
    return f"{int(value):,}"


def _share(share: float) -> str:
    return f"{share * 100:.0f}%"


class BurdenView(QWidget):
    open_item = Signal(int)  # show an item in 收文登记

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.report: BurdenReport | None = None
        self.shown_period: tuple[date, date] | None = None
        self.drill_dialog: DrillDownDialog | None = None
        self._reads = 0
        self.period = PeriodPicker(lambda: state.office.clock().date())
        self.exporter = ReportExport(state, self)
        self.pdf_button = QPushButton(self.tr("导出 PDF 报告…"))
        self.xlsx_button = QPushButton(self.tr("导出 Excel…"))
        self.info_label = QLabel()
        self.info_label.setWordWrap(True)
        self.headlines = Headlines(self._headlines(), TILES_PER_ROW)
        self.trend = TrendChart()
        self.departments = DepartmentChart()
        self.deadlines = DeadlineChart()
        self.formula_label = QLabel()
        self.formula_label.setWordWrap(True)
        self.formula_label.setStyleSheet("color: #555; font-size: 11px;")
        self._lay_out()
        self.period.changed.connect(self.refresh)
        self.headlines.chosen.connect(lambda h: self.open_drill(Drill(h.label, h.measure, h.measure_key)))
        for chart in (self.trend, self.departments, self.deadlines):
            chart.drill.connect(self.open_drill)
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.refresher = state.watch(self, self.refresh)  # now, or when next shown

    def _headlines(self) -> list[Headline]:
        return [
            Headline("total", "items", None, self.tr("收到事项")),
            Headline("task", "items", "task", self.tr("工作任务")),
            Headline("meeting", "meetings", None, self.tr("会议")),
            Headline("form", "items", "form", self.tr("报表")),
            Headline("duplicates", "duplicate_requests", None, self.tr("重复数据请求")),
            Headline("off_whitelist", "off_whitelist", None, self.tr("清单外报表")),
            Headline("lt1", "short_deadlines", "lt1", self.tr("时限不足1个工作日")),
            Headline("lt3", "short_deadlines", "lt3", self.tr("时限不足3个工作日")),
            Headline("principal", "meetings", "principal_required", self.tr("要求主要负责人参会")),
            Headline("repeat", "meetings", "repeat_of_document", self.tr("会议重复部署已发文件")),
            Headline("demands", "progress_demands", None, self.tr("要求日报/周报")),
            Headline("entries", "entries", None, self.tr("报表需填单元格")),
        ]

    def _lay_out(self) -> None:
        title = QLabel(self.tr("减负统计"))
        title.setStyleSheet("font-size: 18px; font-weight: bold;")
        header = QHBoxLayout()
        header.addWidget(title)
        header.addSpacing(16)
        header.addWidget(self.period)
        header.addStretch(1)
        header.addWidget(self.pdf_button)
        header.addWidget(self.xlsx_button)
        charts = QGridLayout()
        charts.setSpacing(8)
        charts.addWidget(self.trend, 0, 0)
        charts.addWidget(self.deadlines, 1, 0)
        right = QVBoxLayout()
        right.setSpacing(2)
        right.addWidget(self.departments, 1)
        right.addWidget(self.formula_label)
        charts.addLayout(right, 0, 1, 2, 1)
        charts.setRowStretch(0, 3)  # the trend has a legend under it
        charts.setRowStretch(1, 2)
        charts.setColumnStretch(0, 3)
        charts.setColumnStretch(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.setSpacing(6)
        layout.addLayout(header)
        layout.addWidget(self.info_label)
        layout.addWidget(self.headlines)
        layout.addLayout(charts, 1)

    # --- reading ------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the report of the chosen period (on the worker thread for a big office)."""
        start, end = self.period.period()
        if end < start:
            self._say(self.tr("结束日期早于开始日期，请重新选择统计期间。"), error=True)
            return
        self._reads += 1
        read = self._reads
        if self.state.background:
            self._say(
                self.tr("正在统计 %1 至 %2…").replace("%1", start.isoformat()).replace("%2", end.isoformat())
            )
        self.state.read(
            self,
            lambda office: office.burden.report(start, end),
            lambda report: self.show_report(report) if read == self._reads else None,
        )

    def show_report(self, report: BurdenReport) -> None:
        self.report = report
        self.shown_period = (report.start, report.end)
        self._show_numbers(report)
        for chart in (self.trend, self.departments, self.deadlines):
            chart.set_report(report)
        self.formula_label.setText(
            self.tr("负担指数 = %1。鼠标停在条形上可看各项，点击条形查看事项。").replace(
                "%1", formula_text(score_terms())
            )
        )
        info = self.tr("统计 %1 至 %2 收到的事项（含已归档），按收文日期计。点击数字或条形可查看对应事项。")
        info = info.replace("%1", report.start.isoformat()).replace("%2", report.end.isoformat())
        self._say(info)

    def _show_numbers(self, report: BurdenReport) -> None:
        set_value = self.headlines.set_value
        total, last = sum(report.items.values()), sum(report.last_year.values())
        change = ""
        if last:
            change = self.tr("去年同期 %1（%2）").replace("%1", _count(last))
            change = change.replace("%2", f"{(total - last) / last * 100:+.0f}%")
        set_value("total", _count(total), change or self.tr("去年同期无记录"))
        set_value("task", _count(report.items["task"]))
        meetings = report.meetings.to_dict()
        set_value(
            "meeting",
            _count(meetings["count"]),
            self.tr("共 %1 小时").replace("%1", f"{meetings['hours']:g}"),
        )
        set_value("form", _count(report.items["form"]))
        duplicates = report.duplicate_requests
        set_value(
            "duplicates",
            _count(duplicates["forms"]),  # the forms asking again (the items behind); a form may repeat two
            self.tr("%1 对 · 重复字段 %2 个")
            .replace("%1", _count(duplicates["count"]))
            .replace("%2", _count(duplicates["shared_fields"])),
            warn=duplicates["forms"] > 0,
        )
        off = report.off_whitelist
        set_value(
            "off_whitelist",
            _count(off["count"]),
            self.tr("占报表的 %1").replace("%1", _share(off["share"]))
            if off["whitelist"]
            else self.tr("未导入县报表目录"),
            warn=off["count"] > 0,
        )
        short = report.short_deadlines
        for band in ("lt1", "lt3"):
            count = short[band]["count"]
            note = self.tr("占有时限事项的 %1").replace("%1", _share(short[band]["share"]))
            set_value(band, _count(count), note, warn=count > 0)
        share = meetings["principal_required_share"]
        set_value(
            "principal",
            _count(meetings["principal_required"]),
            self.tr("占会议的 %1").replace("%1", _share(share)),
        )
        set_value("repeat", _count(meetings["repeat_of_document"]), self.tr("同单位 30 天内已发文"))
        demands = report.progress_demands
        set_value(
            "demands",
            _count(demands["daily"] + demands["weekly"]),
            self.tr("日报 %1 · 周报 %2")
            .replace("%1", _count(demands["daily"]))
            .replace("%2", _count(demands["weekly"])),
        )
        cells = report.cells
        set_value(
            "entries",
            _count(cells.requested),
            self.tr("台账 %1 · 手填 %2 · 空白 %3")
            .replace("%1", _count(cells.from_ledger))
            .replace("%2", _count(cells.typed))
            .replace("%3", _count(cells.blank)),
        )

    def _say(self, text: str, error: bool = False) -> None:
        self.info_label.setText(text)
        self.info_label.setStyleSheet("color: #9b1c1c;" if error else "color: #555;")

    # --- drill-down and export ----------------------------------------------------
    def open_drill(self, drill: Drill) -> DrillDownDialog | None:
        """The items behind a number of the period shown (a window-modal list; Esc closes it)."""
        if self.shown_period is None:
            return None
        if self.drill_dialog is not None:
            self.drill_dialog.close()
            self.drill_dialog.deleteLater()
        start, end = self.shown_period
        dialog = DrillDownDialog(self.state, drill, start, end, self)
        dialog.open_item.connect(self.open_item)
        self.drill_dialog = dialog
        dialog.open()
        return dialog

    def export(self, kind: str):  # noqa: ANN201 - the path written, or None
        start, end = self.shown_period or self.period.period()
        written = self.exporter.export(kind, start, end)
        window = self.window()
        if written is not None and hasattr(window, "statusBar"):
            window.statusBar().showMessage(self.tr("已导出：%1").replace("%1", str(written)), 15000)
        return written
