"""The report's fixed sections: cover (to sign and stamp), contents, form headings, tasks and
meetings, burden summary. Plain reportlab flowables; the form tables are in `pdf_tables`."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from exports.pdf.report_data import FormData, ReportData
from exports.pdf.tables import BLANK_MARK, Styles, _escape, requested
from exports.pdf.wrap import LineWrapper
from exports.signers import SIGNER_ROLES

STAMP_BOX = "单位（盖章）"
GRID_SIZE, GRID_LEADING, GRID_PAD = 9.5, 13, 6  # reportlab's default cell padding is 6 pt
GRID_WIDTH = 500.0  # the tasks and meetings tables: nearly the portrait frame (510 pt)


class LateText(Flowable):
    """Right-aligned text known only once the document is laid out (a contents page number, a form's
    blank cells): the form XObject `name`, defined when the document is saved."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width = aw
        return aw, 10

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.translate(self.width, 1)
        self.canv.doForm(self.name)
        self.canv.restoreState()


class Sections:
    def __init__(self, report: ReportData, styles: Styles) -> None:
        self.report = report
        self.styles = styles
        font = styles.font
        self.title = ParagraphStyle("title", fontName=font, fontSize=20, leading=28, alignment=1)
        self.h1 = ParagraphStyle("h1", fontName=font, fontSize=14, leading=20, spaceAfter=6)
        self.body = ParagraphStyle("body", fontName=font, fontSize=10.5, leading=15, wordWrap="CJK")
        self.small = ParagraphStyle("small", fontName=font, fontSize=8, leading=10, wordWrap="CJK")
        self.grid = TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), font, GRID_SIZE, GRID_LEADING),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )

    def _p(self, text: object, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(_escape(str(text)), style or self.body)

    def _grid(self, rows: list[list[object]], widths: list[float]) -> Table:
        cells = [[self._p(c, self.body) if isinstance(c, str) else c for c in row] for row in rows]
        return Table(cells, colWidths=widths, repeatRows=1, style=self.grid, hAlign="LEFT")

    def cover(self) -> list[Flowable]:
        r = self.report
        info = [
            ["填报单位", f"{r.office_name}（{r.county}）" if r.county else r.office_name],
            ["单位代码", r.office_code],
            ["报送周期", r.cycle],
            ["版本", f"第 {r.version} 版"],
            ["生成日期", r.created],
        ]
        info_table = Table(
            [[self._p(a), self._p(b)] for a, b in info],
            colWidths=[70, 380],
            hAlign="CENTER",
            style=TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]),
        )
        forms = [["序号", "部门", "报表", "行数"]] + [
            [str(i + 1), f.department, f.title, str(len(f.rows))] for i, f in enumerate(r.forms)
        ]
        # the names the clerk gave are printed in the boxes; signatures go beside them, the stamp right
        sign = Table(
            [
                [self._p(label) for label in (*SIGNER_ROLES, STAMP_BOX)],
                [self._p(r.signers.get(role, "")) for role in SIGNER_ROLES] + [""],
            ],
            colWidths=[100, 100, 100, 145],
            rowHeights=[20, 70],
            hAlign="CENTER",
            style=TableStyle(
                [("GRID", (0, 0), (-1, -1), 0.8, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
            ),
        )
        # signatures, stamp and fingerprint come before the list of forms, which may run onto
        # further pages: the first page is the one that gets signed and stamped
        return [
            Spacer(1, 30),
            Paragraph(_escape(f"{r.office_name} {r.cycle} 报表汇总"), self.title),
            Spacer(1, 18),
            info_table,
            KeepTogether(
                [
                    Spacer(1, 14),
                    sign,
                    Spacer(1, 8),
                    self._p(f"数据包指纹：{r.fingerprint}", self.small),
                    *(
                        [self._p(f"本单位密钥指纹：{r.key_fingerprint}", self.small)]
                        if r.key_fingerprint
                        else []
                    ),
                ]
            ),
            Spacer(1, 14),
            self._grid(forms, [40, 100, 270, 45]),
        ]

    def contents(self) -> list[Flowable]:
        entries = [(f"form{i}", f"{i + 1}. {f.title}", f.department) for i, f in enumerate(self.report.forms)]
        entries += [("tasks", "任务与会议", ""), ("burden", "减负统计", "")]
        rows = [
            [self._p(title), self._p(dept, self.small), LateText(f"blank_{key}"), LateText(f"toc_{key}")]
            if key.startswith("form")
            else [self._p(title), self._p(dept, self.small), "", LateText(f"toc_{key}")]
            for key, title, dept in entries
        ]
        table = Table(
            rows,
            colWidths=[270, 100, 80, 40],
            hAlign="LEFT",
            style=TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey),
                ]
            ),
        )
        note = f"“空白”：报表要求填写、台账中没有数据的单元格，表中以灰色“{BLANK_MARK}”标出。"
        return [Paragraph("目录", self.h1), table, Spacer(1, 6), self._p(note, self.small)]

    def form_heading(self, index: int, form: FormData) -> list[Flowable]:
        parts = [form.department, form.entity, f"共 {len(form.rows)} 行"]
        if form.masked_columns:
            parts.append("身份证号、电话等已遮蔽" if form.mask else "未遮蔽个人号码")
        if form.columns and requested(form):
            parts.append(f"灰色“{BLANK_MARK}”为台账中没有的数据")
        return [
            Paragraph(_escape(f"{index + 1}. {form.title}"), self.h1),
            Paragraph(_escape("，".join(p for p in parts if p)), self.small),
            Spacer(1, 4),
        ]

    def form_signers(self) -> list[Flowable]:
        """The line under each form's table: who filled, reviewed and answers for it."""
        names = self.report.signers
        line = Table(
            [[self._p(f"{role}：{names.get(role, '')}") for role in SIGNER_ROLES]],
            colWidths=[150] * len(SIGNER_ROLES),
            hAlign="LEFT",
            style=TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]),
        )
        return [Spacer(1, 4), line]

    def tasks_and_meetings(self) -> list[Flowable]:
        r = self.report
        out: list[Flowable] = [Paragraph("任务与会议", self.h1)]
        tasks = [["任务", "部门", "期限", "状态", "办理进展"]] + [
            [
                t.get("title", ""),
                t.get("department", ""),
                t.get("due", ""),
                t.get("status", ""),
                t.get("progress", "—"),
            ]
            for t in r.tasks
        ]
        out += [
            self._p(f"本期任务 {len(r.tasks)} 项"),
            Spacer(1, 3),
            self._fitted_grid(tasks, [3, 1.6, 0, 0, 3]),
        ]
        meetings = [["会议", "时间", "地点", "参会"]] + [
            [m.get("title", ""), m.get("start", ""), m.get("place", ""), m.get("attended", "")]
            for m in r.meetings
        ]
        out += [Spacer(1, 10), self._p(f"本期会议 {len(r.meetings)} 次"), Spacer(1, 3)]
        out.append(self._fitted_grid(meetings, [3, 0, 1.4, 0]))
        return out

    def _fitted_grid(self, rows: list[list[str]], weights: list[float], width: float = GRID_WIDTH) -> Table:
        """A grid whose weight-0 columns (dates, times, status) are as wide as their widest text, so a
        date never breaks; the other columns share the rest by weight, their text wrapped to fit
        (a 文号 kept whole, see `exports.pdf.wrap`)."""
        font, size = self.styles.font, GRID_SIZE
        fixed = [
            max(stringWidth(str(row[i]), font, size) for row in rows) + 2 * GRID_PAD + 1 if not w else 0.0
            for i, w in enumerate(weights)
        ]
        rest = max(0.0, width - sum(fixed))
        widths = [f or rest * w / sum(weights) for f, w in zip(fixed, weights, strict=True)]
        wrapper = LineWrapper(font, size)
        cells = [
            [
                text if not w else "\n".join(wrapper.wrap(str(text), cw - 2 * GRID_PAD))
                for text, w, cw in zip(row, weights, widths, strict=True)
            ]
            for row in rows
        ]
        return Table(cells, colWidths=widths, repeatRows=1, style=self.grid, hAlign="LEFT")

    def burden(self) -> list[Flowable]:
        b = self.report.burden
        total = b.facts_requested  # every requested cell counted once: from the ledger, typed, or blank
        share = f"{100 * b.facts_reused / total:.0f}%" if total else "—"
        rows = [
            ["项目", "数量"],
            ["收到报表", str(b.forms_received)],
            ["发现重复索取", str(b.duplicate_requests)],
            ["需填报的数据项（合计）", str(total)],
            ["从台账复用的数据项", str(b.facts_reused)],
            ["手工录入的数据项", str(b.facts_typed)],
            ["空缺的数据项", str(b.facts_blank)],
            ["复用比例", share],
        ]
        return [Paragraph("减负统计", self.h1), self._grid(rows, [200, 100])]
