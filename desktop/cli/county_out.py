"""`yibiao county status|overlaps|extract|report|burden`: what the county gets out of the packages it received
(see desktop/cli/county.py for the group, desktop/county/output.py for the services)."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.errors import QT_TRANSLATE_NOOP

_STATE_MARKS = {
    "on_time": QT_TRANSLATE_NOOP("cli", "按时"),
    "late": QT_TRANSLATE_NOOP("cli", "逾期"),
    "missing": QT_TRANSLATE_NOOP("cli", "未报"),
    "pending": QT_TRANSLATE_NOOP("cli", "未到期"),
    "received": QT_TRANSLATE_NOOP("cli", "已报"),
}


def _progress(ctx):
    quiet = getattr(ctx.args, "json", False) or not sys.stderr.isatty()

    def report(done: int, total: int, text: str = "") -> None:
        if not quiet:
            print(f"[{done}/{total}] {text}", file=sys.stderr)

    return report


def cmd_status(ctx) -> int:
    with ctx.open_office() as office:
        matrix = office.county_out.status.status(ctx.args.cycle)

    def human() -> str:
        totals = matrix.totals()
        lines = [
            ctx.t(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "报送周期 {cycle}：{reporting}/{townships} 个乡镇已报送；{forms} 张报表，按时 {on_time}，"
                    "逾期 {late}，未报 {missing}，共 {rows} 行（截至 {as_of}）",
                ),
                cycle=matrix.cycle,
                as_of=matrix.as_of,
                **totals,
            )
        ]
        for form in matrix.forms:
            due = form.due.isoformat() if form.due else "—"
            lines.append(f"  [{form.form_no or '—'}] {form.department} {form.title}  ≤ {due}")
        for township in matrix.townships:
            cells = "  ".join(
                f"{ctx.translate('cli', _STATE_MARKS[c.state])}({c.rows})"
                if c.rows
                else ctx.translate("cli", _STATE_MARKS[c.state])
                for c in township.cells
            )
            lines.append(f"{township.name}（{township.code}）  {cells}")
        return "\n".join(lines)

    return ctx.emit(matrix.to_dict(), human)


def cmd_overlaps(ctx) -> int:
    with ctx.open_office() as office:
        result = office.county_out.overlaps.overlaps(ctx.args.cycle)

    def human() -> str:
        lines = [
            ctx.t(
                QT_TRANSLATE_NOOP(
                    "cli", "报送周期 {cycle}：{forms} 张报表，{pairs} 对部门的报表索取了相同的数据项"
                ),
                cycle=result.cycle,
                forms=len(result.forms),
                pairs=len(result.pairs),
            )
        ]
        lines += [
            ctx.t(
                QT_TRANSLATE_NOOP("cli", "  {first} ↔ {second}：{shared} 个相同数据项（{names}）"),
                first=p.first,
                second=p.second,
                shared=len(p.shared),
                names="、".join(p.shared_names[:8]) + ("…" if len(p.shared_names) > 8 else ""),
            )
            for p in result.pairs
        ]
        return "\n".join(lines)

    return ctx.emit(result.to_dict(), human)


def cmd_extract(ctx) -> int:
    args = ctx.args
    with ctx.open_office() as office:
        result = office.county_out.extract.extract(
            args.cycle, Path(args.out), department=args.department, progress=_progress(ctx)
        )

    def human() -> str:
        lines = [
            ctx.t(
                QT_TRANSLATE_NOOP("cli", "已为 {departments} 个部门各生成一个工作簿：{folder}"),
                departments=len(result.workbooks),
                folder=result.folder,
            )
        ]
        lines += [
            ctx.t(
                QT_TRANSLATE_NOOP(
                    "cli", "  {department}：{forms} 张报表，{townships} 个乡镇，{rows} 行 → {path}"
                ),
                department=w.department,
                forms=len(w.forms),
                townships=w.townships,
                rows=w.rows,
                path=w.path.name,
            )
            for w in result.workbooks
        ]
        return "\n".join(lines)

    return ctx.emit(result.to_dict(), human)


def cmd_report(ctx) -> int:
    args = ctx.args
    with ctx.open_office() as office:
        result = office.county_out.report.write(args.cycle, Path(args.pdf))
    data = {"path": str(result.path), "pages": result.pages}
    return ctx.emit(
        data,
        lambda: ctx.t(
            QT_TRANSLATE_NOOP("cli", "已生成县级报告（{pages} 页）：{path}"),
            pages=result.pages,
            path=result.path,
        ),
    )


def cmd_burden(ctx) -> int:
    with ctx.open_office() as office:
        result = office.county_burden.compare(ctx.args.cycle)

    def human() -> str:
        lines = [
            ctx.t(
                QT_TRANSLATE_NOOP(
                    "cli", "报送周期 {cycle}：{reporting}/{townships} 个乡镇的报送包带有减负监测数据"
                ),
                cycle=result.cycle,
                reporting=len(result.reporting),
                townships=len(result.townships),
            )
        ]
        lines += [
            ctx.t(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "  {name}：任务 {task}，会议 {meeting}（{hours} 小时），报表 {form}（清单外 {off}，重复索取 {dup}），"
                    "时限不足3个工作日 {lt3}，数据项 {requested}（台账填写 {from_ledger}，手工录入 {typed}）",
                ),
                name=t.name,
                **t.items,
                hours=f"{t.meeting_hours:g}",
                off=t.off_whitelist,
                dup=t.duplicate_requests,
                lt3=t.short_deadlines["lt3"],
                **t.entries,
            )
            for t in result.reporting
        ]
        lines.append(ctx.t(QT_TRANSLATE_NOOP("cli", "部门负担排名（各乡镇合计）：")))
        lines += [
            ctx.t(
                QT_TRANSLATE_NOOP(
                    "cli", "  {rank}. {department}：负担指数 {score}，{total} 件，{townships} 个乡镇"
                ),
                rank=n,
                department=d.name,
                score=f"{d.score:g}",
                total=d.total,
                townships=d.townships,
            )
            for n, d in enumerate(result.departments, start=1)
        ]
        return "\n".join(lines)

    return ctx.emit(result.to_dict(), human)


def register(sub, json_parent) -> None:
    """Adds this module's commands to the `county` group."""
    status = sub.add_parser(
        "status",
        parents=[json_parent],
        help="一个报送周期的完整性：各乡镇 × 各报表（按时、逾期、未报、行数）",
    )
    status.add_argument("--cycle", required=True, help="报送周期，例如 2026-11")
    status.set_defaults(handler=cmd_status)
    overlaps = sub.add_parser(
        "overlaps", parents=[json_parent], help="全县重复索取：哪些部门的报表要了相同的数据项"
    )
    overlaps.add_argument("--cycle", required=True, help="报送周期，例如 2026-11")
    overlaps.set_defaults(handler=cmd_overlaps)
    extract = sub.add_parser(
        "extract", parents=[json_parent], help="每个部门一个工作簿：其各报表汇总全部乡镇的数据（加“乡镇”列）"
    )
    extract.add_argument("--cycle", required=True, help="报送周期，例如 2026-11")
    extract.add_argument("--department", metavar="D", help="只导出这个部门")
    extract.add_argument("--out", metavar="DIR", required=True, help="输出文件夹（新建，或此前由本命令写入）")
    extract.set_defaults(handler=cmd_extract)
    report = sub.add_parser(
        "report", parents=[json_parent], help="县级报告 PDF：完整性、逾期与未报、重复索取"
    )
    report.add_argument("--cycle", required=True, help="报送周期，例如 2026-11")
    report.add_argument("--pdf", metavar="FILE", required=True, help="PDF 文件")
    report.set_defaults(handler=cmd_report)
    burden = sub.add_parser(
        "burden", parents=[json_parent], help="减负监测：各乡镇并列比较，县直部门按下派负担排名"
    )
    burden.add_argument("--cycle", required=True, help="报送周期，例如 2026-11")
    burden.set_defaults(handler=cmd_burden)
