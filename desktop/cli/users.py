"""`yibiao users add|list|sign-off`: clerk accounts, roles and the reviewer's sign-off of a cycle's package."""

from __future__ import annotations

import sys

from desktop.errors import QT_TRANSLATE_NOOP, UserFacingError


def _password(ctx) -> str | None:
    if not getattr(ctx.args, "password_stdin", False):
        return None
    return sys.stdin.readline().rstrip("\r\n") or None


def cmd_add(ctx) -> int:
    args = ctx.args
    password = _password(ctx)
    with ctx.open_office() as office:
        user = office.users.add(args.name, args.role, password=password, admin=args.admin)
    return ctx.emit(
        user.to_dict(),
        lambda: ctx.t(
            QT_TRANSLATE_NOOP("cli", "已添加账号“{name}”（{role}）。"), name=user.name, role=user.role
        ),
    )


def cmd_list(ctx) -> int:
    with ctx.open_office() as office:
        users = office.users.list()
    data = [user.to_dict() for user in users]

    def human() -> str:
        if not users:
            return ctx.t(QT_TRANSLATE_NOOP("cli", "还没有账号（单人使用，无需登录）。"))
        return "\n".join(f"{user.name}\t{user.role}" for user in users)

    return ctx.emit(data, human)


def cmd_sign_off(ctx) -> int:
    args = ctx.args
    password = _password(ctx)
    with ctx.open_office() as office:
        key = office.cycles.parse(args.cycle).key
        version = args.version or office.packages.next_version(key)
        office.users.sign_in(args.reviewer, password)  # an account with a password needs it
        prepared = args.prepared_by or office.packages.signers().get("填表人", "")
        review = office.users.sign_off(key, version, args.reviewer, prepared_by=prepared)
    return ctx.emit(
        review.to_dict(),
        lambda: ctx.t(
            QT_TRANSLATE_NOOP(
                "cli", "{reviewer} 已审核报送周期“{cycle}”第 {version} 版（填表人：{prepared}）。"
            ),
            reviewer=review.reviewer,
            cycle=review.cycle,
            version=review.version,
            prepared=review.prepared_by or "—",
        ),
    )


def cmd_lock(ctx) -> int:
    args = ctx.args
    password = None if args.off else _password(ctx)
    with ctx.open_office() as office:
        if not args.off and password is None:
            raise UserFacingError(
                QT_TRANSLATE_NOOP("errors", "请用 --password-stdin 给出锁定密码，或用 --off 取消锁定。")
            )
        office.users.set_lock(password, args.idle_minutes)
    data = {"locked": not args.off, "idle_minutes": 0 if args.off else args.idle_minutes}
    return ctx.emit(
        data,
        lambda: (
            ctx.t(QT_TRANSLATE_NOOP("cli", "已取消程序锁定。"))
            if args.off
            else ctx.t(
                QT_TRANSLATE_NOOP(
                    "cli", "已设置程序锁定：启动时锁定，空闲 {minutes} 分钟后自动锁定（0 表示不自动锁定）。"
                ),
                minutes=args.idle_minutes,
            )
        ),
    )


def cmd_purge(ctx) -> int:
    from desktop.accounts.retention import purge_ledger

    args = ctx.args
    with ctx.open_office() as office:
        report = purge_ledger(office, args.older_than, dry_run=args.dry_run)

    def human() -> str:
        head = (
            QT_TRANSLATE_NOOP(
                "cli",
                "将清理 {cutoff} 之前的台账数据：{entities} 个对象，{values} 项数据，{history} 条历史记录。",
            )
            if report["dry_run"]
            else QT_TRANSLATE_NOOP(
                "cli",
                "已清理 {cutoff} 之前的台账数据：{entities} 个对象，{values} 项数据，{history} 条历史记录。",
            )
        )
        lines = [
            ctx.t(
                head,
                cutoff=report["cutoff"][:10],
                entities=report["entities_total"],
                values=report["values_total"],
                history=report["history_total"],
            )
        ]
        lines += [f"  {field}\t{count}" for field, count in report["values"].items()]
        lines.append(
            ctx.t(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "另外：{conflicts} 条已处理的冲突，{reports} 份导入报告的明细（只留数量），"
                    "{files} 个导入原件。",
                ),
                conflicts=report["conflicts_total"],
                reports=report["import_reports"],
                files=report["import_files"],
            )
        )
        kept = report["kept"]
        if any(kept.values()):
            lines.append(
                ctx.t(
                    QT_TRANSLATE_NOOP(
                        "cli",
                        "保留不动：{conflicts} 条未处理的冲突，{packages} 个已生成的报送包，"
                        "{received} 个收到的报送包（都早于保留期）。",
                    ),
                    conflicts=kept["open_conflicts"],
                    packages=kept["packages"],
                    received=kept["county_packages"],
                )
            )
        if report.get("files_left"):
            lines.append(
                ctx.t(
                    QT_TRANSLATE_NOOP(
                        "cli", "有 {count} 个导入原件删不掉（可能正被打开），请稍后再清理一次。"
                    ),
                    count=report["files_left"],
                )
            )
        if report["backup"]:
            lines.append(ctx.t(QT_TRANSLATE_NOOP("cli", "清理前的备份：{path}"), path=report["backup"]))
        return "\n".join(lines)

    return ctx.emit(report, human)


def register_purge(ledger, json_parent) -> None:
    """`ledger purge --older-than YEARS [--dry-run]` (registered under `ledger`)."""
    purge = ledger.add_parser(
        "purge",
        parents=[json_parent],
        help="清理超过保留年限的台账数据（先用 --dry-run 查看将清理什么）",
        description=(
            "清理最近记录早于保留年限的对象（现值、来源、历史、冲突），其余对象早于保留年限被替换的历史值和已处理的冲突，"
            "早于保留年限的导入报告明细（只留数量）和导入原件。已生成和收到的报送包、未处理的冲突不动；"
            "清理前会先备份，旧备份按备份保留设置自动删除。"
        ),
    )
    purge.add_argument("--older-than", type=int, required=True, metavar="YEARS", help="保留年限（年）")
    purge.add_argument("--dry-run", action="store_true", help="只报告将清理什么，不删除")
    purge.set_defaults(handler=cmd_purge)


def register(commands, json_parent) -> None:
    users = commands.add_parser("users", help="账号、角色与审核").add_subparsers(
        dest="users_command", metavar="ACTION", required=True
    )
    add = users.add_parser("add", parents=[json_parent], help="添加账号（第一个账号须是管理员）")
    add.add_argument("name", metavar="NAME", help="账号名称（通常是姓名）")
    add.add_argument("--role", required=True, help="角色：填报员、审核人或管理员")
    add.add_argument("--password-stdin", action="store_true", help="从标准输入读一行作为密码")
    add.add_argument("--admin", metavar="NAME", help="添加者（已有账号时须是管理员）")
    add.set_defaults(handler=cmd_add)
    listing = users.add_parser("list", parents=[json_parent], help="列出账号（不显示密码）")
    listing.set_defaults(handler=cmd_list)
    sign_off = users.add_parser(
        "sign-off", parents=[json_parent], help="审核人审核一个报送周期的下一版报送包（之后才能导出）"
    )
    sign_off.add_argument("--cycle", required=True, help="报送周期，例如 2026-11")
    sign_off.add_argument("--reviewer", required=True, metavar="NAME", help="审核人账号")
    sign_off.add_argument("--prepared-by", metavar="NAME", help="填表人（默认：上次保存的）")
    sign_off.add_argument("--version", type=int, help="审核的版本（默认：下一次生成的版本）")
    sign_off.add_argument("--password-stdin", action="store_true", help="从标准输入读一行作为审核人密码")
    sign_off.set_defaults(handler=cmd_sign_off)
    lock = users.add_parser("lock", parents=[json_parent], help="程序锁定：密码与空闲自动锁定")
    lock.add_argument("--password-stdin", action="store_true", help="从标准输入读一行作为锁定密码")
    lock.add_argument("--idle-minutes", type=int, default=0, help="空闲多少分钟后自动锁定（0：不自动锁定）")
    lock.add_argument("--off", action="store_true", help="取消程序锁定")
    lock.set_defaults(handler=cmd_lock)
