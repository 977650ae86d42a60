"""The 基层减负监测报告 (`burden report --pdf FILE`): a first page of headline figures, a bar chart of the items
received each month by kind, then titled tables (months, departments ranked with their burden score and its
formula, deadlines, duplicate requests, the score's weights). A4 portrait, CJK font, "第 X 页 共 Y 页" and
bookmarks from the township report's parts (`exports.pdf.report`, `exports.pdf.sections`). Plain data in,
nothing personal: counts, shares, department names.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, CondPageBreak, Frame, PageTemplate, Paragraph, Spacer, Table
from reportlab.platypus.flowables import Flowable

from exports.pdf.fonts import register_cjk_font
from exports.pdf.report import MARGIN, PdfResult, _Anchor, _footer, _ReportCanvas
from exports.pdf.report_data import ReportData
from exports.pdf.sections import Sections
from exports.pdf.tables import Styles, _escape

SERIES_COLOURS = (
    colors.Color(0.27, 0.45, 0.77),
    colors.Color(0.93, 0.49, 0.19),
    colors.Color(0.44, 0.68, 0.28),
)


@dataclass(frozen=True)
class BurdenTable:
    title: str
    headers: Sequence[str]
    rows: Sequence[Sequence[object]]
    note: str = ""


@dataclass
class BurdenPdfData:
    title: str  # 基层减负监测报告
    office: str
    period: str
    created: str
    summary: Sequence[tuple[str, str]] = ()
    months: Sequence[str] = ()  # the chart's categories (2026-09 …)
    series: Sequence[tuple[str, Sequence[int]]] = ()  # (kind word, count per month)
    tables: Sequence[BurdenTable] = ()
    notes: list[str] = field(default_factory=list)


def write_burden_report_pdf(
    data: BurdenPdfData, out_path: str | os.PathLike[str], *, embed_font: bool = True
) -> PdfResult:
    """Write the report to ``out_path`` (a temporary name, renamed when complete)."""
    out = Path(out_path)
    font = register_cjk_font(embed=embed_font)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.part")
    label = " ".join(p for p in (data.office, data.period, data.title) if p)
    try:
        doc = BaseDocTemplate(
            str(tmp),
            pagesize=A4,
            title=label,
            author=data.office,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN,
        )
        frame = Frame(MARGIN, MARGIN, A4[0] - 2 * MARGIN, A4[1] - 2 * MARGIN, 0, 0, 0, 0, id="p")
        doc.addPageTemplates(
            [PageTemplate("portrait", [frame], onPage=_footer(font.name, label), pagesize=A4)]
        )
        story = _Story(data, Styles(font.name), frame._width).flowables()

        def canvasmaker(*args: object, **kwargs: object) -> _ReportCanvas:
            canv = _ReportCanvas(*args, **kwargs)
            canv.font_name = font.name
            return canv

        doc.build(story, canvasmaker=canvasmaker)
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return PdfResult(out, doc.page, font.name, font.embedded, 0)


class _Story:
    def __init__(self, data: BurdenPdfData, styles: Styles, width: float) -> None:
        self.data = data
        self.font = styles.font
        self.width = width
        self.s = Sections(ReportData("", "", "", "", 0, ""), styles)  # the township report's styles

    def _p(self, text: object, small: bool = False) -> Paragraph:
        return Paragraph(_escape(str(text)), self.s.small if small else self.s.body)

    def _grid(self, headers: Sequence[str], rows: Sequence[Sequence[object]], widths: list[float]) -> Table:
        cells = [[self._p(h, small=True) for h in headers]]
        cells += [[self._p(c, small=True) for c in row] for row in rows]
        return Table(cells, colWidths=widths, repeatRows=1, style=self.s.grid, hAlign="LEFT")

    def _widths(self, table: BurdenTable) -> list[float]:
        """Each column as wide as its longest text wants, the whole fitted to the frame."""
        want = [
            max(len(str(v)) for v in [h, *(r[i] for r in table.rows)]) for i, h in enumerate(table.headers)
        ]
        natural = [min(22.0, max(3.0, float(n))) for n in want]
        scale = self.width / sum(natural)
        return [n * scale for n in natural]

    def flowables(self) -> list[Flowable]:
        d = self.data
        out: list[Flowable] = [
            _Anchor("summary", "概况"),
            Spacer(1, 12),
            Paragraph(_escape(d.title), self.s.title),
            Spacer(1, 6),
            self._p(f"{d.office}　{d.period}"),
            Spacer(1, 10),
            Table(
                [[self._p(a), self._p(b)] for a, b in d.summary],
                colWidths=[150, self.width - 150],
                style=self.s.grid,
                hAlign="LEFT",
            ),
            Spacer(1, 6),
            self._p(f"生成日期：{d.created}", small=True),
        ]
        out += [self._p(note, small=True) for note in d.notes]
        if d.months:
            out += [
                Spacer(1, 10),
                _Anchor("trend", "按月趋势"),
                Paragraph("按月收到事项", self.s.h1),
                self._chart(),
            ]
        for n, table in enumerate(d.tables, start=1):
            out += [
                CondPageBreak(120),
                Spacer(1, 12),
                _Anchor(f"t{n}", table.title),
                Paragraph(_escape(table.title), self.s.h1),
            ]
            out.append(
                self._grid(table.headers, table.rows, self._widths(table)) if table.rows else self._p("无。")
            )
            if table.note:
                out += [Spacer(1, 3), self._p(table.note, small=True)]
        return out

    def _chart(self) -> Drawing:
        d = self.data
        height = 190
        drawing = Drawing(self.width, height)
        chart = VerticalBarChart()
        chart.x, chart.y, chart.width, chart.height = 30, 40, self.width - 140, height - 55
        chart.data = [list(values) or [0] for _name, values in d.series] or [[0]]
        chart.categoryAxis.categoryNames = [m[2:] for m in d.months]
        chart.categoryAxis.labels.fontName = self.font
        chart.categoryAxis.labels.fontSize = 7
        chart.categoryAxis.labels.angle = 30 if len(d.months) > 8 else 0
        chart.categoryAxis.labels.dy = -4
        chart.valueAxis.labels.fontName = self.font
        chart.valueAxis.labels.fontSize = 7
        chart.valueAxis.valueMin = 0
        top = max((v for _n, values in d.series for v in values), default=0)
        chart.valueAxis.valueMax = max(5, top + 1)
        chart.valueAxis.valueStep = max(1, (top + 5) // 5)
        for i, colour in enumerate(SERIES_COLOURS[: len(chart.data)]):
            chart.bars[i].fillColor = colour
            chart.bars[i].strokeColor = None
        legend = Legend()
        legend.x, legend.y = self.width - 95, height - 30
        legend.fontName, legend.fontSize = self.font, 8
        legend.colorNamePairs = list(zip(SERIES_COLOURS, [name for name, _v in d.series], strict=False))
        drawing.add(chart)
        drawing.add(legend)
        return drawing
