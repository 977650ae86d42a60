"""`yibiao forms …`: duplicate requests between forms, and filling a form from the ledger."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop.errors import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from desktop.forms.overlaps import Overlap

FLAG_TEXTS = {
    "duplicate": QT_TRANSLATE_NOOP("cli", "重复"),
    "same_template": QT_TRANSLATE_NOOP("cli", "同一模板"),
    "same_doc_no": QT_TRANSLATE_NOOP("cli", "同文号"),
}


def _flags(ctx, data: dict) -> str:
    flags = [ctx.t(text) for key, text in FLAG_TEXTS.items() if data.get(key)]
    return f"  [{', '.join(flags)}]" if flags else ""


def _pair_line(ctx, pair: dict, titles: dict[int, str]) -> str:
    return ctx.t(
        QT_TRANSLATE_NOOP(
            "cli", "{a}《{a_title}》与 {b}《{b_title}》：共有 {n} 项，占前者 {containment}%{flags}"
        ),
        a=pair["a"],
        b=pair["b"],
        a_title=titles[pair["a"]],
        b_title=titles[pair["b"]],
        n=len(pair["shared"]),
        containment=round(pair["containment"] * 100),
        flags=_flags(ctx, pair),
    )


def _overlap_line(ctx, overlap: Overlap) -> str:
    return ctx.t(
        QT_TRANSLATE_NOOP(
            "cli",
            "{id}《{title}》（{department}，{received}）：共有 {n}/{total} 项，占本表 {containment}%{flags}",
        ),
        id=overlap.other_id,
        title=overlap.other_title,
        department=overlap.department,
        received=overlap.received,
        n=len(overlap.shared),
        total=overlap.fields,
        containment=round(overlap.containment * 100),
        flags=_flags(ctx, overlap.to_dict()),
    ) + (f"\n      {_names(ctx, overlap)}" if overlap.shared else "")


def _names(ctx, overlap: Overlap) -> str:
    if getattr(ctx.args, "lang", "zh_CN") == "en":
        return ", ".join(overlap.shared_names_en)
    return "、".join(overlap.shared_names)


def cmd_overlaps(ctx) -> int:
    with ctx.open_office() as office:
        if ctx.args.item is not None:
            overlaps = office.overlaps.overlaps_for(ctx.args.item)
            held, total = office.overlaps.ledger_can_fill(ctx.args.item)
            data = {
                "item_id": ctx.args.item,
                "overlaps": [o.to_dict() for o in overlaps],
                "ledger_can_fill": {"held": held, "total": total},
            }
            lines = [_overlap_line(ctx, o) for o in overlaps] or [
                ctx.t(QT_TRANSLATE_NOOP("cli", "（没有与这张报表重复的报表）"))
            ]
            lines.append(
                ctx.t(
                    QT_TRANSLATE_NOOP("cli", "台账已有其中 {held}/{total} 项数据。"), held=held, total=total
                )
            )
            return ctx.emit(data, lambda: "\n".join(lines))
        pairs = office.overlaps.all_pairs()
        ids = {i for pair in pairs for i in (pair["a"], pair["b"])}
        titles = {i: office.registry.get(i).title for i in ids}
    return ctx.emit(
        pairs,
        lambda: (
            "\n".join(_pair_line(ctx, pair, titles) for pair in pairs)
            or ctx.t(QT_TRANSLATE_NOOP("cli", "（没有索要相同数据的报表）"))
        ),
    )


def cmd_fill(ctx) -> int:
    args = ctx.args
    scope = {"village": args.village} if args.village else None
    signers = {"填表人": args.filler or "", "审核人": args.reviewer or "", "负责人": args.head or ""}
    with ctx.open_office() as office:
        columns = office.filler.columns(args.item_id)
        result = office.filler.fill_out(args.item_id, Path(args.out), scope=scope, signers=signers)
    data = {
        "path": str(result.path),
        "rows": result.rows_written,
        "columns": len(columns),
        "item_id": args.item_id,
        "meta_placed": result.meta_placed,
    }
    return ctx.emit(
        data,
        lambda: ctx.t(
            QT_TRANSLATE_NOOP("cli", "已用台账填写 {rows} 行、{columns} 列：{path}"),
            rows=result.rows_written,
            columns=len(columns),
            path=result.path,
        ),
    )


def register(commands, json_parent) -> None:
    forms = commands.add_parser(
        "forms", help=QT_TRANSLATE_NOOP("cli", "报表：重复索要的数据，用台账填写报表")
    ).add_subparsers(dest="forms_command", metavar="ACTION", required=True)
    overlaps = forms.add_parser(
        "overlaps", parents=[json_parent], help="列出索要相同数据的报表（同一对象、时间窗口内）"
    )
    overlaps.add_argument("--item", type=int, metavar="ID", help="只看这张报表与其他报表的重复")
    overlaps.set_defaults(handler=cmd_overlaps)
    fill = forms.add_parser("fill", parents=[json_parent], help="用台账数据填写部门下发的报表模板")
    fill.add_argument("item_id", type=int, metavar="ITEM_ID")
    fill.add_argument("--out", required=True, metavar="FILE.xlsx", help="输出文件")
    fill.add_argument("--village", help="只填这个村（社区）的数据")
    fill.add_argument("--filler", help="填表人")
    fill.add_argument("--reviewer", help="审核人")
    fill.add_argument("--head", help="负责人")
    fill.set_defaults(handler=cmd_fill)
