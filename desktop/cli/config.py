"""`yibiao config …`: the county's configuration package (export at the county, import at a township) and
the form whitelist (报表目录/准入清单) it carries."""

from __future__ import annotations

from pathlib import Path

from desktop.errors import QT_TRANSLATE_NOOP


def cmd_export(ctx) -> int:
    from desktop.county.config import export_config

    with ctx.open_office() as office:
        path = export_config(office, Path(ctx.args.out))
    return ctx.emit(
        {"path": str(path)},
        lambda: ctx.t(QT_TRANSLATE_NOOP("cli", "配置包已生成：{path}"), path=path),
    )


def cmd_import(ctx) -> int:
    from desktop.county.config import import_config

    with ctx.open_office() as office:
        result = import_config(office, Path(ctx.args.file))

    def text() -> str:
        if result.status == "already-imported":
            return ctx.t(
                QT_TRANSLATE_NOOP("cli", "配置包第 {version} 版已经导入过，没有任何更改。"),
                version=result.version,
            )
        lines = [
            ctx.t(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "已导入{county}的配置包第 {version} 版：报表目录 {whitelist} 项，新登记报表 {registered} 张。",
                ),
                county=result.county,
                version=result.version,
                whitelist=result.whitelist,
                registered=len(result.registered),
            )
        ]
        if result.first_trust:
            lines.append(
                ctx.t(
                    QT_TRANSLATE_NOOP(
                        "cli",
                        "首次导入：已认可县级密钥，指纹 {fingerprint}。请打电话向县里核对这个指纹；"
                        "以后只接受这把密钥签名的配置包。",
                    ),
                    fingerprint=result.fingerprint,
                )
            )
        lines += [notice.translated(ctx.translate) for notice in result.notices]
        lines += [
            f"  {r['id']:>5}  {r['cycle']:<8} {r['due'] or '—':<10}  {r['title']}" for r in result.registered
        ]
        return "\n".join(lines)

    data = result.to_dict()
    data["notices"] = [notice.translated(ctx.translate) for notice in result.notices]
    return ctx.emit(data, text)


def cmd_whitelist(ctx) -> int:
    with ctx.open_office() as office:
        entries = office.whitelist.list()
    rows = [e.to_dict() for e in entries]
    return ctx.emit(
        rows,
        lambda: "\n".join(
            f"{e.form_no:<12} {e.frequency:<4} {e.valid_until or '—':<10} {e.department}  {e.title}"
            for e in entries
        ),
    )


def cmd_whitelist_add(ctx) -> int:
    args = ctx.args
    values = {
        "form_no": args.form_no,
        "title": args.title,
        "department": args.department,
        "issuer": args.issuer,
        "approval_no": args.approval_no,
        "valid_from": args.valid_from,
        "valid_until": args.valid_until,
        "frequency": args.frequency,
        "due_rule": args.due_rule,
    }
    notices: list = []  # a macro-enabled template kept without its macros
    with ctx.open_office() as office:
        entry = office.whitelist.save(values, Path(args.template) if args.template else None, notices)
    said = [notice.translated(ctx.translate) for notice in notices]
    data = {**entry.to_dict(), "notices": said} if said else entry.to_dict()
    return ctx.emit(data, lambda: "\n".join([f"{entry.form_no}  {entry.title}", *said]))


def cmd_off_list(ctx) -> int:
    with ctx.open_office() as office:
        args = ctx.args
        found = office.whitelist.off_whitelist_items(
            *((args.cycle,) if args.cycle else (args.date_from, args.date_to))
        )
    rows = [
        {
            "id": item.id,
            "title": item.title,
            "department": item.department,
            "received": item.received,
            **s.to_dict(),
        }
        for item, s in found
    ]
    return ctx.emit(
        rows,
        lambda: "\n".join(
            f"{item.id:>5}  {item.received[:10]}  {ctx.translate('vocab', s.text)}  {item.title}"
            for item, s in found
        ),
    )


def cmd_calendar(ctx) -> int:
    from desktop.county.calendar import save_corrections, saved_corrections

    args = ctx.args
    with ctx.open_office() as office:
        if args.holiday is not None or args.working_day is not None or args.clear:
            save_corrections(office.settings, args.holiday or [], args.working_day or [])
        holidays, working = saved_corrections(office.settings)
    return ctx.emit(
        {"holidays": holidays, "working_days": working},
        lambda: "\n".join([*(f"休 {d}" for d in holidays), *(f"班 {d}" for d in working)]),
    )


def register(commands, json_parent) -> None:
    config = commands.add_parser("config", help=QT_TRANSLATE_NOOP("cli", "县级配置包与报表目录（准入清单）"))
    sub = config.add_subparsers(dest="config_command", metavar="ACTION", required=True)
    export = sub.add_parser("export", parents=[json_parent], help="县级：生成签名的配置包")
    export.add_argument("--out", required=True, metavar="DIR", help="写入的文件夹，例如 U 盘")
    export.set_defaults(handler=cmd_export)
    importer = sub.add_parser("import", parents=[json_parent], help="乡镇：导入县里的配置包")
    importer.add_argument("file", metavar="FILE")
    importer.set_defaults(handler=cmd_import)
    sub.add_parser("whitelist", parents=[json_parent], help="列出报表目录（准入清单）").set_defaults(
        handler=cmd_whitelist
    )
    add = sub.add_parser("whitelist-add", parents=[json_parent], help="县级：添加或修改报表目录中的一项")
    add.add_argument("--form-no", required=True, help="表号")
    add.add_argument("--title", help="报表标题")
    add.add_argument("--department", help="部门")
    add.add_argument("--issuer", help="制表机关")
    add.add_argument("--approval-no", help="批准文号")
    add.add_argument("--valid-from", help="有效期起，例如 2026-01-01")
    add.add_argument("--valid-until", help="有效期至，例如 2027-12-31")
    add.add_argument("--frequency", help="频次：月、季、半年、年、一次性")
    add.add_argument("--due-rule", help="报送时限，例如 周期结束后5个工作日、次月10日前")
    add.add_argument("--template", metavar="FILE", help="部门的报表模板（.xlsx；.xlsm 去掉宏后收下）")
    add.set_defaults(handler=cmd_whitelist_add)
    calendar = sub.add_parser(
        "calendar", parents=[json_parent], help="县级：放假或调休的日期更正，随配置包发给各乡镇（给出即替换）"
    )
    calendar.add_argument("--holiday", action="append", metavar="DATE", help="放假的日期，可多次给出")
    calendar.add_argument("--working-day", action="append", metavar="DATE", help="调休上班的日期，可多次给出")
    calendar.add_argument("--clear", action="store_true", help="清除全部更正")
    calendar.set_defaults(handler=cmd_calendar)
    off = sub.add_parser("off-list", parents=[json_parent], help="清单外的报表：不在报表目录中或已过有效期")
    off.add_argument("--cycle", help="报送周期，例如 2026-11、2026-Q4（按其起止日期）")
    off.add_argument("--from", dest="date_from", help="收文日期起")
    off.add_argument("--to", dest="date_to", help="收文日期止")
    off.set_defaults(handler=cmd_off_list)
