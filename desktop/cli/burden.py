"""`yibiao burden …`: the burden figures (减负统计) of a cycle, as the package and the ledger page show them.

``burden cells [CYCLE]``: the cells the cycle's forms request, each counted once — filled from the ledger,
typed by hand (补录) or blank — per form and in total; the same figures the package's manifest and PDF carry.
"""

from __future__ import annotations

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


def register(commands, json_parent) -> None:
    burden = commands.add_parser(
        "burden", help="减负统计：报表要填的数据由台账填上、手工补录、空缺各多少"
    ).add_subparsers(dest="burden_command", metavar="ACTION", required=True)
    cells = burden.add_parser(
        "cells", parents=[json_parent], help="一个报送周期各报表要填的数据项：台账填上、手工补录、空缺"
    )
    cells.add_argument("cycle", nargs="?", help="例如 2026-11（默认当前周期）")
    cells.set_defaults(handler=cmd_cells)
