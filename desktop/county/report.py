"""The county PDF for a cycle: the completeness matrix, late and missing forms, county-wide duplicate
requests — the status and overlap services' results turned into `exports.pdf.county_report`'s plain data."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.county.status import LATE, MISSING, ON_TIME, PENDING, RECEIVED, StatusMatrix
from desktop.errors import QT_TRANSLATE_NOOP, ValidationError

if TYPE_CHECKING:
    from desktop.county.overlaps import CountyOverlaps, CountyOverlapService
    from desktop.county.status import CountyStatusService
    from desktop.profile import ProfileService
    from exports.pdf.county_report import CountyReportData
    from exports.pdf.report import PdfResult

STATE_WORDS = {ON_TIME: "按时", LATE: "逾期", MISSING: "未报", PENDING: "未到期", RECEIVED: "已报"}
NAMES_SHOWN = 12


class CountyReportService:
    def __init__(
        self,
        status: CountyStatusService,
        overlaps: CountyOverlapService,
        profile: ProfileService,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        self.status = status
        self.overlaps = overlaps
        self.profile = profile
        self.clock = clock

    def data(self, cycle: str) -> CountyReportData:
        from desktop.cycles.keys import parse

        matrix = self.status.status(cycle)
        return report_data(
            matrix,
            self.overlaps.overlaps(cycle),
            self._county_name(),
            parse(cycle).title,
            self.clock().strftime("%Y-%m-%d %H:%M"),
        )

    def write(self, cycle: str, out: Path, *, embed_font: bool = True) -> PdfResult:
        from exports.pdf.county_report import write_county_report_pdf

        out = Path(out)
        if out.is_dir() or not out.parent.is_dir():
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "无法在“{path}”保存 PDF：请给出一个已存在文件夹中的文件名。"),
                field="pdf",
                path=out,
            )
        if out.suffix.lower() != ".pdf":
            out = out.with_name(out.name + ".pdf")
        return write_county_report_pdf(self.data(cycle), out, embed_font=embed_font)

    def _county_name(self) -> str:
        profile = self.profile.get()
        return profile.name if profile and profile.name else ""


def report_data(
    matrix: StatusMatrix, overlaps: CountyOverlaps, county: str, cycle_title: str, created: str
) -> CountyReportData:
    from exports.pdf.county_report import CountyFormColumn, CountyReportData, CountyTownshipLine

    totals = matrix.totals()
    numbers = {f.key: f"表{i}" for i, f in enumerate(matrix.forms, start=1)}
    late_missing = []
    for township in matrix.townships:
        if township.version is None and matrix.forms:  # nothing received: one line, not one per form
            late_missing.append((township.name, f"全部 {len(matrix.forms)} 张报表", "未报送", "—", "—"))
            continue
        late_missing += [
            (
                township.name,
                f"{numbers[f.key]} {f.title}",
                STATE_WORDS[c.state],
                f.due.isoformat() if f.due else "—",
                (c.submitted or "—")[:16].replace("T", " "),
            )
            for t, f, c in matrix.late_or_missing()
            if t is township
        ]
    return CountyReportData(
        county=county,
        cycle=cycle_title,
        created=created,
        summary=[
            ("报送周期", f"{cycle_title}（{matrix.cycle}）"),
            ("乡镇", str(totals["townships"])),
            ("已报送的乡镇", str(totals["reporting"])),
            ("应报和收到的报表", str(totals["forms"])),
            ("按时", str(totals[ON_TIME] + totals[RECEIVED])),
            ("逾期", str(totals[LATE])),
            ("未报", str(totals[MISSING])),
            ("未到期", str(totals[PENDING])),
            ("收到的数据行", str(totals["rows"])),
            ("重复索取的报表对（≥80% 相同）", str(overlaps.to_dict()["duplicate_form_pairs"])),
        ],
        forms=[
            CountyFormColumn(
                numbers[f.key], f.form_no, f.department, f.title, f.due.isoformat() if f.due else ""
            )
            for f in matrix.forms
        ],
        townships=[
            CountyTownshipLine(
                t.name,
                t.code,
                f"第 {t.version} 版" if t.version is not None else "未报送",
                [(STATE_WORDS[c.state], c.rows) for c in t.cells],
            )
            for t in matrix.townships
        ],
        late_missing=late_missing,
        department_pairs=[
            (
                p.first,
                p.second,
                len(p.shared),
                "、".join(p.shared_names[:NAMES_SHOWN]) + ("等" if len(p.shared_names) > NAMES_SHOWN else ""),
            )
            for p in overlaps.pairs
        ],
        departments=[(d.department, d.forms, d.fields, d.asked_elsewhere) for d in overlaps.departments],
        notes=[f"统计截至 {matrix.as_of}；收到时间为数据包导入县级的时间，同一报表以首次收到为准。"],
    )
