"""`yibiao ledger …`: import returns into the ledger (dry run first) and count what it holds."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli.intake import parse_mapping
from desktop.errors import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from desktop.ledger.report import ImportReport

MATCH_REASONS = {
    "name_birth_village": QT_TRANSLATE_NOOP("cli", "姓名、出生日期、所在村相同"),
    "key_typo": QT_TRANSLATE_NOOP("cli", "身份号码只差一位，姓名相同"),
    "key_corrected": QT_TRANSLATE_NOOP("cli", "更正了以前录错的身份号码"),
}


def _report_text(ctx, report: ImportReport) -> str:
    heading = (
        QT_TRANSLATE_NOOP("cli", "试导入（未写入台账）：{file}")
        if report.dry_run
        else QT_TRANSLATE_NOOP("cli", "已导入台账：{file}")
    )
    lines = [
        ctx.t(heading, file=report.file),
        ctx.t(
            QT_TRANSLATE_NOOP(
                "cli",
                "读取 {rows} 行；新对象 {new} 个；新数据 {values} 项；更新 {updated} 项；未变 {unchanged} 项",
            ),
            rows=report.rows,
            new=report.new_entities,
            values=report.new_values,
            updated=report.updated,
            unchanged=report.unchanged,
        ),
        ctx.t(
            QT_TRANSLATE_NOOP(
                "cli", "完全重复的行 {duplicates} 处；冲突 {conflicts} 处；无效单元格 {invalid} 个"
            ),
            duplicates=len(report.duplicates),
            conflicts=len(report.conflicts),
            invalid=len(report.invalid),
        ),
    ]
    for pair in report.duplicates:
        lines.append(
            ctx.t(
                QT_TRANSLATE_NOOP("cli", "  重复：第 {first} 行与第 {second} 行完全相同"),
                first=pair[0],
                second=pair[1],
            )
        )
    for cell in report.invalid:
        lines.append(
            ctx.t(
                QT_TRANSLATE_NOOP("cli", "  无效：第 {row} 行 {column} 列“{value}”：{reason}"),
                **{k: cell[k] for k in ("row", "column", "value", "reason")},
            )
        )
    for cell in report.notes:
        lines.append(
            ctx.t(
                QT_TRANSLATE_NOOP("cli", "  备注：第 {row} 行 {column} 列：{note}"),
                **{k: cell[k] for k in ("row", "column", "note")},
            )
        )
    for conflict in report.conflicts:
        values = "；".join(f"{v['value']}（第 {v['row']} 行）" for v in conflict["values"])
        lines.append(
            ctx.t(
                QT_TRANSLATE_NOOP("cli", "  冲突：{label} 的 {field}：{values}"),
                label=conflict["label"],
                field=conflict["field"],
                values=values,
            )
        )
    for match in report.matched_without_key:
        how = MATCH_REASONS.get(match["how"])
        template = (
            QT_TRANSLATE_NOOP("cli", "  请确认：第 {row} 行按姓名等信息认定为 {label}（{key}），依据：{why}")
            if match.get("same", True)
            else QT_TRANSLATE_NOOP(
                "cli", "  不是同一人：第 {row} 行另记为一人，不并入 {label}（{key}），依据：{why}"
            )
        )
        lines.append(
            ctx.t(
                template,
                row=match["row"],
                label=match["label"],
                key=match["key"] or "—",
                why=ctx.t(how) if how else match["how"],
            )
        )
    if report.dry_run and any(m.get("same", True) for m in report.matched_without_key):
        lines.append(
            ctx.t(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "“请确认”的行默认按同一人合并；某行不是同一人时，导入时加上 --not-same 行号（可写多次），该行会另记为一人。",
                )
            )
        )
    if report.dry_run:
        lines.append(ctx.t(QT_TRANSLATE_NOOP("cli", "确认无误后，去掉 --dry-run 再运行一次即可写入台账。")))
    return "\n".join(lines)


def cmd_import(ctx) -> int:
    args = ctx.args
    with ctx.open_office() as office:
        report = office.ledger.import_file(
            Path(args.file),
            args.department,
            dry_run=args.dry_run,
            sheet=args.sheet,
            mapping=parse_mapping(args.map),
            entered_by=args.entered_by or "",
            not_same=set(args.not_same or ()),
        )
    return ctx.emit(report.to_dict(), lambda: _report_text(ctx, report))


def cmd_stats(ctx) -> int:
    with ctx.open_office() as office:
        stats = office.ledger.stats()
    return ctx.emit(
        stats,
        lambda: ctx.t(
            QT_TRANSLATE_NOOP(
                "cli",
                "人员 {person}，户 {household}，村 {village}，企业 {enterprise}；数据 {values} 项；待核实的身份号码 {invalid} 个",
            ),
            values=stats["values"],
            invalid=stats["invalid_keys"],
            **stats["entities"],
        ),
    )


def register(commands, json_parent) -> None:
    ledger = commands.add_parser(
        "ledger", help=QT_TRANSLATE_NOOP("cli", "台账：导入已填报的表格，查看台账统计")
    ).add_subparsers(dest="ledger_command", metavar="ACTION", required=True)
    importer = ledger.add_parser(
        "import", parents=[json_parent], help="把已填报的表格导入台账（先用 --dry-run 试导入）"
    )
    importer.add_argument("file")
    importer.add_argument("--department", required=True, help="数据来自哪个部门的报表")
    importer.add_argument("--dry-run", action="store_true", help="只生成导入报告，不写入台账")
    importer.add_argument("--sheet", help="工作表名称（默认自动选择）")
    importer.add_argument(
        "--map", action="append", metavar="COL=FIELD", help="更正某列的对应字段，例如 E=person.phone"
    )
    importer.add_argument("--entered-by", help="录入人")
    importer.add_argument(
        "--not-same",
        action="append",
        type=int,
        metavar="ROW",
        help="报告“请确认”中的这一行（Excel 行号）不是同一人：另记为一人，不合并（可写多次）",
    )
    importer.set_defaults(handler=cmd_import)
    stats = ledger.add_parser("stats", parents=[json_parent], help="台账中的对象和数据数量")
    stats.set_defaults(handler=cmd_stats)
    from desktop.cli.users import register_purge  # retention (issue 15)

    register_purge(ledger, json_parent)
