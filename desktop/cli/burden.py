"""`yibiao burden …`: the burden figures (减负统计).

``burden cells [CYCLE]``: the cells the cycle's forms request, each counted once — filled from the ledger,
typed by hand (补录) or blank — per form and in total; the same figures the package's manifest and PDF carry.

``burden report --from DATE --to DATE [--json] [--pdf FILE] [--xlsx FILE]``: the measures of the items
received in the period (`desktop.burden.measures`); ``--pdf`` / ``--xlsx`` write the 基层减负监测报告, which
holds no personal data and can be shared.
"""

from __future__ import annotations

from datetime import date

from desktop.dates import parse_date
from desktop.errors import QT_TRANSLATE_NOOP


def cmd_cells(ctx) -> int:
    with ctx.open_office() as office:
        figures = office.burden.cycle_cells(ctx.args.cycle or office.cycles.current().key)

    def line(cells) -> str:  # noqa: ANN001 - a desktop.burden.cells.Cells
        return ctx.t(
            QT_TRANSLATE_NOOP(
                "cli", "需填 {requested}：台账填上 {from_ledger}，手工补录 {typed}，空缺 {blank}"
            ),
            **cells.to_dict(),
        )

    def human() -> str:
        lines = [
            ctx.t(
                QT_TRANSLATE_NOOP("cli", "报送周期 {cycle}：收到报表 {forms} 张，可按台账填写 {fillable} 张"),
                cycle=figures.cycle,
                forms=figures.forms_received,
                fillable=len(figures.forms),
            )
        ]
        for form in figures.forms:
            lines.append(
                ctx.t(
                    QT_TRANSLATE_NOOP("cli", "  报表 #{id} {title}（{department}）：{rows} 行，{cells}"),
                    id=form.item_id,
                    title=form.title,
                    department=form.department,
                    rows=form.rows,
                    cells=line(form.cells),
                )
            )
        lines.append(ctx.t(QT_TRANSLATE_NOOP("cli", "合计：{cells}"), cells=line(figures.total)))
        return "\n".join(lines)

    return ctx.emit(figures.to_dict(), human)


def cmd_report(ctx) -> int:
    args = ctx.args
    start = date.fromisoformat(parse_date(args.date_from, "from"))
    end = date.fromisoformat(parse_date(args.date_to, "to"))
    from desktop.burden.files import checked_out

    for out, suffix in ((args.pdf, ".pdf"), (args.xlsx, ".xlsx")):
        if out:
            checked_out(out, suffix, suffix[1:])  # both files named right before anything is written
    with ctx.open_office() as office:
        report = office.burden.report(start, end)
        written = []
        if args.pdf:
            written.append(str(office.burden.write_pdf(start, end, args.pdf, report=report).path))
        if args.xlsx:
            written.append(str(office.burden.write_xlsx(start, end, args.xlsx, report=report).path))
    data = report.to_dict()
    if written:
        data["written"] = written

    def human() -> str:
        from desktop.burden.scores import WEIGHTS, formula_text

        items, last = data["items"], data["last_year"]["items"]
        short, meetings = data["short_deadlines"], data["meetings"]
        lines = [
            ctx.t(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "{start} 至 {end}：收到 {total} 件（工作任务 {task}，会议 {meeting}，报表 {form}）；"
                    "上年同期 {last} 件",
                ),
                start=data["period"]["from"],
                end=data["period"]["to"],
                last=last["total"],
                **items,
            ),
            ctx.t(
                QT_TRANSLATE_NOOP("cli", "重复数据请求 {pairs} 对；清单外报表 {off} 张"),
                pairs=data["duplicate_requests"]["count"],
                off=data["off_whitelist"]["count"],
            ),
            ctx.t(
                QT_TRANSLATE_NOOP(
                    "cli", "时限不足 1 / 3 / 5 个工作日：{lt1} / {lt3} / {lt5} 件（共 {with_due} 件有时限）"
                ),
                lt1=short["lt1"]["count"],
                lt3=short["lt3"]["count"],
                lt5=short["lt5"]["count"],
                with_due=short["with_due"],
            ),
            ctx.t(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "会议 {count} 个，{hours} 小时；要求主要负责人参会 {principal} 个；部署已有文件的工作 {repeat} 个",
                ),
                count=meetings["count"],
                hours=f"{meetings['hours']:g}",
                principal=meetings["principal_required"],
                repeat=meetings["repeat_of_document"],
            ),
            ctx.t(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "报表需填数据项 {requested}：台账填上 {from_ledger}，手工补录 {typed}，空缺 {blank}",
                ),
                requested=data["entries_requested"],
                from_ledger=data["entries_from_ledger"],
                typed=data["entries_typed"],
                blank=data["entries_blank"],
            ),
            ctx.t(
                QT_TRANSLATE_NOOP("cli", "负担指数 = {formula}"),
                formula=formula_text({k: ctx.translate("burden", name) for k, (_w, name) in WEIGHTS.items()}),
            ),
        ]
        for score in data["scores"]["departments"][:10]:
            lines.append(f"  {score['score']:>7g}  {score['department']}")
        lines += [ctx.t(QT_TRANSLATE_NOOP("cli", "已写入 {path}"), path=path) for path in written]
        return "\n".join(lines)

    return ctx.emit(data, human)


def register(commands, json_parent) -> None:
    burden = commands.add_parser(
        "burden", help=QT_TRANSLATE_NOOP("cli", "减负统计：收到的事项、重复请求、时限、会议，各部门负担指数")
    ).add_subparsers(dest="burden_command", metavar="ACTION", required=True)
    cells = burden.add_parser(
        "cells", parents=[json_parent], help="一个报送周期各报表要填的数据项：台账填上、手工补录、空缺"
    )
    cells.add_argument("cycle", nargs="?", help="例如 2026-11（默认当前周期）")
    cells.set_defaults(handler=cmd_cells)
    report = burden.add_parser(
        "report",
        parents=[json_parent],
        help="一个期间的减负监测：各项统计，可写出 基层减负监测报告（PDF、Excel）",
    )
    report.add_argument(
        "--from", dest="date_from", metavar="DATE", required=True, help="起始日（收文日期），例如 2026-01-01"
    )
    report.add_argument(
        "--to", dest="date_to", metavar="DATE", required=True, help="截止日（含），例如 2026-11-30"
    )
    report.add_argument("--pdf", metavar="FILE", help="写出报告 PDF（不含个人信息）")
    report.add_argument("--xlsx", metavar="FILE", help="写出报告 Excel 工作簿（不含个人信息）")
    report.set_defaults(handler=cmd_report)
