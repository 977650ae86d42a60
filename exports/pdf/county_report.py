"""The county's report for a cycle (`county report --cycle C --pdf FILE`), drawn with reportlab like the
township's report.pdf and with its parts (`exports.pdf.report`: fonts, page canvas, footer "第 X 页 共 Y 页",
bookmarks; `exports.pdf.sections` styles): a summary page, the completeness matrix (townships × forms, a
word in every cell — colour only repeats it — and the rows received), the late and missing forms, and the
county-wide duplicate requests (department pairs asking for the same catalog fields). A4; the matrix turns
landscape when it has many forms. Counts and names only: no person-level data.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)
from reportlab.platypus.flowables import Flowable

from exports.pdf.fonts import register_cjk_font
from exports.pdf.report import MARGIN, PdfResult, _Anchor, _footer, _ReportCanvas
from exports.pdf.report_data import ReportData
from exports.pdf.sections import Sections
from exports.pdf.tables import Styles, _escape

STATE_COLOURS = {
    "按时": colors.Color(0.86, 0.94, 0.86),
    "逾期": colors.Color(1.0, 0.89, 0.74),
    "未报": colors.Color(0.98, 0.80, 0.80),
    "未到期": colors.Color(0.93, 0.93, 0.93),
    "已报": colors.Color(0.86, 0.94, 0.86),
}
MATRIX_PORTRAIT_FORMS = 6
MIN_CELL, MAX_CELL = 40.0, 90.0  # a matrix cell holds 未到期 / 1234 行 at 9.5 pt


@dataclass(frozen=True)
class CountyFormColumn:
    number: str  # 表1, 表2 … as the matrix heads its columns
    form_no: str
    department: str
    title: str
    due: str  # "" when the form has no deadline


@dataclass(frozen=True)
class CountyTownshipLine:
    name: str
    code: str
    version: str  # "第 2 版" or "未报送"
    cells: Sequence[tuple[str, int]]  # (state word, rows) per form column


@dataclass
class CountyReportData:
    county: str
    cycle: str
    created: str
    summary: Sequence[tuple[str, str]] = ()  # (label, value) lines of the first page
    forms: Sequence[CountyFormColumn] = ()
    townships: Sequence[CountyTownshipLine] = ()
    late_missing: Sequence[tuple[str, str, str, str, str]] = ()  # township, form, state, due, submitted
    department_pairs: Sequence[tuple[str, str, int, str]] = ()  # dept, dept, shared fields, their names
    departments: Sequence[tuple[str, int, int, int]] = ()  # dept, forms, fields, asked elsewhere too
    notes: list[str] = field(default_factory=list)


def write_county_report_pdf(
    data: CountyReportData, out_path: str | os.PathLike[str], *, embed_font: bool = True
) -> PdfResult:
    """Write the report to ``out_path`` (a temporary name, renamed when complete)."""
    out = Path(out_path)
    font = register_cjk_font(embed=embed_font)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.part")
    wide = len(data.forms) > MATRIX_PORTRAIT_FORMS
    try:
        doc = BaseDocTemplate(
            str(tmp),
            pagesize=A4,
            title=f"{data.county} {data.cycle} 县级汇总报告".strip(),
            author=data.county,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN,
        )
        portrait = Frame(MARGIN, MARGIN, A4[0] - 2 * MARGIN, A4[1] - 2 * MARGIN, 0, 0, 0, 0, id="p")
        size = landscape(A4)
        wide_frame = Frame(MARGIN, MARGIN, size[0] - 2 * MARGIN, size[1] - 2 * MARGIN, 0, 0, 0, 0, id="l")
        footer = _footer(font.name, "，".join(p for p in (data.county, f"{data.cycle} 县级汇总报告") if p))
        doc.addPageTemplates(
            [
                PageTemplate("portrait", [portrait], onPage=footer, pagesize=A4),
                PageTemplate("landscape", [wide_frame], onPage=footer, pagesize=size),
            ]
        )
        story = _Story(data, Styles(font.name), (wide_frame if wide else portrait)._width, wide).flowables()

        def canvasmaker(*args: object, **kwargs: object) -> _ReportCanvas:
            canv = _ReportCanvas(*args, **kwargs)
            canv.font_name = font.name
            return canv

        doc.build(story, canvasmaker=canvasmaker)
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return PdfResult(out, doc.page, font.name, font.embedded, 1 if wide else 0)


class _Story:
    def __init__(self, data: CountyReportData, styles: Styles, matrix_width: float, wide: bool) -> None:
        self.data = data
        self.styles = styles
        self.matrix_width = matrix_width
        self.wide = wide
        # the township report's paragraph and grid styles, so both reports read alike
        self.s = Sections(ReportData("", "", "", "", 0, ""), styles)

    def _p(self, text: object, small: bool = False) -> Paragraph:
        return Paragraph(_escape(str(text)), self.s.small if small else self.s.body)

    def _grid(self, rows: list[list[object]], widths: list[float], extra: list | None = None) -> Table:
        cells = [[self._p(c, small=True) if isinstance(c, str) else c for c in row] for row in rows]
        table = Table(cells, colWidths=widths, repeatRows=1, style=self.s.grid, hAlign="LEFT")
        if extra:
            table.setStyle(extra)
        return table

    def flowables(self) -> list[Flowable]:
        d = self.data
        out: list[Flowable] = [
            _Anchor("summary", "概况"),
            Spacer(1, 20),
            Paragraph(_escape(f"{d.county} {d.cycle} 县级汇总报告".strip()), self.s.title),
            Spacer(1, 14),
            self._grid([["项目", "数量"], *[[a, b] for a, b in d.summary]], [220, 140]),
            Spacer(1, 10),
            self._p(f"生成日期：{d.created}", small=True),
        ]
        out += [self._p(note, small=True) for note in d.notes]
        out += [Spacer(1, 12), Paragraph("报表", self.s.h1), self._forms_table()]
        out += [NextPageTemplate("landscape" if self.wide else "portrait"), PageBreak()]
        out += [_Anchor("matrix", "完整性"), Paragraph("完整性：各乡镇 × 各报表", self.s.h1), *self._matrix()]
        out += [
            Spacer(1, 4),
            self._p(
                "每格写明状态与收到的行数；颜色只是重复文字：按时、已报（无时限）绿色，逾期橙色，未报红色。",
                True,
            ),
            NextPageTemplate("portrait"),
            PageBreak(),
            _Anchor("late", "逾期与未报"),
            Paragraph("逾期与未报", self.s.h1),
        ]
        late = [["乡镇", "报表", "状态", "报送时限", "收到时间"], *[list(r) for r in d.late_missing]]
        out.append(self._grid(late, [90, 190, 45, 80, 105]) if d.late_missing else self._p("无。"))
        out += [Spacer(1, 14), _Anchor("overlaps", "重复索取"), Paragraph("全县重复索取", self.s.h1)]
        out += self._overlaps()
        return out

    def _forms_table(self) -> Table:
        rows = [["列", "表号", "部门", "报表", "报送时限"]]
        rows += [
            [f.number, f.form_no or "清单外", f.department, f.title, f.due or "—"] for f in self.data.forms
        ]
        return self._grid(rows, [30, 70, 90, 230, 90])

    def _matrix(self) -> list[Flowable]:
        """The matrix, cut into as many tables as it takes for its form columns to stay readable."""
        forms = list(self.data.forms)
        name_w, version_w = 90.0, 50.0
        room = self.matrix_width - name_w - version_w
        per_table = max(1, int(room // MIN_CELL))
        out: list[Flowable] = []
        for first in range(0, max(1, len(forms)), per_table):
            chunk = range(first, min(first + per_table, len(forms)))
            cell_w = min(MAX_CELL, room / max(1, len(chunk)))
            rows: list[list[object]] = [["乡镇", "版本", *[forms[i].number for i in chunk]]]
            style: list = [("ALIGN", (2, 0), (-1, -1), "CENTER")]
            for r, line in enumerate(self.data.townships, start=1):
                cells = []
                for c, i in enumerate(chunk, start=2):
                    state, count = line.cells[i]
                    cells.append(f"{state}\n{count} 行" if count else state)
                    if state in STATE_COLOURS:
                        style.append(("BACKGROUND", (c, r), (c, r), STATE_COLOURS[state]))
                rows.append([f"{line.name}\n{line.code}", line.version, *cells])
            table = Table(
                rows,
                colWidths=[name_w, version_w, *[cell_w] * len(chunk)],
                repeatRows=1,
                style=self.s.grid,
                hAlign="LEFT",
            )
            table.setStyle(style)
            out += [table, Spacer(1, 8)]
        return out

    def _overlaps(self) -> list[Flowable]:
        d = self.data
        if not d.department_pairs:
            return [self._p("本期收到的报表中，没有两个部门索取相同的数据项。")]
        pairs = [
            ["部门", "部门", "相同数据项", "数据项"],
            *[[a, b, str(n), names] for a, b, n, names in d.department_pairs],
        ]
        loads = [["部门", "报表", "数据项", "其他部门也索取"]]
        loads += [
            [dept, str(forms), str(fields), str(shared)] for dept, forms, fields, shared in d.departments
        ]
        return [
            self._p(
                "按相同数据项从多到少排列：两个部门的报表要了同样的数据（指标库中的同一字段），可商议共用。",
                True,
            ),
            Spacer(1, 4),
            self._grid(pairs, [80, 80, 60, 290]),
            Spacer(1, 10),
            self._grid(loads, [140, 60, 60, 100]),
        ]
