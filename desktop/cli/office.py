"""`yibiao demo`, `yibiao departments …`, `yibiao profile …`."""

from __future__ import annotations

from desktop.errors import QT_TRANSLATE_NOOP


def cmd_demo(ctx) -> int:
    from desktop.demo.office import fill_demo

    args = ctx.args
    if args.office_type == "county":
        return _demo_county(ctx)
    with ctx.open_office() as office:
        summary = fill_demo(office, name=args.name, code=args.code)

    def text() -> str:
        lines = [
            ctx.t(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "示范单位已就绪：{office}，{items} 件事项，来自 {departments} 个单位。数据库：{path}",
                ),
                office=summary["office"],
                items=summary["items"],
                departments=summary["departments"],
                path=ctx.db_path,
            )
        ]
        for cycle in summary.get("ready_cycles", []):
            lines.append(
                ctx.t(
                    QT_TRANSLATE_NOOP(
                        "cli",
                        "报送周期 {cycle} 已可生成报送包：yibiao --db {path} package build --cycle {cycle} --out 文件夹",
                    ),
                    cycle=cycle,
                    path=ctx.db_path,
                )
            )
        return "\n".join(lines)

    return ctx.emit(summary, text)


def _demo_county(ctx) -> int:
    from desktop.demo.county import fill_demo_county

    with ctx.open_office() as office:
        summary = fill_demo_county(office, name=ctx.args.name, code=ctx.args.code)
    return ctx.emit(
        summary,
        lambda: ctx.t(
            QT_TRANSLATE_NOOP(
                "cli",
                "县级示范单位已就绪：{office}，{townships} 个乡镇，报表目录 {whitelist} 项，密钥指纹 {fingerprint}。"
                "生成配置包：yibiao --db {path} config export --out 文件夹",
            ),
            path=ctx.db_path,
            **summary,
        ),
    )


def cmd_departments_list(ctx) -> int:
    with ctx.open_office() as office:
        departments = office.departments.list(include_inactive=ctx.args.all)
    rows = [{"id": d.id, "name": d.name, "short_name": d.short_name, "active": d.active} for d in departments]
    return ctx.emit(rows, lambda: "\n".join(f"{d.id:>4}  {d.name}（{d.short_name}）" for d in departments))


def cmd_departments_add(ctx) -> int:
    with ctx.open_office() as office:
        department = office.departments.add(ctx.args.name, ctx.args.short or "")
    return ctx.emit(
        {"id": department.id, "name": department.name, "short_name": department.short_name},
        lambda: f"{department.id:>4}  {department.name}",
    )


def cmd_profile_show(ctx) -> int:
    with ctx.open_office() as office:
        profile = office.profile.get()
    if profile is None:
        return ctx.emit(
            None, lambda: ctx.t(QT_TRANSLATE_NOOP("cli", "尚未设置单位信息。请运行 yibiao profile set …"))
        )
    return ctx.emit(profile.to_dict(), lambda: "\n".join(f"{k}: {v}" for k, v in profile.to_dict().items()))


def cmd_profile_set(ctx) -> int:
    args = ctx.args
    with ctx.open_office() as office:
        city = args.city
        if city is None:  # not given: keep the city already saved
            city = current.city if (current := office.profile.get()) else ""
        profile = office.profile.save(args.type, args.name, args.code, args.county, city)
        office.keys.ensure()  # the office's key pairs are made at set-up
    return ctx.emit(profile.to_dict(), lambda: "\n".join(f"{k}: {v}" for k, v in profile.to_dict().items()))


def register(commands, json_parent) -> None:
    demo = commands.add_parser(
        "demo", parents=[json_parent], help=QT_TRANSLATE_NOOP("cli", "在 --db 指定的数据库中生成示范单位数据")
    )
    demo.add_argument(
        "--office-type",
        choices=("township", "county"),
        default="township",
        help=QT_TRANSLATE_NOOP("cli", "乡镇（默认）或县级示范单位"),
    )
    demo.add_argument(
        "--name",
        help=QT_TRANSLATE_NOOP(
            "cli", "另一个示范单位的名称，例如 杨柳乡人民政府（乡镇须与 --code 一起给出）"
        ),
    )
    demo.add_argument(
        "--code", help=QT_TRANSLATE_NOOP("cli", "另一个示范单位的 12 位区划代码，例如 530699113000")
    )
    demo.set_defaults(handler=cmd_demo)

    departments = commands.add_parser(
        "departments", help=QT_TRANSLATE_NOOP("cli", "来文单位名单")
    ).add_subparsers(dest="departments_command", metavar="ACTION", required=True)
    lister = departments.add_parser(
        "list", parents=[json_parent], help=QT_TRANSLATE_NOOP("cli", "列出来文单位")
    )
    lister.add_argument("--all", action="store_true", help=QT_TRANSLATE_NOOP("cli", "包括已停用的单位"))
    lister.set_defaults(handler=cmd_departments_list)
    add = departments.add_parser("add", parents=[json_parent], help=QT_TRANSLATE_NOOP("cli", "添加来文单位"))
    add.add_argument("name")
    add.add_argument("--short", help=QT_TRANSLATE_NOOP("cli", "简称，例如 县人社局"))
    add.set_defaults(handler=cmd_departments_add)

    profile = commands.add_parser("profile", help=QT_TRANSLATE_NOOP("cli", "本单位信息")).add_subparsers(
        dest="profile_command", metavar="ACTION", required=True
    )
    profile.add_parser(
        "show", parents=[json_parent], help=QT_TRANSLATE_NOOP("cli", "查看本单位信息")
    ).set_defaults(handler=cmd_profile_show)
    setter = profile.add_parser("set", parents=[json_parent], help=QT_TRANSLATE_NOOP("cli", "设置本单位信息"))
    setter.add_argument("--type", required=True, help=QT_TRANSLATE_NOOP("cli", "乡镇 | 县级"))
    setter.add_argument("--name", required=True, help=QT_TRANSLATE_NOOP("cli", "单位名称"))
    setter.add_argument("--code", required=True, help=QT_TRANSLATE_NOOP("cli", "12 位统计用区划代码"))
    setter.add_argument("--county", required=True, help=QT_TRANSLATE_NOOP("cli", "所属县（市、区）"))
    setter.add_argument("--city", help=QT_TRANSLATE_NOOP("cli", "所属市（州），可不填；不给出时保留已保存的"))
    setter.set_defaults(handler=cmd_profile_set)
