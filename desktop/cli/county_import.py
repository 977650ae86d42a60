"""`yibiao county …` commands (see desktop/cli/county.py): import township packages, trust their keys,
list and add townships.

``county import`` exits 0 when nothing was refused, else 1 (every package is still tried and reported).
"""

from __future__ import annotations

import sys

from desktop.errors import QT_TRANSLATE_NOOP, message_text

_STATUS = {
    "imported": QT_TRANSLATE_NOOP("cli", "已导入"),
    "already-imported": QT_TRANSLATE_NOOP("cli", "以前已导入（未改动）"),
    "superseded-older": QT_TRANSLATE_NOOP("cli", "旧版本，未导入"),
    "refused": QT_TRANSLATE_NOOP("cli", "拒收"),
}


def cmd_import(ctx) -> int:
    quiet = getattr(ctx.args, "json", False)

    def progress(done: int, total: int, text: str = "") -> None:
        if not quiet and text:
            print(f"[{done}/{total}] {text}", file=sys.stderr, flush=True)

    with ctx.open_office() as office:
        outcomes = office.county.import_paths(ctx.args.paths, progress)
    data = [o.to_dict(ctx.translate) for o in outcomes]

    def human() -> str:
        if not outcomes:
            return ctx.t(QT_TRANSLATE_NOOP("cli", "（没有找到 .yibiao 数据包）"))
        lines = []
        for o in outcomes:
            head = ctx.t(
                QT_TRANSLATE_NOOP("cli", "{status}：{path}"),
                status=ctx.t(_STATUS.get(o.status, o.status)),
                path=o.path,
            )
            if o.office_code:
                head += "  " + ctx.t(
                    QT_TRANSLATE_NOOP(
                        "cli", "{office}（{code}）{cycle} 第 {version} 版，{forms} 张报表，{rows} 行"
                    ),
                    office=o.office_name or "",
                    code=o.office_code,
                    cycle=o.cycle,
                    version=o.version,
                    forms=o.forms if o.forms is not None else "?",
                    rows=o.rows if o.rows is not None else "?",
                )
            lines.append(head)
            if o.reason is not None:
                lines.append("    " + message_text(o.reason, ctx.translate))
        return "\n".join(lines)

    ctx.emit(data, human)
    return 1 if any(o.status == "refused" for o in outcomes) else 0


def cmd_trust(ctx) -> int:
    key = " ".join(ctx.args.fingerprint)
    with ctx.open_office() as office:
        result = office.county.trust(key, ctx.args.places or ())
    data = {
        "code": result.code,
        "name": result.name,
        "fingerprint": result.fingerprint,
        "replaced": result.replaced,
    }

    def human() -> str:
        text = ctx.t(
            QT_TRANSLATE_NOOP("cli", "已登记{name}（{code}）的签名密钥：{fingerprint}"),
            name=result.name,
            code=result.code,
            fingerprint=result.fingerprint,
        )
        if result.replaced:
            text += "\n" + ctx.t(QT_TRANSLATE_NOOP("cli", "（取代了原来的密钥 {old}）"), old=result.replaced)
        return text

    return ctx.emit(data, human)


def cmd_townships(ctx) -> int:
    with ctx.open_office() as office:
        townships = office.county.townships()

    def human() -> str:
        if not townships:
            return ctx.t(QT_TRANSLATE_NOOP("cli", "（还没有登记乡镇）"))
        lines = []
        for t in townships:
            line = f"{t.code}\t{t.name}\t" + (
                t.fingerprint or ctx.t(QT_TRANSLATE_NOOP("cli", "（未登记密钥）"))
            )
            if t.last_cycle:
                line += "\t" + ctx.t(
                    QT_TRANSLATE_NOOP("cli", "最近：{cycle} 第 {version} 版"),
                    cycle=t.last_cycle,
                    version=t.last_version,
                )
            if t.pending_fingerprint:
                line += "\t" + ctx.t(
                    QT_TRANSLATE_NOOP("cli", "待确认的密钥：{fingerprint}"), fingerprint=t.pending_fingerprint
                )
            lines.append(line)
        return "\n".join(lines)

    return ctx.emit([t.to_dict() for t in townships], human)


def cmd_add_township(ctx) -> int:
    with ctx.open_office() as office:
        township = office.county.add_township(ctx.args.code, ctx.args.name)
    return ctx.emit(
        township.to_dict(),
        lambda: ctx.t(
            QT_TRANSLATE_NOOP("cli", "已登记乡镇 {name}（{code}）"), name=township.name, code=township.code
        ),
    )


def register(sub, json_parent) -> None:
    """Adds this module's commands to the `county` group."""
    imp = sub.add_parser(
        "import", parents=[json_parent], help="导入乡镇报送包（文件或文件夹，例如整个 U 盘）"
    )
    imp.add_argument("paths", nargs="+", metavar="PATH", help=".yibiao 数据包或包含它们的文件夹")
    imp.set_defaults(handler=cmd_import)
    trust = sub.add_parser(
        "trust",
        parents=[json_parent],
        help="核对乡镇 PDF 封面上的密钥指纹后，登记该乡镇的签名密钥（首次导入时提示的指纹）",
    )
    trust.add_argument(
        "fingerprint", nargs="+", metavar="FINGERPRINT", help="密钥指纹（可带空格），或乡镇代码"
    )
    trust.add_argument(
        "--from", dest="places", action="append", metavar="PATH", help="在这些数据包或文件夹里找这个密钥"
    )
    trust.set_defaults(handler=cmd_trust)
    townships = sub.add_parser(
        "townships", parents=[json_parent], help="列出乡镇、密钥指纹和最近收到的数据包"
    )
    townships.set_defaults(handler=cmd_townships)
    add = sub.add_parser("add-township", parents=[json_parent], help="登记一个乡镇（代码和名称）")
    add.add_argument("code", metavar="CODE", help="12 位统计用区划代码")
    add.add_argument("name", metavar="NAME", help="乡镇名称")
    add.set_defaults(handler=cmd_add_township)
