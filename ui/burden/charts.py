"""The three charts of 减负统计 (QtCharts): items received per month by kind (with last year's totals as a line),
departments ranked by burden score, and the time items allowed (working days). A click on a bar asks for the
items behind it (`drill`, a `Drill`)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QLocale, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFont, QPainter, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from desktop.burden.measures import KINDS, BurdenReport
from desktop.burden.scores import WEIGHTS
from ui.burden.drill import Drill, deadline_drills
from ui.texts import kind_label

KIND_COLOURS = {"task": "#1a56db", "meeting": "#e8a317", "form": "#2e9e5b"}
RANKED = 10  # departments shown; the rest are in the report files


def nice_axis(value: float) -> tuple[float, int]:
    """(top, tick count) of a value axis over 0 … `value`: round steps (1, 2, 5 × 10ⁿ), a little room above."""
    step = 1.0
    while True:
        for factor in (1, 2, 2.5, 5):
            candidate = step * factor
            top = candidate * (int(value * 1.1 / candidate) + 1)
            if top / candidate <= 5:
                return top, int(round(top / candidate)) + 1
        step *= 10


def month_labels(months: list[str]) -> list[str]:
    """Short month names in the interface language (11月, Nov); with the year when the months span two."""
    locale = QLocale()
    years = {m[:4] for m in months}
    labels = []
    for month in months:
        name = locale.monthName(int(month[5:7]), QLocale.FormatType.ShortFormat)
        labels.append(f"{month[2:4]}/{name}" if len(years) > 1 else name)
    return labels


def score_terms() -> dict[str, str]:
    """Each component of the burden score, in the interface language."""
    return {key: QCoreApplication.translate("burden", name) for key, (_w, name) in WEIGHTS.items()}


class BurdenChart(QChartView):
    drill = Signal(object)

    def __init__(self, title: str, parent: QWidget | None = None, horizontal: bool = False) -> None:
        super().__init__(parent)
        chart = QChart()
        chart.setTitle(title)
        font = QFont(chart.titleFont())
        font.setBold(True)
        font.setPointSizeF(max(font.pointSizeF(), 10.0))
        chart.setTitleFont(font)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.layout().setContentsMargins(0, 0, 0, 0)
        chart.setBackgroundRoundness(0)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        # One pair of axes for the chart's life: axes removed and made anew for each report stayed drawn
        # (their labels over the new ones) until the view was rebuilt.
        self.category_axis = QBarCategoryAxis()
        self.value_axis = QValueAxis()
        self.value_axis.setLabelFormat("%g")
        left, bottom = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom
        chart.addAxis(self.category_axis, left if horizontal else bottom)
        chart.addAxis(self.value_axis, bottom if horizontal else left)
        self.setChart(chart)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(200)
        self.categories: list[str] = []

    def _clear(self) -> None:
        self.chart().removeAllSeries()

    def _axes(self, series, categories: list[str], value: float) -> None:  # noqa: ANN001 - any series
        self.chart().addSeries(series)
        self.category_axis.clear()
        self.category_axis.append(categories)
        self._value_range(value)
        series.attachAxis(self.category_axis)
        series.attachAxis(self.value_axis)
        self.categories = list(categories)

    def _value_range(self, value: float) -> None:
        top, ticks = nice_axis(value)
        self.value_axis.setRange(0, top)
        self.value_axis.setTickCount(ticks)

    def values(self, name: str) -> list[float]:
        """The values of the bar set or line called `name` (tests)."""
        for series in self.chart().series():
            if isinstance(series, QLineSeries) and series.name() == name:
                return [point.y() for point in series.points()]
            for bar_set in getattr(series, "barSets", lambda: [])():
                if bar_set.label() == name:
                    return [bar_set.at(i) for i in range(bar_set.count())]
        raise KeyError(name)


class TrendChart(BurdenChart):
    """Stacked bars per month (工作任务, 会议, 报表) and a line of last year's monthly totals when there were any."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("每月收到的事项"), parent)
        self.months: list[str] = []

    def set_report(self, report: BurdenReport) -> None:
        self._clear()
        self.months = list(report.items_by_month)
        series = QStackedBarSeries()
        for kind in KINDS:
            bar_set = QBarSet(kind_label(kind))
            bar_set.setColor(QColor(KIND_COLOURS[kind]))
            bar_set.append([float(report.items_by_month[m][kind]) for m in self.months])
            bar_set.clicked.connect(lambda index, kind=kind: self._clicked(index, kind))
            series.append(bar_set)
        totals = [sum(report.items_by_month[m].values()) for m in self.months]
        top = max(totals, default=0)
        self._axes(series, month_labels(self.months), top)
        last = [sum(v.values()) for v in report.last_year_by_month.values()]
        if any(last) and len(last) == len(self.months):
            line = QLineSeries()
            line.setName(self.tr("去年同期合计"))
            line.setPen(QPen(QColor("#555555"), 2, Qt.PenStyle.DashLine))
            for index, value in enumerate(last):
                line.append(index, value)
            self.chart().addSeries(line)
            line.attachAxis(self.category_axis)
            line.attachAxis(self.value_axis)
            self._value_range(max(top, *last))

    def _clicked(self, index: int, kind: str) -> None:
        month = self.months[index]
        label = f"{self.categories[index]} · {kind_label(kind)}"
        self.drill.emit(Drill(label, "items_by_month", f"{month}/{kind}"))


class DepartmentChart(BurdenChart):
    """The departments with the highest burden score, highest at the top; hovering shows the score's terms."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.title = self.tr("来文单位负担指数排名")
        super().__init__(self.title, parent, horizontal=True)
        self.departments: list[str] = []
        self.components: dict[str, dict[str, float]] = {}
        self.chart().legend().hide()

    def set_report(self, report: BurdenReport) -> None:
        self._clear()
        ranked = [s for s in report.scores if s.score > 0][:RANKED]
        self.departments = [s.department for s in reversed(ranked)]  # the chart draws the first at the bottom
        self.components = {s.department: s.components for s in ranked}
        title = self.title
        if not ranked:
            title += self.tr("（本期没有来文）")
        elif len(report.scores) > RANKED:
            title += (
                self.tr("（前 %1 名，共 %2 个单位）")
                .replace("%1", str(RANKED))
                .replace("%2", str(len(report.scores)))
            )
        self.chart().setTitle(title)
        for axis in (self.category_axis, self.value_axis):
            axis.setVisible(bool(ranked))
        series = QHorizontalBarSeries()
        bar_set = QBarSet(self.tr("负担指数"))
        bar_set.setColor(QColor("#1a56db"))
        bar_set.append([float(s.score) for s in reversed(ranked)])
        bar_set.clicked.connect(self._clicked)
        bar_set.hovered.connect(self._hovered)
        series.append(bar_set)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsInsideEnd)
        bar_set.setLabelColor(QColor("white"))
        self._axes(series, self.departments, max((s.score for s in ranked), default=0))

    def explain(self, department: str) -> str:
        """The department's score term by term (the tooltip)."""
        parts = self.components.get(department, {})
        weights = {k: w for k, (w, _n) in WEIGHTS.items()}
        terms = score_terms()
        term = self.tr("%1：%2 × %3")
        lines = [
            term.replace("%1", terms[k]).replace("%2", f"{parts[k]:g}").replace("%3", f"{weights[k]:g}")
            for k in WEIGHTS
            if parts.get(k)
        ]
        total = sum(weights[k] * parts.get(k, 0) for k in WEIGHTS)
        return "\n".join([department, *lines, self.tr("负担指数 %1").replace("%1", f"{total:g}")])

    def _hovered(self, status: bool, index: int) -> None:
        if status and 0 <= index < len(self.departments):
            QToolTip.showText(QCursor.pos(), self.explain(self.departments[index]), self)
        else:
            QToolTip.hideText()

    def _clicked(self, index: int) -> None:
        name = self.departments[index]
        self.drill.emit(Drill(name, "scores", name))


class DeadlineChart(BurdenChart):
    """Items with a deadline by the working days they allowed: under 1, 1–2, 3–4, 5 or more."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("办理时限分布（工作日）"), parent)
        self.chart().legend().hide()
        self.bands: list[Drill] = []

    def labels(self) -> list[str]:
        return [self.tr("不足1天"), self.tr("1–2天"), self.tr("3–4天"), self.tr("5天及以上")]

    def set_report(self, report: BurdenReport) -> None:
        self._clear()
        short = report.short_deadlines
        lt1, lt3, lt5 = (short[band]["count"] for band in ("lt1", "lt3", "lt5"))
        counts = [lt1, lt3 - lt1, lt5 - lt3, short["with_due"] - lt5]
        self.bands = deadline_drills([self.tr("办理时限 %1").replace("%1", label) for label in self.labels()])
        series = QBarSeries()
        bar_set = QBarSet(self.tr("事项"))
        bar_set.append([float(c) for c in counts])
        bar_set.setColor(QColor("#e67e22"))
        bar_set.clicked.connect(lambda index: self.drill.emit(self.bands[index]))
        series.append(bar_set)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        bar_set.setLabelColor(QColor("#333333"))
        self._axes(series, self.labels(), max(counts, default=0))


def period_text(start: date, end: date) -> str:
    return f"{start.isoformat()} — {end.isoformat()}"
