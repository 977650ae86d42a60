"""The package's printable report as plain data (`exports.pdf.report_data.ReportData`): cover, forms,
tasks and meetings, and the burden figures handed over by `desktop.burden`."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime

from desktop.burden.service import CycleBurden
from desktop.cycles.checklist import Checklist
from desktop.packages.forms import PackageForm
from desktop.profile import OfficeProfile
from exports.excel.template_fill import SEQ_FIELD
from exports.pdf.report_data import BurdenSummary, FormData, ReportData

# Printed in the report (a Chinese document for the county, not the program's interface).
MEETING_HELD, MEETING_AHEAD = "已召开", "未召开"
ROW_KINDS = {
    "person": "每行一人",
    "household": "每行一户",
    "village": "每行一个村（社区）",
    "enterprise": "每行一家企业",
}


def report_data(
    checklist: Checklist,
    version: int,
    profile: OfficeProfile,
    forms: list[PackageForm],
    burden: CycleBurden,
    masked: Callable[[int], bool],
    signers: Mapping[str, str],
    now: datetime,
) -> ReportData:
    """Everything the PDF shows but its fingerprint (known once the other files are written)."""
    return ReportData(
        office_name=profile.name,
        office_code=profile.admin_code,
        county=profile.county,
        cycle=cycle_text(checklist),
        version=version,
        created=f"{now.year}年{now.month}月{now.day}日",
        forms=[
            FormData(
                f.department,
                f.title,
                f.headers,
                f.table(),  # type: ignore[arg-type] - a lazy sequence of rows
                entity=ROW_KINDS.get(f.entity, ""),
                masked_columns=set(f.sensitive),
                mask=masked(f.item_id),
                requested_columns={i for i, x in enumerate(f.fields) if x and x != SEQ_FIELD},
            )
            for f in forms
        ],
        tasks=[
            {
                "title": t.title,
                "department": t.department,
                "due": (t.due or "")[:10],
                "status": t.status,
                "progress": _progress_line(t.progress_reports, t.last_report_on, t.last_report),
            }
            for t in checklist.tasks
        ],
        meetings=[
            {
                "title": m.title,
                "start": (m.start or "").replace("T", " "),
                "place": m.place,
                "attended": MEETING_HELD if m.held else MEETING_AHEAD,
            }
            for m in checklist.meetings
        ],
        signers=dict(signers),
        burden=BurdenSummary(
            forms_received=burden.forms_received,
            duplicate_requests=burden.duplicate_requests,
            facts_reused=burden.cells.from_ledger,
            facts_typed=burden.cells.typed,
            facts_blank=burden.cells.blank,
        ),
    )


def cycle_text(checklist: Checklist) -> str:
    """The cycle as printed in the report and 汇总.xlsx: its key, or ``title（key）``."""
    cycle = checklist.cycle
    return cycle.key if cycle.title in ("", cycle.key) else f"{cycle.title}（{cycle.key}）"


def _progress_line(count: int, last_on: str | None, last: str | None) -> str:
    """The report's 办理进展 cell: how many reports, and the latest one (the PDF is Chinese, like the forms)."""
    if not count or not last_on:
        return "—"
    return f"共 {count} 次；{last_on} {last or ''}".rstrip()
