"""The 基层减负监测报告 written to a file: a PDF (`exports.pdf.burden_report`) or a workbook (the package's
汇总.xlsx writer, `exports.excel.summary_workbook`: a 目录 sheet naming the office and the period, then one
sheet per table, each row led by the office's 乡镇 and 统计用区划代码 so the county can stack townships).
Both from the same tables (`desktop.burden.tables`); nothing personal in either.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop.burden.measures import KINDS, BurdenReport
from desktop.burden.tables import KIND_WORDS, TITLE, report_tables, summary_lines
from desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from desktop.profile import OfficeProfile

if TYPE_CHECKING:
    from exports.excel.summary_workbook import SummaryResult
    from exports.pdf.report import PdfResult


def checked_out(out: Path | str, suffix: str, field: str) -> Path:
    """``out`` when it names a new or existing file of the right kind in an existing folder."""
    path = Path(out)
    if path.is_dir() or not path.parent.is_dir():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "无法保存到“{path}”：请给出一个已存在文件夹中的文件名。"),
            field=field,
            path=path,
        )
    if path.suffix.lower() != suffix:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "“{path}”的扩展名应为 {suffix}。"),
            field=field,
            path=path,
            suffix=suffix,
        )
    return path


def period_text(report: BurdenReport) -> str:
    return f"{report.start.isoformat()} 至 {report.end.isoformat()}"


def write_pdf(
    report: BurdenReport,
    out: Path | str,
    profile: OfficeProfile | None,
    created: str,
    *,
    embed_font: bool = True,
) -> PdfResult:
    from exports.pdf.burden_report import BurdenPdfData, BurdenTable, write_burden_report_pdf

    path = checked_out(out, ".pdf", "pdf")
    months = list(report.items_by_month)
    data = BurdenPdfData(
        title=TITLE,
        office=profile.name if profile else "",
        period=period_text(report),
        created=created,
        summary=summary_lines(report),
        months=months,
        series=[(KIND_WORDS[k], [report.items_by_month[m][k] for m in months]) for k in KINDS],
        tables=[BurdenTable(t.title, t.headers, t.rows, t.note) for t in report_tables(report)],
    )
    return write_burden_report_pdf(data, path, embed_font=embed_font)


def write_xlsx(report: BurdenReport, out: Path | str, profile: OfficeProfile | None) -> SummaryResult:
    from exports.excel.summary_workbook import SheetColumn, SummaryForm, SummaryOffice, write_summary_workbook

    path = checked_out(out, ".xlsx", "xlsx")
    summary = SummaryForm("", "概况", (SheetColumn("项目"), SheetColumn("数值")), summary_lines(report))
    forms = [summary]
    for table in report_tables(report):
        rows = list(table.rows)
        if table.note:
            rows.append((table.note,))
        forms.append(SummaryForm("", table.title, tuple(SheetColumn(h) for h in table.headers), rows))
    office = SummaryOffice(profile.name, profile.admin_code, cycle=period_text(report)) if profile else None
    return write_summary_workbook(forms, path, office=office)
