"""`yibiao audit …`: the tamper-evident audit log — list its entries, export them as CSV."""

from __future__ import annotations

from pathlib import Path

from desktop.errors import QT_TRANSLATE_NOOP


def cmd_list(ctx) -> int:
    with ctx.open_office() as office:
        rows = office.audit.list(action=ctx.args.action, limit=ctx.args.limit)
        broken = office.audit.verify()
    lines = [f"{r.at}\t{r.who}\t{r.action}\t{r.detail}" for r in rows]
    if broken is not None:
        lines.append(broken_text(ctx, broken.to_dict()))
    return ctx.emit([r.to_dict() for r in rows], lambda: "\n".join(lines))


def cmd_export(ctx) -> int:
    out = Path(ctx.args.out)
    with ctx.open_office() as office:
        count = office.audit.export_csv(out)
    return ctx.emit(
        {"out": str(out), "entries": count},
        lambda: ctx.t(QT_TRANSLATE_NOOP("cli", "已导出 {n} 条审计记录到 {out}"), n=count, out=out),
    )


def broken_text(ctx, broken: dict) -> str:
    """The first broken entry of the chain, in words (`check`, `audit list`)."""
    return ctx.t(
        QT_TRANSLATE_NOOP(
            "cli", "审计日志有问题：第 {id} 条记录（{at} {action}）被改动，或它之前的记录被删除或插入"
        ),
        id=broken["id"],
        at=broken["at"],
        action=broken["action"],
    )


def register(commands, json_parent) -> None:
    audit = commands.add_parser(
        "audit", help=QT_TRANSLATE_NOOP("cli", "审计日志（导入、修改、导出、配置等操作的记录）")
    )
    actions = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", parents=[json_parent], help="列出审计记录（最早的在前）")
    listing.add_argument("--action", help="只列出这一种操作")
    listing.add_argument("--limit", type=int, help="只列出最近的若干条")
    listing.set_defaults(handler=cmd_list)
    export = actions.add_parser("export", parents=[json_parent], help="把审计记录导出为 CSV 文件")
    export.add_argument("--out", required=True, metavar="FILE", help="CSV 文件")
    export.set_defaults(handler=cmd_export)
